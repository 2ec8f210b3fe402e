"""The mock with a real OCR engine (Tesseract) on pages the tests render themselves.

Few engine calls (module-scoped answers), small pages: the engine's accuracy is measured in
``bench/engine.py``; these tests hold the shapes, the geometry and the plumbing.
"""

from __future__ import annotations

import base64
import threading
import time
from typing import Any

import httpx
import numpy as np
import pytest
from PIL import Image, ImageDraw
from starlette.testclient import TestClient

from bench.engine import score_receipt
from clova_ocr_mock import MockSettings, PageImage, RecognizedLine, create_app, running
from clova_ocr_mock.engine import TesseractRecognizer
from clova_ocr_mock.engine.documents import read_document
from clova_ocr_mock.engine.second_look import cleaned, crop_box, second_look
from clova_ocr_mock.engine.tesseract import reading_scale, tesseract_lang
from clova_ocr_mock.engine.words import Symbol, Word, page_space, words_of_line

from . import engine_pages as pages
from . import receipt_corpus
from .mock_helpers import BASE, SECRET, json_body, message
from .spec_tools import schema_named
from .spec_tools import strict_errors as schema_errors  # unknown keys refused


@pytest.fixture(scope="module")
def api() -> TestClient:
    app = create_app(secret=SECRET, recognizer=TesseractRecognizer())
    return TestClient(app, headers={"X-OCR-SECRET": SECRET})


def _general(api: TestClient, data: bytes, fmt: str = "png", **extra: Any) -> dict[str, Any]:
    response = api.post(f"{BASE}/general", json=json_body(data, fmt, **extra))
    assert response.status_code == 200, response.text
    body: dict[str, Any] = response.json()
    assert schema_errors(schema_named("GeneralResponse"), body) == []
    return body


def _lines(image: dict[str, Any]) -> list[str]:
    lines, current = [], []
    for field in image["fields"]:
        current.append(field["inferText"])
        if field["lineBreak"]:
            lines.append(" ".join(current))
            current = []
    return lines


def _inside(inner: list[float], outer: tuple[int, int, int, int], slack: float = 6) -> bool:
    return (
        inner[0] >= outer[0] - slack
        and inner[1] >= outer[1] - slack
        and inner[2] <= outer[2] + slack
        and inner[3] <= outer[3] + slack
    )


def _bbox(field: dict[str, Any]) -> list[float]:
    xs = [v["x"] for v in field["boundingPoly"]["vertices"]]
    ys = [v["y"] for v in field["boundingPoly"]["vertices"]]
    return [min(xs), min(ys), max(xs), max(ys)]


@pytest.fixture(scope="module")
def mixed_page() -> tuple[Image.Image, list[pages.Drawn]]:
    english, drawn_en = pages.text_page(pages.ENGLISH[:2], "DejaVuSans", 22)
    korean, drawn_ko = pages.text_page(pages.KOREAN[:2], "NanumGothic", 24)
    page = Image.new("RGB", (900, english.height + korean.height), "white")
    page.paste(english, (0, 0))
    page.paste(korean, (0, english.height))
    shifted = [
        pages.Drawn(
            d.text, (d.box[0], d.box[1] + english.height, d.box[2], d.box[3] + english.height)
        )
        for d in drawn_ko
    ]
    return page, drawn_en + shifted


def test_words_lines_boxes_and_confidences_come_from_the_page(api, mixed_page) -> None:
    page, drawn = mixed_page
    image = _general(api, pages.encode(page), lang="ko")["images"][0]
    assert image["convertedImageInfo"] == {
        "width": page.width,
        "height": page.height,
        "pageIndex": 0,
        "longImage": False,
    }
    lines = _lines(image)
    assert len(lines) == len(drawn)  # lineBreak exactly at the real line ends
    assert "Invoice 2024-0117" in lines[0] and "1,234.56" in lines[1]
    # Tesseract may split a Hangul word at a wide syllable gap: compare without spaces
    assert "세종대로" in lines[2].replace(" ", "") and "123-45-67890" in lines[3]
    # every word's box sits on the line it was drawn on (its centre inside that line's box)
    fields = iter(image["fields"])
    for line_text, where in zip(lines, drawn, strict=True):
        for _ in line_text.split(" "):
            left, top, right, bottom = _bbox(next(fields))
            centre = ((left + right) / 2, (top + bottom) / 2)
            assert _inside([*centre, *centre], where.box, slack=2)
    confidences = {f["inferConfidence"] for f in image["fields"]}
    assert all(0 <= c <= 1 for c in confidences) and len(confidences) > 1


