"""Checks in the order the real stack makes them: gateway signature, secret, quota, rate."""

from __future__ import annotations

import base64
import hashlib
import hmac
import threading
import time
from collections import deque

from starlette.requests import Request

from .errors import MockError, engine_error, gateway_error
from .settings import MockSettings

SKEW_MS = 5 * 60 * 1000


def _signature(method: str, uri: str, timestamp: str, access_key: str, secret_key: str) -> str:
    """Signature v2 as API Gateway computes it.

    Written independently of ``clova_ocr.signature_v2`` on purpose: the mock must not
    depend on the SDK it tests, and two implementations pinned to the same known answers
    catch a mistake in either.
    """
    message = f"{method} {uri}\n{timestamp}\n{access_key}".encode()
    digest = hmac.new(secret_key.encode(), message, hashlib.sha256).digest()
    return base64.b64encode(digest).decode()


def check_gateway_signature(request: Request, settings: MockSettings) -> None:
    """API Gateway IAM authentication (signature v2), when the mock is set up for it."""
    if not settings.signing:
        return
    assert settings.access_key and settings.gateway_secret_key
    timestamp = request.headers.get("x-ncp-apigw-timestamp")
    access_key = request.headers.get("x-ncp-iam-access-key")
    signature = request.headers.get("x-ncp-apigw-signature-v2")
    if not (timestamp and access_key and signature):
        raise MockError(gateway_error(401, "Authentication information are missing."))
    if not timestamp.isdigit() or abs(int(timestamp) - settings.clock()) > SKEW_MS:
        raise MockError(gateway_error(401, "Invalid authentication information."))
    uri = request.scope.get("raw_path", request.url.path.encode()).decode("latin-1")
    if request.url.query:
        uri = f"{uri}?{request.url.query}"
    expected = _signature(
        request.method, uri, timestamp, settings.access_key, settings.gateway_secret_key
    )
    if not (
        hmac.compare_digest(access_key, settings.access_key)
        and hmac.compare_digest(signature, expected)
    ):
        raise MockError(gateway_error(401, "Invalid authentication information."))


def check_secret(request: Request, settings: MockSettings) -> None:
    given = request.headers.get("x-ocr-secret", "")
    if not hmac.compare_digest(given.encode(), settings.secret.encode()):
        raise MockError(engine_error("0002", request.url.path))


class Limits:
    """Call quota (``0023``) and calls-per-second rate limit (``0025``)."""

    def __init__(self, settings: MockSettings) -> None:
        self.settings = settings
        self.calls = 0
        self.recent: deque[float] = deque()
        self.lock = threading.Lock()

    def check(self, path: str) -> None:
        with self.lock:
            if self.settings.quota is not None and self.calls >= self.settings.quota:
                raise MockError(engine_error("0023", path))
            if self.settings.rate_limit is not None:
                now = time.monotonic()
                while self.recent and now - self.recent[0] >= 1.0:
                    self.recent.popleft()
                if len(self.recent) >= self.settings.rate_limit:
                    raise MockError(engine_error("0025", path))
                self.recent.append(now)
            self.calls += 1
