"""generator/changes.py: every difference classified; the version/changelog gate."""

from __future__ import annotations

import copy
import subprocess
from pathlib import Path
from typing import Any

import pytest
import yaml

from generator import paths
from generator.changes import (
    ChangesError,
    Release,
    Report,
    blob_id,
    check_releases,
    compare,
    gate,
    main,
    read_releases,
)

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
    "a rule the classifier does not interpret": lambda d: _schemas(d)["Req"].update(
        {"if": {"properties": {"kind": {"const": "x"}}}, "then": {"required": ["size"]}}
    ),
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


def test_documentation_only_is_a_patch() -> None:
    report = _changed(lambda d: _schemas(d)["Res"].update(description="new words"))
    assert (report.breaking, report.non_breaking, report.bump) == ([], [], "patch")


def _bumped(edit: Any, version: str) -> tuple[dict[str, Any], Report]:
    new = copy.deepcopy(BASE)
    edit(new)
    new["info"]["version"] = version
    return new, compare(BASE, new)


ENTRY = "## [{}] - 2026-12-02\n- what changed\n"
ADDITION = NON_BREAKING["added optional field"]
DOCS = lambda d: _schemas(d)["Res"].update(description="new words")  # noqa: E731


@pytest.mark.parametrize(
    ("edit", "version", "needed"),
    [
        (BREAKING["removed property"], "1.1.0", "2.0.0 (a major bump"),
        (BREAKING["removed property"], "1.0.0", "2.0.0 (a major bump"),
        (ADDITION, "1.0.0", "1.1.0 (a minor bump"),
        (ADDITION, "1.0.1", "1.1.0 (a minor bump"),
        (DOCS, "1.0.0", "1.0.1 (a patch bump"),
    ],
    ids=[
        "breaking-as-minor",
        "breaking-unbumped",
        "addition-unbumped",
        "addition-as-patch",
        "docs",
    ],
)
def test_gate_says_what_to_bump_and_why(edit: Any, version: str, needed: str) -> None:
    new, report = _bumped(edit, version)
    problems = gate(BASE, new, report, ENTRY.format(version))
    assert len(problems) == 1 and f"from 1.0.0 to at least {needed}" in problems[0], problems
    assert "CHANGELOG.md" in problems[0]  # where the policy is written


@pytest.mark.parametrize(
    ("edit", "version"),
    [(BREAKING["removed property"], "2.0.0"), (ADDITION, "1.1.0"), (DOCS, "1.0.1")],
    ids=["major", "minor", "patch"],
)
def test_gate_passes_the_right_bump_with_a_changelog_entry(edit: Any, version: str) -> None:
    new, report = _bumped(edit, version)
    assert gate(BASE, new, report, ENTRY.format(version)) == []
    assert gate(BASE, new, report, "") == [
        f"add a '## [{version}] - YYYY-MM-DD' entry to CHANGELOG.md saying what changed"
    ]


def test_a_documentation_only_change_may_keep_its_version_when_allowed() -> None:
    new, report = _bumped(DOCS, "1.0.0")
    assert gate(BASE, new, report, "") != []
    assert gate(BASE, new, report, "", docs_only_allowed=True) == []
    new, report = _bumped(ADDITION, "1.0.0")
    assert gate(BASE, new, report, "", docs_only_allowed=True) != []


def test_gate_needs_a_major_bump_and_a_changelog_line() -> None:
    new = copy.deepcopy(BASE)
    BREAKING["removed path"](new)
    report = compare(BASE, new)
    assert gate(BASE, new, report, "") != []  # same version
    new["info"]["version"] = "1.1.0"
    assert any("major" in p for p in gate(BASE, new, report, "## [1.1.0]"))
    new["info"]["version"] = "2.0.0"
    assert gate(BASE, new, report, "") == [
        "add a '## [2.0.0] - YYYY-MM-DD' entry to CHANGELOG.md saying what changed"
    ]
    assert gate(BASE, new, report, "# Changelog\n\n## [2.0.0] - 2026-11-25\n- removed /a\n") == []


# ---------------------------------------------------------------------------- the real history
SPEC_TEXT = paths.SPEC.read_text(encoding="utf-8")
CHANGELOG = (paths.ROOT / "CHANGELOG.md").read_text(encoding="utf-8")
VERSION = yaml.safe_load(SPEC_TEXT)["info"]["version"]


def _edited(*replacements: tuple[str, str]) -> str:
    text = SPEC_TEXT
    for old, new in replacements:
        assert old in text, old
        text = text.replace(old, new)
    return text


