"""`TimedPattern` passes `regex`'s arguments by position: check each one still lands."""

import re
import signal
import threading
import time

import pytest
import regex

from extract.text.timed_regex import (
    TimedPattern,
    ascii_twin,
    cpu_watchdog,
    lookbehind_may_vary,
    paper_budget,
)

# Overlapping alternatives on a near miss: exponential, so only the timeout ends it.
CATASTROPHIC = TimedPattern(r"(?:a|aa)+$")
NEAR_MISS = "a" * 60 + "b"
CALLS = {
    "search": lambda p, t: p.search(NEAR_MISS, timeout=t),
    "match": lambda p, t: p.match(NEAR_MISS, timeout=t),
    "fullmatch": lambda p, t: p.fullmatch(NEAR_MISS, timeout=t),
    "finditer": lambda p, t: list(p.finditer(NEAR_MISS, timeout=t)),
    "findall": lambda p, t: p.findall(NEAR_MISS, timeout=t),
    "sub": lambda p, t: p.sub("", NEAR_MISS, timeout=t),
    "split": lambda p, t: p.split(NEAR_MISS, timeout=t),
}


@pytest.mark.parametrize("method", sorted(CALLS))
def test_every_method_times_out(method):
    with pytest.raises(TimeoutError):
        CALLS[method](CATASTROPHIC, 0.05)


TEXT = "a1 b22 c333 d4444"
DIGITS = TimedPattern(r"\d+")
PLAIN = regex.compile(r"\d+")


@pytest.mark.parametrize(
    ("timed", "plain"),
    [
        (lambda: DIGITS.search(TEXT, 3, 12).span(), lambda: PLAIN.search(TEXT, 3, 12).span()),
        (lambda: DIGITS.search(TEXT, 3).span(), lambda: PLAIN.search(TEXT, 3).span()),
        (lambda: DIGITS.match(TEXT, 1, 2).span(), lambda: PLAIN.match(TEXT, 1, 2).span()),
        (lambda: DIGITS.match(TEXT, 0), lambda: PLAIN.match(TEXT, 0)),
        (lambda: DIGITS.fullmatch(TEXT, 4, 6).span(), lambda: PLAIN.fullmatch(TEXT, 4, 6).span()),
        (
            lambda: [m.span() for m in DIGITS.finditer(TEXT, 4, 10)],
            lambda: [m.span() for m in PLAIN.finditer(TEXT, 4, 10)],
        ),
        (lambda: DIGITS.findall(TEXT, 4, 10), lambda: PLAIN.findall(TEXT, 4, 10)),
        (lambda: DIGITS.sub("#", TEXT, 2), lambda: PLAIN.sub("#", TEXT, count=2)),
        (lambda: DIGITS.sub("#", TEXT), lambda: PLAIN.sub("#", TEXT)),
        (lambda: DIGITS.split(TEXT, 2), lambda: PLAIN.split(TEXT, maxsplit=2)),
    ],
)
def test_arguments_mean_what_regex_says(timed, plain):
    assert timed() == plain()


def test_a_compiled_pattern_is_wrapped_as_it_is():
    compiled = regex.compile(r"(?P<n>\d)", regex.IGNORECASE)
    timed = TimedPattern(compiled)
    assert timed.compiled is compiled
    assert timed.groupindex == {"n": 1}
    assert timed.pattern == r"(?P<n>\d)"


# -- the run's CPU watchdog --------------------------------------------------------------------
SLOW_MISS = "a" * 24 + "b"  # tens of milliseconds: slower than a tiny timeout, then done


def test_outside_a_paper_budget_each_call_keeps_its_timeout():
    with pytest.raises(TimeoutError):
        CATASTROPHIC.search(SLOW_MISS, timeout=0.001)


def test_under_the_watchdog_calls_drop_their_timeouts_and_the_paper_is_bounded():
    with cpu_watchdog() as armed:
        assert armed
        with paper_budget(60):
            assert CATASTROPHIC.search(SLOW_MISS, timeout=0.001) is None  # untimed
        started = time.process_time()
        with pytest.raises(TimeoutError, match="CPU budget"), paper_budget(0.2):
            CATASTROPHIC.search(NEAR_MISS)  # years without the budget
        assert time.process_time() - started < 2
        assert CATASTROPHIC.search("aaa").span() == (0, 3)  # after the paper: as before
    assert signal.getitimer(signal.ITIMER_VIRTUAL) == (0.0, 0.0)
    assert signal.getsignal(signal.SIGVTALRM) is signal.SIG_DFL


