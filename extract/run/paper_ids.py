"""Each paper id once: the first listing wins, a reused id with another title is a failure.

A run remembers every id it has passed, with where the paper was first read and a hash of
its title. For a whole run that table lives in a temporary SQLite file, so memory stays flat
however long the input: 2.7 million ids of an arXiv dump would take some 350 MB as a Python
dict. Records are looked up a chunk at a time, one query per chunk, which costs about a
microsecond per record.
"""

from __future__ import annotations

import sqlite3
import tempfile
from collections.abc import Iterable, Iterator
from contextlib import contextmanager
from itertools import islice

from extract import messages
from extract.run.shards import RunWriteError
from schemas import Paper, ReadError

# Records read ahead and looked up together; a shard's worth.
CHUNK_RECORDS = 2_000
# Ids per lookup query: under the 999 parameters of SQLite builds before 3.32.
_IDS_PER_QUERY = 500
_TITLE_BITS = (1 << 32) - 1

# (source number, record number, low 32 bits of the folded title's hash)
First = tuple[int, int, int]


class PaperIds:
    """The ids passed so far: in a dict (one shard), or on disk (`PaperIds.on_disk()`)."""

    def __init__(self, db: sqlite3.Connection | None = None):
        self.db = db
        self.memory: dict[str, First] = {}
        # source name -> its number; a dict keeps insertion order, so number i is the i-th key
        self.sources: dict[str, int] = {}

    @classmethod
    def on_disk(cls) -> PaperIds:
        """A table in a temporary file, deleted when the run ends (SQLite's '' database)."""
        db = sqlite3.connect("", check_same_thread=False)
        with _disk_errors():
            db.execute("PRAGMA journal_mode=OFF")
            db.execute("PRAGMA synchronous=OFF")
            db.execute(
                "CREATE TABLE seen (id TEXT PRIMARY KEY, source INTEGER, record INTEGER, "
                "title INTEGER) WITHOUT ROWID"
            )
        return cls(db)

    def close(self) -> None:
        """Drop the table (its temporary file goes with it)."""
        if self.db is not None:
            self.db.close()

    def firsts(self, ids: list[str]) -> dict[str, First]:
        """Where each of `ids` that was passed before was first read."""
        if self.db is None:
            return {i: self.memory[i] for i in ids if i in self.memory}
        found: dict[str, First] = {}
        unique = list(dict.fromkeys(ids))
        with _disk_errors():
            for start in range(0, len(unique), _IDS_PER_QUERY):
                part = unique[start : start + _IDS_PER_QUERY]
                query = "SELECT * FROM seen WHERE id IN (" + ",".join("?" * len(part)) + ")"
                found.update((i, (s, r, t)) for i, s, r, t in self.db.execute(query, part))
        return found

    def add(self, firsts: dict[str, First]) -> None:
        """Remember ids passed for the first time."""
        if self.db is None:
            self.memory.update(firsts)
            return
        with _disk_errors():
            self.db.executemany(
                "INSERT INTO seen VALUES (?, ?, ?, ?)", [(i, *f) for i, f in firsts.items()]
            )


@contextmanager
def _disk_errors() -> Iterator[None]:
    """A failing temporary table (a full temporary directory) ends the run in one line."""
    try:
        yield
    except sqlite3.Error as exc:
        folder = tempfile.gettempdir()
        raise RunWriteError(messages.PAPER_IDS_FAILED.format(folder=folder, detail=exc)) from exc


def unique_records(
    records: Iterable[Paper | ReadError], ids: PaperIds | None = None
) -> Iterator[Paper | ReadError]:
    """Pass each paper id once (the first wins); a reused id with another title is a failure.

    The same paper listed in several dumps (same id, same title) is one paper, so its later
    listings are skipped. `ids` remembers what was passed (a fresh dict unless given).
    """
    ids = ids if ids is not None else PaperIds()
    iterator = iter(records)
    while chunk := list(islice(iterator, CHUNK_RECORDS)):
        earlier = ids.firsts([r.paper_id for r in chunk if isinstance(r, Paper)])
        fresh: dict[str, First] = {}
        for record in chunk:
            if isinstance(record, ReadError):
                yield record
                continue
            title = hash(" ".join(record.title.lower().split())) & _TITLE_BITS
            first = fresh.get(record.paper_id) or earlier.get(record.paper_id)
            if first is None:
                source = ids.sources.setdefault(record.source, len(ids.sources))
                fresh[record.paper_id] = (source, record.record, title)
                yield record
            elif first[2] != title:
                where = f"{list(ids.sources)[first[0]]}:{first[1]}"
                reason = messages.DUPLICATE_ID.format(paper_id=record.paper_id, first=where)
                yield ReadError(
                    source=record.source,
                    record=record.record,
                    paper_id=record.paper_id,
                    reason=reason,
                )
        ids.add(fresh)
