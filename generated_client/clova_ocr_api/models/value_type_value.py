from enum import StrEnum


class ValueTypeValue(StrEnum):
    ALL = "ALL"

    def __str__(self) -> str:
        return str(self.value)
