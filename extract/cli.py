"""The `claims` command line: extract, eval, hardware, and the rule-development commands."""

from __future__ import annotations

import argparse
import json
import os
import signal
import sys
import threading
import time
from pathlib import Path

from extract import messages
from extract.develop.cli import (
    add_rule_dev_commands,
    run_diff,
    run_explain,
    run_rules,
    run_show,
)
from extract.match.rules import RuleFileError
from extract.read.readers import FORMATS, Columns, InputError, expand_inputs, read_inputs
from extract.read.sample import sample_corpus
from extract.report.cli import add_report_commands, run_report, run_table
from extract.run.batch import DEFAULT_SHARD_SIZE
from extract.run.engines import ENGINES, EngineError, WorkerDied
from extract.run.lock import ForeignFiles, RunDirBusy
from extract.run.rundir import RunDirError
from extract.run.shards import RunWriteError

DEFAULT_SAMPLE_OUTPUT = Path("outputs/sample")


def build_parser() -> argparse.ArgumentParser:
    """The argument parser of every subcommand."""
    parser = argparse.ArgumentParser(
        prog="claims", description="Extract typed quantitative claims from ML-systems papers."
    )
    sub = parser.add_subparsers(dest="command", required=True)

    ex = sub.add_parser("extract", help="extract claims from paper listings, JSONL, CSV, Parquet")
    ex.add_argument(
        "inputs",
        nargs="*",
        help="files, directories, globs or - (stdin JSONL); none: the bundled sample corpus",
    )
    ex.add_argument(
        "-o",
        "--output",
        type=Path,
        help="output directory "
        f"(default: {DEFAULT_SAMPLE_OUTPUT} for the sample, else outputs/run)",
    )
    ex.add_argument("--format", choices=FORMATS, help="input format (default: detected)")
    ex.add_argument("--title-col", default="title", help="title column/field (default: title)")
    ex.add_argument("--abstract-col", default="abstract", help="abstract column/field")
    ex.add_argument("--id-col", default="id", help="id column/field (default: id)")
    ex.add_argument("--strict", action="store_true", help="exit 1 when any input record failed")
    ex.add_argument(
        "--overwrite",
        action="store_true",
        help="write into a directory that holds files no run of this tool wrote",
    )
    ex.add_argument("-q", "--quiet", action="store_true", help="print nothing but errors")
    ex.add_argument(
        "-j", "--jobs", type=int, default=0, help="worker processes (default: all cores)"
    )
    ex.add_argument("--engine", choices=ENGINES, default="local", help="local (default) or dask")
    ex.add_argument(
        "--scheduler", metavar="ADDRESS", help="Dask scheduler (default: a local cluster)"
    )
    ex.add_argument(
        "--shard-size",
        type=int,
        default=DEFAULT_SHARD_SIZE,
        help=f"input records per shard, the unit of work and of resuming ({DEFAULT_SHARD_SIZE})",
    )

    ev = sub.add_parser("eval", help="score a claims table against a gold file")
    ev.add_argument("gold", type=Path, help="gold JSONL (one paper per line)")
    ev.add_argument("pred", type=Path, help="claims.parquet (or .csv/.jsonl) of a run")
    ev.add_argument(
        "--show",
        type=int,
        default=0,
        metavar="N",
        help="list up to N false alarms and N misses with their sentences",
    )
    ev.add_argument("--json", action="store_true", help="print the scores as one JSON object")
    hw = sub.add_parser("hardware", help="hardware seen in a run, or what a name resolves to")
    hw.add_argument(
        "run_dir",
        nargs="?",
        type=Path,
        default=DEFAULT_SAMPLE_OUTPUT,
        help=f"run directory with claims.parquet (default: {DEFAULT_SAMPLE_OUTPUT})",
    )
    hw.add_argument("--lookup", metavar="NAME", help="resolve one written name")
    hw.add_argument("--json", action="store_true", help="print JSON instead of a table")
    hw.add_argument(
        "--by",
        choices=("product", "family"),
        default="product",
        help="one row per product (default), or per family: products rolled up to the family "
        "or series the gazetteer lists them in",
    )
    va = sub.add_parser("validate", help="check a run directory's schemas, records and offsets")
    va.add_argument("run_dir", type=Path)
    va.add_argument("--show", type=int, default=50, metavar="N", help="violations listed (50)")
    add_rule_dev_commands(sub)
    add_report_commands(sub)
    return parser


