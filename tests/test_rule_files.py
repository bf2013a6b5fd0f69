"""Every rules file validates, and broken copies fail with file, rule id and problem."""

import marshal
import shutil

import pytest
import yaml

from extract.cache_folder import CACHE_ENV
from extract.hardware.gazetteer import load_gazetteer
from extract.match.files import load_yaml
from extract.match.rules import RuleFileError, load_ruleset, rule_kinds, rules_dir
from extract.text.literals import LiteralFinder
from extract.text.normalise import digits_as_nines, normalise_text, trigger_spellings, trigger_view


def test_packaged_rules_load_with_unique_readable_ids():
    ruleset = load_ruleset()
    ids = [c.rule.id for c in ruleset.rules]
    assert len(ids) == len(set(ids))
    assert {c.rule.label for c in ruleset.rules} == set(rule_kinds(rules_dir()))
    assert all(not part.isdigit() for rule_id in ids for part in rule_id.split("."))


def test_packaged_gazetteer_has_facts_for_every_record():
    gazetteer = load_gazetteer()
    assert len(gazetteer.records) >= 250
    assert all(r.vendor and r.category and r.release_year for r in gazetteer.records)


@pytest.fixture
def rules_copy(tmp_path):
    target = tmp_path / "rules"
    shutil.copytree(rules_dir(), target, ignore=shutil.ignore_patterns("__pycache__"))
    return target


def append_rule(directory, kind, line):
    with (directory / f"{kind}.jsonl").open("a") as handle:
        handle.write(line + "\n")


@pytest.mark.parametrize(
    "kind, line, message",
    [
        (
            "speedup",
            '{"id": "speedup.bad-regex", "label": "speedup", "pattern": "(?P<low>\\\\d+"}',
            "speedup.jsonl: rule speedup.bad-regex: missing )",
        ),
        (
            "speedup",
            '{"id": "speedup.extra", "label": "speedup", "pattern": "(?P<low>\\\\d)x", '
            '"colour": "red"}',
            "speedup.jsonl: rule speedup.extra: colour: Extra inputs",
        ),
        (
            "speedup",
            '{"id": "speedup.factor", "label": "speedup", "pattern": "(?P<low>\\\\d)x"}',
            "rule id 'speedup.factor' is defined twice",
        ),
        (
            "speedup",
            '{"id": "speedup.loud", "label": "speedup", "pattern": "(?P<low>\\\\d)x", '
            '"triggers": ["X"]}',
            "speedup.jsonl: rule speedup.loud: triggers: Value error, trigger 'X' must be",
        ),
        (
            "speedup",
            '{"id": "speedup.paren", "label": "speedup", "pattern": "(?P<low>\\\\d)x", '
            '"triggers": ["(x"]}',
            "trigger '(x' holds punctuation the trigger view turns into spaces",
        ),
        (
            "speedup",
            '{"id": "speedup.mid", "label": "speedup", "pattern": "(?P<low>\\\\d)x", '
            '"triggers": ["b9gpu"]}',
            "trigger 'b9gpu': `9` stands for a number's digit and may appear once",
        ),
        (
            "speedup",
            '{"id": "speedup.spaced", "label": "speedup", "pattern": "(?P<low>\\\\d)x", '
            '"triggers": ["9 x"]}',
            "trigger '9 x': write `9x`, which also finds `9 x`",
        ),
        (
            "speedup",
            '{"id": "speedup.none", "label": "speedup", "pattern": "(?P<low>\\\\d)x", '
            '"triggers": []}',
            "speedup.jsonl: rule speedup.none: triggers: List should have at least 1 item",
        ),
        (
            "speedup",
            '{"id": "speedup.macro", "label": "speedup", "pattern": "{NOPE}(?P<low>1)"}',
            "speedup.jsonl: rule speedup.macro: unknown macro {NOPE}",
        ),
        (
            "speedup",
            '{"id": "speedup.nogroup", "label": "speedup", "pattern": "\\\\d+x"}',
            "no (?P<low>...) group",
        ),
        (
            "speedup",
            '{"id": "speedup.group", "label": "speedup", "pattern": "(?P<low>1)(?P<zz>x)"}',
            "unknown group name(s) ['zz']",
        ),
        (
            "speedup",
            '{"id": "speedup.vague", "label": "speedup", "pattern": '
            '"(?P<qual>about|some\\\\s+say)\\\\s(?P<low>1)x"}',
            "rule speedup.vague: its qual group holds ['some say'], which qualifiers_before",
        ),
        (
            "speedup",
            '{"id": "speedup.wild", "label": "speedup", "pattern": '
            '"(?P<qual>up\\\\s+to|ab.ut)\\\\s(?P<low>1)x"}',
            "rule speedup.wild: its qual group holds 'ab.ut', not a plain phrase",
        ),
        (
            "gpu_count",
            '{"id": "speedup.wrong", "label": "speedup", "pattern": "(?P<low>1)x"}',
            "does not match file gpu_count.jsonl",
        ),
        (
            "model_size",
            '{"id": "model_size.7", "label": "model_size", "pattern": "(?P<low>1)B"',
            "model_size.jsonl: line",
        ),
    ],
)
def test_broken_rule_files_fail_with_a_specific_message(rules_copy, kind, line, message):
    append_rule(rules_copy, kind, line)
    with pytest.raises(RuleFileError) as error:
        load_ruleset(rules_copy)
    assert message in str(error.value)


