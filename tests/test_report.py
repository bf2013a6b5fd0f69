"""Report tables on a small hand-made claims fixture; formats; the report; `claims table`."""

import math

import pandas as pd
import pytest

from extract.cli import main
from extract.report import formats as table_formats
from extract.report import tables
from extract.run.writer import CLAIMS_SCHEMA, PAPERS_SCHEMA

XSS = "<script>alert(1)</script> Fast"
P1 = "It is 3x faster than vLLM. It uses 8 A100 GPUs. Each step takes 20 ms."
P2 = "A 175B model on 1,024 H100 GPUs is 10x faster than vLLM. It decodes 2,000 tokens/s in 12 ms."
PAPERS = [
    ("p1", XSS, P1, "Nov 7, 2024"),
    ("p2", "Big | model", P2, "Feb 1, 2023"),
    ("p3", "No claims", "Nothing to see.", "Jun 14"),
]


def claim(paper_id, kind, text, low=None, high=None, **fields):
    row = dict.fromkeys(CLAIMS_SCHEMA.names)
    paper = {p[0]: p for p in PAPERS}[paper_id]
    start = paper[2].index(text)
    sentence = next(s for s in paper[2].split(". ") if text in s)
    row.update(
        paper_id=paper_id, title=paper[1], field="abstract", kind=kind, text=text, start=start,
        end=start + len(text), sentence=sentence, low=low, high=high if high else low,
        rule_id=f"{kind}.fixture", **fields,
    )  # fmt: skip
    return row


CLAIMS = [
    claim("p1", "speedup", "3x", 3.0, metric="throughput", baseline="vLLM", direction="increase"),
    claim("p1", "gpu_count", "8 A100 GPUs", 8.0, device="NVIDIA A100"),
    claim("p1", "hardware", "A100", canonical="NVIDIA A100", vendor="NVIDIA", category="gpu"),
    claim("p2", "model_size", "175B", 1.75e11),
    claim("p2", "gpu_count", "1,024 H100 GPUs", 1024.0, device="NVIDIA H100"),
    claim("p2", "hardware", "H100", canonical="NVIDIA H100", vendor="NVIDIA", category="gpu"),
    claim("p2", "speedup", "10x", 2.0, 10.0, metric="tail latency", baseline="vLLM"),
    claim("p1", "quantity", "20 ms", 0.02, dimension="time", unit="s", role="result"),
    claim("p2", "quantity", "12 ms", 0.012, dimension="time", unit="s", role="setting"),
    claim(
        "p2",
        "quantity",
        "2,000 tokens/s",
        2000.0,
        dimension="throughput",
        unit="item/s",
        item="token",
        role="result",
    ),  # fmt: skip
]


@pytest.fixture()
def papers():
    frame = pd.DataFrame(
        [dict(paper_id=p[0], title=p[1], abstract=p[2], date=p[3]) for p in PAPERS]
    )
    for name in PAPERS_SCHEMA.names:
        if name not in frame:
            frame[name] = None
    frame["source"], frame["record"] = "fixture", 1
    return frame[PAPERS_SCHEMA.names]


@pytest.fixture()
def claims():
    return pd.DataFrame(CLAIMS, columns=CLAIMS_SCHEMA.names)


def test_per_paper_numbers(papers, claims):
    table = tables.per_paper(papers, claims).set_index("paper_id")
    assert table.loc["p1", "largest_speedup"] == 3.0
    assert table.loc["p1", "speedup_metric"] == "throughput"
    assert (
        table.loc["p1", "largest_gpu_count"] == 8 and table.loc["p1", "gpu_device"] == "NVIDIA A100"
    )
    assert table.loc["p2", "largest_speedup"] == 10.0  # the high end of 2-10x
    assert table.loc["p2", "largest_model_size"] == 1.75e11
    assert table.loc["p2", "hardware"] == "NVIDIA H100"
    assert table.loc["p2", "claims"] == 6 and table.loc["p3", "claims"] == 0
    assert math.isnan(table.loc["p3", "largest_speedup"])


def test_speedups_by_baseline_and_metric(claims):
    by_baseline = tables.speedups_by_baseline(claims)
    row = by_baseline[by_baseline.baseline == "vLLM"].iloc[0]
    assert (row["count"], row["median"], row["max"], row["papers"]) == (2, 6.5, 10.0, "p1, p2")
    by_metric = tables.speedups_by_metric(claims).set_index("metric_group")
    assert by_metric.loc["throughput", "count"] == 1
    assert by_metric.loc["latency", "max"] == 10.0
    assert by_metric.loc["latency", "metrics_as_written"] == "tail latency"


@pytest.mark.parametrize(
    "phrase, group",
    [
        ("tail latency", "latency"),
        ("end-to-end throughput", "throughput"),
        ("energy efficiency", "energy"),
        ("estimated throughput per dollar", "cost"),
        ("GPU memory", "memory"),
        ("per-epoch training time", "time"),
        ("MFU", "utilization"),
        ("and MPI_Send", "other"),
        # `server` and `context` name a group only as the phrase's head
        ("server throughput", "throughput"),
        ("long context serving throughput", "throughput"),
        ("number of servers", "cost"),
        ("server cost", "cost"),
        ("pre-training compute", "cost"),
        # word and character error rates are scores; the area under a curve is no chip's area
        ("relative WER", "accuracy"),
        ("CER", "accuracy"),
        ("area under the ROC curve", "accuracy"),
        ("chip area", "size"),
        ("compute power", "speed"),
        ("compute efficiency", "energy"),
        ("context", "other"),
        # an overhead is of what its modifier names; execution is speed, its time time
        ("performance overhead", "speed"),
        ("area overhead", "size"),
        ("runtime overhead", "time"),
        ("overheads", "time"),
        ("execution of a single MoE layer", "speed"),
        ("execution time", "time"),
        (None, "speed"),
        ("  ", "speed"),
    ],
)
def test_metric_groups(phrase, group):
    assert tables.metric_group(phrase) == group


