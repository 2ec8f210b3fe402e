"""Turn one page of an upload into pixels, in the same size the mock reports for it."""

from __future__ import annotations

import io
import threading
import warnings

from PIL import Image

from ..imaging import PDF_DPI, PageImage

# PDFium is not thread-safe (pypdfium2 says so): one render at a time per process.
_PDFIUM = threading.Lock()


def render(data: bytes, page: PageImage) -> Image.Image:
    """Page ``page.index`` of ``data`` as an RGB image of exactly ``page.width × page.height``.

    PDFs are rendered with PDFium at :data:`~clova_ocr_mock.imaging.PDF_DPI`, as the service
    converts them; TIFF frames and plain images are read with Pillow.
    """
    if data.startswith(b"%PDF-"):
        image = _render_pdf(data, page.index)
    else:
        with warnings.catch_warnings():
            warnings.simplefilter("ignore")
            source = Image.open(io.BytesIO(data))
            source.seek(page.index)
            image = source.convert("RGB")
    if image.size != (page.width, page.height):  # a rounding pixel on PDF pages
        image = image.resize((page.width, page.height))
    return image


def _render_pdf(data: bytes, index: int) -> Image.Image:
    import pypdfium2  # type: ignore[import-untyped]

    with _PDFIUM:
        document = pypdfium2.PdfDocument(data)
        try:
            bitmap = document[index].render(scale=PDF_DPI / 72)
            image: Image.Image = bitmap.to_pil().convert("RGB")
            return image
        finally:
            document.close()
