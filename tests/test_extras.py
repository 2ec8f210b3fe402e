"""Each extra of pyproject.toml works alone: installed into a clean virtualenv, it does what
it promises (``pip install -e '.[docs]' && python -m generator docs`` once failed with
``No module named 'PIL'``).

A clean venv per extra, made with uv (fast: its cache links the wheels instead of copying
them). Every extra but ``test`` (the union CI itself runs in) must have a check here.
"""

from __future__ import annotations

import subprocess
import sys
import tomllib
from pathlib import Path

import pytest
from uv import find_uv_bin

from .spec_tools import ROOT

ANSWER = ROOT / "tests" / "fixtures" / "reference" / "real" / "general-06.json"
SAMPLE = ROOT / "wrapper" / "clova_ocr" / "samples" / "receipt.png"

#: What each extra promises, as a Python script run in a venv holding only that extra
#: (``{out}``: an empty folder; the scripts run from the repository's root).
CHECKS: dict[str, str] = {
    "": """
import subprocess, sys, clova_ocr
from clova_ocr import ClovaOCR
subprocess.run([sys.prefix + "/bin/clova-ocr", "--help"], check=True, capture_output=True)
""",
    "image": f"""
from clova_ocr import OCRResult
from clova_ocr.drawing import draw
draw(r"{SAMPLE}", OCRResult.open(r"{ANSWER}")).save(r"{{out}}/boxes.png")
""",
    "pandas": f"""
from clova_ocr import OCRResult
assert OCRResult.open(r"{ANSWER}").tables[0].to_dataframe(header=True).shape == (5, 3)
""",
    "pdf": """
import io
from pypdf import PdfWriter
from clova_ocr._inputs import prepare_image
from clova_ocr._pages import plan, render_pdf_page
from clova_ocr._products import GENERAL
writer = PdfWriter()
for _ in range(12):
    writer.add_blank_page(width=100, height=100)
buffer = io.BytesIO()
writer.write(buffer)
data = buffer.getvalue()
split = plan(GENERAL, prepare_image(data, max_bytes=GENERAL.max_bytes, allow_url=True), None)
assert all(split.parts()) and split.cut == [tuple(range(10)), (10, 11)]
assert render_pdf_page(data, 11).size[0] > 0
""",
    "export": """
import json, pathlib
from clova_ocr.export import export_folder, to_dataframes
out = pathlib.Path(r"{out}")
(out / "a.json").write_text(pathlib.Path(r"ANSWER").read_text(encoding="utf-8"), encoding="utf-8")
(out / "index.jsonl").write_text(json.dumps({"input": "a", "answer": "a.json"}) + "\\n")
export_folder(out, out / "t.xlsx")
export_folder(out, out / "t.parquet")
assert len(to_dataframes(out)["tables"]) > 0
""".replace("ANSWER", str(ANSWER)),
    "mock": """
import subprocess, sys
subprocess.run([sys.prefix + "/bin/clova-ocr", "demo", "--out", r"{out}"], check=True)
""",
    "engine": f"""
import numpy, pypdfium2, tesserocr
from PIL import Image
from clova_ocr_mock.engine import TesseractRecognizer
data = TesseractRecognizer().tessdata
assert tesserocr.image_to_text(Image.open(r"{SAMPLE}"), lang="eng", path=data).strip()
""",
    "generator": """
import subprocess, sys
subprocess.run([sys.executable, "-m", "generator", "--check"], check=True)
""",
    "docs": """
from pathlib import Path
from generator.docs import build_docs
assert build_docs(Path(r"{out}") / "site").is_file()
""",
    "portability": """
import subprocess, sys
from generator.portability import targets
bin = sys.prefix + "/bin/"
for command in (
    [targets.java(), "-jar", targets.openapi_generator_jar(), "version"],
    [bin + "datamodel-codegen", "--version"],
    [bin + "openapi-python-client", "--version"],
):
    subprocess.run(command, check=True, capture_output=True, timeout=300)
""",
}


def extras() -> list[str]:
    project = tomllib.loads((ROOT / "pyproject.toml").read_text(encoding="utf-8"))["project"]
    return sorted(project["optional-dependencies"])


def test_every_extra_has_a_check() -> None:
    assert set(extras()) - {"test"} == set(CHECKS) - {""}


def _uv(*args: str) -> None:
    done = subprocess.run(
        [find_uv_bin(), *args], capture_output=True, text=True, timeout=900, check=False
    )
    assert done.returncode == 0, done.stderr[-3000:]


@pytest.mark.parametrize("extra", sorted(CHECKS))
def test_each_extra_works_alone_in_a_clean_venv(extra: str, tmp_path: Path) -> None:
    venv, out = tmp_path / "venv", tmp_path / "out"
    out.mkdir()
    python = venv / "bin" / "python"
    _uv("venv", "--quiet", "--python", sys.executable, str(venv))
    _uv("pip", "install", "--quiet", "--python", str(python), "-e", f"{ROOT}[{extra}]")
    check = CHECKS[extra].replace("{out}", str(out))
    done = subprocess.run(
        [str(python), "-c", check],
        cwd=ROOT,
        capture_output=True,
        text=True,
        timeout=900,
        check=False,
    )
    assert done.returncode == 0, f"[{extra}] alone:\n{done.stdout[-2000:]}\n{done.stderr[-3000:]}"
