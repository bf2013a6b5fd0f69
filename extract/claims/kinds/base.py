"""What every claim kind module provides, and what the builder hands it.

A kind is one class in one module of this package: its post-match checks, its value
reading and its record building. The builder runs the steps every kind shares (sentences,
rule matches, overlaps, qualifiers, lists, and for `compares` kinds direction, metric and
baseline) and asks the kind only what is its own:

- `check(match, sentence)`: the drafts one rule match yields, or why it is no claim;
- `mention_records(...)`: records for the hardware names found in a sentence (hardware);
- `record(draft, ...)`: the typed record of a draft (default: the kind's model);
- `identity(claim)` and `finish_paper(claims)`: what makes two claims of one paper the same,
  and a last look at all of a paper's claims.

`extract.claims.kinds.kind_classes()` finds every `KIND` of this package's modules.
"""

from __future__ import annotations

import math
from typing import ClassVar

from extract import messages
from extract.claims.context import ContextReader
from extract.claims.values import Draft, draft_of, list_numbers, read_range
from extract.hardware.gazetteer import Gazetteer, HardwareMention
from extract.match.matching import RawMatch
from extract.match.units import UnitTable
from schemas import CLAIM_MODELS, ClaimBase


class Sentence:
    """The sentence a match lies in: the field's normalised text, its bounds, its names."""

    text: str
    lo: int
    hi: int
    mentions: list[HardwareMention]

    def __init__(self, text: str, lo: int, hi: int, mentions: list[HardwareMention]) -> None:
        self.text = text
        self.lo = lo
        self.hi = hi
        self.mentions = mentions


class KindTools:
    """What the builder shares with every kind: context words, gazetteer, units, timeout."""

    cues: ContextReader
    gazetteer: Gazetteer
    units: UnitTable
    timeout: float

    def __init__(
        self, cues: ContextReader, gazetteer: Gazetteer, units: UnitTable, timeout: float
    ) -> None:
        self.cues = cues
        self.gazetteer = gazetteer
        self.units = units
        self.timeout = timeout


class ClaimKind:
    """Base of every kind: the defaults a kind that needs nothing special keeps."""

    # Class attributes (ClassVar: under mypyc a plain annotation makes an instance slot).
    # The kind's name: its rule file `rules/<name>.jsonl` and its model in `schemas`.
    name: ClassVar[str] = ""
    # Values outside are not this kind of claim (`1.0x` is no speedup).
    floor: ClassVar[float] = -math.inf
    ceiling: ClassVar[float] = math.inf
    # How low a range may start when its end reaches `floor` (`0.88x-6.72x speedup`): None
    # holds both ends to `floor`.
    range_floor: ClassVar[float | None] = None
    # Direction, metric and baseline are read for kinds that compare against something.
    compares: ClassVar[bool] = False
    # Overlapping matches are settled within a group: a kept match of one group hides the
    # matches of its own group only (quantities are a group apart: `8x80GB GPUs`).
    span_group: ClassVar[str] = "relative"
    # Besides kind and value, what makes two of a paper's claims two (see `identity`).
    identity_fields: ClassVar[tuple[str, ...]] = ()

    def __init__(self, tools: KindTools) -> None:
        self.tools = tools
        self.cues = tools.cues
        self.model = CLAIM_MODELS[self.name]
        # `model.model_validate` without its Python layer (keyword defaults passed on): the
        # same validation, a sixth less time per record
        self.validate_record = self.model.__pydantic_validator__.validate_python

    def check(self, match: RawMatch, sentence: Sentence) -> list[Draft] | str:
        """The drafts one rule match yields, or the reason it yields none."""
        return messages.REJECT_NO_RULES.format(kind=self.name)

    def over_may_mean_across(self, draft: Draft) -> bool:
        """Whether a bare `over` before this value can mean `across` or `during`.

        It can before a count of devices or a span of time (`over 8 GPUs`), where `more
        than` is not the only reading.
        """
        return False

    def mention_records(
        self, mentions: list[HardwareMention], source: str, common: dict
    ) -> list[ClaimBase]:
        """Records made from the hardware names of a sentence (none for most kinds)."""
        return []

    def record(self, draft: Draft, source: str, common: dict) -> ClaimBase:
        """The typed record of a finished draft."""
        end = draft.end
        if source[end - 1 : end] == "\\":
            end -= 1  # `\(3.2\times\)`: the closing `\)` reads as a `$`, no part of the value
        values = {
            "text": source[draft.start : end],
            "start": draft.start,
            "end": end,
            "low": draft.low,
            "high": draft.high,
            "qualifier": draft.qualifier,
            "rule_id": draft.rule_id,
            **common,
            **draft.fields,
        }
        # validated as `self.model(**values)` is, without unpacking the dict into keywords
        return self.validate_record(values)

    def identity(self, claim: ClaimBase) -> tuple:
        """What makes two claims of one paper the same claim: kind and value, and what it is of.

        The gold holds a value once per paper, but two claims that share a value and differ
        in metric or device are both kept (the guide): `up to 3x lower latency and up to 3x
        lower power`, `8 A100 GPUs and 8 H100 GPUs`. A restatement in other words of the same
        group (`3x faster` in the title, `3x speedup` in the abstract) stays one.
        """
        low, high = getattr(claim, "low", None), getattr(claim, "high", None)
        if not self.identity_fields:
            return (self.name, low, high)
        # (each field read by its kind's own list: a field a model lacks costs an exception)
        return (self.name, low, high, *[getattr(claim, field) for field in self.identity_fields])

    def finish_paper(self, claims: list[ClaimBase]) -> list[ClaimBase]:
        """A last look at every claim of a paper, once all are built."""
        return claims

    # -- helpers for the kinds ---------------------------------------------------------------
    def plausible(self, low: float, high: float) -> bool:
        """Whether `low..high` is a value this kind can have."""
        lowest = self.floor if low == high or self.range_floor is None else self.range_floor
        return (
            math.isfinite(low)
            and math.isfinite(high)
            and lowest <= low <= high <= self.ceiling
            and self.floor <= high
        )

    def read_values(
        self, match: RawMatch, text: str, scale: float = 1.0
    ) -> tuple[float, float] | str:
        """The match's value or range, or why it is rejected (unreadable or implausible)."""
        values = read_range(match, text, scale)
        if values is None or not self.plausible(values[0], values[1]):
            return messages.REJECT_IMPLAUSIBLE.format(kind=self.name, values=values)
        return values

    def drafts_with_list(
        self, match: RawMatch, text: str, values: tuple[float, float], scale: float
    ) -> list[Draft]:
        """The match's draft, and one more per plausible number of its `list` group."""
        drafts = [draft_of(match, values[0], values[1])]
        for value, start, end in list_numbers(match, text, scale):
            if self.plausible(value, value):
                drafts.append(draft_of(match, value, value, start, end))
        return drafts
