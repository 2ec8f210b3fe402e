from enum import StrEnum


class ValidationResultValue(StrEnum):
    INVALID = "INVALID"
    NO_REQUESTED = "NO_REQUESTED"
    UNCHECKED = "UNCHECKED"
    VALID = "VALID"

    def __str__(self) -> str:
        return str(self.value)
