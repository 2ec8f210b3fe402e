"""The batch output folder under hostile conditions, end to end through the CLI.

File modes, a full disk, names at the file system's limit, names that are not UTF-8,
``errors.jsonl`` as the current state, two batches on one folder, inputs inside the output
folder, stdin naming and resume, a symlink given with its target. Each test failed before
its fix (issues 20, 22 and 23).
"""

from __future__ import annotations

import errno
import json
import os
import signal
import socket
import stat
import subprocess
import sys
import textwrap
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest

from clova_ocr._cli_batch import EXIT_LOCKED, EXIT_WRITE_FAILED
from clova_ocr.batch import folder as folder_module
from clova_ocr.batch import lock as lock_module
from clova_ocr.batch.folder import OutputFolder
from clova_ocr.batch.inputs import Source
from clova_ocr.batch.lock import LOCK_FILE
from clova_ocr.batch.secrets import Scrubber

from .mock_helpers import png, serving
from .test_batch_cli import CLI, SECRET, _check_complete, cli, index_lines, tree


@pytest.fixture(scope="module")
def mock_server() -> Iterator[str]:
    with serving("--secret", SECRET) as invoke_url:
        yield invoke_url


@pytest.fixture
def env(mock_server: str) -> dict[str, str]:
    return {"CLOVA_OCR_INVOKE_URL": mock_server, "CLOVA_OCR_SECRET": SECRET}


def answers(out: Path) -> list[str]:
    return sorted(p.relative_to(out).as_posix() for p in out.rglob("*.json"))


def error_lines(out: Path) -> list[dict[str, Any]]:
    return [json.loads(line) for line in (out / "errors.jsonl").read_text().splitlines()]


# ------------------------------------------------------------------ 20.3 file modes
def test_every_output_file_follows_the_umask(env: dict[str, str], tmp_path: Path) -> None:
    folder, out = tree(tmp_path, 3), tmp_path / "out"
    (folder / "text.png").write_bytes(b"not an image")  # so that errors.jsonl is written too
    args = ["general", str(folder), "--out", str(out), "--save", "text,tsv,png"]
    done = subprocess.run(
        [*CLI, *args], env={**os.environ, **env}, umask=0o027, capture_output=True, timeout=120
    )
    assert done.returncode == 1, done.stderr
    files = [p for p in out.rglob("*") if p.is_file()]
    kinds = {p.name.split(".", 1)[-1] for p in files}
    assert {"png.json", "png.txt", "png.words.tsv", "png.boxes.png"} <= kinds
    assert {"index.jsonl", "errors.jsonl"} <= {p.name for p in files}
    modes = {p.relative_to(out).as_posix(): stat.S_IMODE(p.stat().st_mode) for p in files}
    assert set(modes.values()) == {0o640}, modes  # answers were 0600, the rest 0640
    folders = [p for p in out.rglob("*") if p.is_dir()]
    assert {stat.S_IMODE(p.stat().st_mode) for p in [out, *folders]} == {0o750}


# ------------------------------------------------------------------ 22.2 disk full
class _FillingDisk:
    """``os`` as folder.py sees it, with a disk that is full after ``room`` fsyncs."""

    def __init__(self, room: int) -> None:
        self.room = room

    def fsync(self, fd: int) -> None:
        if self.room <= 0:
            raise OSError(errno.ENOSPC, os.strerror(errno.ENOSPC))
        self.room -= 1
        os.fsync(fd)

    def __getattr__(self, name: str) -> Any:
        return getattr(os, name)


