"""`TimedPattern` passes `regex`'s arguments by position: check each one still lands."""

import pytest
import regex

from extract.text.timed_regex import TimedPattern

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
