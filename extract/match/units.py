"""The unit table (`rules/units.yaml`): loaded, validated, and turned into rule macros.

The table is data: every spelling of a unit with its dimension, its factor to the
dimension's canonical unit and what it counts. Loading checks it (unknown keys, unknown
dimensions or units, a spelling listed twice); `macros()` gives the `{UNIT}` and
`{UNIT_<DIMENSION>}` alternations and `{QSCALE}` that `rules/quantity.jsonl` uses, and
`triggers()` the trigger strings that let the quantity rules skip sentences without a unit.
Reading a matched spelling back into its unit is `lookup()`.
"""

from __future__ import annotations

import math
from collections.abc import Iterable
from functools import cached_property, lru_cache
from pathlib import Path

import regex
from pydantic import BaseModel, ConfigDict, Field, ValidationError, model_validator

from extract import messages
from extract.match.files import RuleFileError, load_yaml, rules_dir
from extract.text.normalise import trigger_view

# A unit's first word this long or longer may follow a count scale (`12k QPS`, `15T tokens`).
SCALED_UNIT_LENGTH = 3
# A spelling this short is a trigger only with the end of a word after it (`9w `).
SHORT_SPELLING = 2
# What a trigger view shows after a word ends: a space (for most punctuation) or one of the
# characters the view keeps.
WORD_ENDS_IN_VIEW = (" ", ".", "-", "/", "$", "\\", "%", "+")


class Strict(BaseModel):
    """Base of the table's models: unknown keys are errors."""

    model_config = ConfigDict(extra="forbid", frozen=True)


class Unit(Strict):
    """One unit: its spellings, dimension, factor to the canonical unit, and counted item."""

    id: str = Field(pattern=r"^[a-z][a-z0-9-]*$")
    dimension: str
    unit: str | None = Field(
        default=None, description="the canonical unit, when not the dimension's first"
    )
    factor: float = Field(gt=0)
    pint: str = Field(min_length=1, description="the same unit as pint reads it")
    item: str | None = Field(default=None, description="what a throughput or efficiency counts")
    fold_case: bool = Field(default=False, description="spellings match in any letter case")
    after_count_word: str | None = Field(
        default=None,
        description="the dimension this unit means after a count word (`120 million exaflops`)",
    )
    spellings: list[str] = Field(min_length=1)


