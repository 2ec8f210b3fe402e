"""The ASGI application: routing, request parsing and the order of checks."""

from __future__ import annotations

import base64
import binascii
import hmac
import logging
import time
from dataclasses import dataclass
from functools import partial
from typing import Any

import anyio
from PIL import Image
from starlette.applications import Starlette
from starlette.exceptions import HTTPException
from starlette.middleware import Middleware
from starlette.requests import ClientDisconnect, Request
from starlette.responses import JSONResponse, Response
from starlette.routing import Route

from . import builders, faults, spoilers, templates
from .bodies import BodyLimit
from .errors import JSON_TYPE, MockError, describe, engine_error, gateway_error
from .guards import Limits, check_gateway_signature, check_secret
from .imaging import DecodedImage, PageImage, decode
from .products import MockProduct, by_route
from .recognizer import TableReader
from .replay import open_answers
from .settings import MockSettings
from .spec import is_valid
from .uploads import UnreadableBody, parse_message, read_upload

logger = logging.getLogger("clova_ocr_mock")

MAX_IMAGE_BYTES = 50 * 1024 * 1024
MAX_PDF_PAGES = 10
URL_PAGE = PageImage(1240, 1754, 0)  # the mock does not download URLs: an A4 page at 150 dpi


async def _read_message(
    request: Request, operation: MockProduct, path: str
) -> tuple[dict[str, Any], bytes | None]:
    """The JSON message and, for multipart, the file bytes; raises 0011/0021 as the service does."""
    try:
        upload = await read_upload(request)
    except UnreadableBody as error:
        raise MockError(engine_error("0011", path), reason=str(error)) from None
    if upload.multipart and (upload.message is None or upload.file is None):
        raise MockError(engine_error("0011", path), reason="multipart without message/file")
    file_bytes = upload.file
    schema = operation.message_schema if upload.multipart else operation.json_schema
    # Parsing and schema validation take seconds on a 50 MB body (the schema reads the whole
    # base64 string): in a worker thread, so the event loop keeps answering other requests.
    try:
        message = await anyio.to_thread.run_sync(parse_message, upload.message)
    except ValueError as error:
        raise MockError(engine_error("0011", path), reason=str(error)) from None
    _tolerate_client_variants(message)
    # The schema rejects a bad version too, but the service answers it with its own code.
    if (
        isinstance(message, dict)
        and "version" in message
        and message["version"] not in operation.versions
    ):
        raise MockError(engine_error("0021", path), reason=f"version {message['version']!r}")
    if not await anyio.to_thread.run_sync(is_valid, schema, message):
        raise MockError(engine_error("0011", path), reason=f"not a valid {schema}")
    if not _has_image_source(message, file_bytes):
        raise MockError(engine_error("0011", path), reason="the image has neither data nor url")
    return message, file_bytes


def _tolerate_client_variants(message: Any) -> None:
    """Normalise what real clients send that the spec types more strictly (reference §9).

    ``timestamp`` as a decimal string (``"1698296134190"``) is read as the number it spells;
    the service does not validate the value beyond that (its own examples send ``0``).
    """
    if isinstance(message, dict):
        stamp = message.get("timestamp")
        if isinstance(stamp, str) and stamp.isascii() and stamp.isdigit():
            message["timestamp"] = int(stamp)


def _has_image_source(message: dict[str, Any], file_bytes: bytes | None) -> bool:
    """A JSON image needs ``data`` or ``url`` as a string (the service answers 0011 otherwise).

    openapi.yaml states this rule in the image's description only: as a schema (``anyOf`` of
    two ``required`` lists on an object) it made openapi-generator drop ``format``/``name``,
    so the mock enforces it here. Document images already require ``data`` in the schema.
    """
    if file_bytes is not None:
        return True
    images = message.get("images")
    image = images[0] if isinstance(images, list) and images else None
    if not isinstance(image, dict):
        return True  # the schema has already judged the shape
    return isinstance(image.get("data"), str) or isinstance(image.get("url"), str)


def _wants_tables(message: dict[str, Any]) -> bool:
    flag = message.get("enableTableDetection")
    return flag is True or flag == "true"


def _image_bytes(
    image: dict[str, Any], file_bytes: bytes | None
) -> tuple[bytes | None, str | None]:
    """(bytes, failure message) of the request's image; ``None`` bytes for a URL image."""
    if file_bytes is not None:
        return file_bytes, None
    data = image.get("data")
    if isinstance(data, str):
        try:
            return base64.b64decode(data, validate=True), None
        except (binascii.Error, ValueError):
            return b"", "Failed to decode image data: not valid base64."
    return None, None


def _problem(decoded: DecodedImage | None, size: int, family: str) -> str | None:
    if size > MAX_IMAGE_BYTES:
        return "Image size exceeds the limit (50MB)."
    if decoded is None:
        return "Failed to decode image: not a JPEG, PNG, PDF or TIFF file."
    if family == "document" and len(decoded.pages) > 1:
        return "Document OCR supports single page images only."
    if len(decoded.pages) > MAX_PDF_PAGES:
        return f"The page count exceeds the limit ({MAX_PDF_PAGES})."
    return None


