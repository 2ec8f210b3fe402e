"""Document OCR receipt rules: CLOVA's ``receipt.result`` tree from recognised lines.

=================  ==========================================================================
Field              Rule (labels compared with spaces removed, upper-cased)
=================  ==========================================================================
storeInfo.name     the first line with letters that is not labelled, nor a number, date or
                   amount line; a last word ending ``점`` (a branch) goes to ``subName``
bizNum, tel,       ``ddd-dd-ddddd``; ``0d{1,2}-d{3,4}-d{4}`` (formatted: digits); lines that
addresses          look like a Korean address, ``주소`` label dropped
paymentInfo.date   ``yyyy-mm-dd`` / ``yyyy.mm.dd`` / ``yyyy/mm/dd`` / ``yyyy년 m월 d일``, also
                   with a time run into the day; formatted year/month/day
paymentInfo.time   ``hh:mm[:ss]``, first searched after the date on its line
cardInfo           a line labelled 카드/CARD/카드종류/카드번호: the issuer (a word ending 카드 or
                   a card brand) and the (masked) number; confirmNum: labelled 승인번호/APPROVAL
items              lines between the column header (상품명/품명/ITEM …) — or the top — and the
                   first sub-total/tax/total line, ending in 1-3 numbers: ``<name> <price>``,
                   ``<name> <count> <price>`` or ``<name> <unit price> <count> <price>``
                   (a count is a whole number ≤ 999 without separators); the name ends at
                   the first column gap; unitPrice = the printed one, else price / count
subTotal           ``subTotalPrice`` (과세물품가액/공급가액/SUBTOTAL …), ``taxPrice`` (부가세/
                   VAT/TAX), ``discountPrice`` (할인/DISCOUNT), each ``[value]``
totalPrice.price   the largest amount on a line labelled 합계/총액/결제금액/TOTAL … (not a
                   sub-total); without one, sub-total + tax
=================  ==========================================================================

Lines are first put back into printed rows, top to bottom (:func:`printed_rows`): pieces of
one row that the reader gave as separate lines (a column read as a block) are joined.
Amounts may show the thousands comma as a dot (thermal print); specks read as marks around
a number (``4,800.`` ``-77,200``) are ignored. A field the rules do not find is left out.
"""

from __future__ import annotations

import re
import statistics
from typing import Any

from ..recognizer import RecognizedWord
from .fields import (
    AMOUNT,
    BIZ_NUMBER,
    DATE,
    PHONE,
    TIME,
    Line,
    date_of,
    digits,
    first_match,
    is_address,
    label_before,
    value,
    without_label,
)

TOTAL_LABELS = ("받을금액", "결제금액", "판매금액", "총합계", "총금액", "총액", "합계", "TOTAL")
SUBTOTAL_LABELS = ("과세물품가액", "과세물품", "공급가액", "면세물품", "SUBTOTAL", "소계")
TAX_LABELS = ("부가세", "부가가치세", "세액", "VAT", "TAX")
DISCOUNT_LABELS = ("할인", "DISCOUNT")
HEADER_LABELS = ("상품명", "품명", "품목", "메뉴", "ITEM", "DESCRIPTION")
OTHER_LABELS = (
    "사업자",
    "대표",
    "TEL",
    "전화",
    "주소",
    "일시",
    "승인",
    "카드",
    "CARD",
    "BIZ",
    "CEO",
    "DATE",
    "APPROVAL",
)
CARD_LABELS = ("카드종류", "카드번호", "카드", "CARD", "신용카드")
CONFIRM = re.compile(r"(?:승인번호|APPROVAL(?:NO)?)[:.]?(\d{6,12})", re.IGNORECASE)
CARD_BRANDS = ("VISA", "MASTER", "MASTERCARD", "AMEX", "JCB", "UNIONPAY", "BC")
MASKED_CARD = re.compile(r"\d{4}[- ]?[\d*]{2,4}[- ]?[\d*]{2,4}[- ]?[\d*]{2,4}[- ]?[\d*]{0,4}")
EDGE_MARKS = "：.,:;'\"`‘’“”|_-~·ㆍ•、。…"
COUNT_MAX = 999
SPECK_HEIGHT = 0.5  # a "line" this × as high as the print it lies on is dust read as text
NAME_GAP = 2.0  # a blank run this × the text height ends an item's name (a column gap)


def _labelled(line: Line, labels: tuple[str, ...]) -> bool:
    compact = line.compact.upper()
    return any(label in compact for label in labels)


def amount_of(word: RecognizedWord) -> int | None:
    """The amount a word shows (``12,800``, ``12.800``, ``4,800.``), or ``None``."""
    text = word.text.strip(EDGE_MARKS + "원₩")
    if re.fullmatch(AMOUNT, text):
        return int(digits(text))
    return None


