"""The product commands on many inputs, end to end against `clova-ocr mock serve` in a subprocess.

Covers folders, globs, stdin, URLs, every --save kind, resume after SIGKILL at random
points, Ctrl-C, the rate limit, exit codes, and that the secret never shows.
"""

from __future__ import annotations

import hashlib
import json
import os
import random
import signal
import subprocess
import sys
import time
from collections.abc import Iterator
from pathlib import Path

import pytest
from click.testing import CliRunner, Result

from clova_ocr.cli import main

from .mock_helpers import png, serving

SECRET = "cli-batch-secret-Zq81"
CLI = [sys.executable, "-c", "from clova_ocr.cli import main; main()"]
BROKEN_PNG = b"\x89PNG\r\n\x1a\n" + b"not really a png" * 4


@pytest.fixture(scope="module")
def mock_server() -> Iterator[str]:
    """One mock per module, limited to 20 calls/s (a domain's limit), in a subprocess."""
    with serving("--secret", SECRET, "--rate-limit", "20/s") as invoke_url:
        yield invoke_url


@pytest.fixture
def env(mock_server: str) -> dict[str, str]:
    return {"CLOVA_OCR_INVOKE_URL": mock_server, "CLOVA_OCR_SECRET": SECRET}


def tree(root: Path, count: int = 3) -> Path:
    """root/in/a0.png, root/in/sub/a1.png … plus a file that is not an image."""
    folder = root / "in"
    for i in range(count):
        path = folder / ("sub" if i % 2 else "") / f"a{i}.png"
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_bytes(png(60 + i, 40))
    (folder / "notes.txt").write_text("not an image")
    return folder


def cli(args: list[str], env: dict[str, str], stdin: str | None = None) -> Result:
    return CliRunner().invoke(main, args, env=env, input=stdin)


def index_lines(out: Path) -> list[dict[str, object]]:
    return [json.loads(line) for line in (out / "index.jsonl").read_text().splitlines()]


def assert_secret_absent(out: Path, *texts: str) -> None:
    for text in texts:
        assert SECRET not in text
    for path in out.rglob("*"):
        if path.is_file():
            assert SECRET.encode() not in path.read_bytes(), path


def test_folder_with_every_save_kind_then_resume(env: dict[str, str], tmp_path: Path) -> None:
    folder, out = tree(tmp_path), tmp_path / "out"
    args = ["general", str(folder), "--tables", "--out", str(out), "--save", "text,csv,tsv,png"]
    result = cli(args, env)
    assert result.exit_code == 0, result.output
    assert "3 done, 0 skipped, 0 failed of 3" in result.output
    for key in ("a0.png", "sub/a1.png", "a2.png"):
        answer = json.loads((out / f"{key}.json").read_text())
        assert answer["images"][0]["inferResult"] == "SUCCESS"
        assert (out / f"{key}.txt").read_text().startswith("CLOVA OCR MOCK")
        assert (out / f"{key}.table-1.csv").read_text().count("\n") >= 2
        assert (out / f"{key}.words.tsv").read_text().startswith("page\tkind\tlabel\ttext")
        assert (out / f"{key}.boxes.png").read_bytes().startswith(b"\x89PNG")
    lines = index_lines(out)
    assert sorted(str(e["input"]) for e in lines) == ["a0.png", "a2.png", "sub/a1.png"]
    first = next(e for e in lines if e["input"] == "sub/a1.png")
    data = (folder / "sub" / "a1.png").read_bytes()
    assert first == {
        "input": "sub/a1.png",
        "answer": "sub/a1.png.json",
        "sha256": hashlib.sha256(data).hexdigest(),
        "product": "general",
        "inferResult": "SUCCESS",
        "bytes": len(data),
    }
    assert not (out / "errors.jsonl").exists()

    again = cli(args, env)
    assert again.exit_code == 0 and "0 done, 3 skipped" in again.output
    assert len(index_lines(out)) == 3
    assert_secret_absent(out, result.output, again.output)


def test_globs_stdin_and_urls(env: dict[str, str], tmp_path: Path) -> None:
    folder, out = tree(tmp_path, 4), tmp_path / "out"
    result = cli(["general", f"{folder}/**/*.png", "--out", str(out)], env)
    assert result.exit_code == 0, result.output
    assert sorted(p.relative_to(out).as_posix() for p in out.rglob("*.json")) == [
        "a0.png.json",
        "a2.png.json",
        "sub/a1.png.json",
        "sub/a3.png.json",
    ]
    url = "https://images.example/scan.png?token=abc123"
    listing = f"{folder / 'a0.png'}\n\n# a comment\n{url}\n"
    out2 = tmp_path / "out2"
    result = cli(["general", "-", "--out", str(out2)], env, stdin=listing)
    assert result.exit_code == 0, result.output
    by_input = {e["input"]: e for e in index_lines(out2)}
    url_key = "urls/" + hashlib.sha256(url.encode()).hexdigest()[:16]
    assert by_input["https://images.example/scan.png?token=***"]["answer"] == f"{url_key}.json"
    assert by_input["https://images.example/scan.png?token=***"]["sha256"] is None
    assert json.loads((out2 / f"{url_key}.json").read_text())["images"]
    assert "a0.png" in by_input


