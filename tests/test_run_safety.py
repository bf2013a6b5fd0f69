"""Runs that fail cleanly: one run per directory, full disks, dead workers, others' files.

Every case runs real `claims extract` processes on real file systems: a size-limited tmpfs
where this machine lets the test mount one (else a file system that fails with ENOSPC after
a byte budget), SIGKILL of real worker processes, two real runs at once.
"""

import errno
import json
import os
import pickle
import select
import signal
import subprocess
import sys
import tempfile
import time
from concurrent.futures import ProcessPoolExecutor
from concurrent.futures.process import BrokenProcessPool, _ResultItem
from pathlib import Path

import fsspec
import pandas as pd
import pytest
from fsspec.implementations.local import LocalFileSystem

from benchmarks.corpus import write_corpus
from extract.cli import main
from extract.run import engines, result_files
from extract.run.engines import WorkerDied, run_local

TABLES = ("papers", "claims", "errors")


@pytest.fixture(scope="module")
def corpus(tmp_path_factory) -> Path:
    return write_corpus(tmp_path_factory.mktemp("corpus") / "corpus.jsonl", 600, seed=11)


@pytest.fixture(scope="module")
def big_corpus(tmp_path_factory) -> Path:
    """Long enough (about 10 s at one job) to act on a run while it is under way."""
    return write_corpus(tmp_path_factory.mktemp("big") / "big.jsonl", 30_000, seed=12)


def extract_command(corpus, out, *options) -> list[str]:
    return [
        sys.executable, "-m", "extract", "extract", str(corpus), "-o", str(out), "--quiet",
        *options,
    ]  # fmt: skip


def tables(run_dir) -> dict[str, pd.DataFrame]:
    return {name: pd.read_parquet(Path(run_dir) / f"{name}.parquet") for name in TABLES}


def assert_same_tables(a, b) -> None:
    left, right = tables(a), tables(b)
    for name in TABLES:
        pd.testing.assert_frame_equal(left[name], right[name])


@pytest.fixture(scope="module")
def clean_run(corpus, tmp_path_factory) -> Path:
    out = tmp_path_factory.mktemp("clean")
    subprocess.run(extract_command(corpus, out, "--shard-size", "50", "--jobs", "1"), check=True)
    return out


@pytest.fixture(scope="module")
def clean_big_run(big_corpus, tmp_path_factory) -> Path:
    out = tmp_path_factory.mktemp("clean-big")
    command = extract_command(big_corpus, out, "--shard-size", "500", "--jobs", "2")
    subprocess.run(command, check=True)
    return out


def wait_for(condition, what: str, process=None, seconds: float = 120) -> None:
    deadline = time.monotonic() + seconds
    while not condition():
        assert process is None or process.poll() is None, f"the run ended before {what}"
        assert time.monotonic() < deadline, f"timed out waiting for {what}"
        time.sleep(0.02)


def done_shards(out: Path) -> int:
    return len(list((out / ".shards").glob("*.done")))


def one_clear_line(stderr: str) -> str:
    lines = [line for line in stderr.splitlines() if line.strip()]
    assert len(lines) == 1 and "Traceback" not in stderr, stderr
    return lines[0]


# -- one run per directory ---------------------------------------------------------------------
def test_a_second_run_into_a_busy_directory_stops_at_once(big_corpus, clean_big_run, tmp_path):
    out = tmp_path / "run"
    command = extract_command(big_corpus, out, "--shard-size", "500", "--jobs", "2")
    first = subprocess.Popen(command, stderr=subprocess.PIPE, text=True)
    wait_for(lambda: done_shards(out) >= 1, "the first run committed a shard", first)
    second = subprocess.run(command, capture_output=True, text=True, timeout=60)
    assert second.returncode == 2
    line = one_clear_line(second.stderr)
    assert str(out) in line and f"pid {first.pid}" in line and os.uname().nodename in line
    assert first.wait(timeout=300) == 0, first.stderr.read()
    assert_same_tables(clean_big_run, out)  # nothing of the first run was touched
    assert not (out / ".claims.lock").exists()


