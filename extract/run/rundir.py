"""Read the tables of a run directory written by `claims extract`."""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING

from extract import messages
from schemas import Paper

if TYPE_CHECKING:  # pandas is imported where a table is read: `claims extract` never needs it
    import pandas as pd

TABLES = ("papers", "claims", "errors")


class RunDirError(ValueError):
    """A run directory is missing, incomplete or does not hold what was asked for."""


def table_path(run_dir: Path, table: str) -> Path:
    """The Parquet file of one table in a run directory; a clear error when it is missing."""
    if not run_dir.is_dir():
        raise RunDirError(messages.RUN_DIR_NOT_FOUND.format(path=run_dir))
    path = run_dir / f"{table}.parquet"
    if not path.is_file():
        raise RunDirError(messages.RUN_TABLE_MISSING.format(path=path))
    return path


def read_table(run_dir: Path, table: str, columns: list[str] | None = None) -> pd.DataFrame:
    """One table of a run directory as a DataFrame."""
    import pandas as pd

    return pd.read_parquet(table_path(run_dir, table), columns=columns)


def find_paper(run_dir: Path, paper_id: str) -> Paper:
    """The paper with `paper_id` in a run's papers table."""
    import pandas as pd

    papers = read_table(run_dir, "papers")
    rows = papers[papers.paper_id == paper_id]
    if rows.empty:
        raise RunDirError(messages.PAPER_NOT_IN_RUN.format(paper_id=paper_id, path=run_dir))
    row = rows.iloc[0].to_dict()
    return Paper(**{k: (None if pd.isna(v) else v) for k, v in row.items()})
