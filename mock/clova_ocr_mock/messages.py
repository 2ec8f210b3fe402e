"""Read a request's JSON message the way a strict service does: bounded depth, valid Unicode.

``json.loads`` accepts what the rest of the mock cannot handle: nesting deep enough to raise
``RecursionError`` (about 1,000 levels, here or later in schema validation), and escaped lone
surrogates (``"\\ud800"``) that become Python strings no UTF-8 answer can carry. Both are a
malformed body: :func:`read_json` refuses them with :class:`ValueError`, answered ``0011``.
"""

from __future__ import annotations

import json
from typing import Any

#: Deepest nesting of arrays/objects accepted; a real message is at most 5 levels deep.
MAX_DEPTH = 64


def read_json(text: str | bytes) -> Any:
    """The parsed message; ``ValueError`` (with the reason) when it is not one the mock reads."""
    try:
        value = json.loads(text)
    except RecursionError:
        raise ValueError("JSON nested too deeply") from None
    except UnicodeDecodeError as error:
        raise ValueError(f"body is not UTF-8 ({error.reason})") from None
    problem = _problem(value)
    if problem is not None:
        raise ValueError(problem)
    return value


def _problem(value: Any) -> str | None:
    """Why ``value`` cannot be used (too deep, a lone surrogate), walked without recursion."""
    stack: list[tuple[Any, int]] = [(value, 1)]
    while stack:
        item, depth = stack.pop()
        if isinstance(item, str):
            if not _is_unicode(item):
                return "a string holds a lone surrogate (not valid Unicode)"
        elif isinstance(item, dict | list):
            if depth > MAX_DEPTH:
                return f"JSON nested deeper than {MAX_DEPTH} levels"
            children = item.items() if isinstance(item, dict) else enumerate(item)
            for key, child in children:
                if isinstance(key, str) and not _is_unicode(key):
                    return "a key holds a lone surrogate (not valid Unicode)"
                stack.append((child, depth + 1))
    return None


def _is_unicode(text: str) -> bool:
    # isascii() is O(1) for CPython's ASCII strings, so a 50 MB base64 image is not copied
    if text.isascii():
        return True
    try:
        text.encode("utf-8")
    except UnicodeEncodeError:
        return False
    return True