def test_a_rule_file_named_after_no_kind_fails_at_load(rules_copy):
    (rules_copy / "speedups.jsonl").write_text(
        '{"id": "speedups.x", "label": "speedups", "pattern": "(?P<low>1)x"}\n'
    )
    with pytest.raises(RuleFileError, match=r"\['speedups'\] name no claim kind"):
        load_ruleset(rules_copy)


def _gazetteer_with(rules_copy, mutate):
    path = rules_copy / "hardware.yaml"
    data = yaml.safe_load(path.read_text())
    mutate(data["hardware"])
    path.write_text(yaml.safe_dump(data))
    return path


@pytest.mark.parametrize(
    "mutate, message",
    [
        (lambda hw: hw.append(dict(hw[0])), "id is defined twice"),
        (lambda hw: hw.append({**hw[0], "id": "copy"}), "repeats"),
        (
            lambda hw: hw.append({**hw[1], "id": "x-1", "canonical": "X One", "aliases": ["A100"]}),
            "alias 'A100' of x-1 already names nvidia-a100",
        ),
        (lambda hw: hw[0].update(category="gizmo"), "hardware nvidia-p100: category"),
        (lambda hw: hw[0].update(colour="red"), "hardware nvidia-p100: colour: Extra inputs"),
        (lambda hw: hw[0].update(family="nvidia-p999"), "family 'nvidia-p999' names no record"),
        (lambda hw: hw[0].update(family="nvidia-p100"), "family chain comes back to 'nvidia-p100'"),
        (
            lambda hw: (hw[0].update(family="nvidia-p40"), hw[1].update(family="nvidia-p100")),
            "hardware nvidia-p100: family chain comes back to 'nvidia-p100'",
        ),
        (lambda hw: hw[0].update(source="hearsay"), "source 'hearsay' is not in `sources`"),
        (lambda hw: hw[0].pop("source"), "hardware nvidia-p100: source: Field required"),
    ],
)
def test_broken_gazetteer_fails_with_a_specific_message(rules_copy, mutate, message):
    path = _gazetteer_with(rules_copy, mutate)
    with pytest.raises(RuleFileError) as error:
        load_gazetteer(path)
    assert message in str(error.value)


@pytest.mark.parametrize(
    "content, message",
    [
        (
            "groups:\n  - {group: time, words: [x]}\n  - {group: cost, words: [X]}\n",
            "word 'x' is listed",
        ),
        ("groups:\n  - {group: time, words: [x], colour: red}\n", "Extra inputs"),
        ("groups:\n  - {group: speedy, words: [x]}\n", "group 'speedy' is not one of"),
        ("groups:\n  - {group: time, words: []}\n", "at least 1 item"),
        ("groups:\n  - {group: time, words: [x], only_as_head: often}\n", "valid boolean"),
    ],
)
def test_broken_metric_groups_fail_with_the_problem(tmp_path, content, message):
    from extract.match.vocabulary import load_metric_groups

    path = tmp_path / "metric_groups.yaml"
    path.write_text(content, encoding="utf-8")
    with pytest.raises(RuleFileError, match=message):
        load_metric_groups(path)


