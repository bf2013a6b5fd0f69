"""The match stage: run every numeric rule over a text and return raw matches.

Matching knows nothing of records: it returns every candidate, longest first at each place.
The builder checks each candidate and keeps the first accepted one where candidates overlap,
so the longest accepted match wins, then the earlier rule (`8x A100` is a GPU count, not an
`8x` speedup), and a long match that fails its checks does not hide a shorter good one.
"""

from __future__ import annotations

from bisect import bisect_left, bisect_right
from dataclasses import dataclass

from extract.rules import CompiledRule, RuleSet
from extract.text import trigger_view


@dataclass(frozen=True)
class RawMatch:
    """One rule's match: absolute offsets and the groups it captured."""

    rule: CompiledRule
    start: int
    end: int
    groups: dict[str, tuple[int, int]]

    @property
    def kind(self) -> str:
        """The claim kind of the rule."""
        return self.rule.rule.label

    def group_text(self, text: str, name: str) -> str | None:
        """The text a named group captured, or None."""
        span = self.groups.get(name)
        return text[span[0] : span[1]] if span else None


def match_rules(
    text: str, ruleset: RuleSet, timeout: float | None = None, view: str | None = None
) -> list[RawMatch]:
    """Return every rule match in `text`, by start, then longest, then rule order.

    A rule with triggers runs only when they occur in `trigger_view(text)`, so most rules
    never scan a text that cannot hold their claim.
    """
    view = trigger_view(text, timeout) if view is None else view
    present = ruleset.trigger_finder.present(view)
    candidates: list[tuple[int, int, int, RawMatch]] = []
    for order, compiled in enumerate(ruleset.rules):
        rule = compiled.rule
        if rule.triggers and (
            present.isdisjoint(rule.triggers)
            or (rule.also_triggers and present.isdisjoint(rule.also_triggers))
        ):
            continue
        names = compiled.group_names
        for match in compiled.regex.finditer(text, overlapped=False, timeout=timeout):
            if match.end() == match.start():
                continue
            groups = {name: match.span(name) for name in names if match.span(name) != (-1, -1)}
            raw = RawMatch(compiled, match.start(), match.end(), groups)
            candidates.append((match.start(), match.start() - match.end(), order, raw))
    candidates.sort(key=lambda c: c[:3])
    return [raw for *_, raw in candidates]


def longest_first(matches: list[RawMatch]) -> list[RawMatch]:
    """The matches of one sentence in the order the builder tries them: longest, then first."""
    return sorted(matches, key=lambda m: (m.start - m.end, m.start))


class SpanIndex:
    """Spans sorted by start, answering overlap and containment in about log time.

    A sentence of pathological input can hold tens of thousands of matches; testing each
    against every earlier one would be quadratic.
    """

    def __init__(self) -> None:
        self.starts: list[int] = []
        self.ends: list[int] = []
        self.longest = 0

    def add(self, start: int, end: int) -> None:
        """Record one span."""
        index = bisect_right(self.starts, start)
        self.starts.insert(index, start)
        self.ends.insert(index, end)
        self.longest = max(self.longest, end - start)

    def _candidates(self, before: int, earliest: int):
        index = bisect_left(self.starts, before) - 1
        while index >= 0 and self.starts[index] >= earliest:
            yield self.starts[index], self.ends[index]
            index -= 1

    def overlaps(self, start: int, end: int) -> bool:
        """True when a recorded span shares a character with `[start, end)`."""
        return any(e > start for _, e in self._candidates(end, start - self.longest))

    def contains(self, start: int, end: int) -> bool:
        """True when a recorded span covers `[start, end)`."""
        return any(e >= end for _, e in self._candidates(start + 1, end - self.longest))
