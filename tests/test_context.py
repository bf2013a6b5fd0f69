"""A guarded context pattern skips its regex only where the regex could not match."""

import json

import pytest
import regex
from hypothesis import given, settings
from hypothesis import strategies as st

from extract.claims import builder, context
from extract.claims.context import GuardedPattern, search_where_phrases_start
from extract.hardware.gazetteer import _VENDOR_BEFORE, VENDOR_WORDS, _vendor_word_ends
from extract.run.pipeline import default_builder
from extract.text.normalise import normalise_text
from tests.conftest import DATA


def guarded_patterns() -> dict[str, GuardedPattern]:
    """Every guarded pattern: the module's and those a ContextReader builds from the data."""
    found = {n: p for n, p in vars(context).items() if isinstance(p, GuardedPattern)}
    found |= {f"builder.{n}": p for n, p in vars(builder).items() if isinstance(p, GuardedPattern)}
    reader = default_builder().cues
    # dir and getattr, not vars: compiled (mypyc) classes keep no instance __dict__
    for name in dir(reader):
        value = getattr(reader, name)
        if isinstance(value, GuardedPattern):
            found[f"reader.{name}"] = value
        elif isinstance(value, dict):
            found.update(
                {f"reader.{name}.{k}": p for k, p in value.items() if isinstance(p, GuardedPattern)}
            )
        elif isinstance(value, list):
            found.update(
                {f"reader.{name}.{k}": p for k, p in value if isinstance(p, GuardedPattern)}
            )
    return found


PATTERNS = guarded_patterns()


def corpus_windows() -> list[str]:
    """Windows of real abstracts (dev and dev2) and of `phrasings.txt`: before and after every
    number, as cut."""
    texts = []
    for name in ("dev-papers.jsonl", "dev2-papers.jsonl"):
        for line in (DATA / name).open(encoding="utf-8"):
            paper = json.loads(line)
            texts += [normalise_text(paper["title"]), normalise_text(paper["abstract"])]
    phrasings = (DATA / "phrasings.txt").read_text(encoding="utf-8").splitlines()
    texts += [normalise_text(line) for line in phrasings if line and not line.startswith("#")]
    windows = []
    for text in texts:
        for number in regex.finditer(r"\d+", text):
            start, end = number.span()
            windows += [text[max(0, start - size) : start] for size in (40, 60, 100, 140, 200)]
            windows += [text[end : end + size] for size in (30, 80, 160)]
    return windows


WINDOWS = corpus_windows()


def same_match(one, other) -> bool:
    return (one and (one.span(), one.groupdict())) == (other and (other.span(), other.groupdict()))


def test_there_are_guarded_patterns_and_windows():
    assert len(PATTERNS) >= 10
    assert len(WINDOWS) > 10_000


@pytest.mark.parametrize("name", sorted(PATTERNS))
def test_the_guard_never_hides_a_match_in_real_text(name):
    pattern = PATTERNS[name]
    matched = [w for w in WINDOWS if pattern.pattern.search(w)]
    assert matched, f"{name} matches no real window: the test would prove nothing"
    assert [w for w in matched if not pattern.may_match(w)] == []


LEADING = {n: p for n, p in PATTERNS.items() if p.leading}


def test_some_patterns_are_tried_only_where_their_literals_start():
    assert len(LEADING) >= 5


@pytest.mark.parametrize("name", sorted(LEADING))
def test_a_pattern_tried_where_its_literals_start_finds_what_a_search_finds(name):
    pattern = LEADING[name]
    found = 0
    for window in WINDOWS:
        for text, pos in ((window, 0), (f"x{window}", 1), (f" {window}", 1)):
            searched = pattern.pattern.search(text, pos)
            assert same_match(pattern.search(text, pos), searched), (text, pos)
            found += searched is not None
    assert found, f"{name} matches no real window: the test would prove nothing"


REVERSED = {n: p for n, p in PATTERNS.items() if p.pattern.pattern.startswith("(?r)")}


def test_some_window_end_patterns_are_searched_from_the_end():
    assert len(REVERSED) >= 4


@pytest.mark.parametrize("name", sorted(REVERSED))
def test_a_search_from_the_end_finds_what_a_search_from_the_start_finds(name):
    # `(?r)` makes the search of a pattern anchored at the window's end far cheaper; it must
    # not change the match (a reversed search prefers another start for other patterns)
    reversed_ = REVERSED[name].pattern.compiled
    forward = regex.compile(reversed_.pattern.removeprefix("(?r)"), reversed_.flags & ~regex.R)
    found = 0
    for window in WINDOWS:
        one = reversed_.search(window)
        assert same_match(one, forward.search(window)), window
        found += one is not None
    assert found, f"{name} matches no real window: the test would prove nothing"


AT_END = {n: p for n, p in PATTERNS.items() if p.at_end}


