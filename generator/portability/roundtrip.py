"""Round-trip the cases through one generated Python package (run in a fresh interpreter).

Usage: python roundtrip.py FLAVOUR PACKAGE_PARENT MODULE CASES_JSON
Prints one JSON object: counts and the labels that failed. FLAVOUR says how the generator's
models parse and serialise:

* ``opc``: openapi-python-client (attrs; ``from_dict`` / ``to_dict``)
* ``oag``: openapi-generator ``python`` (pydantic; ``from_dict`` / ``to_dict``)
* ``dmcg``: datamodel-code-generator (pydantic v2; ``model_validate`` / ``model_dump``)
"""

from __future__ import annotations

import importlib
import json
import sys
from typing import Any


def _clean(value: Any) -> Any:
    """JSON form with ``null`` members dropped: null and absent mean the same to the service."""
    if isinstance(value, dict):
        return {k: _clean(v) for k, v in value.items() if v is not None}
    if isinstance(value, list):
        return [_clean(v) for v in value]
    return value


def _json(value: Any) -> Any:
    return _clean(json.loads(json.dumps(value, default=lambda o: getattr(o, "value", str(o)))))


def main(flavour: str, parent: str, module: str, cases_file: str) -> dict[str, Any]:
    sys.path.insert(0, parent)
    models = importlib.import_module(module)
    with open(cases_file, encoding="utf-8") as handle:
        cases = json.load(handle)
    report: dict[str, Any] = {
        "ok": 0,
        "total": 0,
        "failed": [],
        "rejected": 0,
        "bad": 0,
        "accepted": [],
    }

    def parse(schema: str, value: Any) -> Any:
        cls = getattr(models, schema)
        if flavour == "dmcg":
            return cls.model_validate(value)
        parsed = cls.from_dict(value)
        if parsed is None:
            raise ValueError("from_dict returned None")
        return parsed

    def dump(obj: Any) -> Any:
        if flavour == "dmcg":
            return obj.model_dump(mode="json", by_alias=True, exclude_unset=True)
        return obj.to_dict()

    for case in cases:
        schema, value, label = case["schema"], case["value"], case["label"]
        if case["valid"]:
            report["total"] += 1
            try:
                again = _json(dump(parse(schema, value)))
            except Exception as exc:
                report["failed"].append(f"{label}: {type(exc).__name__}: {str(exc)[:200]}")
                continue
            if again == _json(value):
                report["ok"] += 1
            else:
                report["failed"].append(f"{label}: serialised back differently")
        else:
            report["bad"] += 1
            try:
                parse(schema, value)
            except Exception:
                report["rejected"] += 1
            else:
                report["accepted"].append(label)
    return report


if __name__ == "__main__":
    print(json.dumps(main(*sys.argv[1:5])))
