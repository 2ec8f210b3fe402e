"""Tesseract behind the mock's :class:`~clova_ocr_mock.Recognizer` protocol.

Why ``tesserocr`` (not ``pytesseract``): its wheels bundle libtesseract, so nothing is
compiled here, and it keeps a loaded model per thread instead of starting a ``tesseract``
process (and re-loading the language data) on every page — measured 1.4 s against 2.1 s for
one A4 page at 150 dpi. Only the language data comes from the system (Debian's
``tesseract-ocr-kor`` etc.), found through ``TESSDATA_PREFIX`` or the usual Debian folders.
"""

from __future__ import annotations

import os
import threading
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import numpy as np
from PIL import Image

from ..imaging import PageImage
from ..recognizer import DetectedTable, RecognizedLine, RecognizedWord
from .pages import render
from .second_look import second_look
from .tables import find_tables, without_rulings
from .words import Ink, Symbol, Word, page_space, words_of_line

# CLOVA's `lang` codes → Tesseract language data. English rides along with every language
# (receipts, name cards and addresses mix Latin letters and digits into Korean text).
LANGUAGES = {"ko": "kor", "ja": "jpn", "zh-TW": "chi_tra", "en": "eng"}
DEFAULT_LANG = "ko"  # a domain's default language; CLOVA's console defaults to Korean

# Pixels handed to Tesseract after scaling: ~ an A3 page at 300 dpi. A larger page is read
# at a smaller scale (downscaled when it is larger than the budget itself), so time and memory
# are bounded whatever the upload's size — a 9000×9000 scan is read at 4,000 pixels a side.
MAX_READ_PIXELS = 16_000_000
# A page whose grey levels span less than this is blank (no ink): nothing to read.
BLANK_CONTRAST = 24

_TESSDATA_FOLDERS = (
    "/usr/share/tesseract-ocr/5/tessdata",
    "/usr/share/tesseract-ocr/4.00/tessdata",
    "/usr/share/tessdata",
    "/usr/local/share/tessdata",
)


def tessdata_path() -> str:
    """The folder holding ``*.traineddata``: ``TESSDATA_PREFIX`` or a standard location."""
    configured = os.environ.get("TESSDATA_PREFIX")
    candidates = ([configured] if configured else []) + list(_TESSDATA_FOLDERS)
    for folder in candidates:
        if Path(folder, "eng.traineddata").exists():
            return folder.rstrip("/") + "/"
    raise RuntimeError(
        "no Tesseract language data found; install it (Debian: apt-get install tesseract-ocr "
        "tesseract-ocr-kor) or set TESSDATA_PREFIX"
    )


def tesseract_languages() -> set[str]:
    """Language data installed on this machine (``kor``, ``eng``, …)."""
    return {p.stem for p in Path(tessdata_path()).glob("*.traineddata")}


def tesseract_lang(lang: str | None, installed: set[str]) -> str:
    """``"ko,ja"`` / ``"ko, ja, zh-TW"`` → ``"kor+jpn+eng"``, keeping only installed data.

    Unknown codes are skipped (the service ignores what it does not support); when nothing
    is left the domain default (Korean) is read.
    """
    codes = [c.strip() for c in (lang or DEFAULT_LANG).split(",") if c.strip()]
    wanted = [LANGUAGES[c] for c in codes if c in LANGUAGES] or [LANGUAGES[DEFAULT_LANG]]
    wanted.append("eng")
    chosen = [name for name in dict.fromkeys(wanted) if name in installed]
    return "+".join(chosen or ["eng"])