def _answer(
    settings: MockSettings,
    operation: MockProduct,
    message: dict[str, Any],
    file_bytes: bytes | None,
) -> dict[str, Any]:
    """The 200 answer to a valid request: one image result per page, or one ``ERROR``."""
    image = message["images"][0]
    upload = _upload(settings, operation, image, file_bytes)
    images: list[dict[str, Any]]
    if upload.failure is not None:
        images = [
            builders.image_header(image["name"], infer_result="ERROR", message=upload.failure)
        ]
    else:
        images = [_read_page(settings, operation, message, upload, page) for page in upload.pages]
    return {
        "version": message["version"],
        "requestId": message["requestId"],
        "timestamp": time.time_ns() // 1_000_000,
        "images": images,
    }


@dataclass(frozen=True)
class _Upload:
    """The uploaded image as the recognizer sees it."""

    data: bytes | None  # None: a URL image (the mock does not download it)
    seed: bytes  # what the synthetic recognizer derives its words from
    pages: tuple[PageImage, ...]
    failure: str | None  # why the service would answer inferResult ERROR


def _upload(
    settings: MockSettings, operation: MockProduct, image: dict[str, Any], file_bytes: bytes | None
) -> _Upload:
    data, failure = _image_bytes(image, file_bytes)
    if data is None and getattr(settings.recognizer, "reads_pixels", False):
        failure = "The mock's OCR engine does not download image URLs: send the image inline."
    if data is None or failure is not None:
        return _Upload(data, str(image.get("url", "")).encode(), (URL_PAGE,), failure)
    decoded = decode(data, MAX_PDF_PAGES)
    pages = decoded.pages if decoded is not None else (URL_PAGE,)
    return _Upload(data, data, pages, _problem(decoded, len(data), operation.family))


def _read_page(
    settings: MockSettings,
    operation: MockProduct,
    message: dict[str, Any],
    upload: _Upload,
    page: PageImage,
) -> dict[str, Any]:
    """The image result of one page, in the shape of ``operation``'s family."""
    image = message["images"][0]
    name, version, lang = image["name"], message["version"], message.get("lang")
    seed = upload.seed
    lines = settings.recognizer.recognize(seed, page, lang=lang if isinstance(lang, str) else None)
    if operation.family == "general":
        tables = _wants_tables(message)
        detected = None
        if tables and isinstance(settings.recognizer, TableReader):
            detected = settings.recognizer.tables(seed, page, lines)
        return builders.general_image(
            name, page, lines, version=version, tables=tables, detected=detected
        )
    if operation.family == "template" and isinstance(settings.templates, tuple):
        return templates.template_image(
            settings.templates,
            name,
            page,
            lines,
            version=version,
            template_ids=image.get("templateIds"),
            pixels=partial(_pixels, upload.data, page),
        )
    if operation.family == "template":
        return builders.template_image(
            name, page, lines, version=version, template_ids=image.get("templateIds")
        )
    result = None
    if getattr(settings.recognizer, "reads_pixels", False):
        # a real engine: the fields come from the text it read, by written rules
        from .engine.documents import read_document

        result = read_document(operation.document_kind or "", lines, page)
    return builders.document_image(operation, name, seed, page, lines, result=result)


def _pixels(data: bytes | None, page: PageImage) -> Image.Image | None:
    """The page's pixels (for checkboxes), ``None`` when they cannot be had."""
    if data is None:
        return None
    try:
        from .engine.pages import render

        return render(data, page)
    except Exception:  # e.g. a PDF without the engine extra (pypdfium2)
        logger.warning("cannot render page %d for checkbox areas", page.index)
        return None


def _is_domain(settings: MockSettings, domain_id: str, invoke_key: str) -> bool:
    """Whether the Invoke URL names this domain (any id/key when none is configured)."""
    return (settings.domain_id is None or domain_id == settings.domain_id) and (
        settings.invoke_key is None or hmac.compare_digest(invoke_key, settings.invoke_key)
    )


def _product(request: Request) -> str:
    """What a log line names a request by: its product path (the Invoke URL holds a key)."""
    return f"{request.method} .../{request.path_params.get('product', '?')}"


def _admit(request: Request, settings: MockSettings) -> MockProduct:
    """What API Gateway checks before the OCR engine: stage, domain, size, signature, path."""
    params = request.path_params
    if params["stage"] not in ("custom", "external") or not _is_domain(
        settings, params["domain_id"], params["invoke_key"]
    ):
        raise MockError(gateway_error(404), reason="not this domain's Invoke URL")
    length = request.headers.get("content-length", "")
    if length.isdigit() and int(length) > settings.max_body_bytes:
        reason = f"Content-Length over {settings.max_body_bytes} bytes"
        raise MockError(gateway_error(413), reason=reason)
    check_gateway_signature(request, settings)
    operation = by_route(params["product"])
    if operation is None:
        raise MockError(engine_error("0001", request.url.path), reason="unknown product path")
    return operation


