r"""Compiled `regex` patterns that always run with a timeout.

A call like `pattern.search(text, timeout=1.0)` costs about three times a bare search: the
keyword arguments are parsed by name on every call, and the timeout reads the process's
CPU clock (a system call) when the match starts and at every match found. The arguments
are the part that can go, so `TimedPattern` passes them by position, in the order of
`regex`'s own module functions (`regex/_main.py`). `tests/test_timed_regex.py` checks that
every method here still times out and honours its arguments, so a change of that order in
a new `regex` release fails the tests instead of silently dropping the timeout.

The CPU clock is the larger cost (a real system call, `clock_gettime` of the process clock:
about a tenth of a run's time). So a run bounds each paper instead: `cpu_watchdog()` arms
one periodic CPU timer (`SIGVTALRM`) per shard, and inside `paper_budget()` the patterns run
without their own timeouts while the timer's handler ends the paper with `TimeoutError` once
it has spent its CPU budget. `regex` checks for signals as it matches (every 256 steps), so
a pathological match is cut short as surely as by its own timeout. Signals reach only the
main thread: anywhere else (Dask's worker threads, an application's threads) and when the
process already handles `SIGVTALRM` (a profiler), every call keeps its own timeout.

Under the watchdog, `match` and `fullmatch` on ASCII text run the standard library's `re`
compilation of the same pattern instead (its twin), when `re` compiles it: for an anchored
match `re` takes about half the time of `regex` (its per-call set-up is lighter), and the
context cues make a few dozen such calls per abstract. A scan is another matter (`re` tries
some patterns at every position where `regex` skips ahead): `search`, `finditer` and
`findall` use the twin only for the patterns made with `scans_with_twin`, each measured
faster so. `re` has no timeout, but it checks for signals as it matches (every 4,096 steps),
so the watchdog bounds it as it does `regex`; elsewhere, with no watchdog, every call stays
with `regex` and its timeout. The twin is made with `re.ASCII` and used on ASCII text only:
there the two engines agree on `\w`, `\s`, `\d`, `\b` and case (Unicode text would not:
`regex` counts combining marks as word characters, `re` counts `\x1c`-`\x1f` as spaces). A
pattern with syntax of `regex`'s own (`(?r)`, a lookbehind of varying width, `\p{..}`), a
flag `re` lacks, or a non-ASCII letter under IGNORECASE gets no twin. A twin is made at a
pattern's first such call (a compile by `re`: 50 ms for the quantity rule's 11,000
characters, about 55 ms for a run's 60-odd twins; a lookbehind `re` would refuse is seen
without one, `lookbehind_may_vary`).
`tests/test_timed_regex.py` holds both engines to the same answers.

Every call also passes `concurrent=False`: it keeps the GIL. By default `regex` lets go of
it and takes it back around every match, a fifth of the cost of a short search, for matches
that take microseconds; a run extracts in processes (Dask's too: one thread per worker), so
no other thread of the process had work to do meanwhile.
"""

from __future__ import annotations

import math
import re
import signal
import threading
import warnings
from collections.abc import Iterator, Mapping
from contextlib import contextmanager

import regex

from extract import messages
from extract.text.regex_cache import compile_pattern

# Seconds any one regex may run on one text; a timeout fails that record, never the run.
REGEX_TIMEOUT = 1.0
# CPU seconds between the watchdog's ticks: a paper's budget is counted in these.
TICK_SECONDS = 0.05

# The watchdog's state. `_armed`: this thread's shard runs under the timer; `_watching`: a
# paper is being extracted under it, so the patterns drop their own timeouts; `_ticks`:
# ticks so far; `_deadline`: the tick that ends the paper.
_armed = False
_watching = False
_ticks = 0
_deadline = 0


def _on_tick(signum: int, frame: object) -> None:
    global _ticks, _watching
    _ticks += 1
    if _watching and _ticks >= _deadline:
        _watching = False  # once: the handler may run again while the error unwinds
        raise TimeoutError(messages.PAPER_BUDGET_SPENT)


@contextmanager
def cpu_watchdog() -> Iterator[bool]:
    """Arm the CPU timer for a block (a shard) where this thread can take it; say if it did."""
    global _armed
    if _armed or threading.current_thread() is not threading.main_thread():
        yield _armed
        return
    if signal.getsignal(signal.SIGVTALRM) is not signal.SIG_DFL:
        yield False  # someone else's timer (a profiler): leave it alone
        return
    signal.signal(signal.SIGVTALRM, _on_tick)
    signal.siginterrupt(signal.SIGVTALRM, False)  # system calls resume after a tick
    signal.setitimer(signal.ITIMER_VIRTUAL, TICK_SECONDS, TICK_SECONDS)
    _armed = True
    try:
        yield True
    finally:
        signal.setitimer(signal.ITIMER_VIRTUAL, 0, 0)
        signal.signal(signal.SIGVTALRM, signal.SIG_DFL)
        _armed = False


