"""The unit table (`rules/units.yaml`): every factor checked with pint, and broken copies fail.

Matching never uses pint (it reads `K` as kelvin, `M` as molar, `T` as tesla); here pint
checks the arithmetic of every entry, with the table's own definitions for what pint lacks
(token, FLOP, device, the guide's 30-day month and 365-day year).
"""

import math

import pint
import pytest
import yaml

from extract.match.rules import RuleFileError, load_ruleset, rules_dir
from extract.match.units import load_units, unit_table

TABLE = unit_table()


@pytest.fixture(scope="module")
def registry():
    units = pint.UnitRegistry()
    for definition in TABLE.pint_definitions:
        units.define(definition)
    return units


@pytest.mark.parametrize("unit", TABLE.units, ids=lambda u: u.id)
def test_every_factor_agrees_with_pint(registry, unit):
    canonical = TABLE.canonical_unit(unit)
    converted = registry.Quantity(1, unit.pint).to(TABLE.canonical_pint[canonical]).magnitude
    assert math.isclose(converted, unit.factor, rel_tol=1e-9), (unit.id, converted, unit.factor)


def test_after_count_word_keeps_the_factor_in_the_new_dimension(registry):
    """`120 million exaflops` is a total: the same number of FLOP, without `/s`."""
    for unit in TABLE.units:
        if unit.after_count_word:
            total = registry.Quantity(1, unit.pint) * registry.Quantity(1, "second")
            canonical = TABLE.canonical_pint[TABLE.dimensions[unit.after_count_word][0]]
            assert math.isclose(total.to(canonical).magnitude, unit.factor, rel_tol=1e-9)


def test_scales_are_counts_and_si_prefixes(registry):
    for name, factor in TABLE.scales.items():
        if len(name) > 1:
            continue
        prefix = {
            "K": "kilo",
            "k": "kilo",
            "M": "mega",
            "G": "giga",
            "B": "giga",
            "T": "tera",
            "P": "peta",
            "E": "exa",
        }[name]
        assert registry.Quantity(1, prefix + "byte").to("byte").magnitude == factor


def test_case_tells_bits_from_bytes_and_milli_from_mega():
    assert TABLE.lookup("Gb").factor * 8 == TABLE.lookup("GB").factor
    assert TABLE.lookup("mW").factor == 1e-3 and TABLE.lookup("MW").factor == 1e6
    assert TABLE.lookup("gpu  Hours").id == "device-hour"  # fold_case, spaces collapsed
    assert TABLE.lookup("B") is None and TABLE.lookup("K") is None  # `7B`, `4K` are no units


def test_every_spelling_reaches_the_rules_through_triggers_and_the_macro():
    ruleset = load_ruleset()
    unit_macro = ruleset.macros["UNIT"]
    rule = next(c for c in ruleset.rules if c.rule.id == "quantity.number-unit")
    for unit in TABLE.units:
        for spelling in unit.spellings:
            text = f"It is 12 {spelling} here."
            found = rule.regex.search(text)
            assert found is not None, spelling
            read = TABLE.read(text, *found.span("unit"))
            assert read is not None and read[0] == unit and text[read[1] :] == " here.", spelling
    assert "|".join(TABLE.units[0].spellings) not in unit_macro  # a trie, not an alternation


def broken(tmp_path, mutate):
    data = yaml.safe_load((rules_dir() / "units.yaml").read_text(encoding="utf-8"))
    mutate(data)
    path = tmp_path / "units.yaml"
    path.write_text(yaml.safe_dump(data), encoding="utf-8")
    return path


@pytest.mark.parametrize(
    "mutate, message",
    [
        (lambda d: d["units"][0].update(colour="red"), "colour: Extra inputs"),
        (lambda d: d["units"][0].update(dimension="speed"), "unknown dimension 'speed'"),
        (lambda d: d["units"][0].update(factor=0), "greater than 0"),
        (
            lambda d: d["units"][1]["spellings"].append("ms"),
            "spelling 'ms' of unit millisecond already names unit nanosecond",
        ),
        (lambda d: d["units"].append(dict(d["units"][0])), "unit id 'picosecond' is defined twice"),
        (lambda d: d["units"][0].update(unit="W"), "'W' is not a canonical unit of time"),
        (lambda d: d["dimensions"].update(speed=["m/s"]), "'m/s' has no canonical_pint entry"),
    ],
)
def test_broken_unit_tables_fail_with_the_problem(tmp_path, mutate, message):
    with pytest.raises(RuleFileError) as caught:
        load_units(broken(tmp_path, mutate))
    assert message in str(caught.value) and "units.yaml" in str(caught.value)


def test_a_fold_case_spelling_may_not_meet_another_in_any_case(tmp_path):
    def mutate(data):
        byte = next(u for u in data["units"] if u.get("id") == "byte")
        byte["spellings"].append("GB")  # fold-case `gb` would also read `Gb` (bits)

    with pytest.raises(
        RuleFileError, match="spelling 'GB' of unit gigabyte already names unit byte"
    ):
        load_units(broken(tmp_path, mutate))


def test_a_rule_unit_must_be_in_the_table(tmp_path):
    import shutil

    target = tmp_path / "rules"
    shutil.copytree(rules_dir(), target, ignore=shutil.ignore_patterns("__pycache__"))
    with (target / "quantity.jsonl").open("a") as handle:
        handle.write(
            '{"id": "quantity.furlongs", "label": "quantity", "pattern": "(?P<low>\\\\d+) fl", '
            '"unit": "furlong"}\n'
        )
    with pytest.raises(RuleFileError, match="quantity.furlongs: unit 'furlong'"):
        load_ruleset(target)