def test_off_the_main_thread_the_watchdog_stands_aside():
    outcome = {}

    def work():
        with cpu_watchdog() as armed, paper_budget(60):
            outcome["armed"] = armed
            try:
                CATASTROPHIC.search(SLOW_MISS, timeout=0.001)
            except TimeoutError:
                outcome["own timeout"] = True

    thread = threading.Thread(target=work)
    thread.start()
    thread.join()
    assert outcome == {"armed": False, "own timeout": True}


def test_a_handler_already_on_the_signal_is_left_alone():
    def theirs(signum, frame):
        pass

    before = signal.signal(signal.SIGVTALRM, theirs)
    try:
        with cpu_watchdog() as armed:
            assert not armed
            with pytest.raises(TimeoutError), paper_budget(60):
                CATASTROPHIC.search(SLOW_MISS, timeout=0.001)
        assert signal.getsignal(signal.SIGVTALRM) is theirs
    finally:
        signal.signal(signal.SIGVTALRM, before)


# -- the `re` twin of match and fullmatch ------------------------------------------------------
# Each row: pattern, flags, text, pos, endpos. Both engines must agree on every one, under the
# watchdog (where the twin may answer) as outside it.
TWIN_ROWS = [
    (r"\w+\s\d+", 0, "GPU 80 GB", None, None),
    (r"a\sb", 0, "a\x1cb", None, None),  # `re` alone counts \x1c as a space (twin: re.ASCII)
    (r"\w+", 0, "café x", None, None),  # non-ASCII text: regex answers
    (r"e\u0301", 0, "e\u0301", None, None),
    (r"(?i)speed-?ups?", 0, "SpeedUps of 3x", None, None),
    (r"speed", regex.IGNORECASE, "x SPEED", 2, None),
    (r"(?s-m:x)(?mi:\u017f)", 0, "xs", None, None),  # folded inline: no twin
    (r"^a", 0, "ba", 1, None),  # `^` is the text's start, not pos
    (r"(?<=b)a", 0, "ba", 1, None),  # a lookbehind sees before pos
    (r"\ba", 0, "ba", 1, None),
    (r"a$", 0, "ab", 0, 1),  # endpos ends the text
    (r"\d+(?!\w)", 0, "12ab", 0, 2),
    (r"a", 0, "ba", -1, None),  # a negative pos counts from the end for regex
    (r"a", 0, "ab", 0, -1),
    (r"(?P<n>\d+)(?:x|times)", 0, "3.7x", 2, None),
    (r"s", regex.IGNORECASE, "\u017f", None, None),  # long s folds to s in regex
    (r"\u017f", regex.IGNORECASE, "s", None, None),  # a non-ASCII letter folded: no twin
    (r"(?>a+)b", 0, "aaab", None, None),
]


def _answer(found):
    return None if found is None else (found.regs, found.groupdict())


@pytest.mark.parametrize(("pattern", "flags", "text", "pos", "endpos"), TWIN_ROWS)
@pytest.mark.parametrize("method", ["match", "fullmatch"])
def test_the_twin_answers_as_regex_does(pattern, flags, text, pos, endpos, method):
    timed = TimedPattern(pattern, flags)
    expected = _answer(getattr(regex.compile(pattern, flags), method)(text, pos, endpos))
    with cpu_watchdog() as armed, paper_budget(60):
        assert armed
        assert _answer(getattr(timed, method)(text, pos, endpos)) == expected
    assert _answer(getattr(timed, method)(text, pos, endpos)) == expected


def test_the_twin_answers_only_ascii_text_under_the_watchdog():
    timed = TimedPattern(r"\d+x")
    assert type(timed.match("3x")).__module__ == "_regex"  # no watchdog: regex
    with cpu_watchdog(), paper_budget(60):
        assert type(timed.match("3x")).__module__ == "re"
        assert type(timed.match("3x é")).__module__ == "_regex"
        assert type(timed.search("3x")).__module__ == "_regex"  # match only


@pytest.mark.parametrize(
    ("pattern", "flags"),
    [
        (r"(?r)\d+x$", 0),  # regex's own syntax
        (r"(?<=\d|ab)x", 0),  # a lookbehind of varying width
        (r"\p{Lu}", 0),
        (r"[[:alpha:]]", 0),  # re reads `[[` differently (a warning): no twin
        (r"word", regex.WORD),  # a flag re lacks
        (r"\u017f", regex.IGNORECASE),
    ],
)
def test_patterns_re_cannot_read_alike_get_no_twin(pattern, flags):
    assert ascii_twin(regex.compile(pattern, flags)) is None


