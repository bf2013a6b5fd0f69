"""Write papers, claims and failures as Parquet with explicit Arrow schemas."""

from __future__ import annotations

from importlib.metadata import PackageNotFoundError, version

import pyarrow as pa

from schemas import SCHEMA_VERSION, ClaimBase, HardwareClaim, Paper, ReadError

PAPERS_SCHEMA = pa.schema(
    [
        ("paper_id", pa.string()),
        ("title", pa.string()),
        ("abstract", pa.string()),
        ("source", pa.string()),
        ("record", pa.int64()),
        ("authors", pa.int64()),
        ("date", pa.string()),
        ("extra", pa.string()),
    ]
)
CLAIMS_SCHEMA = pa.schema(
    [
        ("paper_id", pa.string()),
        ("title", pa.string()),
        ("field", pa.string()),
        ("kind", pa.string()),
        ("text", pa.string()),
        ("start", pa.int64()),
        ("end", pa.int64()),
        ("sentence", pa.string()),
        ("low", pa.float64()),
        ("high", pa.float64()),
        ("unit", pa.string()),
        ("qualifier", pa.string()),
        ("direction", pa.string()),
        ("metric", pa.string()),
        ("baseline", pa.string()),
        ("baseline_hardware", pa.string()),
        ("canonical", pa.string()),
        ("vendor", pa.string()),
        ("category", pa.string()),
        ("generation", pa.string()),
        ("release_year", pa.int64()),
        ("memory_gb", pa.float64()),
        ("form_factor", pa.string()),
        ("known", pa.bool_()),
        ("device", pa.string()),
        ("model", pa.string()),
        ("active", pa.bool_()),
        ("rule_id", pa.string()),
    ]
)
ERRORS_SCHEMA = pa.schema(
    [
        ("source", pa.string()),
        ("record", pa.int64()),
        ("paper_id", pa.string()),
        ("reason", pa.string()),
    ]
)


def tool_version() -> str:
    """The installed package version, or 'unknown' when run from an uninstalled tree."""
    try:
        return version("paper-claims")
    except PackageNotFoundError:
        return "unknown"


SCHEMAS = {"papers": PAPERS_SCHEMA, "claims": CLAIMS_SCHEMA, "errors": ERRORS_SCHEMA}


def with_metadata(schema: pa.Schema) -> pa.Schema:
    """The schema with the schema and tool versions in its metadata."""
    return schema.with_metadata(
        {"paper_claims.schema_version": SCHEMA_VERSION, "paper_claims.tool_version": tool_version()}
    )


def rows_to_table(rows: list[dict], schema: pa.Schema) -> pa.Table:
    """Rows as an Arrow table of the given schema, with version metadata."""
    return pa.Table.from_pylist(rows, schema=with_metadata(schema))


def claim_row(claim: ClaimBase, title: str) -> dict:
    """Flatten one claim to a claims-table row (None where a column does not apply)."""
    row = dict.fromkeys(CLAIMS_SCHEMA.names)
    row.update(claim.model_dump())
    row["title"] = title
    if isinstance(claim, HardwareClaim):
        row["low"] = row["high"] = None
    return {name: row[name] for name in CLAIMS_SCHEMA.names}


def paper_row(paper: Paper) -> dict:
    """One papers-table row."""
    return paper.model_dump()


def error_row(error: ReadError) -> dict:
    """One errors-table row."""
    return error.model_dump()
