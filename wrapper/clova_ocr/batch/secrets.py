"""Keep credentials (and, with ``--redact``, personal numbers) out of everything the batch
writes or prints."""

from __future__ import annotations

import re
from collections.abc import Iterable
from typing import TYPE_CHECKING, Any
from urllib.parse import parse_qsl, urlencode, urlsplit, urlunsplit

from .jsontext import json_text

if TYPE_CHECKING:
    from .._client import _BaseClovaOCR
    from ..redaction import RedactionPolicy

MASK = "***"
_SECRET_PARAM = re.compile(
    r"sig|signature|token|secret|password|passwd|credential|key|auth|session", re.IGNORECASE
)


class Scrubber:
    """Replaces every known secret value in text with ``***``; with ``redact``, also masks
    the personal numbers its validators recognise (:func:`clova_ocr.redaction.redact_text`)."""

    def __init__(
        self, secrets: Iterable[str | None], *, redact: RedactionPolicy | None = None
    ) -> None:
        # Longest first, so a secret containing another is masked whole.
        self.secrets = sorted({s for s in secrets if s and len(s) >= 4}, key=len, reverse=True)
        self.redact = redact

    @classmethod
    def for_client(
        cls, client: _BaseClovaOCR, *, redact: RedactionPolicy | None = None
    ) -> Scrubber:
        """Masks every credential ``client`` sends: secret, IAM keys and the invoke key."""
        return cls([*client.auth.credentials(), client.invoke_url.invoke_key], redact=redact)

    def _secrets(self, text: str) -> str:
        for secret in self.secrets:
            text = text.replace(secret, MASK)
        return text

    def __call__(self, text: str) -> str:
        """Plain text (a message, a line to print) without secrets or personal numbers."""
        if self.redact is not None:
            from ..redaction import redact_text

            text = redact_text(text, self.redact)
        return self._secrets(text)

    def dumps(self, value: Any, *, indent: int | None = None) -> str:
        """``value`` as JSON text without secrets; personal numbers are masked in its
        strings only, so numbers (a ``timestamp``) stay numbers and the JSON stays valid."""
        if self.redact is not None:
            from ..redaction import redact_strings

            value = redact_strings(value, self.redact)
        return self._secrets(json_text(value, indent=indent))

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
