"""Crash-safe files shared by every writer of answers: the batch output folder and the
answer store (``cache``) write the same files the same way, so the mock's replay reads both.

An answer file is written to a temporary file in its folder and renamed into place
(``os.replace`` is atomic), so a reader, or a crash, never sees half of it. Temporary names
are short (``.<12 hex>.clova-tmp``) so they fit wherever the final name fits. Files are
created ``0666`` minus the umask, like any other program's.
"""

from __future__ import annotations

import contextlib
import os
import secrets
from pathlib import Path
from typing import Any

FILE_MODE = 0o666  #: minus the umask
TMP_SUFFIX = ".clova-tmp"
#: One line per stored answer: ``{"input", "answer", "sha256", "product", "inferResult", …}``.
INDEX = "index.jsonl"


def atomic_write(path: Path, data: bytes) -> None:
    """Write ``data`` to ``path`` so that a reader (or a crash) never sees half of it."""
    path.parent.mkdir(parents=True, exist_ok=True)
    tmp = path.parent / f".{secrets.token_hex(6)}{TMP_SUFFIX}"
    fd = os.open(tmp, os.O_WRONLY | os.O_CREAT | os.O_EXCL | getattr(os, "O_BINARY", 0), FILE_MODE)
    try:
        with os.fdopen(fd, "wb") as stream:
            stream.write(data)
            stream.flush()
            os.fsync(stream.fileno())
        os.replace(tmp, path)
    except BaseException:
        with contextlib.suppress(OSError):
            os.unlink(tmp)
        raise


def first_infer_result(raw: Any) -> str | None:
    """The first image's ``inferResult`` of a raw answer (``None`` when it has none)."""
    images = raw.get("images") if isinstance(raw, dict) else None
    first = images[0] if isinstance(images, list) and images else None
    value = first.get("inferResult") if isinstance(first, dict) else None
    return value if isinstance(value, str) else None
