"""Sharded runs: same tables for any jobs or engine, resume after SIGKILL, progress, fsspec."""

import gc
import os
import signal
import subprocess
import sys
import time
from pathlib import Path

import pandas as pd
import pyarrow.parquet as pq
import pytest

from benchmarks.corpus import write_corpus
from extract.read.readers import read_inputs
from extract.run.batch import RunOptions, run_extraction
from extract.run.engines import EXTRACTION_GC_THRESHOLDS, run_local
from extract.run.progress import Progress

TABLES = ("papers", "claims", "errors")


@pytest.fixture(scope="module")
def corpus(tmp_path_factory) -> Path:
    folder = tmp_path_factory.mktemp("corpus")
    path = write_corpus(folder / "corpus.jsonl", 600, seed=7)
    # a few bad records among the good ones
    with path.open("a", encoding="utf-8") as handle:
        handle.write('not json\n{"id": "x", "title": "t"}\n')
    return path


def tables(run_dir) -> dict[str, pd.DataFrame]:
    return {name: pd.read_parquet(Path(run_dir) / f"{name}.parquet") for name in TABLES}


def assert_same_tables(a, b):
    left, right = tables(a), tables(b)
    for name in TABLES:
        pd.testing.assert_frame_equal(left[name], right[name])


def run(corpus, out, **options):
    records = read_inputs([str(corpus)])
    return run_extraction(records, out, False, RunOptions(**options))


@pytest.fixture(scope="module")
def one_job_run(corpus, tmp_path_factory):
    out = tmp_path_factory.mktemp("jobs1")
    summary = run(corpus, out, jobs=1, shard_size=50)
    return out, summary


def test_one_job_run_writes_every_paper_and_failure(one_job_run):
    out, summary = one_job_run
    written = tables(out)
    assert summary.papers == len(written["papers"]) == 600
    assert summary.errors == len(written["errors"]) == 2
    assert summary.claims == len(written["claims"]) > 600
    assert summary.shards == 13
    assert not (out / ".shards").exists()
    assert written["papers"].paper_id.is_unique
    assert pq.read_schema(out / "claims.parquet").metadata[b"paper_claims.schema_version"]


def test_two_jobs_give_exactly_the_same_tables(corpus, one_job_run, tmp_path):
    run(corpus, tmp_path, jobs=2, shard_size=50)
    assert_same_tables(one_job_run[0], tmp_path)


def test_shard_size_does_not_change_the_tables(corpus, one_job_run, tmp_path):
    run(corpus, tmp_path, jobs=1, shard_size=1000)
    assert_same_tables(one_job_run[0], tmp_path)


def test_dask_local_cluster_gives_the_same_tables(corpus, one_job_run, tmp_path):
    run(corpus, tmp_path, jobs=2, engine="dask", shard_size=50)
    assert_same_tables(one_job_run[0], tmp_path)


def test_sigkill_mid_run_then_the_same_command_finishes_the_run(corpus, one_job_run, tmp_path):
    out = tmp_path / "run"
    command = [
        sys.executable, "-m", "extract", "extract", str(corpus), "-o", str(out),
        "--shard-size", "50", "--jobs", "1", "--quiet",
    ]  # fmt: skip
    victim = subprocess.Popen(command)
    shards = out / ".shards"
    deadline = time.monotonic() + 120
    while len(list(shards.glob("*.done"))) < 3 and victim.poll() is None:
        assert time.monotonic() < deadline, "the run never committed three shards"
        time.sleep(0.02)
    assert victim.poll() is None, "the run finished before it could be killed"
    os.kill(victim.pid, signal.SIGKILL)
    victim.wait()
    finished_before = len(list(shards.glob("*.done")))
    assert 3 <= finished_before < 13
    assert not (out / "claims.parquet").exists()
    again = subprocess.run(command[:-1], capture_output=True, text=True, check=True)
    assert f"resuming: {finished_before} finished shard(s)" in again.stderr
    assert_same_tables(one_job_run[0], out)


def test_a_changed_input_is_not_resumed_from_old_shards(corpus, tmp_path):
    first = corpus.parent / "first.jsonl"
    first.write_text(corpus.read_text(encoding="utf-8"), encoding="utf-8")
    from extract.read.readers import Columns
    from extract.run.batch import run_fingerprint

    def fingerprinted_run():
        options = RunOptions(
            jobs=1, shard_size=50, fingerprint=run_fingerprint([str(first)], None, Columns(), 50)
        )
        return run_extraction(read_inputs([str(first)]), tmp_path, False, options)

    store = tmp_path / ".shards"
    store.mkdir()
    (store / "manifest.json").write_text('{"other": "run"}')
    (store / "000000.done").write_text('{"papers": 999}')
    summary = fingerprinted_run()
    assert summary.resumed_shards == 0 and summary.papers == 600


