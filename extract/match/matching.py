"""The match stage: run the numeric rules over a sentence and return raw matches.

Matching knows nothing of records: it returns every candidate, longest first. The builder
checks each candidate and keeps the first accepted one where candidates overlap, so the
longest accepted match wins, then the earlier rule (`8x A100` is a GPU count, not an `8x`
speedup), and a long match that fails its checks does not hide a shorter good one.
"""

from __future__ import annotations

from bisect import bisect_left, bisect_right

from extract.match.rules import CompiledRule, RuleSet
from extract.text.timed_regex import REGEX_TIMEOUT


class RawMatch:
    """One rule's match: absolute offsets and the groups it captured. Never changed once made.

    A plain class, not a dataclass: compiled by mypyc, its `__init__` runs natively, where a
    dataclass's generated one runs as Python (a microsecond per match).
    """

    rule: CompiledRule
    start: int
    end: int
    groups: dict[str, tuple[int, int]]
    kind: str  # the claim kind of the rule, read once: the builder asks for it often

    def __init__(
        self, rule: CompiledRule, start: int, end: int, groups: dict[str, tuple[int, int]]
    ) -> None:
        self.rule = rule
        self.start = start
        self.end = end
        self.groups = groups
        self.kind = rule.rule.label

    def group_text(self, text: str, name: str) -> str | None:
        """The text a named group captured, or None."""
        span = self.groups.get(name)
        return text[span[0] : span[1]] if span else None


def triggers_by_sentence(
    view_hits: list[tuple[int, int, str, str]], sentences: list[tuple[int, int]]
) -> list[set[str]]:
    """The triggers in each sentence.

    `view_hits` are `LiteralFinder.hits` over the field's `trigger_view`; those of group
    `trigger` count. A trigger belongs to a sentence when it lies within the sentence or the
    space on either side of it, as if the sentence had a view of its own.
    """
    starts = [lo for lo, _ in sentences]
    per_sentence: list[set[str]] = [set() for _ in sentences]
    count = len(sentences)
    # the sentence starting last at or before the hit; hits come nearly in text order, so the
    # last hit's sentence is tried before a search
    index = -1
    for start, end, group, trigger in view_hits:
        if group != "trigger":
            continue
        # view offset v is text offset v - 1: the view starts with an added space
        if not (
            index >= 0
            and starts[index] <= start
            and (index + 1 == count or start < starts[index + 1])
        ):
            index = bisect_right(starts, start) - 1
        if index >= 0 and end <= sentences[index][1] + 2:
            per_sentence[index].add(trigger)
    return per_sentence


def match_sentence(
    text: str,
    lo: int,
    hi: int,
    ruleset: RuleSet,
    orders: tuple[int, ...],
    timeout: float = REGEX_TIMEOUT,
) -> list[RawMatch]:
    """Every match of the rules `orders` inside the sentence `text[lo:hi]`.

    Matches come in the order the builder tries them: longest first, then leftmost, then rule
    order. `orders` are the positions in `ruleset.rules` of the rules worth running on this
    sentence (`RuleSet.rules_to_run`); a match never runs past the sentence's end.
    """
    candidates: list[tuple[int, int, int, RawMatch]] = []
    for order in orders:
        compiled = ruleset.rules[order]
        numbers = compiled.group_numbers
        for match in compiled.regex.finditer(text, lo, hi, timeout):
            start, end = match.span()
            if end == start:
                continue
            spans = match.regs  # one call for every group's span: unmatched are (-1, -1)
            groups = {name: spans[number] for name, number in numbers if spans[number][0] != -1}
            candidates.append((start - end, start, order, RawMatch(compiled, start, end, groups)))
    # (length, start, rule) never ties (a rule's matches do not overlap): no RawMatch compared
    candidates.sort()
    return [raw for *_, raw in candidates]


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
