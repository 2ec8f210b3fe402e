"""Walk the nested ``result`` of a Document OCR answer: its value objects and plain leaves.

A *value object* is a dict with ``text`` or ``formatted`` (``{"text": "3,500", "formatted":
{"value": "3500"}, …}``). Keys are dotted as :meth:`DocumentResult.to_dict
<clova_ocr.DocumentResult.to_dict>` writes them. Results, redaction and the checks read
answers through this module, so none of them needs another's classes to find a field.
"""

from __future__ import annotations

from collections.abc import Iterator
from typing import Any


def is_value_object(node: Any) -> bool:
    return isinstance(node, dict) and ("text" in node or "formatted" in node)


def leaves(node: Any, key: str = "") -> Iterator[tuple[str, dict[str, Any] | str | float]]:
    """``(dotted key, value)`` of every value object and every plain string, number or boolean
    under ``node`` (in answer order); polygons (e.g. ID card ``rois``) are geometry, skipped.

    A list of one value object collapses to its key (``"storeInfo.tel"``), a longer one is
    indexed (``"subResults[0].items[1].price.price"``).
    """
    if is_value_object(node):
        yield key, node
    elif isinstance(node, dict) and "vertices" not in node:
        for name, child in node.items():
            yield from leaves(child, f"{key}.{name}" if key else name)
    elif isinstance(node, list):
        only_values = all(is_value_object(item) for item in node)
        for i, item in enumerate(node):
            yield from leaves(item, key if only_values and len(node) == 1 else f"{key}[{i}]")
    elif isinstance(node, (str, int, float)):  # bool is an int
        yield key, node


def value_objects(node: Any, key: str = "") -> Iterator[tuple[str, dict[str, Any]]]:
    """``(dotted key, raw value object)`` of every value object under ``node`` (in answer
    order), keyed as in ``to_dict()``."""
    for name, value in leaves(node, key):
        if isinstance(value, dict):
            yield name, value
