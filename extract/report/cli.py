"""The `claims report` and `claims table` subcommands."""

from __future__ import annotations

import argparse
import sys
import time
from pathlib import Path

from extract import messages
from extract.report.choices import AGGREGATES, FORMATS

CLAIMS_COLUMNS_HINT = "any claims column, or metric_group"


def add_report_commands(sub: argparse._SubParsersAction) -> None:
    """Register report and table on the `claims` parser."""
    rp = sub.add_parser("report", help="tables, figures and an HTML report of a run")
    rp.add_argument("run_dir", type=Path)
    rp.add_argument("-o", "--output", type=Path, help="report folder (default RUN_DIR/report)")

    tb = sub.add_parser("table", help="group a run's claims and print or write the table")
    tb.add_argument("run_dir", type=Path)
    tb.add_argument("--kind", help="claim kind (default: all kinds)")
    tb.add_argument("--by", default="kind", help=f"comma-separated columns ({CLAIMS_COLUMNS_HINT})")
    tb.add_argument(
        "--agg",
        default="count,median,max,papers",
        help=f"comma-separated, from {', '.join(AGGREGATES)}",
    )
    tb.add_argument("--where", help='pandas query over claims, e.g. "low > 2"')
    tb.add_argument("--format", choices=FORMATS, default="markdown")
    tb.add_argument("-o", "--output", type=Path, help="write here (needed for parquet)")


def run_report(args: argparse.Namespace) -> int:
    """Write the report and list what it wrote."""
    from extract.report.write import write_report

    out = args.output or args.run_dir / "report"
    started = time.perf_counter()
    written = write_report(args.run_dir, out)
    elapsed = time.perf_counter() - started
    print(
        messages.REPORT_WRITTEN.format(
            files=len(written.files), out=out, index=out / "index.html", seconds=elapsed
        )
    )
    return 0


def run_table(args: argparse.Namespace) -> int:
    """Print (or write) one grouping of a run's claims."""
    from extract.report import formats as table_formats
    from extract.report.tables import group_table
    from extract.run.rundir import read_table

    claims = read_table(args.run_dir, "claims")
    try:
        frame = group_table(
            claims,
            args.kind,
            [c.strip() for c in args.by.split(",") if c.strip()],
            tuple(a.strip() for a in args.agg.split(",") if a.strip()),
            args.where,
        )
    except ValueError as exc:
        print(f"claims table: error: {exc}", file=sys.stderr)
        return 2
    if args.output:
        path = table_formats.write(frame, args.output.with_suffix(""), args.format)
        print(messages.WROTE.format(path=path))
    elif args.format == "parquet":
        print(f"claims table: error: {messages.PARQUET_NEEDS_OUTPUT}", file=sys.stderr)
        return 2
    else:
        print(table_formats.render(frame, args.format), end="")
    return 0
