"""An in-process mock for your tests: SDK clients wired to it with no port, and a log of what
it received. The pytest plugin (``clova_ocr_mock.pytest_plugin``) hands this out as fixtures;
without pytest, use it directly::

    from clova_ocr_mock.testing import ClovaOCRMock

    with ClovaOCRMock(quota=3) as mock, mock.client() as ocr:
        ocr.document.receipt("receipt.jpg")
        assert len(mock.requests_for("receipt")) == 1

The async client goes through :class:`httpx.ASGITransport`. httpx has no synchronous ASGI
transport, so the sync client goes through :class:`PortalTransport`: the same
``httpx.ASGITransport``, driven from an anyio blocking portal (one event-loop thread per mock,
started on first use) — the technique Starlette's ``TestClient`` uses, built here on public
httpx and anyio APIs only.
"""

from __future__ import annotations

import base64
import binascii
import json
import re
from collections.abc import Mapping
from contextlib import AbstractContextManager, ExitStack
from dataclasses import dataclass, field, fields
from typing import TYPE_CHECKING, Any

import anyio.from_thread
import httpx
from starlette.requests import Request
from starlette.types import ASGIApp, Message, Receive, Scope, Send

from clova_ocr_common.rates import parse_rate

from .app import create_app
from .products import names
from .replay import Answers, product_of
from .server import DOMAIN_ID, INVOKE_KEY
from .settings import PRODUCTS as FAMILIES
from .settings import MockSettings
from .uploads import UnreadableBody, parse_message, read_upload

if TYPE_CHECKING:
    from clova_ocr import AsyncClovaOCR, ClovaOCR

#: Host of the in-process mock's Invoke URL; nothing listens there, the transport serves it.
HOST = "clova-ocr-mock.test"

_ROUTE = re.compile(r"^/[^/]+/v1/[^/]+/[^/]+/(?P<route>.+)$")

#: Settings of connections over HTTP: nothing to set for a mock served in-process.
_HTTP_ONLY = {"header_timeout", "body_timeout", "keep_alive_timeout", "max_connections"}

#: Keyword options of :func:`mock_settings` (and of the ``clova_ocr`` pytest marker).
OPTIONS = tuple(
    sorted(
        {f.name for f in fields(MockSettings)} - {"allow_faults", "clock"} - _HTTP_ONLY
        | {"faults"},
    )
)


def mock_settings(**options: Any) -> MockSettings:
    """:class:`MockSettings` from friendly options, as the pytest marker takes them.

    Same names as :class:`MockSettings`, except ``faults=True`` (honour ``X-Mock-Fault``);
    ``rate_limit`` may be ``"5/s"``/``"300/m"``; ``products`` may be ``"general,document"``;
    ``answers`` is a recording folder. Raises ``TypeError``/``ValueError`` with a message
    that names the bad option.
    """
    unknown = sorted(set(options) - set(OPTIONS))
    if unknown:
        raise TypeError(f"unknown option(s) {', '.join(unknown)}; valid: {', '.join(OPTIONS)}")
    values = dict(options)
    if "faults" in values:
        values["allow_faults"] = bool(values.pop("faults"))
    rate = values.get("rate_limit")
    if isinstance(rate, str):
        values["rate_limit"] = parse_rate(rate)
    products = values.get("products")
    if isinstance(products, str):
        values["products"] = products = tuple(p.strip() for p in products.split(",") if p.strip())
    unknown = sorted(set(products or ()) - set(FAMILIES))
    if unknown:
        raise ValueError(
            f"unknown product families {', '.join(unknown)} in products; valid: {', '.join(FAMILIES)}"
        )
    answers = values.get("answers")
    if answers is not None and not isinstance(answers, Answers):
        values["answers"] = Answers.load(answers)
    return MockSettings(**values)


