"""quantity: an absolute amount with a unit (`80 GB`, `6,688 tokens/s per NPU`, `<50 ms TPOT`).

The rule finds the number and the unit's spelling; this module reads the number (with its
count scale and scientific notation), looks the spelling up in the unit table
(`rules/units.yaml`), converts to the dimension's canonical unit, tells a context length
from a count of data tokens, and asks the role reader what the amount is to the paper.
"""

from __future__ import annotations

import math

import regex

from extract import messages
from extract.claims.context import words_of
from extract.claims.kinds.base import ClaimKind, KindTools, Sentence
from extract.claims.roles import RoleReader
from extract.claims.values import Draft, draft_of, parse_number, scaled
from extract.match.matching import RawMatch
from extract.match.units import Unit, UnitTable
from extract.text.timed_regex import TimedPattern
from schemas import ClaimBase

# `3.8e25`, `8e^{-5}`, `2.5 x 10^{6}`, `$10^{24}$`: a mantissa (or none) and a power of ten.
_SCIENTIFIC = TimedPattern(
    r"\$?(?:(?P<mantissa>[\d,]+(?:\.\d+)?)\s?(?:[eE]\^?|(?:[xX]|\\times|\$\\times\$)\s?10\^)|10\^)"
    r"\{?(?P<exponent>[+-]?\d+)\}?\$?"
)
# The numbers of a list group (`17.1, 9.3 and 6.4`), plain or scientific.
_LIST_NUMBER = TimedPattern(
    r"\$?10\^\{?[+-]?\d+\}?\$?|(?:\d{1,3}(?:,\d{3})+|\d+)(?:\.\d+)?(?:[eE]\^?\{?[+-]?\d+\}?)?"
)
# Context lengths shorter than this are counts of something else (`3 contexts`).
MIN_CONTEXT_LENGTH = 128.0
# A count of tokens this large is data, not a context (`15T tokens`, `1.5 billion tokens`).
MIN_DATA_TOKENS = 1e9
# `in the 1990s`: a year glued to `s` is a decade, not seconds.
_DECADE = TimedPattern(r"1\d{3}|20\d{2}")
# `100s of GB`: a number glued to `s` before `of` counts hundreds of something, not seconds.
_OF_AFTER = TimedPattern(r"\s+of\b")
# `number in the 100,000s`: a round number's plural after `the` counts, it times nothing.
_ROUND_PLURAL = TimedPattern(r"\bthe\s+[\d,]*00$")
# `245759 times 50000 muJ`: a product, whose value the text does not state.
_PRODUCT_BEFORE = TimedPattern(r"\d\s*(?:times|\\times|\$\\times\$)\s*$")
# `$1.2 per 1M tokens`: an amount after `per` is the unit of a rate, not a figure of its own.
_PER_BEFORE = TimedPattern(r"\bper\s+$")
# `0.81 MAC/clk`, `5 GB per hour`: the unit divided by something (its word is group 1).
_DIVIDED_BY = TimedPattern(r"\s?(?:/|per\s+)(?:clock\s+)?([A-Za-z]+)")
_NEXT_WORD = TimedPattern(r"\s+([A-Za-z]+)\b")
# A time raised to a negative power is another unit: `15.4ms-1` is a speed, `192.0s^-1` a rate.
_NEGATIVE_POWER = TimedPattern(r"(?:\^\{?|\$\^\{?)?-\s?[1-3](?!\d|[.,]\d)")
# `Seven years ago`: a time before now dates an event and measures nothing.
_AGO = TimedPattern(r"\s+ago\b", regex.IGNORECASE)


def read_number(text: str) -> float | None:
    """A quantity's number: `12,288`, `3.7`, `eight`, `3.8e25`, `8e^{-5}`, `10^{24}`."""
    text = text.strip()
    scientific = _SCIENTIFIC.fullmatch(text)
    if scientific is not None:
        mantissa_text = scientific.group("mantissa")
        mantissa = parse_number(mantissa_text) if mantissa_text else 1.0
        if mantissa is None:
            return None
        return mantissa * 10.0 ** int(scientific.group("exponent"))
    return parse_number(text.strip("$"))


# Dimensions whose values an `over` may span rather than exceed.
_SPANNED_DIMENSIONS = frozenset({"time", "device_time"})


def _names_hardware_at(sentence: Sentence, end: int) -> bool:
    """Whether a hardware name starts right after `end` (past a space or a hyphen)."""
    text = sentence.text
    at = end + 1 if text[end : end + 1] in (" ", "-") else end
    return any(mention.start == at for mention in sentence.mentions)


