"""The mock against adversarial clients (issue 23, 20.8, 22.4): it answers in the documented
error shapes, bounds what a client can make it hold (bytes, connections, time, frames), and
logs one line per refusal.

Connection-level tests run the real server (``running``) on loopback with short deadlines,
a few sockets and bounded waits.
"""

from __future__ import annotations

import asyncio
import functools
import io
import json
import logging
import socket
import struct
import time
from collections.abc import Iterator
from contextlib import contextmanager
from typing import Any

import httpx
import pytest
from PIL import Image, TiffImagePlugin

import clova_ocr
from clova_ocr_mock import running
from clova_ocr_mock.app import MAX_PDF_PAGES
from clova_ocr_mock.faults import SPELLINGS
from clova_ocr_mock.imaging import decode
from clova_ocr_mock.messages import MAX_DEPTH
from clova_ocr_mock.testing import ClovaOCRMock

from .mock_helpers import BASE, SECRET, client, json_body, message, png
from .spec_tools import errors as schema_errors
from .spec_tools import schema_named

JSON = {"content-type": "application/json"}
WAIT = 5.0  # upper bound of any wait on a socket: a test never hangs


def _is_gateway_error(response: httpx.Response, status: int) -> dict[str, Any]:
    assert response.status_code == status, response.text
    body = response.json()
    assert schema_errors(schema_named("GatewayError"), body) == []
    assert response.headers["x-ncp-apigw-response-origin"] == "APIGW"
    detail: dict[str, Any] = body["error"]
    return detail


def _is_0011(response: httpx.Response) -> None:
    assert response.status_code == 400, response.text
    body = response.json()
    assert body["code"] == "0011"
    assert schema_errors(schema_named("OcrError"), body) == []


# -- 20.8: a mistyped X-Mock-Fault --------------------------------------------------------


def test_a_mistyped_fault_is_explained_by_the_sdk_not_called_unreadable() -> None:
    headers = {"X-Mock-Fault": "gatway-503"}
    with (
        ClovaOCRMock(faults=True) as mock,
        mock.client(default_headers=headers, max_retries=0) as ocr,
        pytest.raises(clova_ocr.GatewayError) as raised,
    ):
        ocr.general(png())
    text = str(raised.value)
    assert "not JSON" not in text
    assert "X-Mock-Fault" in text and "'gatway-503'" in text
    for spelling in SPELLINGS:  # every valid fault is listed
        assert spelling in text


def test_a_mistyped_fault_answers_the_documented_gateway_body() -> None:
    response = client(allow_faults=True).post(
        f"{BASE}/general", json=json_body(png()), headers={"X-Mock-Fault": "dorp"}
    )
    detail = _is_gateway_error(response, 400)
    assert "X-Mock-Fault" in detail["details"] and "drop" in detail["details"]
    assert response.headers["x-mock-fault-error"] == "unknown"


# -- 23.9: JSON the mock cannot carry ------------------------------------------------------


@pytest.mark.parametrize("depth", [MAX_DEPTH + 1, 966, 5_000, 100_000])
def test_deeply_nested_json_is_0011(depth: int) -> None:
    api = client()
    nested = b"[" * depth + b"]" * depth
    _is_0011(api.post(f"{BASE}/general", content=nested, headers=JSON))
    # deep inside an extra key of an otherwise valid message (extra keys are allowed)
    body = json.dumps(json_body(png()))[:-1] + ', "extra": ' + nested.decode() + "}"
    _is_0011(api.post(f"{BASE}/general", content=body, headers=JSON))


@pytest.mark.parametrize("field", ["name", "requestId", "key"])
@pytest.mark.parametrize("surrogate", ["\\ud800", "\\udfff", "a\\udc00b"])
def test_a_lone_surrogate_is_0011_in_json_and_multipart(field: str, surrogate: str) -> None:
    api = client()
    text = json.dumps(json_body(png()))
    if field == "name":
        text = text.replace('"name": "sample"', f'"name": "{surrogate}"')
    elif field == "requestId":
        text = text.replace('"requestId": "', f'"requestId": "{surrogate}', 1)
    else:
        text = text[:-1] + f', "{surrogate}": 1}}'
    assert surrogate in text
    _is_0011(api.post(f"{BASE}/general", content=text, headers=JSON))
    multipart = json.dumps(message()).replace('"name": "sample"', f'"name": "{surrogate}"')
    if field == "name":
        files = {"message": (None, multipart), "file": ("a.png", png(), "image/png")}
        _is_0011(api.post(f"{BASE}/general", files=files))


