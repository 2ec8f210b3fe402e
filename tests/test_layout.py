"""The house rules of the layout: every module imports on its own, and imports run one way.

* Each module of ``clova_ocr``, ``clova_ocr_mock`` and ``generator`` is imported in a fresh
  interpreter of its own (a forked child of one that has imported nothing of the project), so
  an import cycle that only shows when a module is imported first fails here.
* ``lint-imports`` checks the contracts in ``.importlinter``: SDK core ← batch ← apps, the
  mock imports nothing of the SDK but its test kit, no cycle between sibling modules.
* The typed ``ocr.document.<name>`` accessors derived from the registry are seen by mypy.
"""

from __future__ import annotations

import dataclasses
import inspect
import os
import pkgutil
import shutil
import subprocess
import sys
import textwrap
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent
PACKAGES = {
    "clova_ocr": ROOT / "wrapper" / "clova_ocr",
    "clova_ocr_mock": ROOT / "mock" / "clova_ocr_mock",
    "clova_ocr_common": ROOT / "common" / "clova_ocr_common",
    "generator": ROOT / "generator",
}


def _modules() -> list[str]:
    names: list[str] = []
    for package, path in PACKAGES.items():
        names.append(package)
        for info in pkgutil.walk_packages([str(path)], prefix=f"{package}."):
            if info.name.rsplit(".", 1)[-1] != "__main__":
                names.append(info.name)
    return sorted(names)


# One interpreter imports nothing of the project, then forks a child per module: each child
# starts from a clean sys.modules (as a fresh `python -c "import m"` would) at a fraction
# of the cost of a new process.
_IMPORT_EACH = textwrap.dedent(
    """
    import importlib, os, sys, traceback
    failed = []
    for name in sys.argv[1:]:
        pid = os.fork()
        if pid == 0:
            try:
                importlib.import_module(name)
            except BaseException:
                traceback.print_exc()
                os._exit(1)
            os._exit(0)
        _, status = os.waitpid(pid, 0)
        if status != 0:
            failed.append(name)
    print("FAILED:" + ",".join(failed))
    """
)


def test_module_list_covers_the_packages() -> None:
    modules = _modules()
    assert {"clova_ocr.results", "clova_ocr._products", "clova_ocr.batch.engine"} <= set(modules)
    assert {"clova_ocr_mock.cli", "clova_ocr_mock.pytest_entry", "generator.docs"} <= set(modules)


@pytest.mark.skipif(not hasattr(os, "fork"), reason="needs os.fork (POSIX)")
def test_every_module_imports_alone_in_a_fresh_interpreter() -> None:
    proc = subprocess.run(
        [sys.executable, "-c", _IMPORT_EACH, *_modules()],
        capture_output=True,
        text=True,
        cwd=ROOT,
        timeout=600,
    )
    failed = proc.stdout.strip().rpartition("FAILED:")[2]
    assert proc.returncode == 0 and failed == "", f"{failed}\n{proc.stderr[-4000:]}"


def test_import_check_catches_a_cycle(tmp_path: Path) -> None:
    """The fork-per-module check fails on a module that only imports in the 'right' order."""
    package = tmp_path / "knot"
    package.mkdir()
    (package / "__init__.py").write_text("")
    (package / "a.py").write_text("from knot.b import B\nA = 1\n")
    (package / "b.py").write_text("from knot.a import A\nB = 2\n")
    proc = subprocess.run(
        [sys.executable, "-c", _IMPORT_EACH, "knot.a"],
        capture_output=True,
        text=True,
        cwd=tmp_path,
        timeout=60,
    )
    assert "FAILED:knot.a" in proc.stdout and "partially initialized" in proc.stderr


def _lint_imports() -> str:
    found = shutil.which("lint-imports", path=str(Path(sys.executable).parent))
    assert found, "import-linter is in the test extra: pip install -e '.[test]'"
    return found


def test_import_contracts_are_kept() -> None:
    proc = subprocess.run(
        [_lint_imports(), "--config", str(ROOT / ".importlinter"), "--no-cache"],
        capture_output=True,
        text=True,
        cwd=ROOT,
        timeout=600,
    )
    assert proc.returncode == 0, proc.stdout[-6000:] + proc.stderr[-2000:]
    assert "0 broken" in proc.stdout


