"""Properties over arbitrary text (hypothesis): never raises, records valid and exact.

CI runs the `ci` profile (2,000 examples per property). For a long local run:

    HYPOTHESIS_PROFILE=long .venv/bin/python -m pytest tests/test_properties.py -q

(`long` is 100,000 examples; it takes a while.)
"""

import math
import os

import regex
from hypothesis import HealthCheck, example, given, settings
from hypothesis import strategies as st

from extract.claims.builder import _JOINER_GAP, only_a_joiner
from extract.claims.kinds.model_size import _MODEL_LEFT, name_before
from extract.run.pipeline import extract_one, extract_paper
from extract.text.normalise import (
    digits_as_nines,
    holds_digit,
    normalise_text,
    trigger_nines,
    trigger_view,
)
from schemas import CLAIM_MODELS, HardwareClaim, Paper
from tests.conftest import untriggered_builder

settings.register_profile(
    "ci", max_examples=2_000, deadline=None, suppress_health_check=[HealthCheck.too_slow]
)
settings.register_profile(
    "long", max_examples=100_000, deadline=None, suppress_health_check=[HealthCheck.too_slow]
)
settings.load_profile(os.environ.get("HYPOTHESIS_PROFILE", "ci"))

# Pieces that reach the rules and the checks, the traps of issue 6 among them.
FRAGMENTS = [
    "3.7x", "3.7\u0445", "3.7\u00d7", "3\u2715", "\uff13\uff10x", "48times", "x17.7", "2 times",
    "1.53times~20.57times", "3.65 sim 39.14times", "3.2$\\times$", "65.8\\%", "37%", "+2.66%",
    "15.1 percentage points", "+54 absolute points", "from 23.2% to 71.3%", "12,288 GPUs",
    "175B", "1.4 billion parameters", "LLaMA-2-70B", "7B to 141B", "8x A100", "eight H100 GPUs",
    "a single GPU", "an order of magnitude", "two orders of magnitude", "150 fold", "up to",
    "more than", "on average", "faster than", "lower latency", "reduces memory by", "over vLLM",
    "TPU v4", "MI250X", "Ascend 910C", "SN40L", "RTX 5090 Ti", "DGX H100", "Frontier", "e.g.",
    "et al.", ". ", ", ", " and ", "; while ", "(", ")", "\u200b", "\u200d", "\u202e", "\u2066",
    "\u0301", "\u0308", "\ufeff", "\x00", "\n", "\r\n", "\t", "  ", "-", "--", "~", "$", "\\",
    "1" * 30, "1." * 15, "2x " * 10, "(" * 20, "3" + " " * 40 + "x",
]  # fmt: skip

texts = st.one_of(
    st.text(max_size=400),
    st.lists(st.one_of(st.sampled_from(FRAGMENTS), st.text(max_size=8)), max_size=40).map(" ".join),
    st.lists(st.sampled_from(FRAGMENTS), max_size=60).map("".join),
)


def paper(title: str, abstract: str) -> Paper:
    return Paper(paper_id="p", title=title, abstract=abstract, source="hypothesis", record=1)


def extracted(subject: Paper, builder=None):
    """Claims as a run gets them (`extract_one`), or None when the time budget ran out.

    A regex timeout is the designed outcome under extreme load (the paper is kept with the
    reason recorded), so it is not a failure here; any other recorded failure is.
    """
    if builder is None:
        result = extract_one(subject)
        if any("timed out" in e.reason for e in result.errors):
            return None
        assert not result.errors, result.errors
        return result.claims
    try:
        return extract_paper(subject, builder)
    except TimeoutError:
        return None


@given(title=texts, abstract=texts)
def test_extraction_never_raises_and_every_record_is_valid_and_exact(title, abstract):
    subject = paper(title, abstract)
    claims = extracted(subject)
    for claim in claims or []:
        model = CLAIM_MODELS[claim.kind]
        assert model.model_validate(claim.model_dump()) == claim
        source = getattr(subject, claim.field)
        assert source[claim.start : claim.end] == claim.text
        assert claim.text in claim.sentence
        if not isinstance(claim, HardwareClaim):
            assert math.isfinite(claim.low) and math.isfinite(claim.high)
            assert claim.low <= claim.high
    again = extracted(subject)
    assert claims is None or again is None or again == claims


UNTRIGGERED = untriggered_builder()


@given(text=texts)
@example(text="1 GPU 0")  # a rejected longer reading once hid `1 GPU` only when ungated
@example(text="8xH100 and 3.7 x faster; ٣x")
def test_triggers_never_change_what_is_extracted(text):
    subject = paper("t", text)
    with_triggers, without = extracted(subject), extracted(subject, UNTRIGGERED)
    assert with_triggers is None or without is None or with_triggers == without


@given(text=texts, cut=st.tuples(st.integers(0, 400), st.integers(0, 400)))
@example(text="speedup of \u0663 on GPUs", cut=(0, 40))  # an Arabic-Indic three
@example(text="\uff13\uff10x faster", cut=(0, 3))  # full-width digits fold to ASCII ones
def test_holds_digit_says_whether_a_stretch_of_text_holds_a_regex_digit(text, cut):
    normalised = normalise_text(text)
    lo, hi = sorted(min(point, len(normalised)) for point in cut)
    expected = regex.search(r"\d", normalised[lo:hi]) is not None
    assert holds_digit(digits_as_nines(trigger_view(normalised)), lo, hi) == expected


@given(text=texts | st.text(max_size=60))
@example(text="RTX 5090 Ti, 3.7X; [12,288] GPUs~x17.7 \\times $8B$")
@example(text="\u0130 \u212a 3\u0663x")  # letters whose lower case is longer or ASCII
def test_trigger_nines_is_the_trigger_view_with_digits_as_nines(text):
    assert trigger_nines(text) == digits_as_nines(trigger_view(text))
    assert trigger_nines(normalise_text(text)) == digits_as_nines(
        trigger_view(normalise_text(text))
    )


# Letters, digits and the characters that end, join or break a model name's words.
NAME_WINDOW_CHARACTERS = "aZq09_. -./(,$\x1c\u00e9\u0663\n"


@given(
    window=st.one_of(
        st.text(alphabet=NAME_WINDOW_CHARACTERS, max_size=40),
        st.lists(st.sampled_from(FRAGMENTS), max_size=8).map(" ".join).map(lambda t: t[-40:]),
    )
)
@example(window="of the Llama ")
@example(window="Model 2x ")  # `2x` is no name word, so the name is its `x`
@example(window="a  b-")  # two spaces: the name is `b`
def test_name_before_reads_the_words_the_regex_reads(window):
    found = _MODEL_LEFT.search(window)
    assert name_before(window) == (found.group("m") if found else None)


@given(gap=st.text(alphabet=" ,andor\t\x1c\u00a0x;", max_size=12))
@example(gap=" and, ")
@example(gap="and or")
def test_only_a_joiner_agrees_with_the_regex(gap):
    assert only_a_joiner(gap) == (_JOINER_GAP.fullmatch(gap) is not None)