def test_a_stale_lock_is_taken_over_and_said_so(corpus, clean_run, tmp_path):
    out = tmp_path / "run"
    out.mkdir()
    dead = {"pid": 4_000_000, "host": "old-host", "started": "2026-01-01 00:00:00 UTC"}
    (out / ".claims.lock").write_text(json.dumps(dead), encoding="utf-8")
    done = subprocess.run(
        extract_command(corpus, out, "--shard-size", "50", "--jobs", "1"),
        capture_output=True,
        text=True,
    )
    assert done.returncode == 0, done.stderr
    assert "took over" in done.stderr and "pid 4000000 on old-host" in done.stderr
    assert_same_tables(clean_run, out)


# -- others' files -------------------------------------------------------------------------
def test_a_directory_with_files_no_run_wrote_is_refused(corpus, clean_run, tmp_path):
    out = tmp_path / "theirs"
    out.mkdir()
    (out / "notes.txt").write_text("keep me", encoding="utf-8")
    pd.DataFrame({"a": [1]}).to_parquet(out / "claims.parquet")  # no metadata of this tool
    command = extract_command(corpus, out, "--shard-size", "50", "--jobs", "1")
    refused = subprocess.run(command, capture_output=True, text=True)
    assert refused.returncode == 2
    line = one_clear_line(refused.stderr)
    assert "claims.parquet" in line and "notes.txt" not in line and "--overwrite" in line
    assert pd.read_parquet(out / "claims.parquet").columns.tolist() == ["a"]
    allowed = subprocess.run([*command, "--overwrite"], capture_output=True, text=True)
    assert allowed.returncode == 0, allowed.stderr
    assert (out / "notes.txt").read_text(encoding="utf-8") == "keep me"
    assert_same_tables(clean_run, out)


def test_a_log_redirected_into_the_directory_is_left_alone(corpus, clean_run, tmp_path):
    out = tmp_path / "logged"
    out.mkdir()
    command = extract_command(corpus, out, "--shard-size", "50", "--jobs", "1")
    with (out / "log").open("w") as log:
        done = subprocess.run(command, stdout=log, stderr=subprocess.PIPE, text=True)
    assert done.returncode == 0, done.stderr
    assert (out / "log").exists()
    assert_same_tables(clean_run, out)


def test_a_directory_of_an_earlier_run_is_no_one_elses(corpus, clean_run, tmp_path):
    out = tmp_path / "ours"
    command = extract_command(corpus, out, "--shard-size", "50", "--jobs", "1")
    subprocess.run(command, check=True)
    assert main(["report", str(out)]) == 0  # report/ is this tool's too
    again = subprocess.run(command, capture_output=True, text=True)
    assert again.returncode == 0, again.stderr


# -- disks that fill up or refuse ------------------------------------------------------------
class LimitedFileSystem(LocalFileSystem):
    """A local file system whose writes fail with ENOSPC once `budget` bytes are written."""

    protocol = "limited"
    budget = 0
    written = 0

    def _open(self, path, mode="rb", **kwargs):
        handle = super()._open(path, mode, **kwargs)
        if "w" in mode or "a" in mode:
            write = handle.write

            def limited_write(data):
                LimitedFileSystem.written += len(data)
                if LimitedFileSystem.written > LimitedFileSystem.budget:
                    raise OSError(errno.ENOSPC, os.strerror(errno.ENOSPC))
                return write(data)

            handle.write = limited_write
        return handle


@pytest.fixture
def small_disk(tmp_path):
    """(run directory, command prefix, grow): a run directory on a disk with little space.

    A tmpfs of 600 KB where mounting is allowed; otherwise the in-process `limited://`
    file system. `grow()` frees space, as a user would.
    """
    mount = tmp_path / "small"
    mount.mkdir()
    mounted = (
        subprocess.run(
            ["mount", "-t", "tmpfs", "-o", "size=600k", "tmpfs", str(mount)], capture_output=True
        ).returncode
        == 0
    )
    if mounted:

        def grow():
            subprocess.run(["mount", "-o", "remount,size=64m", str(mount)], check=True)

        yield mount / "run", str(mount / "run"), grow
        subprocess.run(["umount", str(mount)], check=False)
        return
    fsspec.register_implementation("limited", LimitedFileSystem, clobber=True)
    LimitedFileSystem.budget, LimitedFileSystem.written = 600_000, 0

    def grow():
        LimitedFileSystem.budget = 10**12

    yield mount / "run", f"limited://{mount / 'run'}", grow