def test_hardware_and_scale(papers, claims):
    hardware = tables.hardware_mentions(claims).set_index("canonical")
    assert hardware.loc["NVIDIA A100", "papers"] == 1
    assert hardware.loc["NVIDIA H100", "paper_ids"] == "p2"
    scale = tables.scale(papers, claims).set_index("paper_id")
    assert list(scale.index) == ["p1", "p2"]
    assert scale.loc["p2", "largest_gpu_count"] == 1024


def test_quantities_by_dimension_and_unit(claims):
    table = tables.quantities(claims).set_index("dimension")
    assert list(table.index) == ["time", "throughput"]  # more papers first
    time = table.loc["time"]
    assert (time.unit, time["count"], time.papers) == ("s", 2, 2)
    assert (time["min"], time["max"], time.result, time.setting) == (0.012, 0.02, 1, 1)
    assert time.paper_ids == "p1, p2"
    before_quantities = claims.drop(columns=["dimension"])  # a run of schema 1.2
    assert tables.quantities(before_quantities).empty


def test_group_table_with_where_and_aggregates(claims):
    table = tables.group_table(claims, "gpu_count", ["device"], ("count", "sum", "min"), "low > 8")
    assert table.to_dict("records") == [
        {"device": "NVIDIA H100", "count": 1, "sum": 1024.0, "min": 1024.0}
    ]
    everything = tables.group_table(claims, None, ["kind"], ("count",))
    assert dict(zip(everything.kind, everything["count"], strict=True))["speedup"] == 2
    with pytest.raises(ValueError, match="not a valid query"):
        tables.group_table(claims, None, ["kind"], where="low >")
    with pytest.raises(ValueError, match="no column"):
        tables.group_table(claims, None, ["colour"])
    with pytest.raises(ValueError, match="unknown aggregate"):
        tables.group_table(claims, None, ["kind"], ("mode",))


def test_formats_escape_their_special_characters():
    frame = pd.DataFrame({"name": ["a|b", "50% & $x_1$", "<b>"], "value": [1.5, 2e9, None]})
    markdown = table_formats.to_markdown(frame)
    assert "a\\|b" in markdown and "| 2,000,000,000 |" in markdown
    latex = table_formats.to_latex(frame)
    assert r"50\% \& \$x\_1\$" in latex and r"\begin{tabular}{lr}" in latex
    html = table_formats.to_html(frame, "t")
    assert "&lt;b&gt;" in html and "<b>" not in html and 'data-value="1.5"' in html
    assert table_formats.render(frame, "csv").splitlines()[0] == "name,value"


@pytest.fixture()
def run_dir(tmp_path, papers, claims):
    folder = tmp_path / "run"
    folder.mkdir()
    papers.to_parquet(folder / "papers.parquet")
    claims.to_parquet(folder / "claims.parquet")
    pd.DataFrame(columns=["source", "record", "paper_id", "reason"]).to_parquet(
        folder / "errors.parquet"
    )
    return folder


def test_report_writes_every_file_and_escapes_input(run_dir, capsys):
    assert main(["report", str(run_dir), "-o", str(run_dir / "report")]) == 0
    report = run_dir / "report"
    names = ("per_paper", "speedups_by_baseline", "speedups_by_metric", "hardware", "scale")
    for name in (*names, "quantities"):
        for suffix in (".csv", ".md", ".tex", ".html"):
            assert (report / "tables" / f"{name}{suffix}").is_file()
    for figure in ("speedups", "hardware_over_time", "model_size_vs_gpus"):
        for suffix in (".png", ".svg"):
            assert (report / "figures" / f"{figure}{suffix}").stat().st_size > 1000
    index = (report / "index.html").read_text(encoding="utf-8")
    assert "<script>alert(1)</script>" not in index
    assert "&lt;script&gt;alert(1)&lt;/script&gt; Fast" in index
    assert index.count("<table") == 6 and index.count("data:image/png;base64,") == 3
    assert "<mark>10x</mark>" in index
    pages = sorted(p.name for p in (report / "papers").iterdir())
    assert len(pages) == 2  # p3 has no claims, so no page and no link
    assert all(f'href="papers/{page}"' in index for page in pages)
    assert "<script>alert" not in (report / "papers" / pages[0]).read_text(encoding="utf-8")
    assert "wrote" in capsys.readouterr().out


def test_table_command(run_dir, capsys, tmp_path):
    args = ["table", str(run_dir), "--kind", "speedup", "--by", "baseline", "--format"]
    assert main([*args, "markdown"]) == 0
    assert "| vLLM | 2 | 6.5 | 10 | p1, p2 |" in capsys.readouterr().out
    assert main([*args, "latex"]) == 0
    assert r"\toprule" in capsys.readouterr().out
    assert main([*args, "parquet"]) == 2
    assert "needs -o" in capsys.readouterr().err
    assert main([*args, "parquet", "-o", str(tmp_path / "t.parquet")]) == 0
    assert len(pd.read_parquet(tmp_path / "t.parquet")) == 1
    assert main(["table", str(run_dir), "--where", "low >"]) == 2
    assert "not a valid query" in capsys.readouterr().err
