"""Pages the engine tests and the engine benchmark render themselves (fonts from Debian)."""

from __future__ import annotations

import io
from dataclasses import dataclass

from PIL import Image, ImageDraw, ImageFont

FONTS = {
    "DejaVuSans": "/usr/share/fonts/truetype/dejavu/DejaVuSans.ttf",
    "DejaVuSerif": "/usr/share/fonts/truetype/dejavu/DejaVuSerif.ttf",
    "NanumGothic": "/usr/share/fonts/truetype/nanum/NanumGothic.ttf",
    "NanumMyeongjo": "/usr/share/fonts/truetype/nanum/NanumMyeongjo.ttf",
    "NanumBarunGothic": "/usr/share/fonts/truetype/nanum/NanumBarunGothic.ttf",
}
ENGLISH = (
    "Invoice 2024-0117 dated 12 March 2025",
    "Total amount due: 1,234.56 USD",
    "Pack my box with five dozen liquor jugs",
)
KOREAN = (
    "서울특별시 중구 세종대로 110",
    "사업자등록번호 123-45-67890",
    "대한민국 국민의 권리와 의무",
)


@dataclass(frozen=True)
class Drawn:
    text: str
    box: tuple[int, int, int, int]


MONO = {"DejaVuSansMono": "/usr/share/fonts/truetype/dejavu/DejaVuSansMono.ttf"}  # MRZ lines


def font(name: str, size: int) -> ImageFont.FreeTypeFont:
    return ImageFont.truetype({**FONTS, **MONO}[name], size)


def text_page(
    lines: tuple[str, ...], font_name: str, size: int = 22, width: int = 900
) -> tuple[Image.Image, list[Drawn]]:
    """White page with one text line per row; returns what was drawn where."""
    pitch = size * 2
    image = Image.new("RGB", (width, pitch * len(lines) + 2 * size), "white")
    draw = ImageDraw.Draw(image)
    face = font(font_name, size)
    drawn = []
    for row, line in enumerate(lines):
        origin = (size * 2, size + row * pitch)
        draw.text(origin, line, font=face, fill="black")
        left, top, right, bottom = draw.textbbox(origin, line, font=face)
        drawn.append(Drawn(line, (left, top, right, bottom)))
    return image, drawn


def ruled_table(
    rows: list[list[str]], *, cell: tuple[int, int] = (200, 56), span_header: bool = True
) -> Image.Image:
    """A ruled table; with ``span_header`` the first row is one cell over every column."""
    n_cols = len(rows[1]) if span_header else len(rows[0])
    width, height = cell
    image = Image.new("RGB", (n_cols * width + 80, len(rows) * height + 80), "white")
    draw = ImageDraw.Draw(image)
    face = font("DejaVuSans", 20)
    x0, y0 = 40, 40
    for r in range(len(rows) + 1):
        draw.line((x0, y0 + r * height, x0 + n_cols * width, y0 + r * height), "black", 2)
    for c in range(n_cols + 1):
        top = y0 + (height if span_header and 0 < c < n_cols else 0)
        draw.line((x0 + c * width, top, x0 + c * width, y0 + len(rows) * height), "black", 2)
    for r, row in enumerate(rows):
        for c, text in enumerate(row):
            draw.text((x0 + c * width + 14, y0 + r * height + 16), text, font=face, fill="black")
    return image


@dataclass(frozen=True)
class Receipt:
    """What a rendered receipt says (the answers the Document OCR rules must find)."""

    store: str
    items: tuple[tuple[str, int, int], ...]  # name, count, price
    date: tuple[int, int, int]
    time: str = "14:05"
    biz: str = "123-45-67890"
    tel: str = "02-1234-5678"
    address: str = "서울특별시 중구 세종대로 110"
    english: bool = False  # English labels (for fonts without Hangul)

    @property
    def total(self) -> int:
        return sum(price for _, _, price in self.items)

    def lines(self) -> tuple[str, ...]:
        year, month, day = self.date
        biz, address, when, total = (
            ("BIZ NO", "ADDR", "DATE", "TOTAL")
            if self.english
            else ("사업자번호", "주소", "일시", "합계")
        )
        return (
            self.store,
            f"{biz} {self.biz}",
            f"{address} {self.address}",
            f"TEL {self.tel}",
            f"{when} {year}-{month:02d}-{day:02d} {self.time}",
            *(f"{name}  {count}  {price:,}" for name, count, price in self.items),
            f"{total}  {self.total:,}",
        )


def receipt(slip: Receipt, font_name: str = "NanumGothic", size: int = 24) -> Image.Image:
    """A receipt laid out like a till slip: store, labelled lines, items, total."""
    image, _ = text_page(slip.lines(), font_name, size, width=size * 30)
    return image


def document_page(
    lines: tuple[str, ...], font_name: str = "NanumGothic", size: int = 26
) -> tuple[bytes, list[Drawn]]:
    """A card or form: one labelled line per row (name card, licence, ID card, credit card)."""
    image, drawn = text_page(lines, font_name, size, width=size * 32)
    return encode(image), drawn