class UnitTable(Strict):
    """The whole `rules/units.yaml`."""

    pint_definitions: list[str]
    dimensions: dict[str, list[str]] = Field(min_length=1)
    canonical_pint: dict[str, str]
    scales: dict[str, float] = Field(min_length=1)
    scaled_dimensions: list[str] = Field(
        description="dimensions whose units papers write after a count scale (`15T tokens`)"
    )
    units: list[Unit] = Field(min_length=1)

    @model_validator(mode="after")
    def _consistent(self) -> UnitTable:
        ids: set[str] = set()
        exact: dict[str, str] = {}  # spelling -> unit id
        folded: dict[str, str] = {}  # lower-cased spelling of a fold_case unit -> unit id
        lowered: dict[str, str] = {}  # lower-cased spelling of any unit -> unit id
        for unit in self.units:
            if unit.id in ids:
                raise ValueError(f"unit id {unit.id!r} is defined twice")
            ids.add(unit.id)
            for dimension in filter(None, (unit.dimension, unit.after_count_word)):
                if dimension not in self.dimensions:
                    raise ValueError(f"unit {unit.id}: unknown dimension {dimension!r}")
            if unit.unit is not None and unit.unit not in self.dimensions[unit.dimension]:
                raise ValueError(
                    f"unit {unit.id}: {unit.unit!r} is not a canonical unit of {unit.dimension}"
                )
            for spelling in unit.spellings:
                lower = spelling.lower()
                # a spelling matched in any case may not meet another in any case
                other = exact.get(spelling) or folded.get(lower)
                if other is None and unit.fold_case:
                    other = lowered.get(lower)
                if other is not None:
                    raise ValueError(
                        messages.DUPLICATE_UNIT.format(spelling=spelling, unit=unit.id, other=other)
                    )
                exact[spelling] = unit.id
                lowered.setdefault(lower, unit.id)
                if unit.fold_case:
                    folded[lower] = unit.id
        unknown = sorted(set(self.scaled_dimensions) - set(self.dimensions))
        if unknown:
            raise ValueError(f"scaled_dimensions: unknown dimension {unknown[0]!r}")
        for units in self.dimensions.values():
            missing = [u for u in units if u not in self.canonical_pint]
            if missing:
                raise ValueError(f"canonical unit {missing[0]!r} has no canonical_pint entry")
        return self

    # -- reading ---------------------------------------------------------------------------
    def canonical_unit(self, unit: Unit) -> str:
        """The canonical unit a value in `unit` is given in."""
        return unit.unit or self.dimensions[unit.dimension][0]

    @cached_property
    def _exact(self) -> dict[str, Unit]:
        return {s: u for u in self.units if not u.fold_case for s in u.spellings}

    @cached_property
    def _folded(self) -> dict[str, Unit]:
        return {s.lower(): u for u in self.units if u.fold_case for s in u.spellings}

    @cached_property
    def _by_id(self) -> dict[str, Unit]:
        return {u.id: u for u in self.units}

    def by_id(self, unit_id: str) -> Unit | None:
        """The unit of that id (`rules/quantity.jsonl` names a fixed unit so), or None."""
        return self._by_id.get(unit_id)

    def lookup(self, spelling: str) -> Unit | None:
        """The unit a matched spelling names (spaces inside it collapsed), or None."""
        spelling = " ".join(spelling.split())
        return self._exact.get(spelling) or self._folded.get(spelling.lower())

    def read(self, text: str, start: int, end: int) -> tuple[Unit, int] | None:
        """The unit spelled at `text[start:end]`, and where its spelling ends.

        That is the longest spelling that starts at `start` and is followed by no word
        character: the trie regex may take `Ms` of `12 Ms.`, which is no spelling.
        """
        for stop in range(end, start, -1):
            if stop < len(text) and (text[stop].isalnum() or text[stop] == "_"):
                continue
            unit = self.lookup(text[start:stop])
            if unit is not None:
                return unit, stop
        return None

    def scale(self, text: str | None) -> float:
        """The factor of a count scale (`K`, `million`); 1 for none."""
        if not text:
            return 1.0
        return self.scales.get(text, self.scales.get(text.lower(), math.nan))

    # -- rule support ----------------------------------------------------------------------
    def macros(self) -> dict[str, str]:
        """`{UNIT}`, one `{UNIT_<DIMENSION>}` per dimension, and `{QSCALE}`."""
        macros = {"UNIT": self._alternation(self.units)}
        for dimension in self.dimensions:
            members = [u for u in self.units if u.dimension == dimension]
            if members:
                macros[f"UNIT_{dimension.upper()}"] = self._alternation(members)
        scales = sorted(self.scales, key=len, reverse=True)
        macros["QSCALE"] = "(?:" + "|".join(regex.escape(s) for s in scales) + ")"
        return macros

    @staticmethod
    def _alternation(units: list[Unit]) -> str:
        """Every spelling of `units` as one regex, a trie: `G(?:B(?:/s)?|b(?:ps)?)`.

        A trie tries one branch per distinct next character where a flat alternation of
        400 spellings tries them all at every number (it cost the quantity rule half its
        time). A longer spelling wins (`GB/s` over `GB`): regex takes the first branch that
        lets the whole pattern match, and a branch's optional tail is tried before its end.
        """
        return trie_regex(
            (" ".join(spelling.split()), unit.fold_case)
            for unit in units
            for spelling in unit.spellings
        )

    def triggers(self) -> list[str]:
        """Trigger strings for a number followed by any spelling (see `Rule.unit_triggers`).

        Each spelling whole, as the trigger view shows it, after a digit (`9ms`, `9-hour`,
        `9gpu hours`) or after a digit and a count scale (`9k qps` of `12k QPS`, `9m gpu
        hours`, `9 trillion-token`). A spelling of one or two characters needs the end of a
        word after it (`9w `): `FP16 weights` and `8 H100` hold no watt or hour. Each
        sentence a trigger lets through is one more the rule scans.
        """
        found: set[str] = set()
        for unit in self.units:
            for spelling in unit.spellings:
                view = " ".join(trigger_view(spelling).split())
                if len(view) <= SHORT_SPELLING:  # `13W.`, `5 ms/token`, `2 h-long`
                    found.update(f"9{view}{end}" for end in WORD_ENDS_IN_VIEW)
                    found.update(f"9-{view}{end}" for end in WORD_ENDS_IN_VIEW)
                    continue  # and `12k s` is no quantity
                found.add("9" + view)
                # `10^{24} FLOPs` and `$10^{24}$ FLOPs` read `99  99  flops`, `99  99 $ flops`
                found.update((f"9  {view}", f"9 $ {view}"))
                if view[0].isalnum():
                    found.add("9-" + view)
                if unit.dimension not in self.scaled_dimensions:
                    continue
                if len(view.split()[0]) < SCALED_UNIT_LENGTH:
                    continue
                for scale in self.scales:  # after a digit: `9k qps` also finds `12 k qps`
                    lowered = scale.lower()
                    found.update((f"9{lowered} {view}", f"9{lowered}-{view}"))
                    if len(scale) == 1:
                        found.add(f"9{lowered}{view}")  # `30,204 MTEPS`, `1.87 Tops`
        return sorted(found)


