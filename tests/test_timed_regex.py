"""`TimedPattern` passes `regex`'s arguments by position: check each one still lands."""

import signal
import threading
import time

import pytest
import regex

from extract.text.timed_regex import TimedPattern, cpu_watchdog, paper_budget

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
