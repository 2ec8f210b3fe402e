"""What the batch layer needs from the product registry, in one place.

Product facts come from :data:`clova_ocr.PRODUCTS` (``_products.py``); one image is run
through the client's public generic method :meth:`~clova_ocr.ClovaOCR.recognize`, so the
batch runs exactly what ``ocr.general(...)`` or ``ocr.document.receipt(...)`` would.
"""

from __future__ import annotations

import asyncio
import functools
from collections.abc import Awaitable, Callable
from concurrent.futures import Executor
from typing import TYPE_CHECKING, Any

from .._products import DOCUMENTS, PRODUCTS, get_product
from ..results import OCRResult

if TYPE_CHECKING:
    from .._client import AsyncClovaOCR, ClovaOCR

#: Registry names, as written in ``index.jsonl``'s ``product`` field.
PRODUCT_NAMES: tuple[str, ...] = tuple(PRODUCTS)
DOCUMENT_NAMES: tuple[str, ...] = tuple(DOCUMENTS)

#: Runs one image with per-call options; returns the result or raises a ClovaOCRError.
OneCall = Callable[..., Awaitable[OCRResult[Any]]]


def check_product(name: str) -> str:
    """``name`` in registry spelling (``id-card`` → ``id_card``); ``ValueError`` if unknown."""
    return get_product(name).name


def allows_url(name: str) -> bool:
    """Whether the product accepts an http(s) URL instead of image bytes."""
    return get_product(name).allows_url


def async_caller(client: AsyncClovaOCR, name: str) -> OneCall:
    """``await call(image, **options)`` through the async client's ``recognize``."""
    product = get_product(name)

    async def call(image: Any, **options: Any) -> OCRResult[Any]:
        return await client.recognize(product, image, **options)

    return call


def sync_caller(client: ClovaOCR, name: str, executor: Executor) -> OneCall:
    """The sync client's ``recognize``, run on ``executor`` so calls overlap."""
    product = get_product(name)

    async def call(image: Any, **options: Any) -> OCRResult[Any]:
        loop = asyncio.get_running_loop()
        return await loop.run_in_executor(
            executor, functools.partial(client.recognize, product, image, **options)
        )

    return call
