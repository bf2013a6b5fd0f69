"""The worked example of docs/adding-a-rule.md shows what the tool really prints."""

import json
import re
import shutil
from pathlib import Path

import pytest

from extract.claims.builder import ClaimBuilder
from extract.cli import main
from extract.develop.diff import diff_claims, format_diff
from extract.develop.explain import explain_field, format_explanation
from extract.hardware.gazetteer import default_gazetteer
from extract.match.rules import Rule, load_ruleset, rules_dir
from extract.run.pipeline import extract_paper
from extract.run.writer import CLAIMS_SCHEMA, records_to_table
from tests.conftest import DATA

DOC = Path(__file__).parent.parent / "docs" / "adding-a-rule.md"
SENTENCE = "Human--AI Flows add +54 absolute points in terms of solve rate."


def blocks(language: str) -> list[str]:
    return re.findall(rf"```{language}\n(.*?)```", DOC.read_text(encoding="utf-8"), re.S)


@pytest.fixture(scope="module")
def documented_rule() -> dict:
    (line,) = blocks("json")
    return json.loads(line)


@pytest.fixture(scope="module")
def builder_without_rule(tmp_path_factory, documented_rule) -> ClaimBuilder:
    folder = tmp_path_factory.mktemp("rules")
    for path in rules_dir().iterdir():
        if path.suffix in (".jsonl", ".yaml"):
            shutil.copy(path, folder / path.name)
    rule_file = folder / "percent_change.jsonl"
    lines = rule_file.read_text(encoding="utf-8").splitlines()
    kept = [line for line in lines if json.loads(line)["id"] != documented_rule["id"]]
    assert len(kept) == len(lines) - 1
    rule_file.write_text("\n".join(kept) + "\n", encoding="utf-8")
    return ClaimBuilder(load_ruleset(folder), default_gazetteer())


def test_the_documented_rule_is_valid_and_is_the_shipped_one(documented_rule):
    Rule.model_validate(documented_rule)
    shipped = (rules_dir() / "percent_change.jsonl").read_text(encoding="utf-8").splitlines()
    assert documented_rule in [json.loads(line) for line in shipped]


def explanation_blocks() -> list[str]:
    found = [b for b in blocks("console") if b.startswith("$ claims explain")]
    assert len(found) == 2
    return [b.split("\n", 1)[1] for b in found]


def test_explain_before_and_after_print_what_the_doc_shows(builder_without_rule, capsys):
    before, after = explanation_blocks()
    # `claims explain TEXT` shows every sentence of the text, as `show_all` does
    unchanged = explain_field("text", SENTENCE, builder=builder_without_rule)
    assert format_explanation([unchanged], show_all=True) == before
    assert main(["explain", SENTENCE]) == 0
    assert capsys.readouterr().out == after


def test_rules_check_prints_what_the_doc_shows(capsys):
    (block,) = [b for b in blocks("console") if b.startswith("$ claims rules --check")]
    assert main(["rules", "--check"]) == 0
    assert capsys.readouterr().out == block.split("\n", 1)[1]


def rows(claims, title):
    return records_to_table(claims, CLAIMS_SCHEMA, {"title": [title] * len(claims)}).to_pylist()


def test_the_documented_diff_is_what_the_rule_changes(builder_without_rule):
    papers = [json.loads(line) for line in (DATA / "dev-papers.jsonl").open(encoding="utf-8")]
    from tests.conftest import paper

    (row,) = [p for p in papers if "+54 absolute points" in p["abstract"]]
    subject = paper(row["abstract"], row["title"])
    old = rows(extract_paper(subject, builder_without_rule), subject.title)
    new = rows(extract_paper(subject), subject.title)
    (shown,) = blocks("markdown")
    printed = format_diff(diff_claims(old, new), markdown=True)
    assert printed.startswith(shown)


def test_the_documented_test_rows_are_in_the_tables():
    (rows,) = [b for b in blocks("python") if not b.startswith("class ClaimKind")]
    tables = (Path(__file__).parent / "test_kinds.py").read_text(encoding="utf-8")

    def squeezed(code: str) -> str:  # the formatter may wrap a row and add a trailing comma
        return re.sub(r"\s+", "", code).replace(",)", ")")

    for line in rows.strip().splitlines():
        assert squeezed(line) in squeezed(tables)


def kind_section() -> str:
    text = DOC.read_text(encoding="utf-8")
    return text[text.index("## Adding a kind") :]


def test_the_documented_kind_interface_is_claim_kinds():
    import inspect

    from extract.claims.kinds.base import ClaimKind

    (block,) = re.findall(r"```python\n(class ClaimKind:.*?)```", kind_section(), re.S)
    documented = ast_members(block)
    public = {
        name
        for name, value in vars(ClaimKind).items()
        if not name.startswith("_") and (inspect.isfunction(value) or name in documented)
    }
    helpers = {"plausible", "read_values", "drafts_with_list"}  # named in the prose instead
    assert set(documented) == public - helpers
    for name, params in documented.items():
        if params is not None:
            signature = list(inspect.signature(getattr(ClaimKind, name)).parameters)
            assert signature == params, name
    assert "`read_values`" in kind_section() and "`drafts_with_list`" in kind_section()


def ast_members(block: str) -> dict:
    import ast

    (cls,) = ast.parse(block).body
    members: dict = {}
    for node in cls.body:
        if isinstance(node, ast.FunctionDef):
            members[node.name] = [a.arg for a in node.args.args]
        elif isinstance(node, ast.AnnAssign):
            members[node.target.id] = None
    return members


def test_every_kind_has_the_pieces_the_doc_names():
    from extract.claims.kinds import kind_classes
    from extract.match.rules import rule_kinds
    from schemas import CLAIM_MODELS, KINDS

    classes = kind_classes()
    tables = (Path(__file__).parent / "test_kinds.py").read_text(encoding="utf-8")
    for kind in KINDS:
        module = Path(__file__).parents[1] / "extract" / "claims" / "kinds" / f"{kind}.py"
        assert module.is_file(), module
        assert classes[kind].name == kind and CLAIM_MODELS[kind].model_fields["kind"]
        assert f"def test_{kind}(" in tables, f"no table test_{kind} in tests/test_kinds.py"
        has_rules = kind in rule_kinds(rules_dir())
        checks = "check" in vars(classes[kind])
        assert has_rules == checks, f"{kind}: a rule file needs a check, and a check rules"
