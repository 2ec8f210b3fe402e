"""The Invoke URL's key never reaches a log line, in any logger a request passes through."""

from __future__ import annotations

import asyncio
import logging
from collections.abc import Iterator

import pytest

from clova_ocr import AsyncClovaOCR, AuthenticationError, ClovaOCR
from clova_ocr._logging import redact
from clova_ocr_mock import running
from clova_ocr_mock.server import INVOKE_KEY

from .spec_tools import ROOT

PNG = (ROOT / "examples" / "sample-receipt.png").read_bytes()

SECRET = "logging-test-secret"
TOUCHED = ("httpx", "httpcore", "clova_ocr")


class Collect(logging.Handler):
    def __init__(self) -> None:
        super().__init__(logging.DEBUG)
        self.lines: list[str] = []

    def emit(self, record: logging.LogRecord) -> None:
        self.lines.append(f"{record.name}: {self.format(record)}")


@pytest.fixture
def debug_logs() -> Iterator[Collect]:
    """httpx, httpcore and clova_ocr at DEBUG into one handler on the root logger."""
    handler = Collect()
    root = logging.getLogger()
    levels = {name: logging.getLogger(name).level for name in TOUCHED}
    root.addHandler(handler)
    for name in TOUCHED:
        logging.getLogger(name).setLevel(logging.DEBUG)
    try:
        yield handler
    finally:
        root.removeHandler(handler)
        for name, level in levels.items():
            logging.getLogger(name).setLevel(level)


def test_invoke_key_is_in_no_log_line_at_debug(debug_logs: Collect) -> None:
    with running(secret=SECRET) as invoke_url:
        assert INVOKE_KEY in invoke_url
        with ClovaOCR(invoke_url=invoke_url, secret=SECRET) as ocr:
            ocr.general(PNG)
        with (
            ClovaOCR(invoke_url=invoke_url, secret="wrong", max_retries=0) as wrong,
            pytest.raises(AuthenticationError),
        ):
            wrong.general(PNG)

        async def twice() -> None:
            async with AsyncClovaOCR(invoke_url=invoke_url, secret=SECRET) as ocr:
                await ocr.general(PNG)

        asyncio.run(twice())
    touched = [line for line in debug_logs.lines if line.split(".")[0].split(":")[0] in TOUCHED]
    # The loggers did log the requests (so the check below is not vacuous) …
    assert any(line.startswith("httpx: HTTP Request: POST") for line in touched)
    assert any(line.startswith("httpcore.http11:") for line in touched)
    assert any(INVOKE_KEY[:4] + "…" in line for line in touched)
    # … and neither the invoke key nor the secret is in any line of any logger.
    for line in debug_logs.lines:
        assert INVOKE_KEY not in line and SECRET not in line, line


def test_redact_covers_every_form_of_an_invoke_path_and_http2_headers() -> None:
    key = "ab" * 32
    for url in (
        f"https://x.apigw.ntruss.com/custom/v1/123/{key}/general",
        f"https://x.apigw.gov-ntruss.com/external/v1/9/{key}",
        f"POST /custom/v1/123/{key}/document/receipt?x=1",
    ):
        assert key not in redact(url) and "abab…" in redact(url)
    hpack = "Encoding [(b'x-ocr-secret', b'SECRETVALUE'), (b'x-ncp-apigw-signature-v2', b'SIG=')]"
    assert "SECRETVALUE" not in redact(hpack) and "SIG=" not in redact(hpack)
