"""JSON text that is always valid UTF-8 (see :mod:`.._jsontext`, shared with the SDK core)."""

from __future__ import annotations

from .._jsontext import json_text

__all__ = ["json_text"]