def test_import_contracts_catch_the_sdk_importing_the_mock(tmp_path: Path) -> None:
    """The same contracts, run on a copy of the SDK whose results module imports the mock."""
    copy = tmp_path / "src"
    shutil.copytree(ROOT / "wrapper" / "clova_ocr", copy / "clova_ocr")
    shutil.copytree(ROOT / "mock" / "clova_ocr_mock", copy / "clova_ocr_mock")
    shutil.copytree(ROOT / "generated_client" / "clova_ocr_api", copy / "clova_ocr_api")
    results = copy / "clova_ocr" / "results.py"
    results.write_text(results.read_text() + "\nimport clova_ocr_mock.app  # noqa\n")
    env = {**os.environ, "PYTHONPATH": str(copy)}
    proc = subprocess.run(
        [_lint_imports(), "--config", str(ROOT / ".importlinter"), "--no-cache"],
        capture_output=True,
        text=True,
        cwd=copy,
        env=env,
        timeout=600,
    )
    assert proc.returncode != 0
    assert "clova_ocr.results -> clova_ocr_mock.app" in proc.stdout


def test_mypy_sees_the_registry_derived_document_accessors(tmp_path: Path) -> None:
    sample = tmp_path / "uses_sdk.py"
    sample.write_text(
        textwrap.dedent(
            """
            from clova_ocr import AsyncClovaOCR, ClovaOCR

            async def read(ocr: ClovaOCR, aocr: AsyncClovaOCR) -> None:
                reveal_type(ocr.document.credit_card("card.png").document)
                reveal_type(await aocr.document.receipt("r.png", timeout=3))
                ocr.document.passport("p.png", lang="ko")
                reveal_type(ocr.batch(["a.png"], "receipt", concurrency=2))
                reveal_type(aocr.batch(["a.png"], ordered=True))
            """
        )
    )
    env = {**os.environ, "MYPYPATH": f"{ROOT / 'wrapper'}:{ROOT / 'generated_client'}"}
    proc = subprocess.run(
        [sys.executable, "-m", "mypy", "--strict", "--no-incremental", str(sample)],
        capture_output=True,
        text=True,
        cwd=tmp_path,
        env=env,
        timeout=600,
    )
    out = proc.stdout
    assert "CreditCardResult | None" in out, out
    assert "DocumentResult[clova_ocr_api.models.receipt_response.ReceiptResponse" in out, out
    assert 'Unexpected keyword argument "lang"' in out, out  # Document OCR takes no lang
    assert "typing.Iterator[clova_ocr.batch.engine.BatchItem]" in out, out
    assert "typing.AsyncIterator[clova_ocr.batch.engine.BatchItem]" in out, out


def test_the_batch_api_is_declared_once() -> None:
    """Both clients share one ``batch`` (one signature, one docstring), and what it takes is
    what the engine's :class:`BatchPlan` carries: a setting added to one and not the other
    fails here."""
    from clova_ocr import AsyncClovaOCR, ClovaOCR
    from clova_ocr.batch import BatchPlan

    assert ClovaOCR.batch is AsyncClovaOCR.batch
    parameters = inspect.signature(ClovaOCR.batch).parameters
    taken = {name for name in parameters if name not in ("self", "inputs")}
    carried = {field.name for field in dataclasses.fields(BatchPlan)}
    assert taken == carried, (taken, carried)


def test_the_cli_mounts_the_mock_only_when_asked() -> None:
    """`clova-ocr general …` never imports the mock; `clova-ocr mock` without the extra says
    what to install."""
    script = textwrap.dedent(
        """
        import sys
        from clova_ocr.cli import main
        assert "clova_ocr_mock" not in sys.modules, "the CLI imported the mock"
        sys.modules["starlette"] = None  # the mock extra is not installed
        main(["mock", "serve", "--secret", "S"])
        """
    )
    run = subprocess.run(
        [sys.executable, "-c", script], capture_output=True, text=True, cwd=ROOT, timeout=120
    )
    assert run.returncode == 1, run.stdout + run.stderr
    assert "the mock needs its extra: pip install 'clova-ocr[mock]'" in run.stderr