def test_progress_log_lines_and_quiet(capsys, tmp_path):
    import io

    stream = io.StringIO()
    progress = Progress("log", total_bytes=100, read_bytes=[50], stream=stream)
    progress.add({"papers": 10, "claims": 20, "errors": 1})
    assert "50% 10 papers" in stream.getvalue() and "20 claims, 1 failed" in stream.getvalue()
    bar = io.StringIO()
    drawn = Progress("bar", total_bytes=100, read_bytes=[25], stream=bar)
    drawn.add({"papers": 3})
    assert "25%" in bar.getvalue() and "3 papers" in bar.getvalue()
    assert "\x1b[" in bar.getvalue()  # drawn with terminal codes
    drawn.read_bytes[0] = 100
    drawn.close()
    assert "\n" in bar.getvalue().rsplit("100%", 1)[1]  # the final state ends its line
    quiet = io.StringIO()
    Progress("quiet", stream=quiet).add({"papers": 3})
    assert quiet.getvalue() == ""


def test_cli_quiet_prints_nothing_and_jobs_option_is_checked(corpus, tmp_path, capsys):
    from extract.cli import main

    assert main(["extract", str(corpus), "-o", str(tmp_path), "-q", "-j", "1"]) == 0
    captured = capsys.readouterr()
    assert captured.out == ""
    assert main(["extract", str(corpus), "-o", str(tmp_path), "-j", "-1"]) == 2
    assert "--jobs must be" in capsys.readouterr().err


def test_input_and_output_as_fsspec_urls(corpus, one_job_run):
    import fsspec

    from extract.read.readers import expand_inputs

    fs = fsspec.filesystem("memory")
    fs.pipe("/inputs/corpus.jsonl", corpus.read_bytes())
    (url,) = expand_inputs(["memory://inputs/*.jsonl"])
    run(url, "memory://runs/one", jobs=1, shard_size=50)
    with fs.open("memory://runs/one/claims.parquet", "rb") as handle:
        claims = pd.read_parquet(handle)
    pd.testing.assert_frame_equal(claims, tables(one_job_run[0])["claims"])
    assert not fs.exists("memory://runs/one/.shards")


def collector_thresholds(_shard):
    return gc.get_threshold()


@pytest.mark.parametrize("jobs", [1, 2])
def test_shards_run_with_the_extraction_gc_thresholds_and_ours_come_back(jobs):
    before = gc.get_threshold()
    assert before != EXTRACTION_GC_THRESHOLDS
    results = run_local(collector_thresholds, enumerate([[1], [2], [3]]), jobs)
    seen = [thresholds for _, thresholds in results]
    assert seen == [EXTRACTION_GC_THRESHOLDS] * 3
    assert gc.get_threshold() == before


def process_id(_shard):
    return os.getpid()


_PREPARED: list[int] = []


def prepare_here():
    _PREPARED.append(os.getpid())


def prepared_by(_shard):
    return list(_PREPARED)


def test_prepare_runs_once_here_and_forked_workers_inherit_what_it_made():
    _PREPARED.clear()
    try:
        results = run_local(prepared_by, enumerate([[1], [2], [3]]), 2, prepare=prepare_here)
        seen = [prepared for _, prepared in results]
        # workers never prepare again: each saw the one preparation this process made
        assert seen == [[os.getpid()]] * 3
        assert _PREPARED == [os.getpid()]
    finally:
        _PREPARED.clear()


def test_a_run_of_one_shard_starts_no_worker_processes():
    # a pool's start-up is most of a small run's time: one shard runs in this process
    assert [pid for _, pid in run_local(process_id, enumerate([[1]]), 2)] == [os.getpid()]
    # two shards or more go to the workers
    pids = [pid for _, pid in run_local(process_id, enumerate([[1], [2]]), 2)]
    assert os.getpid() not in pids


def test_claims_extract_never_imports_pandas_and_pandas_still_reads_its_tables(tmp_path):
    # pandas is a fifth of a small run's start-up; `claims extract` hands pyarrow only lists
    corpus = write_corpus(tmp_path / "one.jsonl", 3, seed=1)
    run = (
        "import sys\n"
        "from extract.cli import main\n"
        f"assert main(['extract', {str(corpus)!r}, '-o', {str(tmp_path / 'run')!r}, '-q']) == 0\n"
        "assert 'pyarrow' in sys.modules and 'pandas' not in sys.modules\n"
    )
    subprocess.run([sys.executable, "-c", run], check=True)
    assert len(tables(tmp_path / "run")["papers"]) == 3
    # in a process where pyarrow was told so, pandas is still imported when it must be
    script = (
        "import sys, pyarrow as pa\n"
        "from extract.run.writer import arrow_skips_pandas\n"
        "arrow_skips_pandas()\n"
        "pa.array([1, None], pa.int64())\n"
        "assert 'pandas' not in sys.modules\n"
        "frame = pa.table({'a': pa.array([1.5, None], pa.float64())}).to_pandas()\n"
        "assert frame.a.isna().tolist() == [False, True]\n"
        "assert pa.Table.from_pandas(frame).column('a').null_count == 1\n"
    )
    subprocess.run([sys.executable, "-c", script], check=True)


def listed(paper_id, title, source, record):
    from schemas import Paper

    return Paper(paper_id=paper_id, title=title, abstract="", source=source, record=record)


