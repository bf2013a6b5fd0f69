"""Load and validate the rule files in `rules/`: macros, one pattern file per claim kind, context.

Rules are data. A rule line is shaped like a spaCy `patterns.jsonl` entry
(`{"id", "label", "pattern"}`) whose pattern is a regex that may use `{MACRO}` fragments from
`rules/macros.yaml`. Every file is validated by a pydantic model with `extra="forbid"`; a bad
file fails at load with its name, the rule id and the problem.
"""

from __future__ import annotations

import json
from dataclasses import dataclass
from functools import cached_property, lru_cache
from pathlib import Path
from typing import Literal

import regex
from pydantic import BaseModel, ConfigDict, Field, ValidationError, field_validator, model_validator

from extract import messages
from extract.match.files import RuleFileError, load_yaml, rules_dir
from extract.match.units import UnitTable, load_units
from extract.text.normalise import TRIGGER_SPACE_CHARACTERS
from extract.text.regex_cache import compile_pattern
from extract.text.timed_regex import TimedPattern
from schemas import KINDS

MACRO_REF = compile_pattern(r"\{([A-Z][A-Z_]*)\}")
# A space as a `qual` group writes it (`up\s+to`), and what no plain phrase holds.
_SPACE_ESCAPE = compile_pattern(r"\\s[+*]?|\s+")
_REGEX_SIGN = compile_pattern(r"[\\()\[\]{}?*+.^$]")
GROUP_NAMES = frozenset(
    {
        "low",
        "high",
        "low_word",
        "low_scale",
        "scale",
        "list",
        "qual",
        "plus",
        "approx",
        "oom",
        "oom_high",
        "device",
        "unit",
        "low_unit",
    }
)


def check_triggers(value: list[str] | None) -> list[str] | None:
    """Each trigger must be able to occur in a trigger view (see `text.trigger_view`)."""
    for trigger in value or []:
        if not trigger or trigger != trigger.lower():
            raise ValueError(f"trigger {trigger!r} must be non-empty and lower-case")
        if any(ch in TRIGGER_SPACE_CHARACTERS for ch in trigger):
            raise ValueError(
                f"trigger {trigger!r} holds punctuation the trigger view turns into spaces"
            )
        digits = [ch for ch in trigger if ch.isdecimal()]
        if digits and (digits != ["9"] or "9" not in (trigger[0], trigger[-1]) or trigger == "9"):
            raise ValueError(
                f"trigger {trigger!r}: `9` stands for a number's digit and may appear once, "
                "at the start or the end, next to something else"
            )
        if trigger.startswith("9 "):
            raise ValueError(f"trigger {trigger!r}: write `9x`, which also finds `9 x`")
    return value


class Strict(BaseModel):
    """Base for rule-file models: unknown keys are errors."""

    model_config = ConfigDict(extra="forbid", frozen=True)


class Rule(Strict):
    """One pattern line of a `rules/<kind>.jsonl` file."""

    id: str = Field(pattern=r"^[a-z_]+\.[a-z0-9][a-z0-9-]*$")
    label: str = Field(description="the claim kind; must be the rule file's name")
    pattern: str = Field(min_length=1)
    description: str | None = None
    qualifier: Literal["up_to", "at_least", "average", "approx"] | None = None
    value: float | None = Field(default=None, gt=0, description="fixed value when no number")
    unit: str | None = Field(
        default=None,
        description="percent_change: `pp`; quantity: the id of a `rules/units.yaml` unit the "
        "value is in when the pattern has no `unit` group",
    )
    known_device: bool = Field(
        default=False,
        description="gpu_count: the `device` group must name a known accelerator (the rule "
        "runs only on sentences where a hardware name can start)",
    )
    needs_digit: bool = Field(
        default=False,
        description="every match holds a digit (`\\d`), so the rule runs only on sentences "
        "that hold one",
    )
    parameters_follow: bool = Field(
        default=False,
        description="model_size: `parameters` or a model noun must follow the value",
    )
    triggers: list[str] | None = Field(
        default=None,
        min_length=1,
        description="lower-case strings; the rule runs on a sentence only if one occurs in "
        "its trigger view (one opening with a space: at a word's start)",
    )
    unit_triggers: bool = Field(
        default=False,
        description="quantity: the rule runs only where a spelling of `rules/units.yaml` occurs "
        "(its triggers are the unit table's)",
    )
    also_triggers: list[str] | None = Field(
        default=None,
        min_length=1,
        description="a second list, of which one must occur too (needs `triggers`)",
    )

    @field_validator("triggers", "also_triggers")
    @classmethod
    def _triggers_are_lower_case(cls, value: list[str] | None) -> list[str] | None:
        return check_triggers(value)

    @model_validator(mode="after")
    def _also_needs_triggers(self) -> Rule:
        if self.also_triggers and not self.triggers:
            raise ValueError("also_triggers needs triggers")
        return self

    @field_validator("id")
    @classmethod
    def _id_names_its_kind(cls, value: str, info) -> str:
        label = info.data.get("label")
        if label and not value.startswith(label + "."):
            raise ValueError(f"rule id must start with its label {label!r}")
        return value


