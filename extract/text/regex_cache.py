"""Compiled patterns kept between processes, so a run starts without compiling them again.

`regex` compiles a pattern in two steps: its Python layer parses and optimises the pattern
into a list of opcodes, then its C core (`_regex.compile`) makes the pattern object from
them. For the 350-odd patterns of the rules, the gazetteer and the context cues the first
step is about a fifth of a second of every process's start, a fifth of a one-record
`claims extract`. The opcodes depend only on the pattern, its flags and the versions of
`regex` and Python, so they are kept in one file under the user's cache folder (named by
those versions) and handed straight to the C core next time.

The opcodes are what `regex`'s own pickle support stores (`copyreg`): a pickled pattern
loads without parsing. Here they are written with `marshal`, which holds plain data only,
rather than with `pickle`, which could be made to run code from the file.

The file is read once per process and written at exit when new patterns were compiled. A
file that is unreadable, truncated or altered (its SHA-256 is checked) is ignored; a cache
folder that cannot be written is skipped. `PAPER_CLAIMS_CACHE` names another folder, and
`0` or an empty value turns the cache off.
"""

from __future__ import annotations

import atexit
import copyreg
import hashlib
import marshal
import os
import sys
import threading
from functools import lru_cache
from pathlib import Path

import regex

from extract.cache_folder import cache_dir

# Entries a file keeps at most: past it, only the patterns the writing process used are kept
# (edited rules leave their old patterns behind, and tests compile many of their own).
MAX_ENTRIES = 5_000

_Key = tuple[str, int]


def cache_file() -> Path | None:
    """The file of this `regex` and Python in the cache folder, or None when caching is off."""
    folder = cache_dir()
    if folder is None:
        return None
    python = f"{sys.implementation.name}{sys.version_info[0]}{sys.version_info[1]}"
    return folder / f"regex-{regex.__version__}-{python}.marshal"


class PatternCache:
    """The entries of one cache file: (pattern, flags) -> what `regex` pickles of the pattern."""

    def __init__(self, path: Path | None):
        self.path = path
        self.entries = read_entries(path)
        self.used: set[_Key] = set()
        self.dirty = False
        self.lock = threading.Lock()

    def compile(self, pattern: str, flags: int) -> regex.Pattern:
        """The pattern from its entry, or compiled and entered."""
        key = (pattern, int(flags))  # a plain int: marshal cannot hold `regex.RegexFlag`
        arguments = self.entries.get(key)
        if arguments is not None:
            try:
                compiled = _constructor()(*arguments)
            except Exception:  # noqa: BLE001 - an entry the core refuses is compiled afresh
                self.entries.pop(key, None)
            else:
                self.used.add(key)
                return compiled
        compiled = regex.compile(pattern, flags)
        arguments = _opcodes(compiled)
        if arguments is not None:
            with self.lock:
                self.entries[key] = arguments
                self.used.add(key)
                if not self.dirty:
                    atexit.register(self.save)
                self.dirty = True
        return compiled

    def save(self) -> None:
        """Write the file when this process compiled patterns it did not hold (at exit)."""
        if not self.dirty or self.path is None:
            return
        with self.lock:
            entries = self.entries
            if len(entries) > MAX_ENTRIES:
                entries = {k: v for k, v in entries.items() if k in self.used}
            body = marshal.dumps(entries)
            self.dirty = False
        temporary = self.path.with_name(f".{self.path.name}.{os.getpid()}.tmp")
        try:
            self.path.parent.mkdir(parents=True, exist_ok=True)
            temporary.write_bytes(hashlib.sha256(body).digest() + body)
            os.replace(temporary, self.path)  # whole or not at all, whichever writes last
        except OSError:
            try:
                temporary.unlink(missing_ok=True)
            except OSError:
                pass  # a folder that cannot be written: the cache is only a speed-up


def read_entries(path: Path | None) -> dict[_Key, tuple]:
    """The entries of a cache file; none when it is missing, unreadable or altered."""
    if path is None:
        return {}
    try:
        data = path.read_bytes()
    except OSError:
        return {}
    digest, body = data[:32], data[32:]
    if hashlib.sha256(body).digest() != digest:
        return {}
    try:
        entries = marshal.loads(body)
    except (ValueError, EOFError, TypeError):
        return {}
    if not isinstance(entries, dict):
        return {}
    return {
        key: value
        for key, value in entries.items()
        if isinstance(key, tuple) and isinstance(value, tuple) and value[:1] == key[:1]
    }


def _opcodes(compiled: regex.Pattern) -> tuple | None:
    """What `regex` pickles of a pattern, when it is plain data; else None."""
    reduce = copyreg.dispatch_table.get(type(compiled))
    if reduce is None:
        return None
    reduced = reduce(compiled)
    if not isinstance(reduced, tuple) or len(reduced) != 2:
        return None
    constructor, arguments = reduced[0], reduced[1]
    if constructor is not _constructor() or not isinstance(arguments, tuple):
        return None
    try:
        marshal.dumps(arguments)  # only data the file can hold
    except ValueError:
        return None
    return arguments


@lru_cache(maxsize=1)
def _constructor():
    """The function `regex` unpickles a pattern with (its C core's `compile`)."""
    empty = regex.compile("")
    reduce = copyreg.dispatch_table.get(type(empty))
    reduced = reduce(empty) if reduce is not None else None
    return reduced[0] if isinstance(reduced, tuple) else None


@lru_cache(maxsize=1)
def process_cache() -> PatternCache | None:
    """This process's cache, read on first use; None when the cache is off."""
    path = cache_file()
    return PatternCache(path) if path is not None else None


def compile_pattern(pattern: str, flags: int = 0) -> regex.Pattern:
    """`regex.compile(pattern, flags)`, from the cache when this pattern was compiled before."""
    cache = process_cache()
    return cache.compile(pattern, flags) if cache is not None else regex.compile(pattern, flags)
