"""The ``pytest11`` entry point: loads ``clova_ocr_mock.pytest_plugin`` when the mock can run.

It lives in the mock (which owns its pytest plugin) and needs nothing but the standard
library: ``clova_ocr_mock/__init__`` loads its names lazily, so importing this module never
imports Starlette.

pytest imports every installed ``pytest11`` entry point and aborts the whole session if one
fails to import. ``clova_ocr_mock`` needs the ``mock`` extra (Starlette…), so this module —
which needs nothing beyond pytest — checks that extra's modules are importable and only then
asks pytest to load the real plugin. Without the extra it registers nothing at all.
"""

from __future__ import annotations

from importlib.util import find_spec

#: Top-level modules of the ``mock`` extra the in-process mock imports.
MOCK_MODULES = ("starlette", "python_multipart", "PIL", "pypdf", "jsonschema", "yaml", "anyio")


def _importable(name: str) -> bool:
    try:
        return find_spec(name) is not None
    except (ImportError, ValueError):  # ValueError: a module blocked with sys.modules[name] = None
        return False


def mock_installed() -> bool:
    """Whether every module the mock's pytest plugin imports is installed."""
    return all(_importable(name) for name in MOCK_MODULES)


pytest_plugins = ["clova_ocr_mock.pytest_plugin"] if mock_installed() else []
