"""``ClovaOCR`` and ``AsyncClovaOCR``: the objects users create."""

from __future__ import annotations

import asyncio
import os
import time
from collections.abc import Awaitable, Callable
from typing import Any

import httpx
from tenacity import AsyncRetrying, Retrying

from clova_ocr_api import Client

from . import errors
from ._auth import ClovaAuth
from ._call import Call, Upload
from ._inputs import ImageInput, prepare_image
from ._invoke_url import InvokeURL
from ._products import DOCUMENTS, GENERAL, TEMPLATE, Product
from ._retry import retry_options
from .results import DocumentResult, GeneralResult, OCRResult, TemplateResult

DEFAULT_TIMEOUT = httpx.Timeout(120.0, connect=5.0)
DEFAULT_MAX_RETRIES = 2

_UNSET: Any = object()
TimeoutTypes = float | httpx.Timeout | None


def _env(name: str) -> str | None:
    value = os.environ.get(name, "").strip()
    return value or None


class _BaseClovaOCR:
    """Configuration shared by the sync and async clients."""

    def __init__(
        self,
        invoke_url: str | None = None,
        secret: str | None = None,
        *,
        access_key: str | None = None,
        secret_key: str | None = None,
        timeout: TimeoutTypes = DEFAULT_TIMEOUT,
        max_retries: int = DEFAULT_MAX_RETRIES,
        upload: Upload = "auto",
        raise_on_failure: bool = True,
        default_headers: dict[str, str] | None = None,
        httpx_args: dict[str, Any] | None = None,
    ) -> None:
        url = invoke_url or _env("CLOVA_OCR_INVOKE_URL")
        if url is None:
            raise errors.ConfigurationError("pass invoke_url= or set CLOVA_OCR_INVOKE_URL")
        secret = secret or _env("CLOVA_OCR_SECRET")
        if secret is None:
            raise errors.ConfigurationError("pass secret= or set CLOVA_OCR_SECRET")
        access_key = access_key or _env("NCP_ACCESS_KEY")
        secret_key = secret_key or _env("NCP_SECRET_KEY")
        if bool(access_key) != bool(secret_key):
            raise errors.ConfigurationError(
                "API Gateway signing needs both access_key and secret_key (NCP_ACCESS_KEY, NCP_SECRET_KEY)"
            )
        if max_retries < 0:
            raise errors.ConfigurationError("max_retries must be 0 or more")
        if upload not in ("auto", "json", "multipart"):
            raise errors.ConfigurationError("upload must be 'auto', 'json' or 'multipart'")
        self.invoke_url = InvokeURL.parse(url)
        self.max_retries = max_retries
        self.upload: Upload = upload
        self.raise_on_failure = raise_on_failure
        self._auth = ClovaAuth(secret, access_key=access_key, secret_key=secret_key)
        self._api = Client(
            base_url=self.invoke_url.url,
            timeout=_as_timeout(timeout),
            headers=dict(default_headers or {}),
            httpx_args={"auth": self._auth, **(httpx_args or {})},
        )

    def __repr__(self) -> str:
        signing = ", signing=on" if self._auth.signs else ""
        return f"{type(self).__name__}(invoke_url={self.invoke_url.redacted()!r}, secret='***'{signing})"

    def _call(
        self,
        product: Product,
        image: ImageInput,
        *,
        name: str | None,
        format: str | None,
        upload: Upload | None,
        version: str = "V2",
        lang: str | None = None,
        tables: bool | None = None,
        template_ids: list[int] | None = None,
        raise_on_failure: bool | None = None,
    ) -> Call:
        prepared = prepare_image(
            image,
            max_bytes=product.max_bytes,
            allow_url=product.allows_url,
            name=name,
            format=format,
        )
        if version not in ("V1", "V2") or (product.document_key and version != "V2"):
            raise errors.InputError("version must be 'V2' (or 'V1' for General/Template OCR)")
        if template_ids is not None and not all(
            isinstance(i, int) and not isinstance(i, bool) for i in template_ids
        ):
            raise errors.InputError("template_ids must be a list of integers")
        return Call(
            product=product,
            image=prepared,
            upload=upload or self.upload,
            version=version,
            lang=lang,
            tables=tables,
            template_ids=template_ids,
            raise_on_failure=self.raise_on_failure
            if raise_on_failure is None
            else raise_on_failure,
            signing=self._auth.signs,
        )

    def _retries(self, max_retries: int | None) -> int:
        return self.max_retries if max_retries is None else max_retries


def _as_timeout(timeout: TimeoutTypes) -> httpx.Timeout:
    if isinstance(timeout, httpx.Timeout):
        return timeout
    return httpx.Timeout(timeout)


def _request_timeout(timeout: Any) -> Any:
    return httpx.USE_CLIENT_DEFAULT if timeout is _UNSET else _as_timeout(timeout)