def run_in_process(corpus, target: str, capsys, quiet: bool = True) -> tuple[int, str]:
    options = ["--shard-size", "50", "--jobs", "1", *(["-q"] if quiet else [])]
    code = main(["extract", str(corpus), "-o", target, *options])
    return code, capsys.readouterr().err


def test_a_full_disk_ends_in_one_line_and_the_same_command_resumes(
    corpus, clean_run, small_disk, capsys
):
    out, target, grow = small_disk
    code, stderr = run_in_process(corpus, target, capsys)
    assert code == 1
    line = one_clear_line(stderr)
    assert "No space left on device" in line and "run the same command again" in line
    kept = done_shards(out)
    assert 1 <= kept < 13, kept
    assert not [p for p in (out / ".shards").iterdir() if p.name.startswith(".tmp-")]
    grow()
    code, stderr = run_in_process(corpus, target, capsys, quiet=False)
    assert code == 0, stderr
    assert f"resuming: {kept} finished shard(s)" in stderr
    assert_same_tables(clean_run, out)
    assert main(["validate", str(out)]) == 0


def test_a_run_directory_that_is_a_file_is_one_clear_line(corpus, tmp_path, capsys):
    out = tmp_path / "a-file"
    out.write_text("not a directory", encoding="utf-8")
    code, stderr = run_in_process(corpus, str(out), capsys)
    assert code == 1
    line = one_clear_line(stderr)
    assert str(out) in line and "not a directory" in line


def test_a_read_only_file_system_is_one_clear_line(corpus, tmp_path, capsys):
    mount = tmp_path / "ro"
    mount.mkdir()
    (mount / "run").mkdir()
    mounted = subprocess.run(
        ["mount", "--bind", "-o", "ro", str(mount), str(mount)], capture_output=True
    )
    if mounted.returncode != 0:
        os.chmod(mount / "run", 0o555)  # not root: a permission error instead
        if os.access(mount / "run", os.W_OK):
            pytest.fail("this machine can neither mount read-only nor deny writes")
    try:
        code, stderr = run_in_process(corpus, str(mount / "run"), capsys)
    finally:
        subprocess.run(["umount", str(mount)], check=False, capture_output=True)
    assert code == 1
    line = one_clear_line(stderr)
    assert str(mount / "run") in line and ("Read-only" in line or "Permission denied" in line)


# -- dead workers ------------------------------------------------------------------------------
def descendants(pid: int) -> list[int]:
    """Every process under `pid`, read from /proc."""
    children: dict[int, list[int]] = {}
    for entry in Path("/proc").iterdir():
        if entry.name.isdigit():
            try:
                stat = (entry / "stat").read_text()
            except OSError:
                continue
            parent = int(stat.rsplit(")", 1)[1].split()[1])
            children.setdefault(parent, []).append(int(entry.name))
    found, todo = [], [pid]
    while todo:
        for child in children.get(todo.pop(), []):
            found.append(child)
            todo.append(child)
    return found


def command_line(pid: int) -> str:
    try:
        return (Path("/proc") / str(pid) / "cmdline").read_bytes().replace(b"\0", b" ").decode()
    except OSError:
        return ""


def square_dying_once(job: tuple[str, int]) -> int:
    """Kill this worker process the first time it sees the marked shard, then square."""
    marker, number = job
    if number == 3 and not os.path.exists(marker):
        Path(marker).touch()
        os._exit(9)
    return number * number


def square_always_dying(number: int) -> int:
    if number == 3:
        os._exit(9)
    return number * number


def test_a_shard_whose_worker_died_runs_again_on_a_fresh_pool(tmp_path):
    marker = str(tmp_path / "died")
    shards = enumerate((marker, number) for number in range(10))
    assert sorted(run_local(square_dying_once, shards, 2)) == [(i, i * i) for i in range(10)]
    assert os.path.exists(marker)


def test_a_shard_that_kills_every_worker_ends_the_run_in_worker_died():
    with pytest.raises(WorkerDied, match="shard 3"):
        list(run_local(square_always_dying, enumerate(range(10)), 2))


def square(number: int) -> int:
    return number * number


def two_megabytes(number: int) -> bytes:
    return bytes([number]) * 2_000_000


