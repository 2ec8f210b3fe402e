"""Authentication as an ``httpx.Auth`` flow: ``X-OCR-SECRET`` and API Gateway signature v2.

Signing happens in the flow, i.e. when each attempt is sent, over the exact path and query on
the wire, with a fresh millisecond timestamp: retries and queued requests never carry a stale
signature (the gateway rejects timestamps more than 5 minutes off).
"""

from __future__ import annotations

import base64
import hashlib
import hmac
import time
from collections.abc import Callable, Generator

import httpx

SECRET_HEADER = "X-OCR-SECRET"
TIMESTAMP_HEADER = "x-ncp-apigw-timestamp"
ACCESS_KEY_HEADER = "x-ncp-iam-access-key"
SIGNATURE_HEADER = "x-ncp-apigw-signature-v2"


def signature_v2(method: str, uri: str, timestamp: str, access_key: str, secret_key: str) -> str:
    """NCP API Gateway signature v2 of ``METHOD URI\\ntimestamp\\naccessKey`` (Base64 HMAC-SHA256)."""
    message = f"{method.upper()} {uri}\n{timestamp}\n{access_key}"
    digest = hmac.new(secret_key.encode("utf-8"), message.encode("utf-8"), hashlib.sha256).digest()
    return base64.b64encode(digest).decode("ascii")


def _now_ms() -> int:
    return time.time_ns() // 1_000_000


class ClovaAuth(httpx.Auth):
    """Adds ``X-OCR-SECRET`` and, when keys are given, the three signature v2 headers."""

    def __init__(
        self,
        secret: str,
        *,
        access_key: str | None = None,
        secret_key: str | None = None,
        clock: Callable[[], int] = _now_ms,
    ) -> None:
        self._secret = secret
        self._access_key = access_key
        self._secret_key = secret_key
        self._clock = clock

    def credentials(self) -> tuple[str | None, ...]:
        """The secret and IAM keys as resolved: what must never be written or printed."""
        return (self._secret, self._access_key, self._secret_key)

    @property
    def signs(self) -> bool:
        """Whether API Gateway IAM signing is on."""
        return bool(self._access_key and self._secret_key)

    def __repr__(self) -> str:
        return f"ClovaAuth(secret='***', signing={'on' if self.signs else 'off'})"

    def auth_flow(self, request: httpx.Request) -> Generator[httpx.Request, httpx.Response, None]:
        request.headers[SECRET_HEADER] = self._secret
        if self._access_key and self._secret_key:
            timestamp = str(self._clock())
            uri = request.url.raw_path.decode("ascii")
            request.headers[TIMESTAMP_HEADER] = timestamp
            request.headers[ACCESS_KEY_HEADER] = self._access_key
            request.headers[SIGNATURE_HEADER] = signature_v2(
                request.method, uri, timestamp, self._access_key, self._secret_key
            )
        yield request
