"""Batch OCR: many inputs through one product, paced to the domain's rate limit.

``ocr.batch(...)`` (both clients) is the SDK entry point; :mod:`.folder` writes the output
folder the CLI's ``--out DIR`` produces (the layout is documented there).
"""

from .engine import BatchItem, BatchRunner, abatch, batch
from .limiter import AdaptiveLimiter, parse_rate
from .products import PRODUCT_NAMES, allows_url, check_product

__all__ = [
    "PRODUCT_NAMES",
    "AdaptiveLimiter",
    "BatchItem",
    "BatchRunner",
    "abatch",
    "allows_url",
    "batch",
    "check_product",
    "parse_rate",
]
