"""Everything the batch layer knows about products, in one place.

The batch code never looks at how products are declared elsewhere: it asks this module for
the names it may use, whether a product takes URLs, and a callable that runs one image
through the client's public method (``ocr.general``, ``ocr.template``,
``ocr.document.<name>``). Switching to another product registry means editing only here.
"""

from __future__ import annotations

import asyncio
import functools
from collections.abc import Awaitable, Callable
from concurrent.futures import Executor
from typing import TYPE_CHECKING, Any

from .._products import DOCUMENTS, GENERAL, TEMPLATE
from ..results import OCRResult

if TYPE_CHECKING:
    from .._client import AsyncClovaOCR, ClovaOCR

#: Registry names, as written in ``index.jsonl``'s ``product`` field.
PRODUCT_NAMES: tuple[str, ...] = (GENERAL.name, TEMPLATE.name, *DOCUMENTS)
DOCUMENT_NAMES: tuple[str, ...] = tuple(DOCUMENTS)

#: Runs one image with per-call options; returns the result or raises a ClovaOCRError.
OneCall = Callable[..., Awaitable[OCRResult]]


def check_product(name: str) -> str:
    """``name`` in registry spelling (``id-card`` → ``id_card``); ``ValueError`` if unknown."""
    normalised = name.replace("-", "_")
    if normalised not in PRODUCT_NAMES:
        raise ValueError(f"unknown product {name!r}; one of {', '.join(PRODUCT_NAMES)}")
    return normalised


def allows_url(name: str) -> bool:
    """Whether the product accepts an http(s) URL instead of image bytes."""
    if name == GENERAL.name:
        return GENERAL.allows_url
    if name == TEMPLATE.name:
        return TEMPLATE.allows_url
    return DOCUMENTS[name].allows_url


def _method(client: Any, name: str) -> Callable[..., Any]:
    if name in (GENERAL.name, TEMPLATE.name):
        return getattr(client, name)  # type: ignore[no-any-return]
    return getattr(client.document, name)  # type: ignore[no-any-return]


def async_caller(client: AsyncClovaOCR, name: str) -> OneCall:
    """``await call(image, **options)`` through the async client's public method."""
    method = _method(client, name)

    async def call(image: Any, **options: Any) -> OCRResult:
        return await method(image, **options)  # type: ignore[no-any-return]

    return call


def sync_caller(client: ClovaOCR, name: str, executor: Executor) -> OneCall:
    """The sync client's public method, run on ``executor`` so calls overlap."""
    method = _method(client, name)

    async def call(image: Any, **options: Any) -> OCRResult:
        loop = asyncio.get_running_loop()
        return await loop.run_in_executor(executor, functools.partial(method, image, **options))

    return call
