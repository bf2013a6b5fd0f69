"""Progress of a run: a bar on a terminal, periodic log lines otherwise, nothing when quiet."""

from __future__ import annotations

import sys
import time
from typing import TextIO

LOG_EVERY_SECONDS = 5.0
BAR_EVERY_SECONDS = 0.2
BAR_WIDTH = 24


class Progress:
    """Report papers, papers/s and claims as shards finish.

    `read_bytes` is a one-item list the readers add to; with `total_bytes` it gives the
    fraction done (bytes of input read, compressed bytes for `.gz`).
    """

    def __init__(
        self,
        mode: str = "auto",
        total_bytes: int = 0,
        read_bytes: list[int] | None = None,
        stream: TextIO | None = None,
    ):
        self.stream = stream or sys.stderr
        if mode == "auto":
            mode = "bar" if self.stream.isatty() else "log"
        self.mode = mode
        self.total_bytes = total_bytes
        self.read_bytes = read_bytes if read_bytes is not None else [0]
        self.started = time.monotonic()
        self.last = 0.0
        self.papers = self.claims = self.errors = 0

    def add(self, counts: dict) -> None:
        """Count one finished shard and report when it is time to."""
        self.papers += counts.get("papers", 0)
        self.claims += counts.get("claims", 0)
        self.errors += counts.get("errors", 0)
        now = time.monotonic()
        every = BAR_EVERY_SECONDS if self.mode == "bar" else LOG_EVERY_SECONDS
        if self.mode != "quiet" and now - self.last >= every:
            self.last = now
            self._report(now)

    def line(self, now: float | None = None) -> str:
        """The current state in one line."""
        elapsed = max((now or time.monotonic()) - self.started, 1e-9)
        text = (
            f"{self.papers:,} papers ({self.papers / elapsed:,.0f}/s), "
            f"{self.claims:,} claims, {self.errors:,} failed"
        )
        if self.total_bytes:
            fraction = min(1.0, self.read_bytes[0] / self.total_bytes)
            filled = int(fraction * BAR_WIDTH)
            bar = "#" * filled + "." * (BAR_WIDTH - filled)
            text = (
                f"[{bar}] {fraction:4.0%} {text}"
                if self.mode == "bar"
                else f"{fraction:.0%} {text}"
            )
        return text

    def _report(self, now: float) -> None:
        if self.mode == "bar":
            self.stream.write("\r" + self.line(now) + "\x1b[K")
        else:
            self.stream.write("  " + self.line(now) + "\n")
        self.stream.flush()

    def close(self) -> None:
        """End the bar's line so later output starts on a fresh one."""
        if self.mode == "bar":
            self.stream.write("\r" + self.line() + "\x1b[K\n")
            self.stream.flush()
