"""How the batch runs one image: through the client's generic method
:meth:`~clova_ocr.ClovaOCR.recognize`, so it runs exactly what ``ocr.general(...)`` or
``ocr.document.receipt(...)`` would. Product facts come from the registry (``_products.py``).
"""

from __future__ import annotations

import asyncio
import functools
from collections.abc import Awaitable, Callable
from concurrent.futures import Executor
from typing import TYPE_CHECKING, Any

from .._products import Product
from ..results import OCRResult

if TYPE_CHECKING:
    from .._client import AsyncClovaOCR, ClovaOCR

#: Runs one image with per-call options; returns the result or raises a ClovaOCRError.
OneCall = Callable[..., Awaitable[OCRResult[Any]]]


def async_caller(client: AsyncClovaOCR, product: Product[Any]) -> OneCall:
    """``await call(image, **options)`` through the async client's ``recognize``."""

    async def call(image: Any, **options: Any) -> OCRResult[Any]:
        return await client.recognize(product, image, **options)

    return call


def sync_caller(client: ClovaOCR, product: Product[Any], executor: Executor) -> OneCall:
    """The sync client's ``recognize``, run on ``executor`` so calls overlap."""

    async def call(image: Any, **options: Any) -> OCRResult[Any]:
        loop = asyncio.get_running_loop()
        return await loop.run_in_executor(
            executor, functools.partial(client.recognize, product, image, **options)
        )

    return call
