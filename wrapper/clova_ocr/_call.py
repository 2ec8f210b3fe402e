"""One OCR call: options, request building per attempt, and turning the answer into a result.

Shared by the sync and async clients, which only differ in how they send and sleep.
"""

from __future__ import annotations

import base64
import logging
import time
import uuid
from dataclasses import dataclass, field
from typing import IO, Any, BinaryIO, Literal, cast

import httpx

from clova_ocr_api.types import File

from . import errors
from ._inputs import PreparedImage
from ._products import Product
from ._responses import error_for, parse_success
from .results import DocumentResult, GeneralResult, OCRResult, TemplateResult

logger = logging.getLogger("clova_ocr")

Upload = Literal["auto", "json", "multipart"]
#: Above this size "auto" streams the file as multipart instead of inlining base64 in JSON.
MULTIPART_THRESHOLD = 1024 * 1024


@dataclass
class Call:
    product: Product
    image: PreparedImage
    upload: Upload
    version: str = "V2"
    lang: str | None = None
    tables: bool | None = None
    template_ids: list[int] | None = None
    raise_on_failure: bool = True
    signing: bool = False
    request_id: str = field(default_factory=lambda: str(uuid.uuid4()))
    attempts: int = 0

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

    def build(self) -> tuple[dict[str, Any], IO[bytes] | None]:
        """httpx request kwargs for one attempt (and the stream to close after it)."""
        entry: dict[str, Any] = {"format": self.image.format, "name": self.image.name}
        if self.template_ids is not None:
            entry["templateIds"] = list(self.template_ids)
        stream: IO[bytes] | None = None
        if self._wants_multipart():
            stream = self.image.open()
            body = self.product.multipart_body(
                message=self.product.message.from_dict(self._message(entry)),
                file=File(
                    payload=cast(BinaryIO, stream),
                    file_name=self.image.filename,
                    mime_type=self.image.mime_type,
                ),
            )
        else:
            if self.image.url is not None:
                entry["url"] = self.image.url
            else:
                entry["data"] = base64.b64encode(self.image.read()).decode("ascii")
            body = self.product.json_body.from_dict(self._message(entry))
        self.attempts += 1
        return self.product.endpoint._get_kwargs(body=body), stream

    # ------------------------------------------------------------------ response
    def _log(self, status: object, started: float, trace_id: str | None = None) -> None:
        logger.info(
            "%s status=%s ms=%.0f retries=%d traceId=%s requestId=%s",
            self.product.name,
            status,
            (time.monotonic() - started) * 1000,
            self.attempts - 1,
            trace_id or "-",
            self.request_id,
        )

    def transport_error(
        self, exc: httpx.TransportError, started: float
    ) -> errors.APIConnectionError:
        """The typed error for a failed send (logged like an answer, with the failure's name)."""
        self._log(type(exc).__name__, started)
        if isinstance(exc, httpx.TimeoutException):
            return errors.APITimeoutError(
                f"CLOVA OCR did not answer in time ({type(exc).__name__}, requestId {self.request_id})"
            )
        return errors.APIConnectionError(
            f"cannot reach CLOVA OCR: {type(exc).__name__}: {exc} (requestId {self.request_id})"
        )

    def finish(self, response: httpx.Response, started: float) -> OCRResult:
        """The result of a 200, or raise the typed error; logs one line either way."""
        trace_id: str | None = None
        try:
            if response.status_code != 200:
                error = error_for(self.product, response, self.request_id, signing=self.signing)
                trace_id = error.trace_id
                raise error
            model, raw = parse_success(self.product, response, self.request_id)
        finally:
            self._log(response.status_code, started, trace_id)
        result = self._wrap(model, raw)
        if self.raise_on_failure and result.failures:
            page = result.failures[0]
            raise errors.ImageInferenceError(
                page.message or f"the image could not be processed ({page.infer_result})",
                code=page.infer_result,
                http_status=200,
                request_id=self.request_id,
                body=raw,
                response=response,
                result=result,
            )
        return result

    def _wrap(self, model: Any, raw: dict[str, Any]) -> OCRResult:
        if self.product.document_key:
            return DocumentResult(
                raw=raw,
                model=model,
                request_id=self.request_id,
                product_key=self.product.document_key,
            )
        if self.product.name == "template":
            return TemplateResult(raw=raw, model=model, request_id=self.request_id)
        return GeneralResult(raw=raw, model=model, request_id=self.request_id)