class Terminated(BaseException):
    """SIGTERM (`kill`, a job scheduler's time limit) raised where the run is, as Ctrl-C is."""


def _raise_terminated(signum: int, frame: object) -> None:
    raise Terminated


def main(argv: list[str] | None = None) -> int:
    """Entry point of `claims` and `python -m extract`.

    SIGTERM ends a command as Ctrl-C does: by an exception, so that what is open is closed and
    temporary files are removed (finished shards are kept either way). Python's default ends
    the process at once.
    """
    args = build_parser().parse_args(argv)
    if threading.current_thread() is not threading.main_thread():  # only it may set handlers
        return _run_command(args)
    previous = signal.signal(signal.SIGTERM, _raise_terminated)
    try:
        return _run_command(args)
    finally:
        signal.signal(signal.SIGTERM, previous)


def _run_command(args: argparse.Namespace) -> int:
    commands = {
        "extract": run_extract,
        "eval": run_eval,
        "hardware": run_hardware,
        "validate": run_validate,
        "report": run_report,
        "table": run_table,
        "explain": run_explain,
        "diff": run_diff,
        "rules": run_rules,
        "show": run_show,
    }
    try:
        return commands[args.command](args)
    except (InputError, RuleFileError, RunDirError, EngineError, FileNotFoundError) as exc:
        print(f"claims: error: {exc}", file=sys.stderr)
        return 2
    except (RunDirBusy, ForeignFiles) as exc:  # nothing was written
        print(f"claims: error: {exc}", file=sys.stderr)
        return 2
    except (RunWriteError, WorkerDied) as exc:  # the run stopped; finished shards are kept
        print(f"claims: error: {exc}", file=sys.stderr)
        return 1
    except BrokenPipeError:
        # `claims rules | head`: the reader left; say nothing and let Python exit quietly.
        os.dup2(os.open(os.devnull, os.O_WRONLY), sys.stdout.fileno())
        return 141
    except KeyboardInterrupt:
        print("claims: interrupted", file=sys.stderr)
        return 130
    except Terminated:
        print("claims: terminated", file=sys.stderr)
        return 143


def run_extract(args: argparse.Namespace) -> int:
    """Extract claims from the inputs and write the three tables."""
    from extract.run.batch import RunOptions, run_extraction, run_fingerprint
    from extract.run.progress import Progress
    from extract.run.writer import arrow_skips_pandas

    arrow_skips_pandas()
    if args.jobs < 0 or args.shard_size < 1:
        raise InputError(messages.BAD_RUN_OPTION.format(jobs=args.jobs, size=args.shard_size))
    inputs = args.inputs or sample_corpus()
    output = args.output or (DEFAULT_SAMPLE_OUTPUT if not args.inputs else Path("outputs/run"))
    files = expand_inputs(inputs)
    columns = Columns(title=args.title_col, abstract=args.abstract_col, id=args.id_col)
    read_bytes = [0]
    total = sum(os.path.getsize(f) for f in files if f != "-" and os.path.isfile(f))
    progress = Progress("quiet" if args.quiet else "auto", total, read_bytes)
    options = RunOptions(
        jobs=args.jobs,
        engine=args.engine,
        scheduler=args.scheduler,
        shard_size=args.shard_size,
        fingerprint=run_fingerprint(files, args.format, columns, args.shard_size),
        overwrite=args.overwrite,
    )
    started = time.perf_counter()
    records = read_inputs(files, args.format, columns, read_bytes)
    summary = run_extraction(records, output, progress, options)
    elapsed = time.perf_counter() - started
    if not args.quiet:
        print(
            messages.RUN_SUMMARY.format(
                papers=summary.papers, claims=summary.claims, errors=summary.errors, out=output
            )
            + f" ({elapsed:.1f} s)"
        )
    if summary.errors:
        print(
            messages.FAILED_RECORDS_HINT.format(
                errors=summary.errors, path=f"{output}/errors.parquet"
            ),
            file=sys.stderr,
        )
    return 1 if args.strict and summary.errors else 0


