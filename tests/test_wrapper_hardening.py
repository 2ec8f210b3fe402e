"""Hardening of the SDK (issues #20, #22, #23): credentials checked up front and kept out of
every error, every failure of a call typed, ``Retry-After`` capped, a total deadline."""

from __future__ import annotations

import asyncio
import os
import socket
import time
import traceback
from collections.abc import AsyncIterator, Callable, Iterator
from typing import Any

import httpx
import pytest
from click.testing import CliRunner

from clova_ocr import AsyncClovaOCR, ClovaOCR, errors
from clova_ocr.cli import main

from .wrapper_helpers import (
    INVOKE_URL,
    PNG,
    SECRET,
    Recorder,
    example,
    make_async_client,
    make_client,
    ok,
)

INVOKE_KEY = INVOKE_URL.rsplit("/", 1)[1]
ACCESS_KEY = "ncp_iam_BPAMKR1ZZZZZZZZZZZZZ"
SECRET_KEY = "ncp_iam_BPKMKRF7YYYYYYYYYYYYYYYYYYYYYYYYY"


def _everything_shown(exc: BaseException) -> str:
    """All a user or a test runner can see of ``exc``: messages, chain, requests, locals."""
    text = "".join(traceback.format_exception(exc))
    seen: list[str] = [text]
    current: BaseException | None = exc
    while current is not None:
        seen.append(repr(current.args))
        for attr in ("path", "body"):
            seen.append(repr(getattr(current, attr, None)))
        response = getattr(current, "response", None)
        request = getattr(current, "_request", None) or (response.request if response else None)
        if request is not None:
            seen.append(str(request.url))
            seen.append(repr(request.headers.multi_items()))
        current = current.__cause__ or current.__context__
    return "\n".join(seen)


# ------------------------------------------------------------------ credentials (20.1, 20.2)


@pytest.mark.parametrize("padding", [" ", "\n", "\t ", "\r\n"])
def test_credentials_with_surrounding_whitespace_are_stripped(padding: str) -> None:
    handler = Recorder(ok())
    client = make_client(
        handler,
        secret=padding + SECRET + padding,
        access_key=ACCESS_KEY + padding,
        secret_key=padding + SECRET_KEY,
        invoke_url=INVOKE_URL + padding,
    )
    client.general(PNG)
    headers = handler.requests[0].headers
    assert headers["X-OCR-SECRET"] == SECRET
    assert headers["x-ncp-iam-access-key"] == ACCESS_KEY


@pytest.mark.parametrize("bad", ["\x00", "\n", " ", "\x7f", "é", "\u200b"])
@pytest.mark.parametrize("setting", ["secret", "access_key", "secret_key", "invoke_url"])
def test_credentials_that_cannot_be_header_values_are_refused_without_echo(
    setting: str, bad: str
) -> None:
    values = {
        "secret": SECRET,
        "access_key": ACCESS_KEY,
        "secret_key": SECRET_KEY,
        "invoke_url": INVOKE_URL,
    }
    original = values[setting]
    values[setting] = original[:10] + bad + original[10:]
    with pytest.raises(errors.ConfigurationError) as info:
        ClovaOCR(**values)
    message = str(info.value)
    assert setting in message and "character 11" in message
    for value in values.values():
        assert value[:10] not in message and value[11:] not in message