async def _fault(request: Request, settings: MockSettings, path: str) -> Response | None:
    """The answer an ``X-Mock-Fault`` header asks for (when faults are allowed), else None."""
    fault = request.headers.get(faults.HEADER)
    if not (settings.allow_faults and fault):
        return None
    mistake = faults.problem(fault)
    if mistake is not None:
        raise MockError(faults.rejection(mistake), reason="mistyped X-Mock-Fault")
    return await faults.apply(fault, path)


def _check_domain_features(
    settings: MockSettings, operation: MockProduct, message: dict[str, Any], path: str
) -> None:
    """0028 when tables are asked of a domain without table detection; 1021 for Template
    OCR on a domain without a deployed template."""
    if operation.family != "document" and _wants_tables(message) and not settings.table_detection:
        raise MockError(engine_error("0028", path))
    if operation.family == "template" and not settings.templates:
        raise MockError(engine_error("1021", path))


class _OCRRoute:
    """The one route of the app: every check in the service's order, then the answer.

    Order: product and domain, secret (and signature), injected fault, quota and rate, the
    domain's products, the message, the domain's features; then a recorded answer for these
    bytes if there is one, else the recognizer's, spoiled when a client asked for it.
    """

    def __init__(self, settings: MockSettings) -> None:
        self.settings = settings
        self.limits = Limits(settings)
        # OCR runs in worker threads, at most `workers` pages at once, so the event loop
        # keeps answering (errors, faults, other uploads) while a page is being read.
        self.readers = anyio.CapacityLimiter(max(1, settings.workers))
        self.answers = open_answers(settings.answers)

    async def handle(self, request: Request) -> Response:
        """Answer one request; whatever goes wrong comes out as the service's error answer."""
        path = request.url.path
        try:
            return await self._ocr(request, path)
        except MockError as error:
            logger.info("refused %s: %s", _product(request), describe(error.response, error.reason))
            return error.response
        except ClientDisconnect:  # nobody to answer; the server's connection log said why
            logger.debug("client left before sending its whole request (%s)", _product(request))
            return Response(status_code=499)
        except Exception as error:  # the mock must never answer a bare 500: answer 0500
            logger.error("mock failure on %s: %r", _product(request), error)
            logger.debug("traceback of the mock failure", exc_info=True)
            return engine_error("0500", path)

    async def _ocr(self, request: Request, path: str) -> Response:
        settings = self.settings
        operation = _admit(request, settings)
        check_secret(request, settings)
        injected = await _fault(request, settings, path)
        if injected is not None:
            return injected
        self.limits.check(path)
        if operation.family not in settings.products:
            raise MockError(engine_error("0022", path))
        message, file_bytes = await _read_message(request, operation, path)
        _check_domain_features(settings, operation, message, path)
        recorded = self._recorded(request, message, file_bytes)
        if recorded is not None:  # a recorded real answer for these bytes beats the recognizer
            return JSONResponse(recorded, media_type=JSON_TYPE)
        answer = await anyio.to_thread.run_sync(
            partial(_answer, settings, operation, message, file_bytes), limiter=self.readers
        )
        return JSONResponse(self._spoiled(request, message, answer), media_type=JSON_TYPE)

    def _recorded(
        self, request: Request, message: dict[str, Any], file_bytes: bytes | None
    ) -> dict[str, Any] | None:
        """The recorded answer (``--answers``) to this product and these bytes, if any."""
        if self.answers is None:
            return None
        data, _ = _image_bytes(message["images"][0], file_bytes)
        return self.answers.reply(request.path_params["product"], message, data)

    def _spoiled(
        self, request: Request, message: dict[str, Any], answer: dict[str, Any]
    ) -> dict[str, Any]:
        """``answer`` spoiled as the ``X-Mock-Fault`` header asks (with ``allow_faults``)."""
        if not self.settings.allow_faults:
            return answer
        names = [str(image.get("name", "")) for image in message["images"]]
        fault = request.headers.get(faults.HEADER)
        return spoilers.spoil(answer, spoilers.requested(fault, names))


async def _not_found(request: Request, exc: Exception) -> Response:
    if isinstance(exc, HTTPException) and exc.status_code == 405:
        return Response("Method Not Allowed", status_code=405, headers=exc.headers)
    return gateway_error(404)


def create_app(settings: MockSettings | None = None, **options: Any) -> Starlette:
    """A Starlette app that behaves like a CLOVA OCR domain behind API Gateway.

    Pass a :class:`MockSettings` or its fields as keywords, e.g.
    ``create_app(secret="S", quota=100, allow_faults=True)``.
    """
    settings = settings or MockSettings(**options)
    route = _OCRRoute(settings)
    app = Starlette(
        routes=[
            Route(
                "/{stage}/v1/{domain_id}/{invoke_key}/{product:path}",
                route.handle,
                methods=["POST"],
            )
        ],
        exception_handlers={404: _not_found, 405: _not_found},
        middleware=[Middleware(BodyLimit, max_bytes=settings.max_body_bytes)],
    )
    app.state.settings = settings
    app.state.answers = route.answers
    return app