def run_eval(args: argparse.Namespace) -> int:
    """Score a claims table against gold and print the table."""
    from extract.develop.evaluate import format_score, load_predictions, score

    if not args.gold.is_file():
        raise FileNotFoundError(messages.INPUT_NOT_FOUND.format(path=args.gold))
    if not args.pred.is_file():
        raise FileNotFoundError(messages.INPUT_NOT_FOUND.format(path=args.pred))
    with args.gold.open(encoding="utf-8") as handle:
        gold = [json.loads(line) for line in handle if line.strip()]
    result = score(gold, load_predictions(args.pred))
    if args.json:
        print(json.dumps({**result.counts, "attributes": result.attributes}))
    else:
        print(format_score(result, args.show))
    return 0


def run_hardware(args: argparse.Namespace) -> int:
    """List canonical hardware names of a run, or resolve one name with --lookup."""
    from extract.hardware.gazetteer import default_gazetteer

    gazetteer = default_gazetteer()
    if args.lookup is not None:
        mention = gazetteer.resolve_name(args.lookup)
        fields = (
            "canonical",
            "family",
            "vendor",
            "category",
            "generation",
            "release_year",
            "memory_gb",
            "form_factor",
            "known",
        )
        info = {f: getattr(mention, f, None) for f in fields}
        if mention is None:
            info["known"] = False
        else:
            info["family"] = gazetteer.family(mention.canonical)
        if args.json:
            print(json.dumps(info))
        elif mention is None:
            print(f"{args.lookup!r} is not a hardware name")
        else:
            print("\n".join(f"{f:13} {info[f]}" for f in fields))
        return 0
    import pandas as pd

    path = args.run_dir / "claims.parquet"
    if not path.is_file():
        raise FileNotFoundError(messages.INPUT_NOT_FOUND.format(path=path))
    claims = pd.read_parquet(path, columns=["paper_id", "kind", "canonical", "vendor", "category"])
    hardware = claims[claims.kind == "hardware"]
    if args.by == "family":
        hardware = hardware.assign(canonical=hardware.canonical.map(gazetteer.family))
    table = (
        hardware.groupby(["canonical", "vendor", "category"], dropna=False)
        .paper_id.nunique()
        .rename("papers")
        .reset_index()
        .sort_values(["papers", "canonical"], ascending=[False, True])
    )
    if args.json:
        print(table.to_json(orient="records"))
    else:
        print(table.to_string(index=False) if len(table) else "no hardware in this run")
    return 0


def run_validate(args: argparse.Namespace) -> int:
    """Check a run directory; exit 1 on any violation."""
    from extract.run.validate import validate_run

    check = validate_run(args.run_dir)
    if not check.violations:
        print(
            messages.VALIDATE_OK.format(
                path=args.run_dir,
                papers=check.rows.get("papers", 0),
                claims=check.rows.get("claims", 0),
                errors=check.rows.get("errors", 0),
            )
        )
        return 0
    for violation in check.violations[: args.show]:
        print(violation)
    if len(check.violations) > args.show:
        print(f"... and {len(check.violations) - args.show:,} more (--show)")
    print(messages.VALIDATE_FAILED.format(path=args.run_dir, count=len(check.violations)))
    return 1
