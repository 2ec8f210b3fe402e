"""Personal data out of answers: ``result.redacted(policy)`` and batch ``--redact``.

Kinds (:data:`KINDS`): ``rrn`` resident registration numbers, ``card`` card numbers,
``bizno`` business registration numbers, ``phone`` phone numbers, ``passport`` passport
numbers and MRZ lines. What is masked:

* Document OCR values, by their key (``personalNum`` → rrn, ``bizNum`` → bizno, ``tel`` →
  phone…) or, for values the service marked with ``maskingPolys``, by the document
  (an ID card's → rrn, a passport's → passport): their ``text`` and every ``formatted`` part.
* Anywhere else (General words, table cells, template fields, other strings of the answer):
  text matching a kind's pattern *and* its validator (an RRN's date, a card's Luhn digit,
  a business number's check digit), so that amounts or approval numbers are left alone.
  A value split over several words of a line is found on the line and masked in each word.

Masking keeps the length and every separator, replacing digits with ``*``: ``901010-1******``
(birth date and gender digit kept), ``5461-11**-****-1234`` (first 6, last 4), ``123-45-*****``,
``010-****-5678``, ``M********``. Because every view (text, words, lines, fields, tables) is
read from ``raw``, they all show the same mask. Each masked value gets ``maskingPolys`` (its
boxes) so that ``draw(..., redact=True)`` can fill it.
"""

from __future__ import annotations

import copy
import re
from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass, field
from typing import TYPE_CHECKING, Any

from ._answer_tree import value_objects
from .checks import bizno, luhn, rrn
from .geometry import Polygon

if TYPE_CHECKING:
    from .results import OCRResult

KINDS = ("rrn", "card", "bizno", "phone", "passport")
MASK = "*"


@dataclass(frozen=True)
class RedactionPolicy:
    """Which kinds of personal data to mask (default: all of :data:`KINDS`)."""

    kinds: frozenset[str] = field(default_factory=lambda: frozenset(KINDS))

    @classmethod
    def parse(cls, text: str | Iterable[str] | None) -> RedactionPolicy:
        """``"rrn,card"`` → a policy; ``ValueError`` names unknown kinds; empty → all."""
        parts = text.split(",") if isinstance(text, str) else list(text or ())
        kinds = frozenset(k.strip().lower() for k in parts if k.strip())
        unknown = sorted(kinds - set(KINDS))
        if unknown:
            raise ValueError(f"unknown kind {', '.join(unknown)}; choose from {', '.join(KINDS)}")
        return cls(kinds or frozenset(KINDS))


# ------------------------------------------------------------------------------- masking
#: kind → (digits kept at the start, digits kept at the end).
KEEP = {"rrn": (7, 0), "card": (6, 4), "bizno": (5, 0), "phone": (3, 4), "passport": (0, 0)}


def mask(kind: str, text: str) -> str:
    """``text`` with its digits masked as ``kind`` keeps them; same length, separators kept.

    A passport number also loses its letters after the first (``M123A4567`` → ``M********``).
    """
    head, tail = KEEP.get(kind, (0, 0))
    total = sum(ch.isdigit() for ch in text)
    if kind == "phone" and re.fullmatch(r"\d{2,4}[- ]\d{3,4}[- ]\d{4}", text.strip()):
        first, middle, last = re.split(r"[- ]", text.strip())
        return text.replace(text.strip(), f"{first}-{MASK * len(middle)}-{last}")
    out, seen = [], 0
    for position, ch in enumerate(text):
        if ch.isdigit():
            seen += 1
            keep = seen <= head or seen > total - tail
            out.append(ch if keep else MASK)
        elif kind == "passport" and ch.isalnum() and position > 0 and ch != "<":
            out.append(MASK if text[:position].strip() else ch)
        else:
            out.append(ch)
    return "".join(out)


def _mask_all(text: str) -> str:
    return "".join(MASK if ch.isdigit() else ch for ch in text)


# ------------------------------------------------------------------------------- free text
def _always(text: str) -> bool:
    """Phone and passport numbers carry no check digit: their pattern is the gate."""
    return True


