"""One OCR call: its settings, the request of each attempt, and the answer turned into a result.

Shared by the sync and async clients, which only differ in how they send and sleep. A
:class:`Call` carries everything one call needs, including its timeout and retry budget, so
the clients' send loops stay a few lines long.
"""

from __future__ import annotations

import base64
import functools
import io
import json
import logging
import time
import uuid
from collections.abc import AsyncIterator, Iterator
from dataclasses import dataclass, field
from datetime import timedelta
from typing import IO, Any, BinaryIO, Generic, cast

import httpx

from . import errors
from ._inputs import PreparedImage
from ._options import Upload
from ._products import Product, ResultT
from ._responses import error_for, parse_success
from ._retry import MAX_RETRY_AFTER, Retries
from ._secrets import Scrubber, scrub_exception
from .results import HTTPInfo, result_class

logger = logging.getLogger("clova_ocr")

#: Above this size "auto" streams the file as multipart instead of inlining base64 in JSON.
MULTIPART_THRESHOLD = 1024 * 1024
#: Bytes of the file read per chunk of the streamed JSON body (a multiple of 3: no padding).
_CHUNK = 3 * 256 * 1024
_DATA_MARK = "\x00clova-ocr-data\x00"


class Base64JSONBody(httpx.SyncByteStream, httpx.AsyncByteStream):
    """A JSON body whose ``images[0].data`` is ``stream``, base64-encoded while it is sent.

    Building ``dict → model → dict → json → bytes`` holds the image four times over; this
    writes the JSON around the data once and encodes the file chunk by chunk, so a 10 MB image
    costs about one chunk of memory. The length is known up front, so the request still has a
    ``Content-Length`` (no chunked encoding).
    """

    def __init__(self, message: dict[str, Any], stream: IO[bytes], size: int) -> None:
        text = json.dumps(message, ensure_ascii=False, separators=(",", ":"))
        before, after = text.split(json.dumps(_DATA_MARK), 1)
        self._before = (before + '"').encode()
        self._after = ('"' + after).encode()
        self._stream = stream
        self.length = len(self._before) + 4 * ((size + 2) // 3) + len(self._after)

    def _chunks(self) -> Iterator[bytes]:
        read = self._stream.read
        chunk = read(_CHUNK)
        head = self._before + base64.b64encode(chunk)
        chunk = read(_CHUNK)
        if not chunk:  # a small image: one write, like a prebuilt body
            yield head + self._after
            return
        yield head
        while chunk:
            yield base64.b64encode(chunk)
            chunk = read(_CHUNK)
        yield self._after

    def __iter__(self) -> Iterator[bytes]:
        yield from self._chunks()

    async def __aiter__(self) -> AsyncIterator[bytes]:
        for chunk in self._chunks():
            yield chunk


@functools.lru_cache(maxsize=64)
def _absolute(base: httpx.URL, path: str) -> httpx.URL:
    """``path`` below ``base`` exactly as httpx merges a relative URL, parsed once: given a
    relative path, httpx parses it and the merged URL again on every request (a long Invoke
    URL character by character), a measurable share of a small call's CPU."""
    return base.copy_with(raw_path=base.raw_path + path.lstrip("/").encode("ascii"))


def _open_sized(image: PreparedImage) -> tuple[IO[bytes], int]:
    """A fresh stream of the image and the number of bytes it will give."""
    stream = image.open()
    try:
        start = stream.tell()
        size = stream.seek(0, io.SEEK_END) - start
        stream.seek(start)
    except (AttributeError, OSError, ValueError):  # not seekable: read it once
        data = stream.read()
        stream.close()
        return io.BytesIO(data), len(data)
    return stream, size


@dataclass
class Call(Generic[ResultT]):
    """Everything about one call; :meth:`request` builds each attempt, :meth:`finish` reads it."""

    product: Product[ResultT]
    image: PreparedImage
    upload: Upload
    timeout: httpx.Timeout
    max_retries: int
    retry_timeouts: bool = True
    version: str = "V2"
    lang: str | None = None
    tables: bool | None = None
    template_ids: list[int] | None = None
    raise_on_failure: bool = True
    signing: bool = False
    max_retry_after: float = MAX_RETRY_AFTER
    deadline: float | None = None
    scrub: Scrubber = field(default_factory=lambda: Scrubber(()))
    request_id: str = field(default_factory=lambda: str(uuid.uuid4()))
    attempts: int = 0
    _started: float = 0.0

    # ------------------------------------------------------------------ request
    def _message(self, image_entry: dict[str, Any]) -> dict[str, Any]:
        message: dict[str, Any] = {
            "version": self.version,
            "requestId": self.request_id,
            "timestamp": time.time_ns() // 1_000_000,
            "images": [image_entry],
        }
        if self.lang:
            message["lang"] = self.lang
        if self.tables is not None:
            message["enableTableDetection"] = self.tables
        return message

    def _wants_multipart(self) -> bool:
        if self.image.url is not None:
            if self.upload == "multipart":
                raise errors.InputError(
                    "a URL image cannot be uploaded as multipart; pass the bytes"
                )
            return False
        if self.upload == "auto":
            return (self.image.size or 0) > MULTIPART_THRESHOLD
        return self.upload == "multipart"

    def request(
        self, http: httpx.Client | httpx.AsyncClient, retries: Retries | None = None
    ) -> tuple[httpx.Request, IO[bytes] | None]:
        """The request of the next attempt (and a stream to close after sending it)."""
        try:
            request, stream = self._request(http)
        except OSError as exc:  # the file went away or became unreadable since it was checked
            raise errors.InputError(
                f"cannot read {self.image.name}: {exc.strerror or exc}"
            ) from exc
        if retries is not None and retries.deadline is not None:
            request.extensions = {
                **request.extensions,
                "timeout": _within(self.timeout, retries.remaining()),
            }
        return request, stream

    def _request(
        self, http: httpx.Client | httpx.AsyncClient
    ) -> tuple[httpx.Request, IO[bytes] | None]:
        entry: dict[str, Any] = {"format": self.image.format, "name": self.image.name}
        if self.template_ids is not None:
            entry["templateIds"] = list(self.template_ids)
        self.attempts += 1
        if self._wants_multipart():
            return self._multipart(http, entry)
        if self.image.url is not None:
            entry["url"] = self.image.url
            content = json.dumps(self._message(entry), ensure_ascii=False).encode()
            return self._json_request(http, content), None
        stream, size = _open_sized(self.image)  # sized now: the file may have changed
        entry["data"] = _DATA_MARK
        body = Base64JSONBody(self._message(entry), stream, size)
        if size <= _CHUNK:  # small (the common case): the whole body as bytes, built once
            with stream:
                content = b"".join(body)
            return self._json_request(http, content), None
        merged = http.build_request(  # the client's base URL, headers and timeout …
            "POST",
            _absolute(http.base_url, self.product.path),
            headers={"Content-Type": "application/json", "Content-Length": str(body.length)},
            timeout=self.timeout,
        )
        request = httpx.Request(  # … around the streamed body
            merged.method,
            merged.url,
            headers=merged.headers,
            stream=body,
            extensions=merged.extensions,
        )
        return request, stream

    def _json_request(
        self, http: httpx.Client | httpx.AsyncClient, content: bytes
    ) -> httpx.Request:
        """A JSON POST of ``content`` (the whole body, as bytes) to this product."""
        return http.build_request(
            "POST",
            _absolute(http.base_url, self.product.path),
            content=content,
            headers={"Content-Type": "application/json"},
            timeout=self.timeout,
        )

    def _multipart(
        self, http: httpx.Client | httpx.AsyncClient, entry: dict[str, Any]
    ) -> tuple[httpx.Request, IO[bytes] | None]:
        """Multipart through the generated models and the endpoint's public seam."""
        from clova_ocr_api.types import File

        product = self.product
        stream = self.image.open()
        body = product.model(product.multipart_model)(
            message=product.model(product.message_model).from_dict(self._message(entry)),
            file=File(
                payload=cast(BinaryIO, stream),
                file_name=self.image.filename,
                mime_type=self.image.mime_type,
            ),
        )
        kwargs = product.endpoint.request_kwargs(body=body)
        return http.build_request(**kwargs, timeout=self.timeout), stream

    # ------------------------------------------------------------------ response
    def sending(self) -> None:
        """Mark the start of an attempt (for the log line and ``elapsed``)."""
        self._started = time.monotonic()

    def _log(self, status: object, trace_id: str | None = None) -> None:
        logger.info(
            "%s status=%s ms=%.0f retries=%d traceId=%s requestId=%s",
            self.product.name,
            status,
            (time.monotonic() - self._started) * 1000,
            self.attempts - 1,
            trace_id or "-",
            self.request_id,
        )

    def retries(self) -> Retries:
        """This call's retry budget and deadline (made when the call starts)."""
        return Retries(
            self.max_retries,
            label=self.product.name,
            max_retry_after=self.max_retry_after,
            deadline=self.deadline,
        )

    def send_failed(self, exc: Exception) -> errors.ClovaOCRError:
        """The typed error for anything sending or reading raised, its text scrubbed of
        credentials (logged like an answer, with the failure's name)."""
        self._log(type(exc).__name__)
        scrub_exception(exc, self.scrub)
        if isinstance(exc, errors.ClovaOCRError):
            return exc
        name, ids = type(exc).__name__, f"requestId {self.request_id}"
        if isinstance(exc, httpx.TimeoutException):
            timeout = errors.APITimeoutError(f"CLOVA OCR did not answer in time ({name}, {ids})")
            # A read or write timeout may come after the service got the image: retrying it
            # can bill twice, so it is retried only while retry_timeouts is on.
            if isinstance(exc, (httpx.ReadTimeout, httpx.WriteTimeout)):
                timeout.retryable = self.retry_timeouts
            return timeout
        if isinstance(exc, httpx.LocalProtocolError):  # our own request is not valid HTTP
            return errors.ConfigurationError(
                f"the request cannot be sent: {exc} (check default_headers; {ids})"
            )
        if isinstance(exc, (httpx.DecodingError, httpx.TooManyRedirects)):
            why = "its body cannot be decoded" if isinstance(exc, httpx.DecodingError) else exc
            return errors.UnexpectedResponseError(
                f"unreadable answer from CLOVA OCR: {why} ({name})", request_id=self.request_id
            )
        if isinstance(exc, (httpx.TransportError, OSError)):
            return errors.APIConnectionError(f"cannot reach CLOVA OCR: {name}: {exc} ({ids})")
        failure = errors.APIConnectionError(f"the call failed: {name}: {exc} ({ids})")
        failure.retryable = False
        return failure

    def finish(self, response: httpx.Response) -> ResultT:
        """The result of a 200, or raise the typed error; logs one line per attempt either way."""
        trace_id: str | None = None
        try:
            if response.status_code != 200:
                error = error_for(response, self.request_id, signing=self.signing)
                trace_id = error.trace_id
                raise self._scrubbed(error)
            raw = parse_success(response, self.request_id)
        finally:
            self._log(response.status_code, trace_id)
        trace = raw.get("traceId")
        result = result_class(self.product)(
            raw,
            request_id=self.request_id,
            product=self.product,
            http=HTTPInfo(
                status_code=response.status_code,
                headers=response.headers,
                elapsed=timedelta(seconds=time.monotonic() - self._started),
                attempts=self.attempts,
                request_id=self.request_id,
                trace_id=trace if isinstance(trace, str) else None,
            ),
        )
        if self.raise_on_failure and result.failures:
            page = result.failures[0]
            raise self._scrubbed(
                errors.ImageInferenceError(
                    page.message or f"the image could not be processed ({page.infer_result})",
                    code=page.infer_result,
                    http_status=200,
                    request_id=self.request_id,
                    body=raw,
                    response=response,
                    result=result,
                )
            )
        return result

    def _scrubbed(self, error: errors.APIError) -> errors.APIError:
        """``error`` with credentials masked in what it quotes and in the request it keeps."""
        error.path = None if error.path is None else self.scrub(error.path)
        error.body = self.scrub.data(error.body)
        if error.response is not None:
            error.response.request = self.scrub.request(error.response.request)
        scrub_exception(error, self.scrub)
        return error


def _within(timeout: httpx.Timeout, seconds: float | None) -> dict[str, float | None]:
    """``timeout`` as httpx's request extension, each phase cut to ``seconds`` (if given)."""
    phases = {"connect": timeout.connect, "read": timeout.read, "write": timeout.write}
    phases["pool"] = timeout.pool
    if seconds is None:
        return phases
    return {k: seconds if v is None else min(v, seconds) for k, v in phases.items()}


class DeadlineStream(httpx.SyncByteStream, httpx.AsyncByteStream):
    """An answer's body that ends the call once its deadline passes (a trickled answer
    never times out per read)."""

    def __init__(self, stream: Any, retries: Retries) -> None:
        self._stream = stream
        self._retries = retries

    def __iter__(self) -> Iterator[bytes]:
        for chunk in self._stream:
            self._retries.remaining()
            yield chunk

    async def __aiter__(self) -> AsyncIterator[bytes]:
        async for chunk in self._stream:
            self._retries.remaining()
            yield chunk

    def close(self) -> None:
        self._stream.close()

    async def aclose(self) -> None:
        await self._stream.aclose()
