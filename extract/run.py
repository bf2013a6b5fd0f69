"""Drive one extraction run: read, extract, and write the three tables of a run directory."""

from __future__ import annotations

import sys
import time
from collections.abc import Iterable
from dataclasses import dataclass
from pathlib import Path

from extract.pipeline import process
from extract.writer import (
    CLAIMS_SCHEMA,
    ERRORS_SCHEMA,
    PAPERS_SCHEMA,
    claim_row,
    error_row,
    paper_row,
    write_table,
)
from schemas import Paper, ReadError

PROGRESS_EVERY_SECONDS = 5.0


@dataclass
class RunSummary:
    """What a run wrote."""

    papers: int
    claims: int
    errors: int


def run_extraction(
    records: Iterable[Paper | ReadError], output: Path, progress: bool = True
) -> RunSummary:
    """Extract every record and write papers, claims and errors tables into `output`."""
    output.mkdir(parents=True, exist_ok=True)
    papers, claims, errors = [], [], []
    last_report = time.monotonic()
    started = last_report
    for result in process(records):
        errors.extend(error_row(e) for e in result.errors)
        if result.paper is not None:
            papers.append(paper_row(result.paper))
            claims.extend(claim_row(c, result.paper.title) for c in result.claims)
        now = time.monotonic()
        if progress and now - last_report > PROGRESS_EVERY_SECONDS:
            rate = len(papers) / (now - started)
            print(f"  {len(papers)} papers ({rate:.0f}/s), {len(claims)} claims", file=sys.stderr)
            last_report = now
    write_table(papers, PAPERS_SCHEMA, output / "papers.parquet")
    write_table(claims, CLAIMS_SCHEMA, output / "claims.parquet")
    write_table(errors, ERRORS_SCHEMA, output / "errors.parquet")
    return RunSummary(len(papers), len(claims), len(errors))
