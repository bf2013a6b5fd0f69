"""The build stage: turn raw rule matches into typed claim records.

For each sentence the builder takes the candidates of `matching.match_sentence`, reads each
one's value, runs the post-match check of its kind (plausible range, what follows it), keeps
the first accepted candidate where candidates overlap, and fills qualifier, direction,
metric, baseline, device and model from the words around it.
"""

from __future__ import annotations

import math
import time
from bisect import bisect_right
from dataclasses import dataclass

import regex

from extract import messages
from extract.context import ContextReader, GuardedPattern
from extract.gazetteer import Gazetteer, HardwareMention
from extract.literals import LiteralFinder
from extract.matching import RawMatch, SpanIndex, match_sentence, triggers_by_sentence
from extract.rules import RuleSet
from extract.text import (
    holds_digit,
    normalise_text,
    split_sentences,
    trigger_spellings,
    trigger_view,
)
from extract.timed_regex import REGEX_TIMEOUT, TimedPattern
from schemas import (
    CLAIM_MODELS,
    ClaimBase,
    HardwareClaim,
)

SCALES = {"k": 1e3, "m": 1e6, "b": 1e9, "t": 1e12, "million": 1e6, "billion": 1e9, "trillion": 1e12}
WORD_NUMBERS = {
    "a": 1,
    "an": 1,
    "one": 1,
    "single": 1,
    "two": 2,
    "three": 3,
    "four": 4,
    "five": 5,
    "six": 6,
    "seven": 7,
    "eight": 8,
    "nine": 9,
    "ten": 10,
    "eleven": 11,
    "twelve": 12,
    "sixteen": 16,
    "twenty": 20,
    "thirty": 30,
    "forty": 40,
    "fifty": 50,
    "sixty": 60,
    "hundred": 100,
    "thousand": 1000,
}
QUALIFIER_WORDS = {"more than": "at_least", "over": "at_least", "up to": "up_to"}
# Plausible values per kind: a value outside is not that kind of claim.
PLAUSIBLE = {
    "speedup": (1.000001, 1e7),
    "percent_change": (0.0, 10_000.0),
    "model_size": (1e5, 1e16),
    "gpu_count": (1.0, 1e6),
}
# All the work on one field stops after this; the paper is kept, its failure recorded.
FIELD_BUDGET_SECONDS = 5.0
ACCELERATOR_CATEGORIES = frozenset({"gpu", "tpu", "npu", "accelerator"})
# Distinct sets of triggers in a sentence are few; the memo of their rules stays bounded.
RULES_TO_RUN_MEMO_SIZE = 4096
_NUMBER = TimedPattern(r"\d{1,3}(?:,\d{3})+(?:\.\d+)?|\d+(?:\.\d+)?")
_GLUED_OR_SIGN = TimedPattern(r"\d\s?(?:[xX]|\$?\\times|times)", regex.IGNORECASE)
_NEXT_IS_DEVICE = TimedPattern(
    r"\s*(?:\d|(?:NVIDIA|AMD|Nvidia)\b|[A-Z]{1,3}\d{2,4}|GPUs?\b|TPUs?\b|NPUs?\b|nodes?\b)"
)
_PHRASE_ENDS_HERE = TimedPattern(r"\s*[,;:)]")
_SPACED_TIMES = TimedPattern(r"\d\s+times$")
_X_PREFIX_WHOLE = TimedPattern(r"[xX]\d+")
_FROM_BEFORE = TimedPattern(r"\bfrom\s*$")
_NAME_BEFORE = TimedPattern(r"[A-Z][\w.]*\s$")
_PLAIN_WORD = TimedPattern(r"[A-Za-z-]+")
_ACTIVE = TimedPattern(r"\bactiv(?:e|ated)\b")
_PARAM_IN_SPAN = TimedPattern(r"param", regex.IGNORECASE)
_SPACES = TimedPattern(r"\s+")
_CLAUSE_GAP = GuardedPattern(r";|\bwhile\b|\bwhereas\b|\bbut\b", [";", "while", "whereas", "but"])
_LIST_GAP = GuardedPattern(r"\band\b|,|\bor\b", ["and", ",", "or"])
_JOINER_GAP = TimedPattern(r"[\s,]*(?:and|or)?[\s,]*")
_PARAMETERS_FOLLOW = TimedPattern(
    r"(?:\s*(?:,|and|or|to|-)\s*(?:[\d.,]+\s*(?:[MBT]|[Mm]illion|[Bb]illion|[Tt]rillion)?"
    r"|[Aa]|[Oo]ne)?)*\s*[\s-]*(?:total\s+|activated\s+|active\s+)?(?:[Pp]aram|models?\b|"
    r"LLMs?\b|MoE|(?:language|transformer)\s+models?|of\s+which\s+(?:are|is)\s+activ)",
)
_MODEL_WORD = TimedPattern(r"(?i)param|models?$|variants?$|versions?$|LLMs?$|LMs?$")
_MODEL_LEFT = TimedPattern(
    r"(?P<m>[A-Za-z][\w.]*(?:[\s-](?:\d+(?:\.\d+)?|[A-Za-z][\w.]*)){0,2}?)[\s-]+$"
)
_NAME_CHAR_STAND_INS = str.maketrans("_.", "aa")  # `[\w.]` is what isalnum() says, with these