def test_every_pdf_page_is_read_and_reported(api) -> None:
    texts = ["Page one ALPHA", "Page two BRAVO", "Page three CHARLIE"]
    rendered = [pages.text_page((t,), "DejaVuSerif", 26, width=600)[0] for t in texts]
    body = _general(api, pages.pdf(rendered), "pdf", lang="en")
    assert [i["convertedImageInfo"]["pageIndex"] for i in body["images"]] == [0, 1, 2]
    for image, text, source in zip(body["images"], texts, rendered, strict=True):
        assert _lines(image) == [text]
        assert image["convertedImageInfo"]["width"] == source.width


def test_a_page_scanned_sideways_is_read_with_boxes_on_the_upload(api) -> None:
    page, drawn = pages.text_page(pages.ENGLISH[:2], "DejaVuSans", 24)
    turned = page.rotate(90, expand=True)  # a scan fed in sideways
    image = _general(api, pages.encode(turned), lang="en")["images"][0]
    assert "Invoice 2024-0117" in _lines(image)[0]
    first = _bbox(image["fields"][0])
    # drawn (x, y) on the upright page is (y, width - x) on the turned upload
    left, top, right, bottom = drawn[0].box
    expected = (top, page.width - right, bottom, page.width - left)
    assert _inside(first, expected, slack=8)
    assert first[3] - first[1] > first[2] - first[0]  # a word standing up, as on the upload


def test_ruled_table_cells_with_spans_and_their_words(api) -> None:
    rows = [["Fruit prices"], ["Apple", "1,500", "kg"], ["Pear", "2,300", "box"]]
    table_image = pages.ruled_table(rows)
    image = _general(api, pages.encode(table_image), lang="en", enableTableDetection=True)
    (table,) = image["images"][0]["tables"]
    cells = {(c["rowIndex"], c["columnIndex"]): c for c in table["cells"]}
    assert set(cells) == {(0, 0), (1, 0), (1, 1), (1, 2), (2, 0), (2, 1), (2, 2)}
    assert cells[(0, 0)]["columnSpan"] == 3 and cells[(0, 0)]["rowSpan"] == 1

    def text(cell: dict[str, Any]) -> str:
        return " ".join(w["inferText"] for ln in cell["cellTextLines"] for w in ln["cellWords"])

    assert text(cells[(0, 0)]) == "Fruit prices"
    assert [text(cells[(1, c)]) for c in range(3)] == ["Apple", "1,500", "kg"]
    assert [text(cells[(2, c)]) for c in range(3)] == ["Pear", "2,300", "box"]


def test_lang_codes_map_to_installed_language_data() -> None:
    installed = {"kor", "eng", "jpn", "chi_tra", "osd"}
    assert tesseract_lang(None, installed) == "kor+eng"
    assert tesseract_lang("ko, ja, zh-TW", installed) == "kor+jpn+chi_tra+eng"
    assert tesseract_lang("ja", installed) == "jpn+eng"
    assert tesseract_lang("xx", installed) == "kor+eng"  # unknown codes: domain default
    assert tesseract_lang("ja", {"eng"}) == "eng"  # data missing: what is there


def test_japanese_is_read_with_japanese_data(api) -> None:
    page, _ = pages.text_page(("東京都 千代田区",), "NanumGothic", 30, width=500)
    text = "".join(_lines(_general(api, pages.encode(page), lang="ja")["images"][0]))
    assert "東京都" in text.replace(" ", "")


def test_url_images_are_an_image_error_with_a_real_engine(api) -> None:
    body = message("jpg")
    body["images"][0]["url"] = "https://example.com/receipt.jpg"
    image = api.post(f"{BASE}/general", json=body).json()["images"][0]
    assert image["inferResult"] == "ERROR" and "download" in image["message"]


