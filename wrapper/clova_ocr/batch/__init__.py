"""Batch OCR: many inputs through one product, paced to the domain's rate limit.

``ocr.batch(...)`` (both clients) is the SDK entry point. To write the output folder the
CLI's ``--out DIR`` produces (layout in :mod:`.folder`) from Python, as ``clova-ocr demo``
does: ``await run_batch(async_client, expand(paths, stdin=None, allow_urls=True),
"general", out=OutputFolder(dir, "general", Scrubber([secret])).open())``.
"""

from clova_ocr_common.rates import parse_rate

from .engine import BatchItem, BatchPlan, BatchRunner, abatch, batch
from .folder import OutputFolder
from .inputs import Source, expand
from .limiter import AdaptiveLimiter
from .run import Summary, run_batch

__all__ = [
    "AdaptiveLimiter",
    "BatchItem",
    "BatchPlan",
    "BatchRunner",
    "OutputFolder",
    "Source",
    "Summary",
    "abatch",
    "batch",
    "expand",
    "parse_rate",
    "run_batch",
]