#: kind → (pattern, validator gate) for text outside typed Document OCR values.
PATTERNS: dict[str, tuple[re.Pattern[str], Callable[[str], bool]]] = {
    "rrn": (
        re.compile(r"(?<![\d*])\d{6} ?- ?[0-9]\d{6}(?![\d*])|(?<![\d*])\d{13}(?![\d*])"),
        rrn.is_valid,
    ),
    "card": (re.compile(r"(?<![\d*])\d{4}(?:[ -]?\d{4}){2}[ -]?\d{1,7}(?![\d*])"), luhn.is_valid),
    "bizno": (re.compile(r"(?<![\d*])\d{3} ?- ?\d{2} ?- ?\d{5}(?![\d*])"), bizno.is_valid),
    "phone": (
        re.compile(r"(?<![\d*])(?:01[016-9]|02|0[3-6][1-5]|070)[- ]\d{3,4}[- ]\d{4}(?![\d*])"),
        _always,
    ),
    "passport": (re.compile(r"(?<![A-Z\d])[MSRODG]\d{3}[A-Z\d]\d{4}(?![A-Z\d])"), _always),
}


def redact_text(text: str, policy: RedactionPolicy) -> str:
    """``text`` with every gated pattern match of the policy's kinds masked."""
    for kind in KINDS:
        if kind not in policy.kinds:
            continue
        pattern, gate = PATTERNS[kind]

        def replace(match: re.Match[str], kind: str = kind, gate: Any = gate) -> str:
            found = match.group()
            return mask(kind, found) if gate(found.replace(" ", "")) else found

        text = pattern.sub(replace, text)
    return text


def redact_strings(value: Any, policy: RedactionPolicy) -> Any:
    """``value`` (JSON-like) with :func:`redact_text` applied to every string in it."""
    return _strings(value, lambda text: redact_text(text, policy))


# ------------------------------------------------------------------------------- documents
#: Last part of a Document OCR key → kind.
FIELD_KINDS = {
    "personalNum": "rrn",
    "socialNumber": "rrn",
    "coRepSocialNum": "rrn",
    "alienRegNum": "rrn",
    "bizNum": "bizno",
    "registerNumber": "bizno",
    "tel": "phone",
    "mobile": "phone",
    "fax": "phone",
    "mrz2": "passport",
}
#: Keys (after the product key) that hold a card or passport number.
QUALIFIED_KINDS = {
    "cardInfo.number": "card",
    "creditCard.number": "card",
    "passport.num": "passport",
    "pp.num": "passport",
}
#: The kind of a value the service marked with ``maskingPolys``, by document.
DOCUMENT_KINDS = {"idCard": "rrn", "passport": "passport", "creditCard": "card", "receipt": "card"}
_INDEX = re.compile(r"\[\d+\]")


def field_kind(product_key: str, key: str, masked_by_service: bool) -> tuple[str, bool] | None:
    """``(kind, by_key)`` of a Document OCR value, or ``None`` when it is not personal."""
    plain = f".{product_key}.{_INDEX.sub('', key)}"
    for suffix, kind in QUALIFIED_KINDS.items():
        if plain.endswith("." + suffix):
            return kind, True
    last = plain.rsplit(".", 1)[-1]
    if last in FIELD_KINDS:
        return FIELD_KINDS[last], True
    if masked_by_service and product_key in DOCUMENT_KINDS:
        return DOCUMENT_KINDS[product_key], False
    return None


def _strings(node: Any, change: Callable[[str], str]) -> Any:
    """``node`` with ``change`` applied to every string value (keys are left alone)."""
    if isinstance(node, str):
        return change(node)
    if isinstance(node, dict):
        return {k: _strings(v, change) for k, v in node.items()}
    if isinstance(node, list):
        return [_strings(v, change) for v in node]
    return node