def _all_name_chars(word: str) -> bool:
    return word.translate(_NAME_CHAR_STAND_INS).isalnum()


def _is_name_word(word: str) -> bool:
    """A number (`70`, `2.5`) or a letter and then letters, digits, `_` and `.` (ASCII)."""
    if word[:1].isalpha():
        return _all_name_chars(word)
    whole, dot, fraction = word.partition(".")
    return whole.isdigit() and (not dot or fraction.isdigit())


def only_a_joiner(gap: str) -> bool:
    """`_JOINER_GAP.fullmatch(gap)`: commas and spaces around at most one `and` or `or`.

    Read with string methods on printable ASCII (its only space is ` `), else by the regex.
    """
    if not (gap.isascii() and gap.isprintable()):
        return _JOINER_GAP.fullmatch(gap) is not None
    return gap.strip(" ,") in ("", "and", "or")


def name_before(window: str) -> str | None:
    """What `_MODEL_LEFT.search(window)` captures: one to three words ending the window.

    A model name ends right before the size (`Llama 2 70B`). The regex search costs tens of
    microseconds on these windows (it retries at every position); on printable ASCII, which
    normalised windows nearly always are, the same words are found with string methods
    (`tests/test_properties.py` compares the two).
    """
    if not (window.isascii() and window.isprintable()):
        found = _MODEL_LEFT.search(window)
        return found.group("m") if found else None
    end = len(window.rstrip(" -"))
    if end in (0, len(window)):
        return None
    words = window[:end].replace("-", " ").split(" ")  # one separator each: `a  b` has ""
    for count in (3, 2, 1):
        rest = words[len(words) - count + 1 :]  # the words after the first: whole name words
        if len(words) < count or not all(_is_name_word(w) for w in rest):
            continue
        first = words[-count]
        tail = len(first)
        while tail > 0 and (first[tail - 1].isalnum() or first[tail - 1] in "_."):
            tail -= 1
        letter = next((i for i in range(tail, len(first)) if first[i].isalpha()), None)
        if letter is not None:
            others = sum(len(w) + 1 for w in rest)
            return window[end - others - len(first) + letter : end]
    return None


_MODEL_RIGHT = TimedPattern(r"^\s+(?P<m>[A-Z][\w.]*-\d[\w.]*|[A-Z][A-Za-z]*\d[\w.-]*)")


_OWN_VERBS = frozenset(
    {
        "achieves",
        "achieving",
        "delivers",
        "delivering",
        "provides",
        "yields",
        "shows",
        "enables",
        "brings",
        "bringing",
        "gives",
        "offers",
    }
)


def parse_number(text: str) -> float | None:
    """Read `12,288`, `3.7`, `eight` or `a` as a number."""
    text = text.strip().lower()
    if text in WORD_NUMBERS:
        return float(WORD_NUMBERS[text])
    try:
        return float(text.replace(",", ""))
    except ValueError:
        return None


