"""Reading a rule match's numbers: words and digits, scales, ranges, lists; the claim draft.

Every kind reads its value with these, so `7, 13 and 70 billion`, `2x to 13x` and `eight`
mean the same to all of them.
"""

from __future__ import annotations

import math

from extract.match.matching import RawMatch
from extract.text.timed_regex import TimedPattern

SCALES = {"k": 1e3, "m": 1e6, "b": 1e9, "t": 1e12, "million": 1e6, "billion": 1e9, "trillion": 1e12}
WORD_NUMBERS = {
    "a": 1,
    "an": 1,
    "one": 1,
    "single": 1,
    "two": 2,
    "three": 3,
    "four": 4,
    "five": 5,
    "six": 6,
    "seven": 7,
    "eight": 8,
    "nine": 9,
    "ten": 10,
    "eleven": 11,
    "twelve": 12,
    "sixteen": 16,
    "twenty": 20,
    "thirty": 30,
    "forty": 40,
    "fifty": 50,
    "sixty": 60,
    "hundred": 100,
    "thousand": 1000,
}
_NUMBER = TimedPattern(r"\d{1,3}(?:,\d{3})+(?:\.\d+)?|\d+(?:\.\d+)?")


class Draft:
    """A claim under construction: value, span and the fields found so far.

    A plain class for the reason `matching.RawMatch` is one.
    """

    kind: str
    start: int
    end: int
    low: float
    high: float
    rule_id: str
    qualifier: str | None
    qualifier_source: str | None  # before, after, inline, rule, sentence: how lists share it
    fields: dict

    def __init__(
        self, kind: str, start: int, end: int, low: float, high: float, rule_id: str
    ) -> None:
        self.kind = kind
        self.start = start
        self.end = end
        self.low = low
        self.high = high
        self.rule_id = rule_id
        self.qualifier = None
        self.qualifier_source = None
        self.fields = {}


def parse_number(text: str) -> float | None:
    """Read `12,288`, `3.7`, `eight` or `a` as a number."""
    text = text.strip().lower()
    if text in WORD_NUMBERS:
        return float(WORD_NUMBERS[text])
    try:
        return float(text.replace(",", ""))
    except ValueError:
        return None


def draft_of(match: RawMatch, low: float, high: float, start: int = -1, end: int = -1) -> Draft:
    """A draft for `match` (or for the part `start:end` of it), with the rule's qualifier."""
    rule = match.rule.rule
    draft = Draft(
        match.kind,
        match.start if start < 0 else start,
        match.end if end < 0 else end,
        low,
        high,
        rule.id,
    )
    if rule.qualifier:
        draft.qualifier, draft.qualifier_source = rule.qualifier, "rule"
    return draft


def read_range(match: RawMatch, text: str, scale: float = 1.0) -> tuple[float, float] | None:
    """The match's value or range, times `scale`; None when a number does not read."""
    rule = match.rule.rule
    if "oom" in match.groups:
        low_exp = parse_number(match.group_text(text, "oom") or "")
        high_text = match.group_text(text, "oom_high")
        high_exp = parse_number(high_text) if high_text else low_exp
        if low_exp is None or high_exp is None:
            return None
        return 10.0**low_exp, 10.0**high_exp
    low_text = match.group_text(text, "low") or match.group_text(text, "low_word")
    low = parse_number(low_text) if low_text else rule.value
    if low is None:
        return None
    high_text = match.group_text(text, "high")
    high = parse_number(high_text) if high_text else low
    if high is None:
        return None
    low_scale = match.group_text(text, "low_scale")
    low_factor = SCALES[low_scale.lower()] if low_scale else scale
    return scaled(low, low_factor), scaled(high, scale)


def scaled(number: float, factor: float) -> float:
    """`number * factor` to 15 significant digits: `4.1B` is 4.1e9, not 4099999999.9999995."""
    if factor == 1.0:
        return number  # most values: nothing to round, and formatting costs a microsecond
    return float(f"{number * factor:.15g}")


def list_numbers(match: RawMatch, text: str, scale: float) -> list[tuple[float, int, int]]:
    """`7, 13, and 70 billion`: each number of the `list` group, scaled, with its span.

    A number that does not read is nan, which no kind finds plausible.
    """
    span = match.groups.get("list")
    if not span:
        return []
    found = []
    for number in _NUMBER.finditer(text, span[0], span[1]):
        read = parse_number(number.group())
        found.append(
            (scaled(read, scale) if read is not None else math.nan, number.start(), number.end())
        )
    return found
