"""Comparison tables from a run's claims, importable for notebooks as `extract.report.tables`.

Per paper, speedups by baseline and by metric group, hardware, scale, and any grouping from
the command line (`group_table`).

A claim's value is its `high` end: `2x to 13x` counts as 13 in medians and maxima, as the
most the paper claims. Hardware claims have no value; they are counted.
"""

from __future__ import annotations

import pandas as pd

from extract import messages
from extract.claims.metric_group import metric_group
from extract.report.choices import AGGREGATES


def with_derived_columns(claims: pd.DataFrame) -> pd.DataFrame:
    """Add `value` (the high end) to a claims table, and `metric_group` where it lacks one.

    Runs since schema 1.2 store each comparison's group; an older run's is derived from its
    metric phrase with the same vocabulary.
    """
    claims = claims.copy()
    claims["value"] = claims["high"]
    compares = claims["kind"].isin(["speedup", "percent_change"])
    stored = claims["metric_group"] if "metric_group" in claims else pd.Series(None, claims.index)
    derived = [
        group if isinstance(group, str) else (metric_group(metric) if compared else None)
        for group, metric, compared in zip(stored, claims["metric"], compares, strict=True)
    ]
    claims["metric_group"] = derived
    return claims


def _papers_list(ids: pd.Series) -> str:
    return ", ".join(sorted(set(ids)))


def group_table(
    claims: pd.DataFrame,
    kind: str | None,
    by: list[str],
    aggregates: tuple[str, ...] = ("count", "median", "max", "papers"),
    where: str | None = None,
) -> pd.DataFrame:
    """Claims of one kind grouped by columns, with the chosen aggregates of their values.

    `where` is a pandas query over the claims columns (`low > 2 and metric_group ==
    "latency"`). Missing group values are shown as `-`.
    """
    table = with_derived_columns(claims)
    if kind:
        table = table[table.kind == kind]
    if where:
        try:
            table = table.query(where)
        except Exception as exc:  # noqa: BLE001 - pandas raises many types for a bad query
            raise ValueError(messages.BAD_WHERE.format(where=where, detail=exc)) from exc
    unknown = [c for c in by if c not in table.columns]
    if unknown:
        raise ValueError(messages.BAD_COLUMN.format(columns=unknown, known=list(table.columns)))
    bad = [a for a in aggregates if a not in AGGREGATES]
    if bad:
        raise ValueError(messages.BAD_AGGREGATE.format(names=bad, known=list(AGGREGATES)))
    table = table.assign(**{c: table[c].astype(object).where(table[c].notna(), "-") for c in by})
    grouped = table.groupby(by, sort=True)
    columns = {}
    for name in aggregates:
        if name == "count":
            columns["count"] = grouped.size()
        elif name == "papers":
            columns["papers"] = grouped.paper_id.agg(_papers_list)
        else:
            columns[name] = grouped.value.agg(name)
    result = pd.DataFrame(columns).reset_index()
    sort = ["count"] if "count" in columns else by
    return result.sort_values(sort, ascending="count" not in columns, kind="stable").reset_index(
        drop=True
    )


def _largest(claims: pd.DataFrame, kind: str) -> pd.DataFrame:
    """Per paper, the claim of `kind` with the largest value (first in text on ties)."""
    subset = claims[claims.kind == kind].sort_values(
        ["paper_id", "value", "field", "start"], ascending=[True, False, False, True]
    )
    return subset.drop_duplicates("paper_id").set_index("paper_id")


def per_paper(papers: pd.DataFrame, claims: pd.DataFrame) -> pd.DataFrame:
    """One row per paper: largest speedup, hardware, largest model size and GPU count.

    The speedup comes with its metric and baseline; the last column counts all claims.
    """
    claims = with_derived_columns(claims)
    speedup = _largest(claims, "speedup")
    size = _largest(claims, "model_size")
    gpus = _largest(claims, "gpu_count")
    hardware = claims[claims.kind == "hardware"].groupby("paper_id").canonical.agg(_papers_list)
    counts = claims.groupby("paper_id").size()
    rows = []
    for paper in papers.itertuples():
        pid = paper.paper_id
        rows.append(
            {
                "paper_id": pid,
                "title": paper.title,
                "date": paper.date,
                "largest_speedup": speedup.value.get(pid),
                "speedup_metric": speedup.metric.get(pid),
                "speedup_baseline": speedup.baseline.get(pid),
                "hardware": hardware.get(pid),
                "largest_model_size": size.value.get(pid),
                "largest_gpu_count": gpus.value.get(pid),
                "gpu_device": gpus.device.get(pid),
                "claims": int(counts.get(pid, 0)),
            }
        )
    return pd.DataFrame(rows)


