"""Progress of a run: a rich bar on a terminal, a log line every 5 s otherwise, or nothing.

The bar is `rich.progress` over the bytes of input read (compressed bytes for `.gz`), with
papers, papers/s, claims and failures beside it; the log lines are the same figures printed
through a rich console, so a CI log or a redirected run gets one plain line per interval.
"""

from __future__ import annotations

import sys
import time
from functools import cached_property
from typing import TYPE_CHECKING, TextIO

if TYPE_CHECKING:  # rich is imported when a run first reports: a quiet run never needs it
    from rich.console import Console
    from rich.progress import Progress as RichProgress

LOG_EVERY_SECONDS = 5.0
BAR_EVERY_SECONDS = 0.2


class Progress:
    """Report papers, papers/s and claims as shards finish.

    `read_bytes` is a one-item list the readers add to; with `total_bytes` it gives the
    fraction done. `mode` is `bar`, `log`, `quiet` or `auto` (a bar on a terminal, else log).
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
        self._bar: RichProgress | None = None
        self._task = 0

    @cached_property
    def console(self) -> Console:
        """The console reports go through, made at the first report."""
        from rich.console import Console

        # A bar is drawn as if on a terminal even into a test's stream; a log never styles.
        return Console(
            file=self.stream,
            force_terminal=self.mode == "bar",
            highlight=False,
            soft_wrap=True,
        )

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

    def counts(self, now: float | None = None) -> str:
        """Papers, papers/s, claims and failures so far."""
        elapsed = max((now or time.monotonic()) - self.started, 1e-9)
        return (
            f"{self.papers:,} papers ({self.papers / elapsed:,.0f}/s), "
            f"{self.claims:,} claims, {self.errors:,} failed"
        )

    def fraction(self) -> float | None:
        """The share of the input read, when its size is known."""
        if not self.total_bytes:
            return None
        return min(1.0, self.read_bytes[0] / self.total_bytes)

    def line(self, now: float | None = None) -> str:
        """The current state in one plain line, as the log prints it."""
        fraction = self.fraction()
        text = self.counts(now)
        return text if fraction is None else f"{fraction:.0%} {text}"

    def _report(self, now: float) -> None:
        if self.mode == "bar":
            self._draw_bar(now)
        else:
            self.console.print("  " + self.line(now), markup=False)

    def _draw_bar(self, now: float) -> None:
        if self._bar is None:
            from rich.progress import BarColumn, TaskProgressColumn, TextColumn, TimeElapsedColumn
            from rich.progress import Progress as RichProgress

            self._bar = RichProgress(
                BarColumn(),
                TaskProgressColumn(),
                TextColumn("{task.description}", markup=False),
                TimeElapsedColumn(),
                console=self.console,
                auto_refresh=False,
                transient=False,
            )
            self._bar.start()
            self._task = self._bar.add_task("", total=self.total_bytes or None)
        self._bar.update(
            self._task, completed=self.read_bytes[0], description=self.counts(now), refresh=True
        )

    def close(self) -> None:
        """Draw the final state and end the bar, so later output starts on a fresh line."""
        if self.mode == "bar" and self._bar is not None:
            self._draw_bar(time.monotonic())
            self._bar.stop()
            self._bar = None  # closed: a second close (after an error) draws nothing
