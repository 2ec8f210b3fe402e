"""The answer store (ClovaOCR(cache=...)), batch dedupe, and the mock replaying the store."""

from __future__ import annotations

import asyncio
import json
from pathlib import Path
from typing import Any

import pytest
from click.testing import CliRunner

from clova_ocr.cache import FolderStore
from clova_ocr.cli import main
from clova_ocr_mock.replay import Answers
from clova_ocr_mock.testing import ClovaOCRMock

from .mock_helpers import pdf, png, serving


@pytest.fixture
def mock() -> Any:
    with ClovaOCRMock() as server:
        yield server


def test_a_hit_returns_the_stored_answer_and_says_so(mock: ClovaOCRMock, tmp_path: Path) -> None:
    image = png(300, 200)
    with mock.client(cache=tmp_path / "store") as ocr:
        first = ocr.general(image, name="a.png")
        again = ocr.general(image, name="b.png")
        other_options = ocr.general(image, lang="ja")
        document = ocr.document.receipt(image)
    assert first.http is not None and not first.http.cached
    assert again.http is not None and again.http.cached and again.http.calls == 0
    assert again.text == first.text and again.pages[0].raw["name"] == "b.png"
    assert again.request_id != first.request_id and again.raw["requestId"] == again.request_id
    assert other_options.http is not None and not other_options.http.cached
    assert document.http is not None and not document.http.cached
    assert len(mock.requests) == 3  # the second general call was not sent


def test_the_store_holds_no_secret_and_the_mock_replays_it(
    mock: ClovaOCRMock, tmp_path: Path
) -> None:
    store = tmp_path / "store"
    with mock.client(cache=store) as ocr:
        first = ocr.general(png(320, 240), name="x.png")
    for path in store.rglob("*"):
        if path.is_file():
            assert mock.secret.encode() not in path.read_bytes()
    answers = Answers.load(store, strict=True)
    recording = answers.lookup("general", png(320, 240))
    assert (
        recording is not None
        and recording.body["images"][0]["fields"] == first.raw["images"][0]["fields"]
    )


def test_failed_pages_are_not_cached(tmp_path: Path) -> None:
    store = FolderStore(tmp_path)
    with ClovaOCRMock() as server, server.client(cache=store, raise_on_failure=False) as ocr:
        broken = b"\x89PNG\r\n\x1a\n" + b"not really a png" * 4
        ocr.general(broken)
        ocr.general(broken)
        assert len(server.requests) == 2


def test_long_document_parts_are_cached(mock: ClovaOCRMock, tmp_path: Path) -> None:
    with mock.client(cache=tmp_path) as ocr:
        ocr.general(pdf(12))
        again = ocr.general(pdf(12))
    assert len(mock.requests) == 2 and again.http is not None and again.http.cached
    assert [p.index for p in again.pages] == list(range(12))


def test_async_client_uses_the_store(mock: ClovaOCRMock, tmp_path: Path) -> None:
    async def run() -> bool:
        async with mock.async_client(cache=tmp_path) as ocr:
            await ocr.general(png())
            again = await ocr.general(png())
            return again.http is not None and again.http.cached

    assert asyncio.run(run()) and len(mock.requests) == 1


def test_a_custom_store_object(mock: ClovaOCRMock) -> None:
    class Memory:
        def __init__(self) -> None:
            self.data: dict[str, dict[str, Any]] = {}

        def get(self, key: str) -> dict[str, Any] | None:
            return self.data.get(key)

        def put(self, key: str, raw: dict[str, Any], **facts: Any) -> None:
            self.data[key] = raw

    memory = Memory()
    with mock.client(cache=memory) as ocr:
        ocr.general(png())
        ocr.general(png())
    assert len(memory.data) == 1 and len(mock.requests) == 1


def test_batch_dedupes_identical_files(tmp_path: Path) -> None:
    folder = tmp_path / "in"
    folder.mkdir()
    for name in ("a.png", "copy-of-a.png", "z.png"):
        (folder / name).write_bytes(png(100, 80))
    (folder / "b.png").write_bytes(png(90, 80))
    out = tmp_path / "out"
    with serving() as url:
        env = {"CLOVA_OCR_INVOKE_URL": url, "CLOVA_OCR_SECRET": "mock-test-secret"}
        first = CliRunner().invoke(main, ["general", str(folder), "--out", str(out)], env=env)
        assert first.exit_code == 0, first.output
        assert "2 duplicate(s) answered from identical files, not sent" in first.output
        (folder / "later-copy.png").write_bytes(png(90, 80))
        again = CliRunner().invoke(main, ["general", str(folder), "--out", str(out)], env=env)
        assert "1 duplicate(s)" in again.output and "4 skipped" in again.output
    lines = [json.loads(x) for x in (out / "index.jsonl").read_text().splitlines()]
    duplicates = {x["input"]: x.get("duplicate_of") for x in lines}
    assert duplicates == {
        "a.png": None,
        "b.png": None,
        "copy-of-a.png": "a.png.json",
        "z.png": "a.png.json",
        "later-copy.png": "b.png.json",
    }
    assert (out / "z.png.json").read_bytes() == (out / "a.png.json").read_bytes()