def _time_left(deadline: float, timeout: float) -> float:
    """The regex timeout left before the field's deadline; past it, the field times out."""
    left = deadline - time.monotonic()
    if left <= 0:
        raise TimeoutError(messages.FIELD_BUDGET_SPENT)
    return min(timeout, left)


def _sentence_holding(
    sentences: list[tuple[int, int]], starts: list[int], start: int, end: int
) -> int:
    """The index of the sentence that holds `[start, end)`, or -1."""
    index = bisect_right(starts, start) - 1
    return index if index >= 0 and end <= sentences[index][1] else -1


@dataclass(frozen=True, slots=True)
class MatchEvent:
    """What became of one rule match: kept (`reason` is None) or filtered, and why."""

    sentence_start: int
    rule_id: str
    kind: str
    start: int
    end: int
    reason: str | None


class Draft:
    """A claim under construction: value, span and the fields found so far.

    A plain class for the reason `matching.RawMatch` is one.
    """

    kind: str
    start: int
    end: int
    low: float
    high: float
    rule_id: str
    qualifier: str | None
    qualifier_source: str | None  # "before", "after" or "rule": how lists share it
    fields: dict

    def __init__(
        self, kind: str, start: int, end: int, low: float, high: float, rule_id: str
    ) -> None:
        self.kind = kind
        self.start = start
        self.end = end
        self.low = low
        self.high = high
        self.rule_id = rule_id
        self.qualifier = None
        self.qualifier_source = None
        self.fields = {}


