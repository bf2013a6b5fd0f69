"""`claims report`: the tables, the figures, index.html and a displaCy page per paper.

Every table is written as CSV, Markdown, LaTeX and HTML; `index.html` is self-contained
(styles, script and PNG figures inline) and all text from inputs is escaped.
"""

from __future__ import annotations

import base64
import hashlib
import re
from dataclasses import dataclass, field
from importlib import resources
from pathlib import Path

import pandas as pd

from extract.report import formats as table_formats
from extract.report import plots, tables
from extract.report.templating import render_template
from extract.run.rundir import read_table

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
        "quantities": tables.quantities(claims),
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
    from extract.report.pages import render_stored_claims

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


def _figure(name: str, png: Path, description: str) -> dict:
    """What the template shows of one figure: its PNG inline, links to both files."""
    return {
        "title": name.replace("_", " "),
        "description": description,
        "png_data": base64.b64encode(png.read_bytes()).decode("ascii"),
        "png": png.name,
        "svg": f"{png.stem}.svg",
    }


def _marked_sentence(claim, sources: dict[tuple[str, str], str]) -> tuple[str, str, str]:
    """The claim's sentence cut around the claim (before, claim, after), by its offsets.

    Where the sentence cannot be found at the claim's place, it is all `before`.
    """
    source = sources.get((claim.paper_id, claim.field), "")
    sentence = claim.sentence
    low = max(0, claim.end - len(sentence))
    at = source.find(sentence, low)
    if at < 0 or at > claim.start:
        return sentence, "", ""
    inner = claim.start - at
    end = inner + len(claim.text)
    return sentence[:inner], sentence[inner:end], sentence[end:]


def _claim_listing(papers: pd.DataFrame, claims: pd.DataFrame) -> list[dict]:
    """Every claim (up to `MAX_CLAIMS_LISTED`) by paper, with its sentence cut for marking."""
    sources = {}
    for paper in papers.itertuples():
        sources[(paper.paper_id, "title")] = paper.title
        sources[(paper.paper_id, "abstract")] = paper.abstract
    titles = dict(zip(papers.paper_id, papers.title, strict=True))
    listing = []
    for paper_id, group in claims.head(MAX_CLAIMS_LISTED).groupby("paper_id", sort=False):
        listing.append(
            {
                "paper_id": paper_id,
                "title": titles.get(paper_id, paper_id),
                "link": f"papers/{paper_page_name(paper_id)}",
                "claims": [
                    {
                        "kind": claim.kind,
                        "value": str(
                            claim.canonical
                            if claim.kind == "hardware"
                            else table_formats.cell_text(claim.high)
                        ),
                        "rule_id": claim.rule_id,
                        "sentence": _marked_sentence(claim, sources),
                    }
                    for claim in group.itertuples()
                ],
            }
        )
    return listing


def _per_paper_html(frame: pd.DataFrame) -> str:
    """The per-paper table; the title of each paper with claims links to its displaCy page."""
    hrefs = [
        f"papers/{paper_page_name(pid)}" if claims else None
        for pid, claims in zip(frame.paper_id, frame.claims, strict=True)
    ]
    return table_formats.to_html(frame, "per_paper", links={"title": hrefs})


FIGURE_DESCRIPTIONS = {
    "speedup_distribution": "claimed speedups on a log axis, one row per metric group",
    "hardware_over_time": "hardware mentions per quarter, stacked by vendor and category",
    "model_size_vs_gpus": "largest model size against largest GPU count per paper, log-log",
}
TABLE_TITLES = {
    "speedups_by_baseline": "Speedups by baseline",
    "speedups_by_metric": "Speedups by metric group",
    "hardware": "Hardware",
    "quantities": "Quantities by dimension and unit (values in the canonical unit)",
    "scale": "Scale: model size and GPU count",
}


def render_index(run_dir, papers, claims, errors, built, figures) -> str:
    """The self-contained report page (`templates/index.html.j2`)."""
    assets = resources.files("extract.report").joinpath("assets")
    counts = claims.kind.value_counts().to_dict()
    tables_html = [("per_paper", "Per paper", _per_paper_html(built["per_paper"]))]
    tables_html += [
        (name, title, table_formats.to_html(built[name], name))
        for name, title in TABLE_TITLES.items()
    ]
    return render_template(
        "index.html.j2",
        run_dir=str(run_dir),
        style=assets.joinpath("report.css").read_text(encoding="utf-8"),
        script=assets.joinpath("sortable.js").read_text(encoding="utf-8"),
        papers=len(papers),
        claims=len(claims),
        failed=len(errors),
        summary=", ".join(f"{n:,} {kind}" for kind, n in sorted(counts.items())),
        tables=tables_html,
        figures=[
            _figure(name, paths[0], FIGURE_DESCRIPTIONS[name]) for name, paths in figures.items()
        ],
        listing=_claim_listing(papers, claims),
        listed=min(len(claims), MAX_CLAIMS_LISTED),
    )