def test_the_server_answers_other_requests_while_a_page_is_read() -> None:
    started, release = threading.Event(), threading.Event()

    class Slow:
        def recognize(
            self, data: bytes, page: PageImage, *, lang: str | None
        ) -> list[RecognizedLine]:
            started.set()
            release.wait(10)
            return []

    with running(MockSettings(secret=SECRET, recognizer=Slow())) as url:
        payload = json_body(pages.encode(Image.new("RGB", (50, 50), "white")))
        slow = threading.Thread(
            target=httpx.post,
            args=(f"{url}/general",),
            kwargs={"json": payload, "headers": {"X-OCR-SECRET": SECRET}, "timeout": 20},
        )
        slow.start()
        try:
            assert started.wait(10)
            began = time.monotonic()
            other = httpx.post(f"{url}/general", json=payload, headers={"X-OCR-SECRET": "no"})
            assert other.status_code == 401  # answered while the first page is still being read
            assert not release.is_set() and time.monotonic() - began < 5
        finally:
            release.set()
            slow.join(20)


def test_document_answers_keep_their_shape_with_the_engine(api) -> None:
    page, _ = pages.text_page(("CLOVA MART", "TOTAL 12,800"), "DejaVuSans", 24, width=500)
    response = api.post(f"{BASE}/document/receipt", json=json_body(pages.encode(page)))
    assert response.status_code == 200
    assert schema_errors(schema_named("ReceiptResponse"), response.json()) == []
    base64.b64decode(json_body(b"x")["images"][0]["data"])  # helper sanity


@pytest.mark.parametrize("size", [(900, 600), (4, 4), (9000, 9000)])
def test_a_blank_page_is_a_success_with_no_fields(api, size: tuple[int, int]) -> None:
    data = pages.encode(Image.new("RGB", size, "white"))
    image = _general(api, data)["images"][0]
    assert image["inferResult"] == "SUCCESS" and image["fields"] == []
    assert image["convertedImageInfo"]["width"] == size[0]
    receipt = api.post(f"{BASE}/document/receipt", json=json_body(data)).json()["images"][0]
    assert receipt["inferResult"] == "SUCCESS" and receipt["receipt"]["result"] == {}


def test_a_speck_or_a_page_of_no_words_is_no_lines() -> None:
    engine = TesseractRecognizer()
    speck = Image.new("RGB", (12, 12), "white")
    speck.putpixel((5, 5), (0, 0, 0))
    assert engine.read_image(speck) == []
    noise = Image.effect_noise((200, 200), 40).convert("RGB")  # ink, but no text
    assert all(isinstance(line, RecognizedLine) for line in engine.read_image(noise))


def test_a_page_over_the_pixel_budget_is_read_smaller_with_boxes_on_the_upload() -> None:
    budget = 1_000_000
    engine = TesseractRecognizer(max_pixels=budget, detect_orientation=False)
    page = Image.new("RGB", (2400, 1600), "white")
    face = pages.font("DejaVuSans", 80)
    ImageDraw.Draw(page).text((200, 700), "TOTAL 12,800", font=face, fill="black")
    box = ImageDraw.Draw(page).textbbox((200, 700), "TOTAL 12,800", font=face)
    assert reading_scale(page.size, 2.0, budget) ** 2 * page.width * page.height <= budget
    (line,) = engine.read_image(page, lang="en")
    assert [w.text for w in line.words] == ["TOTAL", "12,800"]
    left = min(w.box[0] for w in line.words)
    right = max(w.box[2] for w in line.words)
    assert _inside([left, line.words[0].box[1], right, line.words[0].box[3]], box, slack=12)


def test_small_pages_keep_the_reading_scale() -> None:
    assert reading_scale((1000, 1000), 2.0, 16_000_000) == 2.0
    assert reading_scale((9000, 9000), 2.0, 16_000_000) == pytest.approx(4000 / 9000)


def test_a_page_upside_down_is_read_upright() -> None:
    page, _ = pages.text_page(pages.ENGLISH[:2], "DejaVuSans", 24)
    lines = TesseractRecognizer().read_image(page.rotate(180), lang="en")
    texts = [" ".join(w.text for w in line.words) for line in lines]
    assert "Invoice 2024-0117" in texts[0] and "1,234.56" in texts[1]


# ------------------------------------------------------------------- a second look at words
def _fake_reader(readings: dict[str, tuple[str, float]]) -> tuple[Any, list[str]]:
    """A ``read_crop`` answering by language; it notes the languages it was asked for."""
    asked: list[str] = []

    def read_crop(box: tuple[int, int, int, int], language: str) -> tuple[str, float]:
        asked.append(language)
        return readings[language]

    return read_crop, asked


