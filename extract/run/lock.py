"""One run per run directory: an exclusive lock, and a refusal to write over others' files.

On a local disk a run holds a POSIX record lock (`fcntl.lockf`) on `RUN_DIR/.claims.lock` for
its whole life and writes its holder (pid, host, start time) into the file. A second run into
the same directory finds the lock taken and stops before touching anything. The kernel drops
the lock when its process dies however it dies, so a lock file whose lock is free is stale:
the next run takes it over and says whose it was. A record lock belongs to the process, not to
the open file, so the pool's forked workers do not hold it: a run killed while its workers
live on does not leave its directory busy (an `flock` would stay held by their copies of the
descriptor). Workers only compute; the run itself writes every file. Object stores (`s3://`,
`gs://`, ...) have no locks: a run there says so once and goes on.

Before a run writes, every file it would replace must be one this tool wrote (the three
tables with this tool's metadata; `.shards/` and `report/` as folders), unless the user
passed `--overwrite`. Other files are left alone.
"""

from __future__ import annotations

import errno
import json
import os
import socket
import time
from dataclasses import dataclass
from pathlib import Path

import pyarrow.parquet as pq

from extract import messages
from extract.run.writer import SCHEMAS, TOOL_KEY

LOCK_NAME = ".claims.lock"
SHARD_DIR = ".shards"
REPORT_DIR = "report"
# How many foreign names an error lists before `...`.
LISTED_NAMES = 5


class RunDirBusy(RuntimeError):
    """Another live run holds the run directory's lock."""


class ForeignFiles(RuntimeError):
    """The run directory holds files this tool did not write."""


@dataclass(frozen=True)
class Holder:
    """Who holds (or held) a run directory's lock."""

    pid: int
    host: str
    started: str

    @staticmethod
    def me() -> Holder:
        """This process, now."""
        now = time.strftime("%Y-%m-%d %H:%M:%S %Z", time.localtime())
        return Holder(os.getpid(), socket.gethostname(), now)

    @staticmethod
    def read(text: str) -> Holder | None:
        """The holder a lock file names, or None when it names none."""
        try:
            data = json.loads(text)
            return Holder(int(data["pid"]), str(data["host"]), str(data["started"]))
        except (ValueError, KeyError, TypeError):
            return None

    def describe(self) -> str:
        """`pid 123 on host, started 2026-12-03 19:40:00 UTC`."""
        return messages.LOCK_HOLDER.format(pid=self.pid, host=self.host, started=self.started)


class RunLock:
    """The exclusive lock of a local run directory, held until `release()`."""

    def __init__(self, directory: Path) -> None:
        self.directory = directory
        self.path = directory / LOCK_NAME
        self._handle: int | None = None
        self.taken_over: Holder | None = None

    def acquire(self) -> RunLock:
        """Take the lock, or raise `RunDirBusy` naming the holder. A stale lock is taken over."""
        import fcntl  # POSIX only, like the rest of local locking

        handle = os.open(self.path, os.O_RDWR | os.O_CREAT, 0o644)
        try:
            fcntl.lockf(handle, fcntl.LOCK_EX | fcntl.LOCK_NB)
        except OSError as exc:
            if exc.errno not in (errno.EACCES, errno.EAGAIN):
                os.close(handle)
                raise
            holder = Holder.read(os.pread(handle, 4096, 0).decode("utf-8", "replace"))
            os.close(handle)
            raise RunDirBusy(
                messages.RUN_DIR_BUSY.format(
                    path=self.directory,
                    holder=holder.describe() if holder else messages.LOCK_HOLDER_UNKNOWN,
                )
            ) from None
        previous = os.pread(handle, 4096, 0).decode("utf-8", "replace")
        self.taken_over = Holder.read(previous) if previous.strip() else None
        data = json.dumps(Holder.me().__dict__).encode("utf-8")
        os.ftruncate(handle, 0)
        os.pwrite(handle, data, 0)
        self._handle = handle
        return self

    def release(self) -> None:
        """Drop the lock and remove the lock file (a crash leaves it, stale, to be taken over)."""
        if self._handle is None:
            return
        try:
            self.path.unlink(missing_ok=True)
        finally:
            os.close(self._handle)  # closing the descriptor releases the lock
            self._handle = None


def foreign_names(directory: Path) -> list[str]:
    """The entries of a run directory this run would replace that no run of this tool wrote.

    Other files are left alone and are no reason to refuse: a log the shell redirects into
    the directory (`claims extract ... -o out > out/log`) exists before the run starts.
    """
    if not directory.is_dir():
        return []
    foreign = []
    for name in sorted(f"{table}.parquet" for table in SCHEMAS):
        entry = directory / name
        if entry.exists() and not _ours(entry):
            foreign.append(name)
    for name in (SHARD_DIR, REPORT_DIR):
        entry = directory / name
        if entry.exists() and not entry.is_dir():
            foreign.append(name)
    return foreign


def _ours(path: Path) -> bool:
    """Whether a table carries the metadata this tool writes."""
    try:
        metadata = pq.read_schema(path).metadata or {}
    except (OSError, ValueError):
        return False
    return TOOL_KEY in metadata


def check_foreign(directory: Path) -> None:
    """Refuse a run directory that holds files this tool did not write."""
    names = foreign_names(directory)
    if names:
        listed = ", ".join(names[:LISTED_NAMES]) + (", ..." if len(names) > LISTED_NAMES else "")
        raise ForeignFiles(messages.FOREIGN_FILES.format(path=directory, names=listed))