class paper_budget:  # noqa: N801 - used as a context manager, like `contextlib`'s
    """Under an armed watchdog: at most `seconds` of CPU for the block, patterns untimed.

    Elsewhere the block runs as it is, each pattern call bounded by its own timeout. A class,
    not a `@contextmanager` generator: it is entered once per paper, and the generator's
    machinery cost half a percent of a run.
    """

    __slots__ = ("seconds", "watching")

    def __init__(self, seconds: float) -> None:
        self.seconds = seconds
        self.watching = False

    def __enter__(self) -> None:
        global _watching, _deadline
        if not _armed or threading.current_thread() is not threading.main_thread():
            return
        _deadline = _ticks + max(1, math.ceil(self.seconds / TICK_SECONDS))
        _watching = self.watching = True

    def __exit__(self, *exc_info: object) -> None:
        global _watching
        if self.watching:  # an exception (the budget's own TimeoutError) goes on
            _watching = self.watching = False


# The flags a twin can carry over; any other (`regex`'s own: REVERSE, V1, WORD, ...) means none.
_TWIN_FLAGS = {
    regex.IGNORECASE: re.IGNORECASE,
    regex.MULTILINE: re.MULTILINE,
    regex.DOTALL: re.DOTALL,
    regex.VERBOSE: re.VERBOSE,
}
_NO_EFFECT_ON_ASCII = regex.UNICODE | regex.ASCII | regex.VERSION0
# Escapes that can write a non-ASCII letter in an ASCII pattern (`\u017f`, `\N{KELVIN SIGN}`)
_WIDE = ("\\u", "\\U", "\\N")
_INLINE_IGNORECASE = re.compile(r"\(\?[a-zA-Z-]*i")  # `(?i)`, `(?i:`, `(?si)`


def ascii_twin(compiled: regex.Pattern) -> re.Pattern | None:
    """The `re` pattern that matches as `compiled` does on ASCII text, or None (module doc)."""
    flags = re.ASCII
    rest = compiled.flags & ~_NO_EFFECT_ON_ASCII
    for flag, twin_flag in _TWIN_FLAGS.items():
        if rest & flag:
            flags |= twin_flag
            rest &= ~flag
    if rest:
        return None
    if lookbehind_may_vary(compiled.pattern):
        return None  # `re` would refuse it, but only after parsing all of it (milliseconds)
    folds = compiled.flags & regex.IGNORECASE or _INLINE_IGNORECASE.search(compiled.pattern)
    wide = not compiled.pattern.isascii() or any(escape in compiled.pattern for escape in _WIDE)
    if folds and wide:
        return None  # `regex` folds such a letter to an ASCII one (`ſ` to `s`); `re.ASCII` not
    try:
        with warnings.catch_warnings():
            # `re` warns where it reads a pattern differently (`[[`, `--` in a set): no twin
            warnings.simplefilter("error")
            return re.compile(compiled.pattern, flags)
    except (re.error, Warning, ValueError, OverflowError, RecursionError):
        return None


def lookbehind_may_vary(pattern: str) -> bool:
    """Whether a lookbehind of `pattern` may match texts of different widths, which `re` refuses.

    A quick reading: a quantifier anywhere inside one (a character class and an escape are
    skipped whole). Alternatives of different widths (`(?<=ab|c)`) it leaves to `re`, which
    takes those of one width (`(?<=GPU |TPU )`).
    """
    start = pattern.find("(?<")
    while start >= 0:
        if pattern.startswith(("(?<=", "(?<!"), start):
            depth, at = 0, start
            while at < len(pattern):
                char = pattern[at]
                if char == "\\":
                    at += 2
                    continue
                if char == "[":  # to the class's end: `]` first in a class is itself
                    close = pattern.find("]", at + (3 if pattern.startswith("[^]", at) else 2))
                    at = len(pattern) if close < 0 else close + 1
                    continue
                if char == "(":
                    depth += 1
                elif char == ")":
                    depth -= 1
                    if depth == 0:
                        break
                elif char in "*+{" or (char == "?" and pattern[at - 1] != "("):
                    return True
                at += 1
        start = pattern.find("(?<", start + 3)
    return False


