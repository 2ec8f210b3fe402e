"""Serve the mock on a port (uvicorn) and tell the user which Invoke URL to use."""

from __future__ import annotations

import copy
import logging
import socket
import threading
import time
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from typing import TYPE_CHECKING, Any

from .app import create_app
from .settings import MockSettings

if TYPE_CHECKING:  # uvicorn is imported only when serving
    import uvicorn
    from starlette.applications import Starlette

DOMAIN_ID = "12345"
INVOKE_KEY = "0123456789abcdef" * 4


def invoke_url(host: str, port: int, settings: MockSettings | None = None) -> str:
    """The Invoke URL to give clients: the configured domain id and key, or example ones."""
    shown = f"[{host}]" if ":" in host else host
    domain_id = (settings and settings.domain_id) or DOMAIN_ID
    invoke_key = (settings and settings.invoke_key) or INVOKE_KEY
    return f"http://{shown}:{port}/custom/v1/{domain_id}/{invoke_key}"


def bind(host: str, port: int) -> socket.socket:
    """A listening socket on ``host:port`` (Nagle off); raises ``OSError`` (e.g. the port is busy)
    before anything is served."""
    family = socket.AF_INET6 if ":" in host else socket.AF_INET
    sock = socket.socket(family, socket.SOCK_STREAM)
    try:
        sock.setsockopt(socket.SOL_SOCKET, socket.SO_REUSEADDR, 1)
        # Accepted connections inherit this. Without it, a response written in two parts
        # (headers, then body) waits for the client's delayed ACK: ~40 ms on every call.
        sock.setsockopt(socket.IPPROTO_TCP, socket.TCP_NODELAY, 1)
        sock.bind((host, port))
        sock.listen(2048)
    except OSError:
        sock.close()
        raise
    sock.set_inheritable(True)
    return sock


def uvicorn_config(app: Starlette, **options: Any) -> uvicorn.Config:
    """uvicorn's settings for the mock ``app``: its connection limits (see ``connections.py``).

    h11 (pure Python, always installed) rather than httptools, so the limits apply whatever
    else is installed; uvicorn's own keep-alive and concurrency limits are ours instead.
    """
    import uvicorn

    from .connections import ConnectionLimits, protocol_for

    settings: MockSettings = app.state.settings
    limits = ConnectionLimits(
        header_timeout=settings.header_timeout,
        body_timeout=settings.body_timeout,
        keep_alive_timeout=settings.keep_alive_timeout,
        max_connections=settings.max_connections,
    )
    return uvicorn.Config(app, http=protocol_for(limits), **options)


def _log_config() -> dict[str, Any]:
    """uvicorn's logging, plus the mock's own lines (one per refused request) on its console."""
    from uvicorn.config import LOGGING_CONFIG

    config = copy.deepcopy(LOGGING_CONFIG)
    config["loggers"]["clova_ocr_mock"] = {
        "handlers": ["default"],
        "level": "INFO",
        "propagate": False,
    }
    return config


def serve(
    settings: MockSettings,
    host: str = "127.0.0.1",
    port: int = 8080,
    announce: Callable[[str], None] = print,
) -> None:
    """Run until interrupted.

    The port is bound before anything is printed, so a busy port fails with ``OSError`` and
    no "listening" line. Without ``domain_id``/``invoke_key`` any id/key is accepted and the
    printed ones are examples.
    """
    import uvicorn

    sock = bind(host, port)
    # This process is the mock's own: pypdf's WARNINGs about a broken upload are the client's
    # problem (answered as such), so keep them out of the server log. Never done at import,
    # where it would change logging of an application that embeds the mock.
    logging.getLogger("pypdf").setLevel(logging.ERROR)
    bound = sock.getsockname()[1]
    announce(f"CLOVA OCR mock listening; Invoke URL: {invoke_url(host, bound, settings)}")
    announce("Send X-OCR-SECRET with the secret given to --secret. Ctrl+C stops the server.")
    server = uvicorn.Server(uvicorn_config(create_app(settings), log_config=_log_config()))
    try:
        server.run(sockets=[sock])
    finally:
        sock.close()


@contextmanager
def running(
    settings: MockSettings | None = None, *, host: str = "127.0.0.1", port: int = 0, **options: Any
) -> Iterator[str]:
    """Run the mock on a loopback port in a background thread; yields its Invoke URL.

    ``port=0`` picks a free port. Like moto's threaded server: the same process, real HTTP.
    """
    import uvicorn

    app = create_app(settings, **options)
    server = uvicorn.Server(
        uvicorn_config(app, host=host, port=port, log_level="warning", lifespan="off")
    )
    thread = threading.Thread(target=server.run, name="clova-ocr-mock", daemon=True)
    thread.start()
    deadline = time.monotonic() + 10
    while not server.started:
        if not thread.is_alive() or time.monotonic() > deadline:
            raise RuntimeError(f"the mock server did not start on {host}:{port}")
        time.sleep(0.01)
    bound = server.servers[0].sockets[0].getsockname()[1]
    try:
        yield invoke_url(host, bound, app.state.settings)
    finally:
        server.should_exit = True
        thread.join(timeout=10)