@pytest.mark.parametrize(
    ("text", "found"),
    [
        ("with ten GPUs", True),
        ("Ten GPUs", True),  # the view's own space opens the text
        ("one/ten GPUs", True),
        ("twenty-ten GPUs", True),
        ("($ten GPUs)", True),
        ("we often use GPUs", False),  # inside a word: no word's start
        ("the latent GPUs", False),
        ("ten", True),  # the view adds a space at either end
        ("tenfold GPUs", False),
    ],
)
def test_a_trigger_opening_with_a_space_is_found_at_a_word_start_only(text, found):
    finder = LiteralFinder({"trigger": [" ten "]}, {"trigger": trigger_spellings})
    assert bool(finder.hits(digits_as_nines(trigger_view(normalise_text(text))))) is found


def test_rules_that_scan_with_the_re_twin_find_what_regex_finds():
    """The lookahead-led rules scan with `re` under the watchdog: the same matches on dev, dev2."""
    import json

    from extract.text.timed_regex import cpu_watchdog, paper_budget
    from tests.conftest import DATA

    scanning = [c for c in load_ruleset().rules if c.regex.scans_with_twin]
    assert {c.rule.id for c in scanning} >= {"quantity.number-unit", "quantity.word-time"}
    papers = [
        json.loads(line)
        for name in ("dev-papers.jsonl", "dev2-papers.jsonl")
        for line in (DATA / name).open(encoding="utf-8")
    ]
    texts = [normalise_text(p[field]) for p in papers for field in ("title", "abstract")]
    for compiled in scanning:
        plain = compiled.regex.compiled
        expected = [[m.regs for m in plain.finditer(text)] for text in texts]
        with cpu_watchdog(), paper_budget(600):
            found = [[m.regs for m in compiled.regex.finditer(text)] for text in texts]
        assert found == expected, compiled.rule.id
        if compiled.rule.id in ("quantity.number-unit", "quantity.word-time"):
            assert any(expected), compiled.rule.id  # so the comparison is not empty


def test_a_sentence_holding_only_joining_triggers_runs_no_rule():
    """`and `/`or ` only join a range or list: the builder skips a sentence that holds no other.

    Every rule that runs needs one of its own `triggers`, so those are the leads; a trigger
    that is only ever an `also_trigger` is none.
    """
    ruleset = load_ruleset()
    leads = ruleset.lead_triggers
    assert {"and ", "or "}.isdisjoint(leads)
    assert {t for c in ruleset.rules for t in c.rule.triggers or []} == leads
    for name_here in (True, False):
        for joiners in ({"and "}, {"or "}, {"and ", "or "}):
            untriggered = ruleset.rules_to_run(set(), name_here, True)
            assert ruleset.rules_to_run(joiners, name_here, True) == untriggered
    # with a lead, the joiner still counts: `7, 13 and 70 billion` is the list rule's
    listed = {
        ruleset.rules[o].rule.id for o in ruleset.rules_to_run({"illion", "and "}, False, True)
    }
    alone = {ruleset.rules[o].rule.id for o in ruleset.rules_to_run({"illion"}, False, True)}
    assert listed - alone == {"model_size.scale-word-list"}


def test_needs_digit_rules_match_no_text_without_digits():
    """`needs_digit` lets a rule skip digit-free sentences, so it must never match one."""
    import json
    import re

    from tests.conftest import DATA

    ruleset = load_ruleset()
    flagged = [c for c in ruleset.rules if c.rule.needs_digit]
    assert len(flagged) >= 15
    papers = [json.loads(line) for line in (DATA / "dev-papers.jsonl").open(encoding="utf-8")]
    texts = [p["title"] + " " + p["abstract"] for p in papers]
    # the digits spelled out and dropped: every number-word reading survives, no digit does
    digit_free = [re.sub(r"\d+", " eight ", t) for t in texts]
    digit_free += [re.sub(r"\d", "", t) for t in texts]
    for compiled in flagged:
        found = [m.group() for t in digit_free for m in compiled.regex.finditer(t)]
        assert not found, (compiled.rule.id, found[:3])
    unflagged_matching = {
        c.rule.id
        for c in ruleset.rules
        if not c.rule.needs_digit
        for t in digit_free
        if c.regex.search(t)
    }
    # the check can fail: rules that read numbers as words do match this text
    assert {"gpu_count.word-device-noun", "model_size.scale-word"} <= unflagged_matching


