"""Answer uploads with real, recorded answers before the recognizer runs.

A recording is the folder ``clova-ocr <product> INPUTS --out DIR`` writes against the real
service: one ``<input>.json`` per input (the service's raw answer) and ``index.jsonl``, one
line per answer with the sha256 of the uploaded image bytes and the product. Replay keys on
``(product, sha256 of the upload)``: the same image sent to the same product gets the same
recorded answer, with the request's own ``requestId``, image ``name`` and a fresh
``timestamp``. Anything else falls through to the recognizer.

Every recorded answer is checked against the 200 response schema of its product in
``openapi.yaml`` when it is loaded. A mismatch does not stop the mock (the answer is still what
the service really said, so it is served as recorded): it is listed in :attr:`Answers.problems`
and logged, which is how a team notices that the service changed under its recording.
``Answers.load(folder, strict=True)`` turns mismatches into an :class:`AnswersError` instead.
"""

from __future__ import annotations

import copy
import hashlib
import json
import logging
import os
import time
from collections.abc import Iterator, Mapping
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from .products import by_name, by_route
from .spec import validator

logger = logging.getLogger("clova_ocr_mock")

INDEX_FILE = "index.jsonl"

_MAX_ERRORS_PER_ANSWER = 5


class AnswersError(Exception):
    """A recording folder that cannot be replayed (or, when strict, does not match the spec)."""


class ReplayMismatchWarning(UserWarning):
    """A recorded answer no longer matches ``openapi.yaml`` (the service may have changed)."""


def product_of(route: str) -> str | None:
    """The registry name for a route tail such as ``document/receipt`` (``None`` if unknown)."""
    product = by_route(route)
    return product.name if product else None


@dataclass(frozen=True)
class Recording:
    """One recorded answer and the input it was recorded for."""

    product: str
    sha256: str
    input: str
    answer: str  #: path of the answer file, relative to the recording folder
    body: dict[str, Any]


@dataclass(frozen=True)
class AnswerProblem:
    """A recorded answer that is unreadable or no longer matches the spec."""

    answer: str  #: path of the answer file, relative to the recording folder
    product: str
    errors: tuple[str, ...]

    def __str__(self) -> str:
        return f"{self.answer} ({self.product}): {'; '.join(self.errors)}"


def _response_schema(product: str) -> str:
    """Name of the component schema of ``product``'s 200 answer, read from the spec's paths."""
    found = by_name(product)
    assert found is not None  # checked by the caller
    return found.response_schema


def spec_errors(product: str, body: Any) -> tuple[str, ...]:
    """Why ``body`` is not a valid 200 answer of ``product`` per ``openapi.yaml`` (empty: valid)."""
    found = sorted(
        validator(_response_schema(product)).iter_errors(body), key=lambda e: list(e.path)
    )
    messages = [f"{error.json_path}: {_shorten(error.message)}" for error in found]
    if len(messages) > _MAX_ERRORS_PER_ANSWER:
        extra = len(messages) - _MAX_ERRORS_PER_ANSWER
        messages = [*messages[:_MAX_ERRORS_PER_ANSWER], f"… and {extra} more"]
    return tuple(messages)


def _shorten(text: str, limit: int = 160) -> str:
    return text if len(text) <= limit else text[: limit - 1] + "…"


def _index_lines(path: Path) -> Iterator[dict[str, Any]]:
    """The index's entries; lines that do not parse (a crash mid-append) are skipped."""
    with path.open(encoding="utf-8") as lines:
        for number, line in enumerate(lines, start=1):
            if not line.strip():
                continue
            try:
                entry = json.loads(line)
            except ValueError:
                logger.warning("%s line %d does not parse; skipped", path, number)
                continue
            if isinstance(entry, dict):
                yield entry