def test_results_come_back_through_files_so_no_pipe_message_is_torn(tmp_path, monkeypatch):
    # A worker killed while it writes a large result to the pool's pipe leaves part of a message
    # there, and the executor's reader waits for the rest for ever; a message no longer than
    # PIPE_BUF is written at once, so only a path to the result goes through the pipe.
    path = result_files.result_to_file(two_megabytes, 7, str(tmp_path))
    sent = pickle.dumps(_ResultItem(123456, result=path), protocol=pickle.HIGHEST_PROTOCOL)
    assert len(sent) + 8 < select.PIPE_BUF  # (the 8: the length header written with it)
    assert result_files.result_from_file(path) == two_megabytes(7)
    assert not os.path.exists(path)
    # a whole run: every result read back, no file left behind
    monkeypatch.setattr(tempfile, "tempdir", str(tmp_path))
    results = dict(run_local(two_megabytes, enumerate(range(5)), 2))
    assert results == {i: two_megabytes(i) for i in range(5)}
    assert list(tmp_path.iterdir()) == []


HOLD_A_RESULTS_FOLDER = """
import sys, time
from extract.run.result_files import results_folder
with results_folder() as folder:
    print(folder, flush=True)
    time.sleep(600)
"""


def test_a_killed_runs_results_folder_goes_at_the_next_run_and_a_live_runs_stays(
    tmp_path, monkeypatch
):
    # A run killed outright cannot remove its results folder (its orphaned workers may still
    # write there): the next run removes every folder whose run's lock is free.
    monkeypatch.setenv("TMPDIR", str(tmp_path))
    monkeypatch.setattr(tempfile, "tempdir", str(tmp_path))
    holder = subprocess.Popen(
        [sys.executable, "-c", HOLD_A_RESULTS_FOLDER], stdout=subprocess.PIPE, text=True
    )
    try:
        folder = Path(holder.stdout.readline().strip())
        (folder / "123-result.pickle").write_bytes(b"x" * 1000)
        assert folder.parent == tmp_path and result_files.remove_abandoned() == []
        assert folder.exists()  # its run is alive
    finally:
        holder.kill()
        holder.wait()
    made_now = tmp_path / (result_files.PREFIX + "being-made")
    made_now.mkdir()  # no lock file yet: a run that has just made it
    assert result_files.remove_abandoned() == [folder]
    assert not folder.exists() and made_now.exists()
    old = time.time() - result_files.UNLOCKED_GRACE_SECONDS - 60
    os.utime(made_now, (old, old))
    assert result_files.remove_abandoned() == [made_now]
    # and a run with worker processes sweeps before it starts, leaving nothing of its own
    (tmp_path / (result_files.PREFIX + "dead")).mkdir()
    (tmp_path / (result_files.PREFIX + "dead") / result_files.LOCK_NAME).touch()
    assert sorted(run_local(square, enumerate([1, 2, 3]), 2)) == [(0, 1), (1, 4), (2, 9)]
    assert list(tmp_path.iterdir()) == []


def test_sigterm_ends_a_run_in_one_line_leaving_no_temporary_file(
    big_corpus, clean_big_run, tmp_path
):
    out, private_tmp = tmp_path / "run", tmp_path / "tmp"
    private_tmp.mkdir()
    command = extract_command(big_corpus, out, "--shard-size", "500", "--jobs", "2")
    environment = {**os.environ, "TMPDIR": str(private_tmp)}
    run = subprocess.Popen(command, stderr=subprocess.PIPE, text=True, env=environment)
    wait_for(lambda: done_shards(out) >= 1, "the run committed a shard", run)
    workers = descendants(run.pid)
    run.send_signal(signal.SIGTERM)
    assert run.wait(timeout=120) == 143
    assert one_clear_line(run.stderr.read()) == "claims: terminated"
    wait_for(lambda: not any(alive(pid) for pid in workers), "the workers ended", seconds=60)
    assert not [p for p in private_tmp.iterdir() if p.name.startswith(result_files.PREFIX)]
    assert not list((out / ".shards").glob(".tmp*")) and not (out / ".claims.lock").exists()
    again = subprocess.run(command, capture_output=True, text=True, timeout=600, env=environment)
    assert again.returncode == 0, again.stderr
    assert_same_tables(clean_big_run, out)


class PoolBrokenAtFirstSubmit(ProcessPoolExecutor):
    """A pool found broken when a shard is handed to it (a worker died since the last wait)."""

    submitted = 0

    def submit(self, *args, **kwargs):
        PoolBrokenAtFirstSubmit.submitted += 1
        if PoolBrokenAtFirstSubmit.submitted in (1, 4):
            raise BrokenProcessPool("a child process terminated abruptly")
        return super().submit(*args, **kwargs)


