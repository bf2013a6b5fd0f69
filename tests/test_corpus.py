"""Whole-corpus checks on the bundled sample: snapshot, offsets, dev-gold floors."""

import json

import pytest

from extract.develop.evaluate import score
from extract.read.readers import expand_inputs, read_inputs
from extract.read.sample import sample_corpus
from extract.run.pipeline import process
from schemas import Paper
from tests.conftest import DATA

FLOORS = {
    "speedup": 0.98,
    "percent_change": 0.95,
    "hardware": 0.98,
    "model_size": 0.97,
    "gpu_count": 0.97,
    "quantity": 0.97,
    "micro": 0.97,
}


@pytest.fixture(scope="module")
def sample_results():
    return list(process(read_inputs(expand_inputs(sample_corpus()))))


def test_sample_corpus_reads_every_paper_once(sample_results):
    papers = [r.paper for r in sample_results if r.paper]
    assert len(papers) == len({p.paper_id for p in papers}) == 286
    assert not [e for r in sample_results for e in r.errors]


def test_every_offset_spans_its_text(sample_results):
    checked = 0
    for result in sample_results:
        for claim in result.claims:
            source = getattr(result.paper, claim.field)
            assert source[claim.start : claim.end] == claim.text
            assert claim.text in claim.sentence and claim.sentence in source
            checked += 1
    assert checked > 400


def test_snapshot_of_every_claim(sample_results, data_regression):
    rows = []
    for result in sample_results:
        for claim in result.claims:
            row = claim.model_dump(exclude={"sentence"}, exclude_none=True)
            rows.append({k: row[k] for k in sorted(row)})
    rows.sort(key=lambda r: (r["paper_id"], r["field"], r["start"], r["kind"]))
    data_regression.check({"claims": rows})


# dev2: 99 papers from other sources (proceedings, arXiv feeds, FPGA and HPC lists) that no
# rule was written from; its floors sit just under today's scores, so a change that only
# fits the seed papers shows here.
DEV2_FLOORS = {
    "speedup": 0.98,
    "percent_change": 0.96,
    "hardware": 0.96,
    "model_size": 0.95,
    "gpu_count": 0.90,
    "quantity": 0.95,
    "micro": 0.97,
}
# The comparison fields of matched claims, on both sets: a rule that fits one set's sentences
# and costs the other shows here too.
ATTRIBUTE_FLOORS = {
    "qualifier": 0.93,
    "direction": 0.95,
    "quantity.role": 0.88,
    "speedup.metric_group": 0.88,
    "speedup.baseline": 0.83,
    "percent_change.baseline": 0.83,
}


def scored(papers_file: str, gold: list[dict]):
    papers = [json.loads(line) for line in (DATA / papers_file).open(encoding="utf-8")]
    assert len(papers) == len(gold)
    records = [
        Paper(paper_id=p["id"], title=p["title"], abstract=p["abstract"], source="dev", record=n)
        for n, p in enumerate(papers, 1)
    ]
    rows = [
        dict(c.model_dump(), paper_id=r.paper.paper_id) for r in process(records) for c in r.claims
    ]
    return score(gold, rows)


def test_dev2_gold_f1_floors():
    gold = [json.loads(line) for line in (DATA / "dev2-gold.jsonl").open(encoding="utf-8")]
    result = scored("dev2-papers.jsonl", gold)
    for kind, floor in DEV2_FLOORS.items():
        assert result.counts[kind]["f1"] >= floor, (kind, result.counts[kind])
    for attribute, floor in ATTRIBUTE_FLOORS.items():
        assert result.attributes[attribute] >= floor, (attribute, result.attributes[attribute])


def test_dev_gold_f1_floors(dev_gold):
    result = scored("dev-papers.jsonl", dev_gold)
    for kind, floor in FLOORS.items():
        assert result.counts[kind]["f1"] >= floor, (kind, result.counts[kind])
    for attribute, floor in ATTRIBUTE_FLOORS.items():
        assert result.attributes[attribute] >= floor, (attribute, result.attributes[attribute])


def test_rule_triggers_never_change_what_is_extracted(sample_results):
    """Triggers only skip rules that could not match: without them the output is the same."""
    from extract.match.rules import default_ruleset
    from extract.run.pipeline import extract_paper
    from tests.conftest import untriggered_builder

    assert sum(1 for c in default_ruleset().rules if c.rule.triggers) >= 20
    builder = untriggered_builder()
    dev = [json.loads(line) for line in (DATA / "dev-papers.jsonl").open(encoding="utf-8")]
    papers = [r.paper for r in sample_results] + [
        Paper(paper_id=p["id"], title=p["title"], abstract=p["abstract"], source="dev", record=1)
        for p in dev
    ]
    for paper in papers:
        assert extract_paper(paper, builder) == extract_paper(paper), paper.paper_id
