"""A pure-ASGI guard on request bodies: the size limit enforced while the body streams.

A ``Content-Length`` over the limit is refused before anything is read (``app.py`` does that
in the order the real stack checks). A chunked body has no length to check: without this
guard a 200 MB chunked upload was read whole into memory (server peak 824 MB). Here the
bytes are counted as they arrive, and reading stops at the first chunk past the limit with
API Gateway's 413: the server holds at most the limit plus one chunk.

A 413 closes the connection, so a client still sending cannot keep it busy; other answers
sent before the body was read keep it (uvicorn discards the rest, within ``body_timeout``).
"""

from __future__ import annotations

from starlette.types import ASGIApp, Message, Receive, Scope, Send

from .errors import MockError, gateway_error


class BodyLimit:
    """Refuse (413) a request body once more than ``max_bytes`` of it have streamed in."""

    def __init__(self, app: ASGIApp, max_bytes: int) -> None:
        self.app = app
        self.max_bytes = max_bytes

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        if scope["type"] != "http":
            await self.app(scope, receive, send)
            return
        received = 0

        async def counted_receive() -> Message:
            nonlocal received
            message = await receive()
            if message["type"] == "http.request":
                received += len(message.get("body", b""))
                if received > self.max_bytes:
                    reason = f"body over {self.max_bytes} bytes while streaming"
                    raise MockError(gateway_error(413), reason=reason)
            return message

        async def closing_send(message: Message) -> None:
            if message["type"] == "http.response.start" and message["status"] == 413:
                # the rest of the body is not wanted: do not read it to keep the connection
                headers = [(k, v) for k, v in message.get("headers", []) if k != b"connection"]
                message = {**message, "headers": [*headers, (b"connection", b"close")]}
            await send(message)

        await self.app(scope, counted_receive, closing_send)
