"""Reading an OCR request's body: the one parser of the mock and of its request log.

A request carries its message as a JSON body, or as the ``message`` part of a multipart
body next to a ``file`` part. :func:`read_upload` splits the body into those two;
:func:`parse_message` reads the message text. The app judges the result (0011 for what the
service refuses); the test kit's request log keeps whatever could be read.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

from starlette.datastructures import UploadFile
from starlette.requests import ClientDisconnect, Request

from .errors import MockError
from .messages import read_json


class UnreadableBody(Exception):
    """A multipart body that does not parse."""


@dataclass(frozen=True)
class Upload:
    """The parts of a request body: the message text and, for multipart, the file bytes."""

    message: bytes | str | None
    file: bytes | None
    multipart: bool


async def _part(value: UploadFile | str | None) -> bytes | str | None:
    return await value.read() if isinstance(value, UploadFile) else value


async def read_upload(request: Request) -> Upload:
    """Split ``request``'s body into message and file; raises :class:`UnreadableBody`.

    A JSON body is read as is, also when Content-Type is missing (NAVER's own Document curl
    example). Of a multipart body only ``message`` and ``file`` are read: the spec's
    multipart object allows extra parts, and the service ignores them.
    """
    if not request.headers.get("content-type", "").startswith("multipart/form-data"):
        return Upload(await request.body(), None, multipart=False)
    try:
        form = await request.form()
    except (MockError, ClientDisconnect):  # the body guard's 413, a client gone: not 0011
        raise
    except Exception as error:
        raise UnreadableBody(f"bad multipart: {error}") from None
    try:
        message, file = await _part(form.get("message")), await _part(form.get("file"))
    finally:
        await form.close()  # spooled upload files: unclosed ones raise ResourceWarning
    data = file.encode("utf-8") if isinstance(file, str) else file
    return Upload(message, data, multipart=True)


def parse_message(text: bytes | str | None) -> Any:
    """The message's JSON value; ``ValueError`` when there is none or it is not JSON."""
    if text is None:
        raise ValueError("no message")
    return read_json(text)  # bounded depth, valid Unicode (see messages.py)