@pytest.mark.parametrize(("room", "concurrency"), [(0, 1), (3, 1), (6, 1), (5, 4)])
def test_disk_full_stops_cleanly_with_its_own_exit_code_and_resumes(
    env: dict[str, str],
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
    room: int,
    concurrency: int,
) -> None:
    count = 8
    folder, out = tree(tmp_path, count), tmp_path / "out"
    args = ["general", str(folder), "--out", str(out), "--save", "text"]
    args += ["--concurrency", str(concurrency)]
    monkeypatch.setattr(folder_module, "os", _FillingDisk(room))
    full = cli(args, env)
    assert full.exit_code == EXIT_WRITE_FAILED != 1, full.output
    stopped = [line for line in full.stderr.splitlines() if line.startswith("stopped:")]
    assert len(stopped) == 1 and "no space left" in stopped[0], full.stderr
    assert isinstance(full.exception, SystemExit) and "Traceback" not in full.output
    assert not list(out.rglob("*.clova-tmp"))
    assert not (out / LOCK_FILE).exists()
    saved = len(answers(out))
    assert saved < count

    monkeypatch.undo()  # space freed
    resumed = cli(args, env)
    assert resumed.exit_code == 0, resumed.output
    assert f"{count - saved} done, {saved} skipped" in resumed.stderr
    _check_complete(out, count)
    assert len(list(out.rglob("*.png.txt"))) == count


class _FullDisk:
    """``os`` as lock.py sees it, on a disk with no room left at all."""

    def write(self, fd: int, data: bytes) -> int:
        raise OSError(errno.ENOSPC, os.strerror(errno.ENOSPC))

    def __getattr__(self, name: str) -> Any:
        return getattr(os, name)


