"""`claims report`: the tables, the figures, index.html and a displaCy page per paper.

Every table is written as CSV, Markdown, LaTeX and HTML; `index.html` is self-contained
(styles, script and PNG figures inline) and all text from inputs is escaped.
"""

from __future__ import annotations

import base64
import hashlib
import html
import re
from dataclasses import dataclass, field
from importlib import resources
from pathlib import Path

import pandas as pd

from extract import plots, table_formats, tables
from extract.rundir import read_table

TABLE_FORMATS = ("csv", "markdown", "latex", "html")
MAX_CLAIMS_LISTED = 5_000
_UNSAFE = re.compile(r"[^A-Za-z0-9._-]")


@dataclass
class ReportFiles:
    """What a report wrote, relative to its folder."""

    folder: Path
    files: list[Path] = field(default_factory=list)

    def add(self, *paths: Path) -> None:
        """Record written files."""
        self.files.extend(paths)


def paper_page_name(paper_id: str) -> str:
    """A file name for a paper's page that is safe on every file system and unique."""
    digest = hashlib.sha1(paper_id.encode("utf-8")).hexdigest()[:8]
    return f"{_UNSAFE.sub('_', paper_id)[:60]}-{digest}.html"


def build_tables(papers: pd.DataFrame, claims: pd.DataFrame) -> dict[str, pd.DataFrame]:
    """Every report table, by file name."""
    per_paper = tables.per_paper(papers, claims)
    return {
        "per_paper": per_paper,
        "speedups_by_baseline": tables.speedups_by_baseline(claims),
        "speedups_by_metric": tables.speedups_by_metric(claims),
        "hardware": tables.hardware_mentions(claims),
        "scale": tables.scale(papers, claims, per_paper),
    }


def write_report(run_dir: Path, out: Path) -> ReportFiles:
    """Write the whole report for one run directory into `out`."""
    papers = read_table(run_dir, "papers")
    claims = read_table(run_dir, "claims")
    errors = read_table(run_dir, "errors")
    written = ReportFiles(out)
    for folder in ("tables", "figures", "papers"):
        (out / folder).mkdir(parents=True, exist_ok=True)
    built = build_tables(papers, claims)
    for name, frame in built.items():
        for fmt in TABLE_FORMATS:
            written.add(table_formats.write(frame, out / "tables" / name, fmt))
    figures = {
        "speedup_distribution": plots.speedup_distribution(claims, out / "figures" / "speedups"),
        "hardware_over_time": plots.hardware_over_time(
            papers, claims, out / "figures" / "hardware_over_time"
        ),
        "model_size_vs_gpus": plots.model_size_vs_gpus(
            papers, claims, out / "figures" / "model_size_vs_gpus", built["per_paper"]
        ),
    }
    for paths in figures.values():
        written.add(*paths)
    written.add(*write_paper_pages(papers, claims, out / "papers"))
    index = out / "index.html"
    index.write_text(
        render_index(run_dir, papers, claims, errors, built, figures), encoding="utf-8"
    )
    written.add(index)
    return written


def write_paper_pages(papers: pd.DataFrame, claims: pd.DataFrame, folder: Path) -> list[Path]:
    """A displaCy span view of each paper with claims, from the run's own claims."""
    from extract.show import render_stored_claims

    by_paper = {pid: group for pid, group in claims.groupby("paper_id")}
    paths = []
    for paper in papers.itertuples():
        group = by_paper.get(paper.paper_id)
        if group is None:
            continue
        path = folder / paper_page_name(paper.paper_id)
        path.write_text(render_stored_claims(paper, group), encoding="utf-8")
        paths.append(path)
    return paths


def _figure_html(title: str, png: Path, description: str) -> str:
    data = base64.b64encode(png.read_bytes()).decode("ascii")
    return (
        f'<figure><img alt="{html.escape(description)}" src="data:image/png;base64,{data}">'
        f"<figcaption>{html.escape(title)}: {html.escape(description)} "
        f'(<a href="figures/{png.stem}.svg">SVG</a>, <a href="figures/{png.name}">PNG</a>)'
        "</figcaption></figure>"
    )


def _marked_sentence(claim, sources: dict[tuple[str, str], str]) -> str:
    """The claim's sentence with the claim marked, located by the claim's offsets."""
    source = sources.get((claim.paper_id, claim.field), "")
    sentence = claim.sentence
    low = max(0, claim.end - len(sentence))
    at = source.find(sentence, low)
    if at < 0 or at > claim.start:
        return html.escape(sentence)
    inner = claim.start - at
    return (
        html.escape(sentence[:inner])
        + f"<mark>{html.escape(sentence[inner : inner + len(claim.text)])}</mark>"
        + html.escape(sentence[inner + len(claim.text) :])
    )