class TesseractRecognizer:
    """Reads every page with Tesseract: real words, boxes, line ends and confidences.

    Args:
        scale: pages are enlarged by this factor before reading (Tesseract reads 150 dpi
            text, 20-ish pixel high, much better at twice the size); boxes are mapped back.
        detect_orientation: run Tesseract's orientation detection (OSD) first and read a
            page turned by 90/180/270° upright; boxes stay in the uploaded page's pixels.
        min_orientation_confidence: OSD confidence needed before a page is turned.
        page_segmentation: Tesseract's page segmentation mode (``PSM``). The default, 4
            (one column of lines of varying size), reads the mock's documents — receipts,
            cards, forms, pages of lines — far better than automatic layout analysis (3),
            which splits short, widely spaced lines into bogus blocks (Korean CER on clean
            rendered lines 17.8-32.6% with 3; see ``python -m bench --engine``). Words keep
            their own boxes, so tables are unaffected; pass 3 for multi-column pages.
        max_pixels: the most pixels Tesseract is given for one page (see
            :data:`MAX_READ_PIXELS`); larger pages are read at a smaller scale.

    A blank page (no ink) and a page Tesseract finds no text on are read as no lines: a
    success with no fields, as the service answers.
    """

    reads_pixels = True  # URL images cannot be read: the mock downloads nothing

    def __init__(
        self,
        *,
        scale: float = 2.0,
        detect_orientation: bool = True,
        min_orientation_confidence: float = 1.0,
        page_segmentation: int = 4,
        max_pixels: int = MAX_READ_PIXELS,
    ) -> None:
        import tesserocr  # type: ignore[import-untyped]  # fail at start-up, not on the first request, when the extra is missing

        self._tesserocr = tesserocr
        self.tessdata = tessdata_path()
        self.installed = tesseract_languages()
        self.scale = scale
        self.detect_orientation = detect_orientation and "osd" in self.installed
        self.min_orientation_confidence = min_orientation_confidence
        self.page_segmentation = page_segmentation
        self.max_pixels = max_pixels
        self._local = threading.local()  # one loaded API per worker thread and language

    # -------------------------------------------------------------- Recognizer protocol
    def recognize(self, data: bytes, page: PageImage, *, lang: str | None) -> list[RecognizedLine]:
        return self.read_image(render(data, page), lang=lang)

    def tables(
        self, data: bytes, page: PageImage, lines: list[RecognizedLine]
    ) -> list[DetectedTable]:
        """Ruled tables of the page, their cells filled with ``lines``' words."""
        return find_tables(render(data, page), lines)

    # ------------------------------------------------------------------------ reading
    def read_image(self, image: Image.Image, *, lang: str | None = None) -> list[RecognizedLine]:
        """Lines of words of ``image`` in its own pixel coordinates.

        OSD tells a page lying on its side well but often takes an upright page for an
        upside-down one (Hangul, MRZ fillers): a turned reading is kept only when its words
        are read more surely than the reading turned the other way round (:func:`_sureness`).
        """
        if is_blank(image):
            return []
        language = tesseract_lang(lang, self.installed)
        rotation = self._orientation(image) if self.detect_orientation else 0
        lines = self._read(image, rotation, language)
        if rotation:
            other = self._read(image, (rotation + 180) % 360, language)
            if _sureness(other) > _sureness(lines):
                lines = other
        return lines

    def _read(self, image: Image.Image, rotation: int, language: str) -> list[RecognizedLine]:
        """``image`` turned by ``rotation``° and read; boxes mapped back onto ``image``."""
        upright = image.rotate(rotation, expand=True) if rotation else image
        api = self._api(language)
        scale = reading_scale(upright.size, self.scale, self.max_pixels)
        size = (max(1, round(upright.width * scale)), max(1, round(upright.height * scale)))
        if scale < 1:  # a huge page: shrink first, so ruling removal works on the budget too
            scaled = without_rulings(upright.resize(size, Image.Resampling.BOX))
        else:
            scaled = without_rulings(upright)
            if scale != 1:
                scaled = scaled.resize(size, Image.Resampling.LANCZOS)
        api.SetImage(scaled)
        api.SetSourceResolution(max(70, round(150 * scale)))
        try:
            api.Recognize()
            ink = np.asarray(api.GetThresholdedImage().convert("L")) < 128
            read = list(self._lines(api))
            space = page_space(read, ink)
            found = [words for symbols in read if (words := words_of_line(symbols, ink, space))]
        finally:
            api.Clear()
        found = self._second_look(scaled, ink, found, language)
        return [
            RecognizedLine(
                tuple(
                    RecognizedWord(
                        word.text,
                        _unrotate(
                            tuple(v / scale for v in word.box),  # type: ignore[arg-type]
                            rotation,
                            image.size,
                        ),
                        word.confidence,
                    )
                    for word in words
                )
            )
            for words in found
        ]

    def _second_look(
        self, image: Image.Image, ink: Ink, lines: list[list[Word]], language: str
    ) -> list[list[Word]]:
        """Doubtful words read again with one language (``second_look.py``)."""
        models = set(language.split("+"))
        return second_look(
            lines,
            ink,
            lambda box, lang: self._read_crop(image, box, lang),
            korean="kor" in models and "eng" in models,
            english="kor" in models and "eng" in models,
        )

    def _read_crop(
        self, image: Image.Image, box: tuple[int, int, int, int], lang: str
    ) -> tuple[str, float]:
        """The text of ``box`` read as one line with ``lang`` alone, and its least sure word's
        confidence (0-1)."""
        api = self._api(lang, self._tesserocr.PSM.SINGLE_LINE)
        api.SetImage(image.crop(box))
        api.SetSourceResolution(300)
        try:
            api.Recognize()
            text = api.GetUTF8Text() or ""
            confidences = api.AllWordConfidences()
        except RuntimeError:
            return "", 0.0
        finally:
            api.Clear()
        return text.strip(), min(confidences, default=0) / 100

    def _lines(self, api: Any) -> Iterator[list[Symbol]]:
        """The characters Tesseract read, line by line (words are rebuilt in ``words.py``)."""
        RIL = self._tesserocr.RIL
        iterator = api.GetIterator()
        current: list[Symbol] = []
        if iterator is None:
            return
        for symbol in self._tesserocr.iterate_level(iterator, RIL.SYMBOL):
            try:
                text = (symbol.GetUTF8Text(RIL.SYMBOL) or "").strip()
            except RuntimeError:  # "No text returned": the page (or this block) has no words
                continue
            if symbol.IsAtBeginningOf(RIL.TEXTLINE) and current:
                yield current
                current = []
            box = symbol.BoundingBox(RIL.SYMBOL)
            if not text or box is None:
                continue
            confidence = round(max(0.0, symbol.Confidence(RIL.SYMBOL)) / 100, 4)
            starts_word = bool(symbol.IsAtBeginningOf(RIL.WORD))
            current.append(Symbol(text, box, confidence, starts_word))
        if current:
            yield current

    def _orientation(self, image: Image.Image) -> int:
        """Degrees to turn ``image`` counter-clockwise (PIL's sense) to read it upright."""
        api = self._api("osd")
        small = image.convert("L")
        shrink = reading_scale(small.size, 1.0, self.max_pixels)
        if shrink < 1:
            size = (max(1, round(small.width * shrink)), max(1, round(small.height * shrink)))
            small = small.resize(size, Image.Resampling.BOX)
        api.SetImage(small)
        try:
            found = api.DetectOrientationScript()
        except RuntimeError:  # too little text to tell
            found = None
        finally:
            api.Clear()
        if not found or found["orient_conf"] < self.min_orientation_confidence:
            return 0
        # OSD reports the page's clockwise turn; PIL's rotate() turns counter-clockwise, so the
        # same number of degrees through PIL brings the page upright.
        return int(found["orient_deg"]) % 360

    def _api(self, lang: str, psm: int | None = None) -> Any:
        """This thread's loaded API for ``lang`` and page segmentation ``psm`` (default: the
        recognizer's, or orientation detection for ``osd``)."""
        tesserocr = self._tesserocr
        if psm is None:
            psm = tesserocr.PSM.OSD_ONLY if lang == "osd" else self.page_segmentation
        apis: dict[tuple[str, int], Any] = self._local.__dict__.setdefault("apis", {})
        if (lang, psm) not in apis:
            apis[lang, psm] = tesserocr.PyTessBaseAPI(path=self.tessdata, lang=lang, psm=psm)
        return apis[lang, psm]


