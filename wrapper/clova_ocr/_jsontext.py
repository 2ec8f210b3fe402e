"""JSON text that is always valid UTF-8, for every file the batch writes.

A file name that is not UTF-8 reaches Python as lone surrogates (``\\udcff``); written raw
they make a file no UTF-8 reader can open, and ``str.encode`` refuses them. They are
written as ``\\u`` escapes instead, which ``json.loads`` reads back to the same string.
"""

from __future__ import annotations

import json
import re
from typing import Any

_LONE_SURROGATE = re.compile("[\ud800-\udfff]")


def json_text(value: Any, *, indent: int | None = None) -> str:
    """``json.dumps(value, ensure_ascii=False)``, lone surrogates escaped."""
    text = json.dumps(value, ensure_ascii=False, indent=indent)
    return _LONE_SURROGATE.sub(lambda m: f"\\u{ord(m.group()):04x}", text)