NAME_CARD = (
    "주식회사 모의상사",
    "홍길동 팀장",
    "T 02-3456-7890",
    "M 010-1234-5678",
    "gildong@example.com",
    "www.example.com",
    "서울특별시 중구 세종대로 110",
)
BIZ_LICENSE = (
    "사업자등록증",
    "(법인사업자)",
    "등록번호 : 123-45-67890",
    "법인명(단체명) : 주식회사 모의상사",
    "대표자 : 홍길동",
    "개업연월일 : 2015 년 03 월 02 일",
    "사업장 소재지 : 서울특별시 중구 세종대로 110",
    "업태 : 서비스업  종목 : 소프트웨어 개발",
    "2020 년 05 월 04 일",
)
ID_CARD = (
    "주민등록증",
    "홍길동",
    "800101-1234567",
    "서울특별시 중구 세종대로 110",
    "2019. 3. 15.",
    "서울특별시 중구청장",
)
PASSPORT_MRZ = (  # Korean passport M12345678, HONG GILDONG, born 1980-01-01, expires 2030-08-15
    "PMKORHONG<<GILDONG<<<<<<<<<<<<<<<<<<<<<<<<<<",
    "M123456788KOR8001014M3008155<<<<<<<<<<<<<<08",
)
PASSPORT = (
    "PASSPORT 여권",
    "REPUBLIC OF KOREA",
    "Type PM  Country KOR  No. M12345678",
    "Surname HONG",
    "Given names GILDONG",
    "홍길동",
    "Date of birth 01 JAN 1980",
    "Sex M",
    "Date of issue 15 AUG 2020",
    "Date of expiry 15 AUG 2030",
    "Authority MINISTRY OF FOREIGN AFFAIRS",
)


def passport_page(size: int = 24) -> bytes:
    """A passport's data page: the visual zone, then the MRZ in a monospace font."""
    visual, _ = text_page(PASSPORT, "NanumGothic", size, width=size * 46)
    mrz, _ = text_page(PASSPORT_MRZ, "DejaVuSansMono", size, width=size * 46)
    page = Image.new("RGB", (visual.width, visual.height + mrz.height), "white")
    page.paste(visual, (0, 0))
    page.paste(mrz, (0, visual.height))
    return encode(page)


CREDIT_CARD = ("SAMPLE CARD", "5461 1234 5678 9012", "VALID THRU 09/28", "HONG GILDONG")


FORM_SIZE = (1000, 700)
FORM_TEMPLATES = """
templates:
  - id: 1001
    name: membership-form
    size: [1000, 700]
    anchors: [MEMBERSHIP FORM]
    title: [30, 20, 700, 90]
    fields:
      - {name: name, box: [200, 115, 950, 175]}
      - {name: phone, box: [200, 185, 950, 245]}
      - {name: agree, box: [60, 400, 100, 440], type: CHECKBOX}
      - {name: zip, box: [220, 480, 470, 530], type: MULTI_BOX, boxes: 5}
    combine:
      - {name: name+phone, fields: [name, phone]}
      - {name: phone/zip, fields: [phone, zip], separator: " / "}
  - id: 1002
    name: other-form
    size: [1000, 700]
    anchors: [DELIVERY NOTE]
    fields:
      - {name: to, box: [200, 115, 950, 175]}
"""


def filled_form(name: str, phone: str, *, agree: bool, postcode: str = "") -> Image.Image:
    """The membership form of :data:`FORM_TEMPLATES` (template 1001), filled in (the
    postcode one digit per printed box)."""
    image = Image.new("RGB", FORM_SIZE, "white")
    draw = ImageDraw.Draw(image)
    draw.text((40, 35), "MEMBERSHIP FORM", font=font("NanumGothic", 36), fill="black")
    face = font("NanumGothic", 26)
    for top, label, value in ((130, "Name", name), (200, "Phone", phone)):
        draw.text((60, top), label, font=face, fill="black")
        draw.text((220, top), value, font=face, fill="black")
        draw.line((210, top + 40, 940, top + 40), "black", 1)
    draw.rectangle((60, 400, 100, 440), outline="black", width=2)
    if agree:
        draw.line((66, 406, 94, 434), "black", 4)
        draw.line((66, 434, 94, 406), "black", 4)
    draw.text((120, 405), "I agree to the terms", font=face, fill="black")
    draw.text((60, 490), "Postcode", font=face, fill="black")
    for index in range(5):
        left = 220 + index * 50
        draw.rectangle(
            (left, 480, left + 50, 530), outline=(205, 205, 205), width=1
        )  # drop-out ink
        if index < len(postcode):
            draw.text((left + 17, 488), postcode[index], font=face, fill="black")
    return image


def encode(image: Image.Image, fmt: str = "PNG") -> bytes:
    buffer = io.BytesIO()
    image.save(buffer, format=fmt)
    return buffer.getvalue()


def pdf(pages: list[Image.Image]) -> bytes:
    """A PDF whose pages are ``pages`` at 150 dpi (so the mock's page size is the image's)."""
    buffer = io.BytesIO()
    pages[0].save(buffer, "PDF", resolution=150, save_all=True, append_images=pages[1:])
    return buffer.getvalue()
