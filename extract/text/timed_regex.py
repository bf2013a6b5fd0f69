"""Compiled `regex` patterns that always run with a timeout.

A call like `pattern.search(text, timeout=1.0)` costs about three times a bare search: the
keyword arguments are parsed by name on every call, and the timeout reads the process's
CPU clock (a system call) when the match starts and at every match found. The arguments
are the part that can go, so `TimedPattern` passes them by position, in the order of
`regex`'s own module functions (`regex/_main.py`). `tests/test_timed_regex.py` checks that
every method here still times out and honours its arguments, so a change of that order in
a new `regex` release fails the tests instead of silently dropping the timeout.
"""

from __future__ import annotations

from collections.abc import Mapping

import regex

# Seconds any one regex may run on one text; a timeout fails that record, never the run.
REGEX_TIMEOUT = 1.0


class TimedPattern:
    """A compiled pattern whose every call runs with `timeout` seconds at most."""

    __slots__ = (
        "compiled",
        "_search",
        "_match",
        "_fullmatch",
        "_finditer",
        "_findall",
        "_sub",
        "_split",
    )

    def __init__(self, pattern: str | regex.Pattern, flags: int = 0):
        self.compiled = (
            pattern if isinstance(pattern, regex.Pattern) else regex.compile(pattern, flags)
        )
        self._search = self.compiled.search
        self._match = self.compiled.match
        self._fullmatch = self.compiled.fullmatch
        self._finditer = self.compiled.finditer
        self._findall = self.compiled.findall
        self._sub = self.compiled.sub
        self._split = self.compiled.split

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
        return self._search(text, pos, endpos, None, False, timeout)

    def match(self, text: str, pos=None, endpos=None, timeout: float = REGEX_TIMEOUT):
        """A match starting at `pos`, or None."""
        return self._match(text, pos, endpos, None, False, timeout)

    def fullmatch(self, text: str, pos=None, endpos=None, timeout: float = REGEX_TIMEOUT):
        """A match of all of `text[pos:endpos]`, or None."""
        return self._fullmatch(text, pos, endpos, None, False, timeout)

    def finditer(self, text: str, pos=None, endpos=None, timeout: float = REGEX_TIMEOUT):
        """An iterator over the non-overlapping matches in `text[pos:endpos]`."""
        return self._finditer(text, pos, endpos, False, None, False, timeout)

    def findall(self, text: str, pos=None, endpos=None, timeout: float = REGEX_TIMEOUT):
        """Every non-overlapping match in `text[pos:endpos]`, as `re.findall` gives them."""
        return self._findall(text, pos, endpos, False, None, timeout)

    def sub(self, replacement, text: str, count: int = 0, timeout: float = REGEX_TIMEOUT):
        """`text` with its first `count` matches replaced (every match when `count` is 0)."""
        return self._sub(replacement, text, count, None, None, None, timeout)

    def split(self, text: str, maxsplit: int = 0, timeout: float = REGEX_TIMEOUT) -> list:
        """`text` split at the matches, at most `maxsplit` times (0: no limit)."""
        return self._split(text, maxsplit, None, timeout)
