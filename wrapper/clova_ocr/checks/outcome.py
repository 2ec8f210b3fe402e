"""The result of one check: plain data, safe to write to disk (it never holds the value)."""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any, Literal

Status = Literal["pass", "fail", "skip"]


@dataclass(frozen=True)
class CheckResult:
    """What one validator said about one or more fields.

    Attributes:
        name: the check (``"bizno"``, ``"card_luhn"``, ``"mrz"``, ``"rrn_format"``,
            ``"receipt_total"``, ``"receipt_vat"``, ``"date"``).
        status: ``"pass"``, ``"fail"``, or ``"skip"`` (not enough to check: masked, missing).
        fields: the dotted keys of the fields the check read (``"storeInfo.bizNum"``…).
        message: why, in one line; never the value itself (it may be personal data).
    """

    name: str
    status: Status
    fields: tuple[str, ...]
    message: str = ""

    @property
    def failed(self) -> bool:
        return self.status == "fail"

    def to_dict(self) -> dict[str, Any]:
        return {
            "name": self.name,
            "status": self.status,
            "fields": list(self.fields),
            "message": self.message,
        }


def outcome(ok: bool, why_not: str) -> tuple[Status, str]:
    """``("pass", "")`` or ``("fail", why_not)``."""
    return ("pass", "") if ok else ("fail", why_not)