@pytest.mark.parametrize("setting", ["secret", "invoke_url", "access_key"])
def test_an_explicit_empty_setting_is_an_error_not_the_environment(
    setting: str, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv("CLOVA_OCR_INVOKE_URL", INVOKE_URL)
    monkeypatch.setenv("CLOVA_OCR_SECRET", SECRET)
    monkeypatch.setenv("NCP_ACCESS_KEY", ACCESS_KEY)
    monkeypatch.setenv("NCP_SECRET_KEY", SECRET_KEY)
    ClovaOCR()  # the environment alone is fine
    with pytest.raises(errors.ConfigurationError, match=f"{setting} is empty"):
        ClovaOCR(**{setting: ""})


def test_cli_secret_given_empty_is_a_usage_error(tmp_path: Any) -> None:
    image = tmp_path / "a.png"
    image.write_bytes(PNG)
    env = {"CLOVA_OCR_INVOKE_URL": INVOKE_URL, "CLOVA_OCR_SECRET": SECRET}
    result = CliRunner().invoke(main, ["general", str(image), "--secret", ""], env=env)
    assert result.exit_code == 2, result.output
    assert "secret is empty" in result.output


def _listener() -> socket.socket:
    """A port that accepts TCP connections and never answers (h11 checks headers first)."""
    listener = socket.socket()
    listener.bind(("127.0.0.1", 0))
    listener.listen()
    return listener


def test_cli_secret_with_trailing_space_is_never_printed(tmp_path: Any) -> None:
    image = tmp_path / "a.png"
    image.write_bytes(PNG)
    with _listener() as listener:
        url = f"http://127.0.0.1:{listener.getsockname()[1]}/custom/v1/1/{INVOKE_KEY}"
        result = CliRunner().invoke(
            main,
            [
                str(a)
                for a in (
                    "general",
                    image,
                    "--secret",
                    SECRET + " ",
                    "-v",
                    "--debug",
                    "--max-retries",
                    0,
                    "--timeout",
                    0.3,
                )
            ],
            env={"CLOVA_OCR_INVOKE_URL": url},
        )
    assert result.exit_code == 1, result.output
    assert SECRET not in result.output and INVOKE_KEY not in result.output


def test_header_errors_from_httpcore_are_scrubbed_and_not_retried() -> None:
    """h11 quotes an illegal header value in full; the error must not, nor be 'cannot reach'."""
    listener = _listener()
    port = listener.getsockname()[1]
    try:
        client = ClovaOCR(
            invoke_url=f"http://127.0.0.1:{port}/custom/v1/1/{INVOKE_KEY}",
            secret=SECRET,
            default_headers={"X-Debug": f"{SECRET} "},  # as a pasted secret was
            timeout=5,
        )
        sleeps: list[float] = []
        client._sleep = sleeps.append
        with pytest.raises(errors.ClovaOCRError) as info:
            client.general(PNG)
    finally:
        listener.close()
    assert isinstance(info.value, errors.ConfigurationError)
    assert "cannot reach" not in str(info.value) and sleeps == []
    assert isinstance(info.value.__cause__, httpx.LocalProtocolError)
    shown = _everything_shown(info.value)
    assert SECRET not in shown and INVOKE_KEY not in shown


# ------------------------------------------------------------------ typed errors (22.1)


def _gzip_garbage(request: httpx.Request) -> httpx.Response:
    return httpx.Response(200, headers={"content-encoding": "gzip"}, content=b"not gzip at all")


FAULTS: dict[str, Callable[[httpx.Request], httpx.Response] | Exception] = {
    "bad-gzip": _gzip_garbage,
    "redirect-loop": httpx.TooManyRedirects("Exceeded maximum allowed redirects."),
    "os-error": OSError(5, "Input/output error"),
    "connection-reset": ConnectionResetError(104, "Connection reset by peer"),
    "remote-protocol": httpx.RemoteProtocolError("Server disconnected"),
    "stream-consumed": httpx.StreamConsumed(),
    "invalid-url": httpx.InvalidURL("bad"),
    "runtime": RuntimeError("transport bug"),
}
CALLS: dict[str, Callable[[Any], Any]] = {
    "general": lambda c: c.general(PNG),
    "template": lambda c: c.template(PNG),
    "receipt": lambda c: c.document.receipt(PNG),
    "recognize": lambda c: c.recognize("credit-card", PNG),
}


@pytest.mark.parametrize("call", CALLS)
@pytest.mark.parametrize("fault", FAULTS)
def test_every_failure_of_a_call_is_typed_with_its_cause(fault: str, call: str) -> None:
    sync = make_client(Recorder(FAULTS[fault]), max_retries=1)
    with pytest.raises(errors.ClovaOCRError) as info:
        CALLS[call](sync)
    assert info.value.__cause__ is not None
    original = FAULTS[fault]
    if isinstance(original, Exception):
        assert info.value.__cause__ is original

    async def run() -> BaseException:
        client = make_async_client(Recorder(FAULTS[fault]), max_retries=1)
        try:
            await CALLS[call](client)
        except Exception as exc:
            return exc
        raise AssertionError("no error")

    error = asyncio.run(run())
    assert isinstance(error, errors.ClovaOCRError) and error.__cause__ is not None


@pytest.mark.parametrize("fault", FAULTS)
def test_batch_items_carry_typed_errors(fault: str) -> None:
    items = list(make_client(Recorder(FAULTS[fault]), max_retries=0).batch([PNG, PNG]))
    assert len(items) == 2
    assert all(isinstance(item.error, errors.ClovaOCRError) for item in items)


def test_a_file_that_vanishes_before_sending_is_an_input_error(tmp_path: Any) -> None:
    image = tmp_path / "gone.png"
    image.write_bytes(PNG)
    client = make_client(Recorder(ok()))
    call = client._prepare(client_product("general"), image, {})
    image.unlink()
    with pytest.raises(errors.InputError, match="cannot read"):
        client._send(call)


def client_product(name: str) -> Any:
    from clova_ocr._products import get_product

    return get_product(name)


# ------------------------------------------------------------------ Retry-After (22.1)


@pytest.mark.parametrize(
    "retry_after",
    ["Mon, 99 Foo 2026 00:00:00 GMT", "Wed, 21 Oct 2015 07:28:00", "soon", "nan", "-3", "1e400"],
)
@pytest.mark.parametrize("body", [b"", b"<html>Too Many Requests</html>", b"{}"])
def test_a_429_is_a_rate_limit_whatever_its_retry_after_and_body(
    retry_after: str, body: bytes
) -> None:
    answer = httpx.Response(429, content=body, headers={"Retry-After": retry_after})
    with pytest.raises(errors.RateLimitError) as info:
        make_client(Recorder(answer), max_retries=0).general(PNG)
    assert info.value.http_status == 429 and info.value.retryable


def test_retry_after_is_capped_and_the_cap_is_configurable() -> None:
    throttled = httpx.Response(
        429,
        json={"error": {"errorCode": "410", "message": "Throttle Limited"}},
        headers={"Retry-After": "86400"},
    )
    sleeps: list[float] = []
    make_client(Recorder(throttled, ok()), sleeps=sleeps).general(PNG)
    assert sleeps == [60.0]
    sleeps.clear()
    make_client(Recorder(throttled, ok()), sleeps=sleeps, max_retry_after=2.5).general(PNG)
    assert sleeps == [2.5]
    with pytest.raises(errors.ConfigurationError):
        make_client(Recorder(ok()), max_retry_after=0)


def test_batch_pauses_no_longer_than_the_retry_after_cap() -> None:
    throttled = httpx.Response(429, headers={"Retry-After": "86400"}, content=b"")
    client = make_client(Recorder(throttled, ok()), max_retry_after=0.2)
    started = time.monotonic()
    items = list(client.batch([PNG], max_retries=1))
    assert items[0].ok and time.monotonic() - started < 5


# ------------------------------------------------------------------ deadline (23.3)


class _Trickle(httpx.SyncByteStream, httpx.AsyncByteStream):
    """An answer that sends one byte every ``pause`` seconds."""

    def __init__(self, body: bytes, pause: float) -> None:
        self.body, self.pause = body, pause

    def __iter__(self) -> Iterator[bytes]:
        for i in range(len(self.body)):
            time.sleep(self.pause)
            yield self.body[i : i + 1]

    async def __aiter__(self) -> AsyncIterator[bytes]:
        for i in range(len(self.body)):
            await asyncio.sleep(self.pause)
            yield self.body[i : i + 1]


def _trickled(request: httpx.Request) -> httpx.Response:
    body = ok().content
    return httpx.Response(200, stream=_Trickle(body, 0.05))


def test_a_trickled_answer_stops_at_the_deadline() -> None:
    client = make_client(Recorder(_trickled), timeout=2, deadline=0.5)
    started = time.monotonic()
    with pytest.raises(errors.APITimeoutError, match=r"deadline of 0\.5s"):
        client.general(PNG)
    assert time.monotonic() - started < 2


def test_a_trickled_answer_stops_at_the_deadline_async_and_per_call() -> None:
    async def run() -> float:
        client = make_async_client(Recorder(_trickled), timeout=2)
        started = time.monotonic()
        with pytest.raises(errors.APITimeoutError, match="deadline"):
            await client.general(PNG, deadline=0.5)
        return time.monotonic() - started

    assert asyncio.run(run()) < 2


def test_the_deadline_covers_retries_and_their_waits() -> None:
    server = httpx.Response(500, json={"code": "0500", "message": "Unknown service error."})
    sleeps: list[float] = []
    handler = Recorder(server)
    with pytest.raises(errors.ServerError):
        make_client(handler, sleeps=sleeps, max_retries=5, deadline=0.2).general(PNG)
    assert len(handler.requests) == 1 and sleeps == [], "the first backoff outlasts 0.2 s"


def test_a_deadline_long_enough_changes_nothing() -> None:
    result = make_client(Recorder(ok(example("GeneralV2Response"))), deadline=30).general(PNG)
    assert result.ok


# ------------------------------------------------------------------ secrets out of errors (23.2)


MALFORMED_INVOKE_URLS = [
    "https://h.apigw.ntruss.com/custom/v1/12345/{key}/extra/path",
    "https://h.apigw.ntruss.com/custom/v2/12345/{key}",
    "https://h.apigw.ntruss.com/custom/v1/{key}",
    "https://h.apigw.ntruss.com/{key}",
    "ftp://h.apigw.ntruss.com/custom/v1/12345/{key}",
    "https://h.apigw.ntruss.com/custom/v1/12345/{key}?x=1",
    "https://h.apigw.ntruss.com/custom/v1/12345/{key}#frag",
    "https:///custom/v1/12345/{key}",
    "https://[::1/custom/v1/12345/{key}",
    "https://user:{key}@h.apigw.ntruss.com/custom/v1/12345/{key}",
    "https://h.apigw.ntruss.com/custom/v1/12345/{key} /general",
    "h.apigw.ntruss.com/custom/v1/12345/{key}",
]


@pytest.mark.parametrize("template", MALFORMED_INVOKE_URLS)
def test_malformed_invoke_urls_never_quote_the_invoke_key(template: str) -> None:
    url = template.format(key=INVOKE_KEY)
    with pytest.raises(errors.ConfigurationError) as info:
        ClovaOCR(invoke_url=url, secret=SECRET)
    assert INVOKE_KEY not in str(info.value)
    assert INVOKE_KEY[:12] not in str(info.value)
    result = CliRunner().invoke(
        main,
        ["general", "-"],
        input="x.png\n",
        env={"CLOVA_OCR_INVOKE_URL": url, "CLOVA_OCR_SECRET": SECRET},
    )
    assert INVOKE_KEY[:12] not in result.output


def test_api_errors_keep_no_credential_in_path_body_or_request() -> None:
    answer = httpx.Response(
        400,
        json={
            "code": "0011",
            "message": "Request body invalid.",
            "path": f"/custom/v1/12345/{INVOKE_KEY}/general",
            "traceId": "t",
        },
    )
    client = make_client(Recorder(answer), access_key=ACCESS_KEY, secret_key=SECRET_KEY)
    with pytest.raises(errors.InvalidRequestError) as info:
        client.general(PNG)
    error = info.value
    assert error.response is not None and error.path is not None
    assert error.path.startswith("/custom/v1/12345/")  # kept, with the key shortened
    shown = _everything_shown(error) + str(error.response.url)
    for credential in (SECRET, INVOKE_KEY, ACCESS_KEY, SECRET_KEY):
        assert credential not in shown
    assert error.response.request.headers["x-ocr-secret"] == "***"


def test_transport_errors_keep_no_credential_in_their_request() -> None:
    client = make_client(
        Recorder(httpx.ConnectError("refused")), access_key=ACCESS_KEY, secret_key=SECRET_KEY
    )
    with pytest.raises(errors.APIConnectionError) as info:
        client.general(PNG, max_retries=0)
    shown = _everything_shown(info.value)
    for credential in (SECRET, INVOKE_KEY, ACCESS_KEY):
        assert credential not in shown


def test_pytest_locals_of_a_failing_constructor_do_not_show_credentials() -> None:
    with pytest.raises(errors.ConfigurationError) as info:
        ClovaOCR(
            invoke_url=INVOKE_URL + "/not/a/product",
            secret=SECRET,
            access_key=ACCESS_KEY,
            secret_key=SECRET_KEY,
        )
    shown = str(info.getrepr(showlocals=True, style="long"))
    assert "secret" in shown  # the locals are there …
    for credential in (SECRET, INVOKE_KEY, ACCESS_KEY, SECRET_KEY):
        assert credential not in shown  # … masked


def test_repr_of_a_half_built_client_never_raises() -> None:
    client = ClovaOCR.__new__(ClovaOCR)
    assert repr(client) == "ClovaOCR(invoke_url=None, secret='***')"
    built = AsyncClovaOCR(invoke_url=INVOKE_URL, secret=SECRET)
    assert INVOKE_KEY not in repr(built) and SECRET not in repr(built)


# ------------------------------------------------------------------ tables (23.1)


def _table_answer(*cells: dict[str, Any]) -> dict[str, Any]:
    answer = example("GeneralV2Response")
    answer["images"][0]["tables"] = [{"cells": list(cells), "inferConfidence": 0.9}]
    return answer


def _cell(text: str, row: int, column: int, row_span: int = 1, column_span: int = 1) -> Any:
    words = [{"inferText": text}]
    return {
        "rowIndex": row,
        "columnIndex": column,
        "rowSpan": row_span,
        "columnSpan": column_span,
        "cellTextLines": [{"cellWords": words}],
    }


def test_a_far_cell_or_a_huge_span_costs_a_few_positions() -> None:
    from clova_ocr import GeneralResult

    for far in ({"column": 9_999}, {"row": 9_000, "row_span": 999, "column_span": 999}):
        cell = {"row": 0, "column": 0, **far}
        result = GeneralResult(raw=_table_answer(_cell("a", 0, 0), _cell("b", **cell)))
        table = result.tables[0]
        rows = table.to_rows()
        assert len(rows) * len(rows[0]) <= 9 and table.n_rows == len(rows)
        assert rows[0][0] == "a" and "b" in {value for row in rows for value in row}
        assert table.to_csv().count("\n") == len(rows)


@pytest.mark.parametrize(
    "cell", [_cell("x", 0, 10**9), _cell("x", 10**5, 0), _cell("x", 0, 0, 10**5, 10**5)]
)
def test_absurd_table_indices_are_a_typed_error(cell: dict[str, Any]) -> None:
    from clova_ocr import GeneralResult

    table = GeneralResult(raw=_table_answer(cell)).tables[0]
    with pytest.raises(errors.UnexpectedResponseError, match="beyond any page"):
        table.to_rows()
    with pytest.raises(errors.UnexpectedResponseError):
        table.to_csv()


def test_cli_table_printing_and_csv_saving_survive_absurd_tables(
    capsys: pytest.CaptureFixture[str],
) -> None:
    from clova_ocr import GeneralResult
    from clova_ocr._cli_batch import emit
    from clova_ocr.batch.saves import extras

    result = GeneralResult(raw=_table_answer(_cell("x", 0, 10**9)))
    emit(result, as_json=False)
    captured = capsys.readouterr()
    assert "# table 1" in captured.out and "not printed" in captured.err
    saved = dict(extras(result, ("csv",), None))
    assert not any(suffix.startswith(".table") for suffix in saved)


# ------------------------------------------------------------------ inputs (20.7, 23.4, 23.2)


@pytest.mark.parametrize(
    ("head", "said"),
    [
        (b"\x89PNG", "truncated PNG"),
        (b"\x89PNG\r\n\x1a", "truncated PNG"),
        (b"\xff\xd8", "truncated JPEG"),
        (b"\x89PNG\r\n\x00\x00" + b"\x00" * 40, "corrupt PNG"),
        (b"\xff\xd8\x00" + b"\x00" * 40, "corrupt JPEG"),
        (b"%PD", "truncated PDF"),
    ],
)
def test_a_truncated_or_corrupt_image_says_so(head: bytes, said: str, tmp_path: Any) -> None:
    path = tmp_path / "cut.png"
    path.write_bytes(head)
    for image in (path, head):
        with pytest.raises(errors.InputError, match=said):
            make_client(Recorder(ok())).general(image)


def test_sizes_are_in_mib(tmp_path: Any) -> None:
    path = tmp_path / "big.png"
    path.write_bytes(PNG[:8] + b"\x00" * (51 * 1024 * 1024))
    with pytest.raises(errors.InputError, match=r"is 51\.0 MiB; .* at most 50 MiB"):
        make_client(Recorder(ok())).general(path)


def test_a_non_utf8_file_name_is_sent_and_reported_typed(tmp_path: Any) -> None:
    raw_name = b"scan-\xff\xfe.png"
    path = tmp_path.__class__(os.fsdecode(bytes(tmp_path) + b"/" + raw_name))
    path.write_bytes(PNG)
    for upload in ("json", "multipart"):
        handler = Recorder(ok())
        make_client(handler).general(path, upload=upload)
        assert (
            b"scan-\\\\xff\\\\xfe" in handler.bodies[0] or b"scan-\\xff\\xfe" in handler.bodies[0]
        )
    missing = path.with_name(os.fsdecode(b"gone-\xff.png"))
    with pytest.raises(errors.InputError) as info:
        make_client(Recorder(ok())).general(missing)
    str(info.value).encode("utf-8")  # printable: no lone surrogates
    items = list(make_client(Recorder(ok())).batch([path, missing], ordered=True))
    assert items[0].ok and isinstance(items[1].error, errors.InputError)


def test_url_inputs_are_masked_in_errors_and_on_cli_stderr() -> None:
    url = "https://user:pa55word@bucket.example.com/scan?X-Amz-Signature=deadbeefcafe&v=1"
    with pytest.raises(errors.InputError) as info:
        make_client(Recorder(ok())).general(url)
    assert "pa55word" not in str(info.value) and "deadbeefcafe" not in str(info.value)
    image_url = url.replace("/scan?", "/scan.png?")
    listener = _listener()
    try:
        invoke = f"http://127.0.0.1:{listener.getsockname()[1]}/custom/v1/1/{INVOKE_KEY}"
        result = CliRunner().invoke(
            main,
            ["general", image_url, image_url + "&b=2", "--timeout", "0.3", "--max-retries", "0"],
            env={"CLOVA_OCR_INVOKE_URL": invoke, "CLOVA_OCR_SECRET": SECRET},
        )
    finally:
        listener.close()
    assert "failed:" in result.output  # the URL was printed, masked
    assert "pa55word" not in result.output and "deadbeefcafe" not in result.output