class Context(Strict):
    """The word lists in `rules/context.yaml`."""

    qualifiers_before: dict[Literal["up_to", "at_least", "average", "approx"], list[str]]
    qualifiers_after: dict[Literal["up_to", "at_least", "average", "approx"], list[str]]
    # phrases of `qualifiers_after` that may also close the value's phrase a few words on
    qualifiers_closing: list[str]
    increase_words: list[str]
    decrease_words: list[str]
    # the adjective after `twice as`, by the direction it says
    as_compared: dict[Literal["increase", "decrease"], list[str]]
    percent_change_after: list[str]
    percent_change_before: list[str]
    percent_level_after: list[str]
    percent_level_before: list[str]
    baseline_markers: list[str]
    baseline_stop_words: list[str]
    # words before a `from` that says where a thing comes from, no comparator
    source_before_from: list[str]
    non_parameter_nouns: list[str]
    dataset_names: list[str]
    label_words: list[str]
    non_count_nouns: list[str]
    host_nouns: list[str]
    non_factor_nouns: list[str]
    over_qualifies_after: list[str]
    clause_verbs: list[str]
    abbreviations: list[str]
    non_model_words: list[str]
    quantity_roles: dict[
        Literal[
            "result",
            "setting",
            "background",
            "setting_use",
            "capacity_dimensions",
            "setting_after",
            "setting_dimensions",
            "specification",
            "own_work",
        ],
        list[str],
    ]
    quantity_data_words: list[str]
    quantity_metric_stop_words: list[str]
    quantity_change_nouns: list[str]
    quantity_rate_denominators: list[str]
    quantity_hardware_nouns: list[str]

    @model_validator(mode="after")
    def _closing_qualifiers_are_qualifiers(self) -> Context:
        after = {phrase for phrases in self.qualifiers_after.values() for phrase in phrases}
        unknown = sorted(set(self.qualifiers_closing) - after)
        if unknown:
            raise ValueError(f"qualifiers_closing {unknown} are not in qualifiers_after")
        return self


@dataclass(frozen=True)
class CompiledRule:
    """A validated rule with its macros expanded and its regex compiled."""

    rule: Rule
    regex: TimedPattern
    file: str

    @cached_property
    def group_numbers(self) -> tuple[tuple[str, int], ...]:
        """The named groups of the pattern, each with its number."""
        return tuple(self.regex.groupindex.items())


def expand_macros(pattern: str, macros: dict[str, str]) -> str:
    """Replace every `{NAME}` with its macro (macros may use earlier macros)."""

    def replace(match: regex.Match) -> str:
        name = match.group(1)
        if name not in macros:
            raise ValueError(messages.UNKNOWN_MACRO.format(name=name))
        return "(?:" + macros[name] + ")"

    for _ in range(5):
        expanded = MACRO_REF.sub(replace, pattern)
        if expanded == pattern:
            return expanded
        pattern = expanded
    return pattern


def compile_rule(rule: Rule, macros: dict[str, str]) -> TimedPattern:
    """Compile one rule's pattern, checking that its groups are ones the builder knows."""
    compiled = compile_pattern(expand_macros(rule.pattern, macros))
    unknown = set(compiled.groupindex) - GROUP_NAMES
    if unknown:
        raise ValueError(f"unknown group name(s) {sorted(unknown)}; known: {sorted(GROUP_NAMES)}")
    if "low" not in compiled.groupindex and "oom" not in compiled.groupindex and rule.value is None:
        if "low_word" not in compiled.groupindex:
            raise ValueError("pattern has no (?P<low>...) group and the rule has no value")
    # A pattern that opens with a lookahead (`QSTART`) keeps both engines from skipping to a
    # likely start, so each tries every position, and `re`'s try costs less: its twin scans
    # (quantity.number-unit: 6.2 -> 3.9 us per abstract). Each holds a number: none matches
    # an empty string, after which the two engines would go on from different places.
    return TimedPattern(compiled, scans_with_twin=compiled.pattern.startswith(("(?=", "(?:(?=")))


def load_macros(directory: Path) -> dict[str, str]:
    """Load `macros.yaml` (name -> regex fragment), each fragment compiled as a check."""
    path = directory / "macros.yaml"
    data = load_yaml(path.read_text(encoding="utf-8")) or {}
    if not isinstance(data, dict) or not all(isinstance(v, str) for v in data.values()):
        raise RuleFileError(f"{path.name}: expected a mapping of NAME: regex")
    macros = {str(k): v for k, v in data.items()}
    for name, fragment in macros.items():
        try:
            compile_pattern(expand_macros(fragment, macros))
        except (regex.error, ValueError) as exc:
            raise RuleFileError(
                messages.RULE_FILE_INVALID.format(file=path.name, rule_id=name, problem=exc)
            ) from exc
    return macros