@dataclass(frozen=True)
class SeenRequest:
    """One request the mock received, and what it answered.

    ``message`` is the JSON message (the body, or the ``message`` part of a multipart
    upload); ``image`` the uploaded image bytes (the file part, or the decoded base64
    ``data``; ``None`` for a URL image). ``headers`` are kept for assertions but never shown
    in ``repr``: they carry the secret.
    """

    method: str
    path: str
    product: str | None
    message: dict[str, Any] | None
    image: bytes | None
    status_code: int
    answer: Any
    headers: Mapping[str, str] = field(repr=False)

    def __repr__(self) -> str:
        size = "no image" if self.image is None else f"{len(self.image)} image bytes"
        return (
            f"<SeenRequest {self.method} {self.product or self.path} name={self.image_name!r} "
            f"{size} -> {self.status_code}>"
        )

    @property
    def image_name(self) -> str | None:
        """``images[0].name`` of the message, if any."""
        images = (self.message or {}).get("images")
        if isinstance(images, list) and images and isinstance(images[0], dict):
            name = images[0].get("name")
            return name if isinstance(name, str) else None
        return None


async def _parse(scope: Scope, body: bytes) -> tuple[dict[str, Any] | None, bytes | None]:
    """(message, image bytes) of a request body; ``None`` for what does not parse."""

    async def receive() -> Message:
        return {"type": "http.request", "body": body, "more_body": False}

    try:
        upload = await read_upload(Request(scope, receive))
    except UnreadableBody:
        return None, None
    image = upload.file
    try:
        message = parse_message(upload.message)
    except ValueError:
        return None, image
    if not isinstance(message, dict):
        return None, image
    if image is None:
        images = message.get("images")
        first = images[0] if isinstance(images, list) and images else None
        data = first.get("data") if isinstance(first, dict) else None
        if isinstance(data, str):
            try:
                image = base64.b64decode(data, validate=True)
            except (binascii.Error, ValueError):
                image = None
    return message, image


class RequestLog:
    """ASGI middleware that records every request reaching the app and the answer it got."""

    def __init__(self, app: ASGIApp) -> None:
        self.app = app
        self.requests: list[SeenRequest] = []

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        if scope["type"] != "http":
            await self.app(scope, receive, send)
            return
        body = b""
        while True:
            message = await receive()
            body += message.get("body", b"")
            if message["type"] != "http.request" or not message.get("more_body"):
                break
        delivered = False

        async def replay_body() -> Message:
            nonlocal delivered
            if not delivered:
                delivered = True
                return {"type": "http.request", "body": body, "more_body": False}
            return await receive()

        status = 0
        chunks: list[bytes] = []

        async def capture(message: Message) -> None:
            nonlocal status
            if message["type"] == "http.response.start":
                status = message["status"]
            elif message["type"] == "http.response.body":
                chunks.append(message.get("body", b""))
            await send(message)

        try:
            await self.app(scope, replay_body, capture)
        finally:
            parsed, image = await _parse(scope, body)
            raw = b"".join(chunks)
            try:
                answer = json.loads(raw) if raw else None
            except (ValueError, UnicodeDecodeError):
                answer = raw.decode("utf-8", "replace")
            path: str = scope["path"]
            match = _ROUTE.match(path)
            self.requests.append(
                SeenRequest(
                    method=scope["method"],
                    path=path,
                    product=product_of(match["route"]) if match else None,
                    message=parsed,
                    image=image,
                    status_code=status,
                    answer=answer,
                    headers={k.decode("latin-1"): v.decode("latin-1") for k, v in scope["headers"]},
                )
            )


class MockASGITransport(httpx.ASGITransport):
    """``httpx.ASGITransport`` that turns the ``drop`` fault into the error a real dropped
    connection raises (``httpx.RemoteProtocolError``), so clients retry it as they would."""

    async def handle_async_request(self, request: httpx.Request) -> httpx.Response:
        try:
            return await super().handle_async_request(request)
        except ConnectionAbortedError as exc:
            raise httpx.RemoteProtocolError(
                f"server disconnected ({exc})", request=request
            ) from exc