def test_a_pool_found_broken_at_submit_loses_no_shard(monkeypatch):
    monkeypatch.setattr(engines, "ProcessPoolExecutor", PoolBrokenAtFirstSubmit)
    results = sorted(run_local(square_always_dying, enumerate([1, 2, 4, 5, 6]), 2))
    assert results == [(0, 1), (1, 4), (2, 16), (3, 25), (4, 36)]
    assert PoolBrokenAtFirstSubmit.submitted == 7  # two refused, five run


class PoolRecordingShutdown(ProcessPoolExecutor):
    """A pool that records how it was shut down."""

    waits: list[bool] = []

    def shutdown(self, wait=True, *, cancel_futures=False):
        PoolRecordingShutdown.waits.append(wait)
        super().shutdown(wait=wait, cancel_futures=cancel_futures)


def test_a_finished_run_waits_for_its_workers_and_a_failed_one_does_not(monkeypatch):
    # waiting lets the pool close its pipes before the interpreter's exit hook writes to them
    monkeypatch.setattr(engines, "ProcessPoolExecutor", PoolRecordingShutdown)
    PoolRecordingShutdown.waits = []
    assert sorted(run_local(square_always_dying, enumerate([1, 2]), 2)) == [(0, 1), (1, 4)]
    assert PoolRecordingShutdown.waits == [True]
    PoolRecordingShutdown.waits = []
    with pytest.raises(WorkerDied):
        list(run_local(square_always_dying, enumerate(range(5)), 2))
    assert PoolRecordingShutdown.waits and not any(PoolRecordingShutdown.waits)


def alive(pid: int) -> bool:
    try:
        state = (Path("/proc") / str(pid) / "stat").read_text().rsplit(")", 1)[1].split()[0]
    except OSError:
        return False
    return state != "Z"


def test_a_run_killed_while_its_workers_live_leaves_its_directory_free(
    big_corpus, clean_big_run, tmp_path
):
    out = tmp_path / "run"
    command = extract_command(big_corpus, out, "--shard-size", "500", "--jobs", "2")
    # a session of its own, so the orphaned workers can be cleaned up as one group
    run = subprocess.Popen(command, stderr=subprocess.PIPE, text=True, start_new_session=True)
    try:
        wait_for(lambda: done_shards(out) >= 1, "the run committed a shard", run)
        workers = descendants(run.pid)
        run.kill()
        run.wait(timeout=60)
        # the case under test: the forked workers outlive the run that holds the lock
        assert any(alive(pid) for pid in workers), "no worker outlived the run"
        again = subprocess.run(command, capture_output=True, text=True, timeout=600)
    finally:
        try:
            os.killpg(run.pid, signal.SIGKILL)
        except ProcessLookupError:
            pass
    assert again.returncode == 0, again.stderr
    assert "took over" in again.stderr and f"pid {run.pid}" in again.stderr
    assert_same_tables(clean_big_run, out)


@pytest.mark.parametrize("engine", ["local", "dask"])
def test_a_killed_worker_does_not_change_the_tables(engine, big_corpus, clean_big_run, tmp_path):
    out = tmp_path / "run"
    command = extract_command(
        big_corpus, out, "--shard-size", "500", "--jobs", "2", "--engine", engine
    )
    run = subprocess.Popen(command, stderr=subprocess.PIPE, text=True)
    wait_for(lambda: done_shards(out) >= 2, "two shards were committed", run)
    # the worker processes are the leaves of the run's process tree: the pool's forked
    # children, or the processes Dask's nannies start (never the resource tracker)
    tree = descendants(run.pid)
    workers = [
        p
        for p in tree
        if not descendants(p) and "resource_tracker" not in command_line(p) and command_line(p)
    ]
    assert workers, [command_line(p) for p in tree]
    os.kill(workers[-1], signal.SIGKILL)
    code = run.wait(timeout=600)
    stderr = run.stderr.read()
    if code != 0:  # ended cleanly, the finished shards kept: the same command finishes it
        one_clear_line(stderr)
        again = subprocess.run(command, capture_output=True, text=True, timeout=600)
        assert again.returncode == 0, again.stderr
    assert_same_tables(clean_big_run, out)
    assert main(["validate", str(out)]) == 0
