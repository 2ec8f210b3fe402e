"""Inputs and clients for the mock tests."""

from __future__ import annotations

import base64
import io
import os
import re
import subprocess
import sys
import threading
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import Any

from PIL import Image
from pypdf import PdfWriter
from starlette.testclient import TestClient

from clova_ocr_mock import create_app

SECRET = "mock-test-secret"
BASE = "/custom/v1/12345/" + "0123456789abcdef" * 4


def png(width: int = 640, height: int = 480, colour: str = "white") -> bytes:
    buffer = io.BytesIO()
    Image.new("RGB", (width, height), colour).save(buffer, format="PNG")
    return buffer.getvalue()


def jpeg(width: int = 300, height: int = 200) -> bytes:
    buffer = io.BytesIO()
    Image.new("RGB", (width, height), "white").save(buffer, format="JPEG")
    return buffer.getvalue()


def tiff(frames: int = 2) -> bytes:
    buffer = io.BytesIO()
    images = [Image.new("RGB", (200 + i, 100), "white") for i in range(frames)]
    images[0].save(buffer, format="TIFF", save_all=True, append_images=images[1:])
    return buffer.getvalue()


def pdf(pages: int = 1) -> bytes:
    writer = PdfWriter()
    for _ in range(pages):
        writer.add_blank_page(width=595, height=842)
    buffer = io.BytesIO()
    writer.write(buffer)
    return buffer.getvalue()


def message(fmt: str = "png", name: str = "sample", **extra: Any) -> dict[str, Any]:
    body: dict[str, Any] = {
        "version": "V2",
        "requestId": "req-1",
        "timestamp": 0,
        "images": [{"format": fmt, "name": name}],
    }
    body.update(extra)
    return body


def json_body(data: bytes, fmt: str = "png", **extra: Any) -> dict[str, Any]:
    body = message(fmt, **extra)
    body["images"][0]["data"] = base64.b64encode(data).decode()
    return body


def client(**options: Any) -> TestClient:
    options.setdefault("secret", SECRET)
    return TestClient(create_app(**options), headers={"X-OCR-SECRET": options["secret"]})


#: The ``clova-ocr`` command of this environment.
CLI = Path(sys.executable).parent / "clova-ocr"


@contextmanager
def serving(*options: str) -> Iterator[str]:
    """Start ``clova-ocr mock serve --port 0 …`` as a real process; yields the Invoke URL it
    prints (the secret is ``SECRET`` unless ``options`` give ``--secret``)."""
    env = {**os.environ, "PYTHONUNBUFFERED": "1", "CLOVA_OCR_SECRET": SECRET}
    process = subprocess.Popen(
        [str(CLI), "mock", "serve", "--port", "0", *options],
        stdout=subprocess.PIPE,
        stderr=subprocess.DEVNULL,
        text=True,
        env=env,
    )
    try:
        assert process.stdout is not None
        first = process.stdout.readline()
        match = re.search(r"Invoke URL: (\S+)", first)
        assert match, f"mock serve printed {first!r}"
        # keep reading its log, or a full pipe would stall the server
        threading.Thread(target=process.stdout.read, daemon=True).start()
        yield match[1]
    finally:
        process.terminate()
        process.wait(timeout=20)
