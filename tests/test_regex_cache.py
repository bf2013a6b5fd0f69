"""The cache of compiled patterns: same patterns back, nothing wrong from a bad file."""

import hashlib
import io
import json
import marshal
import os
import subprocess
import sys

import pyarrow.parquet as pq
import pytest
import regex

from extract.cache_folder import CACHE_ENV
from extract.match.rules import default_ruleset
from extract.read.readers import read_inputs
from extract.read.sample import sample_corpus
from extract.text import regex_cache
from extract.text.regex_cache import PatternCache, cache_file, read_entries

PATTERN = r"(?<![\w.])(?P<low>\d+(?:\.\d+)?)\s*(?:x|times)\b"


def _texts() -> list[str]:
    papers = [p for p in read_inputs(sample_corpus()) if hasattr(p, "abstract")]
    return [p.abstract for p in papers[:120]]


def _matches(pattern: regex.Pattern, texts: list[str]) -> list:
    return [(m.span(), m.groupdict()) for text in texts for m in pattern.finditer(text)]


def test_a_pattern_comes_back_from_the_file_as_it_was_compiled(tmp_path):
    path = tmp_path / "patterns.marshal"
    first = PatternCache(path)
    compiled = first.compile(PATTERN, regex.IGNORECASE)
    first.save()
    assert path.is_file()

    second = PatternCache(path)
    assert (PATTERN, regex.IGNORECASE) in second.entries
    again = second.compile(PATTERN, regex.IGNORECASE)
    assert not second.dirty  # taken from the file, not compiled
    assert (again.pattern, again.flags, again.groupindex) == (
        compiled.pattern,
        compiled.flags,
        compiled.groupindex,
    )
    texts = ["a 3.7X speedup", "x86 and 12 times", "1.5x, 2x and 40 TIMES faster"]
    assert _matches(again, texts) == _matches(compiled, texts)
    assert second.compile(PATTERN, 0).flags != again.flags  # flags are part of the key


def test_every_rule_pattern_from_the_file_finds_what_a_fresh_compile_finds(tmp_path):
    """The guard on `regex`'s pickled form: a release that changes it fails here."""
    path = tmp_path / "patterns.marshal"
    rules = default_ruleset().rules
    writer = PatternCache(path)
    for rule in rules:
        writer.compile(rule.regex.pattern, 0)
    writer.save()
    reader = PatternCache(path)
    assert len(reader.entries) == len({r.regex.pattern for r in rules})
    texts = _texts()
    for rule in rules:
        cached = reader.compile(rule.regex.pattern, 0)
        assert _matches(cached, texts) == _matches(rule.regex.compiled, texts), rule.rule.id
    assert not reader.dirty


def _write_with(path, body: bytes, digest: bytes | None = None) -> None:
    path.write_bytes((digest or hashlib.sha256(body).digest()) + body)


@pytest.mark.parametrize("damage", ["flipped", "cut", "not-a-dict", "foreign-entry", "empty"])
def test_a_damaged_file_is_ignored_and_patterns_compile_afresh(tmp_path, damage):
    path = tmp_path / "patterns.marshal"
    writer = PatternCache(path)
    writer.compile(PATTERN, 0)
    writer.save()
    data = path.read_bytes()
    if damage == "flipped":
        path.write_bytes(data[:-5] + bytes([data[-5] ^ 1]) + data[-4:])
    elif damage == "cut":
        path.write_bytes(data[: len(data) // 2])
    elif damage == "not-a-dict":
        _write_with(path, marshal.dumps([PATTERN]))
    elif damage == "foreign-entry":  # an entry whose data belongs to another pattern
        other = regex_cache._opcodes(regex.compile(r"\d+%"))
        _write_with(path, marshal.dumps({(PATTERN, 0): other}))
    else:
        path.write_bytes(b"")
    assert read_entries(path) == {}
    reader = PatternCache(path)
    compiled = reader.compile(PATTERN, 0)
    assert compiled.pattern == PATTERN
    assert reader.dirty  # compiled, and written again at exit


def test_an_entry_the_core_refuses_is_compiled_afresh(tmp_path):
    path = tmp_path / "patterns.marshal"
    _write_with(path, marshal.dumps({(PATTERN, 0): (PATTERN, "not flags")}))
    reader = PatternCache(path)
    assert reader.compile(PATTERN, 0).search("a 3x b").group("low") == "3"


def test_a_folder_that_cannot_be_written_only_loses_the_cache(tmp_path):
    blocker = tmp_path / "a-file"
    blocker.write_text("not a folder")
    cache = PatternCache(blocker / "cache" / "patterns.marshal")
    assert cache.compile(PATTERN, 0).search("3x")
    cache.save()  # no error
    assert sorted(p.name for p in tmp_path.iterdir()) == ["a-file"]


def test_past_the_limit_only_the_patterns_in_use_are_kept(tmp_path, monkeypatch):
    monkeypatch.setattr(regex_cache, "MAX_ENTRIES", 3)
    path = tmp_path / "patterns.marshal"
    old = PatternCache(path)
    for number in range(3):
        old.compile(rf"old{number}\d", 0)
    old.save()
    current = PatternCache(path)
    current.compile(r"new\d", 0)
    current.compile(r"old0\d", 0)
    current.save()
    assert sorted(read_entries(path)) == [(r"new\d", 0), (r"old0\d", 0)]


@pytest.mark.parametrize("setting", ["0", ""])
def test_the_cache_can_be_switched_off(monkeypatch, setting):
    monkeypatch.setenv(CACHE_ENV, setting)
    assert cache_file() is None


def test_a_run_writes_the_cache_and_the_next_run_gives_the_same_claims(tmp_path):
    source = tmp_path / "one.jsonl"
    abstract = "We reach a 3.7x speedup over vLLM on 8 A100 GPUs."
    source.write_text(json.dumps({"id": "a", "title": "T", "abstract": abstract}) + "\n")
    runs = []
    for number in range(2):
        out = tmp_path / f"run{number}"
        # another hash seed: every pattern must be built as the same string to be found
        env = {**os.environ, CACHE_ENV: str(tmp_path / "cache"), "PYTHONHASHSEED": str(number)}
        subprocess.run(
            [sys.executable, "-m", "extract", "extract", str(source), "-o", str(out), "-q"],
            check=True,
            env=env,
        )
        runs.append((out / "claims.parquet").read_bytes())
        [written] = (tmp_path / "cache").glob("regex-*.marshal")
        if number == 0:
            assert len(read_entries(written)) > 100
            cached = written.read_bytes()
        else:  # the second run compiled nothing: it had no new pattern to write
            assert written.read_bytes() == cached
    first, second = (pq.read_table(io.BytesIO(b)).to_pylist() for b in runs)
    assert first == second and first
