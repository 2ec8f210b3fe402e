"""generator/: deterministic output, drift detection, clear errors."""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest

from generator import paths
from generator.__main__ import main
from generator.drift import check, diff_summary
from generator.generate import GeneratorError, render


@pytest.fixture(scope="module")
def fresh(tmp_path_factory: pytest.TempPathFactory) -> Path:
    target = tmp_path_factory.mktemp("gen") / "generated_client"
    render(target)
    return target


def test_generation_is_deterministic(fresh: Path, tmp_path: Path) -> None:
    again = tmp_path / "again"
    render(again)
    assert diff_summary(fresh, again) == []


def test_committed_client_equals_a_fresh_generation(fresh: Path) -> None:
    assert diff_summary(paths.CLIENT_DIR, fresh) == []


def test_check_reports_a_hand_edit(fresh: Path, tmp_path: Path) -> None:
    edited = tmp_path / "generated_client"
    shutil.copytree(fresh, edited)
    target = edited / "clova_ocr_api" / "models" / "ocr_error.py"
    target.write_text(target.read_text() + "\n# hand edit\n")
    (edited / "clova_ocr_api" / "stray.py").write_text("x = 1\n")
    report = check(committed=edited)
    assert "changed: clova_ocr_api/models/ocr_error.py" in report
    assert any("+# hand edit" in line for line in report)
    assert "extra (not produced by the generator): clova_ocr_api/stray.py" in report


def test_check_reports_a_spec_change_without_regeneration(tmp_path: Path) -> None:
    spec = tmp_path / "openapi.yaml"
    text = paths.SPEC.read_text(encoding="utf-8")
    spec.write_text(
        text.replace(
            '        traceId: {type: string, description: "Trace id to quote to NAVER support."}',
            '        traceId: {type: string, description: "Trace id to quote to NAVER support."}\n'
            "        supportUrl: {type: string}",
        ),
        encoding="utf-8",
    )
    assert "supportUrl" in spec.read_text(encoding="utf-8")
    report = check(spec=spec)
    assert "changed: clova_ocr_api/models/ocr_error.py" in report


def test_cli_check_exit_codes(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["--check"]) == 0
    broken = tmp_path / "broken.yaml"
    broken.write_text("openapi: 3.1.0\ninfo: {title: x}\npaths: {}\n")
    assert main(["--check", "--spec", str(broken)]) == 2
    err = capsys.readouterr().err
    assert "not a valid OpenAPI document" in err and "version" in err
    assert "Traceback" not in err


def test_invalid_yaml_is_named(tmp_path: Path) -> None:
    broken = tmp_path / "broken.yaml"
    broken.write_text("paths: [\n")
    with pytest.raises(GeneratorError, match="not valid YAML"):
        render(tmp_path / "out", broken)


def test_generated_package_is_typed_and_documented() -> None:
    assert (paths.CLIENT_DIR / paths.PACKAGE_NAME / "py.typed").exists()
    assert "never edit" in (paths.CLIENT_DIR / "README.md").read_text().lower()
