"""``python -m generator observe DIR``: drift of recorded answers from the spec, per product."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path
from typing import Any

import pytest
import yaml

from clova_ocr_mock.testing import ClovaOCRMock
from generator import paths
from generator.observe import main, observe, suggested_patch

from .mock_helpers import png
from .recording_helpers import Input, record
from .spec_tools import errors, schema_named

INPUTS = [
    Input("a.png", "receipt", png(200)),
    Input("b.png", "receipt", png(201)),
    Input("scan.png", "general", png(210)),
    Input("card.png", "id_card", png(220)),
]


@pytest.fixture(scope="module")
def recorded(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """A batch --out folder of answers that match the spec (from the mock)."""
    with ClovaOCRMock(secret="s") as service, service.client() as client:
        return record(client, INPUTS, tmp_path_factory.mktemp("recorded"))


def _edit(folder: Path, answer: str, change: Any) -> None:
    path = folder / answer
    body = json.loads(path.read_text(encoding="utf-8"))
    change(body)
    path.write_text(json.dumps(body, ensure_ascii=False), encoding="utf-8")


def _receipt(body: dict[str, Any]) -> dict[str, Any]:
    result: dict[str, Any] = body["images"][0]["receipt"]["result"]
    return result


@pytest.fixture
def drifted(recorded: Path, tmp_path: Path) -> Path:
    """The recorded answers edited as a service that changed would answer."""
    folder = tmp_path / "drifted"
    folder.mkdir()
    for path in recorded.iterdir():
        (folder / path.name).write_bytes(path.read_bytes())

    def rename_total(body: dict[str, Any]) -> None:
        result = _receipt(body)
        result["total"] = result.pop("totalPrice")
        result["storeInfo"]["branchName"] = "일산점"

    def new_values(body: dict[str, Any]) -> None:
        image = body["images"][0]
        image["inferResult"] = "PARTIAL"  # an enum value the spec does not list
        image["fields"][0]["inferConfidence"] = "0.9"  # a string where a number is declared
        del image["uid"]  # a required field

    _edit(folder, "a.png.json", rename_total)
    _edit(folder, "b.png.json", rename_total)
    _edit(folder, "scan.png.json", new_values)
    return folder


def test_matching_answers_report_no_drift(
    recorded: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    assert main(recorded) == 0
    out = capsys.readouterr().out
    assert "receipt (2 answers): matches the spec" in out
    assert "general (1 answers): matches the spec" in out
    assert "Suggested spec patch" not in out


def test_drift_is_reported_per_product_with_counts_and_an_example(
    drifted: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    assert main(drifted) == 1
    out = capsys.readouterr().out
    assert "receipt (2 answers): drift" in out
    assert "$.images[].receipt.result.total (object): 2×, e.g. a.png.json" in out
    assert "$.images[].receipt.result.storeInfo.branchName (string): 2×, e.g. a.png.json" in out
    assert "general (1 answers): drift" in out
    assert '$.images[].inferResult ("PARTIAL"): 1×, e.g. scan.png.json' in out
    assert "$.images[].fields[].inferConfidence (string): 1×, e.g. scan.png.json" in out
    assert "required fields missing:\n    $.images[].uid: 1×, e.g. scan.png.json" in out
    assert "id_card (1 answers): matches the spec" in out


def test_the_suggested_patch_makes_the_answers_valid(drifted: Path) -> None:
    """Pasted into the spec, the patch makes every drifted answer fit (strictly, too)."""
    patch = suggested_patch(observe(drifted))
    schemas = patch["components"]["schemas"]
    total = schemas["ReceiptResult"]["properties"]["total"]  # a guess from one sample
    assert total["properties"]["price"] == {"$ref": "#/components/schemas/DocumentValue"}
    assert schemas["ReceiptStoreInfo"]["properties"]["branchName"] == {"type": "string"}
    assert schemas["InferResultValue"]["enum"][-1] == "PARTIAL"
    assert schemas["GeneralField"]["properties"]["inferConfidence"]["type"] == ["number", "string"]
    assert "uid" not in schemas["ImageResultCommon"]["required"]

    merged = yaml.safe_load(paths.SPEC.read_text(encoding="utf-8"))
    _merge(merged, patch)
    for name in ("scan.png", "a.png"):
        body = json.loads((drifted / f"{name}.json").read_text(encoding="utf-8"))
        schema = "GeneralResponse" if name == "scan.png" else "ReceiptResponse"
        assert _errors_with(merged, schema, body) == [], name
    spec_file = drifted.parent / "patched.yaml"
    spec_file.write_text(yaml.safe_dump(merged, allow_unicode=True), encoding="utf-8")
    assert main(drifted, spec=spec_file) == 0  # nothing left to report


def _merge(target: dict[str, Any], patch: dict[str, Any]) -> None:
    for key, value in patch.items():
        if isinstance(value, dict) and isinstance(target.get(key), dict):
            _merge(target[key], value)
        else:
            target[key] = value


def _errors_with(document: dict[str, Any], schema: str, body: Any) -> list[str]:
    import jsonschema

    root = {"$ref": f"#/components/schemas/{schema}", "components": document["components"]}
    return [e.message for e in jsonschema.Draft202012Validator(root).iter_errors(body)]


def test_the_published_spec_accepts_the_drifted_receipts(drifted: Path) -> None:
    """Why a command is needed: unknown keys are valid, so only observing shows them."""
    body = json.loads((drifted / "a.png.json").read_text(encoding="utf-8"))
    assert errors(schema_named("ReceiptResponse"), body) == []


def test_a_folder_without_index_is_a_clear_error(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    assert main(tmp_path) == 2
    assert capsys.readouterr().out.startswith("error: ")


def test_the_command_line(drifted: Path) -> None:
    result = subprocess.run(
        [sys.executable, "-m", "generator", "observe", str(drifted)],
        capture_output=True,
        text=True,
        cwd=paths.ROOT,
        check=False,
    )
    assert result.returncode == 1, result.stdout + result.stderr
    assert "Suggested spec patch" in result.stdout
    assert "branchName:" in result.stdout
