"""Long PDFs and multi-frame TIFFs: pick pages, cut them into calls the service takes, merge.

The service reads at most ``Product.pages_per_call`` pages per call (General/Template: 10;
Document OCR: 1). A longer document, or one sent with ``pages="1-3,7"``, is cut here into
parts of that many pages, lazily (one part in memory per call in flight), and the answers
are merged back into one answer whose pages keep their page numbers
(``convertedImageInfo.pageIndex``, 0-based as the service counts). A part that fails becomes
``inferResult: ERROR`` pages carrying the error, so the other pages are kept.

Cutting PDFs needs pypdf and TIFFs Pillow (``pip install 'clova-ocr[pdf]'``); without them a
document is sent as is, as before.
"""

from __future__ import annotations

import copy
import io
from collections.abc import Iterable, Iterator
from dataclasses import dataclass, field
from typing import TYPE_CHECKING, Any

from ._inputs import PreparedImage
from .errors import ImageInferenceError, InputError

if TYPE_CHECKING:
    from ._products import Product
    from .results import OCRResult

#: What ``pages=`` takes: ``"1-3,7"``, a page number, or page numbers (1-based).
PagesSpec = str | int | Iterable[int]
MULTI_PAGE = ("pdf", "tiff")


@dataclass(frozen=True)
class Pacing:
    """How a long document's parts are sent: the batch's concurrency, rate and retries."""

    concurrency: int
    rate_limit: str | float | None = None
    max_retries: int | None = None


#: The per-call option key through which the batch engine hands its pacing to the client.
PACING_OPTION = "_pacing"


def _need_pdf() -> Any:
    try:
        import pypdf
    except ImportError:
        raise InputError(
            "splitting PDFs into pages needs pypdf: pip install 'clova-ocr[pdf]'"
        ) from None
    return pypdf


def _need_pillow() -> Any:
    try:
        from PIL import Image
    except ImportError:
        raise InputError(
            "splitting TIFFs into pages needs Pillow: pip install 'clova-ocr[pdf]'"
        ) from None
    return Image


def parse_pages(spec: PagesSpec, count: int, name: str) -> tuple[int, ...]:
    """``"1-3,7"`` → ``(0, 1, 2, 6)``: 0-based, sorted, unique; checked against ``count``."""
    numbers: list[int] = []
    if isinstance(spec, str):
        for part in (p.strip() for p in spec.split(",")):
            first, dash, last = part.partition("-")
            try:
                low = int(first) if first.strip() else 1
                high = (int(last) if last.strip() else count) if dash else low
            except ValueError:
                raise InputError(
                    f"pages={spec!r}: {part!r} is not a page or range like 3 or 1-5"
                ) from None
            numbers.extend(range(low, high + 1) if low <= high else [low, high])
    elif isinstance(spec, int) and not isinstance(spec, bool):
        numbers = [spec]
    elif not isinstance(spec, bool):
        numbers = list(spec)
    if not numbers:
        raise InputError(f"pages={spec!r} names no page")
    for number in numbers:
        if not isinstance(number, int) or isinstance(number, bool) or number < 1:
            raise InputError(f"pages={spec!r}: page numbers start at 1, not {number!r}")
        if number > count:
            raise InputError(
                f"{name}: page {number} is beyond the end (it has {count} page"
                f"{'' if count == 1 else 's'})"
            )
    return tuple(sorted({n - 1 for n in numbers}))


class _Unreadable(InputError):
    """The file cannot be parsed here (the service may still read a whole upload of it)."""


