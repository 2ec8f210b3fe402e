"""Fake transports and sample inputs for the SDK tests."""

from __future__ import annotations

import io
import json
from collections.abc import Callable
from typing import Any

import httpx

from clova_ocr import AsyncClovaOCR, ClovaOCR

from .spec_tools import REFERENCE, resolve, spec

INVOKE_URL = "https://abcde12345.apigw.ntruss.com/custom/v1/12345/" + "ab" * 32
SECRET = "c2VjcmV0LXNlY3JldC1zZWNyZXQtc2VjcmV0LTEyMzQ="
PNG = b"\x89PNG\r\n\x1a\n" + b"\x00" * 64
JPEG = b"\xff\xd8\xff\xe0" + b"\x00" * 64
PDF = b"%PDF-1.4\n" + b"\x00" * 64
TIFF = b"II*\x00" + b"\x00" * 64


def example(name: str) -> dict[str, Any]:
    return resolve({"$ref": f"#/components/examples/{name}"})["value"]


def response_example(response: str, name: str) -> dict[str, Any]:
    content = spec()["components"]["responses"][response]["content"]["application/json"]
    return content["examples"][name]["value"]


def real(name: str) -> dict[str, Any]:
    return json.loads((REFERENCE / "real" / name).read_text(encoding="utf-8"))


class Recorder:
    """An httpx handler that answers from a list and remembers every request."""

    def __init__(
        self, *answers: httpx.Response | Exception | Callable[[httpx.Request], httpx.Response]
    ) -> None:
        self.answers = list(answers)
        self.requests: list[httpx.Request] = []
        self.bodies: list[bytes] = []

    def __call__(self, request: httpx.Request) -> httpx.Response:
        self.requests.append(request)
        self.bodies.append(request.read())
        answer = self.answers.pop(0) if len(self.answers) > 1 else self.answers[0]
        if isinstance(answer, Exception):
            raise answer
        if callable(answer):
            return answer(request)
        # A fresh copy each time: a Response's stream can be consumed only once.
        return httpx.Response(answer.status_code, headers=answer.headers, content=answer.content)

    def json_body(self, index: int = -1) -> dict[str, Any]:
        return json.loads(self.bodies[index])


def ok(body: dict[str, Any] | None = None) -> httpx.Response:
    return httpx.Response(200, json=body or example("GeneralV2Response"))


def make_client(handler: Recorder, *, sleeps: list[float] | None = None, **kwargs: Any) -> ClovaOCR:
    record = sleeps if sleeps is not None else []
    return ClovaOCR(
        invoke_url=kwargs.pop("invoke_url", INVOKE_URL),
        secret=kwargs.pop("secret", SECRET),
        httpx_args={"transport": httpx.MockTransport(handler)},
        sleep=record.append,
        **kwargs,
    )


def make_async_client(
    handler: Recorder, *, sleeps: list[float] | None = None, **kwargs: Any
) -> AsyncClovaOCR:
    record = sleeps if sleeps is not None else []

    async def sleep(seconds: float) -> None:
        record.append(seconds)

    return AsyncClovaOCR(
        invoke_url=kwargs.pop("invoke_url", INVOKE_URL),
        secret=kwargs.pop("secret", SECRET),
        httpx_args={"transport": httpx.MockTransport(handler)},
        sleep=sleep,
        **kwargs,
    )


def multipart_parts(request: httpx.Request, body: bytes) -> dict[str, tuple[dict[str, str], bytes]]:
    """Split a multipart body into name → (headers, content) with the request's boundary."""
    boundary = request.headers["content-type"].split("boundary=")[1].encode()
    parts: dict[str, tuple[dict[str, str], bytes]] = {}
    for chunk in body.split(b"--" + boundary)[1:-1]:
        head, _, content = chunk.strip(b"\r\n").partition(b"\r\n\r\n")
        headers = dict(
            line.decode().split(": ", 1) for line in head.split(b"\r\n") if b": " in line
        )
        name = headers["Content-Disposition"].split('name="')[1].split('"')[0]
        parts[name] = (headers, content)
    return parts


def stream(data: bytes, name: str = "upload.png") -> io.BytesIO:
    buffer = io.BytesIO(data)
    buffer.name = name
    return buffer
