from enum import StrEnum


class DocumentVersion(StrEnum):
    V2 = "V2"

    def __str__(self) -> str:
        return str(self.value)
