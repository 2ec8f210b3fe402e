from enum import StrEnum


class InferResultValue(StrEnum):
    ERROR = "ERROR"
    FAILURE = "FAILURE"
    SUCCESS = "SUCCESS"

    def __str__(self) -> str:
        return str(self.value)