def load_rule_file(path: Path, macros: dict[str, str]) -> list[CompiledRule]:
    """Load and compile one `<kind>.jsonl` file."""
    compiled: list[CompiledRule] = []
    for number, line in enumerate(path.read_text(encoding="utf-8").splitlines(), start=1):
        if not line.strip() or line.lstrip().startswith("//"):
            continue
        try:
            data = json.loads(line)
        except json.JSONDecodeError as exc:
            raise RuleFileError(
                messages.RULE_FILE_UNREADABLE.format(file=path.name, line=number, problem=exc.msg)
            ) from exc
        rule_id = data.get("id", f"<line {number}>") if isinstance(data, dict) else number
        try:
            rule = Rule.model_validate(data)
            if rule.label != path.stem:
                raise ValueError(f"label {rule.label!r} does not match file {path.name}")
            compiled.append(CompiledRule(rule, compile_rule(rule, macros), path.name))
        except ValidationError as exc:
            problem = "; ".join(
                f"{'.'.join(map(str, e['loc'])) or 'rule'}: {e['msg']}" for e in exc.errors()
            )
            raise RuleFileError(
                messages.RULE_FILE_INVALID.format(file=path.name, rule_id=rule_id, problem=problem)
            ) from exc
        except (regex.error, ValueError) as exc:
            raise RuleFileError(
                messages.RULE_FILE_INVALID.format(file=path.name, rule_id=rule_id, problem=exc)
            ) from exc
    return compiled


@dataclass(frozen=True)
class RuleSet:
    """Everything the matcher and builder read from `rules/`."""

    rules: tuple[CompiledRule, ...]
    context: Context
    macros: dict[str, str]
    units: UnitTable
    # False runs every rule on every sentence: the reference the gates are tested against.
    gated: bool = True

    @cached_property
    def _rules_by_trigger(self) -> dict[str, tuple[int, ...]]:
        by_trigger: dict[str, list[int]] = {}
        for order, compiled in enumerate(self.rules):
            for trigger in compiled.rule.triggers or []:
                by_trigger.setdefault(trigger, []).append(order)
        return {trigger: tuple(orders) for trigger, orders in by_trigger.items()}

    @cached_property
    def lead_triggers(self) -> frozenset[str]:
        """The triggers that can start a rule on their own (`also_triggers` cannot).

        `and ` and `or ` join values of a range or list: half the triggers an abstract holds,
        in nearly every sentence, and no rule runs on them alone.
        """
        return frozenset(self._rules_by_trigger)

    @cached_property
    def runs_on_every_sentence(self) -> bool:
        """True when some rule runs whatever the sentence holds: ungated, or without gates."""
        return not self.gated or any(
            not c.rule.triggers and not c.rule.known_device for c in self.rules
        )

    @cached_property
    def _untriggered_rules(self) -> tuple[int, ...]:
        return tuple(order for order, c in enumerate(self.rules) if not c.rule.triggers)

    def rules_to_run(self, present: set[str], name_here: bool, digit_here: bool) -> tuple[int, ...]:
        """The positions in `rules` of the rules that can match a sentence, in rule order.

        `present` holds the triggers found in the sentence's trigger view, `name_here` says
        whether a hardware name can start in it and `digit_here` whether it holds a digit. A
        rule with triggers needs one of them (and one of its `also_triggers`); a
        `known_device` rule needs a name; a `needs_digit` rule, a digit.
        """
        if not self.gated:
            return tuple(range(len(self.rules)))
        orders = {o for t in present for o in self._rules_by_trigger.get(t, ())}
        orders.update(self._untriggered_rules)
        kept = []
        for order in sorted(orders):
            rule = self.rules[order].rule
            if rule.also_triggers and present.isdisjoint(rule.also_triggers):
                continue
            if rule.known_device and not name_here:
                continue
            if rule.needs_digit and not digit_here:
                continue
            kept.append(order)
        return tuple(kept)

    @cached_property
    def triggers(self) -> frozenset[str]:
        """Every trigger string of every rule."""
        rules = [c.rule for c in self.rules]
        return frozenset(t for r in rules for t in (r.triggers or []) + (r.also_triggers or []))


def load_context(directory: Path) -> Context:
    """Load and validate `context.yaml`."""
    path = directory / "context.yaml"
    try:
        return Context.model_validate(load_yaml(path.read_text(encoding="utf-8")))
    except ValidationError as exc:
        problem = "; ".join(f"{'.'.join(map(str, e['loc']))}: {e['msg']}" for e in exc.errors())
        raise RuleFileError(f"{path.name}: {problem}") from exc


