"""``ClovaOCR`` and ``AsyncClovaOCR``: the objects users create.

Both clients take the same settings (an explicit signature, so IDEs, ``help()`` and mypy see
every parameter) and share how a call is prepared (:class:`_BaseClovaOCR`); they differ only in
how they send and sleep. The products they offer come from the registry (:data:`PRODUCTS`).
"""

from __future__ import annotations

import logging
import os
import time
from collections.abc import AsyncIterator, Awaitable, Callable, Iterable, Iterator, Mapping
from typing import TYPE_CHECKING, Any, Generic, TypeVar, Unpack, cast

import httpx

from . import _logging, errors
from ._auth import ClovaAuth
from ._call import Call, DeadlineStream
from ._inputs import ImageInput, prepare_image
from ._invoke_url import InvokeURL
from ._lang import check_lang
from ._options import (
    DEFAULT_BATCH_CONCURRENCY,
    TemplateOptions,
    TextOptions,
    TimeoutTypes,
    Upload,
)
from ._pages import PACING_OPTION, Merger, Pacing, PageSplit, plan
from ._products import GENERAL, TEMPLATE, Documents, Product, get_product
from ._retry import MAX_RETRY_AFTER, Retries
from ._secrets import Masked, MaskedURL, Scrubber, check_credential
from .cache import AnswerStore, CacheSlot, open_store
from .results import GeneralResult, OCRResult, TemplateResult

if TYPE_CHECKING:
    from .batch import BatchItem
    from .batch.engine import BatchPlan

DEFAULT_TIMEOUT = httpx.Timeout(120.0, connect=5.0)
DEFAULT_MAX_RETRIES = 2

ResultT = TypeVar("ResultT", bound=OCRResult[Any])
#: What ``batch()`` returns: an iterator of items (sync) or an async one.
BatchItemsT = TypeVar("BatchItemsT")


def _setting(name: str, given: str | None, env: str) -> str | None:
    """``given``, else the environment variable ``env`` (unset or blank: ``None``).

    An explicit empty value is an error, not a reason to read the environment: ``--secret ""``
    must not quietly use another secret.
    """
    if given is not None:
        return given if given.strip() else _refuse_empty(name)
    value = os.environ.get(env, "")
    return value if value.strip() else None


def _refuse_empty(name: str) -> str:
    raise errors.ConfigurationError(f"{name} is empty")


def _credential(name: str, given: str | None, env: str) -> Masked | None:
    """A credential from ``given`` or ``env``, checked by :func:`check_credential`."""
    value = _setting(name, given, env)
    if value is None:
        return None
    return check_credential(name if given is not None else env, value)


def _as_timeout(timeout: TimeoutTypes) -> httpx.Timeout:
    if isinstance(timeout, httpx.Timeout):
        return timeout
    return httpx.Timeout(timeout)


def _check_version(product: Product[Any], version: str) -> str:
    if version not in product.versions:
        allowed = " or ".join(repr(v) for v in product.versions)
        raise errors.InputError(f"{product.name}() takes version {allowed}, not {version!r}")
    return version


def _check_template_ids(template_ids: Any) -> list[int] | None:
    if template_ids is not None and not all(
        isinstance(i, int) and not isinstance(i, bool) for i in template_ids
    ):
        raise errors.InputError("template_ids must be a list of integers")
    return None if template_ids is None else list(template_ids)


def _check_seconds(name: str, value: Any) -> float:
    if isinstance(value, bool) or not isinstance(value, (int, float)) or not value > 0:
        raise errors.ConfigurationError(f"{name} must be a number of seconds above 0")
    return float(value)


def _check_retries(max_retries: Any) -> int:
    if not isinstance(max_retries, int) or isinstance(max_retries, bool) or max_retries < 0:
        raise errors.InputError("max_retries must be 0 or more")
    return max_retries