def test_ascii_patterns_with_plain_flags_get_a_twin():
    twin = ascii_twin(regex.compile(r"\bspeed-?ups?\b", regex.IGNORECASE))
    assert twin is not None and twin.flags & re.ASCII and twin.flags & re.IGNORECASE


@pytest.mark.parametrize("method", ["match", "fullmatch"])
def test_the_watchdog_bounds_the_twin(method):
    assert ascii_twin(CATASTROPHIC.compiled) is not None  # so `re` runs the near miss
    with cpu_watchdog():
        started = time.process_time()
        with pytest.raises(TimeoutError, match="CPU budget"), paper_budget(0.2):
            getattr(CATASTROPHIC, method)(NEAR_MISS)
        assert time.process_time() - started < 2


SCAN_ROWS = [
    (r"\b(?:cuts?|reduces?)\b", regex.IGNORECASE, "it Reduces and cuts", 0, None),
    (r"[A-Za-z]+|\d+|[^\sA-Za-z\d-]", 0, "RTX-4090 Ti (24GB)", 3, 15),
    (r"a\sb", 0, "x a\x1cb a b", None, None),
    (r"(?<![\w-])(?:nvidia\s+)+\Z", regex.IGNORECASE, "the NVIDIA ", None, None),
    (r"\bé", 0, "x é", None, None),
]


@pytest.mark.parametrize(("pattern", "flags", "text", "pos", "endpos"), SCAN_ROWS)
def test_a_scanning_twin_answers_as_regex_does(pattern, flags, text, pos, endpos):
    timed = TimedPattern(pattern, flags, scans_with_twin=True)
    plain = regex.compile(pattern, flags)

    def answers(pattern):
        found = pattern.search(text, pos, endpos)
        spans = [m.regs for m in pattern.finditer(text, pos, endpos)]
        return _answer(found), spans, pattern.findall(text, pos, endpos)

    expected = answers(plain)
    with cpu_watchdog(), paper_budget(60):
        assert answers(timed) == expected


def test_only_patterns_made_to_scan_with_the_twin_do():
    scanning, anchored = TimedPattern(r"\d+x", scans_with_twin=True), TimedPattern(r"\d+x")
    with cpu_watchdog(), paper_budget(60):
        assert type(scanning.search("a 3x")).__module__ == "re"
        assert type(anchored.search("a 3x")).__module__ == "_regex"
    assert type(scanning.search("a 3x")).__module__ == "_regex"  # no watchdog: regex


@pytest.mark.parametrize(
    ("pattern", "varies", "twin"),
    [
        (r"(?<=(?<!\w)\d+[xX])a", True, False),
        (r"(?<=a{1,2})x", True, False),
        (r"(?<=ab?)x", True, False),
        (r"(?<=ab|c)x", False, False),  # widths of alternatives: re decides (and refuses)
        (r"(?<=NVIDIA\s|Nvidia\s)x", False, True),
        (r"(?<![\w.-])\d", False, True),
        (r"(?:(?<![\w.])|(?<=\bsim))\d", False, True),
        (r"(?<=[(|+*])x", False, True),  # signs in a class are themselves
        (r"(?<=\()x", False, True),
        (r"(?<=[^]+])x", False, True),
        (r"\d+(?<=\d)", False, True),  # a quantifier outside the lookbehind
    ],
)
def test_a_lookbehind_of_varying_width_is_seen_without_compiling(pattern, varies, twin):
    assert lookbehind_may_vary(pattern) is varies
    assert (ascii_twin(regex.compile(pattern)) is not None) is twin


def test_no_pattern_of_the_run_loses_its_twin_to_the_quick_reading():
    """Every pattern of a run read as varying is one `re` refuses anyway."""
    import gc
    import json

    from extract.run.pipeline import extract_paper
    from schemas import Paper
    from tests.conftest import DATA

    for number, line in enumerate((DATA / "dev-papers.jsonl").open(encoding="utf-8"), start=1):
        record = json.loads(line)  # the gazetteer makes a family's pattern at its first name
        extract_paper(
            Paper(
                paper_id=record["id"],
                title=record["title"],
                abstract=record["abstract"],
                source="dev",
                record=number,
            )
        )
    patterns = {o.compiled.pattern for o in gc.get_objects() if isinstance(o, TimedPattern)}
    flagged = [p for p in patterns if lookbehind_may_vary(p)]
    assert len(flagged) >= 10
    for pattern in flagged:
        with pytest.raises(re.error):
            re.compile(pattern)
