"""generator/changes.py: every difference classified; the version/changelog gate."""

from __future__ import annotations

import copy
from typing import Any

import pytest

from generator import paths
from generator.changes import Report, baseline_ref, compare, gate, main, spec_at

BASE: dict[str, Any] = {
    "openapi": "3.1.0",
    "info": {"title": "t", "version": "1.0.0"},
    "paths": {
        "/a": {
            "post": {
                "operationId": "a",
                "requestBody": {
                    "content": {
                        "application/json": {"schema": {"$ref": "#/components/schemas/Req"}}
                    }
                },
                "responses": {
                    "200": {
                        "description": "ok",
                        "content": {
                            "application/json": {"schema": {"$ref": "#/components/schemas/Res"}}
                        },
                    }
                },
            }
        }
    },
    "components": {
        "schemas": {
            "Req": {
                "type": "object",
                "required": ["kind"],
                "properties": {
                    "kind": {"type": "string", "enum": ["x", "y"]},
                    "size": {"type": ["integer", "string"]},
                },
            },
            "Res": {"type": "object", "properties": {"text": {"type": "string"}}},
        }
    },
}


def _changed(edit: Any) -> Report:
    new = copy.deepcopy(BASE)
    edit(new)
    return compare(BASE, new)


def _schemas(doc: dict[str, Any]) -> dict[str, Any]:
    return doc["components"]["schemas"]


BREAKING = {
    "removed path": lambda d: d["paths"].pop("/a"),
    "removed property": lambda d: _schemas(d)["Res"]["properties"].pop("text"),
    "new required request field": lambda d: (
        _schemas(d)["Req"]["properties"].update(id={"type": "string"}),
        _schemas(d)["Req"]["required"].append("id"),
    ),
    "narrowed request type": lambda d: _schemas(d)["Req"]["properties"].update(
        size={"type": "integer"}
    ),
    "removed enum value": lambda d: _schemas(d)["Req"]["properties"]["kind"].update(enum=["x"]),
    "renamed operation": lambda d: d["paths"]["/a"]["post"].update(operationId="b"),
}


@pytest.mark.parametrize("edit", BREAKING.values(), ids=BREAKING.keys())
def test_breaking_changes_are_breaking(edit: Any) -> None:
    report = _changed(edit)
    assert report.breaking, report


def test_removed_schema_is_breaking() -> None:
    new = copy.deepcopy(BASE)
    new["components"]["schemas"].pop("Res")
    new["paths"]["/a"]["post"]["responses"]["200"]["content"]["application/json"]["schema"] = {
        "type": "object", "properties": {"text": {"type": "string"}}
    }  # fmt: skip
    assert compare(BASE, new).breaking == [
        "components.schemas.Res removed (generated classes disappear)"
    ]


NON_BREAKING = {
    "added optional field": lambda d: _schemas(d)["Req"]["properties"].update(
        note={"type": "string"}
    ),
    "added path": lambda d: d["paths"].update({"/b": copy.deepcopy(d["paths"]["/a"])}),
    "added response field": lambda d: _schemas(d)["Res"]["properties"].update(n={"type": "number"}),
    "widened request type": lambda d: _schemas(d)["Req"]["properties"].update(size={}),
    "description only": lambda d: _schemas(d)["Res"].update(description="new words"),
}


@pytest.mark.parametrize("edit", NON_BREAKING.values(), ids=NON_BREAKING.keys())
def test_additions_are_not_breaking(edit: Any) -> None:
    report = _changed(edit)
    assert report.breaking == [] and report.non_breaking, report


def test_flattening_all_of_is_not_a_data_change() -> None:
    new = copy.deepcopy(BASE)
    _schemas(new)["Base"] = {
        "type": "object",
        "required": ["kind"],
        "properties": {"kind": _schemas(new)["Req"]["properties"]["kind"]},
    }
    _schemas(new)["Req"] = {
        "allOf": [
            {"$ref": "#/components/schemas/Base"},
            {"type": "object", "properties": {"size": {"type": ["integer", "string"]}}},
        ]
    }
    assert compare(BASE, new).breaking == []


def test_gate_needs_a_major_bump_and_a_changelog_line() -> None:
    new = copy.deepcopy(BASE)
    BREAKING["removed path"](new)
    report = compare(BASE, new)
    assert gate(BASE, new, report, "") != []  # same version
    new["info"]["version"] = "1.1.0"
    assert any("major" in p for p in gate(BASE, new, report, "## [1.1.0]"))
    new["info"]["version"] = "2.0.0"
    assert gate(BASE, new, report, "") == ["CHANGELOG.md has no '## [2.0.0]' entry"]
    assert gate(BASE, new, report, "# Changelog\n\n## [2.0.0] - 2026-11-25\n- removed /a\n") == []


def test_the_spec_against_its_baseline_passes_the_gate(capsys: pytest.CaptureFixture[str]) -> None:
    """What CI enforces: breaking changes since the baseline come with a major bump and a line."""
    code = main(spec=paths.SPEC)
    out = capsys.readouterr().out
    assert "error:" not in out, out  # e.g. a shallow clone: the message says what to do
    assert code == 0, out
    old = spec_at(baseline_ref())
    assert old["info"]["version"] in out


def test_unknown_revision_is_a_clear_error(capsys: pytest.CaptureFixture[str]) -> None:
    assert main(spec=paths.SPEC, ref="no-such-revision-xyz") == 2
    out = capsys.readouterr().out
    assert out.startswith("error: cannot read openapi.yaml at 'no-such-revision-xyz'")
    assert "Traceback" not in out