class _Pdf:
    def __init__(self, image: PreparedImage) -> None:
        pypdf = _need_pdf()
        self.name = image.name
        self.stream = image.open()
        try:
            self.reader = pypdf.PdfReader(self.stream)
            if self.reader.is_encrypted and not self.reader.decrypt(""):
                raise InputError(f"{image.name}: the PDF is encrypted; decrypt it first")
            self.count = len(self.reader.pages)
        except InputError:
            self.stream.close()
            raise
        except Exception as exc:  # pypdf raises many types for broken files
            self.stream.close()
            raise _Unreadable(f"{image.name}: not a readable PDF ({exc})") from None

    def cut(self, pages: tuple[int, ...]) -> bytes:
        from pypdf import PdfWriter

        writer = PdfWriter()
        try:
            for index in pages:
                writer.add_page(self.reader.pages[index])
            buffer = io.BytesIO()
            writer.write(buffer)
        except Exception as exc:
            raise InputError(f"{self.name}: page {pages[0] + 1}: cannot be read ({exc})") from None
        return buffer.getvalue()

    def close(self) -> None:
        self.stream.close()


class _Tiff:
    def __init__(self, image: PreparedImage) -> None:
        pil = _need_pillow()
        self.name = image.name
        self.stream = image.open()
        try:
            self.picture = pil.open(self.stream)
            self.count = getattr(self.picture, "n_frames", 1)
        except Exception as exc:
            self.stream.close()
            raise _Unreadable(f"{image.name}: not a readable TIFF ({exc})") from None

    def cut(self, pages: tuple[int, ...]) -> bytes:
        frames = []
        try:
            for index in pages:
                self.picture.seek(index)
                frames.append(self.picture.copy())
        except Exception as exc:
            raise InputError(f"{self.name}: page {pages[0] + 1}: cannot be read ({exc})") from None
        buffer = io.BytesIO()
        frames[0].save(
            buffer,
            format="TIFF",
            save_all=True,
            append_images=frames[1:],
            compression="tiff_deflate",
        )
        return buffer.getvalue()

    def close(self) -> None:
        self.stream.close()


def _splittable(fmt: str) -> bool:
    """Whether the library that cuts ``fmt`` files is installed."""
    import importlib.util

    return importlib.util.find_spec("pypdf" if fmt == "pdf" else "PIL") is not None


@dataclass
class PageSplit:
    """One document cut into parts; :meth:`parts` yields their bytes lazily."""

    image: PreparedImage
    document: _Pdf | _Tiff
    pages: tuple[int, ...]
    per_call: int
    #: The page indices of each part, in the order :meth:`parts` yielded them.
    cut: list[tuple[int, ...]] = field(default_factory=list)

    def groups(self) -> list[tuple[int, ...]]:
        return [self.pages[i : i + self.per_call] for i in range(0, len(self.pages), self.per_call)]

    def parts(self) -> Iterator[bytes]:
        try:
            for group in self.groups():
                self.cut.append(group)
                yield self.document.cut(group)
        finally:
            self.document.close()

    def part_options(self, options: dict[str, Any]) -> dict[str, Any]:
        """The options of each part's call: the caller's, naming the document, never raising
        on a failed page (the merge reports it with its page number)."""
        batch_keys = ("pages", "max_retries", PACING_OPTION)  # the batch takes max_retries itself
        out = {k: v for k, v in options.items() if k not in batch_keys}
        out.update(name=self.image.name, format=self.image.format, raise_on_failure=False)
        return out


def plan(product: Product[Any], image: PreparedImage, pages: PagesSpec | None) -> PageSplit | None:
    """The split of ``image`` if it needs one (longer than a call takes, or ``pages=``)."""
    if image.url is not None:
        if pages is not None:
            raise InputError("pages= picks pages of a PDF or TIFF file, not of a URL")
        return None
    if image.format not in MULTI_PAGE:
        if pages is not None:  # a JPEG/PNG is a document of one page
            parse_pages(pages, 1, image.name)
        return None
    if pages is None and not _splittable(image.format):
        return None  # without pypdf/Pillow, a document is sent whole, as before
    try:
        document: _Pdf | _Tiff = _Pdf(image) if image.format == "pdf" else _Tiff(image)
    except _Unreadable:
        if pages is not None:
            raise
        return None  # nothing to cut: sent whole, the service judges it (as before)
    try:
        if document.count == 0:
            raise InputError(f"{image.name}: the document has no pages")
        chosen = (
            tuple(range(document.count))
            if pages is None
            else parse_pages(pages, document.count, image.name)
        )
    except InputError:
        document.close()
        raise
    if pages is None and document.count <= product.pages_per_call:
        document.close()
        return None
    return PageSplit(image, document, chosen, product.pages_per_call)


