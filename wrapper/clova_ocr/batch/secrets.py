"""Keep credentials out of everything the batch writes or prints (see :mod:`.._secrets`)."""

from __future__ import annotations

from .._secrets import MASK, Scrubber

__all__ = ["MASK", "Scrubber"]
