"""List every rule with its kind and file, and check that every rule file loads."""

from __future__ import annotations

from collections import Counter
from dataclasses import dataclass
from pathlib import Path

from extract.claims.builder import ClaimBuilder
from extract.hardware.gazetteer import Gazetteer, load_gazetteer
from extract.match.rules import RuleSet, load_ruleset, rules_dir
from extract.read.readers import Columns, read_inputs
from extract.run.pipeline import extract_paper
from schemas import Paper


@dataclass(frozen=True)
class RuleEntry:
    """One rule as users see it: the id records carry, its kind and the file defining it."""

    rule_id: str
    kind: str
    file: str


def rule_entries(ruleset: RuleSet, gazetteer: Gazetteer) -> list[RuleEntry]:
    """Every rule id a record can carry: numeric rules, gazetteer records, unknown shapes."""
    entries = [RuleEntry(c.rule.id, c.rule.label, c.file) for c in ruleset.rules]
    entries += [
        RuleEntry(f"hardware.gazetteer.{r.id}", "hardware", "hardware.yaml")
        for r in gazetteer.records
    ]
    entries += [
        RuleEntry(f"hardware.unknown.{shape.id}", "hardware", "hardware.yaml")
        for shape, _ in gazetteer.shapes
    ]
    return entries


def load_rule_files(directory: Path | None = None) -> tuple[RuleSet, Gazetteer]:
    """Load and validate every rule file of a directory (default: the packaged rules)."""
    from extract.match.systems import load_systems
    from extract.match.vocabulary import load_metric_groups

    directory = directory or rules_dir()
    load_metric_groups(directory / "metric_groups.yaml")
    load_systems(directory / "systems.yaml")
    return load_ruleset(directory), load_gazetteer(directory / "hardware.yaml")


def claims_per_rule(builder: ClaimBuilder, corpus: list[str]) -> Counter:
    """How many claims each rule id produced over the papers of `corpus` files."""
    counts: Counter = Counter()
    seen: set[str] = set()
    for record in read_inputs(corpus, None, Columns()):
        if isinstance(record, Paper) and record.paper_id not in seen:
            seen.add(record.paper_id)
            counts.update(c.rule_id for c in extract_paper(record, builder))
    return counts