def _exceeds(low_text: str, high_text: str) -> bool:
    """Whether the number written first is the larger, as written (`512` of `512 to 4k`)."""
    low, high = parse_number(low_text), parse_number(high_text)
    return low is not None and high is not None and low > high


class Quantity(ClaimKind):
    """A number with a physical or computing unit, in the canonical unit of its dimension."""

    name = "quantity"
    floor = 0.0
    # Quantities are checked against other quantities only: `8x80GB GPUs` is a count of 8
    # and a memory of 80 GB, `12.5 GB lower memory` holds no percent or factor.
    span_group = "quantity"

    def __init__(self, tools: KindTools) -> None:
        super().__init__(tools)
        self.units: UnitTable = tools.units
        self.roles = RoleReader(tools.cues.context)

    def over_may_mean_across(self, draft: Draft) -> bool:
        """`traces over 213 days`, `experiments over 20,000 GPU hours`: time is spanned."""
        return draft.fields.get("dimension") in _SPANNED_DIMENSIONS

    def check(self, match: RawMatch, sentence: Sentence) -> list[Draft] | str:
        """Read the value and unit; reject what the claims guide says is no quantity."""
        text = sentence.text
        read = self._unit(match, text, "unit")
        if read is None:
            return messages.REJECT_UNKNOWN_UNIT.format(unit=match.group_text(text, "unit"))
        unit, end = read
        low_read = self._unit(match, text, "low_unit")
        low_unit = low_read[0] if low_read else unit
        if low_unit.dimension != unit.dimension and low_unit.after_count_word != unit.dimension:
            return messages.REJECT_UNKNOWN_UNIT.format(unit=match.group_text(text, "low_unit"))
        scale_text = match.group_text(text, "scale")
        low_scale_text = match.group_text(text, "low_scale")
        high_text = match.group_text(text, "high")
        low_text = match.group_text(text, "low") or match.group_text(text, "low_word")
        if not low_text:  # a rule whose only number is `high`
            low_text, high_text, low_scale_text = high_text, None, scale_text
        if not low_text:
            return messages.REJECT_IMPLAUSIBLE.format(kind=self.name, values=None)
        if high_text is None:
            scale_text = low_scale_text
        elif low_scale_text is None and not _exceeds(low_text, high_text):
            # `2-3 billion tokens`; but `512 to 4k tokens` runs from 512: the scale shared
            # would put the low end above the high one
            low_scale_text = scale_text
        if (scale_text or low_scale_text) and unit.dimension not in self.units.scaled_dimensions:
            # `0K s`, `5 Ms`: no paper scales seconds by a count (and the triggers assume so)
            return messages.REJECT_SCALED_UNIT.format(unit=unit.id)
        scale = self.units.scale(scale_text)
        low = self._value(low_text, self.units.scale(low_scale_text), low_unit)
        high = self._value(high_text, scale, unit) if high_text else low
        if low is None or high is None or not (math.isfinite(low) and math.isfinite(high)):
            return messages.REJECT_IMPLAUSIBLE.format(kind=self.name, values=(low, high))
        low, high = min(low, high), max(low, high)  # `from 30ms to 2ms`
        dimension = unit.dimension
        count_word = (scale_text or "").isalpha() and len(scale_text or "") > 1
        if count_word and unit.after_count_word:
            dimension = unit.after_count_word  # `120 million exaflops` is a total
        if dimension == "tokens" and high < MIN_DATA_TOKENS and not self._data_tokens(sentence):
            dimension = "context_length"
        if dimension == "context_length" and low < MIN_CONTEXT_LENGTH:
            return messages.REJECT_IMPLAUSIBLE.format(kind=self.name, values=(low, high))
        unit_span = match.groups.get("unit")
        unit_text = text[unit_span[0] : end] if unit_span else ""
        if unit_text == "s" and _DECADE.fullmatch(low_text.strip()):
            return messages.REJECT_DECADE.format(text=low_text + unit_text)
        if unit_text == "s" and _OF_AFTER.match(text, end, sentence.hi):
            return messages.REJECT_HUNDREDS_OF.format(text=low_text + unit_text)
        if (
            unit_text == "s"
            and unit_span is not None
            and _ROUND_PLURAL.search(text, max(sentence.lo, unit_span[0] - 20), unit_span[0])
        ):
            return messages.REJECT_HUNDREDS_OF.format(text=low_text + unit_text)
        if _PRODUCT_BEFORE.search(text[max(sentence.lo, match.start - 20) : match.start]):
            return messages.REJECT_PRODUCT
        if _PER_BEFORE.search(text[max(sentence.lo, match.start - 8) : match.start]):
            return messages.REJECT_DENOMINATOR
        if dimension == "time" and _AGO.match(text, end, sentence.hi):
            return messages.REJECT_TIME_AGO.format(text=text[match.start : end])
        if dimension == "time" and _NEGATIVE_POWER.match(text, end, sentence.hi):
            return messages.REJECT_NEGATIVE_POWER.format(text=text[match.start : end + 3])
        divided = _DIVIDED_BY.match(text, end, sentence.hi)
        # a price per unit is a cost all the same (`$0.5 per hour`, the claims guide's own)
        if (
            divided
            and dimension != "cost"
            and divided.group(1).lower() in self.roles.rate_denominators
        ):
            return messages.REJECT_RATE_OF_OTHER.format(text=text[match.start : divided.end()])
        pieces = _NEXT_WORD.match(text, end, sentence.hi)
        if pieces and pieces.group(1).lower() in self.roles.hardware_nouns:
            return messages.REJECT_HARDWARE_PIECES.format(text=text[match.start : pieces.end()])
        if dimension == "memory" and _names_hardware_at(sentence, end):
            # `a single 80GB A100`: memory written as part of a hardware name
            return messages.REJECT_HARDWARE_MEMORY.format(text=text[match.start : end])
        if not self.plausible(low, high):
            return messages.REJECT_IMPLAUSIBLE.format(kind=self.name, values=(low, high))
        start = match.groups["low"][0] if match.groups.get("low") else match.start
        if "unit" not in match.groups and text.startswith("$", match.start):
            start = match.start  # a currency sign before the number is part of it: `$2.1M`
        drafts = [draft_of(match, low, high, start, end)]
        for number, at, end in self._list(match, text):
            value = self._value(number, scale, unit)
            if value is not None and self.plausible(value, value):
                draft = draft_of(match, value, value, at, end)
                draft.fields["value_text"] = f"{number} {unit_text}"
                drafts.append(draft)
        canonical = (
            self.units.canonical_unit(unit)
            if dimension == unit.dimension
            else self.units.dimensions[dimension][0]
        )
        metric = self.roles.metric(text, sentence.hi, end)  # one unit, one metric: the list's
        for draft in drafts:
            draft.fields.setdefault("value_text", text[draft.start : draft.end])
            draft.fields["dimension"] = dimension
            draft.fields["unit"] = canonical
            draft.fields["item"] = unit.item
            draft.fields["metric"] = metric
            draft.fields["role"] = self.roles.role(
                text, sentence.lo, sentence.hi, draft.start, end, dimension
            )
        return drafts

    def identity(self, claim: ClaimBase) -> tuple:
        """Kind, dimension and value: `80 GB` and `80 tokens/s` are two claims."""
        return (
            self.name,
            getattr(claim, "dimension", None),
            getattr(claim, "low", None),
            getattr(claim, "high", None),
        )

    # -- reading -----------------------------------------------------------------------------
    def _unit(self, match: RawMatch, text: str, group: str) -> tuple[Unit, int] | None:
        """The unit of a `unit` or `low_unit` group and where its spelling ends."""
        span = match.groups.get(group)
        if span:
            return self.units.read(text, span[0], span[1])
        if group == "unit" and match.rule.rule.unit:
            fixed = self.units.by_id(match.rule.rule.unit)  # checked at load: it exists
            return (fixed, match.end) if fixed is not None else None
        return None

    @staticmethod
    def _value(number_text: str, scale: float, unit: Unit) -> float | None:
        number = read_number(number_text)
        return None if number is None else scaled(number, scale * unit.factor)

    @staticmethod
    def _list(match: RawMatch, text: str) -> list[tuple[str, int, int]]:
        """The numbers of the match's `list` group: `17.1, 9.3 and 6.4 ms`."""
        span = match.groups.get("list")
        if not span:
            return []
        return [
            (number.group(), number.start(), number.end())
            for number in _LIST_NUMBER.finditer(text, span[0], span[1])
        ]

    def _data_tokens(self, sentence: Sentence) -> bool:
        """Whether the sentence speaks of data (training corpora, datastores), not contexts."""
        words = {w.lower() for w in words_of(sentence.text[sentence.lo : sentence.hi])}
        return not words.isdisjoint(self.roles.data_words)


KIND = Quantity
