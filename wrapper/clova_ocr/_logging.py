"""Keep Invoke URL keys out of every log line the SDK's requests produce.

httpx logs each request's full URL at INFO (``HTTP Request: POST https://…/custom/v1/123/<key>
/general``), and the key in that path is a credential. :class:`RedactInvokeKeys` rewrites any
Invoke URL path in a record to the shortened form ``repr()`` shows; :func:`install` puts it on
the loggers of clova_ocr, httpx and httpcore (filters on a logger only see that logger's own
records, so each httpcore child logger gets it too). It is installed when a client is created
and costs nothing while those loggers are disabled.
"""

from __future__ import annotations

import logging
import re

#: ``/custom/v1/<domain id>/<invoke key>`` (public, fin) or ``/external/v1/…`` (gov).
_INVOKE_PATH = re.compile(r"(/(?:custom|external)/v1/[^/\s\"'<>]+/)([^/\s\"'<>?#]+)")

#: Every logger a request of this SDK passes through (httpx → httpcore → h2/hpack for HTTP/2).
LOGGERS = (
    "clova_ocr",
    "httpx",
    "httpcore",
    "httpcore.connection",
    "httpcore.http11",
    "httpcore.http2",
    "httpcore.proxy",
    "httpcore.socks",
    "h2",
    "hpack",
)


def shorten_key(key: str) -> str:
    """An invoke key as logs and ``repr()`` may show it: the first 4 characters, then ``…``."""
    return key[:4] + "…" if len(key) > 8 else "…"


#: A secret header and its value as HTTP/2's hpack logs them at DEBUG (``(b'x-ocr-secret', b'…')``).
_SECRET_HEADER = re.compile(
    r"((?:x-ocr-secret|x-ncp-apigw-signature-v2)['\"]?\s*[:,]\s*b?['\"]?)([^'\"\s,)]+)",
    re.IGNORECASE,
)


def redact(text: str) -> str:
    """``text`` with the key of every Invoke URL path shortened and secret headers masked."""
    text = _INVOKE_PATH.sub(lambda m: m[1] + (m[2] if m[2] == "***" else shorten_key(m[2])), text)
    return _SECRET_HEADER.sub(lambda m: m[1] + "***", text)


class RedactInvokeKeys(logging.Filter):
    """A logging filter that shortens invoke keys in the formatted message of each record."""

    def filter(self, record: logging.LogRecord) -> bool:
        message = record.getMessage()
        redacted = redact(message)
        if redacted != message:
            record.msg, record.args = redacted, None
        return True


_FILTER = RedactInvokeKeys()


def install() -> None:
    """Add the filter to every logger in :data:`LOGGERS` (once; safe to call again)."""
    for name in LOGGERS:
        logger = logging.getLogger(name)
        if _FILTER not in logger.filters:
            logger.addFilter(_FILTER)
