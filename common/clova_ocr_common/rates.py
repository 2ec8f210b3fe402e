"""The rate syntax shared by the SDK's batch limiter and the mock's rate limit."""

from __future__ import annotations

import re

__all__ = ["parse_rate"]


def parse_rate(text: str | float | None) -> float | None:
    """``"10/s"``, ``"600/m"``, ``"10"`` or a number → calls per second (``None`` = no limit).

    Raises ``ValueError`` with a one-line reason for anything else, or for a rate ≤ 0.
    """
    if text is None:
        return None
    if isinstance(text, (int, float)):
        rate = float(text)
    else:
        match = re.fullmatch(r"\s*(\d+(?:\.\d+)?)\s*(?:/\s*(s|sec|m|min))?\s*", text)
        if match is None:
            raise ValueError(f"rate limit {text!r} is not like '10/s' or '600/m'")
        rate = float(match[1]) / (60 if match[2] in ("m", "min") else 1)
    if rate <= 0:
        raise ValueError("a rate limit must be more than 0 calls per second")
    return rate
