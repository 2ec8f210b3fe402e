"""The mock in a process of its own, for benchmarks.

Not in the benchmark's process (``clova_ocr_mock.running``): a server thread would compete
with the client for the GIL, so the SDK's extra work would also slow the server down.
"""

from __future__ import annotations

import socket
import subprocess
import sys
import time
from collections.abc import Iterator
from contextlib import contextmanager

from clova_ocr_mock.server import invoke_url

CLI = [sys.executable, "-c", "from clova_ocr.cli import main; main()"]


@contextmanager
def mock_process(secret: str, *options: str) -> Iterator[str]:
    """``clova-ocr mock serve --secret SECRET [options]`` on a free loopback port; yields its
    Invoke URL once it accepts connections."""
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        port = probe.getsockname()[1]
    server = subprocess.Popen(
        [*CLI, "mock", "serve", "--port", str(port), "--secret", secret, *options],
        stdout=subprocess.DEVNULL,  # an unread pipe would fill with access logs and block it
        stderr=subprocess.DEVNULL,
    )
    try:
        deadline = time.monotonic() + 30
        while True:
            try:
                socket.create_connection(("127.0.0.1", port), timeout=1).close()
                break
            except OSError:
                if server.poll() is not None or time.monotonic() > deadline:
                    raise RuntimeError("the mock server did not start") from None
                time.sleep(0.05)
        yield invoke_url("127.0.0.1", port)
    finally:
        server.terminate()
        server.wait(timeout=10)
