"""The batch output folder: answers, ``index.jsonl``, ``errors.jsonl``; resumable after a crash.

Layout (the contract replay builds on)::

    DIR/<key>.json      the service's raw JSON answer (also for per-image FAILURE/ERROR)
    DIR/index.jsonl     one line per answer, appended after the answer file is in place
                        (``duplicate_of``: the answer of identical bytes under another
                        name, copied instead of calling again)
    DIR/errors.jsonl    the inputs whose latest attempt got no 200 answer, one line each:
                        the current state, not a log (an input answered by a later run
                        leaves it, one failing again replaces its line; gone when empty)
    DIR/checks.jsonl    with ``--checks``: each answer's validity checks
    DIR/review.jsonl    with ``--review-below``: whether each answer needs review, and why
    DIR/.clova-ocr.lock while a batch writes here (see lock.py)

Crash safety, in write order: extra files (``--save``) and then the answer are written to a
temporary file in the same folder and renamed into place (``os.replace`` is atomic), then
the index line is appended, flushed and fsynced. So at any kill point an answer file is
either whole or absent; an answer without its index line (killed between rename and
append) is indexed on the next run without calling the service again; a half-appended last
index line is cut off; stale temporary files are removed. A full disk fails the write
(:func:`is_disk_full`), leaves no temporary file, and the next run resumes the same way.

File modes: every file written here is created like any other program's, 0666 minus the
umask (0644 under the usual umask 022); folders 0777 minus the umask. To keep answers
private, run with ``umask 077`` or give an ``--out`` inside a private folder.

Temporary names are short (``.<12 hex>.clova-tmp``), so they fit wherever the final name
fits; an input whose answer name is over the file system's limit fails alone
(:class:`NameTooLong`), before any call is made for it.
"""

from __future__ import annotations

import contextlib
import errno
import hashlib
import json
import os
from pathlib import Path
from typing import Any, TextIO

from .._files import INDEX, TMP_SUFFIX, atomic_write, first_infer_result
from .inputs import Source
from .jsontext import json_text
from .lock import FolderLock
from .secrets import Scrubber

ERRORS = "errors.jsonl"
CHECKS = "checks.jsonl"
REVIEW = "review.jsonl"
#: errno values meaning "no room to write": the batch stops instead of failing every input.
DISK_FULL = frozenset({errno.ENOSPC, errno.EDQUOT})


class NameTooLong(OSError):
    """An input's answer file name is longer than the output folder's file system allows."""


def is_disk_full(error: BaseException) -> bool:
    return isinstance(error, OSError) and error.errno in DISK_FULL


def file_sha256(path: str) -> tuple[str, int]:
    """Hex sha256 and size of a file's bytes (what is uploaded for it)."""
    with open(path, "rb") as stream:
        digest = hashlib.file_digest(stream, "sha256")
        return digest.hexdigest(), stream.tell()


def _json_lines(path: Path) -> list[dict[str, Any]]:
    """The JSON objects of a ``.jsonl`` file (lines that are not one are skipped)."""
    try:
        text = path.read_text(encoding="utf-8", errors="replace")
    except FileNotFoundError:
        return []
    entries = []
    for line in text.splitlines():
        with contextlib.suppress(ValueError):
            entry = json.loads(line)
            if isinstance(entry, dict):
                entries.append(entry)
    return entries


def _read_json(path: Path) -> Any:
    try:
        return json.loads(path.read_text(encoding="utf-8"))
    except (OSError, ValueError):
        return None