def test_valid_unicode_and_ordinary_depth_are_still_read() -> None:
    body = json_body(png())
    body["images"][0]["name"] = "영수증 \U0001f9fe é"  # a real pair, not a lone half
    body["requestId"] = "\U0001f9fe"  # sent escaped as a surrogate pair: "\ud83e\uddfe"
    body["extra"] = [[[{"a": [1]}]]]
    text = json.dumps(body)
    assert "\\ud83e\\uddfe" in text
    answer = client().post(f"{BASE}/general", content=text, headers=JSON)
    assert answer.status_code == 200, answer.text
    assert answer.json()["requestId"] == "\U0001f9fe"
    assert answer.json()["images"][0]["name"] == "영수증 \U0001f9fe é"


# -- 23.12: multi-frame TIFFs ----------------------------------------------------------------


@functools.cache
def _many_frames(count: int) -> bytes:
    """A TIFF of ``count`` 8×8 black-and-white frames sharing one strip, written directly
    (Pillow's ``save_all`` takes seconds for thousands of frames)."""
    strip = 8
    first_ifd = strip + 8
    entries = [  # (tag, type SHORT=3/LONG=4, value)
        (256, 3, 8),  # ImageWidth
        (257, 3, 8),  # ImageLength
        (258, 3, 1),  # BitsPerSample
        (259, 3, 1),  # Compression: none
        (262, 3, 1),  # PhotometricInterpretation: black is zero
        (273, 4, strip),  # StripOffsets
        (278, 3, 8),  # RowsPerStrip
        (279, 4, 8),  # StripByteCounts
    ]
    ifd_size = 2 + 12 * len(entries) + 4
    out = bytearray(b"II*\x00" + struct.pack("<I", first_ifd) + bytes(8))
    for index in range(count):
        following = first_ifd + (index + 1) * ifd_size if index + 1 < count else 0
        out += struct.pack("<H", len(entries))
        for tag, kind, value in entries:
            out += struct.pack("<HHII", tag, kind, 1, value)
        out += struct.pack("<I", following)
    return bytes(out)


def test_the_hand_written_tiff_is_one_pillow_reads() -> None:
    with Image.open(io.BytesIO(_many_frames(3))) as image:
        assert (image.format, image.n_frames, image.size) == ("TIFF", 3, (8, 8))
        image.seek(2)
        image.load()


