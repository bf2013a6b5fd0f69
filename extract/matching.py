"""The match stage: run every numeric rule over a sentence and return raw matches.

Matching knows nothing of records: it returns every candidate, longest first at each place.
The builder checks each candidate and keeps the first accepted one where candidates overlap,
so the longest accepted match wins, then the earlier rule (`8x A100` is a GPU count, not an
`8x` speedup), and a long match that fails its checks does not hide a shorter good one.
"""

from __future__ import annotations

from dataclasses import dataclass

import regex

from extract.rules import CompiledRule, RuleSet

_MAY_HOLD_NUMBER = regex.compile(
    r"\d|\b(?:[Ss]ingle|twice|orders?\s+of|[Tt]rillion|[Bb]illion|"
    r"two|three|four|five|six|eight|ten|hundred|one|an?)\b"
)


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
    text: str, start: int, end: int, ruleset: RuleSet, timeout: float | None = None
) -> list[RawMatch]:
    """Return every rule match inside `text[start:end]`, longest first, then by rule order."""
    if not _MAY_HOLD_NUMBER.search(text, start, end):
        return []
    candidates: list[tuple[int, int, int, RawMatch]] = []
    for order, compiled in enumerate(ruleset.rules):
        for match in compiled.regex.finditer(text, start, end, overlapped=False, timeout=timeout):
            if match.end() == match.start():
                continue
            groups = {
                name: match.span(name)
                for name in compiled.regex.groupindex
                if match.span(name) != (-1, -1)
            }
            raw = RawMatch(compiled, match.start(), match.end(), groups)
            candidates.append((match.start(), -(match.end() - match.start()), order, raw))
    candidates.sort(key=lambda c: (c[1], c[0], c[2]))
    return [raw for _, _, _, raw in candidates]


def overlaps(match: RawMatch, kept: list[RawMatch]) -> bool:
    """True when `match` overlaps any already kept match."""
    return any(match.start < k.end and k.start < match.end for k in kept)
