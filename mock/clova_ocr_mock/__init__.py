"""clova_ocr_mock — a local CLOVA OCR server for tests and development, no cloud account needed.

    from clova_ocr_mock import create_app
    app = create_app(secret="S")          # ASGI app; serve it, or use httpx.ASGITransport(app)

or from the shell: ``clova-ocr mock serve --port 8080 --secret S``.
"""

from importlib import import_module
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from .app import create_app
    from .imaging import PageImage
    from .recognizer import RecognizedLine, RecognizedWord, Recognizer, SyntheticRecognizer
    from .server import running
    from .settings import MockSettings
    from .templates import Template, TemplateField, load_templates

#: Public name → the module that defines it. Loaded on first use, so that the modules which
#: need no extra (``pytest_entry``, ``cli``'s group) import without Starlette installed.
_EXPORTS = {
    "MockSettings": "settings",
    "PageImage": "imaging",
    "RecognizedLine": "recognizer",
    "RecognizedWord": "recognizer",
    "Recognizer": "recognizer",
    "SyntheticRecognizer": "recognizer",
    "Template": "templates",
    "TemplateField": "templates",
    "create_app": "app",
    "load_templates": "templates",
    "running": "server",
}


def __getattr__(name: str) -> Any:
    module = _EXPORTS.get(name)
    if module is None:
        raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
    return getattr(import_module(f".{module}", __name__), name)


__all__ = [
    "MockSettings",
    "PageImage",
    "RecognizedLine",
    "RecognizedWord",
    "Recognizer",
    "SyntheticRecognizer",
    "Template",
    "TemplateField",
    "create_app",
    "load_templates",
    "running",
]