def speedups_by_baseline(claims: pd.DataFrame) -> pd.DataFrame:
    """Speedups per baseline: its software system or hardware, else the baseline as written.

    `vLLM`, `vLLM v0.4.2` and `state-of-the-art systems like vLLM` are one row, `vLLM`.
    """
    table = claims.copy()
    named = [
        s if isinstance(s, str) else (h if isinstance(h, str) else b)
        for s, h, b in zip(
            table.get("baseline_system", pd.Series(None, table.index)),
            table["baseline_hardware"],
            table["baseline"],
            strict=True,
        )
    ]
    return group_table(table.assign(baseline=named), "speedup", ["baseline"])


def speedups_by_metric(claims: pd.DataFrame) -> pd.DataFrame:
    """For each metric group: speedups, with the raw metric phrases kept."""
    table = group_table(claims, "speedup", ["metric_group"])
    derived = with_derived_columns(claims)
    phrases = (
        derived[derived.kind == "speedup"]
        .dropna(subset=["metric"])
        .groupby("metric_group")
        .metric.agg(lambda m: "; ".join(sorted(set(m))))
    )
    table["metrics_as_written"] = table.metric_group.map(phrases).fillna("")
    return table


QUANTITY_COLUMNS = [
    "dimension", "unit", "count", "papers", "min", "median", "max",
    "result", "setting", "background", "paper_ids",
]  # fmt: skip


def quantities(claims: pd.DataFrame) -> pd.DataFrame:
    """Quantities by dimension and canonical unit: how many, their spread, roles and papers.

    Values are in the canonical unit (`s`, `B`, `FLOP/s`, ...), so one row compares papers.
    A run written before the quantity kind (schema < 1.3) has none: the table is empty.
    """
    if "dimension" not in claims.columns:
        return pd.DataFrame(columns=QUANTITY_COLUMNS)
    amounts = claims[claims.kind == "quantity"]
    if amounts.empty:
        return pd.DataFrame(columns=QUANTITY_COLUMNS)
    grouped = amounts.groupby(["dimension", "unit"], dropna=False)
    roles = (
        amounts.groupby(["dimension", "unit", "role"], dropna=False).size().unstack(fill_value=0)
    )
    table = pd.DataFrame(
        {
            "count": grouped.size(),
            "papers": grouped.paper_id.nunique(),
            "min": grouped.low.min(),
            "median": grouped.low.median(),
            "max": grouped.high.max(),
        }
    )
    for role in ("result", "setting", "background"):
        table[role] = roles[role] if role in roles else 0
    table["paper_ids"] = grouped.paper_id.agg(_papers_list)
    table = table.reset_index()
    return table.sort_values(["papers", "count", "dimension"], ascending=[False, False, True])[
        QUANTITY_COLUMNS
    ]


def hardware_mentions(claims: pd.DataFrame) -> pd.DataFrame:
    """Hardware by canonical name, vendor and category: mentions, papers and which papers."""
    hardware = claims[claims.kind == "hardware"]
    grouped = hardware.groupby(["canonical", "vendor", "category"], dropna=False)
    table = pd.DataFrame(
        {
            "mentions": grouped.size(),
            "papers": grouped.paper_id.nunique(),
            "paper_ids": grouped.paper_id.agg(_papers_list),
        }
    ).reset_index()
    return table.sort_values(["papers", "mentions", "canonical"], ascending=[False, False, True])


def scale(
    papers: pd.DataFrame, claims: pd.DataFrame, per_paper_table: pd.DataFrame | None = None
) -> pd.DataFrame:
    """How big, on how many: each paper's largest model size against its largest GPU count.

    Pass `per_paper_table` when it is already built, so it is not computed again.
    """
    table = per_paper(papers, claims) if per_paper_table is None else per_paper_table
    table = table[table.largest_model_size.notna() | table.largest_gpu_count.notna()]
    return table[
        ["paper_id", "title", "largest_model_size", "largest_gpu_count", "gpu_device"]
    ].reset_index(drop=True)
