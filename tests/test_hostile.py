"""Hostile input: every case mixed with good records, one run, nothing lost, no traceback."""

import gzip
import io
import json
import random
import subprocess
import sys

import pandas as pd
import pyarrow as pa
import pyarrow.parquet as pq
import pytest

from benchmarks.pathological import PATHOLOGICAL

GOOD_TEXT = "It is 3.7x faster on 8 A100 GPUs and cuts latency by 37%."


def good(case: str, number: int = 1) -> bytes:
    record = {
        "id": f"{case}-good-{number}",
        "title": f"Good {case} {number}",
        "abstract": GOOD_TEXT,
    }
    return json.dumps(record).encode() + b"\n"


def line(record) -> bytes:
    return json.dumps(record).encode() + b"\n"


def parquet_bytes(table: pa.Table) -> bytes:
    sink = io.BytesIO()
    pq.write_table(table, sink)
    return sink.getvalue()


# Texts built to make regexes backtrack, shared with `benchmarks.pathological`.
BACKTRACKING = {f"{number}": text for number, text in enumerate(PATHOLOGICAL.values())}
CUT = {f"bt-{n}" for n, text in BACKTRACKING.items() if len(text) > 100_000}
UNICODE_TRAPS = {
    "cyrillic-x": ("It is 3.7\u0445 faster than vLLM.", "speedup"),
    "times-sign": ("It is 3.7\u00d7 faster than vLLM.", "speedup"),
    "heavy-x": ("It is 3.7\u2715 faster than vLLM.", "speedup"),
    "full-width": ("It is \uff13.\uff17x faster than vLLM.", "speedup"),
    "combining": ("It is 3\u0308.7x faster on 8 A\u0301100 GPUs.", None),
    "zero-width": ("It is 3.7\u200bx faster\u200d on 8\u2060 GPUs.", None),
    "bidi": ("\u202eIt is 3.7x faster\u202c on \u2067 8 GPUs\u2069.", "speedup"),
}

# name -> (file name, content, expected error substrings, ids that must be papers)
CASES = {
    "empty": ("empty.jsonl", b"", ["file is empty"], []),
    "not-json": (
        "not-json.jsonl",
        good("nj") + b"{not json\n",
        ["line is not JSON"],
        ["nj-good-1"],
    ),
    "not-object": (
        "not-object.jsonl",
        good("no") + b"[1, 2]\n" + b'"text"\n',
        ["JSON value is a list", "JSON value is a str"],
        ["no-good-1"],
    ),
    "lacks-fields": (
        "lacks.jsonl",
        good("lf") + line({"id": "lf-bad"}) + line({"id": "lf-bad2", "title": "T"}),
        ["record has no title", "record has no abstract"],
        ["lf-good-1"],
    ),
    "wrong-types": (
        "wrong.jsonl",
        good("wt")
        + line({"id": "wt-1", "title": "T", "abstract": 12})
        + line({"id": "wt-2", "title": "T", "abstract": None})
        + line({"id": "wt-3", "title": ["T"], "abstract": "x"}),
        ["field 'abstract' is int", "record has no abstract", "field 'title' is list"],
        ["wt-good-1"],
    ),
    "undecodable": (
        "undecodable.jsonl",
        good("ud") + b'{"id": "ud-bad", "title": "\xff\xfe", "abstract": "x"}\n' + good("ud", 2),
        ["not valid UTF-8"],
        ["ud-good-1", "ud-good-2"],
    ),
    "nul-bytes": (
        "nul.jsonl",
        good("nul")
        + b'{"id": "nul-raw", "title": "Raw\x00NUL", "abstract": "It is 2x\x00 faster."}\n'
        + line({"id": "nul-escaped", "title": "Escaped", "abstract": "It is 2x\u0000 faster."}),
        [],
        ["nul-good-1", "nul-raw", "nul-escaped"],
    ),
    "bom-crlf": (
        "bom.jsonl",
        b"\xef\xbb\xbf"
        + good("bom").replace(b"\n", b"\r\n")
        + good("bom", 2).replace(b"\n", b"\r\n"),
        [],
        ["bom-good-1", "bom-good-2"],
    ),
    "huge-line": (
        "huge.jsonl",
        good("hl") + line({"id": "hl-huge", "title": "Huge", "abstract": GOOD_TEXT * 260_000}),
        [f"'abstract' is {len(GOOD_TEXT) * 260_000:,} characters"],
        ["hl-good-1", "hl-huge"],
    ),
    "deep-json": (
        "deep.jsonl",
        good("dj")
        + b"[" * 100_000
        + b"]" * 100_000
        + b"\n"
        + b'{"a":' * 50_000
        + b"1"
        + b"}" * 50_000,
        ["nested too deep"],
        ["dj-good-1"],
    ),
    "random-binary": (
        "random.jsonl",
        bytes(random.Random(3).randrange(256) for _ in range(20_000)) + b"\n" + good("rb"),
        ["line is"],
        ["rb-good-1"],
    ),
    "random-parquet": (
        "random.parquet",
        b"PAR1" + bytes(random.Random(4).randrange(256) for _ in range(5_000)),
        ["cannot read table"],
        [],
    ),
    "truncated-gzip": (
        "truncated.jsonl.gz",
        gzip.compress(good("tg") + good("tg", 2) * 2000)[:-300],
        ["compressed stream is truncated"],
        ["tg-good-1"],
    ),
    "csv-without-columns": (
        "columns.csv",
        b"name,text\nA,It is 2x faster.\n",
        ["no column(s) title, abstract"],
        [],
    ),
    "parquet-wrong-types": (
        "types.parquet",
        parquet_bytes(
            pa.table({"id": ["pq-1", "pq-good"], "title": [1, 2], "abstract": [1.5, 2.5]})
        ),
        ["field 'title' is int"],
        [],
    ),
    "duplicate-ids": (
        "dupes.jsonl",
        line({"id": "dup", "title": "First", "abstract": GOOD_TEXT})
        + line({"id": "dup", "title": "Second", "abstract": "It is 9x faster."}),
        ["duplicate paper id dup with a different title"],
        ["dup"],
    ),
    "backtracking": (
        "backtracking.jsonl",
        b"".join(
            line({"id": f"bt-{name}", "title": name, "abstract": text})
            for name, text in BACKTRACKING.items()
        )
        + good("bt"),
        [],
        ["bt-good-1", *(f"bt-{name}" for name in BACKTRACKING)],
    ),
    "unicode-traps": (
        "unicode.jsonl",
        b"".join(
            line({"id": f"u-{name}", "title": name, "abstract": text})
            for name, (text, _) in UNICODE_TRAPS.items()
        ),
        [],
        [f"u-{name}" for name in UNICODE_TRAPS],
    ),
}


