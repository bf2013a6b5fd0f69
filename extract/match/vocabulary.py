"""The metric-group vocabulary (`rules/metric_groups.yaml`): loaded and validated as data.

Deciding a claim's group from it is the build stage's (`extract.claims.metric_group`).
"""

from __future__ import annotations

from functools import lru_cache
from pathlib import Path
from typing import get_args

from pydantic import BaseModel, ConfigDict, Field, ValidationError, model_validator

from extract.match.rules import RuleFileError, load_yaml, rules_dir
from schemas.records import MetricGroup as GroupName

# The claims guide's groups (the record models' `MetricGroup`); a phrase that names no
# listed word is `other`.
METRIC_GROUPS: tuple[str, ...] = get_args(GroupName)
OTHER = "other"
# A claim that names no metric at all (claims guide).
NO_METRIC = "speed"


class MetricGroup(BaseModel):
    """One group of the vocabulary and the words that put a phrase in it."""

    model_config = ConfigDict(extra="forbid", frozen=True)

    group: str
    words: list[str] = Field(min_length=1)
    # The words name the group only as the head of a metric phrase, its last word (`servers`,
    # `server cost`); as a modifier they leave the phrase to its head (`server throughput`).
    only_as_head: bool = False


class MetricGroups(BaseModel):
    """The whole `rules/metric_groups.yaml`: groups in the order they are tried."""

    model_config = ConfigDict(extra="forbid", frozen=True)

    groups: list[MetricGroup] = Field(min_length=1)
    # Words of a sentence that make a percent change of no finer metric than `performance`
    # one of accuracy: the sentence names a dataset, a benchmark or a score.
    accuracy_context: list[str] = Field(default_factory=list)
    # Last words of a metric phrase of no group that make it cost: it counts machines.
    machine_heads: list[str] = Field(default_factory=list)
    # Comparatives that make a change of no metric phrase one of size, right after its value.
    size_comparatives: list[str] = Field(default_factory=list)

    @model_validator(mode="after")
    def _known_and_unrepeated(self) -> MetricGroups:
        names = [g.group for g in self.groups]
        unknown = sorted(set(names) - set(METRIC_GROUPS))
        if unknown:
            raise ValueError(f"group {unknown[0]!r} is not one of {', '.join(METRIC_GROUPS)}")
        words = [w.lower() for g in self.groups for w in g.words]
        repeated = sorted({w for w in words if words.count(w) > 1})
        if repeated:
            raise ValueError(f"word {repeated[0]!r} is listed twice")
        return self


def load_metric_groups(path: Path) -> MetricGroups:
    """Load and validate a metric vocabulary file."""
    try:
        return MetricGroups.model_validate(load_yaml(path.read_text(encoding="utf-8")))
    except ValidationError as exc:
        problem = "; ".join(f"{'.'.join(map(str, e['loc']))}: {e['msg']}" for e in exc.errors())
        raise RuleFileError(f"{path.name}: {problem}") from exc


@lru_cache(maxsize=1)
def metric_groups() -> MetricGroups:
    """The packaged vocabulary, validated at load, once per process."""
    return load_metric_groups(rules_dir() / "metric_groups.yaml")
