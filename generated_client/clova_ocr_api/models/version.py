from enum import StrEnum


class Version(StrEnum):
    V1 = "V1"
    V2 = "V2"

    def __str__(self) -> str:
        return str(self.value)
