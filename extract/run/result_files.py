"""How worker processes hand a shard's result back: a file in a run's own temporary folder.

Only the file's path goes back through the pool's pipe: a message that short is written to the
pipe at once, so a worker killed while it sends leaves no part of one there (the executor's
reader would wait for the rest of a large result for ever).

The folder is removed when the run ends, even by an error or SIGTERM (the CLI turns that into
an exception). A run killed outright (SIGKILL, the OOM killer) cannot remove it, and its
orphaned workers may still write there, so the run holds a POSIX record lock on a file in its
folder for its whole life: the kernel drops it however the run dies, and the next run removes
every results folder whose lock is free. A record lock belongs to the process, so the forked
workers do not hold it.
"""

from __future__ import annotations

import os
import pickle
import shutil
import tempfile
import time
import uuid
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from pathlib import Path

PREFIX = "paper-claims-results-"
LOCK_NAME = ".run.lock"
# A folder with no lock file yet may be a run's that has just made it: left alone this long.
UNLOCKED_GRACE_SECONDS = 600


def result_to_file(function: Callable, shard: object, directory: str) -> str:
    """Run `function` on `shard` in a worker and leave its result in a file of `directory`."""
    result = function(shard)
    path = os.path.join(directory, f"{os.getpid()}-{uuid.uuid4().hex}.pickle")
    with open(path, "wb") as handle:
        pickle.dump(result, handle, protocol=pickle.HIGHEST_PROTOCOL)
    return path


def result_from_file(path: str) -> object:
    """The result `result_to_file` left at `path`; the file is removed."""
    try:
        with open(path, "rb") as handle:
            return pickle.load(handle)
    finally:
        os.remove(path)


@contextmanager
def results_folder() -> Iterator[str]:
    """A locked folder for this run's results, removed on exit; abandoned ones go first."""
    import fcntl  # POSIX only, like the worker pool's fork

    remove_abandoned()
    folder = tempfile.mkdtemp(prefix=PREFIX)
    lock = os.path.join(folder, LOCK_NAME)
    # locked under another name first: a lock file others can see is always held
    handle = os.open(lock + ".new", os.O_RDWR | os.O_CREAT, 0o600)
    try:
        fcntl.lockf(handle, fcntl.LOCK_EX)
        os.rename(lock + ".new", lock)
        yield folder
    finally:
        shutil.rmtree(folder, ignore_errors=True)  # (a killed worker's half-written file too)
        os.close(handle)


def remove_abandoned() -> list[Path]:
    """Remove the results folders of runs that died; return them."""
    import fcntl

    removed = []
    for folder in Path(tempfile.gettempdir()).glob(PREFIX + "*"):
        try:
            handle = os.open(folder / LOCK_NAME, os.O_RDWR)
        except FileNotFoundError:
            if _older_than(folder, UNLOCKED_GRACE_SECONDS):
                shutil.rmtree(folder, ignore_errors=True)
                removed.append(folder)
            continue
        except OSError:  # another user's, or not a folder: not ours to judge
            continue
        try:
            fcntl.lockf(handle, fcntl.LOCK_EX | fcntl.LOCK_NB)
        except OSError:  # held: its run is alive
            pass
        else:  # the lock was free: its run is gone
            shutil.rmtree(folder, ignore_errors=True)
            removed.append(folder)
        finally:
            os.close(handle)
    return removed


def _older_than(folder: Path, seconds: float) -> bool:
    try:
        return time.time() - folder.stat().st_mtime > seconds
    except OSError:
        return False
