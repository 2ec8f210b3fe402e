"""ocr.batch(): concurrency, order, errors captured, the rate limiter (against the mock)."""

from __future__ import annotations

import asyncio
import time
from collections.abc import Iterator

import pytest

from clova_ocr import AsyncClovaOCR, ClovaOCR, ImageInferenceError, InputError, RateLimitError
from clova_ocr.batch import AdaptiveLimiter, parse_rate
from clova_ocr.batch.limiter import HEADROOM
from clova_ocr.batch.secrets import Scrubber
from clova_ocr_mock import MockSettings, running

from .mock_helpers import SECRET, png

BROKEN_PNG = b"\x89PNG\r\n\x1a\n" + b"not really a png" * 4  # passes the SDK, fails the service


@pytest.fixture(scope="module")
def invoke_url() -> Iterator[str]:
    with running(secret=SECRET) as url:
        yield url


def images(count: int) -> list[bytes]:
    return [png(40 + i, 30) for i in range(count)]


def test_sync_batch_captures_every_error_and_keeps_order(invoke_url: str) -> None:
    inputs: list[object] = [*images(6), b"plain text", BROKEN_PNG, *images(3)]
    with ClovaOCR(invoke_url=invoke_url, secret=SECRET) as ocr:
        items = list(ocr.batch(inputs, concurrency=4, ordered=True))
    assert [item.index for item in items] == list(range(len(inputs)))
    assert [item.ok for item in items].count(True) == 9
    assert isinstance(items[6].error, InputError) and items[6].result is None
    failure = items[7]
    assert isinstance(failure.error, ImageInferenceError)
    assert failure.raw is not None and failure.raw["images"][0]["inferResult"] == "ERROR"
    assert all(item.attempts == 1 for item in items)


def test_async_batch_runs_the_product_asked_for(invoke_url: str) -> None:
    async def main() -> list[int]:
        async with AsyncClovaOCR(invoke_url=invoke_url, secret=SECRET) as ocr:
            indexes = []
            async for item in ocr.batch(images(8), "receipt", concurrency=8):
                assert item.ok, item.error
                assert item.raw is not None and "receipt" in item.raw["images"][0]
                indexes.append(item.index)
            return indexes

    assert sorted(asyncio.run(main())) == list(range(8))


def test_breaking_out_cancels_the_rest(invoke_url: str) -> None:
    async def main() -> int:
        seen = 0
        async with AsyncClovaOCR(invoke_url=invoke_url, secret=SECRET) as ocr:
            async for _ in ocr.batch(images(40), concurrency=2):
                seen += 1
                if seen == 3:
                    break
        return seen

    assert asyncio.run(main()) == 3


def test_unknown_product_and_bad_options_are_refused(invoke_url: str) -> None:
    with ClovaOCR(invoke_url=invoke_url, secret=SECRET) as ocr:
        with pytest.raises(ValueError, match="unknown product"):
            ocr.batch([], "no-such-product")
        with pytest.raises(ValueError, match="rate limit"):
            ocr.batch([], rate_limit="fast")
        with pytest.raises(TypeError, match="lang"):  # receipt() takes no lang=: refused once
            ocr.batch(images(1), "receipt", lang="ko")


def test_rate_limit_is_honoured_without_failures() -> None:
    # 50 concurrent calls against a domain limited to 10/s: unpaced, the mock refuses many;
    # with rate_limit="10/s" none fails and the pace stays at the limit.
    inputs = images(20)
    with (
        running(MockSettings(secret=SECRET, rate_limit=10)) as url,
        ClovaOCR(invoke_url=url, secret=SECRET) as ocr,
    ):
        unpaced = list(ocr.batch(inputs, concurrency=20, max_retries=0))
        assert any(isinstance(i.error, RateLimitError) for i in unpaced)
        time.sleep(1.1)
        started = time.monotonic()
        paced = list(ocr.batch(inputs, concurrency=20, rate_limit="10/s"))
        elapsed = time.monotonic() - started
    assert [i.error for i in paced if i.error] == []
    assert elapsed >= 1.8  # 20 calls at 10/s cannot take less than ~1.9 s


def test_the_limiter_slows_down_when_the_service_throttles() -> None:
    # The user claims 20/s but the domain allows 5/s: 0025s slow the batch until it passes.
    with (
        running(MockSettings(secret=SECRET, rate_limit=5)) as url,
        ClovaOCR(invoke_url=url, secret=SECRET) as ocr,
    ):
        items = list(ocr.batch(images(12), concurrency=8, rate_limit="20/s", max_retries=2))
    assert [i.error for i in items if i.error] == []
    assert max(i.attempts for i in items) > 1


def test_limiter_arithmetic() -> None:
    assert parse_rate("10/s") == 10 and parse_rate("600/m") == 10 and parse_rate(None) is None
    with pytest.raises(ValueError):
        parse_rate("0/s")

    async def main() -> None:
        limiter = AdaptiveLimiter(10 / HEADROOM)
        limiter.throttled(retry_after=0.0)
        assert limiter.current == pytest.approx(7.5)
        for _ in range(8):
            limiter.succeeded()
        assert limiter.current == pytest.approx(8.25)
        started = asyncio.get_running_loop().time()
        for _ in range(4):
            await limiter.acquire()
        assert asyncio.get_running_loop().time() - started >= 3 / 8.25 * 0.9

    asyncio.run(main())


def test_scrubber_masks_secrets_in_text_and_urls() -> None:
    scrub = Scrubber(["s3cr3t-value", None, "ab"])
    assert scrub("x s3cr3t-value y") == "x *** y"
    shown = scrub.url("https://user:pw@host.test/a.png?X-Amz-Signature=abc&size=2&token=t")
    assert shown == "https://host.test/a.png?X-Amz-Signature=***&size=2&token=***"


def test_progress_is_a_bar_on_a_terminal_and_plain_lines_otherwise() -> None:
    import io

    from clova_ocr.batch.progress import Progress

    plain = io.StringIO()
    progress = Progress(4, stream=plain, interval=0.0)
    for ok in (True, False, True):
        progress.advance(ok)
    progress.close()
    lines = plain.getvalue().splitlines()
    assert lines[-1].startswith("progress: 3/4 (75%), 1 failed, ") and "/s, ETA" in lines[-1]

    class Terminal(io.StringIO):
        def isatty(self) -> bool:
            return True

    terminal = Terminal()
    progress = Progress(4, stream=terminal)
    progress.advance(True)
    progress.close()
    assert "\r" in terminal.getvalue() and "img/s" in terminal.getvalue()


def test_a_wrong_option_fails_the_batch_once_before_any_call(invoke_url: str) -> None:
    with (
        ClovaOCR(invoke_url=invoke_url, secret=SECRET) as ocr,
        pytest.raises(InputError, match="did you mean 'ko'"),
    ):
        ocr.batch(images(3), lang="kr")


def test_the_scrubber_of_a_client_masks_every_credential_it_sends() -> None:
    key = "k" * 64
    with ClovaOCR(
        invoke_url=f"https://x.apigw.ntruss.com/custom/v1/1/{key}",
        secret="the-secret",
        access_key="the-access-key",
        secret_key="the-secret-key",
    ) as ocr:
        scrub = Scrubber.for_client(ocr)
    text = scrub(f"the-secret the-access-key the-secret-key /custom/v1/1/{key}/general")
    assert text == "*** *** *** /custom/v1/1/***/general"
