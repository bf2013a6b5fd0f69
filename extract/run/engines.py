"""Run the shard function over shards: in this process, in worker processes, or on Dask.

Every engine takes an iterator of (index, shard) and yields (index, result) as shards
finish, keeping at most `window` shards in flight so memory stays bounded however long the
input is. Results are written by the caller, so the output never depends on the engine.
"""

from __future__ import annotations

import gc
import os
from collections.abc import Callable, Iterable, Iterator
from concurrent.futures import FIRST_COMPLETED, ProcessPoolExecutor, wait
from contextlib import contextmanager

from extract import messages

ENGINES = ("local", "dask")
# Extraction allocates many short-lived containers and makes almost no reference cycles, so
# the collector's default thresholds (a pass every 700 allocations) walk the young objects
# again and again for nothing (a 2,000-abstract run: 1.2% of its instructions). Memory
# stays bounded.
EXTRACTION_GC_THRESHOLDS = (50_000, 20, 20)


class EngineError(RuntimeError):
    """An engine cannot start (Dask missing, scheduler unreachable)."""


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


def run_local(
    function: Callable, shards: Iterable[tuple[int, object]], jobs: int
) -> Iterator[tuple[int, object]]:
    """In this process (`jobs` 1) or in `jobs` worker processes."""
    if jobs <= 1:
        with fewer_collections():
            for index, shard in shards:
                yield index, function(shard)
        return
    with ProcessPoolExecutor(max_workers=jobs, initializer=_start_worker) as pool:
        yield from _bounded(pool.submit, shards, function, 2 * jobs, _wait_futures)


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


def _wait_futures(futures):
    done, _ = wait(futures, return_when=FIRST_COMPLETED)
    return done


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
        yield in_flight.pop(future), future.result()
