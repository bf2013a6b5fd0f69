"""Write papers, claims and failures as Parquet with explicit Arrow schemas."""

from __future__ import annotations

import sys
from functools import lru_cache
from importlib.metadata import PackageNotFoundError, version

import pyarrow as pa

from schemas import SCHEMA_VERSION

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
        ("metric_group", pa.string()),
        ("baseline", pa.string()),
        ("baseline_system", pa.string()),
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
        ("dimension", pa.string()),
        ("value_text", pa.string()),
        ("item", pa.string()),
        ("role", pa.string()),
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


@lru_cache(maxsize=1)
def tool_version() -> str:
    """The installed package version, or 'unknown' when run from an uninstalled tree."""
    try:
        return version("paper-claims")
    except PackageNotFoundError:
        return "unknown"


SCHEMAS = {"papers": PAPERS_SCHEMA, "claims": CLAIMS_SCHEMA, "errors": ERRORS_SCHEMA}
# The metadata keys every table this tool writes carries (bytes: Arrow's metadata keys).
SCHEMA_KEY = b"paper_claims.schema_version"
TOOL_KEY = b"paper_claims.tool_version"


def with_metadata(schema: pa.Schema) -> pa.Schema:
    """The schema with the schema and tool versions in its metadata."""
    return schema.with_metadata({SCHEMA_KEY: SCHEMA_VERSION, TOOL_KEY: tool_version()})


def arrow_skips_pandas() -> None:
    """Tell pyarrow, before it first asks, that this process converts no pandas objects.

    Converting a Python list to a column of a given type, pyarrow asks whether it is a
    pandas object and imports pandas to know: a fifth of a second, a fifth of a one-record
    `claims extract`, which hands it only lists and schemas. pyarrow asks once per process,
    so the question is put here with pandas hidden. Reading a table into pandas later still
    works: pyarrow imports pandas then, when it must have it. Nothing is done when pandas is
    already imported.
    """
    if "pandas" in sys.modules:
        return
    sys.meta_path.insert(0, _HIDE_PANDAS)
    try:
        pa.array([], pa.int64())
    finally:
        sys.meta_path.remove(_HIDE_PANDAS)


class _HidePandas:
    """An import finder under which `import pandas` fails as if pandas were not installed."""

    @staticmethod
    def find_spec(name: str, path=None, target=None):
        if name == "pandas" or name.startswith("pandas."):
            raise ModuleNotFoundError(f"{name} is hidden", name=name)
        return None


_HIDE_PANDAS = _HidePandas()


def records_to_table(
    records: list, schema: pa.Schema, extra: dict[str, list] | None = None
) -> pa.Table:
    """Records as an Arrow table of the given schema, with version metadata.

    Each column is the records' attribute of that name (None where a record has none) unless
    `extra` gives it. Arrow reads the records' field dicts itself (`from_pylist`, in C++): a
    third faster than picking each field in Python.
    """
    extra = extra or {}
    schema = with_metadata(schema)
    own = pa.schema([field for field in schema if field.name not in extra])
    # a pydantic model keeps its fields in __dict__
    table = pa.Table.from_pylist([record.__dict__ for record in records], schema=own)
    return pa.Table.from_arrays(
        [
            pa.array(extra[f.name], f.type) if f.name in extra else table.column(f.name)
            for f in schema
        ],
        schema=schema,
    )
