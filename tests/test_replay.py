"""Record → replay: a mock answering from a recording folder (INTERFACES.md B)."""

from __future__ import annotations

import json
import logging
import time
from pathlib import Path
from typing import Any

import pytest
from click.testing import CliRunner

import clova_ocr_mock.cli
from clova_ocr.cli import main
from clova_ocr_mock import MockSettings, create_app
from clova_ocr_mock.replay import Answers, AnswersError, product_of
from clova_ocr_mock.testing import ClovaOCRMock
from tests.mock_helpers import png
from tests.recording_helpers import FixedTextRecognizer, Input, record

RECORDING_SECRET = "recording-secret-do-not-store"

RECEIPT = Input("receipts/2024/shop.png", "receipt", png(200))
SCAN = Input("scan.png", "general", png(210))
UNRECORDED = png(220)


@pytest.fixture(scope="module")
def recording(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """A folder recorded once against a mock standing in for the real service."""
    out = tmp_path_factory.mktemp("recorded")
    with ClovaOCRMock(secret=RECORDING_SECRET) as service, service.client() as client:
        return record(client, [RECEIPT, SCAN], out)


@pytest.fixture(scope="module")
def replaying(recording: Path) -> Any:
    with (
        ClovaOCRMock(answers=recording, recognizer=FixedTextRecognizer("LIVE")) as mock,
        mock.client() as client,
    ):
        yield mock, client


def recorded(folder: Path, item: Input) -> dict[str, Any]:
    body: dict[str, Any] = json.loads((folder / f"{item.path}.json").read_text(encoding="utf-8"))
    return body


def without_fresh_fields(body: dict[str, Any]) -> dict[str, Any]:
    body = json.loads(json.dumps(body))
    body.pop("requestId"), body.pop("timestamp")
    for image in body["images"]:
        image.pop("name")
    return body


def test_recording_folder_has_the_batch_layout(recording: Path) -> None:
    lines = [json.loads(line) for line in (recording / "index.jsonl").read_text().splitlines()]
    assert [line["answer"] for line in lines] == ["receipts/2024/shop.png.json", "scan.png.json"]
    assert (recording / "receipts/2024/shop.png.json").is_file()
    assert RECORDING_SECRET not in "".join(p.read_text() for p in recording.rglob("*.json*"))


def test_a_recorded_upload_gets_its_recorded_answer_made_fresh(
    recording: Path, replaying: Any
) -> None:
    mock, client = replaying
    time.sleep(0.002)  # so a fresh timestamp cannot equal the recorded one
    before = time.time_ns() // 1_000_000
    result = client.document.receipt(RECEIPT.data, name="renamed.png")
    original = recorded(recording, RECEIPT)
    assert without_fresh_fields(result.raw) == without_fresh_fields(original)
    assert result.raw["images"][0]["name"] == "renamed.png"
    sent = mock.requests_for("receipt")[-1].message
    assert result.raw["requestId"] == sent["requestId"] != original["requestId"]
    assert result.raw["timestamp"] >= before > original["timestamp"]
    assert result.raw["images"][0]["receipt"] == original["images"][0]["receipt"]


def test_json_and_multipart_uploads_hash_the_same_bytes(replaying: Any) -> None:
    _, client = replaying
    for upload in ("json", "multipart"):
        result = client.general(SCAN.data, upload=upload)
        assert "LIVE" not in result.text
        assert "CLOVA OCR MOCK" in result.text  # the recording mock's synthetic words


def test_other_images_and_other_products_fall_back_to_the_recognizer(replaying: Any) -> None:
    _, client = replaying
    assert client.general(UNRECORDED).text == "LIVE"
    # Same bytes as the recorded receipt, but sent to General OCR: not the receipt's answer.
    assert client.general(RECEIPT.data).text == "LIVE"


def test_replay_never_echoes_the_secret(replaying: Any) -> None:
    mock, client = replaying
    client.general(SCAN.data)
    client.general(UNRECORDED)
    assert mock.secret not in json.dumps([seen.answer for seen in mock.requests])


def test_quota_and_secret_still_apply_before_replay(recording: Path) -> None:
    with ClovaOCRMock(answers=recording, quota=0) as mock, mock.client(max_retries=0) as client:
        from clova_ocr import QuotaExceededError

        with pytest.raises(QuotaExceededError):
            client.document.receipt(RECEIPT.data)


def broken_copy(recording: Path, tmp_path: Path) -> Path:
    """The recording with the receipt's answer edited so it no longer matches the spec."""
    folder = tmp_path / "edited"
    for source in recording.rglob("*"):
        if source.is_file():
            target = folder / source.relative_to(recording)
            target.parent.mkdir(parents=True, exist_ok=True)
            target.write_bytes(source.read_bytes())
    answer = recorded(folder, RECEIPT)
    answer["images"][0]["inferResult"] = 42
    del answer["version"]
    (folder / f"{RECEIPT.path}.json").write_text(json.dumps(answer), encoding="utf-8")
    return folder


def test_an_answer_edited_off_spec_is_reported(recording: Path, tmp_path: Path) -> None:
    assert Answers.load(recording).problems == ()
    answers = Answers.load(broken_copy(recording, tmp_path))
    [problem] = answers.problems
    assert problem.answer == "receipts/2024/shop.png.json"
    assert problem.product == "receipt"
    assert any("inferResult" in error for error in problem.errors)
    assert any("'version' is a required property" in error for error in problem.errors)
    assert "receipts/2024/shop.png.json" in answers.report()
    assert len(answers) == 2  # still served: it is what the service answered


def test_strict_loading_fails_on_an_off_spec_answer(recording: Path, tmp_path: Path) -> None:
    with pytest.raises(AnswersError, match=r"shop\.png\.json \(receipt\)"):
        Answers.load(broken_copy(recording, tmp_path), strict=True)


def test_create_app_logs_each_off_spec_answer(
    recording: Path, tmp_path: Path, caplog: pytest.LogCaptureFixture
) -> None:
    with caplog.at_level(logging.WARNING, logger="clova_ocr_mock"):
        app = create_app(MockSettings(answers=broken_copy(recording, tmp_path)))
    assert app.state.answers.problems
    assert any("shop.png.json" in record.getMessage() for record in caplog.records)


def test_index_tolerates_a_torn_last_line_and_keeps_the_last_entry(tmp_path: Path) -> None:
    (tmp_path / "a.png.json").write_text(json.dumps({"bad": True}))
    (tmp_path / "b.png.json").write_text(json.dumps({"version": "V2", "images": []}))
    lines = [
        {"input": "a.png", "answer": "a.png.json", "sha256": "0" * 64, "product": "receipt"},
        {"input": "u", "answer": "urls/x.json", "sha256": None, "product": "general"},
        {"input": "a.png", "answer": "a.png.json", "sha256": "A" * 64, "product": "general"},
        {"input": "b.png", "answer": "b.png.json", "sha256": "b" * 64, "product": "nope"},
    ]
    text = "".join(json.dumps(line) + "\n" for line in lines) + '{"input": "c.png", "ans'
    (tmp_path / "index.jsonl").write_text(text)
    answers = Answers.load(tmp_path)
    assert len(answers) == 1  # a.png (its last line), not the URL, not the unknown product
    assert answers.lookup("general", b"x") is None
    assert answers._recordings.keys() == {("general", "a" * 64)}
    assert {p.answer for p in answers.problems} == {"a.png.json", "b.png.json"}


def test_an_answer_path_outside_the_folder_is_refused(tmp_path: Path) -> None:
    (tmp_path / "secret.json").write_text("{}")
    folder = tmp_path / "rec"
    folder.mkdir()
    line = {"answer": "../secret.json", "sha256": "a" * 64, "product": "general"}
    (folder / "index.jsonl").write_text(json.dumps(line) + "\n")
    answers = Answers.load(folder)
    assert len(answers) == 0
    assert "outside" in answers.problems[0].errors[0]


def test_a_folder_without_index_is_refused(tmp_path: Path) -> None:
    with pytest.raises(AnswersError, match=r"no index\.jsonl"):
        Answers.load(tmp_path)


def test_product_of_routes() -> None:
    assert product_of("document/credit-card") == "credit_card"
    assert product_of("infer") == "template"
    assert product_of("document/unknown") is None


def test_cli_serve_answers_loads_and_reports(
    recording: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    served: list[MockSettings] = []
    # The command's module binds the server's entry at import: patch it where it is called.
    monkeypatch.setattr(clova_ocr_mock.cli, "run", lambda settings, **_: served.append(settings))
    broken = broken_copy(recording, tmp_path)
    result = CliRunner().invoke(main, ["mock", "serve", "--secret", "S", "--answers", str(broken)])
    assert result.exit_code == 0, result.output
    assert "Replaying 2 recorded answer(s)" in result.stdout
    assert "shop.png.json (receipt)" in result.stderr
    [settings] = served
    assert isinstance(settings.answers, Answers) and len(settings.answers) == 2


def test_cli_serve_answers_refuses_a_folder_without_index(tmp_path: Path) -> None:
    result = CliRunner().invoke(
        main, ["mock", "serve", "--secret", "S", "--answers", str(tmp_path)]
    )
    assert result.exit_code == 2
    assert "no index.jsonl" in result.output
