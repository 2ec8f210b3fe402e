"""Expand the CLI's input arguments (files, folders, globs, ``-``, URLs) into batch sources.

Each source gets the key its answer is saved under in the output folder, by one rule: a
file's path relative to the folder it was found from. That is the folder argument for files
found in a folder, a glob's fixed prefix (the folders before the first wildcard), the
deepest folder holding every file listed on stdin (``-``; so ``find scans -type f | clova-ocr
general - --out DIR`` names answers as ``clova-ocr general scans --out DIR`` does), and the
file's own folder for a single file argument (so its name).
A URL's key is ``urls/<first 16 hex of the URL's sha256>``.

Files inside the output folder are never inputs (a ``--out`` inside the input folder would
otherwise send the previous run's ``--save png`` pictures again), and one file given twice
(a symlink and its target, say) is sent once; :class:`Inputs` says what was left out.
"""

from __future__ import annotations

import glob
import hashlib
import os
from collections.abc import Iterable, Iterator
from dataclasses import dataclass, field
from pathlib import Path
from typing import TextIO

from .._inputs import display_name, is_url

#: Files a folder or glob contributes (others, like .txt or .json, are ignored).
IMAGE_SUFFIXES = frozenset({".jpg", ".jpeg", ".png", ".pdf", ".tif", ".tiff"})
_MAGIC = frozenset("*?[")


class InputProblem(ValueError):
    """An argument names nothing usable (missing file, empty glob, URL not allowed…)."""


@dataclass(frozen=True)
class Source:
    """One input of a batch and where its answer goes."""

    image: str  #: a filesystem path or an http(s) URL
    key: str  #: output path relative to DIR, without ``.json``
    is_url: bool = False

    @property
    def answer(self) -> str:
        """The answer file's path relative to the output folder."""
        return f"{self.key}.json"


def url_key(url: str) -> str:
    return "urls/" + hashlib.sha256(url.encode("utf-8")).hexdigest()[:16]


def _is_image(path: Path) -> bool:
    return path.suffix.lower() in IMAGE_SUFFIXES and path.is_file()


def display(text: str) -> str:
    """``text`` printable in any encoding's strict mode: bytes of a file name that is not
    UTF-8 (kept by Python as lone surrogates) are shown as ``\\xNN``."""
    return display_name(text)


@dataclass
class Inputs:
    """What the input arguments name, and what was left out of it."""

    sources: list[Source] = field(default_factory=list)
    #: ``(dropped, kept)``: two arguments naming one file (a symlink and its target…)
    duplicates: list[tuple[Source, Source]] = field(default_factory=list)
    #: files found inside the output folder, which are never inputs
    in_output: list[Source] = field(default_factory=list)

    def notes(self) -> Iterator[str]:
        """One line per kind of input left out, for the run's summary."""
        if self.duplicates:
            pairs = ", ".join(
                f"{display(dropped.image)} (same file as {display(kept.image)})"
                for dropped, kept in self.duplicates
            )
            yield f"{len(self.duplicates)} input(s) given twice, sent once: {pairs}"
        if self.in_output:
            yield f"{len(self.in_output)} file(s) inside the output folder ignored as inputs"


def _folder(folder: Path) -> list[Source]:
    found = []
    for dirpath, dirnames, filenames in os.walk(folder, followlinks=False):
        dirnames[:] = sorted(d for d in dirnames if not d.startswith("."))
        for name in sorted(filenames):
            path = Path(dirpath, name)
            if not name.startswith(".") and _is_image(path):
                found.append(Source(str(path), path.relative_to(folder).as_posix()))
    return found


def _glob(pattern: str) -> list[Source]:
    parts = Path(pattern).parts
    fixed = next((i for i, part in enumerate(parts) if _MAGIC & set(part)), len(parts))
    base = Path(*parts[:fixed]) if fixed else Path(".")
    matches = sorted(Path(p) for p in glob.glob(pattern, recursive=True))
    return [Source(str(p), p.relative_to(base).as_posix()) for p in matches if _is_image(p)]


def _one(argument: str, allow_urls: bool) -> list[Source]:
    if is_url(argument):
        if not allow_urls:
            raise InputProblem(
                f"this product takes image bytes, not URLs; download it first: {argument}"
            )
        return [Source(argument, url_key(argument), is_url=True)]
    path = Path(argument)
    if path.is_dir():
        return _folder(path)
    if path.is_file():
        return [Source(argument, path.name)]
    if _MAGIC & set(argument):
        found = _glob(argument)
        if not found:
            raise InputProblem(f"no image matches {argument}")
        return found
    raise InputProblem(f"no such file or folder: {argument}")


def _listed(lines: Iterable[str], allow_urls: bool) -> list[Source]:
    """The inputs listed one per line (``-``); files are keyed relative to their common
    folder, as if that folder had been given (see the module's docstring)."""
    wanted = [line for line in (raw.strip() for raw in lines) if line and line[0] != "#"]
    files = {line for line in wanted if not is_url(line) and Path(line).is_file()}
    base = os.path.commonpath([os.path.dirname(os.path.abspath(f)) for f in files] or ["."])
    sources: list[Source] = []
    for line in wanted:
        if line in files:
            key = Path(os.path.relpath(os.path.abspath(line), base)).as_posix()
            sources.append(Source(line, key))
        else:
            sources.extend(_one(line, allow_urls))
    return sources


def _inside(path: str, folder: str) -> bool:
    return os.path.commonpath([os.path.realpath(path), folder]) == folder


def collect(
    arguments: Iterable[str],
    *,
    stdin: TextIO | None,
    allow_urls: bool,
    output: str | os.PathLike[str] | None = None,
) -> Inputs:
    """Every source named by ``arguments`` (``-`` reads one path or URL per line of stdin),
    but files inside the ``output`` folder; one file named twice is kept once.

    Raises :class:`InputProblem` for arguments that name nothing, and when two different
    inputs would be saved under the same name.
    """
    found: list[Source] = []
    for argument in arguments:
        if argument == "-":
            if stdin is None:
                raise InputProblem("'-' (read inputs from stdin) is not available here")
            found.extend(_listed(stdin, allow_urls))
        else:
            found.extend(_one(argument, allow_urls))
    inputs = Inputs()
    out = os.path.realpath(output) if output is not None else None
    unique: dict[str, Source] = {}
    kept: dict[str, Source] = {}
    for source in found:
        if out is not None and not source.is_url and _inside(source.image, out):
            inputs.in_output.append(source)
            continue
        identity = source.image if source.is_url else os.path.realpath(source.image)
        first = kept.get(identity)
        if first is not None:
            if first.image != source.image:
                inputs.duplicates.append((source, first))
            continue
        kept[identity] = source
        clash = unique.get(source.key)
        if clash is not None:
            raise InputProblem(
                f"{clash.image} and {source.image} would both be saved as {source.answer}; "
                "pass their common folder instead"
            )
        unique[source.key] = source
    inputs.sources = list(unique.values())
    return inputs


def expand(arguments: Iterable[str], *, stdin: TextIO | None, allow_urls: bool) -> list[Source]:
    """The sources of :func:`collect` (with no output folder to leave out)."""
    return collect(arguments, stdin=stdin, allow_urls=allow_urls).sources
