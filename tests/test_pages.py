"""Long PDFs/TIFFs: split into the calls the service takes, merged back; pages=; bad input."""

from __future__ import annotations

import asyncio
import base64
import io
import json
from pathlib import Path
from typing import Any

import httpx
import pytest
from click.testing import CliRunner
from pypdf import PdfReader, PdfWriter

import clova_ocr
from clova_ocr import ImageInferenceError, InputError
from clova_ocr._pages import parse_pages
from clova_ocr.cli import main
from clova_ocr_mock.testing import ClovaOCRMock

from .mock_helpers import pdf, png, tiff
from .wrapper_helpers import Recorder, make_client


@pytest.fixture
def mock() -> Any:
    with ClovaOCRMock() as server:
        yield server


def pages_sent(seen: Any) -> int:
    return len(PdfReader(io.BytesIO(seen.image)).pages)


def test_long_pdf_is_split_at_the_page_limit_and_merged(mock: ClovaOCRMock) -> None:
    with mock.client() as ocr:
        result = ocr.general(pdf(23), name="long.pdf")
    sent = mock.requests_for("general")
    assert sorted(pages_sent(s) for s in sent) == [3, 10, 10]  # = ceil(23 / 10) calls
    assert [page.index for page in result.pages] == list(range(23))
    assert result.ok and result.http is not None and result.http.calls == 3
    assert {s.image_name for s in sent} == {"long.pdf"}


def test_pages_option_picks_pages_and_keeps_their_numbers(mock: ClovaOCRMock) -> None:
    with mock.client() as ocr:
        result = ocr.recognize("general", pdf(23), pages="2-3,21")
        assert [page.index for page in result.pages] == [1, 2, 20]
        assert len(mock.requests_for("general")) == 1
        one = ocr.general(pdf(2), pages=2)
        assert [page.index for page in one.pages] == [1]


def test_document_ocr_gets_one_page_per_call(mock: ClovaOCRMock) -> None:
    with mock.client() as ocr:
        result = ocr.document.receipt(pdf(3))
    sent = mock.requests_for("receipt")
    assert [pages_sent(s) for s in sent] == [1, 1, 1]
    assert [page.index for page in result.pages] == [0, 1, 2]


def test_multi_frame_tiff_is_split(mock: ClovaOCRMock) -> None:
    with mock.client() as ocr:
        result = ocr.general(tiff(12))
    assert len(mock.requests_for("general")) == 2
    assert [page.index for page in result.pages] == list(range(12))


def test_async_client_splits_too(mock: ClovaOCRMock) -> None:
    async def run() -> clova_ocr.OCRResult[Any]:
        async with mock.async_client() as ocr:
            return await ocr.general(pdf(12))

    result = asyncio.run(run())
    assert [page.index for page in result.pages] == list(range(12))
    assert len(mock.requests_for("general")) == 2


def _answer_unless_three_pages(request: httpx.Request) -> httpx.Response:
    """Answer each page of the upload, except an upload of 3 pages: that one gets a 500."""
    image = json.loads(request.read())["images"][0]
    count = len(PdfReader(io.BytesIO(base64.b64decode(image["data"]))).pages)
    if count == 3:
        return httpx.Response(500, json={"code": "0500", "message": "Unknown service error."})
    images = [
        {
            "name": image["name"],
            "inferResult": "SUCCESS",
            "message": "SUCCESS",
            "fields": [],
            "convertedImageInfo": {"width": 10, "height": 10, "pageIndex": i},
        }
        for i in range(count)
    ]
    return httpx.Response(200, json={"version": "V2", "requestId": "r", "timestamp": 0,
                                     "images": images})  # fmt: skip


def test_a_failed_part_is_reported_by_page_and_keeps_the_others() -> None:
    ocr = make_client(Recorder(_answer_unless_three_pages), max_retries=0)
    with pytest.raises(ImageInferenceError) as caught:
        ocr.general(pdf(23), name="scan.pdf")
    assert "scan.pdf: page 21:" in str(caught.value) and "0500" in str(caught.value)
    result = caught.value.result
    assert [p.index for p in result.failures] == [20, 21, 22]
    assert [p.index for p in result.pages if p.ok] == list(range(20))
    kept = ocr.general(pdf(23), raise_on_failure=False)
    assert len(kept.pages) == 23 and len(kept.failures) == 3


