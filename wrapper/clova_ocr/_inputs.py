"""Turn whatever the user passed (path, bytes, file, URL, PIL image) into a sendable image.

Paths are read lazily: only their size and first bytes are looked at up front (to reject
empty, unknown or oversized files before anything is uploaded); the content is opened again
for each attempt, so retries resend the whole file.
"""

from __future__ import annotations

import io
import os
import sys
import warnings
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path
from typing import IO, Any, Protocol, cast
from urllib.parse import urlparse

from ._secrets import Scrubber
from .errors import InputError

_PACKAGE_DIR = os.path.dirname(os.path.abspath(__file__))


class BinaryReader(Protocol):
    """A binary file-like object (only ``read`` is needed; ``seek``/``tell`` avoid a copy)."""

    def read(self, size: int = -1, /) -> bytes: ...


class SavableImage(Protocol):
    """A ``PIL.Image.Image`` (sent as PNG); typed structurally so Pillow stays optional."""

    def save(self, fp: Any, format: str | None = None, **params: Any) -> None: ...


#: What the SDK accepts as an image: a path or http(s) URL, bytes, a binary file, a PIL image.
ImageInput = (
    str
    | os.PathLike[str]
    | bytes
    | bytearray
    | memoryview
    | IO[bytes]
    | BinaryReader
    | SavableImage
)

FORMATS = ("jpg", "png", "pdf", "tiff")
_MAGIC: tuple[tuple[bytes, str], ...] = (
    (b"\xff\xd8\xff", "jpg"),
    (b"\x89PNG\r\n\x1a\n", "png"),
    (b"%PDF-", "pdf"),
    (b"II*\x00", "tiff"),
    (b"MM\x00*", "tiff"),
)
_ALIASES = {"jpg": "jpg", "jpeg": "jpg", "png": "png", "pdf": "pdf", "tif": "tiff", "tiff": "tiff"}
MIME_TYPES = {
    "jpg": "image/jpeg",
    "png": "image/png",
    "pdf": "application/pdf",
    "tiff": "image/tiff",
}


class FormatMismatchWarning(UserWarning):
    """The file's name or the ``format=`` given disagrees with its bytes; the bytes win."""


def sniff_format(head: bytes) -> str | None:
    """The image format of these leading bytes, or ``None`` if it is none we can send."""
    for magic, fmt in _MAGIC:
        if head.startswith(magic):
            return fmt
    return None


_NAMES = {"jpg": "JPEG", "png": "PNG", "pdf": "PDF", "tiff": "TIFF"}


def _damaged(head: bytes) -> str | None:
    """Why ``head``, no known format's start, still looks like one: ``"truncated PNG"``…"""
    for magic, fmt in _MAGIC:
        if len(head) < len(magic) and head and magic.startswith(head):
            return f"a truncated {_NAMES[fmt]} file (only {len(head)} bytes)"
        start = max(2, min(4, len(magic) - 1))  # enough of the signature to be sure
        if len(head) >= start and head[:start] == magic[:start]:
            return f"a corrupt {_NAMES[fmt]} file (its signature is damaged)"
    return None


def display_name(name: str | os.PathLike[str]) -> str:
    """``name`` fit to print and to send: a file name that is not UTF-8 (Python keeps its
    bytes as lone surrogates, which cannot be encoded) gets ``\\xNN`` escapes instead."""
    text = os.fspath(name)
    try:
        text.encode("utf-8")
    except UnicodeEncodeError:
        return os.fsencode(text).decode("utf-8", "backslashreplace")
    return text


def normalise_format(value: str) -> str:
    """``"JPEG"`` → ``"jpg"``; raises :class:`InputError` for formats the service rejects."""
    fmt = _ALIASES.get(value.lower().lstrip("."))
    if fmt is None:
        raise InputError(f"unsupported format {value!r}; CLOVA OCR accepts {', '.join(FORMATS)}")
    return fmt


def _format_from_name(name: str) -> str | None:
    return _ALIASES.get(Path(name).suffix.lower().lstrip("."))


@dataclass(frozen=True)
class PreparedImage:
    """An image ready to send: either a URL or bytes that can be (re)opened."""

    name: str
    format: str
    size: int | None = None
    url: str | None = None
    opener: Callable[[], IO[bytes]] | None = None

    @property
    def mime_type(self) -> str:
        return MIME_TYPES[self.format]

    @property
    def filename(self) -> str:
        stem = Path(self.name).stem or "image"
        return f"{stem}.{self.format}"

    def open(self) -> IO[bytes]:
        """A fresh binary stream positioned at the first byte."""
        if self.opener is None:
            raise InputError(f"{self.name} is a URL; it has no bytes to upload")
        return self.opener()

    def read(self) -> bytes:
        with self.open() as stream:
            return stream.read()


def is_url(value: str) -> bool:
    """Whether ``value`` is an http(s) URL (sent as ``url`` rather than read as a path)."""
    return urlparse(value).scheme in {"http", "https"}


def _is_pil_image(value: Any) -> bool:
    return type(value).__module__.startswith("PIL.") and hasattr(value, "save")


