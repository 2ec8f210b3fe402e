"""Normalise and validate the Invoke URL before any request is made."""

from __future__ import annotations

import re
from dataclasses import dataclass

import httpx

from ._logging import shorten_key
from .errors import ConfigurationError

# Product paths the console shows appended to an Invoke URL; users often paste them along.
_PRODUCT_SUFFIX = re.compile(r"/(?:general|infer|document/[a-z-]+)/?$")
_GATEWAY_PATH = re.compile(
    r"^(?P<prefix>.*)/(?P<kind>custom|external)/v1/(?P<domain>\d+)/(?P<key>[^/]+)$"
)

_EXPECTED = (
    "expected the Invoke URL from the CLOVA OCR console, e.g. "
    "https://xxxxxxxxxx.apigw.ntruss.com/custom/v1/12345/<64 hex characters> "
    "(gov: …apigw.gov-ntruss.com/… or http://clovaocr-api.gov-ncloud.com/external/v1/…)"
)


def _shortened(path: str) -> str:
    """``path`` with every segment long enough to be a key shortened (never the whole key)."""
    return "/".join(shorten_key(part) if len(part) > 8 else part for part in path.split("/"))


@dataclass(frozen=True)
class InvokeURL:
    """A validated Invoke URL without trailing slash or product path."""

    url: str
    domain_id: str
    invoke_key: str

    @classmethod
    def parse(cls, value: str) -> InvokeURL:
        if not isinstance(value, str) or not value.strip():
            raise ConfigurationError(f"invoke_url is empty; {_EXPECTED}")
        text = value.strip()
        for position, char in enumerate(text, 1):
            if not "\x21" <= char <= "\x7e":  # httpx would quietly percent-encode it
                raise ConfigurationError(
                    f"invoke_url has a space, control or non-ASCII character at character "
                    f"{position}; {_EXPECTED}"
                )
        try:
            url = httpx.URL(text)
        except httpx.InvalidURL:  # its message may quote the URL, and so the invoke key
            raise ConfigurationError(f"invoke_url is not a URL; {_EXPECTED}") from None
        if url.scheme not in {"http", "https"} or not url.host:
            raise ConfigurationError(f"invoke_url must start with https:// or http://; {_EXPECTED}")
        if url.userinfo:
            raise ConfigurationError(f"invoke_url must not contain a user or password; {_EXPECTED}")
        if url.query or url.fragment:
            raise ConfigurationError(f"invoke_url must not have a query or fragment; {_EXPECTED}")
        path = _PRODUCT_SUFFIX.sub("", url.path.rstrip("/"))
        match = _GATEWAY_PATH.match(path)
        if match is None:
            raise ConfigurationError(
                f"invoke_url path {_shortened(url.path)!r} is not an Invoke URL path; {_EXPECTED}"
            )
        base = url.copy_with(path=path, query=None, fragment=None)
        return cls(url=str(base), domain_id=match["domain"], invoke_key=match["key"])

    def redacted(self) -> str:
        """The URL with the invoke key shortened, for logs and ``repr``."""
        key = self.invoke_key
        return self.url[: len(self.url) - len(key)] + shorten_key(key)