def trie_regex(forms: Iterable[tuple[str, bool]]) -> str:
    """A regex matching any of `forms` (text, fold_case), built as a character trie.

    A space in a form matches any run of whitespace; a fold_case form matches in any case.
    Edges are keyed by the lower-cased character and match every case some form allows, so
    siblings never overlap and the longest form wins; the regex may so accept a mix of two
    forms' cases (`Ms` from `ms` and `MB`), which `UnitTable.read` cuts back to a spelling.
    """
    root: dict = {}
    for text, fold in forms:
        node = root
        for char in text:
            lower = char.lower() if char.isascii() else char
            edge = node.setdefault(lower, [set(), {}])
            edge[0].update((lower, char.upper()) if fold and char.isascii() else (char,))
            node = edge[1]
        node[None] = True  # a form ends here
    return _trie_node_regex(root)


def _trie_node_regex(node: dict) -> str:
    branches = []
    for char in sorted(k for k in node if k is not None):
        cases, child = node[char]
        if char == " ":
            atom = r"\s+"
        elif len(cases) == 1:
            atom = regex.escape(next(iter(cases)))
        else:
            atom = "[" + "".join(regex.escape(c) for c in sorted(cases)) + "]"
        branches.append(atom + _trie_node_regex(child))
    if not branches:
        return ""
    body = branches[0] if len(branches) == 1 else "(?:" + "|".join(branches) + ")"
    return f"(?:{body})?" if None in node else body


def load_units(path: Path) -> UnitTable:
    """Load and validate a unit table file."""
    try:
        return UnitTable.model_validate(load_yaml(path.read_text(encoding="utf-8")))
    except ValidationError as exc:
        problem = "; ".join(
            f"{'.'.join(map(str, e['loc'])) or 'file'}: {e['msg']}" for e in exc.errors()
        )
        raise RuleFileError(f"{path.name}: {problem}") from exc


@lru_cache(maxsize=4)
def unit_table(directory: Path | None = None) -> UnitTable:
    """The unit table of a rules directory (the packaged one by default), loaded once."""
    return load_units((directory or rules_dir()) / "units.yaml")
