"""Progress on stderr: a tqdm bar (rate, ETA) on a terminal, plain periodic lines otherwise."""

from __future__ import annotations

import sys
import time
from typing import Any, TextIO

from tqdm import tqdm

#: Seconds between two plain progress lines when stderr is not a terminal.
PLAIN_INTERVAL = 5.0


class Progress:
    """Counts outcomes and shows them; ``enabled=False`` shows nothing."""

    def __init__(
        self,
        total: int,
        *,
        stream: TextIO | None = None,
        enabled: bool = True,
        interval: float = PLAIN_INTERVAL,
    ) -> None:
        self.total = total
        self.stream = stream or sys.stderr
        self.enabled = enabled and total > 0
        self.interval = interval
        self.done = self.failed = 0
        self.started = time.monotonic()
        self._last_line = self.started
        self._bar: tqdm[Any] | None = None
        if self.enabled and self.stream.isatty():
            self._bar = tqdm(
                total=total, unit="img", file=self.stream, dynamic_ncols=True, smoothing=0.1
            )

    def advance(self, ok: bool) -> None:
        if ok:
            self.done += 1
        else:
            self.failed += 1
        if not self.enabled:
            return
        if self._bar is not None:
            self._bar.update(1)
            if self.failed:
                self._bar.set_postfix(failed=self.failed, refresh=False)
            return
        now = time.monotonic()
        if now - self._last_line >= self.interval:
            self._last_line = now
            self.stream.write(self.line(now) + "\n")
            self.stream.flush()

    def line(self, now: float | None = None) -> str:
        """``progress: 120/1000 (12%), 3 failed, 9.8/s, ETA 90s``."""
        elapsed = (now or time.monotonic()) - self.started
        count = self.done + self.failed
        rate = count / elapsed if elapsed > 0 else 0.0
        eta = (self.total - count) / rate if rate > 0 else float("nan")
        percent = 100 * count / self.total if self.total else 100
        return (
            f"progress: {count}/{self.total} ({percent:.0f}%), {self.failed} failed, "
            f"{rate:.1f}/s, ETA {eta:.0f}s"
        )

    def write(self, message: str) -> None:
        """Print a message without breaking the bar."""
        if self._bar is not None:
            self._bar.write(message, file=self.stream)
        else:
            self.stream.write(message + "\n")
            self.stream.flush()

    def close(self) -> None:
        if self._bar is not None:
            self._bar.close()
            self._bar = None
