"""Keep credentials (and, with ``--redact``, personal numbers) out of everything the batch
writes or prints: the :class:`Scrubber` of :mod:`.._secrets`, which the SDK uses too."""

from __future__ import annotations

from .._secrets import MASK, Scrubber

__all__ = ["MASK", "Scrubber"]
