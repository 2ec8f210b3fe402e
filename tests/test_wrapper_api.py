"""The public surface added or mended by issue #9: signatures, recognize(), HTTP details,
lang hints, saving and reopening results, retries of timeouts, Retry-After dates, warnings."""

from __future__ import annotations

import base64
import inspect
import json
import logging
import warnings
from datetime import UTC, datetime, timedelta
from email.utils import format_datetime
from importlib.metadata import version
from pathlib import Path
from typing import Any

import httpx
import pytest

import clova_ocr
from clova_ocr import (
    AsyncClovaOCR,
    ClovaOCR,
    DocumentResult,
    FormatMismatchWarning,
    GeneralResult,
    InputError,
    OCRResult,
    TemplateResult,
    errors,
)
from clova_ocr.errors import parse_retry_after
from clova_ocr_api import Client

from .wrapper_helpers import INVOKE_URL, JPEG, PNG, SECRET, Recorder, example, make_client, ok


def test_constructors_have_real_signatures() -> None:
    for cls in (ClovaOCR, AsyncClovaOCR):
        params = inspect.signature(cls).parameters
        assert {"invoke_url", "secret", "timeout", "max_retries", "retry_timeouts", "sleep"} <= set(
            params
        )
        assert not any(p.kind is p.VAR_KEYWORD for p in params.values())
    with pytest.raises(
        TypeError, match=r"ClovaOCR.__init__\(\) got an unexpected keyword argument 'timout'"
    ):
        ClovaOCR(invoke_url=INVOKE_URL, secret=SECRET, timout=3)  # type: ignore[call-arg]


def test_version_comes_from_the_package_metadata() -> None:
    assert clova_ocr.__version__ == version("clova-ocr")


def test_recognize_calls_any_product_by_registry_name() -> None:
    handler = Recorder(ok(example("ReceiptResponse")))
    ocr = make_client(handler)
    receipt = ocr.recognize("receipt", PNG)
    assert isinstance(receipt, DocumentResult) and receipt.product.name == "receipt"
    assert handler.requests[-1].url.path.endswith("/document/receipt")
    handler.answers = [ok(example("CreditCardResponse"))]
    assert ocr.recognize("credit-card", PNG).product.name == "credit_card"
    with pytest.raises(TypeError, match="receipt\\(\\) got unexpected options: lang"):
        ocr.recognize("receipt", PNG, lang="ko")


def test_success_answers_carry_their_http_details() -> None:
    rate_limited = httpx.Response(400, json={"code": "0025", "message": "slow down"})
    answer = httpx.Response(200, json=example("GeneralV2Response"), headers={"x-test": "1"})
    result = make_client(Recorder(rate_limited, answer)).general(PNG)
    http = result.http
    assert http is not None and http.status_code == 200 and http.headers["x-test"] == "1"
    assert http.attempts == 2 and http.request_id == result.request_id
    assert isinstance(http.elapsed, timedelta) and http.elapsed.total_seconds() >= 0
    assert OCRResult.open(result.raw).http is None


@pytest.mark.parametrize(
    ("lang", "hint"),
    [
        ("kr", "did you mean 'ko'"),
        ("zh-tw", "did you mean 'zh-TW'"),
        ("ko,jp", "did you mean 'ja'"),
        ("xx", "use ko"),
    ],
)
def test_lang_is_checked_before_sending(lang: str, hint: str) -> None:
    handler = Recorder(ok())
    with pytest.raises(InputError, match=hint):
        make_client(handler).general(PNG, lang=lang)
    assert handler.requests == []


def test_valid_lang_lists_are_sent_unchanged() -> None:
    handler = Recorder(ok())
    make_client(handler).general(PNG, lang="ko, ja,zh-TW")
    assert handler.json_body()["lang"] == "ko, ja,zh-TW"


def test_results_save_and_open_back_as_the_same_product(tmp_path: Path) -> None:
    ocr = make_client(Recorder(ok(example("ReceiptResponse"))))
    receipt = ocr.document.receipt(PNG)
    path = receipt.save(tmp_path / "receipt.json")
    assert json.loads(path.read_text("utf-8")) == receipt.raw == json.loads(receipt.to_json())
    assert "킹마트" in receipt.to_json()  # non-ASCII kept readable
    reopened = OCRResult.open(path)
    assert isinstance(reopened, DocumentResult) and reopened.product.name == "receipt"
    assert reopened.to_dict() == receipt.to_dict()
    # The typed document works offline too (it was None before), down to receipt items.
    document = DocumentResult.open(path).document
    assert document is not None
    assert document.sub_results[0].items[0].name.text == "공주알밤술 750ml"  # type: ignore[union-attr,index]
    for name, cls in (("GeneralV2Response", GeneralResult), ("TemplateResponse", TemplateResult)):
        assert type(OCRResult.from_json(json.dumps(example(name)))) is cls


def test_opening_something_that_is_not_an_answer_raises_a_typed_error(tmp_path: Path) -> None:
    bad = tmp_path / "bad.json"
    bad.write_text("{not json", encoding="utf-8")
    with pytest.raises(errors.UnexpectedResponseError, match="not JSON"):
        OCRResult.open(bad)
    with pytest.raises(errors.UnexpectedResponseError, match="images"):
        OCRResult.open({"images": "nope"})
    with pytest.raises(errors.UnexpectedResponseError, match="not a Document OCR answer"):
        DocumentResult.open(example("GeneralV2Response"))


