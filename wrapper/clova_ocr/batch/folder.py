"""The batch output folder: answers, ``index.jsonl``, ``errors.jsonl``; resumable after a crash.

Layout (the contract replay builds on)::

    DIR/<key>.json      the service's raw JSON answer (also for per-image FAILURE/ERROR)
    DIR/index.jsonl     one line per answer, appended after the answer file is in place
                        (``duplicate_of``: the answer of identical bytes under another
                        name, copied instead of calling again)
    DIR/errors.jsonl    one line per input that got no 200 answer
    DIR/checks.jsonl    with ``--checks``: each answer's validity checks
    DIR/review.jsonl    with ``--review-below``: whether each answer needs review, and why

Crash safety, in write order: extra files (``--save``) and then the answer are written to a
temporary file in the same folder and renamed into place (``os.replace`` is atomic), then
the index line is appended, flushed and fsynced. So at any kill point an answer file is
either whole or absent; an answer without its index line (killed between rename and
append) is indexed on the next run without calling the service again; a half-appended last
index line is cut off; stale temporary files are removed.
"""

from __future__ import annotations

import contextlib
import hashlib
import json
import os
import tempfile
from pathlib import Path
from typing import Any, TextIO

from .inputs import Source
from .secrets import Scrubber

TMP_SUFFIX = ".clova-tmp"
INDEX = "index.jsonl"
ERRORS = "errors.jsonl"
CHECKS = "checks.jsonl"
REVIEW = "review.jsonl"


def atomic_write(path: Path, data: bytes) -> None:
    """Write ``data`` to ``path`` so that a reader (or a crash) never sees half of it."""
    path.parent.mkdir(parents=True, exist_ok=True)
    fd, tmp = tempfile.mkstemp(dir=path.parent, prefix=f".{path.name}.", suffix=TMP_SUFFIX)
    try:
        with os.fdopen(fd, "wb") as stream:
            stream.write(data)
            stream.flush()
            os.fsync(stream.fileno())
        os.replace(tmp, path)
    except BaseException:
        with contextlib.suppress(OSError):
            os.unlink(tmp)
        raise


def file_sha256(path: str) -> tuple[str, int]:
    """Hex sha256 and size of a file's bytes (what is uploaded for it)."""
    with open(path, "rb") as stream:
        digest = hashlib.file_digest(stream, "sha256")
        return digest.hexdigest(), stream.tell()


def first_infer_result(raw: Any) -> str | None:
    images = raw.get("images") if isinstance(raw, dict) else None
    first = images[0] if isinstance(images, list) and images else None
    value = first.get("inferResult") if isinstance(first, dict) else None
    return value if isinstance(value, str) else None


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
        self._logs: dict[str, TextIO] = {}

    # ------------------------------------------------------------------ opening
    def open(self) -> OutputFolder:
        """Create the folder, clean up after a crash, and load the index."""
        self.root.mkdir(parents=True, exist_ok=True)
        for stale in self.root.rglob(f"*{TMP_SUFFIX}"):
            with contextlib.suppress(OSError):
                stale.unlink()
        index = self.root / INDEX
        self._cut_partial_line(index)
        for log in (ERRORS, CHECKS, REVIEW):
            self._cut_partial_line(self.root / log)
        if index.exists():
            for line in index.read_text(encoding="utf-8").splitlines():
                try:
                    entry = json.loads(line)
                except ValueError:
                    continue
                if isinstance(entry, dict) and isinstance(entry.get("answer"), str):
                    self.indexed.add(entry["answer"])
                    if isinstance(entry.get("sha256"), str):
                        self.by_digest.setdefault(entry["sha256"], entry["answer"])
        self._index = index.open("a", encoding="utf-8")
        return self

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
        for stream in (self._index, self._errors, *self._logs.values()):
            if stream is not None:
                stream.close()
        self._index = self._errors = None
        self._logs = {}

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

    def write_error(self, source: Source, error: BaseException) -> None:
        """One line of ``errors.jsonl`` for an input that got no 200 answer."""
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
        self._errors.write(self.scrub.dumps(entry) + "\n")
        self._errors.flush()
        os.fsync(self._errors.fileno())

    def _input(self, source: Source) -> str:
        return self.scrub.url(source.image) if source.is_url else source.key

    def write_line(self, name: str, source: Source, entry: dict[str, Any]) -> None:
        """Append ``{"input", "answer", **entry}`` to ``DIR/<name>`` (``checks.jsonl``…)."""
        stream = self._logs.get(name)
        if stream is None:
            stream = self._logs[name] = (self.root / name).open("a", encoding="utf-8")
        line = {"input": self._input(source), "answer": source.answer, **entry}
        stream.write(self.scrub.dumps(line) + "\n")
        stream.flush()
        os.fsync(stream.fileno())