@pytest.fixture(scope="module")
def hostile_out(tmp_path_factory):
    return tmp_path_factory.mktemp("hostile-out") / "out"


@pytest.fixture(scope="module")
def hostile_run(tmp_path_factory, hostile_out):
    folder = tmp_path_factory.mktemp("hostile")
    inputs = folder / "inputs"
    inputs.mkdir()
    for file_name, content, _, _ in CASES.values():
        (inputs / file_name).write_bytes(content)
    out = hostile_out
    done = subprocess.run(
        [sys.executable, "-m", "extract", "extract", str(inputs), "-o", str(out), "-j", "1"],
        capture_output=True,
        text=True,
        timeout=600,
    )
    tables = {
        name: pd.read_parquet(out / f"{name}.parquet") for name in ("papers", "claims", "errors")
    }
    return done, tables


def test_the_run_finishes_without_a_traceback(hostile_run):
    done, _ = hostile_run
    assert done.returncode == 0, done.stderr
    assert "Traceback" not in done.stderr
    assert "input record(s) failed" in done.stderr


@pytest.mark.parametrize("case", CASES)
def test_each_case_keeps_good_records_and_records_its_failures(hostile_run, case):
    _, tables = hostile_run
    file_name, _, expected_errors, expected_papers = CASES[case]
    errors = tables["errors"][tables["errors"].source.str.endswith(file_name)]
    reasons = " | ".join(errors.reason)
    for expected in expected_errors:
        assert expected in reasons, reasons
    if not expected_errors:
        assert errors.empty or case in ("backtracking",), reasons
    papers = tables["papers"]
    present = set(papers[papers.source.str.endswith(file_name)].paper_id)
    assert set(expected_papers) <= present
    good_ids = [p for p in expected_papers if "-good-" in p]
    claims = tables["claims"]
    for paper_id in good_ids:
        kinds = set(claims[claims.paper_id == paper_id].kind)
        assert {"speedup", "gpu_count", "percent_change", "hardware"} <= kinds, paper_id


def test_every_claim_points_into_its_paper(hostile_run):
    _, tables = hostile_run
    papers = tables["papers"].set_index("paper_id")
    for claim in tables["claims"].itertuples():
        source = papers.loc[claim.paper_id, claim.field]
        assert source[claim.start : claim.end] == claim.text


def test_unicode_traps_are_read_as_their_ascii_twins(hostile_run):
    _, tables = hostile_run
    claims = tables["claims"]
    for name, (_, kind) in UNICODE_TRAPS.items():
        found = claims[claims.paper_id == f"u-{name}"]
        if kind:
            values = set(found[found.kind == kind].low)
            assert 3.7 in values, (name, found[["kind", "text", "low"]])


def test_nul_bytes_are_removed_from_text(hostile_run):
    _, tables = hostile_run
    papers = tables["papers"].set_index("paper_id")
    for paper_id in ("nul-raw", "nul-escaped"):
        assert "\x00" not in papers.loc[paper_id, "title"] + papers.loc[paper_id, "abstract"]


def test_pathological_texts_are_bounded(hostile_run):
    _, tables = hostile_run
    errors = tables["errors"]
    cut = errors[errors.paper_id.isin(CUT)]
    assert len(CUT) >= 4 and set(cut.paper_id) == CUT
    assert all("characters" in r or "timed out" in r for r in cut.reason)


def test_the_run_directory_validates(hostile_run, hostile_out, capsys):
    from extract.cli import main

    assert main(["validate", str(hostile_out)]) == 0, capsys.readouterr().out
