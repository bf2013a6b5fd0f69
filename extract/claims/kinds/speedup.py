"""speedup: a multiplicative factor (`3.7x`, `48times`, `an order of magnitude`)."""

from __future__ import annotations

import regex

from extract import messages
from extract.claims.context import ContextReader, past_list_rest, speeds_up, words_of
from extract.claims.kinds.base import ClaimKind, Sentence
from extract.claims.values import Draft, draft_of
from extract.match.matching import RawMatch
from extract.text.timed_regex import TimedPattern

_GLUED_OR_SIGN = TimedPattern(r"\d\s?(?:[xX]|\$?\\times|times)", regex.IGNORECASE)
# (not a number format, `>15x FP32 gain`; not a device noun that a measure of it follows,
# `3x GPU savings`, `2x GPU memory reduction`)
# Scaling factors named before a list of them: `scaling factors (2x, 4x, 8x and even `.
_SCALE_FACTORS_BEFORE = TimedPattern(
    r"\b(?:scal(?:e|ing)|upscaling|upsampling|downsampling|magnification|zoom)\s+factors?"
    r"\s*(?:\(|of|:)?\s*(?:[\d.]+\s*[x×]\s*,?\s*(?:and\s+|or\s+)?(?:even\s+)?)*$",
    regex.IGNORECASE,
)
_NEXT_IS_DEVICE = TimedPattern(
    r"\s*(?:\d|(?:NVIDIA|AMD|Nvidia)\b|(?!(?:FP|BF|TF)\d)[A-Z]{1,3}\d{2,4}|nodes?\b|[GTN]PUs?\b"
    r"(?!\s+(?:speed-?ups?|savings?|reductions?|memory|utili[sz]ation|efficiency|throughput|time|"
    r"hours|costs?|usage|consumption|footprint)\b))"
)
_NEXT_IS_NUMBER = TimedPattern(r"\s*\d")
_NEXT_IS_SIZE = TimedPattern(r"\s*\d[\d.]*\s*(?:[mck]?m|[mc]m[23]|px|pixels?|inch(?:es)?)\b")
_SIGN_BEFORE = TimedPattern(r"[xX]\s*$")
_SPACED_TIMES = TimedPattern(r"\d\s+times$")
# `SE(3) \times \mathbb{R}^3`: a product of spaces in LaTeX maths.
_MATHS_OBJECT_NEXT = TimedPattern(r"\s*\\math[a-z]+\s*\{")
# `the AgiBot X2 humanoid`: a capitalised name before an `X` and a whole number.
_NAME_BEFORE = TimedPattern(r"[A-Z][\w-]*\s$")
# `Our contributions are threefold.`: a fold said of a subject, ending its clause, counts parts.
_IS_FOLD = TimedPattern(r"\b(?:is|are)\s+$")
_CLAUSE_ENDS = TimedPattern(r"\s*(?:[.;:]|$)")
_ASIDE = TimedPattern(r"\([^()]*\)?")
_X_PREFIX_WHOLE = TimedPattern(r"[xX]\d+")
# `3.4 times the throughput of static sharding`: a multiple of another's measure compares.
_MULTIPLE_OF_ANOTHERS = TimedPattern(
    r"\s+the\s+(?!same\b)(?:[\w-]+\s+){0,2}?[\w-]+\s+(?:of|than)\b"
)
# `by 2.3 times on CPU and 1.4 times on GPU`: a factor listed after a factor.
_AFTER_A_FACTOR = TimedPattern(r"\d\s*(?:times|[xX])(?![\w])[^;.]{0,40}?(?:,|\band|\bor)\s*$")
# Verbs that, right before a spaced `N times`, say how often something was done.
_REPETITION_VERBS = frozenset(
    """observed repeated run ran executed sampled evaluated queried called invoked answered
    visited measured tested performed conducted recorded collected retrained rerun succeeded
    failed tried attempted""".split()
)
# Besides the direction words: what makes a spaced `5 times` or `x5` a comparison.
_COMPARISON_WORDS = frozenset(
    {"than", "over", "as", "fewer", "reaching", "compared", "relative", "versus", "vs"}
)