def _masked(*values: str | None) -> tuple[Any, ...]:
    """Credentials as :class:`Masked` (other values unchanged), so that the constructors'
    locals never show them (``pytest -l``, debuggers)."""
    return tuple(Masked(v) if isinstance(v, str) else v for v in values)


def _pacing_of(options: Mapping[str, Any]) -> Pacing:
    """How a long document's parts go out: the batch's pacing when a batch runs it, else
    the default batch concurrency, unpaced, with this call's retries."""
    pacing = options.get(PACING_OPTION)
    if isinstance(pacing, Pacing):
        return pacing
    return Pacing(DEFAULT_BATCH_CONCURRENCY, None, options.get("max_retries"))


class _BaseClovaOCR(Generic[BatchItemsT]):
    """Settings shared by the sync and async clients, and how one call is prepared."""

    def __init__(
        self,
        invoke_url: str | None,
        secret: str | None,
        *,
        access_key: str | None,
        secret_key: str | None,
        timeout: TimeoutTypes,
        max_retries: int,
        retry_timeouts: bool,
        upload: Upload,
        raise_on_failure: bool,
        default_headers: Mapping[str, str] | None,
        httpx_args: Mapping[str, Any] | None,
        max_retry_after: float = MAX_RETRY_AFTER,
        deadline: float | None = None,
        cache: str | os.PathLike[str] | AnswerStore | None = None,
    ) -> None:
        try:
            self._configure(invoke_url, secret, access_key=access_key, secret_key=secret_key)
        except errors.ConfigurationError as exc:
            # Raised afresh from here: the frames below hold the credentials in their locals
            # (pytest -l, debuggers), and the message says all there is to fix.
            raise exc.with_traceback(None) from None
        if not isinstance(max_retries, int) or max_retries < 0:
            raise errors.ConfigurationError("max_retries must be 0 or more")
        #: Where answers are kept and looked up before calling (``None``: no cache).
        self.cache = open_store(cache)
        if upload not in ("auto", "json", "multipart"):
            raise errors.ConfigurationError("upload must be 'auto', 'json' or 'multipart'")
        from clova_ocr_api import Client  # with its attrs models: loaded with the first client

        _logging.install()
        self.timeout = _as_timeout(timeout)
        self.max_retries = max_retries
        self.max_retry_after = _check_seconds("max_retry_after", max_retry_after)
        self.deadline = None if deadline is None else _check_seconds("deadline", deadline)
        self.retry_timeouts = retry_timeouts
        self.upload: Upload = upload
        self.raise_on_failure = raise_on_failure
        self._api = Client(
            base_url=self.invoke_url.url,
            timeout=self.timeout,
            headers=dict(default_headers or {}),
            httpx_args={"auth": self._auth, **(httpx_args or {})},
        )

    def _configure(
        self,
        invoke_url: str | None,
        secret: str | None,
        *,
        access_key: str | None,
        secret_key: str | None,
    ) -> None:
        """Resolve and check the Invoke URL and the credentials (explicit, else environment)."""
        url = _setting("invoke_url", invoke_url, "CLOVA_OCR_INVOKE_URL")
        if url is None:
            raise errors.ConfigurationError("pass invoke_url= or set CLOVA_OCR_INVOKE_URL")
        checked_secret = _credential("secret", secret, "CLOVA_OCR_SECRET")
        if checked_secret is None:
            raise errors.ConfigurationError("pass secret= or set CLOVA_OCR_SECRET")
        checked_access = _credential("access_key", access_key, "NCP_ACCESS_KEY")
        checked_secret_key = _credential("secret_key", secret_key, "NCP_SECRET_KEY")
        if bool(checked_access) != bool(checked_secret_key):
            raise errors.ConfigurationError(
                "API Gateway signing needs both access_key and secret_key (NCP_ACCESS_KEY, NCP_SECRET_KEY)"
            )
        self.invoke_url = InvokeURL.parse(MaskedURL(url))
        self._auth = ClovaAuth(
            checked_secret, access_key=checked_access, secret_key=checked_secret_key
        )
        self._scrub = Scrubber.for_client(self)

    def __repr__(self) -> str:
        # Safe on a client whose constructor failed half-way (debuggers, pytest -l).
        invoke_url = getattr(self, "invoke_url", None)
        auth = getattr(self, "_auth", None)
        url = invoke_url.redacted() if invoke_url is not None else None
        signing = ", signing=on" if auth is not None and auth.signs else ""
        return f"{type(self).__name__}(invoke_url={url!r}, secret='***'{signing})"

    @property
    def auth(self) -> ClovaAuth:
        """The auth flow that signs every request; ``auth.credentials()`` are what to mask."""
        return self._auth

    def check_options(self, product: Product[Any], options: Mapping[str, Any]) -> None:
        """Raise for an option ``product`` does not take or a value it refuses.

        Run for every call, and once before a batch so that a wrong option is one clear
        error instead of the same error on every item.
        """
        unknown = set(options) - product.option_names
        if unknown:
            raise TypeError(
                f"{product.name}() got unexpected options: {', '.join(sorted(unknown))}"
            )
        if options.get("lang") is not None:
            check_lang(options["lang"])
        _check_version(product, options.get("version") or "V2")
        _check_template_ids(options.get("template_ids"))
        if options.get("max_retries") is not None:
            _check_retries(options["max_retries"])

    def batch(
        self,
        inputs: Iterable[ImageInput],
        product: str = "general",
        *,
        concurrency: int = DEFAULT_BATCH_CONCURRENCY,
        rate_limit: str | float | None = None,
        ordered: bool = False,
        max_retries: int | None = None,
        **options: Any,
    ) -> BatchItemsT:
        """OCR many images with one product; yields a :class:`~clova_ocr.batch.BatchItem` each.

        ``product`` is ``"general"``, ``"template"`` or a Document OCR name (``"receipt"``…);
        ``options`` are that product's call options, checked once before any call. At most
        ``concurrency`` calls run at once, call starts are paced to ``rate_limit`` (``"10/s"``,
        the domain's limit) and slow down by themselves after a ``0025``/429 answer. Items
        come as they complete (``ordered=True``: in input order); an error is captured in its
        item, never raised. ``max_retries`` defaults to the client's.

        ``for item in ocr.batch(paths, "receipt")`` with :class:`ClovaOCR`;
        ``async for item in ocr.batch(...)`` with :class:`AsyncClovaOCR`, where stopping the
        iteration (``break``) cancels the calls in flight.
        """
        from .batch.engine import BatchPlan  # the batch layer: loaded only by batch users

        plan = BatchPlan.checked(
            self,
            product,
            options,
            concurrency=concurrency,
            rate_limit=rate_limit,
            ordered=ordered,
            max_retries=max_retries,
        )
        return self._start_batch(inputs, plan)

    def _start_batch(self, inputs: Iterable[ImageInput], plan: BatchPlan) -> BatchItemsT:
        """Hand ``plan`` to the engine the way this client sends (threads or the loop)."""
        raise NotImplementedError

    def _lookup(self, call: Call[ResultT]) -> tuple[CacheSlot | None, ResultT | None]:
        """``call``'s place in the answer store, and its stored result on a hit."""
        if self.cache is None:
            return None, None
        slot = CacheSlot.of(call)
        if slot is None:
            return None, None
        raw = self.cache.get(slot.key)
        return slot, (slot.result(call, raw) if raw is not None else None)

    def _keep(self, slot: CacheSlot | None, call: Call[ResultT], result: ResultT) -> ResultT:
        """Store ``result`` when every page was read (a failure may be transient)."""
        if slot is not None and self.cache is not None and result.ok:
            try:
                self.cache.put(
                    slot.key,
                    result.raw,
                    product=call.product.name,
                    sha256=slot.digest,
                    name=call.image.name,
                )
            except OSError as exc:  # a full or read-only disk must not lose the answer
                logging.getLogger("clova_ocr").warning("answer not cached: %s", exc)
        return result

    def _raises(self, options: Mapping[str, Any]) -> bool:
        raise_on_failure = options.get("raise_on_failure")
        return self.raise_on_failure if raise_on_failure is None else bool(raise_on_failure)

    def _prepare(
        self, product: Product[ResultT], image: ImageInput, options: Mapping[str, Any]
    ) -> Call[ResultT]:
        """Check one call's options against the registry and build its :class:`Call`."""
        call = self._prepare_or_split(product, image, options)
        if isinstance(call, PageSplit):
            call.document.close()
            raise errors.InputError(f"{call.image.name} needs several calls; use recognize()")
        return call

    def _prepare_or_split(
        self, product: Product[ResultT], image: ImageInput, options: Mapping[str, Any]
    ) -> Call[ResultT] | PageSplit:
        """The :class:`Call` of one image, or the :class:`PageSplit` of a document longer
        than one call takes (or sent with ``pages=``)."""
        self.check_options(product, {k: v for k, v in options.items() if k != PACING_OPTION})
        prepared = prepare_image(
            image,
            max_bytes=product.max_bytes,
            allow_url=product.allows_url,
            name=options.get("name"),
            format=options.get("format"),
        )
        split = plan(product, prepared, options.get("pages"))
        if split is not None:
            return split
        max_retries = options.get("max_retries")
        retry_timeouts = options.get("retry_timeouts")
        raise_on_failure = options.get("raise_on_failure")
        deadline = options.get("deadline")
        timeout = options.get("timeout", self.timeout)  # None (no timeout) is a value here
        return Call(
            product=product,
            image=prepared,
            upload=options.get("upload") or self.upload,
            timeout=_as_timeout(timeout),
            max_retries=self.max_retries if max_retries is None else max_retries,
            retry_timeouts=self.retry_timeouts if retry_timeouts is None else retry_timeouts,
            version=options.get("version") or "V2",
            lang=options.get("lang"),
            tables=options.get("tables"),
            template_ids=options.get("template_ids"),
            raise_on_failure=self.raise_on_failure
            if raise_on_failure is None
            else raise_on_failure,
            signing=self._auth.signs,
            max_retry_after=self.max_retry_after,
            deadline=self.deadline if deadline is None else _check_seconds("deadline", deadline),
            scrub=self._scrub,
        )


