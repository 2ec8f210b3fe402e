"""The SDK against the mock: in-process (ASGI) and over loopback HTTP (uvicorn thread)."""

from __future__ import annotations

import httpx
import pytest

from clova_ocr import (
    PRODUCTS,
    APIConnectionError,
    AsyncClovaOCR,
    AuthenticationError,
    ClovaOCR,
    GatewayAuthenticationError,
    QuotaExceededError,
    RateLimitError,
    ServerError,
    TableDetectionDisabledError,
    TemplateNotDeployedError,
    UnexpectedResponseError,
)
from clova_ocr_mock import create_app, running

from .mock_helpers import SECRET, pdf, png

ASGI_URL = "http://mock.local/custom/v1/12345/" + "ab" * 32


def _async_client(app, **kwargs) -> AsyncClovaOCR:
    kwargs.setdefault("secret", SECRET)
    return AsyncClovaOCR(
        invoke_url=ASGI_URL,
        httpx_args={"transport": httpx.ASGITransport(app=app)},
        sleep=_no_sleep,
        **kwargs,
    )


async def _no_sleep(_: float) -> None:
    return None


@pytest.fixture(scope="module")
def server() -> str:
    with running(secret=SECRET, allow_faults=True) as invoke_url:
        yield invoke_url


def test_sync_sdk_over_http_every_product(server: str) -> None:
    with ClovaOCR(invoke_url=server, secret=SECRET) as ocr:
        general = ocr.general(png(800, 600), tables=True)
        assert general.text.startswith("CLOVA OCR MOCK")
        assert general.pages[0].width == 800 and general.tables[0].n_columns == 2
        streamed = ocr.general(png(800, 600), upload="multipart")
        assert streamed.text == general.text
        assert ocr.template(png(), template_ids=[42]).matched_template == {
            "id": 42,
            "name": "MOCK-TEMPLATE-42",
        }
        # Every Document OCR product of the registry, through its typed accessor.
        for kind in (name for name, p in PRODUCTS.items() if p.family == "document"):
            result = getattr(ocr.document, kind)(png())
            assert result.to_dict() and result.document is not None, kind
        assert len(ocr.general(pdf(3)).pages) == 3


def test_wrong_secret_over_http(server: str) -> None:
    with (
        ClovaOCR(invoke_url=server, secret="wrong") as ocr,
        pytest.raises(AuthenticationError) as info,
    ):
        ocr.general(png())
    assert info.value.code == "0002" and info.value.trace_id


@pytest.mark.parametrize(
    ("fault", "error", "attempts"),
    [
        ("0501", ServerError, 3),
        ("gateway-503", ServerError, 3),
        ("html-502", UnexpectedResponseError, 3),
        ("truncated", UnexpectedResponseError, 1),
        ("drop", APIConnectionError, 3),
    ],
)
def test_injected_faults_become_typed_errors_after_bounded_retries(
    server: str, fault: str, error: type, attempts: int
) -> None:
    sent: list[httpx.Request] = []
    hooks = {"request": [sent.append]}
    with (
        ClovaOCR(
            invoke_url=server,
            secret=SECRET,
            default_headers={"X-Mock-Fault": fault},
            httpx_args={"event_hooks": hooks},
            sleep=lambda _: None,
        ) as ocr,
        pytest.raises(error),
    ):
        ocr.general(png())
    assert len(sent) == attempts


def test_timeout_against_a_slow_mock(server: str) -> None:
    with ClovaOCR(
        invoke_url=server,
        secret=SECRET,
        timeout=0.2,
        max_retries=1,
        sleep=lambda _: None,
        default_headers={"X-Mock-Fault": "slow-1000"},
    ) as ocr:
        from clova_ocr import APITimeoutError

        with pytest.raises(APITimeoutError):
            ocr.general(png())


@pytest.mark.anyio
async def test_async_sdk_in_process_errors_and_retries() -> None:
    async with _async_client(create_app(secret=SECRET, rate_limit=1)) as ocr:
        assert (await ocr.general(png())).ok
        with pytest.raises(RateLimitError):
            await ocr.general(png(), max_retries=0)
    async with _async_client(create_app(secret=SECRET, quota=0)) as ocr:
        with pytest.raises(QuotaExceededError):
            await ocr.general(png())
    async with _async_client(create_app(secret=SECRET, table_detection=False)) as ocr:
        with pytest.raises(TableDetectionDisabledError):
            await ocr.general(png(), tables=True)
    async with _async_client(create_app(secret=SECRET, templates=False)) as ocr:
        with pytest.raises(TemplateNotDeployedError):
            await ocr.template(png())
    async with _async_client(create_app(secret=SECRET)) as ocr:
        # Over the service's 10 pages per call: split client-side, no 'page count' error.
        long = await ocr.general(pdf(11))
        assert [page.index for page in long.pages] == list(range(11))
        assert long.http is not None and long.http.calls == 2


@pytest.mark.anyio
async def test_async_sdk_signs_requests_the_mock_verifies() -> None:
    app = create_app(secret=SECRET, access_key="AK", gateway_secret_key="SK")
    async with _async_client(app, access_key="AK", secret_key="SK") as ocr:
        assert (await ocr.document.receipt(png())).ok
    async with _async_client(app, access_key="AK", secret_key="wrong") as ocr:
        with pytest.raises(GatewayAuthenticationError, match="clock"):
            await ocr.general(png())
