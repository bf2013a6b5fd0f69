"""Drive one extraction run: read in shards, extract on an engine, commit, merge.

Records are read in order and cut into shards of `shard_size` input records. Each shard is
extracted by `pipeline.extract_shard` on the chosen engine and committed by this process
(`shards.ShardStore`); the final tables are the shards concatenated in order, so the output
is the same whatever the engine, the number of jobs or how often the run was interrupted.
"""

from __future__ import annotations

import hashlib
import os
import sys
import uuid
from collections.abc import Iterable, Iterator
from dataclasses import dataclass
from itertools import islice
from pathlib import Path

import fsspec

from extract import messages
from extract.match.rules import rules_dir
from extract.read.readers import Columns
from extract.run.engines import default_jobs, run_dask, run_local
from extract.run.lock import RunLock, check_foreign
from extract.run.merge import InOrderMerge
from extract.run.paper_ids import PaperIds, unique_records
from extract.run.pipeline import default_builder, extract_shard
from extract.run.progress import Progress
from extract.run.shards import SHARD_FORMAT, RunWriteError, ShardStore, write_error
from extract.run.writer import tool_version
from schemas import Paper, ReadError

DEFAULT_SHARD_SIZE = 2_000


@dataclass
class RunSummary:
    """What a run wrote."""

    papers: int
    claims: int
    errors: int
    shards: int
    resumed_shards: int = 0


@dataclass
class RunOptions:
    """How to run: engine, parallelism, shard size, and what identifies the run for resuming.

    With no `fingerprint` a run never resumes (used for standard input and in-memory records).
    """

    jobs: int = 1
    engine: str = "local"
    scheduler: str | None = None
    shard_size: int = DEFAULT_SHARD_SIZE
    fingerprint: dict | None = None
    # Write into a directory that holds files no run of this tool wrote.
    overwrite: bool = False


def run_fingerprint(files: list[str], fmt: str | None, columns: Columns, shard_size: int) -> dict:
    """What must be equal for a new run to reuse an interrupted run's finished shards."""
    inputs = []
    for path in files:
        if path == "-":
            inputs.append(["-", uuid.uuid4().hex])  # standard input cannot be read twice
            continue
        try:
            stat = os.stat(path)
            inputs.append([os.path.abspath(path), stat.st_size, stat.st_mtime_ns])
        except OSError:
            inputs.append([path, None, None])
    rules = hashlib.sha256()
    for rule_file in sorted(rules_dir().iterdir()):
        if rule_file.suffix in (".jsonl", ".yaml"):
            rules.update(rule_file.name.encode() + rule_file.read_bytes())
    return {
        "inputs": inputs,
        "format": fmt,
        "columns": [columns.title, columns.abstract, columns.id],
        "shard_size": shard_size,
        "tool_version": tool_version(),
        "rules": rules.hexdigest(),
        # shards an earlier version wrote in another format are not read, but run again
        "shard_format": SHARD_FORMAT,
    }


def _shards(records: Iterable[Paper | ReadError], size: int) -> Iterator[tuple[int, list]]:
    ids = PaperIds.on_disk()
    try:
        iterator = iter(unique_records(records, ids))
        index = 0
        while shard := list(islice(iterator, size)):
            yield index, shard
            index += 1
    finally:
        ids.close()


def run_extraction(
    records: Iterable[Paper | ReadError],
    output: Path | str,
    progress: Progress | bool = True,
    options: RunOptions | None = None,
) -> RunSummary:
    """Extract every record and write papers, claims and errors tables into `output`."""
    options = options or RunOptions()
    if not isinstance(progress, Progress):
        progress = Progress("auto" if progress else "quiet")
    lock = claim_run_directory(output, options.overwrite, progress)
    try:
        return _run(records, output, progress, options)
    finally:
        progress.close()
        if lock is not None:
            lock.release()


def claim_run_directory(output: Path | str, overwrite: bool, progress: Progress) -> RunLock | None:
    """Make the run directory, lock it, and check it holds no one else's files.

    Returns the lock to release at the end (None on object stores, which cannot lock).
    """
    fs, root = fsspec.core.url_to_fs(str(output))
    if "file" not in fs.protocol and "local" not in fs.protocol:
        if progress.mode != "quiet":
            print(messages.LOCK_NOT_POSSIBLE.format(path=output), file=progress.stream)
        return None
    directory = Path(root)
    if directory.exists() and not directory.is_dir():
        raise RunWriteError(messages.RUN_DIR_NOT_A_DIRECTORY.format(path=output))
    try:
        directory.mkdir(parents=True, exist_ok=True)
        lock = RunLock(directory).acquire()
    except OSError as exc:
        raise write_error(str(directory), exc, 0) from exc
    if lock.taken_over is not None:
        holder = lock.taken_over.describe()
        print(messages.LOCK_TAKEN_OVER.format(holder=holder), file=sys.stderr)
    if not overwrite:
        try:
            check_foreign(directory)
        except BaseException:
            lock.release()
            raise
    return lock


def _run(records, output, progress: Progress, options: RunOptions) -> RunSummary:
    store = ShardStore(str(output))
    fingerprint = options.fingerprint or {"run": uuid.uuid4().hex}
    kept = store.start(fingerprint)
    if kept and progress.mode != "quiet":
        print(messages.RESUMING.format(shards=kept), file=progress.stream)
    resumed = 0
    shard_count = 0
    with InOrderMerge(store) as merged:

        def pending() -> Iterator[tuple[int, list]]:
            nonlocal resumed, shard_count
            for index, shard in _shards(records, options.shard_size):
                shard_count = index + 1
                counts = store.done(index)
                if counts is None:
                    yield index, shard
                else:
                    resumed += 1
                    progress.add(counts)
                    merged.add_resumed(index)

        jobs = options.jobs or default_jobs()
        if options.engine == "dask":
            results = run_dask(extract_shard, pending(), jobs, options.scheduler)
        else:
            results = run_local(extract_shard, pending(), jobs, prepare=default_builder)
        for index, tables in results:
            progress.add(store.commit(index, tables))
            merged.add(index, tables)
        progress.close()
        merged.finish(shard_count)
    return RunSummary(
        progress.papers, progress.claims, progress.errors, shard_count, resumed_shards=resumed
    )