def _claims_html(papers: pd.DataFrame, claims: pd.DataFrame) -> str:
    sources = {}
    for paper in papers.itertuples():
        sources[(paper.paper_id, "title")] = paper.title
        sources[(paper.paper_id, "abstract")] = paper.abstract
    titles = dict(zip(papers.paper_id, papers.title, strict=True))
    shown = claims.head(MAX_CLAIMS_LISTED)
    parts = []
    for paper_id, group in shown.groupby("paper_id", sort=False):
        link = f"papers/{paper_page_name(paper_id)}"
        parts.append(
            f'<section class="paper"><h3><a href="{html.escape(link)}">'
            f"{html.escape(titles.get(paper_id, paper_id))}</a> "
            f"<small>{html.escape(paper_id)}</small></h3><ul>"
        )
        for claim in group.itertuples():
            value = (
                claim.canonical if claim.kind == "hardware" else table_formats.cell_text(claim.high)
            )
            parts.append(
                f'<li><span class="kind {html.escape(claim.kind)}">{html.escape(claim.kind)}</span>'
                f" <b>{html.escape(str(value))}</b> <code>{html.escape(claim.rule_id)}</code>"
                f"<br>{_marked_sentence(claim, sources)}</li>"
            )
        parts.append("</ul></section>")
    if len(claims) > MAX_CLAIMS_LISTED:
        parts.append(
            f"<p>The first {MAX_CLAIMS_LISTED:,} of {len(claims):,} claims are listed; "
            "claims.parquet has them all.</p>"
        )
    return "".join(parts)


def _per_paper_html(frame: pd.DataFrame) -> str:
    """The per-paper table; the title of each paper with claims links to its displaCy page."""
    hrefs = [
        f"papers/{paper_page_name(pid)}" if claims else None
        for pid, claims in zip(frame.paper_id, frame.claims, strict=True)
    ]
    return table_formats.to_html(frame, "per_paper", links={"title": hrefs})


def render_index(run_dir, papers, claims, errors, built, figures) -> str:
    """The self-contained report page."""
    assets = resources.files("extract").joinpath("report_assets")
    style = assets.joinpath("report.css").read_text(encoding="utf-8")
    script = assets.joinpath("sortable.js").read_text(encoding="utf-8")
    counts = claims.kind.value_counts().to_dict()
    summary = ", ".join(f"{n:,} {kind}" for kind, n in sorted(counts.items()))
    descriptions = {
        "speedup_distribution": "claimed speedups on a log axis, one row per metric group",
        "hardware_over_time": "hardware mentions per quarter, stacked by vendor and category",
        "model_size_vs_gpus": "largest model size against largest GPU count per paper, log-log",
    }
    sections = [
        ("per_paper", "Per paper", _per_paper_html(built["per_paper"])),
        (
            "speedups_by_baseline",
            "Speedups by baseline",
            table_formats.to_html(built["speedups_by_baseline"], "speedups_by_baseline"),
        ),
        (
            "speedups_by_metric",
            "Speedups by metric group",
            table_formats.to_html(built["speedups_by_metric"], "speedups_by_metric"),
        ),
        ("hardware", "Hardware", table_formats.to_html(built["hardware"], "hardware")),
        (
            "scale",
            "Scale: model size and GPU count",
            table_formats.to_html(built["scale"], "scale"),
        ),
        (
            "figures",
            "Figures",
            "".join(
                _figure_html(name.replace("_", " "), paths[0], descriptions[name])
                for name, paths in figures.items()
            ),
        ),
        ("claims", "Every claim", _claims_html(papers, claims)),
    ]
    nav = " · ".join(f'<a href="#{key}">{html.escape(title)}</a>' for key, title, _ in sections)
    body = "".join(
        f'<section id="{key}"><h2>{html.escape(title)}</h2>{content}</section>'
        for key, title, content in sections
    )
    return (
        '<!DOCTYPE html><html lang="en"><head><meta charset="utf-8">'
        f"<title>Claims report: {html.escape(str(run_dir))}</title>"
        f"<style>{style}</style></head><body>"
        f"<h1>Claims report</h1><p>Run <code>{html.escape(str(run_dir))}</code>: "
        f"{len(papers):,} papers, {len(claims):,} claims ({html.escape(summary)}), "
        f"{len(errors):,} failed input records.</p><nav>{nav}</nav>{body}"
        f"<script>{script}</script></body></html>"
    )
