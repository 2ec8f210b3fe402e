"""One batch at a time per output folder: ``DIR/.clova-ocr.lock``.

Two runs writing the same ``--out`` would send every input twice and index every answer
twice, so :class:`FolderLock` makes the second one stop and say who holds the folder.
The lock is an advisory ``flock`` on the lock file: the kernel drops it when its holder
dies, however it dies, so a lock left behind by a killed run (its pid is dead) is simply
taken over. The file also names its holder (pid, host, start time) for the message.
"""

from __future__ import annotations

import contextlib
import errno
import json
import os
import socket
import time
from dataclasses import dataclass
from pathlib import Path

from .._files import FILE_MODE

LOCK_FILE = ".clova-ocr.lock"

try:
    import fcntl
except ImportError:  # pragma: no cover - not POSIX: the holder's pid is all there is
    fcntl = None  # type: ignore[assignment]


@dataclass(frozen=True)
class Holder:
    """Who holds an output folder, as its lock file says."""

    pid: int | None = None
    host: str | None = None
    started: str | None = None

    def describe(self) -> str:
        parts = [f"pid {self.pid}" if self.pid else "an unknown process"]
        if self.host:
            parts.append(f"on {self.host}")
        if self.started:
            parts.append(f"since {self.started}")
        return " ".join(parts)

    @classmethod
    def read(cls, path: Path) -> Holder:
        try:
            data = json.loads(path.read_text(encoding="utf-8"))
        except (OSError, ValueError):
            return cls()
        if not isinstance(data, dict):
            return cls()
        pid, host, started = data.get("pid"), data.get("host"), data.get("started")
        return cls(
            pid if isinstance(pid, int) else None,
            host if isinstance(host, str) else None,
            started if isinstance(started, str) else None,
        )


class FolderLocked(Exception):
    """Another batch is writing to this output folder."""

    def __init__(self, root: Path, holder: Holder) -> None:
        self.root = root
        self.holder = holder
        super().__init__(
            f"{root} is in use by another batch ({holder.describe()}); wait for it to finish"
            f" or give another --out (a lock left by a dead process is taken over: {LOCK_FILE})"
        )


def _alive(pid: int) -> bool:
    try:
        os.kill(pid, 0)
    except ProcessLookupError:
        return False
    except PermissionError:  # someone else's live process
        return True
    return True


class FolderLock:
    """Holds ``root/.clova-ocr.lock`` from :meth:`acquire` to :meth:`release`."""

    def __init__(self, root: Path) -> None:
        self.path = root / LOCK_FILE
        self._fd: int | None = None

    def acquire(self) -> None:
        """Take the folder, or raise :class:`FolderLocked` naming its holder."""
        while self._fd is None:
            fd = os.open(self.path, os.O_RDWR | os.O_CREAT, FILE_MODE)
            try:
                if not self._lock(fd):
                    raise FolderLocked(self.path.parent, Holder.read(self.path))
                if not self._still_the_file(fd):
                    os.close(fd)  # the holder removed it as we opened it: start again
                    continue
                me = {
                    "pid": os.getpid(),
                    "host": socket.gethostname(),
                    "started": time.strftime("%Y-%m-%dT%H:%M:%SZ", time.gmtime()),
                }
                os.ftruncate(fd, 0)
                os.write(fd, json.dumps(me).encode("utf-8") + b"\n")
            except BaseException:
                with contextlib.suppress(OSError):
                    os.close(fd)
                raise
            self._fd = fd

    def _lock(self, fd: int) -> bool:
        if fcntl is not None:
            try:
                fcntl.flock(fd, fcntl.LOCK_EX | fcntl.LOCK_NB)
                return True
            except BlockingIOError:
                return False
            except OSError as exc:  # a file system without flock: judge by the pid
                if exc.errno not in (errno.ENOLCK, errno.EOPNOTSUPP, errno.EINVAL):
                    raise
        holder = Holder.read(self.path)
        same_host = holder.host in (None, socket.gethostname())
        return not (holder.pid and holder.pid != os.getpid() and same_host and _alive(holder.pid))

    def _still_the_file(self, fd: int) -> bool:
        try:
            return os.stat(self.path).st_ino == os.fstat(fd).st_ino
        except FileNotFoundError:
            return False

    def release(self) -> None:
        """Remove the lock file (while still holding it, so no one takes a dying lock)."""
        if self._fd is None:
            return
        with contextlib.suppress(OSError):
            os.unlink(self.path)
        with contextlib.suppress(OSError):
            os.close(self._fd)
        self._fd = None
