"""A corpus of rendered till receipts with their ground truth, the same on every run.

    receipts(count, seed) -> [Sample(image, truth, style)]

Each receipt is drawn from a seeded random generator: store (Korean, Latin, with a branch),
business number, address, phone, a date in one of the common Korean and numeric formats
(``2024-03-05``, ``2024.03.05``, ``2024/03/05``, ``2024년 3월 5일``, ``2024년 03월 05일``),
time, 2-40 items (name, count, unit price, price; some names with digits or Latin words),
sub-total, tax (부가세), total and card payment. Styles vary the font (Debian fonts-nanum
and fonts-dejavu), the size (15-26 px, small thermal print included), the width, the column
layout, and the look: clean, thermal (light grey ink, faded, slight blur and specks) and
slightly rotated scans (±1.5°). A receipt is one image however long it is.

``python -m bench --engine`` scores the engine's Document OCR answers against :class:`Truth`;
``write(folder)`` saves the images with their truth beside them (``0001.png`` +
``0001.json``) for a look by eye.
"""

from __future__ import annotations

import json
import random
import re
from dataclasses import asdict, dataclass, field
from pathlib import Path

from PIL import Image, ImageDraw, ImageFilter, ImageFont

from . import engine_pages as pages

FONT_FILES = {
    **pages.FONTS,
    "NanumGothicBold": "/usr/share/fonts/truetype/nanum/NanumGothicBold.ttf",
    "NanumSquareR": "/usr/share/fonts/truetype/nanum/NanumSquareR.ttf",
    "NanumGothicCoding": "/usr/share/fonts/truetype/nanum/NanumGothicCoding.ttf",
    "DejaVuSansMono": "/usr/share/fonts/truetype/dejavu/DejaVuSansMono.ttf",
    "DejaVuSansCondensed": "/usr/share/fonts/truetype/dejavu/DejaVuSansCondensed.ttf",
}
KOREAN_FONTS = (
    "NanumGothic",
    "NanumBarunGothic",
    "NanumMyeongjo",
    "NanumGothicBold",
    "NanumSquareR",
    "NanumGothicCoding",
)
LATIN_FONTS = ("DejaVuSans", "DejaVuSansMono", "DejaVuSansCondensed", "DejaVuSerif")

KOREAN_STORES = (
    ("스타벅스", "서초점"),
    ("이마트24", "역삼점"),
    ("GS25", "강남역점"),
    ("CU", "판교점"),
    ("세븐일레븐", "서울역점"),
    ("올리브영", "명동점"),
    ("다이소", "신촌점"),
    ("홈플러스", "영등포점"),
    ("롯데마트", "잠실점"),
    ("파리바게뜨", "분당정자점"),
    ("투썸플레이스", ""),
    ("김밥천국", ""),
    ("한빛식자재마트", ""),
    ("모의마트", "역삼점"),
    ("교보문고", "광화문점"),
)
LATIN_STORES = ("CLOVA MART", "Cafe Mock", "GS25", "BURGER HOUSE", "DAILY DELI", "EMART24")
KOREAN_GOODS = (
    "아메리카노",
    "카페라떼",
    "우유 1L",
    "신라면",
    "생수 2L",
    "삼각김밥",
    "바나나우유",
    "식빵",
    "계란 10구",
    "사과",
    "두부",
    "김밥",
    "새우깡",
    "콜라 500ml",
    "초코파이",
    "딸기잼",
    "오렌지주스",
    "참치캔",
    "햇반",
    "치즈케이크",
    "볼펜",
    "노트",
    "샴푸",
    "칫솔",
    "휴지",
    "고등어",
    "양파",
    "감자칩",
)
LATIN_GOODS = (
    "Americano",
    "Cafe Latte",
    "Bagel",
    "Cola 500ml",
    "Water 2L",
    "Sandwich",
    "Muffin",
    "Green Tea",
    "Chips",
    "Cheese Burger",
    "French Fries",
    "Orange Juice",
    "Salad",
    "Cookie",
)
CITIES = (
    "서울특별시 서초구 서초대로 {n}",
    "서울특별시 중구 세종대로 {n}",
    "경기도 성남시 분당구 정자일로 {n}",
    "부산광역시 해운대구 해운대로 {n}",
    "인천광역시 남동구 예술로 {n}",
    "대전광역시 유성구 대학로 {n}",
)
CARDS = ("신한카드", "삼성카드", "현대카드", "KB국민카드", "BC카드", "롯데카드")
DATE_STYLES = ("dash", "dot", "slash", "korean", "korean-padded")
LOOKS = ("clean", "thermal", "rotated")