def test_read_timeouts_are_not_retried_when_retry_timeouts_is_off() -> None:
    handler = Recorder(httpx.ReadTimeout("slow"), ok())
    with pytest.raises(errors.APITimeoutError):
        make_client(handler, retry_timeouts=False).general(PNG)
    assert len(handler.requests) == 1
    # A connect timeout never reached the service: still retried.
    handler = Recorder(httpx.ConnectTimeout("no route"), ok())
    assert make_client(handler, retry_timeouts=False).general(PNG).ok
    assert len(handler.requests) == 2
    # Per call, and on by default.
    handler = Recorder(httpx.ReadTimeout("slow"), ok())
    assert make_client(handler).general(PNG).ok
    handler = Recorder(httpx.ReadTimeout("slow"), ok())
    with pytest.raises(errors.APITimeoutError):
        make_client(handler).general(PNG, retry_timeouts=False)


def test_retry_after_as_seconds_or_http_date() -> None:
    now = datetime(2026, 11, 25, 12, 0, 0, tzinfo=UTC)
    later = format_datetime(now + timedelta(seconds=7), usegmt=True)
    assert parse_retry_after(later, now=now.timestamp()) == pytest.approx(7.0)
    assert (
        parse_retry_after(
            format_datetime(now - timedelta(seconds=5), usegmt=True), now=now.timestamp()
        )
        == 0.0
    )
    assert parse_retry_after("2.5") == 2.5
    for unreadable in (None, "soon", "-1", "nan", "inf"):
        assert parse_retry_after(unreadable) is None
    sleeps: list[float] = []
    limited = httpx.Response(
        429,
        json={"error": {"errorCode": "420", "message": "Too Many Requests"}},
        headers={
            "Retry-After": format_datetime(datetime.now(UTC) + timedelta(seconds=30), usegmt=True)
        },
    )
    make_client(Recorder(limited, ok()), sleeps=sleeps).general(PNG)
    assert 25 < sleeps[0] <= 30


def test_format_mismatch_warns_at_the_callers_line_and_is_not_logged_again(
    caplog: pytest.LogCaptureFixture,
) -> None:
    caplog.set_level(logging.DEBUG, logger="clova_ocr")
    ocr = make_client(Recorder(ok()))
    with warnings.catch_warnings(record=True) as caught:
        warnings.simplefilter("always")
        line = inspect.currentframe().f_lineno + 1  # type: ignore[union-attr]
        ocr.general(JPEG, name="scan.png")
    (warning,) = [w for w in caught if issubclass(w.category, FormatMismatchWarning)]
    assert (warning.filename, warning.lineno) == (__file__, line)
    assert not [r for r in caplog.records if "says png" in r.getMessage()]


def test_json_body_is_streamed_with_a_content_length() -> None:
    data = PNG + bytes(range(256)) * 12_000  # ~3 MB: more than one encoding chunk
    handler = Recorder(ok())
    make_client(handler).general(data, upload="json")
    request, body = handler.requests[-1], handler.bodies[-1]
    assert int(request.headers["content-length"]) == len(body)
    assert "transfer-encoding" not in request.headers
    assert base64.b64decode(json.loads(body)["images"][0]["data"]) == data


def test_closing_never_builds_an_http_client(monkeypatch: pytest.MonkeyPatch) -> None:
    built: list[Any] = []
    monkeypatch.setattr(httpx.Client, "__init__", lambda self, **kw: built.append(kw))
    ClovaOCR(invoke_url=INVOKE_URL, secret=SECRET).close()
    Client(base_url="http://x").close()
    assert built == []


@pytest.mark.parametrize(
    "name", ["general-01.json", "general-02.json", "general-04.json", "general-06.json"]
)
def test_text_read_from_line_breaks_equals_the_text_of_the_lines(name: str) -> None:
    from .wrapper_helpers import real

    result = GeneralResult(real(name))
    by_lines = "\n\n".join(
        "\n".join(line.text for line in page.lines) for page in result.pages if page.words
    )
    assert result.text == by_lines and result.text


def test_importing_clova_ocr_loads_no_heavy_module() -> None:
    """The import-time budget: generated models, tenacity, asyncio, Pillow, pandas load on use."""
    import subprocess
    import sys

    heavy = ["clova_ocr_api", "clova_ocr_api.models", "tenacity", "asyncio", "PIL", "pandas"]
    code = f"import sys, clova_ocr; print([m for m in {heavy!r} if m in sys.modules])"
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    assert out.stdout.strip() == "[]"


@pytest.mark.anyio
async def test_async_format_mismatch_warns_at_the_await() -> None:
    from .wrapper_helpers import make_async_client

    ocr = make_async_client(Recorder(ok()))
    with warnings.catch_warnings(record=True) as caught:
        warnings.simplefilter("always")
        line = inspect.currentframe().f_lineno + 1  # type: ignore[union-attr]
        await ocr.general(JPEG, name="scan.png")
    (warning,) = [w for w in caught if issubclass(w.category, FormatMismatchWarning)]
    assert (warning.filename, warning.lineno) == (__file__, line)
