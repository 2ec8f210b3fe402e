"""``ClovaOCR`` and ``AsyncClovaOCR``: the objects users create."""

from __future__ import annotations

import asyncio
import os
import time
from collections.abc import AsyncIterator, Awaitable, Callable, Iterable, Iterator, Mapping
from typing import Any, Literal, TypedDict, TypeVar, Unpack

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
from .batch import engine as _batch
from .results import DocumentResult, GeneralResult, OCRResult, TemplateResult

DEFAULT_TIMEOUT = httpx.Timeout(120.0, connect=5.0)
DEFAULT_MAX_RETRIES = 2

_UNSET: Any = object()
TimeoutTypes = float | httpx.Timeout | None


class RequestOptions(TypedDict, total=False):
    """Per-call options every product takes."""

    name: str | None  #: sent as images[].name (default: the file name)
    format: str | None  #: only needed for URLs without an extension; bytes are sniffed
    upload: Upload | None  #: "auto" (default), "json" or "multipart"
    raise_on_failure: bool | None  #: raise ImageInferenceError on inferResult FAILURE/ERROR
    timeout: TimeoutTypes  #: overrides the client's timeout for this call
    max_retries: int | None  #: overrides the client's max_retries for this call


class TextOptions(RequestOptions, total=False):
    """Options of General OCR (and Template OCR)."""

    lang: str | None  #: "ko", "ja", "zh-TW" or a comma-separated list
    tables: bool | None  #: also detect tables (the domain's table toggle must be on)
    version: Literal["V1", "V2"] | None  #: protocol version (default V2)


class TemplateOptions(TextOptions, total=False):
    """Options of Template OCR."""

    template_ids: list[int] | None  #: only match these deployed templates


_OPTIONS = {
    "general": set(TextOptions.__annotations__),
    "template": set(TemplateOptions.__annotations__),
    "document": set(RequestOptions.__annotations__),
}


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
        self, product: Product, image: ImageInput, options: Mapping[str, Any]
    ) -> tuple[Call, Any, int]:
        """Validate the options of one call; returns the call, its timeout and retry budget."""
        allowed = _OPTIONS[product.name if product.name in _OPTIONS else "document"]
        unknown = set(options) - allowed
        if unknown:
            raise TypeError(
                f"{product.name}() got unexpected options: {', '.join(sorted(unknown))}"
            )
        version = options.get("version") or "V2"
        if version not in ("V1", "V2"):
            raise errors.InputError("version must be 'V2' (or 'V1' for General/Template OCR)")
        template_ids = options.get("template_ids")
        if template_ids is not None and not all(
            isinstance(i, int) and not isinstance(i, bool) for i in template_ids
        ):
            raise errors.InputError("template_ids must be a list of integers")
        max_retries = options.get("max_retries")
        if max_retries is None:
            max_retries = self.max_retries
        if not isinstance(max_retries, int) or max_retries < 0:
            raise errors.InputError("max_retries must be 0 or more")
        prepared = prepare_image(
            image,
            max_bytes=product.max_bytes,
            allow_url=product.allows_url,
            name=options.get("name"),
            format=options.get("format"),
        )
        raise_on_failure = options.get("raise_on_failure")
        call = Call(
            product=product,
            image=prepared,
            upload=options.get("upload") or self.upload,
            version=version,
            lang=options.get("lang"),
            tables=options.get("tables"),
            template_ids=template_ids,
            raise_on_failure=self.raise_on_failure
            if raise_on_failure is None
            else raise_on_failure,
            signing=self._auth.signs,
        )
        return call, options.get("timeout", _UNSET), max_retries


def _as_timeout(timeout: TimeoutTypes) -> httpx.Timeout:
    if isinstance(timeout, httpx.Timeout):
        return timeout
    return httpx.Timeout(timeout)


def _request_timeout(timeout: Any) -> Any:
    return httpx.USE_CLIENT_DEFAULT if timeout is _UNSET else _as_timeout(timeout)