class ClovaOCR(_BaseClovaOCR):
    """Synchronous CLOVA OCR client; reuses one connection pool. Use it as a context manager.

    >>> with ClovaOCR(invoke_url="https://….apigw.ntruss.com/custom/v1/123/abc…", secret="…") as ocr:
    ...     print(ocr.general("scan.png").text)
    """

    def __init__(
        self, *args: Any, sleep: Callable[[float], None] = time.sleep, **kwargs: Any
    ) -> None:
        super().__init__(*args, **kwargs)
        self._sleep = sleep
        self.document = DocumentOCR(self)

    def general(
        self,
        image: ImageInput,
        *,
        lang: str | None = None,
        tables: bool | None = None,
        version: str = "V2",
        name: str | None = None,
        format: str | None = None,
        upload: Upload | None = None,
        raise_on_failure: bool | None = None,
        timeout: TimeoutTypes = _UNSET,
        max_retries: int | None = None,
    ) -> GeneralResult:
        """Recognise all text (``/general``); ``tables=True`` also detects tables."""
        call = self._call(
            GENERAL,
            image,
            name=name,
            format=format,
            upload=upload,
            version=version,
            lang=lang,
            tables=tables,
            raise_on_failure=raise_on_failure,
        )
        result = self._execute(call, timeout, max_retries)
        assert isinstance(result, GeneralResult)
        return result

    def template(
        self,
        image: ImageInput,
        *,
        template_ids: list[int] | None = None,
        lang: str | None = None,
        tables: bool | None = None,
        version: str = "V2",
        name: str | None = None,
        format: str | None = None,
        upload: Upload | None = None,
        raise_on_failure: bool | None = None,
        timeout: TimeoutTypes = _UNSET,
        max_retries: int | None = None,
    ) -> TemplateResult:
        """Extract the fields of deployed templates (``/infer``), optionally only ``template_ids``."""
        call = self._call(
            TEMPLATE,
            image,
            name=name,
            format=format,
            upload=upload,
            version=version,
            lang=lang,
            tables=tables,
            template_ids=template_ids,
            raise_on_failure=raise_on_failure,
        )
        result = self._execute(call, timeout, max_retries)
        assert isinstance(result, TemplateResult)
        return result

    def _execute(self, call: Call, timeout: Any, max_retries: int | None) -> OCRResult:
        http = self._api.get_httpx_client()
        for attempt in Retrying(sleep=self._sleep, **retry_options(self._retries(max_retries))):
            with attempt:
                kwargs, stream = call.build()
                started = time.monotonic()
                try:
                    response = http.request(**kwargs, timeout=_request_timeout(timeout))
                except httpx.TransportError as exc:
                    raise call.transport_error(exc) from exc
                finally:
                    if stream is not None:
                        stream.close()
                return call.finish(response, started)
        raise AssertionError("unreachable")  # pragma: no cover

    def close(self) -> None:
        """Close the connection pool."""
        self._api.get_httpx_client().close()

    def __enter__(self) -> ClovaOCR:
        return self

    def __exit__(self, *exc_info: object) -> None:
        self.close()


class AsyncClovaOCR(_BaseClovaOCR):
    """``asyncio`` twin of :class:`ClovaOCR`: same methods, awaited."""

    def __init__(
        self, *args: Any, sleep: Callable[[float], Any] = asyncio.sleep, **kwargs: Any
    ) -> None:
        super().__init__(*args, **kwargs)
        self._sleep = sleep
        self.document = AsyncDocumentOCR(self)

    async def general(
        self,
        image: ImageInput,
        *,
        lang: str | None = None,
        tables: bool | None = None,
        version: str = "V2",
        name: str | None = None,
        format: str | None = None,
        upload: Upload | None = None,
        raise_on_failure: bool | None = None,
        timeout: TimeoutTypes = _UNSET,
        max_retries: int | None = None,
    ) -> GeneralResult:
        """Recognise all text (``/general``); ``tables=True`` also detects tables."""
        call = self._call(
            GENERAL,
            image,
            name=name,
            format=format,
            upload=upload,
            version=version,
            lang=lang,
            tables=tables,
            raise_on_failure=raise_on_failure,
        )
        result = await self._execute(call, timeout, max_retries)
        assert isinstance(result, GeneralResult)
        return result

    async def template(
        self,
        image: ImageInput,
        *,
        template_ids: list[int] | None = None,
        lang: str | None = None,
        tables: bool | None = None,
        version: str = "V2",
        name: str | None = None,
        format: str | None = None,
        upload: Upload | None = None,
        raise_on_failure: bool | None = None,
        timeout: TimeoutTypes = _UNSET,
        max_retries: int | None = None,
    ) -> TemplateResult:
        """Extract the fields of deployed templates (``/infer``), optionally only ``template_ids``."""
        call = self._call(
            TEMPLATE,
            image,
            name=name,
            format=format,
            upload=upload,
            version=version,
            lang=lang,
            tables=tables,
            template_ids=template_ids,
            raise_on_failure=raise_on_failure,
        )
        result = await self._execute(call, timeout, max_retries)
        assert isinstance(result, TemplateResult)
        return result

    async def _execute(self, call: Call, timeout: Any, max_retries: int | None) -> OCRResult:
        http = self._api.get_async_httpx_client()
        async for attempt in AsyncRetrying(
            sleep=self._sleep, **retry_options(self._retries(max_retries))
        ):
            with attempt:
                kwargs, stream = call.build()
                started = time.monotonic()
                try:
                    response = await http.request(**kwargs, timeout=_request_timeout(timeout))
                except httpx.TransportError as exc:
                    raise call.transport_error(exc) from exc
                finally:
                    if stream is not None:
                        stream.close()
                return call.finish(response, started)
        raise AssertionError("unreachable")  # pragma: no cover

    async def close(self) -> None:
        await self._api.get_async_httpx_client().aclose()

    async def __aenter__(self) -> AsyncClovaOCR:
        return self

    async def __aexit__(self, *exc_info: object) -> None:
        await self.close()