class ClovaOCR(_BaseClovaOCR[Iterator["BatchItem"]]):
    """Synchronous CLOVA OCR client; reuses one connection pool. Use it as a context manager.

    Args:
        invoke_url: the domain's Invoke URL (default: ``$CLOVA_OCR_INVOKE_URL``).
        secret: the domain's secret key, sent as ``X-OCR-SECRET`` (default: ``$CLOVA_OCR_SECRET``).
        access_key: NCP API access key, to sign with API Gateway signature v2
            (default: ``$NCP_ACCESS_KEY``; signing is off without it and ``secret_key``).
        secret_key: the NCP API secret key that goes with ``access_key``
            (default: ``$NCP_SECRET_KEY``).
        timeout: seconds or an ``httpx.Timeout`` (default: 120 s, 5 s to connect).
        max_retries: retries after a retryable failure (default 2; see the README).
        retry_timeouts: also retry read/write timeouts, which the service may have processed
            and billed already (default ``True``).
        upload: ``"auto"`` (JSON up to 1 MB, multipart above), ``"json"`` or ``"multipart"``.
        raise_on_failure: raise :class:`ImageInferenceError` when an image's ``inferResult``
            is ``FAILURE``/``ERROR`` (default ``True``).
        default_headers: extra headers for every request.
        httpx_args: extra arguments for the ``httpx.Client`` (``transport=``, ``limits=`` …).
        max_retry_after: the longest wait a ``Retry-After`` answer may impose, in seconds
            (default 60); a longer one is cut to this.
        deadline: seconds a whole call may take, every attempt and wait included (default:
            none); ``timeout`` bounds each read, so a trickled answer can outlast it, while
            ``deadline`` ends the call with :class:`APITimeoutError`.
        sleep: how to wait between retries (tests pass a recorder).
        cache: a folder (or an :class:`~clova_ocr.cache.AnswerStore`) of answers keyed on the
            image bytes' sha256, product, options and protocol version: an upload answered
            before is not sent again (``result.http.cached`` is then ``True``).

    Examples:
        >>> with ClovaOCR(invoke_url="https://….apigw.ntruss.com/custom/v1/123/abc…", secret="…") as ocr:
        ...     print(ocr.general("scan.png").text)
    """

    def __init__(
        self,
        invoke_url: str | None = None,
        secret: str | None = None,
        *,
        access_key: str | None = None,
        secret_key: str | None = None,
        timeout: TimeoutTypes = DEFAULT_TIMEOUT,
        max_retries: int = DEFAULT_MAX_RETRIES,
        retry_timeouts: bool = True,
        upload: Upload = "auto",
        raise_on_failure: bool = True,
        default_headers: Mapping[str, str] | None = None,
        httpx_args: Mapping[str, Any] | None = None,
        max_retry_after: float = MAX_RETRY_AFTER,
        deadline: float | None = None,
        sleep: Callable[[float], None] = time.sleep,
        cache: str | os.PathLike[str] | AnswerStore | None = None,
    ) -> None:
        invoke_url = MaskedURL(invoke_url) if isinstance(invoke_url, str) else invoke_url
        secret, access_key, secret_key = _masked(secret, access_key, secret_key)
        super().__init__(
            invoke_url,
            secret,
            access_key=access_key,
            secret_key=secret_key,
            timeout=timeout,
            max_retries=max_retries,
            retry_timeouts=retry_timeouts,
            upload=upload,
            raise_on_failure=raise_on_failure,
            default_headers=default_headers,
            httpx_args=httpx_args,
            max_retry_after=max_retry_after,
            deadline=deadline,
            cache=cache,
        )
        self._sleep = sleep
        self.document = DocumentOCR(self)

    def general(self, image: ImageInput, **options: Unpack[TextOptions]) -> GeneralResult:
        """Recognise all text (``/general``); ``tables=True`` also detects tables."""
        return self._run(GENERAL, image, options)

    def template(self, image: ImageInput, **options: Unpack[TemplateOptions]) -> TemplateResult:
        """Extract the fields of deployed templates (``/infer``), optionally only ``template_ids``."""
        return self._run(TEMPLATE, image, options)

    def recognize(
        self, product: str | Product[Any], image: ImageInput, **options: Any
    ) -> OCRResult[Any]:
        """Call any product by registry name (``"general"``, ``"receipt"``, ``"credit-card"``…).

        The generic form of :meth:`general`, :meth:`template` and ``document.<name>()``, for
        code that picks the product at run time; options are checked the same way.
        """
        chosen = get_product(product) if isinstance(product, str) else product
        return self._run(chosen, image, options)

    def _run(
        self, product: Product[ResultT], image: ImageInput, options: Mapping[str, Any]
    ) -> ResultT:
        call = self._prepare_or_split(product, image, options)
        if isinstance(call, PageSplit):
            return cast(ResultT, self._send_pages(product, call, options))
        return self._send(call)

    def _send_pages(
        self, product: Product[Any], split: PageSplit, options: Mapping[str, Any]
    ) -> OCRResult[Any]:
        """Send a long document's parts as a batch does (concurrency, pacing, retries) and
        merge their answers into one result."""
        pacing = _pacing_of(options)
        merger = Merger(product, split)
        for item in self.batch(
            split.parts(),
            product.name,
            concurrency=pacing.concurrency,
            rate_limit=pacing.rate_limit,
            max_retries=pacing.max_retries,
            **split.part_options(dict(options)),
        ):
            merger.add(item.index, item.result, item.error)
        return merger.result(self._raises(options))

    def _send(self, call: Call[ResultT]) -> ResultT:
        """Send ``call``, retrying as its budget allows; the result or the last typed error."""
        slot, hit = self._lookup(call)
        if hit is not None:
            return hit
        http = self._api.get_httpx_client()
        retries = call.retries()
        while True:
            try:
                return self._keep(slot, call, self._attempt(http, call, retries))
            except errors.ClovaOCRError as exc:
                delay = retries.delay_after(exc)
                if delay is None:
                    raise
            self._sleep(delay)

    def _attempt(self, http: httpx.Client, call: Call[ResultT], retries: Retries) -> ResultT:
        """One attempt of ``call``: every failure comes out as a typed, scrubbed error."""
        request, stream = call.request(http, retries)
        call.sending()
        try:
            if retries.deadline is None:
                response = http.send(request)
            else:  # read in chunks, so that a trickled answer stops at the deadline
                response = http.send(request, stream=True)
                response.stream = DeadlineStream(response.stream, retries)
                try:
                    response.read()
                finally:
                    response.close()
        except errors.ClovaOCRError:
            raise
        except Exception as exc:  # httpx's, httpcore's, h11's, the transport's OSError…
            raise call.send_failed(exc) from exc
        finally:
            if stream is not None:
                stream.close()
        return call.finish(response)

    def _start_batch(self, inputs: Iterable[ImageInput], plan: BatchPlan) -> Iterator[BatchItem]:
        from .batch import engine  # asyncio, aiolimiter: loaded only by batch users

        return engine.batch(self, inputs, plan)

    def close(self) -> None:
        """Close the connection pool (if a request opened one)."""
        self._api.close()

    def __enter__(self) -> ClovaOCR:
        return self

    def __exit__(self, *exc_info: object) -> None:
        self.close()


