"""Where things live, relative to the repository root."""

from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
SPEC = ROOT / "openapi.yaml"
#: The released versions of the spec (`python -m generator changes` checks against the last).
RELEASES = Path(__file__).resolve().parent / "releases.yaml"
CONFIG = Path(__file__).resolve().parent / "config.yaml"
TEMPLATES = Path(__file__).resolve().parent / "templates"
CLIENT_DIR = ROOT / "generated_client"
PACKAGE_NAME = "clova_ocr_api"
DOCS_DIR = ROOT / "docs"