def _sync_document(kind: str, doc: str) -> Callable[..., DocumentResult]:
    def read(
        self: DocumentOCR,
        image: ImageInput,
        *,
        name: str | None = None,
        format: str | None = None,
        upload: Upload | None = None,
        raise_on_failure: bool | None = None,
        timeout: TimeoutTypes = _UNSET,
        max_retries: int | None = None,
    ) -> DocumentResult:
        client = self._client
        call = client._call(
            DOCUMENTS[kind],
            image,
            name=name,
            format=format,
            upload=upload,
            raise_on_failure=raise_on_failure,
        )
        result = client._execute(call, timeout, max_retries)
        assert isinstance(result, DocumentResult)
        return result

    read.__name__ = read.__qualname__ = kind
    read.__doc__ = doc
    return read


def _async_document(kind: str, doc: str) -> Callable[..., Awaitable[DocumentResult]]:
    async def read(
        self: AsyncDocumentOCR,
        image: ImageInput,
        *,
        name: str | None = None,
        format: str | None = None,
        upload: Upload | None = None,
        raise_on_failure: bool | None = None,
        timeout: TimeoutTypes = _UNSET,
        max_retries: int | None = None,
    ) -> DocumentResult:
        client = self._client
        call = client._call(
            DOCUMENTS[kind],
            image,
            name=name,
            format=format,
            upload=upload,
            raise_on_failure=raise_on_failure,
        )
        result = await client._execute(call, timeout, max_retries)
        assert isinstance(result, DocumentResult)
        return result

    read.__name__ = read.__qualname__ = kind
    read.__doc__ = doc
    return read


_DOCUMENT_DOCS = {
    "receipt": "Receipt (``/document/receipt``).",
    "credit_card": "Credit card (``/document/credit-card``).",
    "name_card": "Business card (``/document/name-card``).",
    "biz_license": "Business registration certificate (``/document/biz-license``).",
    "id_card": "Korean ID card, driver's licence, passport or alien card (``/document/id-card``).",
    "medical_receipt": "Medical receipt (``/document/medical-receipt``).",
    "passport": "Passport of any country (``/document/passport``).",
}


class DocumentOCR:
    """``ocr.document.receipt(image)`` and the other Document OCR products."""

    def __init__(self, client: ClovaOCR) -> None:
        self._client = client

    receipt = _sync_document("receipt", _DOCUMENT_DOCS["receipt"])
    credit_card = _sync_document("credit_card", _DOCUMENT_DOCS["credit_card"])
    name_card = _sync_document("name_card", _DOCUMENT_DOCS["name_card"])
    biz_license = _sync_document("biz_license", _DOCUMENT_DOCS["biz_license"])
    id_card = _sync_document("id_card", _DOCUMENT_DOCS["id_card"])
    medical_receipt = _sync_document("medical_receipt", _DOCUMENT_DOCS["medical_receipt"])
    passport = _sync_document("passport", _DOCUMENT_DOCS["passport"])


class AsyncDocumentOCR:
    """``await ocr.document.receipt(image)`` and the other Document OCR products."""

    def __init__(self, client: AsyncClovaOCR) -> None:
        self._client = client

    receipt = _async_document("receipt", _DOCUMENT_DOCS["receipt"])
    credit_card = _async_document("credit_card", _DOCUMENT_DOCS["credit_card"])
    name_card = _async_document("name_card", _DOCUMENT_DOCS["name_card"])
    biz_license = _async_document("biz_license", _DOCUMENT_DOCS["biz_license"])
    id_card = _async_document("id_card", _DOCUMENT_DOCS["id_card"])
    medical_receipt = _async_document("medical_receipt", _DOCUMENT_DOCS["medical_receipt"])
    passport = _async_document("passport", _DOCUMENT_DOCS["passport"])