class ClaimBuilder:
    """Builds every claim record of one text field."""

    def __init__(
        self,
        ruleset: RuleSet,
        gazetteer: Gazetteer,
        regex_timeout: float = REGEX_TIMEOUT,
        field_budget: float = FIELD_BUDGET_SECONDS,
    ):
        self.ruleset = ruleset
        self.gazetteer = gazetteer
        self.cues = ContextReader(ruleset.context)
        # Rule triggers, hardware-shape triggers and where names start: one pass per field.
        self._finder = LiteralFinder(
            {"trigger": ruleset.triggers | gazetteer.shape_triggers, **gazetteer.start_literals},
            {"trigger": trigger_spellings},
        )
        self.timeout = regex_timeout
        self.field_budget = field_budget
        self._runnable: dict[tuple[frozenset[str], bool, bool], tuple[int, ...]] = {}
        self._checks = {
            "speedup": self._speedup,
            "percent_change": self._percent_change,
            "model_size": self._model_size,
            "gpu_count": self._gpu_count,
        }

    def build(
        self,
        paper_id: str,
        field_name: str,
        source: str,
        trace: list[MatchEvent] | None = None,
    ) -> list[ClaimBase]:
        """Return every claim in one field; offsets index the unmodified `source`.

        When `trace` is a list, what became of every rule match is appended to it.
        """
        deadline = time.monotonic() + self.field_budget
        text = normalise_text(source)
        view = trigger_view(text)
        hits = self._finder.hits(view)
        if not hits and not self.ruleset.runs_on_every_sentence and self.gazetteer.gated:
            return []  # no trigger and no name start: nothing can match (most titles)
        sentences = split_sentences(text, self.ruleset.context.abbreviations)
        present = triggers_by_sentence(hits, sentences)
        name_starts = self.gazetteer.name_starts(hits)
        regions = [(lo, hi, found) for (lo, hi), found in zip(sentences, present, strict=True)]
        mentions = self.gazetteer.find(text, self.timeout, regions, name_starts)
        starts = [lo for lo, _ in sentences]
        names_in = {
            _sentence_holding(sentences, starts, at, at + 1)
            for at in (*name_starts[0], *name_starts[1])
        } - {-1}
        mentions_in: dict[int, list[HardwareMention]] = {}
        for mention in mentions:
            index = _sentence_holding(sentences, starts, mention.start, mention.end)
            if index >= 0:
                mentions_in.setdefault(index, []).append(mention)
        busy: list[int]
        if self.ruleset.runs_on_every_sentence:
            busy = list(range(len(sentences)))
        else:  # most sentences hold no trigger, no name, and so no claim
            busy = sorted(
                {i for i, found in enumerate(present) if found} | names_in | {*mentions_in}
            )
        records: list[ClaimBase] = []
        for index in busy:
            lo, hi = sentences[index]
            orders = self._rules_to_run(
                present[index], index in names_in, holds_digit(view, lo, hi)
            )
            timeout = _time_left(deadline, self.timeout)
            matches = match_sentence(text, lo, hi, self.ruleset, orders, timeout) if orders else []
            sentence_mentions = mentions_in.get(index, [])
            if not matches and not sentence_mentions:
                continue
            drafts = self._sentence_drafts(text, lo, hi, matches, sentence_mentions, trace)
            common = {"paper_id": paper_id, "field": field_name, "sentence": source[lo:hi]}
            records.extend(self._record(d, source, common) for d in drafts)
            records.extend(self._hardware_record(m, source, common) for m in sentence_mentions)
        return records

    # -- per sentence ------------------------------------------------------------------------
    def _rules_to_run(
        self, present: set[str], name_here: bool, digit_here: bool
    ) -> tuple[int, ...]:
        """`RuleSet.rules_to_run`, remembered (it runs for every sentence that may hold a claim)."""
        key = (frozenset(present), name_here, digit_here)
        orders = self._runnable.get(key)
        if orders is None:
            orders = self.ruleset.rules_to_run(present, name_here, digit_here)
            if len(self._runnable) < RULES_TO_RUN_MEMO_SIZE:
                self._runnable[key] = orders
        return orders

    def _sentence_drafts(
        self,
        text: str,
        lo: int,
        hi: int,
        matches: list[RawMatch],
        mentions: list[HardwareMention],
        trace: list[MatchEvent] | None = None,
    ) -> list[Draft]:
        kept = SpanIndex()
        rejected: dict[str, SpanIndex] = {}
        names = SpanIndex()
        for mention in mentions:
            names.add(mention.start, mention.end)
        drafts: list[Draft] = []
        for match in matches:
            reason = None
            if kept.overlaps(match.start, match.end):
                reason = messages.FILTER_OVERLAP
            elif match.kind in rejected and rejected[match.kind].contains(match.start, match.end):
                reason = messages.FILTER_INSIDE_REJECTED  # `3-5%` a level: its `5%` is too
            elif names.overlaps(match.start, match.start + 1):
                reason = messages.FILTER_HARDWARE_NAME  # the `4090` of `RTX 4090 GPUs`
            else:
                built = self._checks[match.kind](match, text, lo, hi, mentions)
                if isinstance(built, str):
                    reason = messages.FILTER_CHECK.format(problem=built)
                    if not isinstance(built, messages.ReadingRejected):
                        rejected.setdefault(match.kind, SpanIndex()).add(match.start, match.end)
                else:
                    kept.add(match.start, match.end)
                    drafts.extend(built)
            if trace is not None:
                trace.append(
                    MatchEvent(lo, match.rule.rule.id, match.kind, match.start, match.end, reason)
                )
        drafts.sort(key=lambda d: d.start)
        self._share_list_qualifiers(text, drafts)
        return drafts

    def _base_draft(
        self,
        match: RawMatch,
        text: str,
        low: float,
        high: float,
        start: int | None = None,
        end: int | None = None,
    ) -> Draft:
        rule = match.rule.rule
        draft = Draft(
            match.kind,
            match.start if start is None else start,
            match.end if end is None else end,
            low,
            high,
            rule.id,
        )
        if rule.qualifier:
            draft.qualifier, draft.qualifier_source = rule.qualifier, "rule"
        return draft

    def _read_qualifier(self, draft: Draft, match: RawMatch, text: str, lo: int, hi: int):
        inline = match.group_text(text, "qual")
        before = self.cues.qualifier_before(text, lo, match.start)
        after = self.cues.qualifier_after(text, match.end, hi)
        if inline:
            draft.qualifier, draft.qualifier_source = QUALIFIER_WORDS[inline.lower()], "inline"
        elif match.group_text(text, "plus"):
            draft.qualifier, draft.qualifier_source = "at_least", "inline"
        elif before:
            draft.qualifier, draft.qualifier_source = before, "before"
        elif after:
            draft.qualifier, draft.qualifier_source = after, "after"

    def _comparison(self, draft: Draft, text: str, lo: int, hi: int, default: str) -> None:
        draft.fields["direction"] = (
            self.cues.direction(text, lo, hi, draft.start, draft.end) or default
        )
        draft.fields["metric"] = self.cues.metric(text, lo, hi, draft.start, draft.end)
        baseline = self.cues.baseline(text, lo, hi, draft.start, draft.end)
        draft.fields["baseline"] = baseline
        if baseline:
            found = self.gazetteer.find(baseline, timeout=self.timeout)
            draft.fields["baseline_hardware"] = found[0].canonical if found else None

    # -- values ------------------------------------------------------------------------------
    def _range(self, match: RawMatch, text: str, scale: float = 1.0) -> tuple[float, float] | None:
        rule = match.rule.rule
        if "oom" in match.groups:
            low_exp = parse_number(match.group_text(text, "oom") or "")
            high_text = match.group_text(text, "oom_high")
            high_exp = parse_number(high_text) if high_text else low_exp
            if low_exp is None or high_exp is None:
                return None
            return 10.0**low_exp, 10.0**high_exp
        low_text = match.group_text(text, "low") or match.group_text(text, "low_word")
        low = parse_number(low_text) if low_text else rule.value
        if low is None:
            return None
        high_text = match.group_text(text, "high")
        high = parse_number(high_text) if high_text else low
        if high is None:
            return None
        low_scale = match.group_text(text, "low_scale")
        low_factor = SCALES[low_scale.lower()] if low_scale else scale
        return low * low_factor, high * scale

    @staticmethod
    def _plausible(kind: str, low: float, high: float) -> bool:
        floor, ceiling = PLAUSIBLE[kind]
        return math.isfinite(low) and math.isfinite(high) and floor <= low <= high <= ceiling

    # -- speedup -----------------------------------------------------------------------------
    def _speedup(self, match, text, lo, hi, mentions) -> list[Draft] | str:
        values = self._range(match, text)
        if not values or not self._plausible("speedup", *values):
            return messages.REJECT_IMPLAUSIBLE.format(kind="speedup", values=values)
        if _NEXT_IS_DEVICE.match(text, match.end, hi):
            return messages.REJECT_DEVICE_FOLLOWS  # `8x A100` is a device count, `2x 2` a grid
        span = text[match.start : match.end]
        # the string tests first: most spans end in `x`, and a regex call costs microseconds
        spaced_times = (
            span.endswith("times")
            and _SPACED_TIMES.search(span)
            and not _GLUED_OR_SIGN.search(span.replace(" times", ""))
        )
        x_prefix_whole = span[:1] in ("x", "X") and _X_PREFIX_WHOLE.fullmatch(span)
        if (spaced_times or x_prefix_whole) and not self._comparative_near(text, lo, hi, match):
            # `repeated 5 times` counts repetitions; `x86` names an architecture
            return messages.REJECT_NO_COMPARATIVE
        draft = self._base_draft(match, text, *values)
        self._read_qualifier(draft, match, text, lo, hi)
        self._comparison(draft, text, lo, hi, default="increase")
        return [draft]

    def _comparative_near(self, text: str, lo: int, hi: int, match: RawMatch) -> bool:
        words = ContextReader._words_right(text, match.end, hi, 4)
        words += ContextReader._words_left(text, lo, match.start, 6)
        cues = self.cues.increase | self.cues.decrease | {"than", "over", "as", "fewer", "reaching"}
        return any(w.lower() in cues for w in words)

    # -- percent change ----------------------------------------------------------------------
    def _percent_change(self, match, text, lo, hi, mentions) -> list[Draft] | str:
        values = self._range(match, text)
        if not values or not self._plausible("percent_change", *values):
            return messages.REJECT_IMPLAUSIBLE.format(kind="percent_change", values=values)
        before = text[max(lo, match.start - 6) : match.start]
        if match.group_text(text, "high") and _FROM_BEFORE.search(before):
            return messages.REJECT_FROM_TO  # `from 23.2% to 71.3%` is a level moving
        if not self.cues.percent_is_change(text, lo, hi, match.start, match.end):
            return messages.REJECT_PERCENT_LEVEL
        draft = self._base_draft(match, text, *values)
        draft.fields["unit"] = match.rule.rule.unit or "%"
        self._read_qualifier(draft, match, text, lo, hi)
        self._comparison(draft, text, lo, hi, default="increase")
        return [draft]

    # -- model size --------------------------------------------------------------------------
    def _model_size(self, match, text, lo, hi, mentions) -> list[Draft] | str:
        scale_text = match.group_text(text, "scale")
        scale = SCALES.get(scale_text.lower(), 1.0) if scale_text else 1.0
        values = self._range(match, text, scale)
        if not values or not self._plausible("model_size", *values):
            return messages.REJECT_IMPLAUSIBLE.format(kind="model_size", values=values)
        if text[max(lo, match.start - 1) : match.start] == "$":
            return messages.REJECT_MONEY
        # After a comma the next noun starts a new phrase: `7B to 141B, context lengths ...`.
        phrase_ends = _PHRASE_ENDS_HERE.match(text, match.end, hi) is not None
        next_words = ContextReader._words_right(text, match.end, hi, 3)
        if (
            next_words
            and not phrase_ends
            and (
                next_words[0].lower() in self.cues.non_parameter_nouns
                or " ".join(next_words[:2]).lower() in self.cues.non_parameter_nouns
            )
        ):
            return messages.REJECT_COUNTS_OTHER.format(noun=next_words[0])
        if (
            match.group_text(text, "high")
            and not match.group_text(text, "low_scale")
            and _NAME_BEFORE.search(text[max(lo, match.start - 20) : match.start])
        ):
            return messages.REJECT_NAME_NOT_RANGE  # `Llama 2-70B` is a model name
        if match.rule.rule.parameters_follow and not self._parameter_context(text, match, hi):
            return messages.REJECT_NO_PARAMETERS
        if (
            scale_text in ("M", "m")
            and next_words
            and _PLAIN_WORD.fullmatch(next_words[0])
            and not (
                next_words[0].lower() in self.cues.non_model_words
                or _MODEL_WORD.match(next_words[0])
            )
        ):
            # `1M context`, `600M MACs`: a million of something else
            return messages.REJECT_COUNTS_OTHER.format(noun=next_words[0])
        drafts = [self._base_draft(match, text, *values)]
        drafts += self._list_items(match, text, scale)
        active = _ACTIVE.search(text[match.start : min(hi, match.end + 35)])
        model = self._model_name(text, lo, match)
        for draft in drafts:
            self._read_qualifier(draft, match, text, lo, hi)
            if match.group_text(text, "approx"):
                draft.qualifier, draft.qualifier_source = "approx", "inline"
            draft.fields["active"] = bool(active)
            draft.fields["model"] = model
        return drafts

    def _parameter_context(self, text: str, match: RawMatch, hi: int) -> bool:
        """`22 Billion` is a model size only when parameters or a model follow it."""
        if _PARAM_IN_SPAN.search(text[match.start : match.end]):
            return True
        rest = text[match.end : min(hi, match.end + 80)]
        return bool(_PARAMETERS_FOLLOW.match(rest))

    def _model_name(self, text: str, lo: int, match: RawMatch) -> str | None:
        if match.start > lo and text[match.start - 1] == "-":
            # `LLaMA-2-70B`, `gemma-2-9b`: the name is the hyphen-joined word before the size.
            token = text[max(lo, match.start - 40) : match.start - 1].split()
            name = token[-1].rsplit("/", 1)[-1] if token else ""
            return name if name and name.lower() not in self.cues.non_model_words else None
        left = name_before(text[max(lo, match.start - 40) : match.start])
        if left and text[match.start - 1] in "- ":
            words = [w for w in _SPACES.split(left) if w]
            while words and words[0].lower() in self.cues.non_model_words:
                words.pop(0)
            candidate = " ".join(words)
            if (
                candidate
                and candidate.lower() not in self.cues.non_model_words
                and (any(ch.isupper() for ch in candidate) or "-" in text[match.start - 1])
            ):
                return candidate
        right = _MODEL_RIGHT.match(text[match.end : match.end + 30])
        return right.group("m") if right else None

    def _list_items(self, match: RawMatch, text: str, scale: float) -> list[Draft]:
        """`7, 13, and 70 billion parameters`: one more draft per number before the last."""
        span = match.groups.get("list")
        if not span:
            return []
        drafts = []
        for number in _NUMBER.finditer(text, span[0], span[1]):
            read = parse_number(number.group())
            value = read * scale if read is not None else math.nan  # nan is never plausible
            if self._plausible(match.kind, value, value):
                drafts.append(
                    self._base_draft(match, text, value, value, number.start(), number.end())
                )
        return drafts

    # -- GPU count ---------------------------------------------------------------------------
    def _gpu_count(self, match, text, lo, hi, mentions) -> list[Draft] | str:
        values = self._range(match, text)
        if not values or not self._plausible("gpu_count", *values) or values[0] != int(values[0]):
            return messages.REJECT_IMPLAUSIBLE.format(kind="gpu_count", values=values)
        following = ContextReader._words_right(text, match.end, hi, 1)
        if following and following[0].lower() in self.cues.non_count_nouns:
            return messages.REJECT_COUNTS_OTHER.format(noun=following[0])  # `8 GPU hours`
        device_text = (match.group_text(text, "device") or "").strip()
        device = None
        if device_text:
            resolved = self.gazetteer.lookup(device_text)
            if resolved is not None and resolved.category in ACCELERATOR_CATEGORIES:
                device = resolved.canonical
            elif match.rule.rule.known_device:
                # without an accelerator noun the name must be a known accelerator
                return messages.ReadingRejected(
                    messages.REJECT_UNKNOWN_DEVICE.format(device=device_text)
                )
        if device is None:
            named = {m.canonical for m in mentions if m.category in ACCELERATOR_CATEGORIES}
            device = named.pop() if len(named) == 1 else None
        drafts = [self._base_draft(match, text, *values)] + self._list_items(match, text, 1.0)
        for draft in drafts:
            self._read_qualifier(draft, match, text, lo, hi)
            draft.fields["device"] = device
        return drafts

    # -- lists -------------------------------------------------------------------------------
    @staticmethod
    def _share_list_qualifiers(text: str, drafts: list[Draft]) -> None:
        """A qualifier written once before (or after) a list applies to all of it."""
        for earlier, later in zip(drafts, drafts[1:], strict=False):
            if earlier.kind != later.kind:
                continue
            gap = text[earlier.end : later.start]
            if len(gap) > 90 or _CLAUSE_GAP.search(gap):
                continue
            if (
                later.qualifier is None
                and earlier.qualifier_source == "before"
                and _LIST_GAP.search(gap)
            ):
                later.qualifier, later.qualifier_source = earlier.qualifier, "before"
        for earlier, later in zip(reversed(drafts[:-1]), reversed(drafts[1:]), strict=False):
            gap = text[earlier.end : later.start]
            if (
                earlier.kind == later.kind
                and earlier.qualifier is None
                and later.qualifier_source == "after"
                and len(gap) < 40
                and only_a_joiner(gap)
            ):
                earlier.qualifier, earlier.qualifier_source = later.qualifier, "after"

    # -- records -----------------------------------------------------------------------------
    @staticmethod
    def _record(draft: Draft, source: str, common: dict) -> ClaimBase:
        values = {
            "text": source[draft.start : draft.end],
            "start": draft.start,
            "end": draft.end,
            "low": draft.low,
            "high": draft.high,
            "qualifier": draft.qualifier,
            "rule_id": draft.rule_id,
            **common,
            **draft.fields,
        }
        return CLAIM_MODELS[draft.kind](**values)

    @staticmethod
    def _hardware_record(mention: HardwareMention, source: str, common: dict) -> HardwareClaim:
        source_of_name = "gazetteer." if mention.known else ""
        return HardwareClaim(
            text=source[mention.start : mention.end],
            start=mention.start,
            end=mention.end,
            rule_id=f"hardware.{source_of_name}{mention.record_id}",
            canonical=mention.canonical,
            vendor=mention.vendor,
            category=mention.category,
            generation=mention.generation,
            release_year=mention.release_year,
            memory_gb=mention.memory_gb,
            form_factor=mention.form_factor,
            known=mention.known,
            **common,
        )
