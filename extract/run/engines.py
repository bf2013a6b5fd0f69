"""Run the shard function over shards: in this process, in worker processes, or on Dask.

Every engine takes an iterator of (index, shard) and yields (index, result) as shards
finish, keeping at most `window` shards in flight so memory stays bounded however long the
input is. Results are written by the caller, so the output never depends on the engine.
"""

from __future__ import annotations

import gc
import os
import signal
from collections import deque
from collections.abc import Callable, Iterable, Iterator
from concurrent.futures import FIRST_COMPLETED, ProcessPoolExecutor, wait
from concurrent.futures.process import BrokenProcessPool
from contextlib import contextmanager
from itertools import chain, islice

from extract import messages
from extract.run.result_files import result_from_file, result_to_file, results_folder

ENGINES = ("local", "dask")
# Extraction allocates many short-lived containers and makes almost no reference cycles, so
# the collector's default thresholds (a pass every 700 allocations) walk the young objects
# again and again for nothing (a 2,000-abstract run: 1.2% of its instructions). Memory
# stays bounded.
EXTRACTION_GC_THRESHOLDS = (50_000, 20, 20)
# A shard whose worker process dies is run again on a fresh pool, at most this many times in
# all: a shard that kills its worker every time (out of memory) ends the run cleanly.
MAX_SHARD_ATTEMPTS = 3


class EngineError(RuntimeError):
    """An engine cannot start (Dask missing, scheduler unreachable)."""


class WorkerDied(RuntimeError):
    """Worker processes kept dying: the run ends, its finished shards kept."""


def default_jobs() -> int:
    """All the cores this process may use."""
    try:
        return len(os.sched_getaffinity(0))
    except AttributeError:  # not on Linux
        return os.cpu_count() or 1


@contextmanager
def fewer_collections() -> Iterator[None]:
    """Run with `EXTRACTION_GC_THRESHOLDS`, restoring the process's own thresholds after."""
    before = gc.get_threshold()
    gc.set_threshold(*EXTRACTION_GC_THRESHOLDS)
    try:
        yield
    finally:
        gc.set_threshold(*before)


def _start_worker() -> None:
    gc.set_threshold(*EXTRACTION_GC_THRESHOLDS)  # the worker process only extracts
    # the run's SIGTERM handler raises where the run is; a worker is ended by SIGTERM at once
    # (a broken pool terminates its workers)
    signal.signal(signal.SIGTERM, signal.SIG_DFL)


def run_local(
    function: Callable,
    shards: Iterable[tuple[int, object]],
    jobs: int,
    prepare: Callable[[], object] | None = None,
) -> Iterator[tuple[int, object]]:
    """In this process (`jobs` 1, or a run of one shard) or in `jobs` worker processes.

    `prepare` makes what `function` needs once per process (compiled rules). It runs here
    before the workers start: forked workers inherit what it made instead of each making it.
    """
    shards = iter(shards)
    first = list(islice(shards, 2))
    # this process reads and writes while workers extract: as few collections there too
    with fewer_collections():
        if prepare is not None:
            prepare()
        if jobs <= 1 or len(first) < 2:  # one shard: a pool would cost more than it saves
            for index, shard in chain(first, shards):
                yield index, function(shard)
            return
        yield from _in_worker_processes(function, chain(first, shards), jobs)


def _in_worker_processes(
    function: Callable, shards: Iterable[tuple[int, object]], jobs: int
) -> Iterator[tuple[int, object]]:
    """`jobs` worker processes with `2 * jobs` shards in flight.

    A pool whose worker died is replaced and the shards it held run again, each at most
    `MAX_SHARD_ATTEMPTS` times in all. Results come back through files (`result_files`).
    """
    with results_folder() as folder:
        yield from _in_pool(function, shards, jobs, folder)


