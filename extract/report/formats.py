"""Write a DataFrame as CSV, Markdown, LaTeX, HTML or Parquet, with text escaped for each."""

from __future__ import annotations

import html
import math
from pathlib import Path

import pandas as pd

SUFFIXES = {
    "csv": ".csv",
    "markdown": ".md",
    "latex": ".tex",
    "html": ".html",
    "parquet": ".parquet",
}
_LATEX_SPECIAL = {
    "\\": r"\textbackslash{}",
    "&": r"\&",
    "%": r"\%",
    "$": r"\$",
    "#": r"\#",
    "_": r"\_",
    "{": r"\{",
    "}": r"\}",
    "~": r"\textasciitilde{}",
    "^": r"\textasciicircum{}",
}


def cell_text(value) -> str:
    """A readable cell: numbers without trailing zeros, large ones with separators."""
    if value is None or (isinstance(value, float) and math.isnan(value)):
        return ""
    if isinstance(value, float):
        if value.is_integer() and abs(value) < 1e15:
            return f"{int(value):,}"
        return f"{value:,.3g}" if abs(value) >= 1000 else f"{value:.3g}"
    return str(value)


def to_markdown(frame: pd.DataFrame) -> str:
    """A GitHub Markdown table; pipes in cells are escaped."""

    def clean(value) -> str:
        return cell_text(value).replace("|", "\\|").replace("\n", " ")

    lines = ["| " + " | ".join(map(clean, frame.columns)) + " |"]
    lines.append("|" + "---|" * len(frame.columns))
    lines += ["| " + " | ".join(clean(v) for v in row) + " |" for row in frame.itertuples(False)]
    return "\n".join(lines) + "\n"


def to_latex(frame: pd.DataFrame) -> str:
    """A booktabs LaTeX tabular; LaTeX's special characters are escaped."""

    def clean(value) -> str:
        return "".join(_LATEX_SPECIAL.get(ch, ch) for ch in cell_text(value).replace("\n", " "))

    spec = "".join("r" if pd.api.types.is_numeric_dtype(frame[c]) else "l" for c in frame.columns)
    lines = [f"\\begin{{tabular}}{{{spec}}}", "\\toprule"]
    lines.append(" & ".join(map(clean, frame.columns)) + " \\\\")
    lines.append("\\midrule")
    lines += [" & ".join(clean(v) for v in row) + " \\\\" for row in frame.itertuples(False)]
    lines += ["\\bottomrule", "\\end{tabular}"]
    return "\n".join(lines) + "\n"


def to_html(
    frame: pd.DataFrame,
    table_id: str = "",
    sortable: bool = True,
    links: dict[str, list[str | None]] | None = None,
) -> str:
    """An HTML table; every cell is escaped, numeric cells carry their raw value for sorting.

    `links` maps a column to one address (or None) per row; those cells link there.
    """
    links = links or {}
    numeric = [pd.api.types.is_numeric_dtype(frame[c]) for c in frame.columns]
    classes = "claims-table sortable" if sortable else "claims-table"
    out = [f'<table id="{html.escape(table_id)}" class="{classes}"><thead><tr>']
    out += [f"<th>{html.escape(str(c))}</th>" for c in frame.columns]
    out.append("</tr></thead><tbody>")
    for index, row in enumerate(frame.itertuples(False)):
        out.append("<tr>")
        for column, value, is_number in zip(frame.columns, row, numeric, strict=True):
            text = html.escape(cell_text(value))
            if column in links and links[column][index]:
                href = html.escape(links[column][index], quote=True)
                out.append(f'<td><a href="{href}">{text}</a></td>')
            elif is_number and cell_text(value):
                out.append(f'<td class="num" data-value="{float(value)!r}">{text}</td>')
            else:
                out.append(f"<td>{text}</td>")
        out.append("</tr>")
    out.append("</tbody></table>")
    return "".join(out)


def render(frame: pd.DataFrame, fmt: str) -> str:
    """The table as text in one of the text formats."""
    if fmt == "csv":
        return frame.to_csv(index=False)
    if fmt == "markdown":
        return to_markdown(frame)
    if fmt == "latex":
        return to_latex(frame)
    if fmt == "html":
        return to_html(frame)
    raise ValueError(f"no text rendering for {fmt!r}")


def write(frame: pd.DataFrame, path_stem: Path, fmt: str) -> Path:
    """Write the table next to `path_stem` with the format's suffix; return the path."""
    path = path_stem.with_suffix(SUFFIXES[fmt])
    if fmt == "parquet":
        frame.to_parquet(path, index=False)
    else:
        path.write_text(render(frame, fmt), encoding="utf-8")
    return path