def _is_count(word: RecognizedWord) -> bool:
    text = word.text.strip(EDGE_MARKS)
    return text.isdigit() and int(text) <= COUNT_MAX and not text.startswith("0")


def _meaningful(line: Line) -> tuple[RecognizedWord, ...]:
    """The words of ``line`` without lone marks (specks and column rules: ``|``, ``©``)."""
    return tuple(w for w in line.words if any(ch.isalnum() for ch in w.text))


def name_column(words: tuple[RecognizedWord, ...]) -> tuple[RecognizedWord, ...]:
    """The leading words of an item line up to the first column gap (:data:`NAME_GAP` ×
    the first word's height): a speck in the blank run before the count, read as a short
    word (``휴지 oe``), is no part of the name."""
    height = words[0].box[3] - words[0].box[1]
    kept = [words[0]]
    for word in words[1:]:
        if word.box[0] - kept[-1].box[2] > NAME_GAP * height:
            break
        kept.append(word)
    return tuple(kept)


# --------------------------------------------------------------------------- amounts
def _labelled_amount(line: Line) -> tuple[int, RecognizedWord] | None:
    """The largest amount on ``line`` (the amount a total/tax line states)."""
    found = [(a, w) for w in line.words if (a := amount_of(w)) is not None]
    found = [(a, w) for a, w in found if "," in w.text or "." in w.text or a >= 10]
    return max(found, key=lambda pair: pair[0]) if found else None


def _money(line: Line, word: RecognizedWord, amount: int) -> dict[str, Any]:
    key = label_before(line, (word,))
    return value((word,), word.text.strip(EDGE_MARKS), {"value": str(amount)}, key=key)


def _is_subtotal(line: Line) -> bool:
    return _labelled(line, SUBTOTAL_LABELS + TAX_LABELS + DISCOUNT_LABELS)


def total_line(lines: list[Line]) -> tuple[int, dict[str, Any], int] | None:
    """(line index, totalPrice, amount) — the largest amount on a line labelled as a total."""
    best: tuple[int, dict[str, Any], int] | None = None
    for index, line in enumerate(lines):
        if not _labelled(line, TOTAL_LABELS) or _labelled(line, SUBTOTAL_LABELS + TAX_LABELS):
            continue
        if (found := _labelled_amount(line)) is not None:
            amount, word = found
            if best is None or amount > best[2]:
                best = (index, {"price": _money(line, word, amount)}, amount)
    return best


def _sub_totals(lines: list[Line]) -> tuple[dict[str, list[dict[str, Any]]], dict[str, int]]:
    found: dict[str, list[dict[str, Any]]] = {}
    amounts: dict[str, int] = {}
    for line in lines:
        for key, labels in (
            ("subTotalPrice", SUBTOTAL_LABELS),
            ("taxPrice", TAX_LABELS),
            ("discountPrice", DISCOUNT_LABELS),
        ):
            if key not in found and _labelled(line, labels):
                if (hit := _labelled_amount(line)) is not None:
                    found[key] = [_money(line, hit[1], hit[0])]
                    amounts[key] = hit[0]
                break
    return found, amounts


# ------------------------------------------------------------------------------ items
def _in_name_column(words: tuple[RecognizedWord, ...], numbers: list[RecognizedWord]) -> bool:
    """Whether the first of ``numbers`` may be part of the name (``콜라 500ml`` with ``ml``
    misread): no thousands separator, and a word space after the name, not a column gap.
    (A unit price may stand close to a long name in a narrow slip, but shows its separator.)
    """
    number = numbers[0]
    if any(mark in number.text.strip(EDGE_MARKS) for mark in ",."):
        return False
    height = words[0].box[3] - words[0].box[1]
    return number.box[0] - words[-1].box[2] <= NAME_GAP * height


def _consistent(numbers: list[RecognizedWord]) -> bool:
    """Whether three numbers read as unit price × count = price."""
    unit, count, price = (amount_of(n) for n in numbers)
    return unit is not None and count is not None and unit * count == price