def test_a_disk_full_before_the_first_call_is_the_same_clean_stop(
    env: dict[str, str], tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    folder, out = tree(tmp_path, 2), tmp_path / "out"
    monkeypatch.setattr(lock_module, "os", _FullDisk())
    result = cli(["general", str(folder), "--out", str(out)], env)
    assert result.exit_code == EXIT_WRITE_FAILED, result.output
    assert "stopped: no space left" in result.stderr and "2 not done" in result.stderr
    assert isinstance(result.exception, SystemExit)
    monkeypatch.undo()
    assert cli(["general", str(folder), "--out", str(out)], env).exit_code == 0
    _check_complete(out, 2)


# ------------------------------------------------------------------ 22.3 long names
def test_long_names_fit_and_too_long_ones_fail_alone(env: dict[str, str], tmp_path: Path) -> None:
    folder, out = tmp_path / "in", tmp_path / "out"
    folder.mkdir()
    fits = "f" * (255 - len(".png.json") - len(".png") + 4) + ".png"  # its .json is 255 bytes
    assert len(fits + ".json") == 255
    too_long = "t" * 248 + ".png"  # fits as an input, not with .json after it
    short = "short.png"
    for name in (fits, too_long, short):
        (folder / name).write_bytes(png())
    result = cli(["general", str(folder), "--out", str(out)], env)
    assert result.exit_code == 1, result.output  # before: a crash on the temporary name
    assert "2 done, 0 skipped, 1 failed of 3" in result.stderr
    assert answers(out) == sorted([f"{fits}.json", f"{short}.json"])
    [error] = error_lines(out)
    assert error["input"] == too_long and error["code"] == "NameTooLong"
    assert "file name" in error["message"]
    assert not list(out.rglob("*.clova-tmp"))

    # --save: the extra names count too, and are refused before any call is made.
    with_saves = cli(["general", str(folder), "--out", str(out), "--save", "tsv"], env)
    assert with_saves.exit_code == 1
    assert "0 done, 2 skipped, 1 failed of 3" in with_saves.stderr


def test_temporary_names_fit_whenever_the_final_name_fits(tmp_path: Path) -> None:
    name = "n" * 255
    folder_module.atomic_write(tmp_path / name, b"data")  # before: ENAMETOOLONG
    assert (tmp_path / name).read_bytes() == b"data"
    assert [p.name for p in tmp_path.iterdir()] == [name]


# ------------------------------------------------------------------ 23.4 non-UTF-8 names
def test_a_name_that_is_not_utf8_never_kills_the_batch(env: dict[str, str], tmp_path: Path) -> None:
    folder, out = tree(tmp_path, 2), tmp_path / "out"
    raw_name = b"scan-\xff\xfe.png"
    with open(os.path.join(os.fsencode(folder), raw_name), "wb") as stream:
        stream.write(png())
    with open(os.path.join(os.fsencode(folder), b"bad-\xff.png"), "wb") as stream:
        stream.write(b"not an image")  # fails: its line goes to errors.jsonl
    args = ["general", str(folder), "--out", str(out)]
    result = cli(args, env)
    assert result.exit_code == 1, result.output
    assert result.exception is None or isinstance(result.exception, SystemExit), result.exception
    assert "of 4" in result.stderr
    index = (out / "index.jsonl").read_bytes().decode("utf-8")  # valid UTF-8 throughout
    errors = (out / "errors.jsonl").read_bytes().decode("utf-8")
    entries = [json.loads(line) for line in index.splitlines() + errors.splitlines()]
    names = {os.fsencode(str(e["input"])) for e in entries}
    assert names == {b"bad-\xff.png", raw_name, b"a0.png", b"sub/a1.png"}
    again = cli(args, env)  # resume reads the same names back
    assert again.exit_code == 1 and "skipped" in again.stderr
    assert len((out / "index.jsonl").read_text().splitlines()) == len(index.splitlines())


def test_errors_jsonl_takes_names_that_are_not_utf8(tmp_path: Path) -> None:
    image = os.fsdecode(os.path.join(os.fsencode(tmp_path), b"\xff.png"))
    Path(image).write_bytes(png())
    source = Source(image, os.path.basename(image))
    with OutputFolder(tmp_path / "out", "general", Scrubber([])) as out:
        out.write_error(source, OSError(f"cannot read {image}"))
    [entry] = error_lines(tmp_path / "out")
    assert os.fsencode(entry["input"]) == b"\xff.png"


# ------------------------------------------------------------------ 20.6 errors.jsonl
def test_errors_jsonl_is_the_current_state(env: dict[str, str], tmp_path: Path) -> None:
    folder, out = tree(tmp_path, 2), tmp_path / "out"
    (folder / "x.png").write_bytes(b"not an image")
    (folder / "y.png").write_bytes(b"not an image either")
    args = ["general", str(folder), "--out", str(out)]
    for _ in range(3):  # failing again replaces the line: it does not pile up
        assert cli(args, env).exit_code == 1
        assert sorted(e["input"] for e in error_lines(out)) == ["x.png", "y.png"]
    (folder / "x.png").write_bytes(png())  # fixed: answered by the next run, gone from errors
    result = cli(args, env)
    assert result.exit_code == 1 and "1 done, 2 skipped, 1 failed" in result.stderr
    assert [e["input"] for e in error_lines(out)] == ["y.png"]
    (folder / "y.png").write_bytes(png())
    assert cli(args, env).exit_code == 0
    assert not (out / "errors.jsonl").exists()


def test_errors_jsonl_left_by_a_crash_is_compacted(tmp_path: Path) -> None:
    out = tmp_path / "out"
    out.mkdir()
    line = {"input": "a.png", "product": "general", "code": "0500", "message": "m"}
    later = {**line, "code": "0025"}
    answered = {**line, "input": "b.png"}
    (out / "errors.jsonl").write_text(
        "".join(json.dumps(e) + "\n" for e in (line, answered, later))
    )
    (out / "index.jsonl").write_text(json.dumps({"input": "b.png", "answer": "b.png.json"}) + "\n")
    with OutputFolder(out, "general", Scrubber([])):
        pass
    assert error_lines(out) == [later]


def test_an_index_written_by_two_runs_at_once_is_repaired(tmp_path: Path) -> None:
    out = tmp_path / "out"
    out.mkdir()
    a, b = ({"input": n, "answer": f"{n}.json", "sha256": None} for n in ("a.png", "b.png"))
    (out / "index.jsonl").write_text("".join(json.dumps(e) + "\n" for e in (a, b, a, b, a)))
    with OutputFolder(out, "general", Scrubber([])) as folder:
        assert folder.indexed == {"a.png.json", "b.png.json"}
    assert sorted(e["answer"] for e in index_lines(out)) == ["a.png.json", "b.png.json"]


# ------------------------------------------------------------------ 23.6 lock
HOLDER = textwrap.dedent(
    """
    import sys, time
    from clova_ocr.batch.folder import OutputFolder
    from clova_ocr.batch.secrets import Scrubber
    folder = OutputFolder(sys.argv[1], "general", Scrubber([])).open()
    print("holding", flush=True)
    time.sleep(120)
    """
)


def test_a_second_batch_on_the_same_out_is_refused_and_a_stale_lock_taken_over(
    env: dict[str, str], tmp_path: Path
) -> None:
    folder, out = tree(tmp_path, 2), tmp_path / "out"
    holder = subprocess.Popen(
        [sys.executable, "-c", HOLDER, str(out)], stdout=subprocess.PIPE, text=True
    )
    try:
        assert holder.stdout is not None and holder.stdout.readline() == "holding\n"
        refused = cli(["general", str(folder), "--out", str(out)], env)
        assert refused.exit_code == EXIT_LOCKED, refused.output
        message = refused.stderr.strip()
        assert f"pid {holder.pid}" in message and socket.gethostname() in message
        assert "since 20" in message and "\n" not in message
        assert answers(out) == []  # nothing sent, nothing written
    finally:
        holder.send_signal(signal.SIGKILL)
        holder.wait(timeout=10)
    assert json.loads((out / LOCK_FILE).read_text())["pid"] == holder.pid  # left behind
    result = cli(["general", str(folder), "--out", str(out)], env)
    assert result.exit_code == 0, result.output
    assert answers(out) == ["a0.png.json", "sub/a1.png.json"]
    assert not (out / LOCK_FILE).exists()


# ------------------------------------------------------------------ 23.5 output inside input
def test_inputs_are_never_taken_from_the_output_folder(env: dict[str, str], tmp_path: Path) -> None:
    folder = tree(tmp_path, 3)
    out = folder / "results"
    for args in (
        ["general", str(folder), "--out", str(out), "--save", "png"],
        ["general", f"{folder}/**/*.png", "--out", str(out), "--save", "png"],
    ):
        for _ in range(2):
            result = cli(args, env)
            assert result.exit_code == 0, result.output
        assert "0 done, 3 skipped, 0 failed of 3" in result.stderr  # before: 3 more, then 6
        assert "3 file(s) inside the output folder ignored" in result.stderr
        assert not (out / "results").exists()
        assert len(list(out.rglob("*.boxes.png"))) == 3
    only_outputs = cli(["general", str(out), "--out", str(out)], env)
    assert only_outputs.exit_code == 2 and "inside the output folder" in only_outputs.output


# ------------------------------------------------------------------ 20.5 stdin
def test_stdin_names_answers_like_a_folder_and_resume_recognises_them(
    env: dict[str, str], tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    folder, out = tree(tmp_path, 4), tmp_path / "out"
    assert cli(["general", str(folder), "--out", str(out)], env).exit_code == 0
    before = answers(out)
    assert "sub/a1.png.json" in before
    listing = "".join(f"{p}\n" for p in sorted(folder.rglob("*.png")))  # as `find` prints
    result = cli(["general", "-", "--out", str(out)], env, stdin=listing)
    assert result.exit_code == 0, result.output
    assert "0 done, 4 skipped" in result.stderr  # before: re-sent, stored twice
    assert answers(out) == before
    assert len(index_lines(out)) == 4

    fresh = tmp_path / "fresh"
    monkeypatch.chdir(tmp_path)  # relative paths, as `find in -name '*.png'` prints them
    relative = "".join(f"{p.relative_to(tmp_path)}\n" for p in sorted(folder.rglob("*.png")))
    assert cli(["general", "-", "--out", str(fresh)], env, stdin=relative).exit_code == 0
    assert answers(fresh) == before
    again = cli(["general", "-", "--out", str(fresh)], env, stdin=relative)
    assert "0 done, 4 skipped" in again.stderr


# ------------------------------------------------------------------ 23.7 symlink duplicates
def test_a_symlink_given_with_its_target_is_reported(env: dict[str, str], tmp_path: Path) -> None:
    folder, out = tree(tmp_path, 2), tmp_path / "out"
    link = folder / "link.png"
    link.symlink_to(folder / "a0.png")
    result = cli(["general", str(folder / "a0.png"), str(link), "--out", str(out)], env)
    assert result.exit_code == 0, result.output
    assert "1 done, 0 skipped, 0 failed of 1" in result.stderr
    assert f"1 input(s) given twice, sent once: {link} (same file as {folder / 'a0.png'})" in (
        result.stderr
    )
    single = cli(["general", str(folder / "a0.png"), str(link)], env)  # no --out: said too
    assert single.exit_code == 0 and "given twice" in single.stderr