ResultT = TypeVar("ResultT", bound=OCRResult)


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

    def general(self, image: ImageInput, **options: Unpack[TextOptions]) -> GeneralResult:
        """Recognise all text (``/general``); ``tables=True`` also detects tables."""
        return self._run(GENERAL, image, options, GeneralResult)

    def template(self, image: ImageInput, **options: Unpack[TemplateOptions]) -> TemplateResult:
        """Extract the fields of deployed templates (``/infer``), optionally only ``template_ids``."""
        return self._run(TEMPLATE, image, options, TemplateResult)

    def _run(
        self, product: Product, image: ImageInput, options: Mapping[str, Any], kind: type[ResultT]
    ) -> ResultT:
        call, timeout, max_retries = self._call(product, image, options)
        http = self._api.get_httpx_client()
        for attempt in Retrying(sleep=self._sleep, **retry_options(max_retries)):
            with attempt:
                kwargs, stream = call.build()
                started = time.monotonic()
                try:
                    response = http.request(**kwargs, timeout=_request_timeout(timeout))
                except httpx.TransportError as exc:
                    raise call.transport_error(exc, started) from exc
                finally:
                    if stream is not None:
                        stream.close()
                result = call.finish(response, started)
                assert isinstance(result, kind)
                return result
        raise AssertionError("unreachable")  # pragma: no cover

    def batch(
        self,
        inputs: Iterable[ImageInput],
        product: str = "general",
        *,
        concurrency: int = _batch.DEFAULT_CONCURRENCY,
        rate_limit: str | float | None = None,
        ordered: bool = False,
        max_retries: int | None = None,
        **options: Any,
    ) -> Iterator[_batch.BatchItem]:
        """OCR many images with one product; yields a :class:`~clova_ocr.batch.BatchItem` each.

        ``product`` is ``"general"``, ``"template"`` or a Document OCR name (``"receipt"``…);
        ``options`` are that product's call options. At most ``concurrency`` calls run at
        once, call starts are paced to ``rate_limit`` (``"10/s"``, the domain's limit) and
        slow down by themselves after a ``0025``/429 answer. Items come as they complete
        (``ordered=True``: in input order); an error is captured in its item, never raised.
        """
        return _batch.batch(
            self,
            inputs,
            product,
            concurrency=concurrency,
            rate_limit=rate_limit,
            ordered=ordered,
            max_retries=max_retries,
            **options,
        )

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
        self, *args: Any, sleep: Callable[[float], Awaitable[None]] = asyncio.sleep, **kwargs: Any
    ) -> None:
        super().__init__(*args, **kwargs)
        self._sleep = sleep
        self.document = AsyncDocumentOCR(self)

    async def general(self, image: ImageInput, **options: Unpack[TextOptions]) -> GeneralResult:
        """Recognise all text (``/general``); ``tables=True`` also detects tables."""
        return await self._run(GENERAL, image, options, GeneralResult)

    async def template(
        self, image: ImageInput, **options: Unpack[TemplateOptions]
    ) -> TemplateResult:
        """Extract the fields of deployed templates (``/infer``), optionally only ``template_ids``."""
        return await self._run(TEMPLATE, image, options, TemplateResult)

    async def _run(
        self, product: Product, image: ImageInput, options: Mapping[str, Any], kind: type[ResultT]
    ) -> ResultT:
        call, timeout, max_retries = self._call(product, image, options)
        http = self._api.get_async_httpx_client()
        async for attempt in AsyncRetrying(sleep=self._sleep, **retry_options(max_retries)):
            with attempt:
                kwargs, stream = call.build()
                started = time.monotonic()
                try:
                    response = await http.request(**kwargs, timeout=_request_timeout(timeout))
                except httpx.TransportError as exc:
                    raise call.transport_error(exc, started) from exc
                finally:
                    if stream is not None:
                        stream.close()
                result = call.finish(response, started)
                assert isinstance(result, kind)
                return result
        raise AssertionError("unreachable")  # pragma: no cover

    def batch(
        self,
        inputs: Iterable[ImageInput],
        product: str = "general",
        *,
        concurrency: int = _batch.DEFAULT_CONCURRENCY,
        rate_limit: str | float | None = None,
        ordered: bool = False,
        max_retries: int | None = None,
        **options: Any,
    ) -> AsyncIterator[_batch.BatchItem]:
        """``async for item in ocr.batch(paths, "receipt", rate_limit="10/s")``: see
        :meth:`ClovaOCR.batch`. Stop iterating (``break``) to cancel the calls in flight."""
        return _batch.abatch(
            self,
            inputs,
            product,
            concurrency=concurrency,
            rate_limit=rate_limit,
            ordered=ordered,
            max_retries=max_retries,
            **options,
        )

    async def close(self) -> None:
        """Close the connection pool."""
        await self._api.get_async_httpx_client().aclose()

    async def __aenter__(self) -> AsyncClovaOCR:
        return self

    async def __aexit__(self, *exc_info: object) -> None:
        await self.close()