def test_usage_errors_exit_2(env: dict[str, str], tmp_path: Path) -> None:
    image = tmp_path / "a.png"
    image.write_bytes(png())
    cases = [
        ["general", str(tmp_path / "missing.png")],
        ["general", str(tmp_path / "*.jpg")],
        ["document", "receipt", "https://images.example/a.png"],
        ["general", str(image), "--out", str(tmp_path / "o"), "--save", "pdf"],
        ["general", str(image), "--save", "text"],
        ["general", str(image), "--rate-limit", "fast"],
        ["general", str(image), "--concurrency", "0"],
        ["general", str(image), str(image) + "x", "--lang", "kr"],  # checked once, up front
    ]
    for args in cases:
        result = cli(args, env)
        assert result.exit_code == 2, (args, result.output)
    result = cli(["general", str(image)], {**env, "CLOVA_OCR_INVOKE_URL": "http://nowhere/x"})
    assert result.exit_code == 2 and "Invoke URL" in result.output


def test_failed_inputs_exit_1_and_are_recorded(env: dict[str, str], tmp_path: Path) -> None:
    folder = tree(tmp_path, 2)
    (folder / "text.png").write_bytes(b"plain text, not an image")
    (folder / "broken.png").write_bytes(BROKEN_PNG)
    out = tmp_path / "out"
    result = cli(["document", "receipt", str(folder), "--out", str(out)], env)
    assert result.exit_code == 1, result.output
    assert "2 done, 0 skipped, 2 failed of 4" in result.output
    errors = [json.loads(line) for line in (out / "errors.jsonl").read_text().splitlines()]
    assert [(e["input"], e["code"], e["product"]) for e in errors] == [
        ("text.png", "InputError", "receipt")
    ]
    broken = json.loads((out / "broken.png.json").read_text())  # HTTP 200 FAILURE/ERROR: saved
    assert broken["images"][0]["inferResult"] in ("FAILURE", "ERROR")
    assert {e["input"]: e["inferResult"] for e in index_lines(out)}["broken.png"] == "ERROR"


def test_single_input_prints_to_stdout_and_json_keeps_a_failure(
    env: dict[str, str], tmp_path: Path
) -> None:
    broken = tmp_path / "broken.png"
    broken.write_bytes(BROKEN_PNG)
    result = cli(["general", str(broken), "--json"], env)
    assert result.exit_code == 1
    answer = json.loads(result.stdout)
    assert answer["images"][0]["inferResult"] == "ERROR"
    assert result.stderr.startswith("error: ")
    good = tmp_path / "good.png"
    good.write_bytes(png())
    result = cli(["general", str(good), str(good)], env)  # the same file twice: once
    assert result.exit_code == 0 and result.stdout.startswith("CLOVA OCR MOCK")


def test_wrong_secret_stops_the_batch_and_is_never_shown(
    env: dict[str, str], tmp_path: Path
) -> None:
    folder, out = tree(tmp_path, 6), tmp_path / "out"
    wrong = "wrong-secret-value-7731"
    args = ["general", str(folder), "--out", str(out), "-v", "--debug", "--concurrency", "1"]
    result = cli(args, {**env, "CLOVA_OCR_SECRET": wrong})
    assert result.exit_code == 1
    assert "stopped: [0002]" in result.output and "not done" in result.output
    assert wrong not in result.output
    for path in out.rglob("*"):
        assert wrong.encode() not in path.read_bytes()
    verbose = cli(["general", str(folder / "a0.png"), "-v", "--debug"], env)
    assert verbose.exit_code == 0 and "general status=200" in verbose.stderr
    assert_secret_absent(out, verbose.output)


def test_rate_limit_is_honoured(env: dict[str, str], tmp_path: Path) -> None:
    folder, out = tree(tmp_path, 30), tmp_path / "out"
    time.sleep(1.1)  # let the mock's one-second window of earlier tests pass
    args = ["general", str(folder), "--out", str(out), "--concurrency", "16"]
    started = time.monotonic()
    result = cli([*args, "--rate-limit", "20/s"], env)
    assert result.exit_code == 0, result.output
    assert "30 done" in result.output and not (out / "errors.jsonl").exists()
    assert time.monotonic() - started > 1.4  # paced: 30 calls at 20/s


