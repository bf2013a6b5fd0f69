"""`claims validate` passes a real run and names each kind of damage."""

import shutil

import pyarrow as pa
import pyarrow.parquet as pq
import pytest

from extract.cli import main
from extract.run.batch import run_extraction
from tests.conftest import paper


@pytest.fixture(scope="module")
def good_run(tmp_path_factory):
    out = tmp_path_factory.mktemp("run")
    papers = [
        paper("It is 3.7x faster on 8 A100 GPUs, with 37% lower latency.", title="One"),
        paper("We train a 175B model on 1,024 TPU v4 chips.", title="Two"),
    ]
    run_extraction(papers, out, False)
    return out


def damaged(good_run, tmp_path, table, change):
    run = tmp_path / "run"
    shutil.copytree(good_run, run)
    path = run / f"{table}.parquet"
    original = pq.read_table(path)
    pq.write_table(change(original), path)
    return run


def set_column(name, values_of):
    def change(table):
        index = table.schema.get_field_index(name)
        column = pa.array(values_of(table.column(name).to_pylist()), table.schema.field(name).type)
        return table.set_column(index, table.schema.field(name), column)

    return change


def shifted(table):
    """Both offsets moved by one: a consistent record that points at the wrong text."""
    for name in ("start", "end"):
        table = set_column(name, lambda v: [x + 1 for x in v])(table)
    return table


def test_a_real_run_is_valid(good_run, capsys):
    assert main(["validate", str(good_run)]) == 0
    out = capsys.readouterr().out
    assert "valid (2 papers," in out


@pytest.mark.parametrize(
    "table, change, message",
    [
        ("claims", set_column("start", lambda v: [s + 1 for s in v]), "do not span text"),
        ("claims", shifted, "start/end do not span"),
        ("claims", set_column("paper_id", lambda v: ["ghost"] * len(v)), "'ghost' is not in"),
        ("claims", set_column("low", lambda v: [None] * len(v)), "low: "),
        ("claims", set_column("canonical", lambda v: ["X"] * len(v)), "do not belong to this kind"),
        ("claims", set_column("kind", lambda v: ["weight"] * len(v)), "unknown claim kind"),
        ("claims", set_column("title", lambda v: ["Other"] * len(v)), "title differs"),
        ("papers", set_column("paper_id", lambda v: [v[0]] * len(v)), "appears twice"),
        ("papers", lambda t: t.replace_schema_metadata({}), "schema version 'none'"),
        (
            "claims",
            lambda t: t.replace_schema_metadata(
                {**t.schema.metadata, b"paper_claims.schema_version": b"0.1"}
            ),
            "schema version '0.1'",
        ),
        ("errors", lambda t: t.drop_columns(["reason"]), "columns or types differ"),
        (
            "claims",
            lambda t: t.set_column(
                t.schema.get_field_index("start"), "start", t.column("start").cast(pa.string())
            ),
            "columns or types differ",
        ),
    ],
)
def test_each_kind_of_damage_is_named(good_run, tmp_path, capsys, table, change, message):
    run = damaged(good_run, tmp_path, table, change)
    assert main(["validate", str(run)]) == 1
    out = capsys.readouterr().out
    assert message in out, out
    assert "violation(s)" in out


def test_a_missing_table_and_a_missing_directory(good_run, tmp_path, capsys):
    run = tmp_path / "run"
    shutil.copytree(good_run, run)
    (run / "errors.parquet").unlink()
    assert main(["validate", str(run)]) == 1
    assert "errors.parquet is missing" in capsys.readouterr().out
    assert main(["validate", str(tmp_path / "nope")]) == 2
    assert "run directory not found" in capsys.readouterr().err
