from enum import StrEnum


class FieldTypeValue(StrEnum):
    CHECKBOX = "CHECKBOX"
    MULTI_BOX = "MULTI_BOX"
    NORMAL = "NORMAL"

    def __str__(self) -> str:
        return str(self.value)