def prepare_image(
    image: ImageInput,
    *,
    max_bytes: int,
    allow_url: bool,
    name: str | None = None,
    format: str | None = None,
) -> PreparedImage:
    """Validate ``image`` and describe how to send it; raises :class:`InputError`."""
    wanted = normalise_format(format) if format else None

    if isinstance(image, str) and is_url(image):
        if not allow_url:
            raise InputError("Document OCR accepts only image bytes, not a URL; download it first")
        fmt = wanted or _format_from_name(urlparse(image).path)
        if fmt is None:
            shown = Scrubber(()).url(image)  # no user:password, no signature
            raise InputError(f"cannot tell the format of {shown!r} from its URL; pass format=")
        return PreparedImage(
            name=display_name(name or Path(urlparse(image).path).name or "image"),
            format=fmt,
            url=image,
        )

    if isinstance(image, (str, os.PathLike)):
        return _from_path(Path(image), max_bytes=max_bytes, name=name, wanted=wanted)
    if isinstance(image, (bytes, bytearray, memoryview)):
        data = bytes(image)
        return _from_bytes(data, name=name or "image", wanted=wanted, max_bytes=max_bytes)
    if _is_pil_image(image):
        buffer = io.BytesIO()
        cast(Any, image).save(buffer, format="PNG")
        return _from_bytes(
            buffer.getvalue(), name=name or "image", wanted=wanted, max_bytes=max_bytes
        )
    if hasattr(image, "read"):
        return _from_stream(image, name=name, wanted=wanted, max_bytes=max_bytes)
    raise InputError(
        f"cannot send a {type(image).__name__} as an image; pass a path, bytes, a binary file, "
        "an http(s) URL or a PIL.Image"
    )


def _check(
    name: str, head: bytes, size: int, max_bytes: int, hint: str | None, wanted: str | None
) -> str:
    if size == 0:
        raise InputError(f"{name} is empty")
    if size > max_bytes:
        raise InputError(
            f"{name} is {size / 1_048_576:.1f} MiB; this product accepts at most "
            f"{max_bytes / 1_048_576:.0f} MiB"
        )
    fmt = sniff_format(head)
    if fmt is None and _damaged(head):
        raise InputError(f"{name} is {_damaged(head)}")
    if fmt is None:
        raise InputError(
            f"{name} is not a JPEG, PNG, PDF or TIFF file (its first bytes are {head[:8]!r})"
        )
    claimed = wanted or hint
    if claimed is not None and claimed != fmt:
        source = "format=" if wanted else "its name"
        text = f"{name}: {source} says {claimed} but the bytes are {fmt}; sending it as {fmt}"
        warnings.warn(text, FormatMismatchWarning, stacklevel=_caller_stacklevel())
    return fmt


def _caller_stacklevel() -> int:
    """The ``stacklevel`` of the first frame outside this package: the user's line.

    (Python 3.12's ``skip_file_prefixes`` does this; 3.11 needs the walk.) Awaited coroutines
    link to their caller's frame too, so the async client's warnings land on the ``await``.
    """
    frame = sys._getframe(1)
    level = 1
    while frame is not None and frame.f_code.co_filename.startswith(_PACKAGE_DIR):
        frame = frame.f_back  # type: ignore[assignment]
        level += 1
    return level


def _from_path(
    path: Path, *, max_bytes: int, name: str | None, wanted: str | None
) -> PreparedImage:
    shown = display_name(path)
    try:
        size = path.stat().st_size
        if not path.is_file():
            raise InputError(f"{shown} is not a file")
        with path.open("rb") as stream:
            head = stream.read(16)
    except FileNotFoundError:
        raise InputError(f"no such file: {shown}") from None
    except PermissionError:
        raise InputError(f"cannot read {shown}: permission denied") from None
    except OSError as exc:  # a name too long, a folder gone, an I/O error
        raise InputError(f"cannot read {shown}: {exc.strerror or type(exc).__name__}") from exc
    fmt = _check(shown, head, size, max_bytes, _format_from_name(path.name), wanted)
    return PreparedImage(
        name=display_name(name or path.name),
        format=fmt,
        size=size,
        opener=lambda: path.open("rb"),
    )


def _from_bytes(data: bytes, *, name: str, wanted: str | None, max_bytes: int) -> PreparedImage:
    name = display_name(name)
    fmt = _check(name, data[:16], len(data), max_bytes, _format_from_name(name), wanted)
    return PreparedImage(name=name, format=fmt, size=len(data), opener=lambda: io.BytesIO(data))


def _from_stream(
    stream: Any, *, name: str | None, wanted: str | None, max_bytes: int
) -> PreparedImage:
    label = display_name(name or Path(str(getattr(stream, "name", "") or "image")).name)
    if getattr(stream, "seekable", lambda: False)():
        start = stream.tell()
        size = stream.seek(0, os.SEEK_END) - start
        stream.seek(start)
        head = stream.read(16)
        stream.seek(start)
        if isinstance(head, str):
            raise InputError(f"{label} is open in text mode; open it with 'rb'")
        fmt = _check(label, head, size, max_bytes, _format_from_name(label), wanted)

        def reopen() -> IO[bytes]:
            stream.seek(start)
            return cast(IO[bytes], _Unclosable(stream))

        return PreparedImage(name=label, format=fmt, size=size, opener=reopen)
    data = stream.read()
    if isinstance(data, str):
        raise InputError(f"{label} is open in text mode; open it with 'rb'")
    return _from_bytes(data, name=label, wanted=wanted, max_bytes=max_bytes)


class _Unclosable(io.RawIOBase):
    """A view of the caller's file that sending may close without closing their file."""

    def __init__(self, stream: IO[bytes]) -> None:
        self._stream = stream

    def readable(self) -> bool:
        return True

    def read(self, size: int = -1) -> bytes:
        return self._stream.read(size)

    def readinto(self, buffer: Any) -> int:
        data = self._stream.read(len(buffer))
        buffer[: len(data)] = data
        return len(data)