class AsyncClovaOCR(_BaseClovaOCR[AsyncIterator["BatchItem"]]):
    """``asyncio`` twin of :class:`ClovaOCR`: the same settings and methods, awaited."""

    def __init__(
        self,
        invoke_url: str | None = None,
        secret: str | None = None,
        *,
        access_key: str | None = None,
        secret_key: str | None = None,
        timeout: TimeoutTypes = DEFAULT_TIMEOUT,
        max_retries: int = DEFAULT_MAX_RETRIES,
        retry_timeouts: bool = True,
        upload: Upload = "auto",
        raise_on_failure: bool = True,
        default_headers: Mapping[str, str] | None = None,
        httpx_args: Mapping[str, Any] | None = None,
        max_retry_after: float = MAX_RETRY_AFTER,
        deadline: float | None = None,
        sleep: Callable[[float], Awaitable[None]] | None = None,
        cache: str | os.PathLike[str] | AnswerStore | None = None,
    ) -> None:
        invoke_url = MaskedURL(invoke_url) if isinstance(invoke_url, str) else invoke_url
        secret, access_key, secret_key = _masked(secret, access_key, secret_key)
        super().__init__(
            invoke_url,
            secret,
            access_key=access_key,
            secret_key=secret_key,
            timeout=timeout,
            max_retries=max_retries,
            retry_timeouts=retry_timeouts,
            upload=upload,
            raise_on_failure=raise_on_failure,
            default_headers=default_headers,
            httpx_args=httpx_args,
            max_retry_after=max_retry_after,
            deadline=deadline,
            cache=cache,
        )
        if sleep is None:
            import asyncio  # not at import time: the sync client does not need it

            sleep = asyncio.sleep
        self._sleep = sleep
        self.document = AsyncDocumentOCR(self)

    async def general(self, image: ImageInput, **options: Unpack[TextOptions]) -> GeneralResult:
        """Recognise all text (``/general``); ``tables=True`` also detects tables."""
        return await self._run(GENERAL, image, options)

    async def template(
        self, image: ImageInput, **options: Unpack[TemplateOptions]
    ) -> TemplateResult:
        """Extract the fields of deployed templates (``/infer``), optionally only ``template_ids``."""
        return await self._run(TEMPLATE, image, options)

    async def recognize(
        self, product: str | Product[Any], image: ImageInput, **options: Any
    ) -> OCRResult[Any]:
        """Call any product by registry name; see :meth:`ClovaOCR.recognize`."""
        chosen = get_product(product) if isinstance(product, str) else product
        return await self._run(chosen, image, options)

    async def _run(
        self, product: Product[ResultT], image: ImageInput, options: Mapping[str, Any]
    ) -> ResultT:
        call = self._prepare_or_split(product, image, options)
        if isinstance(call, PageSplit):
            return cast(ResultT, await self._send_pages(product, call, options))
        return await self._send(call)

    async def _send_pages(
        self, product: Product[Any], split: PageSplit, options: Mapping[str, Any]
    ) -> OCRResult[Any]:
        """See :meth:`ClovaOCR._send_pages`."""
        pacing = _pacing_of(options)
        merger = Merger(product, split)
        async for item in self.batch(
            split.parts(),
            product.name,
            concurrency=pacing.concurrency,
            rate_limit=pacing.rate_limit,
            max_retries=pacing.max_retries,
            **split.part_options(dict(options)),
        ):
            merger.add(item.index, item.result, item.error)
        return merger.result(self._raises(options))

    async def _send(self, call: Call[ResultT]) -> ResultT:
        """Send ``call``, retrying as its budget allows; the result or the last typed error."""
        slot, hit = self._lookup(call)
        if hit is not None:
            return hit
        http = self._api.get_async_httpx_client()
        retries = call.retries()
        while True:
            try:
                return self._keep(slot, call, await self._attempt(http, call, retries))
            except errors.ClovaOCRError as exc:
                delay = retries.delay_after(exc)
                if delay is None:
                    raise
            await self._sleep(delay)

    async def _attempt(
        self, http: httpx.AsyncClient, call: Call[ResultT], retries: Retries
    ) -> ResultT:
        """One attempt of ``call``: every failure comes out as a typed, scrubbed error."""
        request, stream = call.request(http, retries)
        call.sending()
        try:
            if retries.deadline is None:
                response = await http.send(request)
            else:  # read in chunks, so that a trickled answer stops at the deadline
                response = await http.send(request, stream=True)
                response.stream = DeadlineStream(response.stream, retries)
                try:
                    await response.aread()
                finally:
                    await response.aclose()
        except errors.ClovaOCRError:
            raise
        except Exception as exc:  # httpx's, httpcore's, h11's, the transport's OSError…
            raise call.send_failed(exc) from exc
        finally:
            if stream is not None:
                stream.close()
        return call.finish(response)

    def _start_batch(
        self, inputs: Iterable[ImageInput], plan: BatchPlan
    ) -> AsyncIterator[BatchItem]:
        from .batch import engine  # aiolimiter: loaded only by batch users

        return engine.abatch(self, inputs, plan)

    async def close(self) -> None:
        """Close the connection pool (if a request opened one)."""
        await self._api.aclose()

    async def __aenter__(self) -> AsyncClovaOCR:
        return self

    async def __aexit__(self, *exc_info: object) -> None:
        await self.close()


class DocumentOCR(Documents):
    """``ocr.document.receipt(image)`` and the other Document OCR products.

    Its methods are the :class:`~clova_ocr._products.Documents` registry entries, read
    through this namespace (see :meth:`Product.__get__ <clova_ocr.Product.__get__>`).
    """

    def __init__(self, client: ClovaOCR) -> None:
        self._client = client

    def _read(self, product: Product[Any], image: ImageInput, options: Mapping[str, Any]) -> Any:
        return self._client._run(product, image, options)


class AsyncDocumentOCR(Documents):
    """``await ocr.document.receipt(image)`` and the other Document OCR products."""

    def __init__(self, client: AsyncClovaOCR) -> None:
        self._client = client

    def _read(self, product: Product[Any], image: ImageInput, options: Mapping[str, Any]) -> Any:
        return self._client._run(product, image, options)