def test_a_tiff_is_read_only_up_to_one_frame_past_the_page_limit(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    seeks: list[int] = []
    original = TiffImagePlugin.TiffImageFile._seek

    def counted(self: TiffImagePlugin.TiffImageFile, frame: int) -> None:
        seeks.append(frame)
        original(self, frame)

    monkeypatch.setattr(TiffImagePlugin.TiffImageFile, "_seek", counted)
    decoded = decode(_many_frames(5_000), MAX_PDF_PAGES)
    assert decoded is not None and len(decoded.pages) == MAX_PDF_PAGES + 1
    assert max(seeks) <= MAX_PDF_PAGES + 1  # frame 5,000 was never reached
    assert [page.index for page in decoded.pages] == list(range(MAX_PDF_PAGES + 1))


@pytest.mark.parametrize("frames", [MAX_PDF_PAGES, MAX_PDF_PAGES + 1, 5_000])
def test_the_page_limit_answer_of_a_many_frame_tiff(frames: int) -> None:
    answer = client().post(f"{BASE}/general", json=json_body(_many_frames(frames), "tiff"))
    assert answer.status_code == 200
    images = answer.json()["images"]
    if frames <= MAX_PDF_PAGES:
        assert [image["inferResult"] for image in images] == ["SUCCESS"] * frames
    else:
        assert images[0]["inferResult"] == "ERROR"
        assert "page count exceeds" in images[0]["message"]


# -- the real server: bodies, connections, parse errors, logs -----------------------------


@contextmanager
def _served(**options: Any) -> Iterator[tuple[str, tuple[str, int]]]:
    """The mock on a loopback port with short deadlines; yields (Invoke URL, address)."""
    limits: dict[str, Any] = {
        "header_timeout": 0.5,
        "body_timeout": 0.5,
        "keep_alive_timeout": 0.5,
        "max_connections": 4,
    }
    with running(secret=SECRET, **{**limits, **options}) as url:
        host, port = httpx.URL(url).host, httpx.URL(url).port
        assert port is not None
        yield url, (host, port)


def _closed_within(sock: socket.socket, seconds: float) -> float:
    """Seconds until the server closed ``sock`` (reads and drops any answer first)."""
    started = time.monotonic()
    sock.settimeout(seconds)
    while sock.recv(65536):
        pass
    return time.monotonic() - started


def _head(path: str, **headers: str) -> bytes:
    lines = [f"POST {path} HTTP/1.1", "Host: mock", f"X-OCR-SECRET: {SECRET}"]
    lines += [f"{name}: {value}" for name, value in headers.items()]
    return ("\r\n".join(lines) + "\r\n\r\n").encode()


def test_a_chunked_body_over_the_limit_is_refused_while_it_streams() -> None:
    sent = 0

    def two_hundred_megabytes() -> Iterator[bytes]:
        nonlocal sent
        for _ in range(200):
            sent += 1_000_000
            yield b" " * 1_000_000

    with _served(max_body_bytes=2_000_000) as (url, _):
        with httpx.Client(timeout=WAIT) as http:
            response = http.post(
                f"{url}/general",
                content=two_hundred_megabytes(),
                headers={**JSON, "X-OCR-SECRET": SECRET},
            )
        detail = _is_gateway_error(response, 413)
        assert detail["errorCode"] == "430"
        assert response.headers["connection"] == "close"
        assert sent < 20_000_000  # refused after the limit, not after reading 200 MB
        # a chunked body under the limit is read as before
        body = json.dumps(json_body(png())).encode()
        answer = httpx.post(
            f"{url}/general",
            content=iter([body[:100], body[100:]]),
            headers={**JSON, "X-OCR-SECRET": SECRET},
        )
        assert answer.status_code == 200, answer.text


def test_stalled_connections_are_closed_and_capped() -> None:
    with _served(header_timeout=0.3, max_connections=3) as (url, address):
        stalled = [socket.create_connection(address, timeout=WAIT) for _ in range(3)]
        try:
            time.sleep(0.05)  # the server has accepted them
            # one connection over the cap: API Gateway's 503, then closed
            with socket.create_connection(address, timeout=WAIT) as extra:
                answer = b""
                while chunk := extra.recv(65536):
                    answer += chunk
            head, _, body = answer.partition(b"\r\n\r\n")
            assert head.startswith(b"HTTP/1.1 503 ")
            assert json.loads(body)["error"]["errorCode"] == "500"
            # the stalled ones are closed after header_timeout, not left open
            for sock in stalled:
                assert _closed_within(sock, WAIT) < WAIT
        finally:
            for sock in stalled:
                sock.close()
        # and the server still answers
        assert httpx.post(
            f"{url}/general", json=json_body(png()), headers={"X-OCR-SECRET": SECRET}
        ).is_success


def test_a_trickled_head_a_stalled_body_and_an_idle_keep_alive_are_closed() -> None:
    with _served(header_timeout=0.4, body_timeout=0.4, keep_alive_timeout=0.4) as (url, address):
        path = httpx.URL(url).path + "/general"
        # a head sent a byte at a time: the deadline counts from the start, not per byte
        with socket.create_connection(address, timeout=WAIT) as sock:
            started = time.monotonic()
            with pytest.raises(OSError):  # the server closes mid-trickle
                for byte in _head(path, **{"Content-Length": "10"}):
                    sock.sendall(bytes([byte]))
                    time.sleep(0.05)
                    if time.monotonic() - started > WAIT:
                        break
            assert time.monotonic() - started < WAIT
        # a head, then a body that never comes
        with socket.create_connection(address, timeout=WAIT) as sock:
            sock.sendall(_head(path, **{"Content-Length": "1000", **JSON}) + b"{")
            assert _closed_within(sock, WAIT) < WAIT
        # a keep-alive connection left idle after an answer
        with socket.create_connection(address, timeout=WAIT) as sock:
            body = json.dumps(json_body(png())).encode()
            sock.sendall(_head(path, **{"Content-Length": str(len(body)), **JSON}) + body)
            assert sock.recv(65536).startswith(b"HTTP/1.1 200 ")
            assert _closed_within(sock, WAIT) < WAIT


@pytest.mark.parametrize(
    "request_bytes",
    [
        b"GARBAGE\r\n\r\n",
        b"POST / HTTP/1.1\r\nHost: x\r\nContent-Length: nope\r\n\r\n",
        b"POST / HTTP/1.1\r\nHost: x\r\nX-Big: " + b"a" * 100_000 + b"\r\n\r\n",
    ],
    ids=["request-line", "content-length", "huge-header"],
)
def test_http_parse_errors_get_the_documented_error_body(request_bytes: bytes) -> None:
    with _served() as (_, address), socket.create_connection(address, timeout=WAIT) as sock:
        sock.sendall(request_bytes)
        answer = b""
        while chunk := sock.recv(65536):
            answer += chunk
    head, _, body = answer.partition(b"\r\n\r\n")
    assert head.startswith(b"HTTP/1.1 400 ")
    assert b"application/json" in head.lower()
    parsed = json.loads(body)
    assert schema_errors(schema_named("GatewayError"), parsed) == []
    assert parsed["error"]["errorCode"] == "100"
    assert "not valid HTTP" in parsed["error"]["details"]


def _mock_records(caplog: pytest.LogCaptureFixture) -> list[logging.LogRecord]:
    return [
        r
        for r in caplog.records
        if r.name.startswith(("clova_ocr_mock", "uvicorn")) and r.levelno > logging.DEBUG
    ]


def test_one_log_line_per_refused_request_and_no_tracebacks(
    caplog: pytest.LogCaptureFixture,
) -> None:
    caplog.set_level(logging.DEBUG, logger="clova_ocr_mock")
    with _served(body_timeout=0.3) as (url, address):
        path = httpx.URL(url).path + "/general"
        refusals: list[bytes] = [
            b"GARBAGE\r\n\r\n",  # not HTTP
            _head(path, **{"Content-Length": "9", **JSON}) + b"{not json",  # 0011
            _head(path, **{"Content-Length": "1000", **JSON}) + b"{",  # a body that stalls
        ]
        for refusal in refusals:
            caplog.clear()
            with socket.create_connection(address, timeout=WAIT) as sock:
                sock.sendall(refusal)
                _closed_within(sock, WAIT) if refusal.endswith(b"{") else sock.recv(65536)
            time.sleep(0.2)  # the server's log line follows its answer
            lines = _mock_records(caplog)
            assert len(lines) == 1, [r.getMessage() for r in lines]
            assert all(r.exc_info is None for r in lines)
            assert (
                "0011" in lines[0].getMessage()
                or "100" in lines[0].getMessage()
                or ("body not received" in lines[0].getMessage())
            )
        # a client that gives up mid-body: one line, no traceback
        caplog.clear()
        with socket.create_connection(address, timeout=WAIT) as sock:
            sock.sendall(_head(path, **{"Content-Length": "1000", **JSON}) + b"{")
            time.sleep(0.05)
        time.sleep(0.4)
        lines = _mock_records(caplog)
        assert len(lines) == 1 and lines[0].exc_info is None, [r.getMessage() for r in lines]


def test_the_drop_fault_logs_one_line_not_a_traceback(caplog: pytest.LogCaptureFixture) -> None:
    caplog.set_level(logging.DEBUG, logger="clova_ocr_mock")
    with _served(allow_faults=True) as (url, _):
        with pytest.raises(httpx.TransportError):
            httpx.post(
                f"{url}/general",
                json=json_body(png()),
                headers={"X-OCR-SECRET": SECRET, "X-Mock-Fault": "drop"},
                timeout=WAIT,
            )
        time.sleep(0.1)
    lines = [r for r in _mock_records(caplog) if "drop" in r.getMessage()]
    assert len(lines) == 1 and lines[0].exc_info is None
    assert lines[0].levelno == logging.INFO
    assert not [r for r in caplog.records if r.exc_info and r.levelno > logging.DEBUG]


def test_parsing_validation_and_decoding_run_off_the_event_loop(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    """A heavy upload's CPU work in worker threads: the event loop keeps answering others."""
    from clova_ocr_mock import app as mock_app

    on_loop: dict[str, bool] = {}

    def watched(name: str, func: Any) -> Any:
        def call(*args: Any) -> Any:
            try:
                asyncio.get_running_loop()
                on_loop[name] = True
            except RuntimeError:
                on_loop.setdefault(name, False)
            return func(*args)

        return call

    for name in ("parse_message", "is_valid", "decode"):
        monkeypatch.setattr(mock_app, name, watched(name, getattr(mock_app, name)))
    answer = client().post(f"{BASE}/general", json=json_body(_many_frames(3), "tiff"))
    assert answer.status_code == 200, answer.text
    assert on_loop == {"parse_message": False, "is_valid": False, "decode": False}