RENAME = ("        totalPrice: {$ref: '#/components/schemas/ReceiptTotalPrice'}",
          "        total: {$ref: '#/components/schemas/ReceiptTotalPrice'}")  # fmt: skip
BRANCH = (
    "    ReceiptStoreInfo:\n      type: object\n      properties:\n",
    "    ReceiptStoreInfo:\n      type: object\n      properties:\n"
    "        branchName: {type: string}\n",
)


def _bump(text: str, version: str) -> str:
    return text.replace(f'  version: "{VERSION}"', f'  version: "{version}"', 1)


def _verdict(
    text: str, changelog: str = CHANGELOG, extra: list[Release] | None = None
) -> list[str]:
    return check_releases([*read_releases(), *(extra or [])], text.encode(), changelog)[1]


def test_every_recorded_release_and_the_working_tree_pass_the_gate(
    capsys: pytest.CaptureFixture[str],
) -> None:
    """What CI enforces (scripts/test.sh runs it before pytest): on a fresh clone, no tag."""
    code = main(spec=paths.SPEC)
    out = capsys.readouterr().out
    assert "error:" not in out, out  # e.g. a shallow clone: the message says what to do
    assert code == 0, out
    releases = read_releases()
    assert releases[-1].blob == blob_id(paths.SPEC.read_bytes())
    assert releases[-1].version == VERSION
    assert [r.version for r in releases[:3]] == ["2.0.0", "3.0.0", "3.0.0"]  # + a docs amendment


def test_a_rename_shipped_as_a_minor_version_fails() -> None:
    """The issue's case: receipt totalPrice renamed to total, released as a minor version."""
    major, minor, _ = (int(n) for n in VERSION.split("."))
    minor_version = f"{major}.{minor + 1}.0"
    text = _bump(_edited(RENAME), minor_version)
    problems = _verdict(text, CHANGELOG + ENTRY.format(minor_version))
    assert any(f"to at least {major + 1}.0.0 (a major bump" in p for p in problems), problems
    assert any("totalPrice: property removed" in p for p in problems), problems


def test_an_addition_without_a_bump_fails_and_says_minor() -> None:
    major, minor, _ = (int(n) for n in VERSION.split("."))
    problems = _verdict(_edited(BRANCH))
    assert any(f"to at least {major}.{minor + 1}.0 (a minor bump" in p for p in problems)
    assert any("branchName: property added" in p for p in problems), problems
    assert problems[-1].startswith(
        f"then record the release: append `- {{version: {major}.{minor + 1}.0, spec: <the output of git hash-object openapi.yaml>}}`"
    ), problems


def test_both_done_right_pass_once_recorded() -> None:
    major, _, _ = (int(n) for n in VERSION.split("."))
    version = f"{major + 1}.0.0"
    text = _bump(_edited(RENAME, BRANCH), version)
    changelog = CHANGELOG + ENTRY.format(version)
    unrecorded = _verdict(text, changelog)
    assert len(unrecorded) == 1 and unrecorded[0].startswith("record the release: append"), (
        unrecorded
    )
    assert blob_id(text.encode()) in unrecorded[0]
    assert _verdict(text, changelog, [Release(version, blob_id(text.encode()))]) == []
    assert _verdict(text, CHANGELOG, [Release(version, blob_id(text.encode()))]) != []


def test_a_docs_only_amendment_that_adds_a_field_fails() -> None:
    text = _edited(BRANCH)
    amendment = Release(VERSION, blob_id(text.encode()), docs_only=True)
    problems = _verdict(text, extra=[amendment])
    assert any("'docs_only: true' is only for documentation" in p for p in problems), problems


def test_a_malformed_releases_file_is_a_clear_error(tmp_path: Path) -> None:
    bad = tmp_path / "releases.yaml"
    bad.write_text("- {version: 3.0.0, spec: abc}\n", encoding="utf-8")
    with pytest.raises(ChangesError, match="entry 1 needs"):
        read_releases(bad)


def test_git_blob_ids_match_git() -> None:
    result = subprocess.run(
        ["git", "hash-object", str(paths.SPEC)], capture_output=True, text=True, check=True
    )
    assert blob_id(paths.SPEC.read_bytes()) == result.stdout.strip()


def test_unknown_revision_is_a_clear_error(capsys: pytest.CaptureFixture[str]) -> None:
    assert main(spec=paths.SPEC, ref="no-such-revision-xyz") == 2
    out = capsys.readouterr().out
    assert out.startswith("error: cannot read openapi.yaml at 'no-such-revision-xyz'")
    assert "Traceback" not in out