class OutputFolder:
    """Writes a batch's results into ``root`` and knows which inputs are already answered."""

    def __init__(self, root: str | os.PathLike[str], product: str, scrub: Scrubber) -> None:
        self.root = Path(root)
        self.product = product
        self.scrub = scrub
        self.indexed: set[str] = set()
        #: sha256 of an input's bytes → the answer already saved for them (batch dedupe).
        self.by_digest: dict[str, str] = {}
        self._digests: dict[str, tuple[str, int]] = {}
        self._index: TextIO | None = None
        self._errors: TextIO | None = None
        self._failures: dict[str, str] = {}  #: input -> its errors.jsonl line (the latest)
        self._answered_inputs: set[str] = set()
        self._errors_stale = False  #: errors.jsonl holds lines no longer current
        self._lock = FolderLock(self.root)
        self._name_max = 255
        self._logs: dict[str, TextIO] = {}

    # ------------------------------------------------------------------ opening
    def open(self) -> OutputFolder:
        """Lock the folder (:class:`~.lock.FolderLocked` if another batch holds it), clean
        up after a crash, and load the index and the current errors."""
        self.root.mkdir(parents=True, exist_ok=True)
        self._lock.acquire()
        try:
            self._load()
        except BaseException:
            self._lock.release()
            raise
        return self

    def _load(self) -> None:
        with contextlib.suppress(OSError, ValueError):
            self._name_max = os.pathconf(self.root, "PC_NAME_MAX")
        for stale in self.root.rglob(f"*{TMP_SUFFIX}"):
            with contextlib.suppress(OSError):
                stale.unlink()
        index = self.root / INDEX
        self._cut_partial_line(index)
        for log in (ERRORS, CHECKS, REVIEW):
            self._cut_partial_line(self.root / log)
        entries = [e for e in _json_lines(index) if isinstance(e.get("answer"), str)]
        latest = {entry["answer"]: entry for entry in entries}  # the last line of each wins
        if len(latest) != len(entries):  # two runs at once (before the lock) indexed twice
            atomic_write(index, "".join(f"{json_text(e)}\n" for e in latest.values()).encode())
        for answer, entry in latest.items():
            self.indexed.add(answer)
            self._answered_inputs.add(str(entry.get("input")))
            if isinstance(entry.get("sha256"), str):
                self.by_digest.setdefault(entry["sha256"], answer)
        lines = 0
        for entry in _json_lines(self.root / ERRORS):
            lines += 1
            key = str(entry.get("input"))
            self._failures.pop(key, None)  # the last line of an input wins
            if key not in self._answered_inputs:
                self._failures[key] = json_text(entry)
        self._errors_stale = lines != len(self._failures)
        self._rewrite_errors()
        self._index = index.open("a", encoding="utf-8")

    @staticmethod
    def _cut_partial_line(path: Path) -> None:
        """Drop a last line without its newline (the process died while appending it)."""
        if not path.exists():
            return
        data = path.read_bytes()
        if data and not data.endswith(b"\n"):
            with path.open("r+b") as stream:
                stream.truncate(data.rfind(b"\n") + 1)
                stream.flush()
                os.fsync(stream.fileno())

    def close(self) -> None:
        """Close the files (a full disk may refuse their last flush: the next run repairs
        what was cut), bring ``errors.jsonl`` up to date and release the folder."""
        for stream in (self._index, self._errors, *self._logs.values()):
            if stream is not None:
                with contextlib.suppress(OSError):
                    stream.close()
        self._index = self._errors = None
        self._logs = {}
        with contextlib.suppress(OSError):
            self._rewrite_errors()
        self._lock.release()

    def _rewrite_errors(self) -> None:
        """Make ``errors.jsonl`` hold exactly the current failures (removed when none)."""
        if not self._errors_stale:
            return
        path = self.root / ERRORS
        if self._failures:
            atomic_write(path, "".join(f"{line}\n" for line in self._failures.values()).encode())
        else:
            with contextlib.suppress(FileNotFoundError):
                path.unlink()
        self._errors_stale = False

    def __enter__(self) -> OutputFolder:
        return self.open()

    def __exit__(self, *exc_info: object) -> None:
        self.close()

    # ------------------------------------------------------------------ resume
    def is_answered(self, source: Source) -> bool:
        """Whether ``source`` has its answer here; indexes one whose line a crash lost.

        An indexed answer file is whole (it was renamed into place before its line was
        appended), so only an unindexed one is read, to index it without calling again.
        """
        path = self.root / source.answer
        if source.answer in self.indexed:
            return path.is_file()
        raw = _read_json(path)
        if not isinstance(raw, dict):
            return False
        self._append_index(source, raw)
        return True

    def name_problem(self, source: Source, suffixes: tuple[str, ...] = ()) -> NameTooLong | None:
        """Why ``source``'s answer (or a file ending in one of ``suffixes`` beside it) cannot
        be saved here under its name, if it cannot."""
        longest = max((".json", *suffixes), key=lambda suffix: len(suffix.encode()))
        for part in Path(f"{source.key}{longest}").parts:
            size = len(os.fsencode(part))
            if size > self._name_max:
                return NameTooLong(
                    errno.ENAMETOOLONG,
                    f"its file name in the output folder would be {size} bytes, over the"
                    f" {self._name_max} this file system allows; rename it and run again",
                )
        return None

    # ------------------------------------------------------------------ writing
    def path(self, source: Source, suffix: str = ".json") -> Path:
        return self.root / f"{source.key}{suffix}"

    def write_extra(self, source: Source, suffix: str, data: bytes) -> None:
        """A file beside the answer (``a.png.txt``…), written atomically."""
        atomic_write(self.path(source, suffix), data)

    def write_answer(self, source: Source, raw: dict[str, Any]) -> None:
        """Save the raw answer, then index it (in this order: see the module's docstring)."""
        text = self.scrub.dumps(raw, indent=1)
        atomic_write(self.path(source), text.encode("utf-8"))
        self._append_index(source, raw)

    def _input(self, source: Source) -> str:
        return self.scrub.url(source.image) if source.is_url else source.key

    def _stored_input(self, source: Source) -> str:
        """``source``'s ``input`` as a line written here reads back (scrubbed, escaped)."""
        return str(json.loads(self.scrub.dumps(self._input(source))))

    def digest(self, source: Source) -> str | None:
        """sha256 of a file input's bytes (read once per run), ``None`` for a URL."""
        if source.is_url:
            return None
        if source.image not in self._digests:
            self._digests[source.image] = file_sha256(source.image)
        return self._digests[source.image][0]

    def write_duplicate(self, source: Source, original: str) -> dict[str, Any] | None:
        """Save ``source``'s answer as a copy of ``original`` (an answer here for the same
        bytes), indexed with ``duplicate_of``; the answer, or ``None`` if it is unreadable."""
        raw = _read_json(self.root / original)
        if not isinstance(raw, dict):
            return None
        atomic_write(self.path(source), (self.root / original).read_bytes())
        self._append_index(source, raw, duplicate_of=original)
        return raw

    def _append_index(
        self, source: Source, raw: dict[str, Any], duplicate_of: str | None = None
    ) -> None:
        if source.is_url:
            digest, size = None, None
        else:
            self.digest(source)
            digest, size = self._digests[source.image]
        entry: dict[str, Any] = {
            "input": self._input(source),
            "answer": source.answer,
            "sha256": digest,
            "product": self.product,
            "inferResult": first_infer_result(raw),
            "bytes": size,
        }
        if duplicate_of is not None:
            entry["duplicate_of"] = duplicate_of
        if digest is not None:
            self.by_digest.setdefault(digest, source.answer)
        if self.scrub.redact is not None:  # the answer was redacted: so must its pictures be
            entry["redacted"] = sorted(self.scrub.redact.kinds)
        assert self._index is not None, "open() the folder first"
        self._index.write(self.scrub.dumps(entry) + "\n")
        self._index.flush()
        os.fsync(self._index.fileno())
        self.indexed.add(source.answer)
        if self._failures.pop(self._stored_input(source), None) is not None:
            self._errors_stale = True

    def write_error(self, source: Source, error: BaseException) -> None:
        """Record that ``source`` got no 200 answer (replacing an earlier line for it)."""
        if self._errors is None:
            self._errors = (self.root / ERRORS).open("a", encoding="utf-8")
        entry = {
            "input": self._input(source),
            "product": self.product,
            "code": getattr(error, "code", None) or type(error).__name__,
            "message": getattr(error, "message", None) or str(error),
            "traceId": getattr(error, "trace_id", None),
            "http_status": getattr(error, "http_status", None),
        }
        line = self.scrub.dumps(entry)
        self._errors.write(line + "\n")  # appended first: a crash keeps it
        self._errors.flush()
        os.fsync(self._errors.fileno())
        key = self._stored_input(source)
        if key in self._failures:
            self._errors_stale = True  # an older line for the same input is now in the file
            del self._failures[key]
        self._failures[key] = line

    def write_line(self, name: str, source: Source, entry: dict[str, Any]) -> None:
        """Append ``{"input", "answer", **entry}`` to ``DIR/<name>`` (``checks.jsonl``…)."""
        stream = self._logs.get(name)
        if stream is None:
            stream = self._logs[name] = (self.root / name).open("a", encoding="utf-8")
        line = {"input": self._input(source), "answer": source.answer, **entry}
        stream.write(self.scrub.dumps(line) + "\n")
        stream.flush()
        os.fsync(stream.fileno())
