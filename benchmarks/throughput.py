"""Throughput benchmark: end to end `claims extract` against quantulum3 on the same text.

    .venv/bin/pip install -e '.[bench]'
    .venv/bin/python -m benchmarks.throughput                 # 100k abstracts, jobs 1 and 2
    .venv/bin/python -m benchmarks.throughput --count 10000 --rss-only 200000
    .venv/bin/python -m benchmarks.throughput --repeat 2    # each run twice, the fastest kept

Each figure comes from a fresh `python -m extract extract` process reading the JSONL corpus
and writing Parquet, so reading, extraction and writing are all counted. Peak RSS is the
largest single process of the run (the main process or one worker), from getrusage.
quantulum3 runs in its own process with PYTHONHASHSEED=0 (its output depends on the seed).
"""

from __future__ import annotations

import argparse
import json
import os
import subprocess
import sys
import tempfile
import time
from pathlib import Path

import pyarrow.parquet as pq

from benchmarks.corpus import write_corpus
from extract.compiled import compiled_modules

TARGET_PER_SECOND = 2_000
TARGET_RATIO = 100

_PEAK_RSS = (
    "import resource, subprocess, sys\n"
    "done = subprocess.run(sys.argv[1:])\n"
    "print(resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss, done.returncode)\n"
)
_QUANTULUM = (
    "import json, sys, time, warnings\n"
    "warnings.simplefilter('ignore')\n"
    "from quantulum3 import parser\n"
    "texts = [json.loads(line)['abstract'] for line in open(sys.argv[1], encoding='utf-8')]\n"
    "texts = texts[: int(sys.argv[2])]\n"
    "started = time.perf_counter()\n"
    "quantities = sum(len(parser.parse(text)) for text in texts)\n"
    "print(json.dumps({'seconds': time.perf_counter() - started, 'abstracts': len(texts),\n"
    "                  'quantities': quantities}))\n"
)


def machine_check() -> float:
    """Seconds a fixed pure-Python loop takes.

    On a shared machine the speed swings; this says how fast it was around the runs.
    """
    started = time.perf_counter()
    total = 0
    for number in range(3_000_000):
        total += number * number % 7
    return time.perf_counter() - started


def measure_run(corpus: Path, jobs: int, output: Path) -> dict:
    """Run `claims extract` on the corpus in a fresh process; time it and read its peak RSS."""
    command = [sys.executable, "-m", "extract", "extract", str(corpus), "-o", str(output)]
    command += ["--jobs", str(jobs), "--quiet"]
    started = time.perf_counter()
    done = subprocess.run(
        [sys.executable, "-c", _PEAK_RSS, *command], capture_output=True, text=True, check=True
    )
    seconds = time.perf_counter() - started
    peak_kb, status = (int(v) for v in done.stdout.split())
    if status != 0:
        raise SystemExit(f"claims extract failed ({status}): {done.stderr[-2000:]}")
    return {
        "seconds": seconds,
        "papers": pq.read_metadata(output / "papers.parquet").num_rows,
        "claims": pq.read_metadata(output / "claims.parquet").num_rows,
        "peak_rss_mb": peak_kb / 1024,
    }


def measure_quantulum(corpus: Path, count: int) -> dict | None:
    """quantulum3's parse over the first `count` abstracts, or None when it is not installed."""
    env = {**os.environ, "PYTHONHASHSEED": "0"}
    done = subprocess.run(
        [sys.executable, "-c", _QUANTULUM, str(corpus), str(count)],
        capture_output=True,
        text=True,
        env=env,
    )
    if done.returncode != 0:
        print(f"quantulum3 not measured: {done.stderr.strip().splitlines()[-1:]}", file=sys.stderr)
        return None
    return json.loads(done.stdout)


def corpus_words(corpus: Path) -> int:
    """Words (whitespace-separated) in every title and abstract of the corpus."""
    words = 0
    with corpus.open(encoding="utf-8") as handle:
        for line in handle:
            record = json.loads(line)
            words += len(record["title"].split()) + len(record["abstract"].split())
    return words


