"""Progress of a long build on the terminal: phase, pages done of total, seconds so far.

One line, rewritten in place (at most a few times a second); nothing at all when the
stream is not a terminal (CI logs, pipes, tests), so output stays what it was.
"""

from __future__ import annotations

import sys
import time


class Meter:
    def __init__(self, stream=None, every: float = 0.25) -> None:
        self.stream = stream if stream is not None else sys.stderr
        self.shown = bool(getattr(self.stream, "isatty", lambda: False)())
        self.start = time.monotonic()
        self.every = every
        self._last = 0.0
        self._phase, self._done, self._total = "", 0, 0

    def phase(self, name: str, total: int = 0) -> None:
        self._phase, self._done, self._total = name, 0, total
        self._show(force=True)

    def advance(self, n: int = 1) -> None:
        self._done += n
        self._show(force=self._done >= self._total)

    def close(self) -> None:
        if self.shown and self._last:
            self.stream.write("\r\x1b[K")
            self.stream.flush()

    def _show(self, force: bool = False) -> None:
        if not self.shown:
            return
        now = time.monotonic()
        if not force and now - self._last < self.every:
            return
        self._last = now
        count = f" {self._done}/{self._total}" if self._total else ""
        self.stream.write(f"\r\x1b[K{self._phase}{count}（{now - self.start:.1f} 秒）")
        self.stream.flush()


class Silent(Meter):
    def __init__(self) -> None:
        super().__init__(stream=_Null())


class _Null:
    def write(self, _text: str) -> None:
        pass

    def flush(self) -> None:
        pass
