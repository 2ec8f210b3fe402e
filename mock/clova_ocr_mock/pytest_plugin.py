"""pytest fixtures for code that calls CLOVA OCR: an in-process mock and SDK clients wired to it.

Installed with ``pip install 'clova-ocr[mock]'`` the plugin is active by itself (entry point
``pytest11``). Fixtures:

``clova_ocr_client``
    a ready :class:`clova_ocr.ClovaOCR` talking to the mock (no port, no network).
``async_clova_ocr_client``
    a ready :class:`clova_ocr.AsyncClovaOCR` (through ``httpx.ASGITransport``).
``clova_ocr_mock_server``
    the :class:`~clova_ocr_mock.testing.ClovaOCRMock`: ``.requests``, ``.requests_for("receipt")``,
    ``.client(**options)``, ``.invoke_url``, ``.secret``, ``.answers``.
``clova_ocr_invoke_url`` / ``clova_ocr_secret``
    the mock's Invoke URL and secret (only reachable through the mock's transports).
``clova_ocr_mock_options``
    the default switches (``{}``); override it in a ``conftest.py`` for a whole folder.

Switches per test, class or module, closest wins::

    @pytest.mark.clova_ocr(quota=3, rate_limit="5/s", faults=True, answers="tests/recorded")

A relative ``answers`` folder is taken from pytest's rootdir, wherever pytest is started.
"""

from __future__ import annotations

import os
import warnings
from collections.abc import Iterator
from typing import TYPE_CHECKING, Any

import pytest

from .replay import AnswersError, ReplayMismatchWarning
from .testing import OPTIONS, ClovaOCRMock, mock_settings

if TYPE_CHECKING:
    from clova_ocr import AsyncClovaOCR, ClovaOCR

MARKER = "clova_ocr"


def pytest_configure(config: pytest.Config) -> None:
    config.addinivalue_line(
        "markers",
        f"{MARKER}(**options): switches of the in-process CLOVA OCR mock behind the clova_ocr_client "
        f"fixtures; options: {', '.join(OPTIONS)}",
    )


def _marker_options(node: pytest.Item) -> dict[str, Any]:
    """Options of every ``clova_ocr`` marker on the test, module first, the test's own last."""
    options: dict[str, Any] = {}
    for marker in reversed(list(node.iter_markers(MARKER))):
        if marker.args:
            pytest.fail(
                f"@pytest.mark.{MARKER} takes keyword options only (got {marker.args!r}); "
                f"e.g. @pytest.mark.{MARKER}(quota=3). Options: {', '.join(OPTIONS)}",
                pytrace=False,
            )
        options.update(marker.kwargs)
    return options


@pytest.fixture
def clova_ocr_mock_options() -> dict[str, Any]:
    """Default switches of the mock (override in a ``conftest.py``); markers add to them."""
    return {}


@pytest.fixture
def clova_ocr_mock_server(
    request: pytest.FixtureRequest, clova_ocr_mock_options: dict[str, Any]
) -> Iterator[ClovaOCRMock]:
    """The in-process mock behind the client fixtures, with its record of requests."""
    options = {**clova_ocr_mock_options, **_marker_options(request.node)}
    answers = options.get("answers")
    if isinstance(answers, (str, os.PathLike)):  # relative to the rootdir, not the cwd
        options["answers"] = request.config.rootpath / answers
    problem: str | None = None
    try:
        settings = mock_settings(**options)
    except (TypeError, ValueError, AnswersError) as exc:
        problem = f"@pytest.mark.{MARKER}: {exc}"
    if problem is not None:  # failed outside the except block: one line, no chained traceback
        pytest.fail(problem, pytrace=False)
    with ClovaOCRMock(settings) as server:
        if server.answers is not None and server.answers.problems:
            warnings.warn(server.answers.report(), ReplayMismatchWarning, stacklevel=2)
        yield server


@pytest.fixture
def clova_ocr_client(clova_ocr_mock_server: ClovaOCRMock) -> Iterator[ClovaOCR]:
    """A :class:`clova_ocr.ClovaOCR` wired to the in-process mock."""
    with clova_ocr_mock_server.client() as client:
        yield client


@pytest.fixture
def async_clova_ocr_client(clova_ocr_mock_server: ClovaOCRMock) -> AsyncClovaOCR:
    """An :class:`clova_ocr.AsyncClovaOCR` wired to the in-process mock.

    A plain fixture, so it works under pytest-asyncio and anyio alike; its transport holds no
    connections, so there is nothing to close.
    """
    return clova_ocr_mock_server.async_client()


@pytest.fixture
def clova_ocr_invoke_url(clova_ocr_mock_server: ClovaOCRMock) -> str:
    """The mock's Invoke URL (served only through the mock's transports, not a port)."""
    return clova_ocr_mock_server.invoke_url


@pytest.fixture
def clova_ocr_secret(clova_ocr_mock_server: ClovaOCRMock) -> str:
    """The ``X-OCR-SECRET`` the mock expects."""
    return clova_ocr_mock_server.secret
