"""Report figures (matplotlib, no display needed), each saved as PNG and SVG."""

from __future__ import annotations

import re
from pathlib import Path

import matplotlib

matplotlib.use("Agg")  # files only; never a window

import matplotlib.pyplot as plt  # noqa: E402 - after choosing the backend
import numpy as np  # noqa: E402
import pandas as pd  # noqa: E402

from extract.report.tables import per_paper, with_derived_columns  # noqa: E402

_YEAR = re.compile(r"\b(?:19|20)\d{2}\b")
FIGURE_SIZE = (8.0, 4.8)


def paper_dates(papers: pd.DataFrame) -> pd.Series:
    """Dates of papers that state a year (`Nov 7, 2024`, `2024-11-07`); others are NaT.

    A listing date without a year (`Jun 14`) cannot be placed in time and is left out.
    """
    text = papers["date"].fillna("").astype(str)
    has_year = text.map(lambda t: bool(_YEAR.search(t)))
    parsed = pd.to_datetime(text.where(has_year), errors="coerce", format="mixed")
    return pd.Series(parsed.values, index=papers.paper_id)


def _save(figure, stem: Path) -> list[Path]:
    paths = [stem.with_suffix(".png"), stem.with_suffix(".svg")]
    figure.savefig(paths[0], dpi=150, bbox_inches="tight")
    figure.savefig(paths[1], bbox_inches="tight")
    plt.close(figure)
    return paths


def _empty(ax, message: str) -> None:
    ax.text(0.5, 0.5, message, ha="center", va="center", transform=ax.transAxes, fontsize=11)
    ax.set_xticks([])
    ax.set_yticks([])


def speedup_distribution(claims: pd.DataFrame, stem: Path) -> list[Path]:
    """Claimed speedups on a log axis, one row of points and a box per metric group."""
    speedups = with_derived_columns(claims)
    speedups = speedups[(speedups.kind == "speedup") & speedups.value.notna()]
    figure, ax = plt.subplots(figsize=FIGURE_SIZE)
    if speedups.empty:
        _empty(ax, "no speedup claims in this run")
    else:
        order = speedups.groupby("metric_group").value.median().sort_values().index.tolist()
        data = [speedups[speedups.metric_group == g].value.to_numpy() for g in order]
        ax.boxplot(data, orientation="horizontal", showfliers=False, widths=0.5)
        jitter = np.random.default_rng(0)
        for row, values in enumerate(data, start=1):
            ax.scatter(values, row + jitter.uniform(-0.15, 0.15, len(values)), s=12, alpha=0.6)
        labels = [f"{g} ({len(d)})" for g, d in zip(order, data, strict=True)]
        ax.set_yticks(range(1, len(order) + 1), labels)
        ax.set_xscale("log")
        ax.set_xlabel("claimed speedup (x, high end of a range; log scale)")
        ax.set_ylabel("metric group (claims)")
        ax.grid(axis="x", which="both", alpha=0.3)
    ax.set_title("Claimed speedups by metric group")
    return _save(figure, stem)


def hardware_over_time(papers: pd.DataFrame, claims: pd.DataFrame, stem: Path) -> list[Path]:
    """Hardware mentions per quarter of paper date, stacked by vendor and by category."""
    dates = paper_dates(papers)
    hardware = claims[claims.kind == "hardware"].copy()
    hardware["quarter"] = hardware.paper_id.map(dates).dt.to_period("Q")
    dated = hardware.dropna(subset=["quarter"])
    figure, axes = plt.subplots(1, 2, figsize=(FIGURE_SIZE[0] * 1.6, FIGURE_SIZE[1]), sharey=True)
    for ax, column in zip(axes, ("vendor", "category"), strict=True):
        if dated.empty:
            _empty(ax, "no hardware in papers with a dated year")
        else:
            counts = dated.groupby(["quarter", column]).size().unstack(fill_value=0).sort_index()
            counts.index = counts.index.astype(str)
            counts.plot.bar(stacked=True, ax=ax, width=0.8)
            ax.set_xlabel("paper date (quarter)")
            ax.legend(title=column, fontsize=8)
        ax.set_title(f"Hardware mentions by {column}")
    axes[0].set_ylabel("mentions")
    left_out = len(hardware) - len(dated)
    figure.suptitle(
        "Hardware mentions over paper dates"
        + (f" ({left_out} mentions in papers without a year left out)" if left_out else "")
    )
    return _save(figure, stem)


def model_size_vs_gpus(
    papers: pd.DataFrame,
    claims: pd.DataFrame,
    stem: Path,
    per_paper_table: pd.DataFrame | None = None,
) -> list[Path]:
    """Largest model size against largest GPU count, one point per paper, log-log."""
    table = per_paper(papers, claims) if per_paper_table is None else per_paper_table
    table = table.dropna(subset=["largest_model_size", "largest_gpu_count"])
    figure, ax = plt.subplots(figsize=FIGURE_SIZE)
    if table.empty:
        _empty(ax, "no paper states both a model size and a GPU count")
    else:
        ax.scatter(table.largest_gpu_count, table.largest_model_size, s=28, alpha=0.75)
        ax.set_xscale("log")
        ax.set_yscale("log")
        # Label the five largest models; offsets stagger labels of points that coincide.
        for step, row in enumerate(table.nlargest(5, "largest_model_size").itertuples()):
            label = row.title if len(row.title) <= 32 else row.title[:30] + "..."
            ax.annotate(
                label,
                (row.largest_gpu_count, row.largest_model_size),
                xytext=(5, -12 * step),
                textcoords="offset points",
                fontsize=7,
                arrowprops={"arrowstyle": "-", "lw": 0.5, "alpha": 0.5},
            )
        ax.grid(which="both", alpha=0.3)
    ax.set_xlabel("largest GPU count (log scale)")
    ax.set_ylabel("largest model size, parameters (log scale)")
    ax.set_title(f"How big, on how many: {len(table)} papers")
    return _save(figure, stem)
