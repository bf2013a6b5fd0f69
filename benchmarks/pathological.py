"""Worst-case time per record over pathological texts (a benchmark, not a timed test).

    .venv/bin/python -m benchmarks.pathological

Each text is extracted as one paper's abstract through the same path as a run
(`pipeline.extract_one`); the table shows seconds, claims and what was recorded as failure.
"""

from __future__ import annotations

import time

from extract.run.pipeline import MAX_FIELD_CHARS, extract_one
from schemas import Paper

PATHOLOGICAL = {
    '"1" * 200000': "1" * 200_000,
    '"1." * 100000': "1." * 100_000,
    '"2x " * 60000': "2x " * 60_000,
    '"(" * 50000': "(" * 50_000,
    "number, 200k spaces, unit": "It is 3" + " " * 200_000 + "x faster.",
    '"A. " * 33000': "A. " * 33_000,
    '"A100 " * 20000': "A100 " * 20_000,
    '"3% faster, " * 9000': "3% faster, " * 9_000,
    '"up to " * 16000 + "3x"': "up to " * 16_000 + "3x",
    '"8 GPUs and " * 9000': "8 GPUs and " * 9_000,
    '"1,000," * 15000': "1,000," * 15_000,
    '"e.g. " * 20000': "e.g. " * 20_000,
}


def main() -> int:
    """Time each pathological text and print the worst case."""
    print(f"texts over {MAX_FIELD_CHARS:,} characters are cut (and the cut recorded)")
    worst = ("", 0.0)
    for name, text in PATHOLOGICAL.items():
        paper = Paper(paper_id="p", title="t", abstract=text, source="bench", record=1)
        started = time.perf_counter()
        result = extract_one(paper)
        seconds = time.perf_counter() - started
        worst = max(worst, (name, seconds), key=lambda item: item[1])
        failures = "; ".join(e.reason[:70] for e in result.errors) or "-"
        print(f"{name:28} {seconds:7.3f} s  {len(result.claims):5} claims  {failures}")
    print(f"worst case: {worst[1]:.3f} s per record ({worst[0]})")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
