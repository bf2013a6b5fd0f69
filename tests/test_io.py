"""Readers, bad input, the CLI, and agreement of `claims eval` with the reference scorer."""

import gzip
import json
import subprocess
import sys

import pandas as pd
import pytest

from extract.cli import main
from extract.read.listing import parse_listing
from extract.read.readers import expand_inputs, read_inputs
from schemas import Paper, ReadError
from tests.conftest import DATA

LISTING = """new

Subscribe

Mar 11

A Title About GPUs

An abstract that reports a 3.7x speedup on 512 V100 GPUs.

  \u2022 7 authors
\u00b7
Oct 30, 2023 4

Another Title

Another abstract.

Stanford Stanford AI
\u00b7
Nov 11 3

Lonely Title Without Abstract
  \u2022 2 authors
\u00b7
Jan 2
"""


def test_listing_parser_reads_titles_abstracts_and_metadata():
    entries = list(parse_listing(enumerate(LISTING.splitlines(), 1)))
    assert [e.title for e in entries] == [
        "A Title About GPUs",
        "Another Title",
        "Lonely Title Without Abstract",
    ]
    assert (entries[0].authors, entries[0].date) == (7, "Oct 30, 2023")
    assert (entries[1].organization, entries[1].date) == ("Stanford Stanford AI", "Nov 11")
    assert entries[2].abstract is None


def run_cli(*args):
    return subprocess.run(
        [sys.executable, "-m", "extract", *args], capture_output=True, text=True, timeout=300
    )


def write_mixed_inputs(folder):
    good = {"id": "good-1", "title": "Fast", "abstract": "A 2.5x speedup.", "year": 2024}
    lines = [
        json.dumps(good),
        "{not json",
        json.dumps([1, 2]),
        json.dumps({"title": "No abs"}),
        json.dumps({"id": "w", "title": "T", "abstract": 12}),
    ]
    (folder / "mixed.jsonl").write_bytes(
        ("\n".join(lines) + "\n").encode()
        + b"\xff\xfe bad bytes\n"
        + json.dumps({"id": "good-2", "title": "B", "abstract": "Uses 8 A100 GPUs."}).encode()
    )
    (folder / "empty.jsonl").write_text("")
    (folder / "table.csv").write_text("name,text\nx,y\n")
    pd.DataFrame({"title": ["P"], "abstract": ["37% latency reduction."]}).to_parquet(
        folder / "table.parquet"
    )
    data = gzip.compress(((json.dumps(good | {"id": "gz-1"}) + "\n") * 50).encode())
    (folder / "cut.jsonl.gz").write_bytes(data[: len(data) // 2])
    (folder / "listing.txt").write_text(LISTING)


def test_bad_records_become_error_rows_and_good_ones_survive(tmp_path):
    write_mixed_inputs(tmp_path)
    out = tmp_path / "out"
    result = run_cli("extract", str(tmp_path), "-o", str(out))
    assert result.returncode == 0, result.stderr
    assert "Traceback" not in result.stderr
    papers = pd.read_parquet(out / "papers.parquet")
    errors = pd.read_parquet(out / "errors.parquet")
    claims = pd.read_parquet(out / "claims.parquet")
    assert {"good-1", "good-2"} <= set(papers.paper_id)
    reasons = " | ".join(errors.reason)
    for expected in [
        "line is not JSON",
        "JSON value is a list",
        "record has no abstract",
        "field 'abstract' is int",
        "not valid UTF-8",
        "file is empty",
        "no column(s) title, abstract",
        "truncated",
        "has no abstract",
    ]:
        assert expected in reasons
    assert set(claims.kind) >= {"speedup", "gpu_count", "percent_change"}
    assert "failed" in result.stderr
    strict = run_cli("extract", str(tmp_path), "-o", str(out), "--strict", "-q")
    assert strict.returncode == 1


def test_missing_input_is_one_line_error(tmp_path):
    result = run_cli("extract", str(tmp_path / "nope.jsonl"), "-o", str(tmp_path / "o"))
    assert result.returncode == 2
    assert result.stderr.strip() == f"claims: error: input not found: {tmp_path / 'nope.jsonl'}"


def test_stdin_and_columns(tmp_path, monkeypatch, capsys):
    csv = tmp_path / "t.csv"
    csv.write_text("key,name,body\nk1,Paper,It is 3x faster.\n")
    assert (
        main(
            [
                "extract",
                str(csv),
                "-o",
                str(tmp_path / "o"),
                "--title-col",
                "name",
                "--abstract-col",
                "body",
                "--id-col",
                "key",
                "-q",
            ]
        )
        == 0
    )
    claims = pd.read_parquet(tmp_path / "o" / "claims.parquet")
    assert list(claims.paper_id) == ["k1"] and list(claims.low) == [3.0]
    records = list(read_inputs(expand_inputs([str(csv)])))
    assert isinstance(records[0], ReadError)


def test_claims_table_has_the_promised_columns(tmp_path):
    src = tmp_path / "p.jsonl"
    src.write_text(json.dumps({"id": "a", "title": "T", "abstract": "It is 3x faster."}))
    assert main(["extract", str(src), "-o", str(tmp_path / "o"), "-q"]) == 0
    columns = set(pd.read_parquet(tmp_path / "o" / "claims.parquet").columns)
    assert columns >= set(
        "paper_id title field kind text start end sentence low high unit "
        "qualifier direction metric baseline baseline_hardware canonical "
        "category device model active rule_id".split()
    )


def test_eval_agrees_with_the_reference_scorer(tmp_path, dev_gold):
    """A small fixture: 40 gold papers and a prediction file with hits, misses and extras."""
    gold = dev_gold[:40]
    gold_path = tmp_path / "gold.jsonl"
    gold_path.write_text("\n".join(json.dumps(g) for g in gold))
    rows = []
    for n, paper in enumerate(gold):
        for m, claim in enumerate(paper["claims"]):
            if (n + m) % 3 == 0:
                continue  # a miss
            row = {
                "paper_id": paper["paper_id"],
                **{k: v for k, v in claim.items() if k != "optional"},
            }
            if (n + m) % 5 == 0 and claim["kind"] != "hardware":
                row["low"] = row["high"] = (row.get("low") or 1) * 3  # a false alarm
            rows.append(row)
    pred_path = tmp_path / "pred.jsonl"
    pred_path.write_text("\n".join(json.dumps(r) for r in rows))
    ours = run_cli("eval", str(gold_path), str(pred_path), "--json")
    reference = subprocess.run(
        [
            sys.executable,
            str(DATA / "reference_score.py"),
            str(gold_path),
            str(pred_path),
            "--json",
        ],
        capture_output=True,
        text=True,
    )
    ours_json, ref_json = json.loads(ours.stdout), json.loads(reference.stdout)
    for kind in ("speedup", "percent_change", "hardware", "model_size", "gpu_count", "micro"):
        assert ours_json[kind] == ref_json[kind]
    for name, value in ref_json["attributes"].items():
        assert ours_json["attributes"][name] == value


def test_paper_ids(tmp_path):
    from extract.read.readers import paper_id_from_title

    assert paper_id_from_title("  How Far Are We\nFrom AGI ") == "60a7f2cde069"
    records = list(read_inputs([str(DATA / "dev-papers.jsonl")]))
    assert all(isinstance(r, Paper) for r in records) and records[0].paper_id == "60a7f2cde069"


@pytest.mark.parametrize("args", [["extract", "--help"], ["eval", "--help"]])
def test_help(args):
    assert run_cli(*args).returncode == 0
