"""The clova-ocr command line against the mock."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from click.testing import CliRunner

from clova_ocr.cli import main
from clova_ocr_mock import running

from .mock_helpers import SECRET, png

SAMPLE = Path(__file__).resolve().parent.parent / "examples" / "sample-receipt.png"


@pytest.fixture(scope="module")
def env() -> dict[str, str]:
    with running(secret=SECRET) as invoke_url:
        yield {"CLOVA_OCR_INVOKE_URL": invoke_url, "CLOVA_OCR_SECRET": SECRET}


def test_general_prints_text_and_tables(env: dict[str, str]) -> None:
    result = CliRunner().invoke(main, ["general", str(SAMPLE), "--tables"], env=env)
    assert result.exit_code == 0, result.output
    assert result.output.startswith("CLOVA OCR MOCK")
    assert "# table 1" in result.output


def test_document_and_json_output(env: dict[str, str], tmp_path: Path) -> None:
    image = tmp_path / "card.png"
    image.write_bytes(png())
    result = CliRunner().invoke(main, ["document", "id-card", str(image), "--json"], env=env)
    assert result.exit_code == 0, result.output
    assert json.loads(result.output)["images"][0]["idCard"]["result"]["idtype"] == "ID Card"
    result = CliRunner().invoke(main, ["template", str(image), "--template-id", "3"], env=env)
    assert "field1\t" in result.output


def test_errors_exit_1_without_printing_the_secret(env: dict[str, str]) -> None:
    bad = {**env, "CLOVA_OCR_SECRET": "a-wrong-secret-value"}
    result = CliRunner().invoke(main, ["general", str(SAMPLE)], env=bad)
    assert result.exit_code == 1
    assert "0002" in result.output and "a-wrong-secret-value" not in result.output


def test_mock_serve_validates_its_options() -> None:
    result = CliRunner().invoke(main, ["mock", "serve", "--secret", "S", "--rate-limit", "fast"])
    assert result.exit_code == 2 and "rate limit" in result.output
    result = CliRunner().invoke(main, ["mock", "serve", "--secret", "S", "--access-key", "AK"])
    assert result.exit_code == 2


def test_exit_codes_are_documented_in_help_and_readme() -> None:
    import re

    from clova_ocr._cli_batch import EXIT_CODES

    readme = (Path(__file__).resolve().parents[1] / "README.md").read_text(encoding="utf-8")
    rows = dict(re.findall(r"^\s*\| `(\d+)` \| (.+?) \|$", readme, flags=re.M))
    assert {int(code): meaning for code, meaning in rows.items()} == EXIT_CODES
    for command in ([], ["general"], ["template"], ["document"]):
        shown = CliRunner().invoke(main, [*command, "--help"]).output
        lines = {" ".join(line.split()) for line in shown.splitlines()}
        for code, meaning in EXIT_CODES.items():
            assert f"{code} {meaning}" in lines, (command, code)