@pytest.mark.parametrize("store", ["memory", "disk"])
@pytest.mark.parametrize("chunk", [2_000, 1])
def test_a_reused_id_names_where_it_was_first_read_and_a_relisted_paper_is_skipped(
    store, chunk, monkeypatch
):
    from extract.run import paper_ids
    from schemas import ReadError

    monkeypatch.setattr(paper_ids, "CHUNK_RECORDS", chunk)  # 1: every lookup is a new chunk
    ids = paper_ids.PaperIds.on_disk() if store == "disk" else paper_ids.PaperIds()
    records = [
        listed("a", "Fast Serving", "one.jsonl", 3),
        listed("b", "Sparse Kernels", "two.jsonl", 70_000_000),
        listed("a", "fast  SERVING", "three.jsonl", 1),  # the same paper listed again
        listed("b", "Dense Kernels", "three.jsonl", 2),
    ]
    passed = list(paper_ids.unique_records(records, ids))
    assert [(type(r).__name__, r.paper_id, r.source) for r in passed] == [
        ("Paper", "a", "one.jsonl"),
        ("Paper", "b", "two.jsonl"),
        ("ReadError", "b", "three.jsonl"),
    ]
    assert isinstance(passed[2], ReadError)
    assert passed[2].reason.endswith("(first read from two.jsonl:70000000)")


def test_a_full_temporary_folder_for_the_paper_ids_ends_the_run_in_one_line():
    from extract.run.paper_ids import PaperIds, unique_records
    from extract.run.shards import RunWriteError

    ids = PaperIds.on_disk()
    ids.db.execute("PRAGMA max_page_count = 2")  # the table's file can grow no further
    records = (listed(f"id-{n:06d}", f"title {n}", "big.jsonl", n + 1) for n in range(5_000))
    with pytest.raises(RunWriteError, match="table of paper ids in the temporary folder .* full"):
        list(unique_records(records, ids))


def one_paper_shard(index: int) -> dict:
    """A shard's three tables holding one paper, `p<index>`, and nothing else."""
    from extract.run.writer import SCHEMAS, records_to_table
    from schemas import Paper

    paper = Paper(paper_id=f"p{index}", title="t", abstract="a", source="s", record=index + 1)
    tables = {name: records_to_table([], schema) for name, schema in SCHEMAS.items()}
    return {**tables, "papers": records_to_table([paper], SCHEMAS["papers"])}


def test_shards_finishing_out_of_order_are_written_in_shard_order(tmp_path):
    from extract.run.merge import InOrderMerge
    from extract.run.shards import ShardStore

    store = ShardStore(str(tmp_path))
    store.start({"run": "test"})
    store.commit(1, one_paper_shard(1))  # committed by an earlier run, read back from disk
    with InOrderMerge(store) as merged:
        merged.add(3, one_paper_shard(3))
        merged.add_resumed(1)
        merged.add(2, one_paper_shard(2))
        assert not (tmp_path / "papers.parquet").exists()
        merged.add(0, one_paper_shard(0))
        merged.finish(4)
    assert tables(tmp_path)["papers"].paper_id.tolist() == ["p0", "p1", "p2", "p3"]
    assert sorted(p.name for p in tmp_path.iterdir()) == [f"{n}.parquet" for n in sorted(TABLES)]


def test_a_merge_missing_a_shard_fails_and_leaves_no_half_written_table(tmp_path):
    from extract.run.merge import InOrderMerge
    from extract.run.shards import ShardStore

    store = ShardStore(str(tmp_path))
    store.start({"run": "test"})
    with pytest.raises(RuntimeError, match="not all written"), InOrderMerge(store) as merged:
        merged.add(0, one_paper_shard(0))
        merged.add(2, one_paper_shard(2))
        merged.finish(3)
    assert not list(tmp_path.glob("*.parquet"))
    assert [p.name for p in (tmp_path / ".shards").iterdir()] == ["manifest.json"]


def test_records_of_mixed_kinds_become_rows_in_their_order_with_absent_fields_none():
    from extract.run.pipeline import extract_paper
    from extract.run.writer import CLAIMS_SCHEMA, records_to_table
    from schemas import Paper

    abstract = (
        "It is 2.1x faster than vLLM on 8 A100 GPUs and cuts latency by 30% for a 70B model, "
        "serving 6,688 tokens/s. It reaches 3.5x on an H100 and 12% lower energy."
    )
    paper = Paper(paper_id="p1", title="T", abstract=abstract, source="-", record=1)
    claims = extract_paper(paper)
    kinds = [c.kind for c in claims]
    assert len(set(kinds)) >= 5 and kinds != sorted(kinds)  # interleaved models
    titles = [f"title {i}" for i in range(len(claims))]
    rows = records_to_table(claims, CLAIMS_SCHEMA, {"title": titles}).to_pylist()
    for row, claim, title in zip(rows, claims, titles, strict=True):
        assert row["title"] == title
        for name in CLAIMS_SCHEMA.names:
            if name != "title":
                assert row[name] == getattr(claim, name, None), name
