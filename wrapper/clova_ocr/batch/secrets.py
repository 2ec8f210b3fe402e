"""Keep credentials out of everything the batch writes or prints."""

from __future__ import annotations

import re
from collections.abc import Iterable
from typing import TYPE_CHECKING
from urllib.parse import parse_qsl, urlencode, urlsplit, urlunsplit

if TYPE_CHECKING:
    from .._client import _BaseClovaOCR

MASK = "***"
_SECRET_PARAM = re.compile(
    r"sig|signature|token|secret|password|passwd|credential|key|auth|session", re.IGNORECASE
)


class Scrubber:
    """Replaces every known secret value in text with ``***``."""

    def __init__(self, secrets: Iterable[str | None]) -> None:
        # Longest first, so a secret containing another is masked whole.
        self.secrets = sorted({s for s in secrets if s and len(s) >= 4}, key=len, reverse=True)

    @classmethod
    def for_client(cls, client: _BaseClovaOCR) -> Scrubber:
        """Masks every credential ``client`` sends: secret, IAM keys and the invoke key."""
        return cls([*client.auth.credentials(), client.invoke_url.invoke_key])

    def __call__(self, text: str) -> str:
        for secret in self.secrets:
            text = text.replace(secret, MASK)
        return text

    def url(self, url: str) -> str:
        """An input URL fit to record: no user:password, no secret-looking query values."""
        parts = urlsplit(url)
        host = parts.hostname or ""
        if parts.port is not None:
            host = f"{host}:{parts.port}"
        query = urlencode(
            [
                (k, MASK if _SECRET_PARAM.search(k) else v)
                for k, v in parse_qsl(parts.query, keep_blank_values=True)
            ],
            safe="*",
        )
        return self(urlunsplit((parts.scheme, host, parts.path, query, "")))