def _sureness(lines: list[RecognizedLine]) -> float:
    """Characters read, weighted by confidence: higher for the right way up."""
    return sum(len(w.text) * w.confidence for line in lines for w in line.words)


def reading_scale(size: tuple[int, int], scale: float, max_pixels: int) -> float:
    """``scale``, lowered so that the page read holds at most ``max_pixels`` pixels."""
    pixels = size[0] * size[1] * scale * scale
    if pixels <= max_pixels:
        return scale
    return float(scale * (max_pixels / pixels) ** 0.5)


def is_blank(image: Image.Image) -> bool:
    """True when ``image`` has no ink: its grey levels span less than :data:`BLANK_CONTRAST`."""
    darkest, lightest = image.convert("L").getextrema()
    return float(lightest) - float(darkest) < BLANK_CONTRAST  # type: ignore[arg-type]


def _unrotate(
    box: tuple[float, float, float, float], rotation: int, size: tuple[int, int]
) -> tuple[float, float, float, float]:
    """Map a box of the upright image back to the uploaded image (turned by ``rotation``°).

    PIL's ``rotate(r, expand=True)`` turns counter-clockwise; ``size`` is the uploaded size.
    """
    left, top, right, bottom = box
    width, height = size
    if rotation == 90:  # upright (x, y) came from original (width - 1 - y, x)
        return (width - bottom, left, width - top, right)
    if rotation == 180:
        return (width - right, height - bottom, width - left, height - top)
    if rotation == 270:
        return (top, height - right, bottom, height - left)
    return box