class Speedup(ClaimKind):
    """A factor by which something is faster, higher, smaller or fewer."""

    name = "speedup"
    identity_fields = ("metric_group",)
    floor = 1.000001
    ceiling = 1e7
    # a range may open at a slowdown: `0.88x-6.72x speedup over PyTorch` is a claim up to 6.72x
    range_floor = 0.01
    compares = True

    def check(self, match: RawMatch, sentence: Sentence) -> list[Draft] | str:
        """Reject device counts (`8x A100`, `4x configurations`), grids, repetitions (`5 times`)."""
        text = sentence.text
        values = self.read_values(match, text)
        if isinstance(values, str):
            return values
        # `8x A100` is a device count, `2x 2` a grid; `8.5x GPU speedup` counts no devices
        if values[0].is_integer() and _NEXT_IS_DEVICE.match(text, match.end, sentence.hi):
            return messages.REJECT_DEVICE_FOLLOWS
        # `71 mm x 21.5 x 15 mm`, `25.8 x 12.5 mm2`: a product of sizes (not `4.2\times4.2\times`,
        # a value rendered twice, nor `2.7x 3.4x`, a range that lost its dash)
        if _NEXT_IS_SIZE.match(text, match.end, sentence.hi) or (
            _NEXT_IS_NUMBER.match(text, match.end, sentence.hi)
            and _SIGN_BEFORE.search(text, max(sentence.lo, match.start - 4), match.start)
        ):
            return messages.REJECT_DEVICE_FOLLOWS
        if _MATHS_OBJECT_NEXT.match(text, match.end, sentence.hi):
            return messages.REJECT_MATHS_PRODUCT
        if self._configuration_follows(sentence, match):
            return messages.REJECT_CONFIGURATION_FOLLOWS
        span = text[match.start : match.end]
        if span.endswith("fold") and self._counts_parts(sentence, match):
            return messages.REJECT_PARTS
        # the string tests first: most spans end in `x`, and a regex call costs microseconds
        spaced_times = (
            span.endswith("times")
            and _SPACED_TIMES.search(span)
            and not _GLUED_OR_SIGN.search(span.replace(" times", ""))
        )
        x_prefix_whole = span[:1] in ("x", "X") and _X_PREFIX_WHOLE.fullmatch(span)
        # `a two-fold pretext task` counts parts as often as `a two-fold speedup` compares
        low = match.groups.get("low")
        word_fold = span.endswith("fold") and low is not None and text[low[0]].isalpha()
        if (
            x_prefix_whole
            and span[0] == "X"
            and _NAME_BEFORE.search(text, max(sentence.lo, match.start - 20), match.start)
        ):
            return messages.REJECT_PRODUCT_NAME
        if spaced_times and self._counts_repetitions(sentence, match):
            return messages.REJECT_REPETITIONS
        if (spaced_times or x_prefix_whole or word_fold) and not self._comparative_near(
            sentence, match
        ):
            # `repeated 5 times` counts repetitions; `x86` names an architecture
            return messages.REJECT_NO_COMPARATIVE
        return [draft_of(match, values[0], values[1])]

    def _configuration_follows(self, sentence: Sentence, match: RawMatch) -> bool:
        """`in 4x and 8x configurations`: the factors count devices (`non_factor_nouns`).

        So do the scales a list of scaling factors names before it (`scaling factors (2x,
        4x, 8x and even 16x)`).
        """
        if "factor" in sentence.text[max(sentence.lo, match.start - 60) : match.start] and (
            _SCALE_FACTORS_BEFORE.search(
                sentence.text, max(sentence.lo, match.start - 80), match.start
            )
        ):
            return True
        window = sentence.text[match.end : min(sentence.hi, match.end + 80)]
        lowered = window.lower()
        if not any(noun in lowered for noun in self.cues.non_factor_nouns):
            return False  # nearly always: none of the nouns anywhere after the value
        words = words_of(past_list_rest(window)[:40])
        return bool(words) and words[0].lower() in self.cues.non_factor_nouns

    def _counts_parts(self, sentence: Sentence, match: RawMatch) -> bool:
        """`Our contributions are two-fold.`, unless a change or comparison is the subject."""
        text, lo = sentence.text, sentence.lo
        low = match.groups.get("low")
        start = low[0] if low else match.start
        if not (
            _IS_FOLD.search(text, max(lo, start - 8), start)
            and _CLAUSE_ENDS.match(text, match.end, sentence.hi)
        ):
            return False
        subject = ContextReader._words_left(text, lo, start, 8)
        return not any(
            w.lower() in self.cues.increase
            or w.lower() in self.cues.decrease
            or w.lower() in _COMPARISON_WORDS
            for w in subject
        )

    def _counts_repetitions(self, sentence: Sentence, match: RawMatch) -> bool:
        """A verb of doing again before the value, and no comparative right after it.

        `observed 52 times over the growing season` counts repetitions, `over` or not.
        """
        text = sentence.text
        left = ContextReader._words_left(text, sentence.lo, match.start, 1)
        if not left or left[0].lower() not in _REPETITION_VERBS:
            return False
        right = ContextReader._words_right(text, match.end, sentence.hi, 2)
        return not any(
            w.lower() in self.cues.increase or w.lower() in self.cues.decrease for w in right
        )

    def _comparative_near(self, sentence: Sentence, match: RawMatch) -> bool:
        text = sentence.text
        if self.cues.by_before.search(text, max(sentence.lo, match.start - 30), match.start):
            return True
        if _AFTER_A_FACTOR.search(text, max(sentence.lo, match.start - 60), match.start):
            return True
        if _MULTIPLE_OF_ANOTHERS.match(text, match.end, sentence.hi):
            return True
        # an aside after the value is read past: `2.5 times (geomean) faster`, but `a two-fold
        # pretext task (time regression and ...)` takes no direction from inside it
        # (past the rest of a list: `2.7 times and 10.9 times better`)
        right = past_list_rest(text[match.end : min(sentence.hi, match.end + 80)])
        if "(" in right:
            right = _ASIDE.sub(" ", right)
        words = ContextReader._words_right(right, 0, len(right), 4)
        # a bound reaches further back: `a speedup in latency and throughput up to 2.28 times`
        bounded = text.endswith("up to ", max(sentence.lo, match.start - 6), match.start)
        words += ContextReader._words_left(text, sentence.lo, match.start, 8 if bounded else 6)
        opening = text.rfind("(", max(sentence.lo, match.start - 4), match.start)
        if opening >= 0 and not text[opening + 1 : match.start].strip(" ~<>"):
            # an aside sizing what its left names: `shorten the labeling process (~2.8 times)`
            words += ContextReader._words_left(text, sentence.lo, opening, 6)
        return any(
            w.lower() in self.cues.increase
            or w.lower() in self.cues.decrease
            or w.lower() in _COMPARISON_WORDS
            or speeds_up(words, position) is not None  # `a 40 times speed up`
            for position, w in enumerate(words)
        )


KIND = Speedup
