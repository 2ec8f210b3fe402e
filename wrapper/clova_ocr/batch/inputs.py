"""Expand the CLI's input arguments (files, folders, globs, ``-``, URLs) into batch sources.

Each source gets the key its answer is saved under in the output folder: the path relative
to the folder argument for files found in a folder (or under a glob's fixed prefix), the
file name for a single file, ``urls/<first 16 hex of the URL's sha256>`` for a URL.
"""

from __future__ import annotations

import glob
import hashlib
import os
from collections.abc import Iterable
from dataclasses import dataclass
from pathlib import Path
from typing import TextIO

from .._inputs import is_url

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


def expand(arguments: Iterable[str], *, stdin: TextIO | None, allow_urls: bool) -> list[Source]:
    """Every source named by ``arguments`` (``-`` reads one path or URL per line of stdin).

    Raises :class:`InputProblem` for arguments that name nothing, and when two different
    inputs would be saved under the same name.
    """
    sources: list[Source] = []
    for argument in arguments:
        if argument == "-":
            if stdin is None:
                raise InputProblem("'-' (read inputs from stdin) is not available here")
            lines = (line.strip() for line in stdin)
            for line in lines:
                if line and not line.startswith("#"):
                    sources.extend(_one(line, allow_urls))
        else:
            sources.extend(_one(argument, allow_urls))
    unique: dict[str, Source] = {}
    seen: set[str] = set()
    for source in sources:
        identity = source.image if source.is_url else os.path.realpath(source.image)
        if identity in seen:
            continue
        seen.add(identity)
        clash = unique.get(source.key)
        if clash is not None:
            raise InputProblem(
                f"{clash.image} and {source.image} would both be saved as {source.answer}; "
                "pass their common folder instead"
            )
        unique[source.key] = source
    return list(unique.values())