class Merger:
    """Collects the parts' outcomes and builds the one answer of the document."""

    def __init__(self, product: Product[Any], split: PageSplit) -> None:
        self.product = product
        self.split = split
        self.outcomes: dict[int, tuple[OCRResult[Any] | None, BaseException | None]] = {}

    def add(self, index: int, result: OCRResult[Any] | None, error: BaseException | None) -> None:
        self.outcomes[index] = (result, error)

    def _failed_page(self, page: int, error: BaseException | None) -> dict[str, Any]:
        code = getattr(error, "code", None)
        text = getattr(error, "message", None) or str(error) or type(error).__name__
        return {
            "name": self.split.image.name,
            "inferResult": "ERROR",
            "message": f"[{code}] {text}" if code else text,
            "convertedImageInfo": {"pageIndex": page},
        }

    def raw(self) -> dict[str, Any]:
        merged: dict[str, Any] = {}
        images: list[dict[str, Any]] = []
        for index, group in enumerate(self.split.cut):
            result, error = self.outcomes.get(index, (None, None))
            answer = result.raw.get("images") if result is not None else None
            if result is None or not isinstance(answer, list) or len(answer) != len(group):
                images.extend(self._failed_page(page, error) for page in group)
                continue
            if not merged:
                merged = {k: copy.deepcopy(v) for k, v in result.raw.items() if k != "images"}
            for page, image in zip(group, answer, strict=True):
                image = dict(image) if isinstance(image, dict) else {}
                info = image.get("convertedImageInfo")
                image["convertedImageInfo"] = {
                    **(info if isinstance(info, dict) else {}),
                    "pageIndex": page,
                }
                images.append(image)
        merged["images"] = images
        return merged

    def result(self, raise_on_failure: bool) -> OCRResult[Any]:
        from dataclasses import replace

        first = next((r for r, _ in self.outcomes.values() if r is not None), None)
        http = first.http if first is not None else None
        if http is not None:
            http = replace(http, calls=len(self.split.cut))
        from .results import result_class

        result: OCRResult[Any] = result_class(self.product)(
            self.raw(),
            request_id=first.request_id if first is not None else None,
            http=http,
            product=self.product,
        )
        if raise_on_failure and result.failures:
            page = result.failures[0]
            raise ImageInferenceError(
                f"{self.split.image.name}: page {page.index + 1}: "
                f"{page.message or page.infer_result} ({len(result.failures)} of "
                f"{len(result.pages)} pages failed; the others are in .result)",
                code=page.infer_result,
                http_status=200 if http is not None else None,
                request_id=result.request_id,
                body=result.raw,
                result=result,
            )
        return result


def render_pdf_page(source: Any, index: int, width: int | None = None) -> Any:
    """Page ``index`` (0-based) of a PDF as a PIL image, ``width`` pixels wide if given
    (pypdfium2; the service's ``convertedImageInfo`` size makes boxes line up)."""
    try:
        import pypdfium2  # type: ignore[import-untyped]
    except ImportError:
        raise ImportError(
            "drawing on PDF pages needs pypdfium2: pip install 'clova-ocr[pdf]'"
        ) from None
    data = bytes(source) if isinstance(source, (bytes, bytearray, memoryview)) else source
    try:
        document = pypdfium2.PdfDocument(data)
    except pypdfium2.PdfiumError as exc:
        raise InputError(f"not a readable PDF ({exc})") from None
    try:
        if not 0 <= index < len(document):
            raise InputError(f"page {index + 1} is beyond the end ({len(document)} pages)")
        page = document[index]
        scale = width / page.get_width() if width else 150 / 72
        return page.render(scale=scale).to_pil()
    finally:
        document.close()