class _Redactor:
    """Masks one answer in place (on a deep copy) and remembers what it masked."""

    def __init__(self, policy: RedactionPolicy) -> None:
        self.policy = policy
        self.replacements: dict[str, str] = {}

    def _remember(self, original: str, masked: str) -> None:
        if original != masked and len(original.strip()) >= 4:
            self.replacements[original] = masked

    def documents(self, raw: dict[str, Any]) -> None:
        for image in raw.get("images") or []:
            if not isinstance(image, dict):
                continue
            for product_key, product in image.items():
                result = product.get("result") if isinstance(product, dict) else None
                if isinstance(result, dict):
                    for key, node in value_objects(result):
                        self._value(product_key, key, node)

    def _value(self, product_key: str, key: str, node: dict[str, Any]) -> None:
        masks = node.get("maskingPolys")
        found = field_kind(product_key, key, bool(masks))
        if found is None or found[0] not in self.policy.kinds:
            return
        kind, by_key = found
        change: Callable[[str], str] = (lambda s: mask(kind, s)) if by_key else _mask_all
        for holder, name in self._parts(node):
            value = holder[name]
            holder[name] = change(value)
            self._remember(value, holder[name])
        if not masks:
            node["maskingPolys"] = copy.deepcopy(node.get("boundingPolys") or [])

    @staticmethod
    def _parts(node: dict[str, Any]) -> Iterator[tuple[dict[str, Any], str]]:
        if isinstance(node.get("text"), str):
            yield node, "text"
        formatted = node.get("formatted")
        if isinstance(formatted, dict):
            for name, value in formatted.items():
                if isinstance(value, str):
                    yield formatted, name

    def words(self, raw: dict[str, Any]) -> None:
        """General/Template fields, line by line, so a value split over words is found."""
        for image in raw.get("images") or []:
            fields = image.get("fields") if isinstance(image, dict) else None
            if not isinstance(fields, list):
                continue
            line: list[dict[str, Any]] = []
            for item in fields:
                if isinstance(item, dict) and isinstance(item.get("inferText"), str):
                    line.append(item)
                    if item.get("lineBreak") is not False:
                        self._line(line)
                        line = []
            self._line(line)

    def _line(self, words: list[dict[str, Any]]) -> None:
        if not words:
            return
        texts = [w["inferText"] for w in words]
        joined = " ".join(texts)
        masked = redact_text(joined, self.policy)
        if masked == joined:
            return
        start = 0
        for word, text in zip(words, texts, strict=True):
            new = masked[start : start + len(text)]
            if new != text:
                word["inferText"] = new
                self._remember(text, new)
                if not word.get("maskingPolys") and isinstance(word.get("boundingPoly"), dict):
                    word["maskingPolys"] = [copy.deepcopy(word["boundingPoly"])]
            start += len(text) + 1

    def everywhere(self, raw: dict[str, Any]) -> dict[str, Any]:
        """Every string of the answer: masked values replaced, then gated patterns."""
        known = sorted(self.replacements, key=len, reverse=True)

        def change(text: str) -> str:
            for original in known:
                if original in text:
                    text = text.replace(original, self.replacements[original])
            return redact_text(text, self.policy)

        result: dict[str, Any] = _strings(raw, change)
        return result


def redact_raw(raw: dict[str, Any], policy: RedactionPolicy | None = None) -> dict[str, Any]:
    """A redacted deep copy of a service answer (see the module docstring)."""
    redactor = _Redactor(policy or RedactionPolicy())
    copied = copy.deepcopy(raw)
    redactor.documents(copied)
    redactor.words(copied)
    return redactor.everywhere(copied)


def redact(result: OCRResult[Any], policy: RedactionPolicy | str | None = None) -> OCRResult[Any]:
    """``result.redacted(policy)``: the same class over a redacted copy of ``raw``."""
    chosen = policy if isinstance(policy, RedactionPolicy) else RedactionPolicy.parse(policy)
    redacted = type(result)(
        redact_raw(result.raw, chosen),
        request_id=result.request_id,
        http=result.http,
        product=result.product,
    )
    return redacted


def masking_polygons(raw: Any) -> Iterator[Polygon]:
    """Every ``maskingPolys`` polygon anywhere in an answer (what ``redact=True`` fills)."""
    if isinstance(raw, dict):
        for key, value in raw.items():
            if key == "maskingPolys" and isinstance(value, list):
                for polygon in value:
                    yield Polygon.from_raw(polygon)
            else:
                yield from masking_polygons(value)
    elif isinstance(raw, list):
        for value in raw:
            yield from masking_polygons(value)