def item_of(line: Line) -> dict[str, Any] | None:
    """An item from a line ``<name> [<unit price>] [<count>] <price>``, or ``None``."""
    words = _meaningful(line)
    numbers: list[RecognizedWord] = []
    while words and len(numbers) < 3 and amount_of(words[-1]) is not None:
        numbers.insert(0, words[-1])
        words = words[:-1]
    if not numbers or not words or _labelled(Line(words), OTHER_LABELS + TOTAL_LABELS):
        return None
    if len(numbers) == 3 and _in_name_column(words, numbers) and not _consistent(numbers):
        words, numbers = (*words, numbers[0]), numbers[1:]
    if any(p.search(line.text) for p in (BIZ_NUMBER, PHONE, DATE, TIME)) or is_address(line):
        return None
    name_words = name_column(words)
    price_word = numbers[-1]
    price = amount_of(price_word)
    if price is None or not re.search(r"[^\W\d_]", " ".join(w.text for w in name_words)):
        return None
    item: dict[str, Any] = {}
    unit_word: RecognizedWord | None = None
    count_word: RecognizedWord | None = None
    if len(numbers) == 3:
        unit_word, count_word = numbers[0], numbers[1]
    elif len(numbers) == 2:
        if _is_count(numbers[0]):
            count_word = numbers[0]
        else:
            unit_word = numbers[0]
    name = " ".join(w.text for w in name_words).strip(EDGE_MARKS + " ")
    item["name"] = value(name_words, name)
    count = 1
    if count_word is not None and _is_count(count_word):
        count = int(count_word.text.strip(EDGE_MARKS))
        text = count_word.text.strip(EDGE_MARKS)
        item["count"] = value((count_word,), text)
    item["price"] = {
        "price": value((price_word,), price_word.text.strip(EDGE_MARKS), {"value": str(price)})
    }
    if unit_word is not None and (unit := amount_of(unit_word)) is not None:
        text = unit_word.text.strip(EDGE_MARKS)
        item["price"]["unitPrice"] = value((unit_word,), text, {"value": str(unit)})
    elif count and price % count == 0:
        unit = price // count
        item["price"]["unitPrice"] = value((price_word,), f"{unit:,}", {"value": str(unit)})
    return item


def _items(lines: list[Line], end: int) -> list[dict[str, Any]]:
    start = next((i + 1 for i, ln in enumerate(lines[:end]) if _labelled(ln, HEADER_LABELS)), 0)
    stop = next((i for i in range(start, end) if _is_subtotal(lines[i])), end)
    return [item for line in lines[start:stop] if (item := item_of(line)) is not None]


# ------------------------------------------------------------------------ store, payment
def _store(lines: list[Line]) -> dict[str, Any]:
    store: dict[str, Any] = {}
    labelled = (BIZ_NUMBER, PHONE, DATE, TIME)
    for line in lines[:6]:
        kept = _meaningful(line)
        if not kept or not re.search(r"[^\W\d_]{2}", line.text):
            continue
        if any(p.search(line.text) for p in labelled) or _labelled(
            line, OTHER_LABELS + HEADER_LABELS
        ):
            continue
        if amount_of(kept[-1]) is not None and len(kept) > 1:
            continue
        if len(kept) > 1 and kept[-1].text.endswith("점") and len(kept[-1].text) > 1:
            store["name"] = value(kept[:-1], " ".join(w.text for w in kept[:-1]))
            store["subName"] = value(kept[-1:], kept[-1].text)
        else:
            store["name"] = value(kept, " ".join(w.text for w in kept))
        break
    if found := first_match(lines, BIZ_NUMBER):
        match, words = found
        line = next(ln for ln in lines if words.words[0] in ln.words)
        store["bizNum"] = value(words.words, match[0], key=label_before(line, words.words))
    addresses = [without_label(ln, ("주소",)) for ln in lines if is_address(ln)]
    if addresses:
        store["addresses"] = [value(a.words, a.text) for a in addresses]
    phones = []
    for line in lines:
        for match, words in line.search(PHONE):
            key = label_before(line, words.words)
            phones.append(value(words.words, match[0], {"value": digits(match[0])}, key=key))
    if phones:
        store["tel"] = phones
    return store


def _valid_date(match: re.Match[str]) -> bool:
    return 1 <= int(match[2]) <= 12 and 1 <= int(match[3]) <= 31


