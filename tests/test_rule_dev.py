"""explain, diff, rules, show and the spaCy component, on small fixtures."""

import json
import subprocess
import sys

import pandas as pd
import pytest

from extract.cli import main
from extract.develop.diff import COMPARED, diff_claims, format_diff
from extract.run.batch import run_extraction
from tests.conftest import paper


def explain_json(capsys, *args):
    assert main(["explain", *args, "--json"]) == 0
    return json.loads(capsys.readouterr().out)


def test_explain_lists_every_match_with_its_fate_and_the_records(capsys):
    fields = explain_json(
        capsys, "It is 3.7x faster on 8 H100 GPUs. The job was repeated 5 times. No numbers."
    )
    sentences = fields[0]["sentences"]
    assert len(sentences) == 3
    first = {(m["rule_id"], m["text"]): m for m in sentences[0]["matches"]}
    assert first[("speedup.factor", "3.7x")]["kept"]
    assert first[("gpu_count.number-device-noun", "8 H100 GPUs")]["kept"]
    overlapped = first[("gpu_count.number-device", "8 H100")]
    assert not overlapped["kept"] and "overlaps" in overlapped["reason"]
    assert "3.7x" in sentences[0]["tokens"] and "GPUs" in sentences[0]["tokens"]
    kinds = sorted(r["kind"] for r in sentences[0]["records"])
    assert kinds == ["gpu_count", "hardware", "speedup"]
    (repeated,) = sentences[1]["matches"]
    assert repeated["reason"].startswith("post-match check: a verb of doing again")
    assert sentences[1]["records"] == [] and sentences[2]["matches"] == []


def test_explain_shows_a_typed_text_whole_and_a_papers_quiet_sentences_on_request(tmp_path, capsys):
    assert main(["explain", "It is 2x faster. Nothing here."]) == 0
    out = capsys.readouterr().out
    assert "speedup.factor" in out and "kept" in out and "Nothing here." in out
    run_extraction([paper("It is 2x faster. Nothing here.")], tmp_path, False)
    paper_id = pd.read_parquet(tmp_path / "papers.parquet").paper_id[0]
    assert main(["explain", "--paper", paper_id, "--run", str(tmp_path)]) == 0
    out = capsys.readouterr().out
    assert "Nothing here." not in out and "1 more sentence(s) with no match" in out
    assert main(["explain", "--paper", paper_id, "--run", str(tmp_path), "--all"]) == 0
    assert "Nothing here." in capsys.readouterr().out


def test_explain_a_paper_of_a_run(tmp_path, capsys):
    run_extraction([paper("It uses 64 A100 GPUs.", title="Fast things")], tmp_path, False)
    paper_id = pd.read_parquet(tmp_path / "papers.parquet").paper_id[0]
    fields = explain_json(capsys, "--paper", paper_id, "--run", str(tmp_path))
    assert [f["field"] for f in fields] == ["title", "abstract"]
    assert fields[1]["sentences"][0]["records"][0]["paper_id"] == paper_id
    assert main(["explain", "--paper", "nope", "--run", str(tmp_path)]) == 2
    assert "no paper with id 'nope'" in capsys.readouterr().err
    assert main(["explain"]) == 2
    assert "either a TEXT or --paper" in capsys.readouterr().err


def claim(paper_id="p1", start=0, end=4, text="3.7x", low=3.7, kind="speedup", **fields):
    row = {
        "paper_id": paper_id,
        "field": "abstract",
        "kind": kind,
        "text": text,
        "start": start,
        "end": end,
        "sentence": f"sentence of {text}",
        "low": low,
        "high": low,
        "qualifier": None,
        "baseline": None,
        "canonical": None,
        "rule_id": f"{kind}.rule",
    }
    return {**row, **fields}


def test_diff_pairs_overlapping_claims_and_reports_what_changed():
    old = [
        claim(),
        claim(start=10, end=13, text="37%", low=37.0, kind="percent_change"),
        claim(paper_id="p2", text="8 GPUs", low=8.0, kind="gpu_count"),
        claim(
            paper_id="p2",
            start=20,
            end=24,
            text="H100",
            low=None,
            kind="hardware",
            canonical="NVIDIA H100",
        ),
    ]
    new = [
        # `3.7x` widened to `up to 3.7x` by a new rule: one change, not a remove and an add
        claim(start=0, end=10, text="up to 3.7x", qualifier="up_to", rule_id="speedup.new"),
        claim(start=10, end=13, text="37%", low=37.0, kind="percent_change"),
        claim(
            paper_id="p2",
            start=20,
            end=24,
            text="H100",
            low=None,
            kind="hardware",
            canonical="NVIDIA H100 SXM",
        ),
        claim(paper_id="p3", text="2x", low=2.0),
    ]
    diff = diff_claims(old, new)
    summary = [(c.change, c.paper_id, c.kind) for c in diff.changes]
    assert summary == [
        ("changed", "p1", "speedup"),
        ("removed", "p2", "gpu_count"),
        ("changed", "p2", "hardware"),
        ("added", "p3", "speedup"),
    ]
    assert diff.changes[0].fields == ["text", "qualifier", "rule_id"]
    assert diff.changes[2].fields == ["canonical"]
    assert diff.counts("kind")["speedup"] == {"changed": 1, "added": 1}
    assert diff.counts("rule_id")["speedup.new"] == {"changed": 1}
    markdown = format_diff(diff, markdown=True)
    assert markdown.startswith("## Claims diff: 1 added, 1 removed, 2 changed")
    assert "| speedup | 1 | 0 | 1 |" in markdown
    assert "qualifier: - -> up_to" in markdown
    assert format_diff(diff_claims(old, old)) == "No claim changed.\n"