def _word(text: str, left: int, top: int, confidence: float = 0.95) -> Word:
    return Word(text, (left, top, left + 20 * len(text), top + 30), confidence)


def test_an_unsure_latin_word_on_a_korean_page_is_read_again_with_the_korean_model() -> None:
    ink = np.zeros((200, 400), dtype=bool)
    read_crop, asked = _fake_reader({"kor": ("칫솔 ㆍ", 0.9), "eng": ("", 0.0)})
    lines = [[_word("MART", 10, 10, 0.99)], [_word("Als", 10, 60), _word("2", 200, 60)]]
    looked = second_look(lines, ink, read_crop, korean=True, english=True)
    assert [w.text for w in looked[1]] == ["칫솔", "2"]  # the speck around it dropped
    assert asked == ["kor"]  # sure Latin words and numbers are not read again


def test_a_second_reading_that_is_not_hangul_or_unsure_is_not_taken() -> None:
    ink = np.zeros((200, 400), dtype=bool)
    for reading in (("0416", 0.9), ("바지ㄷ", 0.9), ("새우깜", 0.0)):
        read_crop, _ = _fake_reader({"kor": reading})
        lines = [[_word("TOP", 10, 10, 0.99)], [_word("DATE", 10, 60, 0.93)]]
        assert second_look(lines, ink, read_crop, korean=True, english=True) == lines
    read_crop, asked = _fake_reader({"kor": ("1터031-6075-9823", 0.9)})
    phone = [[_word("TEL031-6075-9823", 10, 10, 0.9)]]  # a number: left as read
    assert second_look(phone, ink, read_crop, korean=True, english=True) == phone
    assert asked == []


def test_digits_in_the_title_line_are_read_again_with_the_english_model() -> None:
    ink = np.zeros((200, 400), dtype=bool)
    read_crop, asked = _fake_reader({"eng": ("GS25", 0.87)})
    lines = [[_word("12,000", 10, 100)], [_word("6525", 10, 10, 0.99), _word("강남역점", 110, 10)]]
    looked = second_look(lines, ink, read_crop, korean=True, english=True)
    assert [w.text for w in looked[1]] == ["GS25", "강남역점"]
    assert looked[0] == lines[0] and asked == ["eng"]  # the top line only


def test_a_word_boxed_short_is_read_again_with_its_whole_ink() -> None:
    ink = np.zeros((100, 400), dtype=bool)
    ink[20:50, 100:180] = True  # the word's ink, 80 px wide
    ink[20:50, 240:300] = True  # the next word, a space away
    box = crop_box(Word("GS2", (100, 20, 160, 50), 0.9), ink)
    assert box[2] >= 180 and box[2] < 240


def test_brand_and_hangul_misread_on_corpus_receipts_are_read_right() -> None:
    """Receipts of the bench corpus whose store came back as ``6525`` (a Korean receipt, a
    Latin one) and as ``Soe AAA`` (thermal Hangul read by the English model)."""
    engine = TesseractRecognizer()
    samples = receipt_corpus.receipts(44)
    for number in (3, 15, 44):
        sample = samples[number - 1]
        page = PageImage(sample.image.width, sample.image.height, 0)
        result = read_document("receipt", engine.read_image(sample.image, lang="ko"), page)
        assert score_receipt(sample, result)["store"] == 1, (number, result.get("storeInfo"))


def test_a_gap_inside_a_korean_word_is_no_space_on_a_line_of_digits() -> None:
    """An item line is mostly digits, shorter than syllables: a gap inside ``딸기잼`` as wide
    as 0.27 of the syllables' height must not split the word (it did, measured on digits)."""
    ink = np.zeros((80, 700), dtype=bool)
    symbols = []
    x = 10
    for text, height, gap in (("딸", 40, 4), ("기", 40, 11), ("잼", 40, 80), ("2", 28, 90)):
        symbols.append(Symbol(text, (x, 60 - height, x + 36, 60), 0.99, starts_word=True))
        ink[60 - height : 60, x : x + 36] = True
        x += 36 + gap
    for index, text in enumerate("17,600"):
        high = 8 if text == "," else 28
        symbols.append(Symbol(text, (x, 60 - high, x + 16, 60), 0.99, starts_word=index == 0))
        ink[60 - high : 60, x : x + 16] = True
        x += 18
    assert [w.text for w in words_of_line(symbols, ink)] == ["딸기잼", "2", "17,600"]


