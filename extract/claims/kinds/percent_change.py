"""percent_change: a relative change in percent or percentage points (`37% lower latency`)."""

from __future__ import annotations

from extract import messages
from extract.claims.context import change_moves, ranging_from
from extract.claims.kinds.base import ClaimKind, Sentence
from extract.claims.values import Draft, draft_of
from extract.match.matching import RawMatch
from extract.text.timed_regex import TimedPattern

_FROM_BEFORE = TimedPattern(r"\bfrom\s*$")
# A capitalised word right before a range's first number: a label's (`Stage 1 to 50.9%`).
_LABEL_BEFORE = TimedPattern(r"\b(?P<w>[A-Z][a-z]+)\s+$")
# `74.4%->82.1%`, `78.2% → 83.0%`, `70% $\rightarrow$ 75%`: a level moving, as `from ... to`.
_ARROW = r"(?:-{1,2}>|=>|→|⟶|⇒|\$?\\(?:rightarrow|Rightarrow|to)(?![A-Za-z])\$?)"
_ARROW_TO_NUMBER = TimedPattern(rf"\s*{_ARROW}\s*[+~]?\d")
_NUMBER_THEN_ARROW = TimedPattern(rf"\d\s*\\?%?\s*{_ARROW}\s*$")
# A unit that names percentage points (`2.5 percentage points`, `+14.5pp`, `3.4%p`) names a
# difference of two percentages: a change wherever it stands, with no cue around it.
_POINTS_UNIT = TimedPattern(r"\d\$?\s?(?:%p|pp|p\.p\.|percentage[\s-]points?)$")
# ... unless it bounds a gap: `within ~0.9 percentage points of GPT-4` is a level, as percents are.
_WITHIN_BEFORE = TimedPattern(r"\bwithin\s+(?:~|about\s+|only\s+|just\s+)?[$+]?$")


class PercentChange(ClaimKind):
    """A change stated in percent; a level (`55% MFU`, `accuracy of 97%`) is not one."""

    name = "percent_change"
    identity_fields = ("metric_group",)
    floor = 0.0
    ceiling = 10_000.0
    compares = True

    def check(self, match: RawMatch, sentence: Sentence) -> list[Draft] | str:
        """Reject levels and levels moving (`from 23.2% to 71.3%`, `74.4%->82.1%`)."""
        text, lo, hi = sentence.text, sentence.lo, sentence.hi
        values = self.read_values(match, text)
        if isinstance(values, str):
            return values
        before = text[max(lo, match.start - 6) : match.start]
        if match.group_text(text, "high"):
            label = _LABEL_BEFORE.search(text, max(lo, match.start - 16), match.start)
            if label and label.group("w").lower() in self.cues.label_words:
                # `from 72.0% at Stage 1 to 50.9% at Stage 4`: the 50.9% is still tried alone
                return messages.ReadingRejected(
                    messages.REJECT_LABEL_NOT_RANGE.format(label=label.group("w"))
                )
        if (
            match.group_text(text, "high")
            and _FROM_BEFORE.search(before)
            and not ranging_from(text, lo, match.start)
            # (points are differences: `accuracy gains from +9 to +22 percentage points`)
            and not (
                _POINTS_UNIT.search(text, match.start, match.end)
                and change_moves(text, lo, match.start)
            )
        ):
            return messages.REJECT_FROM_TO  # `from 23.2% to 71.3%` is a level moving
        if _ARROW_TO_NUMBER.match(text, match.end, hi) or _NUMBER_THEN_ARROW.search(
            text[max(lo, match.start - 20) : match.start]
        ):
            return messages.REJECT_ARROW
        if not self.cues.percent_is_change(text, lo, hi, match.start, match.end) and (
            _POINTS_UNIT.search(text, match.start, match.end) is None
            or _WITHIN_BEFORE.search(text, max(lo, match.start - 20), match.start) is not None
        ):
            return messages.REJECT_PERCENT_LEVEL
        draft = draft_of(match, values[0], values[1])
        draft.fields["unit"] = match.rule.rule.unit or "%"
        return [draft]


KIND = PercentChange