def _payment(lines: list[Line]) -> dict[str, Any]:
    payment: dict[str, Any] = {}
    time_from: tuple[Line, int] | None = None
    for line in lines:
        for found, spanned in line.search(DATE):
            if _valid_date(found):
                payment["date"] = value(spanned.words, found[0], date_of(found))
                time_from = (line, found.end())
                break
        if "date" in payment:
            break
    candidates = [time_from] if time_from else []
    candidates += [(line, 0) for line in lines]
    for line, offset in candidates:
        clock = TIME.search(line.text[offset:])  # a slice: the day's digits are no "\d" before
        if clock is None:
            continue
        second = clock[3] or "00"
        formatted = {"hour": f"{int(clock[1]):02d}", "minute": clock[2], "second": second}
        spanned_words = line.span_words(offset + clock.start(), offset + clock.end())
        payment["time"] = value(spanned_words, clock[0], formatted)
        break
    card: dict[str, Any] = {}
    for line in lines:
        if not _labelled(line, CARD_LABELS) or _labelled(line, TOTAL_LABELS):
            continue
        for word in line.words:
            upper = word.text.upper()
            if "company" not in card and (
                (word.text.endswith("카드") and len(word.text) > 2) or upper in CARD_BRANDS
            ):
                card["company"] = value((word,), word.text)
        if "number" not in card and (number := MASKED_CARD.search(line.text)):
            card_words = line.span_words(number.start(), number.end())
            card["number"] = value(card_words, number[0], mask=True)
    if card:
        payment["cardInfo"] = card
    for line in lines:
        if confirm := CONFIRM.search(line.compact):
            confirm_words = tuple(w for w in line.words if confirm[1] in w.text)
            payment["confirmNum"] = value(confirm_words or line.words[-1:], confirm[1])
            break
    return payment


# ------------------------------------------------------------------------------- rows
def _middle(word: RecognizedWord) -> float:
    return (word.box[1] + word.box[3]) / 2


def _height(line: Line) -> float:
    return statistics.median_high(w.box[3] - w.box[1] for w in line.words)


def _overlap(one: Line, other: Line) -> bool:
    """Whether a word of ``one`` stands above or below a word of ``other`` (their columns
    overlap)."""
    return any(w.box[0] < v.box[2] and v.box[0] < w.box[2] for w in one.words for v in other.words)


def _same_row(row: Line, piece: Line) -> bool:
    """Whether ``piece`` continues ``row`` on the same printed line, beside it.

    Compared at the words nearest each other, so a slightly turned scan still matches.
    """
    if _overlap(piece, row):
        return False
    near, other = min(
        ((w, v) for w in row.words for v in piece.words),
        key=lambda pair: abs((pair[0].box[0] + pair[0].box[2]) - (pair[1].box[0] + pair[1].box[2])),
    )
    return abs(_middle(near) - _middle(other)) < 0.5 * min(_height(row), _height(piece))


def _specks_over(specks: Line, line: Line) -> bool:
    """Whether ``specks`` is dust read as a line of its own over ``line``'s print: less than
    :data:`SPECK_HEIGHT` of its height and lying inside its band and across its words."""
    top = min(w.box[1] for w in line.words)
    bottom = max(w.box[3] for w in line.words)
    inside = all(top <= _middle(w) <= bottom for w in specks.words)
    return inside and _overlap(specks, line) and _height(specks) < SPECK_HEIGHT * _height(line)


def printed_rows(lines: list[Line]) -> list[Line]:
    """``lines`` top to bottom, the pieces of one printed line joined left to right.

    Tesseract may read a receipt's columns as blocks of their own (the amounts after all
    the names) or put a block out of order (the total line above the items); the rules read
    a receipt row by row, in the order it is printed. Dust on a printed line, read as a line
    of small words over it (``Tay oot`` over a thermal store name), is dropped.
    """
    rows: list[Line] = []
    for line in sorted(lines, key=lambda ln: min(_middle(w) for w in ln.words)):
        for index in range(len(rows) - 1, max(-1, len(rows) - 4), -1):
            if _specks_over(line, rows[index]):
                break
            if _specks_over(rows[index], line):
                rows[index] = line
                break
            if _same_row(rows[index], line):
                joined = sorted(rows[index].words + line.words, key=lambda w: w.box[0])
                rows[index] = Line(tuple(joined))
                break
        else:
            rows.append(line)
    return rows


# -------------------------------------------------------------------------------- API
def receipt(lines: list[Line]) -> dict[str, Any]:
    """The ``receipt.result`` tree of a till receipt's lines (rules in the docstring)."""
    lines = printed_rows([line for line in lines if line.words])
    result: dict[str, Any] = {}
    if store := _store(lines):
        result["storeInfo"] = store
    if payment := _payment(lines):
        result["paymentInfo"] = payment
    total = total_line(lines)
    sub_totals, amounts = _sub_totals(lines)
    if items := _items(lines, total[0] if total else len(lines)):
        result["subResults"] = [{"items": items}]
    if sub_totals:
        result["subTotal"] = [sub_totals]
    if total:
        result["totalPrice"] = total[1]
    elif "subTotalPrice" in amounts and "taxPrice" in amounts:
        amount = amounts["subTotalPrice"] + amounts["taxPrice"]
        base = sub_totals["subTotalPrice"][0]
        formatted = {"value": str(amount)}
        result["totalPrice"] = {"price": {**base, "text": f"{amount:,}", "formatted": formatted}}
    return result
