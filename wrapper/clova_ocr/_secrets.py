"""Credentials: checked once, masked in every ``repr``, scrubbed from every error and output.

The secret, the IAM keys and the invoke key reach the user's screen by many roads: an
exception's message (httpx, httpcore and h11 quote header values and URLs), its ``path``,
``body`` and ``response.request``, the locals ``pytest -l`` prints, a CLI's stderr. This
module holds the one rule for each road: :func:`check_credential` refuses values that are not
valid in a header (without echoing them), :class:`Masked` keeps a credential out of ``repr``,
:class:`Scrubber` masks known values in text, and :func:`scrub_exception` cleans an exception
chain raised while sending.
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from typing import TYPE_CHECKING, Any
from urllib.parse import parse_qsl, urlencode, urlsplit, urlunsplit

from ._jsontext import json_text
from ._logging import redact
from .errors import ConfigurationError

if TYPE_CHECKING:
    import httpx

    from ._client import _BaseClovaOCR
    from .redaction import RedactionPolicy

MASK = "***"
_SECRET_PARAM = re.compile(
    r"sig|signature|token|secret|password|passwd|credential|key|auth|session", re.IGNORECASE
)
#: Request headers that carry a credential (compared lower-case).
SECRET_HEADERS = frozenset(
    {"x-ocr-secret", "x-ncp-iam-access-key", "x-ncp-apigw-signature-v2", "authorization"}
)


class Masked(str):
    """A credential: the string it holds everywhere but in ``repr`` (``'***'``).

    Debuggers, ``pytest -l`` and ``logging`` of locals show ``repr``; the value itself is
    still what headers and signatures are made of.
    """

    __slots__ = ()

    def __repr__(self) -> str:
        return repr(MASK)


class MaskedURL(str):
    """An Invoke URL whose ``repr`` shortens the invoke key (see :func:`._logging.redact`)."""

    __slots__ = ()

    def __repr__(self) -> str:
        return repr(redact(str(self)))


def _describe_char(char: str) -> str:
    if char.isspace():
        return "a space or line break"
    if char.isascii():
        return "a control character"
    return "a non-ASCII character"


def check_credential(name: str, value: object) -> Masked:
    """``value`` without surrounding whitespace, or :class:`ConfigurationError` if it cannot
    be a header value; the message says where the fault is and never quotes the value."""
    if not isinstance(value, str):
        raise ConfigurationError(f"{name} must be a string, not {type(value).__name__}")
    text = value.strip()
    if not text:
        raise ConfigurationError(f"{name} is empty")
    for position, char in enumerate(text, 1):
        if not "\x21" <= char <= "\x7e":
            raise ConfigurationError(
                f"{name} contains {_describe_char(char)} at character {position} of "
                f"{len(text)}; copy it again from the console (the value is not shown)"
            )
    return Masked(text)


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
        cls, client: _BaseClovaOCR[Any], *, redact: RedactionPolicy | None = None
    ) -> Scrubber:
        """Masks every credential ``client`` sends: secret, IAM keys and the invoke key."""
        return cls([*client.auth.credentials(), client.invoke_url.invoke_key], redact=redact)

    def _secrets(self, text: str) -> str:
        for secret in self.secrets:
            text = text.replace(secret, MASK)
        return redact(text)  # and any other invoke key or secret header still in the text

    def __call__(self, text: str) -> str:
        """Plain text (a message, a line to print) without secrets or personal numbers."""
        if self.redact is not None:
            from .redaction import redact_text

            text = redact_text(text, self.redact)
        return self._secrets(text)

    def dumps(self, value: Any, *, indent: int | None = None) -> str:
        """``value`` as JSON text without secrets; personal numbers are masked in its
        strings only, so numbers (a ``timestamp``) stay numbers and the JSON stays valid."""
        if self.redact is not None:
            from .redaction import redact_strings

            value = redact_strings(value, self.redact)
        return self._secrets(json_text(value, indent=indent))

    def data(self, value: Any) -> Any:
        """``value`` (a decoded JSON body) with every string scrubbed."""
        if isinstance(value, str):
            return self(value)
        if isinstance(value, dict):
            return {key: self.data(item) for key, item in value.items()}
        if isinstance(value, list):
            return [self.data(item) for item in value]
        return value

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

    def request(self, request: httpx.Request) -> httpx.Request:
        """A body-less copy of ``request`` with its URL and credential headers masked."""
        import httpx

        headers = [
            (name, MASK if name.lower() in SECRET_HEADERS else self(value))
            for name, value in request.headers.multi_items()
        ]
        return httpx.Request(request.method, self(str(request.url)), headers=headers)


def scrub_exception(exc: BaseException, scrub: Scrubber) -> None:
    """Mask credentials in the messages and requests of ``exc`` and its causes, in place.

    httpx and its layers build messages from header values (h11: ``Illegal header value
    b'…'``) and keep the request (URL with the invoke key, the secret header) on the error.
    """
    seen: set[int] = set()
    current: BaseException | None = exc
    while current is not None and id(current) not in seen:
        seen.add(id(current))
        current.args = tuple(
            scrub(_text(arg)) if isinstance(arg, (str, bytes)) else arg for arg in current.args
        )
        request = getattr(current, "_request", None)
        if request is not None:
            current._request = scrub.request(request)  # type: ignore[attr-defined]
        current = current.__cause__ or current.__context__


def _text(value: str | bytes) -> str:
    return value if isinstance(value, str) else value.decode("utf-8", "backslashreplace")
