"""python -m generator docs: one self-contained page, nothing loaded from a CDN."""

from __future__ import annotations

import json
import re
import shutil
from pathlib import Path

import pytest

from generator.docs import build_docs, render_page

from .spec_tools import spec


def test_page_embeds_the_spec_and_cannot_be_broken_out_of() -> None:
    document = {"openapi": "3.1.0", "info": {"title": "T <x>", "description": "</script><b>"}}
    page = render_page(document, "/* redoc */")
    assert "</script><b>" not in page
    embedded = re.search(r"Redoc\.init\((\{.*?\}), \{", page, re.S)
    assert embedded is not None
    assert json.loads(embedded.group(1).replace("<\\/", "</")) == document
    assert "<title>T &lt;x&gt; — API reference</title>" in page


@pytest.mark.skipif(shutil.which("npm") is None, reason="building the real page needs npm")
def test_built_page_is_offline(tmp_path: Path) -> None:
    page = build_docs(target_dir=tmp_path).read_text(encoding="utf-8")
    assert "Redoc.init(" in page
    assert spec()["info"]["title"] in page
    assert not re.search(r"<script[^>]+src=", page), "no external scripts"
    assert "cdn.redoc.ly" not in page and "unpkg.com" not in page and "jsdelivr" not in page
    assert (tmp_path / "openapi.yaml").exists()