def test_diff_compares_every_field_of_the_claims_table():
    # derived fields count too: a new group or system is a changed claim
    old = [claim(metric_group="speed", baseline_system="vLLM", vendor=None)]
    new = [claim(metric_group="throughput", baseline_system="vLLM", vendor="NVIDIA")]
    assert diff_claims(old, new).changes[0].fields == ["metric_group", "vendor"]
    assert {"metric_group", "baseline_system", "memory_gb", "value_text"} <= set(COMPARED)
    assert not {"paper_id", "start", "end", "sentence"} & set(COMPARED)


def test_diff_command_exit_status(tmp_path, capsys):
    old, new = tmp_path / "old", tmp_path / "new"
    run_extraction([paper("It is 3x faster.")], old, False)
    run_extraction([paper("It is 3x faster on 8 GPUs.")], new, False)
    assert main(["diff", str(old), str(old), "--fail-on-change"]) == 0
    assert main(["diff", str(old), str(new)]) == 0
    assert main(["diff", str(old), str(new), "--fail-on-change"]) == 1
    out = capsys.readouterr().out
    assert "1 added" in out and "gpu_count.number-device-noun" in out
    assert main(["diff", str(old), str(tmp_path / "missing")]) == 2
    assert "run directory not found" in capsys.readouterr().err


def test_rules_lists_ids_kinds_files_and_sample_counts(capsys):
    assert main(["rules", "--kind", "speedup"]) == 0
    lines = capsys.readouterr().out.splitlines()
    assert lines[0].split()[:3] == ["rule", "id", "kind"]
    rows = {line.split()[0]: line.split() for line in lines[1:]}
    assert rows["speedup.factor"][1:3] == ["speedup", "speedup.jsonl"]
    assert int(rows["speedup.factor"][3]) > 100  # the sample's most common form
    assert all(row[1] == "speedup" for row in rows.values())


def test_rules_check_passes_on_packaged_rules_and_fails_on_a_broken_copy(tmp_path, capsys):
    from extract.match.rules import rules_dir

    assert main(["rules", "--check"]) == 0
    assert "all rule and gazetteer files are valid" in capsys.readouterr().out
    for path in rules_dir().iterdir():
        if path.suffix in (".jsonl", ".yaml"):
            (tmp_path / path.name).write_text(path.read_text(encoding="utf-8"), encoding="utf-8")
    with (tmp_path / "speedup.jsonl").open("a", encoding="utf-8") as handle:
        handle.write('{"id": "speedup.broken", "label": "speedup", "pattern": "(?P<low>"}\n')
    assert main(["rules", "--check", "--dir", str(tmp_path)]) == 2
    err = capsys.readouterr().err
    assert "speedup.jsonl" in err and "speedup.broken" in err


def test_show_writes_an_escaped_displacy_page(tmp_path):
    run_extraction(
        [paper("It is 3.7x faster on 8 A100 GPUs.", title="<script>alert(1)</script> Fast")],
        tmp_path,
        False,
    )
    paper_id = pd.read_parquet(tmp_path / "papers.parquet").paper_id[0]
    page = tmp_path / "page.html"
    assert main(["show", paper_id, "--run", str(tmp_path), "-o", str(page)]) == 0
    html = page.read_text(encoding="utf-8")
    assert "<script>" not in html and "&lt;script&gt;" in html
    assert "speedup" in html and "gpu_count" in html and "3.7x" in html
    text_page = tmp_path / "text.html"
    assert main(["show", "A 175B model.", "-o", str(text_page)]) == 0
    assert "model_size" in text_page.read_text(encoding="utf-8")


def test_spacy_factory_works_from_the_entry_point_alone():
    # A fresh interpreter that never imports `extract`: spaCy must find the factory
    # through the `spacy_factories` entry point of the installed package.
    code = (
        "import json, spacy\n"
        "nlp = spacy.blank('en')\n"
        "nlp.add_pipe('paper_claims')\n"
        "doc = nlp('We train a 175B model on 12,288 GPUs, 3.7x faster than a DGX H100.')\n"
        "print(json.dumps({'spans': [(s.text, s.label_, s.id_) for s in doc.spans['claims']],\n"
        "  'records': [type(r).__name__ for r in doc._.claims],\n"
        "  'offsets_ok': all(doc.text[r.start:r.end] == r.text for r in doc._.claims)}))\n"
    )
    done = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    result = json.loads(done.stdout)
    assert result["spans"] == [
        ["175B", "model_size", "model_size.letter-scale"],
        ["12,288 GPUs", "gpu_count", "gpu_count.number-device-noun"],
        ["3.7x", "speedup", "speedup.factor"],
        ["DGX H100", "hardware", "hardware.gazetteer.nvidia-dgx-h100"],
    ]
    assert result["records"] == ["ModelSizeClaim", "GpuCountClaim", "SpeedupClaim", "HardwareClaim"]
    assert result["offsets_ok"]


@pytest.mark.parametrize("text", ["", "No numbers at all.", "Ünïcödé 3× ✕ 2х faster"])
def test_spacy_component_spans_match_records(text):
    import spacy

    nlp = spacy.blank("en")
    nlp.add_pipe("paper_claims")
    doc = nlp(text)
    assert len(doc.spans["claims"]) == len(doc._.claims)
    for span, record in zip(doc.spans["claims"], doc._.claims, strict=True):
        assert span.label_ == record.kind and span.id_ == record.rule_id
        assert span.start_char <= record.start and record.end <= span.end_char
