"""Check a run directory: table schemas and versions, every record, offsets and references."""

from __future__ import annotations

from dataclasses import dataclass, field
from pathlib import Path

import pyarrow.parquet as pq
from pydantic import ValidationError

from extract import messages
from extract.run.rundir import RunDirError, table_path
from extract.run.writer import SCHEMA_KEY, SCHEMAS, TOOL_KEY
from schemas import CLAIM_MODELS, SCHEMA_VERSION, Paper, ReadError

# A claims row's columns that are not fields of any record model.
_TABLE_ONLY = {"title"}
BATCH_ROWS = 10_000


@dataclass
class RunCheck:
    """What `validate_run` found: counts of checked rows and every violation."""

    rows: dict[str, int] = field(default_factory=dict)
    violations: list[str] = field(default_factory=list)

    def add(self, table: str, row: int | None, problem: str) -> None:
        """Record one violation."""
        where = f"{table}.parquet" + (f" row {row}" if row is not None else "")
        self.violations.append(f"{where}: {problem}")


def _problems(error: ValidationError) -> str:
    return "; ".join(f"{'.'.join(map(str, e['loc'])) or 'row'}: {e['msg']}" for e in error.errors())


def _check_schema(check: RunCheck, run_dir: Path, table: str) -> Path | None:
    try:
        path = table_path(run_dir, table)
    except RunDirError as exc:
        check.add(table, None, str(exc))
        return None
    try:
        schema = pq.read_schema(path)
    except Exception as exc:  # noqa: BLE001 - any unreadable file is one violation
        check.add(table, None, messages.VALIDATE_UNREADABLE.format(detail=exc))
        return None
    expected = SCHEMAS[table]
    if not schema.remove_metadata().equals(expected):
        check.add(table, None, messages.VALIDATE_SCHEMA.format(found=schema.names))
    metadata = schema.metadata or {}
    version = metadata.get(SCHEMA_KEY, b"").decode()
    if version != SCHEMA_VERSION:
        check.add(
            table,
            None,
            messages.VALIDATE_VERSION.format(found=version or "none", own=SCHEMA_VERSION),
        )
    if not metadata.get(TOOL_KEY):
        check.add(table, None, messages.VALIDATE_NO_TOOL_VERSION)
    return path


def _rows(path: Path):
    number = 0
    for batch in pq.ParquetFile(path).iter_batches(batch_size=BATCH_ROWS):
        for row in batch.to_pylist():
            yield number, row
            number += 1


def validate_run(run_dir: Path) -> RunCheck:
    """Check every table of a run directory; the papers' texts are held in memory."""
    if not run_dir.is_dir():
        raise RunDirError(messages.RUN_DIR_NOT_FOUND.format(path=run_dir))
    check = RunCheck()
    paths = {table: _check_schema(check, run_dir, table) for table in SCHEMAS}
    texts: dict[str, tuple[str, str]] = {}
    if paths["papers"]:
        for number, row in _rows(paths["papers"]):
            try:
                paper = Paper.model_validate(row)
            except ValidationError as exc:
                check.add("papers", number, _problems(exc))
                continue
            if paper.paper_id in texts:
                check.add("papers", number, messages.VALIDATE_DUPLICATE.format(id=paper.paper_id))
            texts[paper.paper_id] = (paper.title, paper.abstract)
        check.rows["papers"] = len(texts)
    if paths["errors"]:
        count = 0
        for count, row in enumerate((r for _, r in _rows(paths["errors"])), 1):
            try:
                ReadError.model_validate(row)
            except ValidationError as exc:
                check.add("errors", count - 1, _problems(exc))
        check.rows["errors"] = count
    if paths["claims"]:
        check.rows["claims"] = _check_claims(check, paths["claims"], texts)
    return check


def _check_claims(check: RunCheck, path: Path, texts: dict[str, tuple[str, str]]) -> int:
    count = 0
    for number, row in _rows(path):
        count += 1
        model = CLAIM_MODELS.get(row.get("kind"))
        if model is None:
            check.add("claims", number, messages.VALIDATE_KIND.format(kind=row.get("kind")))
            continue
        fields = set(model.model_fields)
        stray = [k for k, v in row.items() if k not in fields | _TABLE_ONLY and v is not None]
        if stray:
            check.add("claims", number, messages.VALIDATE_STRAY.format(columns=stray))
        try:
            claim = model.model_validate({k: v for k, v in row.items() if k in fields})
        except ValidationError as exc:
            check.add("claims", number, _problems(exc))
            continue
        paper = texts.get(claim.paper_id)
        if paper is None:
            check.add("claims", number, messages.VALIDATE_NO_PAPER.format(id=claim.paper_id))
            continue
        source = paper[0] if claim.field == "title" else paper[1]
        if source[claim.start : claim.end] != claim.text:
            check.add("claims", number, messages.VALIDATE_OFFSETS.format(text=claim.text))
        elif claim.sentence not in source or claim.text not in claim.sentence:
            check.add("claims", number, messages.VALIDATE_SENTENCE)
        if row.get("title") != paper[0]:
            check.add("claims", number, messages.VALIDATE_TITLE)
    return count
