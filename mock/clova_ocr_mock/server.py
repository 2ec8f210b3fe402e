"""Serve the mock on a port (uvicorn) and tell the user which Invoke URL to use."""

from __future__ import annotations

import threading
import time
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from typing import Any

from .app import create_app
from .settings import MockSettings

DOMAIN_ID = "12345"
INVOKE_KEY = "0123456789abcdef" * 4


def invoke_url(host: str, port: int) -> str:
    shown = f"[{host}]" if ":" in host else host
    return f"http://{shown}:{port}/custom/v1/{DOMAIN_ID}/{INVOKE_KEY}"


def serve(
    settings: MockSettings,
    host: str = "127.0.0.1",
    port: int = 8080,
    announce: Callable[[str], None] = print,
) -> None:
    """Run until interrupted. Any domain id/invoke key is accepted; the printed one is an example."""
    import uvicorn

    announce(f"CLOVA OCR mock listening; Invoke URL: {invoke_url(host, port)}")
    announce("Send X-OCR-SECRET with the secret given to --secret. Ctrl+C stops the server.")
    uvicorn.run(create_app(settings), host=host, port=port, log_level="info")


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
        uvicorn.Config(app, host=host, port=port, log_level="warning", lifespan="off")
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
        yield invoke_url(host, bound)
    finally:
        server.should_exit = True
        thread.join(timeout=10)
