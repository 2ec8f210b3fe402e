"""A content-addressed answer store: the same bytes, product and options are paid for once.

``ClovaOCR(cache="~/.cache/clova-ocr")`` looks every upload up before calling: the key is the
sha256 of the image bytes, the product, the options that change the answer (``lang``,
``tables``, ``template_ids``) and the protocol version (``V2``/``V1``). A hit returns the
stored answer with ``result.http.cached`` set and no call made. Only answers whose every page
was read are stored (an ``ERROR`` page may be transient); URL images are never cached (their
bytes are not seen).

:class:`FolderStore` lays its folder out as a batch output folder does (``index.jsonl`` with
``answer``, ``sha256``, ``product``; answers as JSON files), so the mock replays it as it is:
``clova-ocr mock serve --answers STORE``. What is written is the service's answer and those
index fields: no header, secret or Invoke URL.
"""

from __future__ import annotations

import copy
import hashlib
import json
import os
import threading
from dataclasses import dataclass
from datetime import timedelta
from pathlib import Path
from typing import TYPE_CHECKING, Any, Protocol, TypeVar, runtime_checkable

import httpx

from ._files import INDEX, atomic_write, first_infer_result
from .results import HTTPInfo, OCRResult, result_class

if TYPE_CHECKING:
    from ._call import Call

ResultT = TypeVar("ResultT", bound=OCRResult[Any])

#: Bumped when the key's recipe changes, so old entries are not misread.
KEY_FORMAT = 1


def cache_key(digest: str, call: Call[Any]) -> str:
    """The store key of ``call`` for image bytes whose sha256 is ``digest``."""
    recipe = {
        "format": KEY_FORMAT,
        "sha256": digest,
        "product": call.product.name,
        "version": call.version,
        "lang": call.lang,
        "tables": call.tables,
        "template_ids": call.template_ids,
    }
    return hashlib.sha256(json.dumps(recipe, sort_keys=True).encode()).hexdigest()


@runtime_checkable
class AnswerStore(Protocol):
    """Where answers are kept; any object with these two methods will do (a dict-backed
    store in tests, a shared key-value service in production)."""

    def get(self, key: str) -> dict[str, Any] | None:
        """The answer stored under ``key``, or ``None``."""
        ...

    def put(self, key: str, raw: dict[str, Any], *, product: str, sha256: str, name: str) -> None:
        """Keep ``raw``, the answer of ``product`` for bytes of this ``sha256``."""
        ...


class FolderStore:
    """Answers as ``ROOT/<key[:2]>/<key>.json``, indexed in ``ROOT/index.jsonl``."""

    def __init__(self, root: str | os.PathLike[str]) -> None:
        self.root = Path(root).expanduser()
        self._lock = threading.Lock()

    def __repr__(self) -> str:
        return f"FolderStore({str(self.root)!r})"

    def _answer(self, key: str) -> str:
        return f"{key[:2]}/{key}.json"

    def get(self, key: str) -> dict[str, Any] | None:
        try:
            raw = json.loads((self.root / self._answer(key)).read_text(encoding="utf-8"))
        except (OSError, ValueError):
            return None  # absent, or damaged: the call is made again and the entry rewritten
        return raw if isinstance(raw, dict) else None

    def put(self, key: str, raw: dict[str, Any], *, product: str, sha256: str, name: str) -> None:
        answer = self._answer(key)
        atomic_write(self.root / answer, json.dumps(raw, ensure_ascii=False).encode("utf-8"))
        entry = {
            "input": name,
            "answer": answer,
            "sha256": sha256,
            "product": product,
            "inferResult": first_infer_result(raw),
        }
        with self._lock, (self.root / INDEX).open("a", encoding="utf-8") as index:
            index.write(json.dumps(entry, ensure_ascii=False) + "\n")


def open_store(cache: str | os.PathLike[str] | AnswerStore | None) -> AnswerStore | None:
    """What ``ClovaOCR(cache=...)`` takes: a folder (a :class:`FolderStore`) or a store."""
    if cache is None or isinstance(cache, AnswerStore):
        return cache
    return FolderStore(cache)


@dataclass(frozen=True)
class CacheSlot:
    """Where one call's answer is (or goes) in the store."""

    key: str
    digest: str  #: sha256 of the uploaded bytes (what the mock's replay keys on)

    @classmethod
    def of(cls, call: Call[Any]) -> CacheSlot | None:
        """The slot of ``call``; ``None`` for a URL image (its bytes are never seen)."""
        if call.image.url is not None:
            return None
        with call.image.open() as stream:
            digest = hashlib.file_digest(stream, "sha256").hexdigest()  # type: ignore[arg-type]
        return cls(cache_key(digest, call), digest)

    def result(self, call: Call[ResultT], stored: dict[str, Any]) -> ResultT:
        """The stored answer as ``call``'s result: its own ``requestId`` and image name
        (as the mock's replay does), ``http.cached`` set, no call counted."""
        raw = copy.deepcopy(stored)
        raw["requestId"] = call.request_id
        for image in raw.get("images") or []:
            if isinstance(image, dict):
                image["name"] = call.image.name
        return result_class(call.product)(
            raw,
            request_id=call.request_id,
            product=call.product,
            http=HTTPInfo(
                status_code=200,
                headers=httpx.Headers(),
                elapsed=timedelta(0),
                attempts=0,
                request_id=call.request_id,
                calls=0,
                cached=True,
            ),
        )