@dataclass(frozen=True)
class Item:
    name: str
    count: int
    unit: int

    @property
    def price(self) -> int:
        return self.count * self.unit


@dataclass(frozen=True)
class Truth:
    """What the receipt says: the values the Document OCR receipt rules must find."""

    store: str  # the store line as printed (name and branch)
    biz: str
    tel: str
    date: tuple[int, int, int]
    time: str
    items: tuple[Item, ...]
    card: str
    korean: bool

    @property
    def total(self) -> int:
        return sum(item.price for item in self.items)

    @property
    def tax(self) -> int:
        return round(self.total / 11)

    @property
    def sub_total(self) -> int:
        return self.total - self.tax


@dataclass(frozen=True)
class Style:
    font: str
    size: int
    width: int  # characters per line
    date_style: str
    look: str
    columns: str  # "name count price" | "name unit count price"
    angle: float = 0.0


@dataclass
class Sample:
    image: Image.Image
    truth: Truth
    style: Style
    lines: list[str] = field(default_factory=list)


def _date_text(date: tuple[int, int, int], style: str) -> str:
    year, month, day = date
    return {
        "dash": f"{year}-{month:02d}-{day:02d}",
        "dot": f"{year}.{month:02d}.{day:02d}",
        "slash": f"{year}/{month:02d}/{day:02d}",
        "korean": f"{year}년 {month}월 {day}일",
        "korean-padded": f"{year}년 {month:02d}월 {day:02d}일",
    }[style]


Row = tuple[str, ...]  # a printed line's cells: one (plain text) or several (columns)


def rows_of(truth: Truth, style: Style) -> list[Row]:
    """The receipt's text, line by line, as printed (columns kept apart)."""
    k = truth.korean
    when = f"{_date_text(truth.date, style.date_style)} {truth.time}"
    rule = ("-" * style.width,)
    head: list[Row] = [
        (truth.store,),
        (f"{'사업자번호' if k else 'BIZ NO'} {truth.biz}",),
        (f"{'대표' if k else 'CEO'} {'홍길동' if k else 'HONG GILDONG'}  TEL {truth.tel}",),
    ]
    if k:
        head.append((f"주소 {truth_address(truth)}",))
    head.append((f"{'일시' if k else 'DATE'} {when}",))
    four = style.columns == "name unit count price"
    if k:
        header = ("상품명", "단가", "수량", "금액") if four else ("상품명", "수량", "금액")
    else:
        header = ("ITEM", "PRICE", "QTY", "AMT") if four else ("ITEM", "QTY", "AMOUNT")
    body: list[Row] = [
        (item.name, f"{item.unit:,}", str(item.count), f"{item.price:,}")
        if four
        else (item.name, str(item.count), f"{item.price:,}")
        for item in truth.items
    ]
    labels = (
        ("과세물품가액", "부가세", "합계", "카드", "승인번호")
        if k
        else ("SUBTOTAL", "TAX", "TOTAL", "CARD", "APPROVAL")
    )
    approval = int(re.sub(r"\D", "", truth.biz)) % 10**8
    footer: list[Row] = [
        (labels[0], f"{truth.sub_total:,}"),
        (labels[1], f"{truth.tax:,}"),
        (labels[2], f"{truth.total:,}"),
        rule,
        (f"{labels[3]} {truth.card}",),
        (f"{labels[4]} {approval:08d}",),
    ]
    return [*head, rule, header, rule, *body, rule, *footer]


def truth_address(truth: Truth) -> str:
    number = int(truth.biz[:3]) % 300 + 1
    return CITIES[int(truth.biz[-1]) % len(CITIES)].format(n=number)


def _truth(rng: random.Random, index: int, *, korean: bool, long: bool) -> Truth:
    if korean:
        name, branch = KOREAN_STORES[index % len(KOREAN_STORES)]
        store = f"{name} {branch}".strip()
    else:
        store = LATIN_STORES[index % len(LATIN_STORES)]
    goods = KOREAN_GOODS if korean else LATIN_GOODS
    count = rng.randint(25, 40) if long else rng.randint(2, 7)
    names = [rng.choice(goods) for _ in range(count)] if long else rng.sample(goods, count)
    items = tuple(
        Item(n, rng.choice((1, 1, 1, 2, 3, 4, 10)), rng.randint(5, 300) * 100) for n in names
    )
    return Truth(
        store=store,
        biz=f"{rng.randint(101, 899)}-{rng.randint(10, 99)}-{rng.randint(10000, 99999)}",
        tel=f"0{rng.choice((2, 31, 51, 70))}-{rng.randint(200, 9999)}-{rng.randint(1000, 9999)}",
        date=(rng.randint(2018, 2026), rng.randint(1, 12), rng.randint(1, 28)),
        time=f"{rng.randint(0, 23):02d}:{rng.randint(0, 59):02d}:{rng.randint(0, 59):02d}",
        items=items,
        card=(
            f"{rng.choice(CARDS) if korean else 'VISA'} "
            f"{rng.randint(4000, 5999)}-{rng.randint(10, 99)}**-****-{rng.randint(1000, 9999)}"
        ),
        korean=korean,
    )