class Answers:
    """Recorded answers of one folder, looked up by product and sha256 of the uploaded bytes."""

    def __init__(
        self,
        folder: Path,
        recordings: Mapping[tuple[str, str], Recording],
        problems: tuple[AnswerProblem, ...] = (),
    ) -> None:
        self.folder = folder
        self._recordings = dict(recordings)
        #: Answers that could not be read or no longer match ``openapi.yaml``.
        self.problems = problems

    @classmethod
    def load(cls, folder: str | os.PathLike[str], *, strict: bool = False) -> Answers:
        """Read ``folder/index.jsonl`` and every answer it names; check each against the spec.

        Index lines without a ``sha256`` (URL inputs: the mock does not download URLs) are not
        replayable and are skipped. The last line per ``answer`` wins, as the batch writer
        appends. Raises :class:`AnswersError` when the folder has no index, or with
        ``strict=True`` when any answer is unreadable or off-spec.
        """
        root = Path(folder)
        index = root / INDEX_FILE
        if not index.is_file():
            raise AnswersError(
                f"{root} is not a recording: no {INDEX_FILE} (record with the batch command's --out)"
            )
        current: dict[str, dict[str, Any]] = {}
        for entry in _index_lines(index):
            answer = entry.get("answer")
            if isinstance(answer, str):
                current[answer] = entry
        recordings: dict[tuple[str, str], Recording] = {}
        problems: list[AnswerProblem] = []
        for answer, entry in current.items():
            product, digest = entry.get("product"), entry.get("sha256")
            if not isinstance(digest, str):
                continue
            if not isinstance(product, str) or by_name(product) is None:
                problems.append(
                    AnswerProblem(answer, str(product), (f"unknown product {product!r}",))
                )
                continue
            assert isinstance(product, str)
            body, errors = _read_answer(root, answer, product)
            if errors:
                problems.append(AnswerProblem(answer, product, errors))
            if body is not None:
                recordings[(product, digest.lower())] = Recording(
                    product, digest.lower(), str(entry.get("input", "")), answer, body
                )
        answers = cls(root, recordings, tuple(problems))
        if strict and answers.problems:
            raise AnswersError(answers.report())
        return answers

    def __len__(self) -> int:
        return len(self._recordings)

    def __repr__(self) -> str:
        return f"Answers({str(self.folder)!r}, recorded={len(self)}, problems={len(self.problems)})"

    def report(self) -> str:
        """A human-readable list of :attr:`problems` (empty string when there are none)."""
        if not self.problems:
            return ""
        lines = [
            f"{len(self.problems)} recorded answer(s) in {self.folder} no longer match openapi.yaml "
            "or cannot be read (the service may have changed; re-record or update the spec):"
        ]
        lines += [f"  - {problem}" for problem in self.problems]
        return "\n".join(lines)

    def lookup(self, product: str, data: bytes) -> Recording | None:
        """The recording for these uploaded bytes sent to ``product`` (registry name), if any."""
        return self._recordings.get((product, hashlib.sha256(data).hexdigest()))

    def reply(self, route: str, message: Mapping[str, Any], data: bytes | None) -> Any | None:
        """The recorded answer for this request, made fresh; ``None`` to use the recognizer.

        ``route`` is the path after the Invoke URL (``general``, ``document/receipt``…),
        ``data`` the uploaded image bytes (``None`` for a URL image). Only the request's own
        ``requestId``, image ``name`` and a new ``timestamp`` are put in: nothing from the
        request's headers is ever echoed.
        """
        product = product_of(route)
        if product is None or data is None:
            return None
        recording = self.lookup(product, data)
        if recording is None:
            return None
        body = copy.deepcopy(recording.body)
        if "requestId" in message:
            body["requestId"] = message["requestId"]
        body["timestamp"] = time.time_ns() // 1_000_000
        images = message.get("images")
        first = images[0] if isinstance(images, list) and images else None
        name = first.get("name") if isinstance(first, dict) else None
        if isinstance(name, str) and isinstance(body.get("images"), list):
            for image in body["images"]:
                if isinstance(image, dict):
                    image["name"] = name
        return body


def _read_answer(
    root: Path, answer: str, product: str
) -> tuple[dict[str, Any] | None, tuple[str, ...]]:
    """The answer file's JSON and its spec errors (body ``None`` when it cannot be used)."""
    path = (root / answer).resolve()
    if not path.is_relative_to(root.resolve()):
        return None, ("answer path points outside the recording folder",)
    try:
        body = json.loads(path.read_text(encoding="utf-8"))
    except FileNotFoundError:
        return None, ("answer file is missing",)
    except (OSError, ValueError) as exc:
        return None, (f"answer file is not readable JSON ({type(exc).__name__})",)
    if not isinstance(body, dict):
        return None, ("answer is not a JSON object",)
    return body, spec_errors(product, body)


def open_answers(source: str | os.PathLike[str] | Answers | None) -> Answers | None:
    """What ``create_app(answers=...)`` replays from: a loaded :class:`Answers` as is, or a
    folder, loaded here with each problem logged (a caller that loads the folder itself gets
    :attr:`Answers.problems` and reports them its own way)."""
    if source is None or isinstance(source, Answers):
        return source
    answers = Answers.load(source)
    for problem in answers.problems:
        logger.warning("recorded answer does not match openapi.yaml: %s", problem)
    return answers
