"""An outside check on papers the rules were not written on: Epoch AI's Notable AI Models.

    .venv/bin/python -m benchmarks.outside_check ../shared/reference/epoch_notable_ai_models.csv

Epoch AI's table (CC BY 4.0, https://epoch.ai/data/notable-ai-models) holds, for 586 of its
models, the paper's abstract, and for many the parameter count, training hardware and
hardware quantity, read by people from the whole paper. The check extracts every abstract
in a fresh `claims extract` process and prints the records that failed, the claims of each
kind, and, over the papers where the extractor found a kind's claim and Epoch gives the
figure, how often Epoch's figure is among the claims. An abstract need not state the
figure (a size named is often a baseline's), so agreement below one is no error count; a
drop between two runs is worth reading the papers for.
"""

from __future__ import annotations

import argparse
import json
import subprocess
import sys
import tempfile
from pathlib import Path

import pandas as pd

from extract.hardware.gazetteer import normalise_hardware_name

# Epoch's parameter counts are rounded differently from abstracts (`1.14B` against `1.1B`).
SIZE_TOLERANCE = 0.05


def write_papers(table: pd.DataFrame, path: Path) -> int:
    """The rows with an abstract as claims-extract JSONL; how many were written."""
    rows = table[table["Abstract"].notna()]
    with path.open("w", encoding="utf-8") as handle:
        for index, row in rows.iterrows():
            title = row["Reference"] if pd.notna(row["Reference"]) else row["Model"]
            record = {"id": f"epoch-{index}", "title": str(title), "abstract": row["Abstract"]}
            handle.write(json.dumps(record, ensure_ascii=False) + "\n")
    return len(rows)


def agreement(claims: pd.DataFrame, table: pd.DataFrame, kind: str) -> tuple[int, int]:
    """(papers agreeing, papers compared) for one kind, as the module doc says."""
    agreeing = compared = 0
    for paper_id, found in claims[claims["kind"] == kind].groupby("paper_id"):
        row = table.loc[int(paper_id.removeprefix("epoch-"))]
        if kind == "model_size" and pd.notna(row["Parameters"]):
            expected = float(row["Parameters"])
            agree = any(
                abs(value - expected) <= SIZE_TOLERANCE * expected
                for value in [*found["low"], *found["high"].dropna()]
            )
        elif kind == "gpu_count" and pd.notna(row["Hardware quantity"]):
            agree = float(row["Hardware quantity"]) in set(found["low"])
        elif kind == "hardware" and pd.notna(row["Training hardware"]):
            names = {normalise_hardware_name(n) for n in str(row["Training hardware"]).split(",")}
            agree = bool(names & set(found["canonical"]))
        else:
            continue
        compared += 1
        agreeing += agree
    return agreeing, compared


def main(argv: list[str] | None = None) -> int:
    """Extract the table's abstracts and print the figures the module doc names."""
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("table", type=Path, help="epoch_notable_ai_models.csv")
    args = parser.parse_args(argv)
    table = pd.read_csv(args.table)
    with tempfile.TemporaryDirectory() as folder:
        papers, output = Path(folder) / "papers.jsonl", Path(folder) / "run"
        count = write_papers(table, papers)
        command = [sys.executable, "-m", "extract", "extract", str(papers), "-o", str(output)]
        subprocess.run([*command, "--quiet"], check=True)
        claims = pd.read_parquet(output / "claims.parquet")
        errors = pd.read_parquet(output / "errors.parquet")
    print(f"{count} abstracts, {len(claims)} claims, {len(errors)} failed records")
    for reason in errors["reason"]:
        print(f"  failed: {reason}")
    per_kind = claims["kind"].value_counts().items()
    print("claims per kind: " + ", ".join(f"{kind} {n}" for kind, n in per_kind))
    for kind, figure in (
        ("model_size", "Parameters"),
        ("gpu_count", "Hardware quantity"),
        ("hardware", "Training hardware"),
    ):
        agreeing, compared = agreement(claims, table, kind)
        share = f"{agreeing / compared:.2f}" if compared else "-"
        found = f"among the claims in {agreeing} of {compared} papers ({share})"
        print(f"{kind}: Epoch's {figure} {found}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