def rule_kinds(directory: Path) -> tuple[str, ...]:
    """The kinds with a rule file `<kind>.jsonl` in `directory`, in the order of `KINDS`.

    The order is the order rules run in, which decides overlaps between equally long
    matches. A `.jsonl` file named after no claim kind is a load error.
    """
    files = {path.stem for path in directory.glob("*.jsonl")}
    unknown = files - set(KINDS)
    if unknown:
        raise RuleFileError(messages.RULE_FILE_NO_KIND.format(files=sorted(unknown), kinds=KINDS))
    return tuple(kind for kind in KINDS if kind in files)


def load_ruleset(directory: Path | None = None) -> RuleSet:
    """Load every rule file; duplicate rule ids across files are load errors.

    The unit table adds its macros (`{UNIT}`, `{UNIT_<DIMENSION>}`, `{QSCALE}`) to those of
    `macros.yaml`, and its triggers to every rule that asks for them.
    """
    directory = directory or rules_dir()
    context = load_context(directory)
    units = load_units(directory / "units.yaml")
    macros = {**load_macros(directory), **units.macros()}
    unit_triggers = units.triggers()
    rules: list[CompiledRule] = []
    seen: dict[str, str] = {}
    for kind in rule_kinds(directory):
        for compiled in load_rule_file(directory / f"{kind}.jsonl", macros):
            rule_id = compiled.rule.id
            if rule_id in seen:
                raise RuleFileError(
                    messages.DUPLICATE_RULE_ID.format(
                        file=compiled.file, rule_id=rule_id, other=seen[rule_id]
                    )
                )
            _check_unit(compiled, units)
            _check_qualifier_group(compiled, context)
            if compiled.rule.unit_triggers:
                triggers = sorted({*(compiled.rule.triggers or []), *unit_triggers})
                rule = compiled.rule.model_copy(update={"triggers": triggers})
                compiled = CompiledRule(rule, compiled.regex, compiled.file)
            seen[rule_id] = compiled.file
            rules.append(compiled)
    return RuleSet(tuple(rules), context, macros, units)


def qualifier_group_phrases(pattern: str) -> list[str] | None:
    r"""The phrases of a rule's `(?P<qual>...)` group, spaced as words, or None without one.

    The builder reads a captured phrase through `qualifiers_before`, so the group may hold
    only plain phrases (`up\s+to|about`): anything else is a ValueError.
    """
    opening = pattern.find("(?P<qual>")
    if opening < 0:
        return None
    body_start = at = opening + len("(?P<qual>")
    depth = 0
    while at < len(pattern):
        char = pattern[at]
        if char == "\\":
            at += 2
            continue
        if char == "(":
            depth += 1
        elif char == ")":
            if depth == 0:
                break
            depth -= 1
        at += 1
    phrases = []
    for alternative in pattern[body_start:at].split("|"):
        words = _SPACE_ESCAPE.sub(" ", alternative)
        if not words.strip() or _REGEX_SIGN.search(words):
            raise ValueError(f"its qual group holds {alternative!r}, not a plain phrase")
        phrases.append(" ".join(words.split()))
    return phrases


def _check_qualifier_group(compiled: CompiledRule, context: Context) -> None:
    """Every phrase a rule's `qual` group captures is one `qualifiers_before` lists."""
    try:
        phrases = qualifier_group_phrases(compiled.rule.pattern) or []
    except ValueError as exc:
        problem = str(exc)
    else:
        known = {
            " ".join(phrase.casefold().split())
            for listed in context.qualifiers_before.values()
            for phrase in listed
        }
        unknown = [phrase for phrase in phrases if phrase.casefold() not in known]
        if not unknown:
            return
        problem = f"its qual group holds {unknown}, which qualifiers_before in context.yaml lacks"
    raise RuleFileError(
        messages.RULE_FILE_INVALID.format(
            file=compiled.file, rule_id=compiled.rule.id, problem=problem
        )
    )


def _check_unit(compiled: CompiledRule, units: UnitTable) -> None:
    """A rule's fixed `unit` must be `pp` (percent changes) or a unit of the unit table."""
    unit = compiled.rule.unit
    if unit is None or unit == "pp" and compiled.rule.label == "percent_change":
        return
    if compiled.rule.label == "quantity" and units.by_id(unit) is not None:
        return
    raise RuleFileError(
        messages.RULE_FILE_INVALID.format(
            file=compiled.file,
            rule_id=compiled.rule.id,
            problem=f"unit {unit!r} is neither `pp` (percent_change) nor a unit id of units.yaml",
        )
    )


@lru_cache(maxsize=1)
def default_ruleset() -> RuleSet:
    """Return the packaged rules, loaded once per process."""
    return load_ruleset()
