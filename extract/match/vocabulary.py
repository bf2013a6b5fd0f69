"""The metric-group vocabulary (`rules/metric_groups.yaml`): loaded and validated as data."""

from __future__ import annotations

from functools import lru_cache
from pathlib import Path

import regex
from pydantic import BaseModel, ConfigDict, Field, ValidationError, model_validator

from extract.match.rules import RuleFileError, load_yaml, rules_dir

# The claims guide's groups; a phrase that names no listed word is `other`.
METRIC_GROUPS = (
    "throughput",
    "latency",
    "time",
    "speed",
    "memory",
    "energy",
    "cost",
    "accuracy",
    "communication",
    "utilization",
    "size",
    "other",
)
OTHER = "other"
# A claim that names no metric at all (claims guide).
NO_METRIC = "speed"


class MetricGroup(BaseModel):
    """One group of the vocabulary and the words that put a phrase in it."""

    model_config = ConfigDict(extra="forbid", frozen=True)

    group: str
    words: list[str] = Field(min_length=1)


class MetricGroups(BaseModel):
    """The whole `rules/metric_groups.yaml`: groups in the order they are tried."""

    model_config = ConfigDict(extra="forbid", frozen=True)

    groups: list[MetricGroup] = Field(min_length=1)

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

    def group_of(self, phrase: str) -> str | None:
        """The first entry's group one of whose words is a word of `phrase`, or None.

        Words match whole, plurals included (`latency`, `latencies`; `time`, `times`), so
        `nfe` is not found in `inference` nor `time` in `timing`.
        """
        for group, pattern in self._patterns:
            if pattern.search(phrase):
                return group
        return None

    @property
    def _patterns(self) -> list[tuple[str, regex.Pattern]]:
        cached = self.__dict__.get("_compiled")
        if cached is None:
            cached = [
                (
                    entry.group,
                    regex.compile(
                        r"(?<![a-z0-9])(?:"
                        + "|".join(regex.escape(w) for w in entry.words)
                        + r")(?:s|es)?(?![a-z0-9])",
                        regex.IGNORECASE,
                    ),
                )
                for entry in self.groups
            ]
            object.__setattr__(self, "_compiled", cached)  # frozen model: a cache, not state
        return cached


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


def metric_group(
    metric: str | None, right: str = "", left: list[str] | None = None, unit: str | None = None
) -> str:
    """The group of a claim: from its metric phrase, else the words around its value.

    `right` is the text right after the value (`speedup` in `1.7x decode speedup`), `left`
    the words before it, nearest first. The first that names a group decides; a claim whose
    metric names none is `other`, one with no metric and no group word near it `speed`,
    or `accuracy` for percentage points (`+14.5pp across six benchmarks`).
    """
    groups = metric_groups()
    named = metric is not None and bool(metric.strip())
    found = groups.group_of(metric) if metric is not None and named else None
    found = found or _nearest_group(groups, right.split())
    found = found or _nearest_group(groups, left or [], True)
    if found is None and unit == "pp":
        return "accuracy"  # points move scores and rates, not speeds
    return found or (OTHER if named else NO_METRIC)


def _nearest_group(groups: MetricGroups, words: list[str], leftward: bool = False) -> str | None:
    """The group named nearest the value in `words` (nearest first).

    `speed` is the vaguest group: a more specific one written right beside it wins
    (`throughput acceleration`, `inference throughput`; `decode speedup` stays speed).
    """
    for count in range(1, len(words) + 1):
        window = words[:count]
        found = groups.group_of(" ".join(reversed(window) if leftward else window))
        if found is None:
            continue
        if found == NO_METRIC and count < len(words):
            modifier = groups.group_of(words[count])
            return modifier if modifier not in (None, OTHER) else found
        return found
    return None
