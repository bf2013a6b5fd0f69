"""Run the stages in order: read -> normalise -> match -> build -> normalise records -> write."""

from __future__ import annotations

from collections.abc import Iterable, Iterator
from dataclasses import dataclass, field
from functools import lru_cache

import pyarrow as pa

from extract import messages
from extract.claims.builder import ClaimBuilder
from extract.hardware.gazetteer import default_gazetteer
from extract.match.rules import default_ruleset
from extract.run.paper_ids import unique_records
from extract.run.writer import (
    CLAIMS_SCHEMA,
    ERRORS_SCHEMA,
    PAPERS_SCHEMA,
    records_to_table,
)
from extract.text.timed_regex import cpu_watchdog, paper_budget
from schemas import ClaimBase, Paper, ReadError

# Texts longer than this are cut (and the cut recorded) so one record cannot stall a run.
MAX_FIELD_CHARS = 100_000
# CPU seconds one paper may take under the run's watchdog (`timed_regex.cpu_watchdog`); a
# paper of the longest fields takes about a tenth of a second.
PAPER_CPU_SECONDS = 2.0


@lru_cache(maxsize=1)
def default_builder() -> ClaimBuilder:
    """The builder over the packaged rules and gazetteer, made once per process."""
    return ClaimBuilder(default_ruleset(), default_gazetteer())


def extract_paper(paper: Paper, builder: ClaimBuilder | None = None) -> list[ClaimBase]:
    """Every distinct claim of one paper, title first, in text order."""
    builder = builder or default_builder()
    fields = [
        ("title", paper.title[:MAX_FIELD_CHARS]),
        ("abstract", paper.abstract[:MAX_FIELD_CHARS]),
    ]
    return builder.build_paper(paper.paper_id, fields)


@dataclass
class PaperResult:
    """The outcome for one input record: a paper with its claims, or failures."""

    paper: Paper | None = None
    claims: list[ClaimBase] = field(default_factory=list)
    errors: list[ReadError] = field(default_factory=list)


def process(records: Iterable[Paper | ReadError]) -> Iterator[PaperResult]:
    """Extract from every paper once, passing failures on."""
    return _extract_each(unique_records(records))


def _extract_each(records: Iterable[Paper | ReadError]) -> Iterator[PaperResult]:
    for record in records:
        if isinstance(record, ReadError):
            yield PaperResult(errors=[record])
        else:
            yield extract_one(record)


def extract_shard(records: list[Paper | ReadError]) -> dict[str, pa.Table]:
    """Extract one shard of records into its papers, claims and errors tables.

    A pure function of its input, run by every engine (in process, worker processes, Dask).
    The records hold each paper id once: a run's reader passes every id once (`batch._shards`).
    """
    papers, claims, titles, errors = [], [], [], []
    with cpu_watchdog():
        for result in _extract_each(records):
            errors.extend(result.errors)
            if result.paper is not None:
                papers.append(result.paper)
                claims.extend(result.claims)
                titles.extend([result.paper.title] * len(result.claims))
    return {
        "papers": records_to_table(papers, PAPERS_SCHEMA),
        "claims": records_to_table(claims, CLAIMS_SCHEMA, {"title": titles}),
        "errors": records_to_table(errors, ERRORS_SCHEMA),
    }


def extract_one(paper: Paper) -> PaperResult:
    """Extract one paper; an unexpected failure becomes an error row, never a crash."""
    errors: list[ReadError] = []
    if len(paper.title) > MAX_FIELD_CHARS or len(paper.abstract) > MAX_FIELD_CHARS:
        errors = _cut_fields(paper)
    try:
        with paper_budget(PAPER_CPU_SECONDS):
            claims = extract_paper(paper)
        return PaperResult(paper, claims, errors)
    except TimeoutError as exc:
        reason = messages.EXTRACTION_TIMED_OUT.format(detail=str(exc)[:200] or "regex timeout")
        errors.append(
            ReadError(
                source=paper.source, record=paper.record, paper_id=paper.paper_id, reason=reason
            )
        )
        return PaperResult(paper, [], errors)
    except Exception as exc:  # noqa: BLE001 - one bad record must not stop the run
        detail = f"{type(exc).__name__}: {str(exc)[:200]}"
        errors.append(
            ReadError(
                source=paper.source,
                record=paper.record,
                paper_id=paper.paper_id,
                reason=messages.EXTRACTION_FAILED.format(detail=detail),
            )
        )
        return PaperResult(paper, [], errors)


def _cut_fields(paper: Paper) -> list[ReadError]:
    """A failure row for each field longer than `MAX_FIELD_CHARS` (extracted up to it)."""
    return [
        ReadError(
            source=paper.source,
            record=paper.record,
            paper_id=paper.paper_id,
            reason=messages.TEXT_TOO_LONG.format(field=name, size=len(text), limit=MAX_FIELD_CHARS),
        )
        for name, text in (("title", paper.title), ("abstract", paper.abstract))
        if len(text) > MAX_FIELD_CHARS
    ]
