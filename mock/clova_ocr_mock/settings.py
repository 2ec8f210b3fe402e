"""How a mock instance behaves (all switches off = a healthy, unlimited domain)."""

from __future__ import annotations

import os
import time
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field
from typing import TYPE_CHECKING

from .recognizer import Recognizer, SyntheticRecognizer
from .templates import Template, load_templates

if TYPE_CHECKING:
    from .replay import Answers

PRODUCTS = ("general", "template", "document")


def _now_ms() -> int:
    return time.time_ns() // 1_000_000


@dataclass
class MockSettings:
    """Options of :func:`clova_ocr_mock.create_app` (and of ``clova-ocr mock serve``).

    Attributes:
        secret: the ``X-OCR-SECRET`` the domain expects.
        access_key, gateway_secret_key: when both are set, API Gateway IAM signing is
            enforced (signature v2, ±5 minutes) before the secret is checked.
        quota: total calls allowed before ``0023`` (``None`` = unlimited).
        rate_limit: calls per second before ``0025`` (``None`` = unlimited).
        table_detection: the domain's table toggle; off → ``0028`` when tables are asked for.
        templates: the deployed templates: ``True`` answers synthetic template results,
            ``False`` (or no template) → ``1021`` on ``/infer``; a YAML file's path or
            :class:`~clova_ocr_mock.templates.Template` objects → pages are matched to them
            and their fields read (see ``templates.py``).
        products: product families the domain serves; others answer ``0022``.
        allow_faults: honour the ``X-Mock-Fault`` request header (see ``faults.py``).
        max_body_bytes: larger request bodies get API Gateway's 413.
        domain_id, invoke_key: when set, only Invoke URLs with this domain id / invoke key
            reach the domain; others get API Gateway's 404 ``Not Found`` (reference §7).
        recognizer: where the text comes from (:class:`SyntheticRecognizer` by default;
            ``clova_ocr_mock.engine.TesseractRecognizer`` reads the image).
        workers: pages read at once (in worker threads, off the event loop).
        header_timeout: seconds a connection may take to send a request's head (line and
            headers), counted from when it opens or starts the request; then it is closed.
        body_timeout: seconds a request may take to send its whole body once its head is in.
        keep_alive_timeout: seconds an idle keep-alive connection stays open between requests.
        max_connections: open connections at most; one more gets API Gateway's 503 and is
            closed. These four bound what slow or stalled clients can hold (``server.py``);
            they apply when the mock is served over HTTP, not in-process.
        answers: a recording folder (what the batch command writes with ``--out``) or a loaded
            :class:`~clova_ocr_mock.replay.Answers`: uploads recorded there get their real
            answer instead of the recognizer's (see ``replay.py``).
    """

    secret: str = "mock-secret"
    access_key: str | None = None
    gateway_secret_key: str | None = None
    quota: int | None = None
    rate_limit: float | None = None
    table_detection: bool = True
    templates: bool | str | os.PathLike[str] | Sequence[Template] = True
    products: tuple[str, ...] = PRODUCTS
    allow_faults: bool = False
    max_body_bytes: int = 80 * 1024 * 1024
    domain_id: str | None = None
    invoke_key: str | None = None
    recognizer: Recognizer = field(default_factory=SyntheticRecognizer)
    workers: int = 2
    clock: Callable[[], int] = _now_ms
    answers: str | os.PathLike[str] | Answers | None = None
    header_timeout: float = 10.0
    body_timeout: float = 120.0
    keep_alive_timeout: float = 5.0
    max_connections: int = 256

    def __post_init__(self) -> None:
        if isinstance(self.templates, str | os.PathLike):
            self.templates = load_templates(self.templates)
        elif not isinstance(self.templates, bool):
            self.templates = tuple(self.templates)

    @property
    def signing(self) -> bool:
        return bool(self.access_key and self.gateway_secret_key)
