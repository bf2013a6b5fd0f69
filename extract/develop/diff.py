"""Compare the claims of two runs: what a rule change added, removed and changed.

Claims of the same paper, field and kind are paired when their spans overlap (the most
overlapping pair first), so a rule that widens `1.5x` to `up to 1.5x` shows as one changed
claim, not a removal and an addition.
"""

from __future__ import annotations

import math
from collections import Counter
from dataclasses import dataclass, field
from pathlib import Path

from extract.run.rundir import read_table
from extract.run.writer import CLAIMS_SCHEMA

# What pairs two claims (paper, field, kind, overlapping spans) and where they were read:
# every other column of the claims table is what a user would call a different claim, so
# a field added to the records is compared without being listed here.
_PAIRING_AND_PROVENANCE = frozenset(
    {"paper_id", "title", "field", "kind", "start", "end", "sentence"}
)
COMPARED = tuple(name for name in CLAIMS_SCHEMA.names if name not in _PAIRING_AND_PROVENANCE)
CHANGES = ("added", "removed", "changed")


@dataclass
class ClaimChange:
    """One claim added, removed or changed between two runs."""

    change: str
    paper_id: str
    kind: str
    rule_id: str
    sentence: str
    old: dict | None
    new: dict | None
    fields: list[str] = field(default_factory=list)

    def describe(self) -> str:
        """`3.5x -> 4.0x (low, high)` style summary of the change."""
        if self.change == "added":
            return f"+ {self.new['text']!r}"
        if self.change == "removed":
            return f"- {self.old['text']!r}"
        parts = [f"{f}: {_show(self.old[f])} -> {_show(self.new[f])}" for f in self.fields]
        return f"~ {self.new['text']!r}: " + "; ".join(parts)


@dataclass
class RunDiff:
    """Every change between two runs, with counts per kind and per rule id."""

    changes: list[ClaimChange]

    def counts(self, by: str) -> dict[str, Counter]:
        """Per `kind` or `rule_id`: how many claims were added, removed, changed."""
        table: dict[str, Counter] = {}
        for change in self.changes:
            table.setdefault(getattr(change, by), Counter())[change.change] += 1
        return dict(sorted(table.items()))


def _show(value) -> str:
    return "-" if _missing(value) else (f"{value:g}" if isinstance(value, float) else str(value))


def _missing(value) -> bool:
    return value is None or (isinstance(value, float) and math.isnan(value))


def _same(a, b) -> bool:
    return (_missing(a) and _missing(b)) or a == b


def _overlap(a: dict, b: dict) -> int:
    return min(a["end"], b["end"]) - max(a["start"], b["start"])


def _grouped(rows: list[dict]) -> dict[tuple, list[dict]]:
    groups: dict[tuple, list[dict]] = {}
    for row in rows:
        groups.setdefault((row["paper_id"], row["field"], row["kind"]), []).append(row)
    return groups


def diff_claims(old_rows: list[dict], new_rows: list[dict]) -> RunDiff:
    """Pair the claims of two runs and list every difference, in paper and text order."""
    old_groups, new_groups = _grouped(old_rows), _grouped(new_rows)
    changes: list[ClaimChange] = []
    for key in sorted(set(old_groups) | set(new_groups)):
        olds, news = old_groups.get(key, []), new_groups.get(key, [])
        pairs = sorted(
            ((_overlap(o, n), i, j) for i, o in enumerate(olds) for j, n in enumerate(news)),
            reverse=True,
        )
        used_old, used_new = set(), set()
        for overlap, i, j in pairs:
            if overlap <= 0 or i in used_old or j in used_new:
                continue
            used_old.add(i)
            used_new.add(j)
            old, new = olds[i], news[j]
            differing = [f for f in COMPARED if f in old and not _same(old.get(f), new.get(f))]
            if differing:
                changes.append(_change("changed", new, old, new, differing))
        changes += [_change("removed", o, o, None) for i, o in enumerate(olds) if i not in used_old]
        changes += [_change("added", n, None, n) for j, n in enumerate(news) if j not in used_new]
    changes.sort(key=lambda c: (c.paper_id, (c.new or c.old)["field"], (c.new or c.old)["start"]))
    return RunDiff(changes)


def _change(kind: str, row: dict, old: dict | None, new: dict | None, fields=None) -> ClaimChange:
    return ClaimChange(
        kind, row["paper_id"], row["kind"], row["rule_id"], row["sentence"], old, new, fields or []
    )


def diff_runs(old_dir: Path, new_dir: Path) -> RunDiff:
    """Diff the claims tables of two run directories."""
    old = read_table(old_dir, "claims").to_dict("records")
    new = read_table(new_dir, "claims").to_dict("records")
    return diff_claims(old, new)


def format_diff(diff: RunDiff, markdown: bool = False, limit: int = 200) -> str:
    """The counts per kind and per rule, then each change with its sentence."""
    if not diff.changes:
        return "No claim changed.\n"
    total = Counter(c.change for c in diff.changes)
    head = ", ".join(f"{total[c]} {c}" for c in CHANGES)
    lines = [f"## Claims diff: {head}" if markdown else f"Claims diff: {head}", ""]
    for by in ("kind", "rule_id"):
        rows = [[name] + [str(n[c]) for c in CHANGES] for name, n in diff.counts(by).items()]
        lines += _table([by, *CHANGES], rows, markdown) + [""]
    shown = diff.changes[:limit]
    if markdown:
        lines += ["| paper | kind | rule | change | sentence |", "|---|---|---|---|---|"]
        lines += [
            f"| {c.paper_id} | {c.kind} | `{c.rule_id}` | {_cell(c.describe())} "
            f"| {_cell(c.sentence)} |"
            for c in shown
        ]
    else:
        for c in shown:
            lines += [f"{c.paper_id} {c.kind} [{c.rule_id}] {c.describe()}", f"    {c.sentence}"]
    if len(diff.changes) > limit:
        lines.append(f"... and {len(diff.changes) - limit} more (--limit)")
    return "\n".join(lines) + "\n"


def _cell(text: str) -> str:
    return text.replace("|", "\\|").replace("\n", " ")


def _table(header: list[str], rows: list[list[str]], markdown: bool) -> list[str]:
    if markdown:
        return [
            "| " + " | ".join(header) + " |",
            "|" + "---|" * len(header),
            *("| " + " | ".join(_cell(v) for v in row) + " |" for row in rows),
        ]
    widths = [max(len(str(v)) for v in column) for column in zip(header, *rows, strict=False)]
    return [
        "  ".join(str(v).ljust(w) for v, w in zip(row, widths, strict=False)).rstrip()
        for row in [header, *rows]
    ]