class PortalTransport(httpx.BaseTransport):
    """A synchronous httpx transport that serves requests from an ASGI app in-process.

    Each request is handed, fully read, to :class:`MockASGITransport` running on an anyio
    blocking portal; the answer is read there too and returned as a plain
    :class:`httpx.Response`.
    """

    def __init__(self, app: ASGIApp, portal: anyio.from_thread.BlockingPortal) -> None:
        self._inner = MockASGITransport(app=app)
        self._portal = portal

    def handle_request(self, request: httpx.Request) -> httpx.Response:
        body = request.read()
        forwarded = httpx.Request(
            request.method,
            request.url,
            headers=request.headers,
            content=body,
            extensions=request.extensions,
        )

        async def send() -> tuple[int, httpx.Headers, bytes]:
            response = await self._inner.handle_async_request(forwarded)
            content = await response.aread()
            return response.status_code, response.headers, content

        try:
            status, headers, content = self._portal.call(send)
        except httpx.RemoteProtocolError as exc:
            raise httpx.RemoteProtocolError(str(exc), request=request) from exc
        return httpx.Response(status, headers=headers, content=content, request=request)


class ClovaOCRMock(AbstractContextManager["ClovaOCRMock"]):
    """One in-process mock domain: its settings, SDK clients wired to it, what it received.

    Pass :class:`MockSettings` or the options of :func:`mock_settings`. Close it (or use it as
    a context manager) to stop the sync transport's event-loop thread.
    """

    def __init__(self, settings: MockSettings | None = None, **options: Any) -> None:
        self.settings = settings or mock_settings(**options)
        app = create_app(self.settings)
        #: Recorded answers being replayed (``None`` when no recording was given).
        self.answers: Answers | None = app.state.answers
        self._log = RequestLog(app)
        self.app: ASGIApp = self._log
        # A domain that only accepts one domain id / invoke key (when the settings have them)
        # gets clients pointed at exactly those.
        domain_id = self.settings.domain_id or DOMAIN_ID
        invoke_key = self.settings.invoke_key or INVOKE_KEY
        self.invoke_url = f"http://{HOST}/custom/v1/{domain_id}/{invoke_key}"
        self._stack = ExitStack()
        self._portal: anyio.from_thread.BlockingPortal | None = None

    def __repr__(self) -> str:
        return f"ClovaOCRMock(invoke_url={self.invoke_url!r}, requests={len(self.requests)})"

    @property
    def secret(self) -> str:
        """The ``X-OCR-SECRET`` this domain expects."""
        return self.settings.secret

    @property
    def requests(self) -> list[SeenRequest]:
        """Every request received so far, oldest first (rejected ones included)."""
        return self._log.requests

    def requests_for(self, product: str) -> list[SeenRequest]:
        """Requests sent to one product: ``general``, ``template``, ``receipt``, ``id_card``…"""
        if product not in names():
            raise ValueError(f"unknown product {product!r}; one of: {', '.join(names())}")
        return [seen for seen in self.requests if seen.product == product]

    def async_transport(self) -> httpx.AsyncBaseTransport:
        """An ``httpx.AsyncClient`` transport that serves this mock (no port, no thread)."""
        return MockASGITransport(app=self.app)

    def sync_transport(self) -> httpx.BaseTransport:
        """An ``httpx.Client`` transport that serves this mock (no port)."""
        if self._portal is None:
            self._portal = self._stack.enter_context(anyio.from_thread.start_blocking_portal())
        return PortalTransport(self.app, self._portal)

    def _client_options(self, options: dict[str, Any]) -> dict[str, Any]:
        options.setdefault("invoke_url", self.invoke_url)
        options.setdefault("secret", self.secret)
        if self.settings.signing:
            options.setdefault("access_key", self.settings.access_key)
            options.setdefault("secret_key", self.settings.gateway_secret_key)
        return options

    def client(self, **options: Any) -> ClovaOCR:
        """A :class:`clova_ocr.ClovaOCR` wired to this mock; options go to its constructor."""
        from clova_ocr import ClovaOCR

        options = self._client_options(options)
        httpx_args = {"transport": self.sync_transport(), **options.pop("httpx_args", {})}
        return ClovaOCR(httpx_args=httpx_args, **options)

    def async_client(self, **options: Any) -> AsyncClovaOCR:
        """A :class:`clova_ocr.AsyncClovaOCR` wired to this mock."""
        from clova_ocr import AsyncClovaOCR

        options = self._client_options(options)
        httpx_args = {"transport": self.async_transport(), **options.pop("httpx_args", {})}
        return AsyncClovaOCR(httpx_args=httpx_args, **options)

    def close(self) -> None:
        self._stack.close()
        self._portal = None

    def __exit__(self, *exc_info: object) -> None:
        self.close()