def main(argv: list[str] | None = None) -> int:
    """Build the corpus, run every measurement and print the figures."""
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--count", type=int, default=100_000, help="abstracts (default 100k)")
    parser.add_argument("--jobs", default="1,2", help="comma-separated job counts (default 1,2)")
    parser.add_argument("--quantulum", type=int, default=2_000, help="abstracts for quantulum3")
    parser.add_argument(
        "--rss-only",
        type=int,
        nargs="*",
        default=[],
        metavar="N",
        help="also measure peak RSS of a --jobs 1 run on N abstracts",
    )
    parser.add_argument(
        "--repeat",
        type=int,
        default=1,
        metavar="N",
        help="measure every run N times, in alternating rounds, and keep each one's fastest "
        "(on a shared machine the speed moves between runs; default 1)",
    )
    parser.add_argument("--seed", type=int, default=0)
    args = parser.parse_args(argv)
    if args.repeat < 1:
        parser.error("--repeat must be 1 or more")
    with tempfile.TemporaryDirectory(prefix="paper-claims-bench-") as folder:
        work = Path(folder)
        corpus = write_corpus(work / "corpus.jsonl", args.count, args.seed)
        words = corpus_words(corpus)
        print(f"corpus: {args.count:,} abstracts, {words:,} words, seed {args.seed}")
        compiled = compiled_modules()
        print(
            "compiled with mypyc: "
            + (", ".join(compiled) if compiled else "nothing")
            + " (the rest runs as Python)"
        )
        before = machine_check()
        rates: dict[int, float] = {}  # jobs -> abstracts/s, the fastest round's
        theirs = 0.0  # quantulum3's abstracts/s, the fastest round's
        for round_ in range(1, args.repeat + 1):
            label = f" (round {round_} of {args.repeat})" if args.repeat > 1 else ""
            for jobs in (int(j) for j in args.jobs.split(",")):
                result = measure_run(corpus, jobs, work / f"run-{jobs}-{round_}")
                rate = result["papers"] / result["seconds"]
                rates[jobs] = max(rates.get(jobs, 0.0), rate)
                print(
                    f"claims extract --jobs {jobs}{label}: {result['seconds']:.1f} s, "
                    f"{rate:,.0f} abstracts/s, "
                    f"{words / result['seconds']:,.0f} words/s, "
                    f"{result['claims'] / result['seconds']:,.0f} claims/s "
                    f"({result['claims']:,} claims), peak RSS {result['peak_rss_mb']:.0f} MB"
                )
            quantulum = measure_quantulum(corpus, args.quantulum) if args.quantulum > 0 else None
            if quantulum:
                rate = quantulum["abstracts"] / quantulum["seconds"]
                theirs = max(theirs, rate)
                print(
                    f"quantulum3 parse{label}: {quantulum['abstracts']:,} abstracts in "
                    f"{quantulum['seconds']:.1f} s = {rate:,.1f} abstracts/s "
                    f"({quantulum['quantities']:,} quantities)"
                )
        one = rates.get(1)
        if args.repeat > 1:
            print(
                "fastest of each: "
                + ", ".join(f"--jobs {j} {r:,.0f}/s" for j, r in rates.items())
                + (f", quantulum3 {theirs:,.1f}/s" if theirs else "")
            )
        if theirs and one:
            print(
                f"ratio --jobs 1 / quantulum3: {one / theirs:,.1f}x (target {TARGET_RATIO}x): "
                + ("met" if one / theirs >= TARGET_RATIO else "NOT met")
            )
        if one:
            print(
                f"--jobs 1 target {TARGET_PER_SECOND:,} abstracts/s: "
                + ("met" if one >= TARGET_PER_SECOND else "NOT met")
            )
        print(
            f"machine check (a fixed Python loop): {before:.2f} s before the runs, "
            f"{machine_check():.2f} s after (lower is faster)"
        )
        for size in args.rss_only:
            small = write_corpus(work / f"rss-{size}.jsonl", size, args.seed)
            result = measure_run(small, 1, work / f"rss-run-{size}")
            print(
                f"peak RSS --jobs 1 on {size:,} abstracts: {result['peak_rss_mb']:.0f} MB "
                f"({result['seconds']:.1f} s)"
            )
            small.unlink()
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
