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
_SIGNS = frozenset({"times", "x", "X", "\\times"})
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
        `nfe` is not found in `inference` nor `time` in `timing`. A dictionary of word
        sequences, not a regex per entry: this runs for every comparison claim.
        """
        index, longest = self._lookup
        tokens = _tokens(phrase)
        best: int | None = None
        for i in range(len(tokens)):
            for n in range(1, min(longest, len(tokens) - i) + 1):
                gram = tokens[i : i + n]
                entry = index.get(tuple(gram))
                if entry is None:
                    entry = index.get((*gram[:-1], _singular(gram[-1])))
                if entry is not None and (best is None or entry < best):
                    best = entry
        return self.groups[best].group if best is not None else None

    @property
    def _lookup(self) -> tuple[dict[tuple[str, ...], int], int]:
        cached = self.__dict__.get("_index")
        if cached is None:
            index: dict[tuple[str, ...], int] = {}
            for position, entry in enumerate(self.groups):
                for word in entry.words:
                    index.setdefault(tuple(_tokens(word)), position)
            cached = (index, max(len(k) for k in index))
            object.__setattr__(self, "_index", cached)  # frozen model: a cache, not state
        return cached


# A word: letters and digits, joined by `-`, `/`, `.` or `@` (`tokens/s`, `time-to-first-token`,
# `gops/w`), or a `$`.
_TOKEN = regex.compile(r"[a-z0-9]+(?:[-/.@][a-z0-9]+)*@?|\$")


def _tokens(text: str) -> list[str]:
    return _TOKEN.findall(text.lower())


def _singular(word: str) -> str:
    """`latencies` -> `latency`, `times` -> `time`, `boxes` -> `box`; others unchanged."""
    if word.endswith("ies") and len(word) > 4:
        return word[:-3] + "y"
    if word.endswith("es") and word[-3:-2] in ("s", "x", "h"):
        return word[:-2]
    if word.endswith("s") and not word.endswith("ss"):
        return word[:-1]
    return word


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
    # `times` beside a value is its sign (`3x and 4 times`), not the metric `time`
    found = found or _nearest_group(groups, [w for w in right.split() if w not in _SIGNS])
    found = found or _nearest_group(groups, [w for w in left or [] if w not in _SIGNS], True)
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