def test_full_width_latin_is_answered_as_ascii() -> None:
    """The Korean model reads the ``L`` of ``우유 1L`` as the full-width ``Ｌ``."""
    ink = np.zeros((40, 200), dtype=bool)
    symbols = [Symbol("1", (10, 5, 20, 35), 0.99), Symbol("Ｌ", (22, 5, 40, 35), 0.99, False)]
    ink[5:35, 10:40] = True
    assert [w.text for w in words_of_line(symbols, ink)] == ["1L"]
    assert cleaned("우유 1Ｌ ㆍ") == "우유 1L"


def _inked(ink: Any, spec: list[tuple[str, int, int, bool]]) -> list[Symbol]:
    """Symbols ``(text, left, width, starts_word)`` 40 px high, their boxes inked."""
    ink[10:50, :] = False
    for _, left, width, _ in spec:
        ink[10:50, left : left + width] = True
    return [Symbol(t, (x, 10, x + w, 50), 0.99, starts) for t, x, w, starts in spec]


def test_a_column_gap_parts_numbers_tesseract_joined() -> None:
    """A unit price and the count beside it came back as one word (``10,8001``)."""
    ink = np.zeros((60, 600), dtype=bool)
    digits = [(ch, 10 + 22 * i, 18, i == 0) for i, ch in enumerate("10800")]
    symbols = _inked(ink, [*digits, ("1", 260, 10, False)])
    assert [w.text for w in words_of_line(symbols, ink)] == ["10800", "1"]


def test_a_space_between_hangul_and_digits_keeps_the_latin_measure() -> None:
    """``계란 10구``: the space before the digits is narrower than a Hangul word space."""
    ink = np.zeros((60, 600), dtype=bool)
    spec = [("계", 10, 36, True), ("란", 50, 36, False), ("1", 97, 18, True)]
    spec += [("0", 119, 18, False), ("구", 141, 36, False)]
    symbols = _inked(ink, spec)  # 11 px before "1": 0.27 of the height
    assert [w.text for w in words_of_line(symbols, ink)] == ["계란", "10구"]


def test_a_character_boxed_from_the_space_before_it_starts_the_next_word() -> None:
    """``이마트24 역삼점``: Tesseract boxed ``역`` from a few pixels into the space before it."""
    ink = np.zeros((60, 600), dtype=bool)
    spec = [("이", 10, 36, True), ("마", 50, 36, False), ("트", 90, 36, False)]
    spec += [("역", 150, 36, True), ("삼", 190, 36, False)]
    symbols = _inked(ink, spec)  # ink of 트 ends at 126, of 역 starts at 150
    loose = Symbol("역", (145, 10, 186, 50), 0.99, True)
    words = words_of_line([*symbols[:3], loose, symbols[4]], ink)
    assert [w.text for w in words] == ["이마트", "역삼"]


def _hangul_page(inside: int, space: int) -> tuple[Any, list[list[Symbol]]]:
    """Ten lines of two 3-syllable words (syllables 40 px high and wide), the syllables
    ``inside`` px apart within a word and ``space`` px apart between the words."""
    ink = np.zeros((620, 400), dtype=bool)
    lines = []
    for row in range(10):
        top, x, symbols = 10 + 60 * row, 10, []
        for index, text in enumerate("가나다라마바"):
            symbols.append(Symbol(text, (x, top, x + 40, top + 40), 0.99, starts_word=True))
            ink[top : top + 40, x : x + 40] = True
            x += 40 + (space if index == 2 else inside)
        lines.append(symbols)
    return ink, lines


def test_the_hangul_word_space_is_measured_on_the_page() -> None:
    """A font with narrow spaces (NanumBarunGothic: 0.22-0.29 of the height, gaps inside
    words under 0.19) had its words run together by one share for all fonts (0.30); a font
    with wide gaps inside words (the coding font: up to 0.33) must still keep them whole."""
    ink, lines = _hangul_page(inside=4, space=11)  # 0.1 and 0.27 of the height
    space = page_space(lines, ink)
    assert [w.text for w in words_of_line(lines[0], ink, space)] == ["가나다", "라마바"]
    ink, lines = _hangul_page(inside=13, space=28)  # 0.33 and 0.7
    space = page_space(lines, ink)
    assert [w.text for w in words_of_line(lines[0], ink, space)] == ["가나다", "라마바"]