class TimedPattern:
    """A compiled pattern whose every call runs with `timeout` seconds at most."""

    __slots__ = (
        "compiled",
        "scans_with_twin",
        "_twin",
        "_twin_made",
        "_search",
        "_match",
        "_fullmatch",
        "_finditer",
        "_findall",
        "_sub",
        "_split",
    )

    def __init__(self, pattern: str | regex.Pattern, flags: int = 0, scans_with_twin: bool = False):
        """`scans_with_twin`: `search`, `finditer` and `findall` use the `re` twin too.

        Only for patterns measured faster so (see the module doc), and none that can match
        an empty string: after one, `regex` (version 0) and `re` go on from different places.
        """
        self.scans_with_twin = scans_with_twin
        self.compiled = (
            pattern if isinstance(pattern, regex.Pattern) else compile_pattern(pattern, flags)
        )
        self._search = self.compiled.search
        self._match = self.compiled.match
        self._fullmatch = self.compiled.fullmatch
        self._finditer = self.compiled.finditer
        self._findall = self.compiled.findall
        self._sub = self.compiled.sub
        self._split = self.compiled.split
        self._twin: re.Pattern | None = None  # made at the first call that may use it
        self._twin_made = False

    @property
    def pattern(self) -> str:
        """The pattern's source."""
        return self.compiled.pattern

    @property
    def groupindex(self) -> Mapping[str, int]:
        """Group name -> group number."""
        return self.compiled.groupindex

    def search(self, text: str, pos=None, endpos=None, timeout: float = REGEX_TIMEOUT):
        """The first match in `text[pos:endpos]`, or None."""
        twin = self._twin_for(text, pos, endpos) if self.scans_with_twin else None
        if twin is not None:
            return twin.search(text, pos or 0, len(text) if endpos is None else endpos)
        return self._search(text, pos, endpos, False, False, None if _watching else timeout)

    def match(self, text: str, pos=None, endpos=None, timeout: float = REGEX_TIMEOUT):
        """A match starting at `pos`, or None."""
        twin = self._twin_for(text, pos, endpos)
        if twin is not None:
            return twin.match(text, pos or 0, len(text) if endpos is None else endpos)
        return self._match(text, pos, endpos, False, False, None if _watching else timeout)

    def fullmatch(self, text: str, pos=None, endpos=None, timeout: float = REGEX_TIMEOUT):
        """A match of all of `text[pos:endpos]`, or None."""
        twin = self._twin_for(text, pos, endpos)
        if twin is not None:
            return twin.fullmatch(text, pos or 0, len(text) if endpos is None else endpos)
        return self._fullmatch(text, pos, endpos, False, False, None if _watching else timeout)

    def _twin_for(self, text: str, pos: int | None, endpos: int | None) -> re.Pattern | None:
        """The `re` twin when it may stand in for this call, else None (see the module doc).

        Not for a negative position: `regex` counts it from the end, as a slice does.
        """
        if not _watching or not text.isascii():
            return None
        if (pos is not None and pos < 0) or (endpos is not None and endpos < 0):
            return None
        if not self._twin_made:
            self._twin = ascii_twin(self.compiled)
            self._twin_made = True
        return self._twin

    def finditer(self, text: str, pos=None, endpos=None, timeout: float = REGEX_TIMEOUT):
        """An iterator over the non-overlapping matches in `text[pos:endpos]`."""
        twin = self._twin_for(text, pos, endpos) if self.scans_with_twin else None
        if twin is not None:
            return twin.finditer(text, pos or 0, len(text) if endpos is None else endpos)
        return self._finditer(
            text, pos, endpos, False, False, False, None if _watching else timeout
        )

    def findall(self, text: str, pos=None, endpos=None, timeout: float = REGEX_TIMEOUT):
        """Every non-overlapping match in `text[pos:endpos]`, as `re.findall` gives them."""
        twin = self._twin_for(text, pos, endpos) if self.scans_with_twin else None
        if twin is not None:
            return twin.findall(text, pos or 0, len(text) if endpos is None else endpos)
        return self._findall(text, pos, endpos, False, False, None if _watching else timeout)

    def sub(self, replacement, text: str, count: int = 0, timeout: float = REGEX_TIMEOUT):
        """`text` with its first `count` matches replaced (every match when `count` is 0)."""
        return self._sub(
            replacement, text, count, None, None, False, None if _watching else timeout
        )

    def split(self, text: str, maxsplit: int = 0, timeout: float = REGEX_TIMEOUT) -> list:
        """`text` split at the matches, at most `maxsplit` times (0: no limit)."""
        return self._split(text, maxsplit, False, None if _watching else timeout)