def encrypted_pdf() -> bytes:
    writer = PdfWriter()
    writer.add_blank_page(width=100, height=100)
    writer.encrypt("secret-password")
    buffer = io.BytesIO()
    writer.write(buffer)
    return buffer.getvalue()


def test_bad_documents_are_one_line_input_errors(mock: ClovaOCRMock, tmp_path: Path) -> None:
    broken = tmp_path / "broken.pdf"
    broken.write_bytes(b"%PDF-1.7\n" + b"garbage " * 50)
    locked = tmp_path / "locked.pdf"
    locked.write_bytes(encrypted_pdf())
    with mock.client() as ocr:
        cases = {
            "locked.pdf: the PDF is encrypted": lambda: ocr.general(locked, pages="1"),
            "broken.pdf: not a readable PDF": lambda: ocr.general(broken, pages="1"),
            "page 4 is beyond the end (it has 3 pages)": lambda: ocr.general(pdf(3), pages="4"),
            "page numbers start at 1": lambda: ocr.general(pdf(3), pages="0"),
            "is not a page or range": lambda: ocr.general(pdf(3), pages="x"),
            "page 2 is beyond the end (it has 1 page)": lambda: ocr.general(png(), pages="2"),
        }
        for text, call in cases.items():
            with pytest.raises(InputError) as caught:
                call()
            assert text in str(caught.value) and "\n" not in str(caught.value)
    assert mock.requests_for("general") == []


def test_parse_pages() -> None:
    assert parse_pages("1-3,7", 10, "x") == (0, 1, 2, 6)
    assert parse_pages("8-", 10, "x") == (7, 8, 9)
    assert parse_pages([3, 1, 3], 10, "x") == (0, 2)


def test_cli_batch_splits_reads_pages_and_keeps_going(mock: ClovaOCRMock, tmp_path: Path) -> None:
    from .mock_helpers import serving

    folder = tmp_path / "in"
    folder.mkdir()
    (folder / "long.pdf").write_bytes(pdf(14))
    (folder / "short.pdf").write_bytes(pdf(2))
    (folder / "broken.pdf").write_bytes(b"%PDF-1.7\n" + b"garbage " * 50)
    with serving() as url:
        env = {"CLOVA_OCR_INVOKE_URL": url, "CLOVA_OCR_SECRET": "mock-test-secret"}
        args = ["general", str(folder), "--out", str(tmp_path / "out"), "--pages", "1-12"]
        result = CliRunner().invoke(main, args, env=env)
    assert result.exit_code == 1, result.output
    long = json.loads((tmp_path / "out" / "long.pdf.json").read_text())
    assert [i["convertedImageInfo"]["pageIndex"] for i in long["images"]] == list(range(12))
    errors = (tmp_path / "out" / "errors.jsonl").read_text().splitlines()
    assert len(errors) == 2  # short.pdf has no page 3..12; broken.pdf cannot be read
    assert "page 3 is beyond the end" in (result.output + "".join(errors))


def test_draw_renders_the_pdf_page_of_a_merged_result(mock: ClovaOCRMock) -> None:
    from clova_ocr import draw

    document = pdf(12)
    with mock.client() as ocr:
        result = ocr.general(document, pages="3,11")
    picture = draw(document, result, page=1)  # the result's second page: page 11 of the PDF
    page = result.pages[1]
    assert page.index == 10 and page.width and page.height
    assert picture.width == page.width and abs(picture.height - page.height) <= 1  # rounding
    words = page.words
    assert words, "the mock reads sample words on every page"
    left, top, *_ = words[0].polygon.bbox or (0, 0, 0, 0)
    assert picture.getpixel((int(left), int(top))) != (255, 255, 255)  # outlined in red
