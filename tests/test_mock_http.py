"""``clova-ocr mock serve`` as a user runs it: a real process, real HTTP.

Includes the independent schemathesis CLI run (all checks, seed 519) that found ST201, at a
small budget, so the mock is held to the spec over the wire and not only in-process.
"""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import httpx

from .mock_helpers import SECRET, serving
from .spec_tools import SPEC_PATH

BIN = Path(sys.executable).parent
ROOT = Path(__file__).resolve().parents[1]
SAMPLE = Path(__file__).resolve().parents[1] / "examples" / "sample-receipt.png"
EXAMPLES = os.environ.get("CLOVA_FUZZ_CLI_EXAMPLES", "5")


def test_schemathesis_cli_over_http_against_mock_serve(tmp_path: Path) -> None:
    with serving() as url:
        result = subprocess.run(
            [
                str(BIN / "schemathesis"),
                "--config-file",
                str(ROOT / "tests" / "schemathesis-cli.toml"),
                "run",
                str(SPEC_PATH),
                "--url",
                url,
                "--header",
                f"X-OCR-SECRET: {SECRET}",
                "--seed",
                "519",
                "--max-examples",
                EXAMPLES,
                "--workers",
                "1",
                "--generation-database",
                "none",
                "--no-color",
            ],
            capture_output=True,
            text=True,
            timeout=600,
            cwd=tmp_path,
        )
    assert result.returncode == 0, result.stdout[-4000:]
    assert "No issues found" in result.stdout


def test_mock_serve_reads_the_bundled_sample_with_tesseract() -> None:
    invoke_key = "9" * 64
    with serving(
        "--recognizer", "tesseract", "--domain-id", "4242", "--invoke-key", invoke_key
    ) as url:
        assert url.endswith(f"/custom/v1/4242/{invoke_key}")
        files = {
            "message": (
                None,
                '{"version":"V2","requestId":"r","timestamp":0,"lang":"ko","images":[{"format":"png","name":"receipt"}]}',
            ),
            "file": (SAMPLE.name, SAMPLE.read_bytes(), "image/png"),
        }
        answer = httpx.post(
            f"{url}/general", files=files, headers={"X-OCR-SECRET": SECRET}, timeout=60
        )
        assert answer.status_code == 200, answer.text
        words = [f["inferText"] for f in answer.json()["images"][0]["fields"]]
        for expected in ("CLOVA", "MART", "123-45-67890", "TOTAL", "12,800"):
            assert expected in words
        wrong = httpx.post(
            f"{url.rsplit('/', 1)[0]}/{'8' * 64}/general",
            files=files,
            headers={"X-OCR-SECRET": SECRET},
        )
        assert wrong.status_code == 404 and wrong.json()["error"]["errorCode"] == "300"