def _in_pool(
    function: Callable, shards: Iterable[tuple[int, object]], jobs: int, folder: str
) -> Iterator[tuple[int, object]]:
    pending = iter(shards)
    again: deque[tuple[int, object]] = deque()
    attempts: dict[int, int] = {}
    in_flight: dict = {}
    pool = ProcessPoolExecutor(max_workers=jobs, initializer=_start_worker)
    finished = False
    try:
        while True:
            while len(in_flight) < 2 * jobs:
                item = again.popleft() if again else next(pending, None)
                if item is None:
                    break
                try:
                    in_flight[pool.submit(result_to_file, function, item[1], folder)] = item
                except BrokenProcessPool:  # a worker died since the last wait: see below
                    again.appendleft(item)
                    break
            if not in_flight:
                if not again:
                    finished = True
                    return
                pool = _fresh_pool(pool, jobs)  # broke with nothing in flight
                continue
            done, _ = wait(list(in_flight), return_when=FIRST_COMPLETED)
            broken = False
            for future in done:
                index, shard = in_flight.pop(future)
                try:
                    result = result_from_file(future.result())
                except BrokenProcessPool:
                    broken = True
                    attempts[index] = attempts.get(index, 0) + 1
                    if attempts[index] >= MAX_SHARD_ATTEMPTS:
                        raise WorkerDied(
                            messages.WORKER_DIED.format(shard=index, times=attempts[index])
                        ) from None
                    again.append((index, shard))
                    continue
                yield index, result
            if broken:  # every other shard of the broken pool fails too: run them all again
                again.extend(in_flight.values())
                in_flight.clear()
                pool = _fresh_pool(pool, jobs)
    finally:
        # Every result in hand: wait for the workers to exit, so that no thread of the pool is
        # still closing its pipes when the interpreter exits (Python 3.11's exit hook can write
        # to a pipe closed meanwhile and print an `OSError` it ignores). A run ending early (an
        # error, a worker that died) leaves the pool: waiting on a killed worker can hang.
        pool.shutdown(wait=finished, cancel_futures=not finished)


def _fresh_pool(broken: ProcessPoolExecutor, jobs: int) -> ProcessPoolExecutor:
    """A new pool in place of a broken one, which is left without waiting on it."""
    broken.shutdown(wait=False, cancel_futures=True)
    return ProcessPoolExecutor(max_workers=jobs, initializer=_start_worker)


def run_dask(
    function: Callable, shards: Iterable[tuple[int, object]], jobs: int, scheduler: str | None
) -> Iterator[tuple[int, object]]:
    """On Dask distributed: the cluster at `scheduler`, or a LocalCluster of `jobs` workers."""
    try:
        from distributed import Client, LocalCluster
        from distributed import wait as dask_wait
    except ImportError as exc:
        raise EngineError(messages.DASK_MISSING) from exc
    cluster = None
    try:
        if scheduler:
            client = Client(scheduler, timeout="30s")
        else:
            cluster = LocalCluster(
                n_workers=jobs, threads_per_worker=1, processes=True, dashboard_address=None
            )
            client = Client(cluster)
    except (OSError, TimeoutError) as exc:
        raise EngineError(messages.DASK_UNREACHABLE.format(address=scheduler, detail=exc)) from exc
    try:
        workers = max(1, len(client.scheduler_info().get("workers", {})))

        def submit(fn, shard):
            return client.submit(fn, shard, pure=False)

        def wait_some(futures):
            done, _ = dask_wait(futures, return_when="FIRST_COMPLETED")
            return done

        yield from _bounded(submit, shards, function, 2 * workers, wait_some)
    finally:
        client.close()
        if cluster is not None:
            cluster.close()


def _bounded(submit, shards, function, window, wait_some) -> Iterator[tuple[int, object]]:
    in_flight: dict = {}
    for index, shard in shards:
        in_flight[submit(function, shard)] = index
        while len(in_flight) >= window:
            yield from _collect(in_flight, wait_some)
    while in_flight:
        yield from _collect(in_flight, wait_some)


def _collect(in_flight: dict, wait_some) -> Iterator[tuple[int, object]]:
    for future in wait_some(list(in_flight)):
        index = in_flight.pop(future)
        try:
            result = future.result()
        except Exception as exc:
            # Dask retries a task whose worker died (its nanny restarts the worker) and gives
            # up with KilledWorker after `distributed.scheduler.allowed-failures` deaths.
            if type(exc).__name__ == "KilledWorker":
                raise WorkerDied(
                    messages.WORKER_DIED.format(shard=index, times="too many")
                ) from None
            raise
        yield index, result