@pytest.mark.parametrize(
    "content, message",
    [
        (
            "systems:\n  - {name: vLLM, kind: serving engine}\n"
            "  - {name: VLLM2, kind: model, aliases: [vLLM]}\n",
            "already names 'vLLM'",
        ),
        ("systems:\n  - {name: vLLM, kind: rocket}\n", "systems.0.kind"),
        ("systems:\n  - {name: vLLM, kind: serving engine, url: x}\n", "Extra inputs"),
        ("systems: []\n", "at least 1 item"),
    ],
)
def test_broken_systems_files_fail_with_the_problem(tmp_path, content, message):
    from extract.match.systems import load_systems

    path = tmp_path / "systems.yaml"
    path.write_text(content, encoding="utf-8")
    with pytest.raises(RuleFileError, match=message):
        load_systems(path)


@pytest.mark.parametrize(
    "text, found",
    [
        ("Foo-2", "Foo-2"),
        ("Foo 2", "Foo-2"),
        ("Foo2", "Foo2"),  # a variant another system lists is that system's
        ("Bar Baz", "Bar Baz"),
        ("BarBaz", "Bar Baz"),
        ("Bar/Baz", None),  # other joiners make no variant
    ],
)
def test_a_name_in_parts_is_found_with_a_hyphen_a_space_or_neither(tmp_path, text, found):
    from extract.match.systems import load_systems

    path = tmp_path / "systems.yaml"
    path.write_text(
        "systems:\n  - {name: Foo-2, kind: library}\n  - {name: Foo2, kind: method}\n"
        "  - {name: Bar Baz, kind: library}\n",
        encoding="utf-8",
    )
    assert load_systems(path).find(text) == found


def test_the_systems_catalogue_is_big_enough_and_loads():
    from extract.match.systems import default_systems

    assert len(default_systems().systems) >= 150


@pytest.mark.parametrize(
    "text, found",
    [
        ("vLLM v0.4.2", "vLLM"),
        ("FlashAttention2-based Transformers", "FlashAttention-2"),  # a modifier's ending
        ("vLLM-style batching", "vLLM"),
        # negatives: a hyphen and a word continue a name; a name inside a word is none
        ("FlashAttention-4", None),
        ("xvLLM", None),
    ],
)
def test_a_system_name_ends_where_its_word_ends(text, found):
    from extract.match.systems import default_systems

    assert default_systems().find(text) == found


def test_a_parse_is_cached_by_its_text_and_a_bad_cache_file_is_parsed_anew(tmp_path, monkeypatch):
    monkeypatch.setenv(CACHE_ENV, str(tmp_path / "cache"))
    text = "rules:\n  - id: a.b\n    pattern: '\\d+x'\n"
    parsed = {"rules": [{"id": "a.b", "pattern": "\\d+x"}]}
    assert load_yaml(text) == parsed
    [cached] = (tmp_path / "cache").glob("*.marshal")
    cached.write_bytes(marshal.dumps({"from": "cache"}))
    assert load_yaml(text) == {"from": "cache"}  # the same text is read from the cache
    assert load_yaml(text + "\n# edited\n") == parsed  # another text is another entry
    cached.write_bytes(b"\xffnot marshal")
    assert load_yaml(text) == parsed  # a cut-short or foreign file is parsed anew ...
    assert marshal.loads(cached.read_bytes()) == parsed  # ... and written again


@pytest.mark.parametrize("setting", ["0", "file"])
def test_a_cache_switched_off_or_unwritable_still_parses(tmp_path, monkeypatch, setting):
    blocker = tmp_path / "a-file"
    blocker.write_text("not a folder")
    monkeypatch.setenv(CACHE_ENV, "0" if setting == "0" else str(blocker / "cache"))
    assert load_yaml("a: 1\n") == {"a": 1}
    assert load_yaml("a: 1\n") == {"a": 1}
    assert sorted(p.name for p in tmp_path.iterdir()) == ["a-file"]


def test_broken_yaml_is_an_error_whatever_the_cache_holds(tmp_path, monkeypatch):
    monkeypatch.setenv(CACHE_ENV, str(tmp_path / "cache"))
    with pytest.raises(yaml.YAMLError):
        load_yaml("a: [1, 2\n")
    assert not list((tmp_path / "cache").glob("*.marshal"))


def test_a_closing_qualifier_must_be_a_qualifier_written_after(rules_copy):
    path = rules_copy / "context.yaml"
    data = yaml.safe_load(path.read_text())
    data["qualifiers_closing"].append("at peak load")
    path.write_text(yaml.safe_dump(data))
    with pytest.raises(RuleFileError, match=r"qualifiers_closing \['at peak load'\] are not in"):
        load_ruleset(rules_copy)
