"""The static review page: one HTML file, its data, styles, script and pictures inline.

It loads nothing (a Content-Security-Policy forbids any fetch), so it works from disk with no
server and no network. Corrections typed in it are saved as ``corrections.jsonl``: a download,
or a file chosen through the File System Access API where the browser has it.
"""

from __future__ import annotations

import html
import json
from pathlib import Path

from .collect import Record

ASSETS = Path(__file__).resolve().parent


def _script_safe(text: str) -> str:
    """JSON that cannot close its ``<script>`` element early."""
    return text.replace("<", "\\u003c").replace(">", "\\u003e").replace("&", "\\u0026")


def render(records: list[Record], title: str) -> str:
    """The page for ``records``."""
    data = json.dumps([r.to_dict() for r in records], ensure_ascii=False)
    parts = {
        "__STYLE__": (ASSETS / "page.css").read_text(encoding="utf-8"),
        "__SCRIPT__": (ASSETS / "page.js").read_text(encoding="utf-8"),
        "__TITLE__": html.escape(title),
        "__DATA__": _script_safe(data),
    }
    page = (ASSETS / "page.html").read_text(encoding="utf-8")
    for marker, value in parts.items():
        page = page.replace(marker, value)
    return page
