"""The mock's HTTP connections: timeouts, a connection cap and documented parse errors.

uvicorn's h11 protocol bounds only the idle time between requests. A client that opens a
connection and sends nothing, or trickles its head or body a byte at a time, would hold it
forever (1,000 stalled connections were still open after a minute). :class:`MockHTTPProtocol`
extends it with what a gateway has:

* a deadline for each phase of a request: the head (``header_timeout``), the body
  (``body_timeout``) and the idle wait between requests (``keep_alive_timeout``);
* a cap on open connections (``max_connections``): one more is answered API Gateway's 503;
* a request head over h11's size limit refused however it arrives;
* HTTP-level parse errors answered in API Gateway's documented error body (not plain text);
* one log line per refusal, tracebacks only at debug level.
"""

from __future__ import annotations

import asyncio
import logging
from dataclasses import dataclass
from http import HTTPStatus
from typing import Any, ClassVar

import h11
from uvicorn.protocols.http.h11_impl import H11Protocol

from .errors import gateway_error
from .faults import Dropped

logger = logging.getLogger("clova_ocr_mock.http")

#: Bytes of a request head given to h11 at a time (its head limit is 16 KiB).
HEAD_SLICE = 4096


@dataclass(frozen=True)
class ConnectionLimits:
    """Deadlines in seconds and the connection cap (see :class:`~.settings.MockSettings`)."""

    header_timeout: float = 10.0
    body_timeout: float = 120.0
    keep_alive_timeout: float = 5.0
    max_connections: int = 256


class _Connection(h11.Connection):
    """An h11 connection that remembers why it refused the peer's bytes (for the log line)."""

    error: h11.RemoteProtocolError | None = None

    def next_event(self) -> Any:
        try:
            return super().next_event()
        except h11.RemoteProtocolError as error:
            self.error = error
            raise


class _QuietFilter(logging.Filter):
    """uvicorn's own lines about what this protocol already logged once, in one line.

    * "Invalid HTTP request received.": :meth:`MockHTTPProtocol.send_400_response` logs it
      with its reason;
    * "Exception in ASGI application" for the ``drop`` fault: the fault's whole point, one
      line at info level instead of a traceback at error level.
    """

    def filter(self, record: logging.LogRecord) -> bool:
        if record.msg == "Invalid HTTP request received.":
            return False
        error = record.exc_info[1] if record.exc_info else None
        if isinstance(error, Dropped):
            record.msg, record.args, record.exc_info = "X-Mock-Fault: drop: %s", (error,), None
            record.levelno, record.levelname = logging.INFO, "INFO"
        return True


_uvicorn_lines = logging.getLogger("clova_ocr_mock.http.uvicorn")
_uvicorn_lines.addFilter(_QuietFilter())


class MockHTTPProtocol(H11Protocol):
    """uvicorn's h11 protocol with per-phase deadlines, a connection cap and JSON 400s.

    Use :func:`protocol_for` to get one bound to a mock's limits.
    """

    limits: ClassVar[ConnectionLimits] = ConnectionLimits()

    def __init__(self, *args: Any, **kwargs: Any) -> None:
        super().__init__(*args, **kwargs)
        self.conn = self._h11 = _Connection(h11.SERVER, self.conn._max_incomplete_event_size)
        self.logger = _uvicorn_lines  # its records go through _QuietFilter
        self._phase: str | None = None  # "head" | "body" | "idle" while a deadline runs
        self._deadline: asyncio.TimerHandle | None = None

    # -- connection life ---------------------------------------------------------------

    def connection_made(self, transport: asyncio.Transport) -> None:  # type: ignore[override]
        super().connection_made(transport)
        if len(self.connections) > self.limits.max_connections:
            logger.info(
                "refused a connection: 503 (over %d open connections)",
                self.limits.max_connections,
            )
            self._answer(503, f"over {self.limits.max_connections} open connections")
            return
        self._arm("head")

    def connection_lost(self, exc: Exception | None) -> None:
        answering = self.cycle is not None and not self.cycle.response_complete
        if self._phase == "body" and answering:  # the peer left mid-body (not after a refusal)
            logger.info("closed a connection: the client left before sending its whole body")
        self._disarm()
        super().connection_lost(exc)

    def data_received(self, data: bytes) -> None:
        if self._phase == "idle":  # the next request starts: its head has header_timeout
            self._arm("head")
        # h11 measures a head against its size limit only while the head is incomplete: a
        # 100 KB head read in one piece passed. Fed in slices, every head is measured.
        while self.conn.their_state is h11.IDLE and len(data) > HEAD_SLICE:
            super().data_received(data[:HEAD_SLICE])
            data = data[HEAD_SLICE:]
            if self.transport.is_closing():
                return
        super().data_received(data)
        self._follow()

    def on_response_complete(self) -> None:
        super().on_response_complete()
        self._unset_keepalive_if_required()  # our "idle" deadline replaces uvicorn's
        if not self.transport.is_closing():
            if self.conn.their_state is h11.IDLE and self.cycle.response_complete:
                self._arm("idle")
            else:
                self._follow()

    # -- deadlines --------------------------------------------------------------------

    def _follow(self) -> None:
        """Run the deadline of the phase the peer is in (h11's view of the request)."""
        state = self.conn.their_state
        if state is h11.IDLE:
            if self._phase not in ("head", "idle"):
                self._arm("head")
        elif state is h11.SEND_BODY:
            if self._phase != "body":
                self._arm("body")
        else:  # the request is in: the application's time is not limited here
            self._disarm()

    def _arm(self, phase: str) -> None:
        self._disarm()
        seconds = {
            "head": self.limits.header_timeout,
            "body": self.limits.body_timeout,
            "idle": self.limits.keep_alive_timeout,
        }[phase]
        self._phase = phase
        self._deadline = self.loop.call_later(seconds, self._expire, phase, seconds)

    def _disarm(self) -> None:
        if self._deadline is not None:
            self._deadline.cancel()
        self._deadline = None
        self._phase = None

    def _expire(self, phase: str, seconds: float) -> None:
        self._disarm()
        if self.transport.is_closing():
            return
        if phase == "idle":
            logger.debug("closed an idle keep-alive connection after %g s", seconds)
        else:
            logger.info("closed a connection: request %s not received within %g s", phase, seconds)
        self.transport.close()

    # -- refusals ---------------------------------------------------------------------

    def send_400_response(self, msg: str) -> None:
        """A request h11 cannot parse: API Gateway's 400 body, one log line with the reason."""
        error = self._h11.error
        reason = str(error) if error is not None and str(error) else msg
        logger.info("refused a request: 400 100 (unparsable HTTP: %s)", reason)
        self._answer(400, f"The request is not valid HTTP: {reason}.")

    def _answer(self, status: int, details: str) -> None:
        """Write API Gateway's error answer directly on the connection, then close it."""
        self._disarm()
        response = gateway_error(status, details)
        head = [f"HTTP/1.1 {status} {HTTPStatus(status).phrase}".encode()]
        head += [name + b": " + value for name, value in response.raw_headers]
        head += [b"connection: close", b"", b""]
        self.transport.write(b"\r\n".join(head) + bytes(response.body))
        self.transport.close()


def protocol_for(limits: ConnectionLimits) -> type[MockHTTPProtocol]:
    """A :class:`MockHTTPProtocol` class bound to ``limits`` (uvicorn's ``http=`` option)."""
    return type("BoundMockHTTPProtocol", (MockHTTPProtocol,), {"limits": limits})