def test_some_reversed_patterns_are_matched_at_the_window_end():
    assert len(AT_END) >= 5
    assert not GuardedPattern(r"(?r)by\s+", ["by"]).at_end  # not anchored at the end
    assert not GuardedPattern(r"(?r)costs\s+\$", ["costs"]).at_end  # a dollar sign, no anchor
    assert not GuardedPattern(r"by\s+$", ["by"]).at_end  # searched forward


@pytest.mark.parametrize("name", sorted(AT_END))
def test_a_match_at_the_window_end_finds_what_a_search_finds(name):
    pattern = AT_END[name]
    found = 0
    for window in WINDOWS:
        size = len(window)
        cuts = ((window, 0, size), (f"x{window}", 1, size + 1), (f"{window} of", 0, size))
        for text, pos, endpos in cuts:
            searched = pattern.pattern.search(text, pos, endpos)
            assert same_match(pattern.search(text, pos, endpos), searched), (text, pos, endpos)
            found += searched is not None
    assert found, f"{name} matches no real window: the test would prove nothing"


def fragments() -> list[str]:
    """Words and characters the patterns are written with, so each alternative gets tried."""
    found = {"by", "of", "the", ",", " ", "  ", "(", "x", "7", "%"}
    for pattern in PATTERNS.values():
        found.update(pattern.literals)
        words = regex.findall(r"[A-Za-z]{2,}", pattern.pattern.pattern)
        found.update(words + [w.upper() for w in words] + [w.title() for w in words])
        found.update(ch for ch in pattern.pattern.pattern if not ch.isalnum())
    return sorted(found)


READER = default_builder().cues


@pytest.mark.parametrize("qualifier", sorted(READER._before))
def test_the_qualifier_phrase_pass_never_hides_a_qualifier_in_real_text(qualifier):
    pattern = READER._before[qualifier]
    matched = [w for w in WINDOWS if pattern.search(w)]
    assert matched, f"{qualifier} matches no real window: the test would prove nothing"
    hidden = [
        w
        for w in matched
        if qualifier not in {g for _, _, g, _ in READER._before_phrases.hits(w.casefold())}
    ]
    assert hidden == []


def phrase_starts(qualifier: str, window: str) -> list[int]:
    hits = READER._before_phrases.hits(window.casefold())
    return [at for at, _, group, _ in hits if group == qualifier]


@pytest.mark.parametrize("qualifier", sorted(READER._before))
def test_a_qualifier_tried_where_its_phrases_start_is_found_as_a_search_finds_it(qualifier):
    pattern = READER._before[qualifier]
    found = 0
    for window in WINDOWS:
        searched = pattern.search(window)
        tried = search_where_phrases_start(pattern, window, phrase_starts(qualifier, window))
        assert same_match(tried, searched), window
        found += searched is not None
    assert found, f"{qualifier} matches no real window: the test would prove nothing"


FRAGMENTS = fragments()


QUALIFIER_PHRASES = sorted(
    {
        spelled
        for phrases in READER.context.qualifiers_before.values()
        for phrase in phrases
        for spelled in (phrase, phrase.upper(), phrase.title(), f"{phrase} of", f"({phrase}")
    }
)


@settings(max_examples=3000)
@given(
    st.lists(
        st.sampled_from(QUALIFIER_PHRASES) | st.sampled_from(FRAGMENTS) | st.text(max_size=4),
        max_size=12,
    )
)
def test_a_qualifier_tried_where_its_phrases_start_is_found_in_made_up_text(parts):
    window = " ".join(parts)
    for qualifier, pattern in READER._before.items():
        tried = search_where_phrases_start(pattern, window, phrase_starts(qualifier, window))
        assert same_match(tried, pattern.search(window)), qualifier


@settings(max_examples=3000)
@given(st.lists(st.sampled_from(FRAGMENTS) | st.text(max_size=4), max_size=12))
def test_the_guard_never_hides_a_match_in_made_up_text(parts):
    window = " ".join(parts)
    for name, pattern in PATTERNS.items():
        searched = pattern.pattern.search(window)
        if searched:
            assert pattern.may_match(window), name
        if pattern.leading:
            assert same_match(pattern.search(window), searched), name


VENDOR_FRAGMENTS = sorted(
    {*VENDOR_WORDS, *(w.upper() for w in VENDOR_WORDS), " ", "-", " - ", "\x1c", "x", "A100", "("}
)


@settings(max_examples=3000)
@given(st.lists(st.sampled_from(VENDOR_FRAGMENTS) | st.text(max_size=3), max_size=8))
def test_the_vendor_guard_never_hides_a_vendor_before_a_name(parts):
    before = "".join(parts)
    if _VENDOR_BEFORE.search(before):
        assert _vendor_word_ends(before)


def test_words_of_real_windows_are_the_regex_words():
    assert all(context.words_of(w) == context._WORD.findall(w) for w in WINDOWS)


@settings(max_examples=3000, deadline=None)
@given(st.text(alphabet="aZ9_'- .,;:()%+<>~$\\/\t\x1c\x85é≤", max_size=30))
def test_words_of_any_window_are_the_regex_words(window):
    assert context.words_of(window) == context._WORD.findall(window)