# ---------------------------------------------------------------- kills (real processes)
def _spawn(args: list[str], env: dict[str, str]) -> subprocess.Popen[str]:
    return subprocess.Popen(
        [*CLI, *args],
        env={**os.environ, **env},
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        text=True,
    )


def _check_complete(out: Path, count: int) -> None:
    answers = sorted(p.relative_to(out).as_posix() for p in out.rglob("*.json"))
    assert len(answers) == count
    for path in out.rglob("*.json"):
        json.loads(path.read_text())  # whole files only
    lines = (out / "index.jsonl").read_text().splitlines()
    indexed = [json.loads(line)["answer"] for line in lines]
    assert sorted(indexed) == answers  # none lost, none indexed twice
    assert not list(out.rglob("*.clova-tmp"))


def test_sigkill_at_random_points_then_resume(env: dict[str, str], tmp_path: Path) -> None:
    count = 40
    folder, out = tree(tmp_path, count), tmp_path / "out"
    args = ["general", str(folder), "--out", str(out), "--rate-limit", "20/s", "--save", "text"]
    rng = random.Random(20240517)
    for target in sorted(rng.sample(range(2, count - 2), 4)):
        process = _spawn(args, env)
        deadline = time.monotonic() + 30
        while len(list(out.rglob("*.png.json"))) < target and process.poll() is None:
            assert time.monotonic() < deadline
            time.sleep(0.01)
        time.sleep(rng.uniform(0, 0.05))  # somewhere between two writes, or inside one
        process.send_signal(signal.SIGKILL)
        process.wait(timeout=10)
        assert process.returncode == -signal.SIGKILL  # killed mid-batch, not finished
    done = _spawn(args, env)
    stdout, stderr = done.communicate(timeout=60)
    assert done.returncode == 0, stderr
    _check_complete(out, count)
    assert SECRET not in stdout + stderr


def test_ctrl_c_stops_cleanly_and_resumes(env: dict[str, str], tmp_path: Path) -> None:
    count = 30
    folder, out = tree(tmp_path, count), tmp_path / "out"
    args = ["general", str(folder), "--out", str(out), "--rate-limit", "10/s"]
    process = _spawn(args, env)
    deadline = time.monotonic() + 20
    while not (out / "index.jsonl").exists() or not (out / "index.jsonl").read_text():
        assert time.monotonic() < deadline
        time.sleep(0.05)
    process.send_signal(signal.SIGINT)
    _, stderr = process.communicate(timeout=30)
    assert process.returncode == 130, stderr
    assert "stopping" in stderr and "not done" in stderr
    first = len((out / "index.jsonl").read_text().splitlines())
    assert 0 < first < count
    resumed = _spawn(args, env)
    _, stderr = resumed.communicate(timeout=60)
    assert resumed.returncode == 0, stderr
    assert f"{count - first} done, {first} skipped" in stderr
    _check_complete(out, count)


def test_resume_repairs_every_crash_state_without_resending(
    env: dict[str, str], tmp_path: Path
) -> None:
    folder, out = tree(tmp_path, 4), tmp_path / "out"
    args = ["general", str(folder), "--out", str(out)]
    assert cli(args, env).exit_code == 0
    index = out / "index.jsonl"
    lines = index.read_text().splitlines(keepends=True)
    # Killed between rename and append (a0 lost its line), and mid-append (half a line),
    # and mid-write (a stale temporary file).
    lost = next(line for line in lines if '"a0.png"' in line)
    index.write_text("".join(line for line in lines if line != lost) + lost[:25])
    (out / ".a2.png.json.x1y2.clova-tmp").write_text('{"half": ')
    answers = {p: p.stat().st_mtime_ns for p in out.rglob("*.json")}

    result = cli(args, env)
    assert result.exit_code == 0, result.output
    assert "0 done, 4 skipped" in result.output  # nothing sent again
    assert {p: p.stat().st_mtime_ns for p in out.rglob("*.json")} == answers
    _check_complete(out, 4)
    repaired = next(e for e in index_lines(out) if e["input"] == "a0.png")
    assert repaired["inferResult"] == "SUCCESS" and repaired["product"] == "general"


def test_demo_runs_offline_on_the_bundled_samples(tmp_path: Path) -> None:
    result = CliRunner().invoke(main, ["demo", "--out", str(tmp_path)], env={})
    assert result.exit_code == 0, result.output
    assert "CLOVA OCR MOCK" in result.stdout and "# table 1" in result.stdout
    assert "totalPrice.price" in result.stdout  # the receipt read by Document OCR
    for name in (
        "general/receipt.png.json",
        "general/table.png.table-1.csv",
        "receipt/index.jsonl",
    ):
        assert (tmp_path / name).is_file() and str(tmp_path / name) in result.stdout