class DocumentOCR:
    """``ocr.document.receipt(image)`` and the other Document OCR products."""

    def __init__(self, client: ClovaOCR) -> None:
        self._client = client

    def _read(self, kind: str, image: ImageInput, options: RequestOptions) -> DocumentResult:
        return self._client._run(DOCUMENTS[kind], image, options, DocumentResult)

    def receipt(self, image: ImageInput, **options: Unpack[RequestOptions]) -> DocumentResult:
        """Receipt (``/document/receipt``)."""
        return self._read("receipt", image, options)

    def credit_card(self, image: ImageInput, **options: Unpack[RequestOptions]) -> DocumentResult:
        """Credit card (``/document/credit-card``)."""
        return self._read("credit_card", image, options)

    def name_card(self, image: ImageInput, **options: Unpack[RequestOptions]) -> DocumentResult:
        """Business card (``/document/name-card``)."""
        return self._read("name_card", image, options)

    def biz_license(self, image: ImageInput, **options: Unpack[RequestOptions]) -> DocumentResult:
        """Business registration certificate (``/document/biz-license``)."""
        return self._read("biz_license", image, options)

    def id_card(self, image: ImageInput, **options: Unpack[RequestOptions]) -> DocumentResult:
        """Korean ID card, driver's licence, passport or alien card (``/document/id-card``)."""
        return self._read("id_card", image, options)

    def medical_receipt(
        self, image: ImageInput, **options: Unpack[RequestOptions]
    ) -> DocumentResult:
        """Medical receipt (``/document/medical-receipt``)."""
        return self._read("medical_receipt", image, options)

    def passport(self, image: ImageInput, **options: Unpack[RequestOptions]) -> DocumentResult:
        """Passport of any country (``/document/passport``)."""
        return self._read("passport", image, options)


class AsyncDocumentOCR:
    """``await ocr.document.receipt(image)`` and the other Document OCR products."""

    def __init__(self, client: AsyncClovaOCR) -> None:
        self._client = client

    async def _read(self, kind: str, image: ImageInput, options: RequestOptions) -> DocumentResult:
        return await self._client._run(DOCUMENTS[kind], image, options, DocumentResult)

    async def receipt(self, image: ImageInput, **options: Unpack[RequestOptions]) -> DocumentResult:
        """Receipt (``/document/receipt``)."""
        return await self._read("receipt", image, options)

    async def credit_card(
        self, image: ImageInput, **options: Unpack[RequestOptions]
    ) -> DocumentResult:
        """Credit card (``/document/credit-card``)."""
        return await self._read("credit_card", image, options)

    async def name_card(
        self, image: ImageInput, **options: Unpack[RequestOptions]
    ) -> DocumentResult:
        """Business card (``/document/name-card``)."""
        return await self._read("name_card", image, options)

    async def biz_license(
        self, image: ImageInput, **options: Unpack[RequestOptions]
    ) -> DocumentResult:
        """Business registration certificate (``/document/biz-license``)."""
        return await self._read("biz_license", image, options)

    async def id_card(self, image: ImageInput, **options: Unpack[RequestOptions]) -> DocumentResult:
        """Korean ID card, driver's licence, passport or alien card (``/document/id-card``)."""
        return await self._read("id_card", image, options)

    async def medical_receipt(
        self, image: ImageInput, **options: Unpack[RequestOptions]
    ) -> DocumentResult:
        """Medical receipt (``/document/medical-receipt``)."""
        return await self._read("medical_receipt", image, options)

    async def passport(
        self, image: ImageInput, **options: Unpack[RequestOptions]
    ) -> DocumentResult:
        """Passport of any country (``/document/passport``)."""
        return await self._read("passport", image, options)
