"""Record with the batch command, replay with the mock: the loop the README promises.

``clova-ocr general IN/ --out DIR`` against one mock (standing in for the real service) writes
the recording; a second mock started with ``answers=DIR`` serves exactly those answers for the
same images and its recognizer for any other. The recording must hold no secret.
"""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

import pytest

from clova_ocr import ClovaOCR
from clova_ocr_mock import MockSettings, running
from tests.mock_helpers import png
from tests.recording_helpers import FixedTextRecognizer

SECRET = "batch-recording-secret-0f3c"
DOMAIN_ID = "777"
INVOKE_KEY = "f00dfeed" * 8
CLI = Path(sys.executable).parent / "clova-ocr"


@pytest.fixture(scope="module")
def recording(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """``clova-ocr general IN --out OUT`` against a mock that answers the word RECORDED."""
    inputs = tmp_path_factory.mktemp("inputs")
    (inputs / "sub").mkdir()
    (inputs / "a.png").write_bytes(png(200))
    (inputs / "sub" / "b.png").write_bytes(png(210))
    out = tmp_path_factory.mktemp("recorded")
    settings = MockSettings(
        secret=SECRET,
        domain_id=DOMAIN_ID,
        invoke_key=INVOKE_KEY,
        recognizer=FixedTextRecognizer("RECORDED"),
    )
    with running(settings) as url:
        env = {**os.environ, "CLOVA_OCR_INVOKE_URL": url, "CLOVA_OCR_SECRET": SECRET}
        done = subprocess.run(
            [str(CLI), "general", str(inputs), "--out", str(out)],
            capture_output=True,
            text=True,
            env=env,
            timeout=120,
        )
    assert done.returncode == 0, done.stderr
    assert SECRET not in done.stdout + done.stderr
    assert INVOKE_KEY not in done.stdout + done.stderr
    return out


def test_the_recording_holds_answers_and_no_secret(recording: Path) -> None:
    files = sorted(p.relative_to(recording).as_posix() for p in recording.rglob("*") if p.is_file())
    assert files == ["a.png.json", "index.jsonl", "sub/b.png.json"]
    for path in recording.rglob("*"):
        if path.is_file():
            text = path.read_text(encoding="utf-8")
            assert SECRET not in text and INVOKE_KEY not in text, path


def test_a_second_mock_replays_the_recording_and_reads_the_rest(
    recording: Path, tmp_path: Path
) -> None:
    recorded = json.loads((recording / "sub" / "b.png.json").read_text(encoding="utf-8"))
    settings = MockSettings(
        secret="replay-secret", answers=recording, recognizer=FixedTextRecognizer("LIVE")
    )
    with running(settings) as url, ClovaOCR(invoke_url=url, secret="replay-secret") as ocr:
        replayed = ocr.general(png(210), name="again.png")
        other = ocr.general(png(230), name="other.png")
    assert replayed.text == "RECORDED"
    assert replayed.raw["images"][0]["fields"] == recorded["images"][0]["fields"]
    assert replayed.raw["images"][0]["name"] == "again.png"
    assert replayed.raw["requestId"] != recorded["requestId"]
    assert other.text == "LIVE"
