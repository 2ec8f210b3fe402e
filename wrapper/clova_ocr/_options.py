"""The keyword options of each call, as ``TypedDict``s (so IDEs and mypy check them).

Which product takes which of these is recorded once, in the registry (:mod:`._products`).
"""

from __future__ import annotations

from typing import Literal, TypedDict

import httpx

Upload = Literal["auto", "json", "multipart"]
TimeoutTypes = float | httpx.Timeout | None


class RequestOptions(TypedDict, total=False):
    """Per-call options every product takes."""

    name: str | None  #: sent as images[].name (default: the file name)
    format: str | None  #: only needed for URLs without an extension; bytes are sniffed
    upload: Upload | None  #: "auto" (default), "json" or "multipart"
    raise_on_failure: bool | None  #: raise ImageInferenceError on inferResult FAILURE/ERROR
    timeout: TimeoutTypes  #: overrides the client's timeout for this call
    max_retries: int | None  #: overrides the client's max_retries for this call
    retry_timeouts: bool | None  #: overrides the client's retry_timeouts for this call
    deadline: float | None  #: overrides the client's deadline (seconds for the whole call)
    #: pages of a PDF/TIFF to read, 1-based: "1-3,7", 5 or [1, 2] (default: all; a document
    #: longer than one call takes is split and merged back either way)
    pages: str | int | list[int] | None


class TextOptions(RequestOptions, total=False):
    """Options of General OCR (and Template OCR)."""

    lang: str | None  #: "ko", "ja", "zh-TW", "en" or a comma-separated list
    tables: bool | None  #: also detect tables (the domain's table toggle must be on)
    version: Literal["V1", "V2"] | None  #: protocol version (default V2)


class TemplateOptions(TextOptions, total=False):
    """Options of Template OCR."""

    template_ids: list[int] | None  #: only match these deployed templates


#: Calls in flight at once in ``ocr.batch`` and the CLI unless ``concurrency=`` says otherwise.
DEFAULT_BATCH_CONCURRENCY = 4