def font(name: str, size: int) -> ImageFont.FreeTypeFont:
    return ImageFont.truetype(FONT_FILES[name], size)


def render(truth: Truth, style: Style, seed: int) -> tuple[Image.Image, list[str]]:
    """The receipt as a till slip image in ``style`` (look, font, size, rotation), and its
    lines as text (cells joined by a space)."""
    rng = random.Random(seed)
    rows = rows_of(truth, style)
    face, title = font(style.font, style.size), font(style.font, round(style.size * 1.4))
    margin = round(style.size * 1.5)
    width = round(face.getlength("0") * style.width + 2 * margin)
    pitch = round(style.size * 1.6)
    height = round(pitch * (len(rows) + 2) + style.size * 2)
    thermal = style.look == "thermal"
    paper = (250, 249, 244) if thermal else (255, 255, 255)
    ink = rng.choice(((80, 80, 85), (105, 100, 110))) if thermal else (0, 0, 0)
    image = Image.new("RGB", (width, height), paper)
    draw = ImageDraw.Draw(image)
    # right edges of the number columns (count / unit price / price), as on a till slip
    edges = {2: (width - margin,), 3: (round(width * 0.62), width - margin)}
    edges[4] = (round(width * 0.55), round(width * 0.68), width - margin)
    y = style.size
    for number, row in enumerate(rows):
        if number == 0:  # the store name: centred, larger
            x = max(margin, round((width - draw.textlength(row[0], font=title)) / 2))
            draw.text((x, y), row[0], font=title, fill=ink)
            y += round(pitch * 1.5)
            continue
        draw.text((margin, y), row[0], font=face, fill=ink)
        for cell, edge in zip(row[1:], edges.get(len(row), ()), strict=False):
            draw.text((edge - draw.textlength(cell, font=face), y), cell, font=face, fill=ink)
        y += pitch
    if thermal:
        image = image.filter(ImageFilter.GaussianBlur(0.6))
        speckle = ImageDraw.Draw(image)
        for _ in range(width * height // 4000):  # dust and paper fibres
            grey = rng.randint(150, 210)
            speckle.point((rng.randrange(width), rng.randrange(height)), fill=(grey,) * 3)
    if style.angle:
        image = image.rotate(style.angle, resample=Image.Resampling.BICUBIC, fillcolor=paper)
    return image, [" ".join(row) for row in rows]


def receipts(count: int = 60, seed: int = 21) -> list[Sample]:
    """``count`` varied receipts, the same on every run for the same ``seed``."""
    rng = random.Random(seed)
    samples = []
    for index in range(count):
        korean = index % 5 != 4  # one in five all-Latin (DejaVu has no Hangul)
        long = index % 10 == 7
        truth = _truth(rng, index, korean=korean, long=long)
        look = LOOKS[index % len(LOOKS)]
        style = Style(
            font=rng.choice(KOREAN_FONTS if korean else LATIN_FONTS),
            size=rng.choice((15, 17, 19, 22, 26)),
            width=rng.choice((34, 40, 44)),
            # DejaVu has no Hangul: Latin receipts print numeric dates only
            date_style=DATE_STYLES[index % (len(DATE_STYLES) if korean else 3)],
            look=look,
            columns=rng.choice(("name count price", "name unit count price")),
            angle=round(rng.uniform(-1.5, 1.5), 2) if look == "rotated" else 0.0,
        )
        image, text = render(truth, style, seed=seed * 1000 + index)
        samples.append(Sample(image, truth, style, text))
    return samples


def write(folder: str | Path, count: int = 60, seed: int = 21) -> list[Path]:
    """Save the corpus as ``NNNN.png`` with ``NNNN.json`` (truth and style) beside each."""
    target = Path(folder)
    target.mkdir(parents=True, exist_ok=True)
    written = []
    for number, sample in enumerate(receipts(count, seed), 1):
        stem = target / f"{number:04d}"
        sample.image.save(stem.with_suffix(".png"))
        record = {
            "truth": {**asdict(sample.truth), "total": sample.truth.total},
            "style": asdict(sample.style),
            "lines": sample.lines,
        }
        stem.with_suffix(".json").write_text(json.dumps(record, ensure_ascii=False, indent=1))
        written.append(stem.with_suffix(".png"))
    return written
