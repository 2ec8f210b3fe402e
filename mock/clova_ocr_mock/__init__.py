"""clova_ocr_mock — a local CLOVA OCR server for tests and development, no cloud account needed.

    from clova_ocr_mock import create_app
    app = create_app(secret="S")          # ASGI app; serve it, or use httpx.ASGITransport(app)

or from the shell: ``clova-ocr mock serve --port 8080 --secret S``.
"""

from .app import create_app
from .imaging import PageImage
from .recognizer import RecognizedLine, RecognizedWord, Recognizer, SyntheticRecognizer
from .server import running
from .settings import MockSettings
from .templates import Template, TemplateField, load_templates

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
