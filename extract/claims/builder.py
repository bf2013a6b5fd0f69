"""The build stage: turn raw rule matches into typed claim records.

For each sentence the builder takes the candidates of `matching.match_sentence`, hands each
to its kind (`claims/kinds/`) for the kind's own checks and value reading, keeps the first
accepted candidate where candidates overlap, and then runs the steps every kind shares:
qualifier, lists, and for kinds that compare, direction, metric and baseline.
"""

from __future__ import annotations

import time
from bisect import bisect_right
from dataclasses import dataclass

from extract import messages
from extract.claims.baselines import BaselineReader
from extract.claims.context import (
    ContextReader,
    GuardedPattern,
    aside_change_noun,
    aside_host_words,
    change_noun_of,
    is_change_noun,
    own_change_noun_after,
    words_of,
    words_to_beat_verb,
)
from extract.claims.kinds import kind_classes
from extract.claims.kinds.base import ClaimKind, KindTools, Sentence
from extract.claims.metric_group import group_index, metric_group
from extract.claims.values import Draft
from extract.hardware.gazetteer import Gazetteer, HardwareMention
from extract.match.matching import RawMatch, SpanIndex, match_sentence, triggers_by_sentence
from extract.match.rules import RuleSet
from extract.match.systems import SystemCatalogue, default_systems
from extract.match.vocabulary import NO_METRIC, OTHER
from extract.text.literals import LiteralFinder
from extract.text.normalise import (
    holds_digit,
    normalise_text,
    split_sentences,
    trigger_nines,
    trigger_spellings,
)
from extract.text.timed_regex import REGEX_TIMEOUT, TimedPattern
from schemas import ClaimBase

# All the work on one field stops after this; the paper is kept, its failure recorded.
FIELD_BUDGET_SECONDS = 5.0
# What may open a parenthesis that restates the value before it: `(i.e., 8.8 GB/s)`.
_RESTATING = frozenset({"", "i.e.", "i.e.,", "or", "="})
# The most values an aside holds for a list to read past it (`5.97x (up to 20.75x) ... and`).
ASIDE_VALUES = 4
# Distinct sets of triggers in a sentence are few; the memo of their rules stays bounded.
RULES_TO_RUN_MEMO_SIZE = 4096
_CLAUSE_GAP = GuardedPattern(r";|\bwhile\b|\bwhereas\b|\bbut\b", [";", "while", "whereas", "but"])
# A comparator named between two values closes the first one's claim.
# The words that name a comparator: `than A`, `compared to A`, `vs. A`.
_COMPARATOR = r"compared\s+(?:to|with)|relative\s+to|versus|vs\.?|against|than"
_COMPARATOR_BETWEEN = GuardedPattern(
    r"\b(?:than|compared|versus|vs\.?|relative\s+to|against)\b",
    ["than", "compared", "versus", "vs", "relative", "against"],
)
_ENDS_IN_JOINER = TimedPattern(r"(?:,|\band|\bor)\s*$")
_LIST_GAP = GuardedPattern(r"\band\b|,|\bor\b|/", ["and", ",", "or", "/"])  # `2.4x/4.7x`
# `..., a 3.21x speedup over X`: an item with its own article starts its own phrase.
_OWN_ARTICLE = TimedPattern(r"(?:^|\s)an?\s+\$?$")
# A value's own noun phrase opening after a comma or `with`: `, with per-query costs of `.
_OWN_NOUN_OF = TimedPattern(r"(?:,|\bwith)\s+(?:[A-Za-z][\w-]*\s+){1,3}of\s+[$~]?$")
# A list may mix factors and percentages (`up to 7.5x, 26%, and 14% higher`).
_MIXED_LIST_KINDS = frozenset({"speedup", "percent_change"})
_NOUN_THEN_JOINER = TimedPattern(r"\s+(?:[A-Za-z][\w-]*\s+){1,3}(?:and|or)\s+")
_JOINER_GAP = TimedPattern(r"[\s,]*(?:and|or)?[\s,]*\+?")
# (not the `of` of a count: `the total number of parameters and FLOPS` lists two metrics)
_PREPOSITION = TimedPattern(
    r"\b(?:for|in|on|under|with|at|per)\b|(?<!\b(?:number|amount|count)\s)\bof\b"
)
_METRIC_ITEMS = TimedPattern(r"\s*,\s*(?:and\s+)?|\s+and\s+")


def only_a_joiner(gap: str) -> bool:
    """`_JOINER_GAP.fullmatch(gap)`: commas and spaces around at most one `and` or `or`.

    The next value's plus sign may close it (`by +1.25%, +1.70%, and +2.02%`).

    Read with string methods on printable ASCII (its only space is ` `), else by the regex.
    """
    if not (gap.isascii() and gap.isprintable()):
        return _JOINER_GAP.fullmatch(gap) is not None
    return gap.removesuffix("+").strip(" ,") in ("", "and", "or")


def _time_left(deadline: float, timeout: float) -> float:
    """The regex timeout left before the field's deadline; past it, the field times out."""
    left = deadline - time.monotonic()
    if left <= 0:
        raise TimeoutError(messages.FIELD_BUDGET_SPENT)
    return min(timeout, left)


def _pair_metric_lists(text: str, lo: int, hi: int, drafts: list[Draft]) -> None:
    """`279x and 480x speedups in initialization and query time`: each value its own metric.

    Values that read one metric phrase listing as many items as there are values pair in
    order, when the sentence says `respectively` or the values stand in one list. An item
    that names no group borrows the last item's words after its first (`saving and loading
    times`, `mobile GPU and CPU energy consumption`).
    """
    shared: dict[str, list[Draft]] = {}
    for draft in drafts:
        metric = draft.fields.get("metric")
        if metric and ("," in metric or " and " in metric):
            shared.setdefault(metric, []).append(draft)
    index = group_index()
    for metric, group in shared.items():
        # (`both` says how many: `both clean and perturbed image classification`)
        listed_items = _METRIC_ITEMS.split(metric.removeprefix("both "))
        items = [i.strip() for i in listed_items if i.strip()]
        if len(items) < 2 or len(group) != len(items):
            continue
        if any(_PREPOSITION.search(item) for item in items):
            continue  # `SLO attainment for TPOT and TBT`: the list is inside one phrase
        listed = all(
            only_a_joiner(text[a.end : b.start]) for a, b in zip(group, group[1:], strict=False)
        )
        if not listed and "respectively" not in text[lo:hi]:
            continue
        # (all the last item's words after its own modifier: `mobile GPU and CPU energy
        # consumption` is `mobile GPU energy consumption` and `CPU energy consumption`)
        head = " ".join(items[-1].split()[1:]) or None
        last = len(items) - 1
        for position, (item, draft) in enumerate(zip(items, group, strict=True)):
            # (not twice: `Abs Rel and Sq Rel` holds its head already)
            if (
                head
                and position < last
                and index.group_of(item) is None
                and not item.endswith(head)
            ):
                item = f"{item} {head}"  # the last item is where the head comes from
            draft.fields["metric"] = item
            draft.fields["metric_group"] = metric_group(item)


def _share_list_metric(text: str, drafts: list[Draft]) -> None:
    """A later value of a list that reads no metric takes the one the value before it reads.

    `reduces latency by 25%, 29% and 44%`: each is a decrease of latency, though the phrase
    stands once, before the list. Only values joined by commas, `and` or `or` that move the
    same way in the same group; or, where the phrase names no group (`improves GMV by 1.2%,
    1.7%, and 2.0%`), a later value that read no group either and ends its own phrase (not
    `..., and 2% faster`), which takes the phrase's group too.
    """
    for earlier, later in zip(drafts, drafts[1:], strict=False):
        if (
            earlier.kind != later.kind
            or later.fields.get("metric") is not None
            or earlier.fields.get("metric") is None
            or later.fields.get("direction") != earlier.fields.get("direction")
            or not only_a_joiner(text[earlier.end : later.start])
        ):
            continue
        group = earlier.fields.get("metric_group")
        if later.fields.get("metric_group") == group:
            later.fields["metric"] = earlier.fields["metric"]
        elif (
            group == OTHER
            and later.fields.get("metric_group") == NO_METRIC
            and _ENDS_ITS_PHRASE.match(text, later.end) is not None
        ):
            later.fields["metric"] = earlier.fields["metric"]
            later.fields["metric_group"] = group


# A value's phrase ends right after it: a joiner, a clause's comma or the sentence's end.
_ENDS_ITS_PHRASE = TimedPattern(r"[$}]*\s*(?:[,;.)]|and\b|or\b|$)")


# A qualifier of one or two words written after a value, then the aside's parenthesis.
_QUALIFIER_THEN_ASIDE = TimedPattern(r"[A-Za-z]+(?:\s+[A-Za-z]+)?\s*(?=\()")
# A word, then an aside's parenthesis: `reduction (` of `20--79% reduction (`.
_WORD_THEN_ASIDE = TimedPattern(r"([A-Za-z-]+)\s*(?=\()")
# Where a change holds, then an aside's parenthesis: `in the cache-pressured late rounds (`.
_SETTING_THEN_ASIDE = TimedPattern(r"(?:in|on|for|across|at|under)\s+[^,;()\d]{1,50}?\s*(?=\()")


# `80% less latency compared to A, and over 90% compared to B`: the second value leaves out
# the first one's change and metric, and names only its own comparator.
_COMPARED_THEN_NEXT_VALUE = TimedPattern(
    rf"\b(?:{_COMPARATOR}|over)\b[^;()]*,\s*(?:and\s+)?(?:[a-z]+\s+){{0,2}}$"
)
_OWN_COMPARATOR_NEXT = TimedPattern(rf"\s*(?:{_COMPARATOR})\b")
# `... on the server and 3% on the phone`: the earlier value's setting, then only a joiner.
_SETTING_THEN_NEXT_VALUE = TimedPattern(
    r"\s(?:on|in|for|across)\s+(?:(?!\s(?:on|in|for|across)\s)[^;(),%\d]){1,40}?"
    r"(?:,\s*and|,|\s+and)\s+$"
)
_OWN_SETTING_NEXT = TimedPattern(r"[$}]*\s+(?:on|in|for|across)\s")


def _elided_after_setting(text: str, earlier: Draft, later: Draft) -> bool:
    """Whether only the earlier value's setting and a joiner stand between the two values.

    Not when that phrase holds the earlier value's metric: in `3.1% in ROUGE-L, 4.6% in
    correctness` each value's `in` names its own measure.
    """
    setting = _SETTING_THEN_NEXT_VALUE.search(text, earlier.end, later.start)
    return setting is not None and str(earlier.fields["metric"]) not in setting.group()


def _share_elided_change(text: str, drafts: list[Draft]) -> None:
    """A value that names only its comparator or setting takes the change and metric before.

    Only when that one's own comparator closed its phrase with a comma (or its setting with a
    joiner: `16% more energy-efficient on A and 3% on B`): `over 80% less
    latency compared to A, and over 90% compared to B` is a decrease of latency too.
    """
    for earlier, later in zip(drafts, drafts[1:], strict=False):
        if (
            earlier.kind != later.kind
            or "direction" not in later.fields
            or later.fields.get("metric") is not None
            or earlier.fields.get("metric") is None
        ):
            continue
        if (
            "," in text[earlier.end : later.start]
            and _OWN_COMPARATOR_NEXT.match(text, later.end)
            and _COMPARED_THEN_NEXT_VALUE.search(text, earlier.end, later.start)
        ) or (
            # `16% more energy-efficient on the server and 3% on the Raspberry Pi`: the second
            # names only where it holds
            _OWN_SETTING_NEXT.match(text, later.end) and _elided_after_setting(text, earlier, later)
        ):
            for name in ("direction", "metric", "metric_group"):
                later.fields[name] = earlier.fields.get(name)


# `by a median of 1.6x over A, rising to 1.8x on B`: where the change grows or shrinks to,
# right after the earlier value's phrase.
_MOVES_TO = TimedPattern(
    r"(?r),\s*(?:and\s+)?(?:(?:rising|climbing|growing|increasing|going\s+up|dropping|falling|"
    r"decreasing|shrinking)\s+to|reaching|peaking\s+at)\s+(?:about\s+|around\s+|~\s*)?\$?$"
)


def _moves_to(gap: str) -> bool:
    """Whether the value after `gap` is where the one before it moves to (`, rising to `).

    Only within one clause; a substring test first, as few gaps hold a comma.
    """
    return "," in gap and ";" not in gap and _MOVES_TO.search(gap) is not None


def _share_moved_change(text: str, drafts: list[Draft]) -> None:
    """`reduces latency by 1.6x over A, rising to 1.8x on B`: the 1.8x is that change too.

    It takes the earlier value's direction and metric, whatever the verb `rising` says of
    direction (its comparator it shares as any later value does; not its qualifier: the
    median was the 1.6x's).
    """
    for earlier, later in zip(drafts, drafts[1:], strict=False):
        if (
            earlier.kind == later.kind
            and "direction" in later.fields
            and later.fields.get("metric") is None
            and later.start - earlier.end < 90
            and _moves_to(text[earlier.end : later.start])
        ):
            for name in ("direction", "metric", "metric_group"):
                later.fields[name] = earlier.fields.get(name)


def _share_with_aside(text: str, hi: int, drafts: list[Draft]) -> None:
    """Values in a parenthesis right after a value qualify it: they move the same way.

    `reduces latency by up to 1.67x (average: 1.41x)`: the 1.41x is a decrease too, however
    far the verb is from the aside. A value that alone fills the parenthesis (maybe after
    `i.e.`) restates its host and takes its qualifier too: `up to 60.55 GFLOP/s (30,204
    MTEPS)`.
    """
    for position, host in enumerate(drafts):
        opening = host.end
        while opening < hi and text[opening] in " $}":
            opening += 1
        if host.qualifier_source == "after" and opening < hi and text[opening] != "(":
            # `30% geomean (max 47%)`: the host's qualifier comes between
            written = _QUALIFIER_THEN_ASIDE.match(text, opening, hi)
            opening = written.end() if written else opening
        elif opening < hi and text[opening] != "(" and "direction" in host.fields:
            # `20--79% reduction (median 36.5%)`: the host's own change noun comes between;
            # `by 3.47x in the late rounds (2.3x across all rounds)`: or where it holds
            noun = _WORD_THEN_ASIDE.match(text, opening, hi)
            setting = (
                _SETTING_THEN_ASIDE.match(text, opening, hi)
                if noun is None and "(" in text[opening : opening + 60]
                else None
            )
            if noun and is_change_noun(noun.group(1)):
                opening = noun.end()
            elif setting:
                opening = setting.end()
        if opening >= hi or text[opening] != "(":
            continue
        closing = text.find(")", opening, hi)
        # drafts are sorted by start: the aside's values follow the host
        for draft in drafts[position + 1 :]:
            if closing < 0 or draft.start >= closing:
                break
            if (
                "direction" in draft.fields
                and "direction" in host.fields
                # `(representing an absolute improvement of 2.7%)`, `(up to 738x speedup)`: its
                # own change says
                and change_noun_of(text, opening + 1, draft.start) is None
                and not own_change_noun_after(text, draft.end, closing)
            ):
                draft.fields["direction"] = host.fields["direction"]
            if (
                draft.qualifier is None
                and draft.kind == host.kind
                and text[opening + 1 : draft.start].strip() in _RESTATING
                and not text[draft.end : closing].strip()
            ):
                draft.qualifier, draft.qualifier_source = host.qualifier, host.qualifier_source


def _before_aside(text: str, drafts: list[Draft], position: int) -> int | None:
    """The draft whose qualifier a list passes on to `drafts[position]`, if any.

    The one before it, or, when that one sits in an aside closed before it, the one the aside
    follows; none when no value stands before the aside.

    `average speedups of 5.97x (up to 20.75x) in X and 12.29x`: the 12.29x is an average;
    in `over A (up to 8.08x) and match B (4.05x for vLLM)` the 4.05x is no bound.
    """
    earlier = position - 1
    later = drafts[position].start

    def closed_before(index: int) -> bool:  # (the later value may open an aside of its own)
        closing = text.find(")", drafts[index].end, later)
        opening = text.find("(", drafts[index].end, later)
        return closing >= 0 and (opening < 0 or closing < opening)

    # an aside holds a few values: a bounded walk back keeps a pathological sentence linear
    while earlier > 0 and position - earlier <= ASIDE_VALUES and closed_before(earlier):
        earlier -= 1
    return None if earlier == 0 and closed_before(0) else earlier


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


class ClaimBuilder:
    """Builds every claim record of one text field."""

    def __init__(
        self,
        ruleset: RuleSet,
        gazetteer: Gazetteer,
        regex_timeout: float = REGEX_TIMEOUT,
        field_budget: float = FIELD_BUDGET_SECONDS,
        systems: SystemCatalogue | None = None,
    ):
        self.ruleset = ruleset
        self.gazetteer = gazetteer
        self.baselines = BaselineReader(gazetteer, systems or default_systems(), regex_timeout)
        self.cues = ContextReader(ruleset.context)
        # Rule triggers, hardware-shape triggers and where names start: one pass per field
        # over the view with digits as nines (a name start `a999` is a candidate for `A100`
        # and `A200` alike; the gazetteer's trie decides).
        self._finder = LiteralFinder(
            {"trigger": ruleset.triggers | gazetteer.shape_triggers, **gazetteer.start_literals},
            {"trigger": trigger_spellings},
        )
        self.timeout = regex_timeout
        self.field_budget = field_budget
        # read once here: every field asks, and each is an attribute search of the rule set
        self._every_sentence = ruleset.runs_on_every_sentence
        self._lead_triggers = ruleset.lead_triggers
        self._abbreviations = tuple(ruleset.context.abbreviations)
        self._runnable: dict[tuple[frozenset[str], bool, bool], tuple[int, ...]] = {}
        tools = KindTools(self.cues, gazetteer, ruleset.units, regex_timeout)
        self.kinds: dict[str, ClaimKind] = {
            name: kind(tools) for name, kind in kind_classes().items()
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
        nines = trigger_nines(text)
        hits = self._finder.hits(nines)
        if not hits and not self._every_sentence and self.gazetteer.gated:
            return []  # no trigger and no name start: nothing can match (most titles)
        sentences = split_sentences(text, self._abbreviations)
        present = triggers_by_sentence(hits, sentences)
        name_starts = self.gazetteer.name_starts(hits, text)
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
        if self._every_sentence:
            busy = list(range(len(sentences)))
        else:  # most sentences hold no trigger that starts a rule, no name, and so no claim
            leads = self._lead_triggers
            busy = sorted(
                {i for i, found in enumerate(present) if not leads.isdisjoint(found)}
                | names_in
                | {*mentions_in}
            )
        records: list[ClaimBase] = []
        for index in busy:
            lo, hi = sentences[index]
            orders = self._rules_to_run(
                present[index], index in names_in, holds_digit(nines, lo, hi)
            )
            timeout = _time_left(deadline, self.timeout)
            matches = match_sentence(text, lo, hi, self.ruleset, orders, timeout) if orders else []
            sentence_mentions = mentions_in.get(index, [])
            if not matches and not sentence_mentions:
                continue
            drafts = self._sentence_drafts(text, lo, hi, matches, sentence_mentions, trace)
            common = {"paper_id": paper_id, "field": field_name, "sentence": source[lo:hi]}
            records.extend(self.kinds[d.kind].record(d, source, common) for d in drafts)
            if sentence_mentions:  # most sentences name no hardware: no kind has a record to add
                for kind in self.kinds.values():
                    records.extend(kind.mention_records(sentence_mentions, source, common))
        return records

    def build_paper(self, paper_id: str, fields: list[tuple[str, str]]) -> list[ClaimBase]:
        """Every distinct claim of one paper's (field name, text) pairs, in their order.

        Here rather than in the pipeline: compiled with the builder, the loop over a paper's
        claims costs no interpreter time.
        """
        claims: list[ClaimBase] = []
        seen: set[tuple] = set()
        for field_name, text in fields:
            for claim in self.build(paper_id, field_name, text):
                key = self.identity(claim)
                if key not in seen:
                    seen.add(key)
                    claims.append(claim)
        return self.finish_paper(claims)

    def finish_paper(self, claims: list[ClaimBase]) -> list[ClaimBase]:
        """Every kind's last look at all of a paper's claims."""
        for kind in self.kinds.values():
            claims = kind.finish_paper(claims)
        return claims

    def identity(self, claim: ClaimBase) -> tuple:
        """What makes two claims of one paper the same claim, as the claim's kind says."""
        kind: str = claim.kind  # type: ignore[attr-defined]  # every model has its kind
        return self.kinds[kind].identity(claim)

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
        kept: dict[str, SpanIndex] = {}
        rejected: dict[str, SpanIndex] = {}
        names = SpanIndex()
        for mention in mentions:
            names.add(mention.start, mention.end)
        drafts: list[Draft] = []
        sentence = Sentence(text, lo, hi, mentions)
        for match in matches:
            reason = None
            kind = self.kinds[match.kind]
            kept_here = kept.setdefault(kind.span_group, SpanIndex())
            if kept_here.overlaps(match.start, match.end):
                reason = messages.FILTER_OVERLAP
            elif match.kind in rejected and rejected[match.kind].contains(match.start, match.end):
                reason = messages.FILTER_INSIDE_REJECTED  # `3-5%` a level: its `5%` is too
            elif names.overlaps(match.start, match.start + 1):
                reason = messages.FILTER_HARDWARE_NAME  # the `4090` of `RTX 4090 GPUs`
            else:
                built = kind.check(match, sentence)
                if isinstance(built, str):
                    reason = messages.FILTER_CHECK.format(problem=built)
                    if not isinstance(built, messages.ReadingRejected):
                        rejected.setdefault(match.kind, SpanIndex()).add(match.start, match.end)
                else:
                    kept_here.add(match.start, match.end)
                    for draft in built:
                        self._shared_fields(kind, draft, match, sentence)
                    drafts.extend(built)
            if trace is not None:
                trace.append(
                    MatchEvent(lo, match.rule.rule.id, match.kind, match.start, match.end, reason)
                )
        drafts.sort(key=lambda d: d.start)
        _share_with_aside(text, hi, drafts)
        self._share_list_qualifiers(text, drafts)
        # a comparator after a list is the list's before `respectively` pairs it out
        self.baselines.share_trailing(text, drafts)
        self.baselines.pair_respectively(text, lo, hi, drafts)
        self.baselines.share_leading(text, drafts)
        _pair_metric_lists(text, lo, hi, drafts)
        _share_elided_change(text, drafts)
        _share_moved_change(text, drafts)
        _share_list_metric(text, drafts)
        return drafts

    def _shared_fields(
        self, kind: ClaimKind, draft: Draft, match: RawMatch, sentence: Sentence
    ) -> None:
        """What every kind reads the same way: qualifier, and direction, metric, baseline."""
        text, lo, hi = sentence.text, sentence.lo, sentence.hi
        self._read_qualifier(draft, match, text, lo, hi, kind.compares)
        if (
            draft.qualifier_source == "before"
            and draft.qualifier == "at_least"
            and kind.over_may_mean_across(draft)
            and self.cues.over_is_a_preposition(text, lo, match.start)
        ):
            draft.qualifier = draft.qualifier_source = None  # `vLLM over 8 A100 GPUs`
        if match.group_text(text, "approx"):
            draft.qualifier, draft.qualifier_source = "approx", "inline"
        if kind.compares:
            self._comparison(draft, sentence, default="increase")

    def _read_qualifier(
        self, draft: Draft, match: RawMatch, text: str, lo: int, hi: int, compares: bool
    ) -> None:
        # read in order of precedence, each only when the ones before found nothing
        inline = match.group_text(text, "qual")
        qualifier = self.cues.inline_qualifier(inline) if inline else None
        if qualifier:
            draft.qualifier, draft.qualifier_source = qualifier, "inline"
            return
        if match.group_text(text, "plus"):
            draft.qualifier, draft.qualifier_source = "at_least", "inline"
            return
        before = self.cues.qualifier_before(text, lo, match.start)
        if before:
            draft.qualifier, draft.qualifier_source = before, "before"
            return
        after = self.cues.qualifier_after(text, match.end, hi, closing_phrase=compares)
        if after:
            draft.qualifier, draft.qualifier_source = after, "after"
        elif compares and self.cues.opens_on_average(text, lo, match.start):
            draft.qualifier, draft.qualifier_source = "average", "sentence"

    def _comparison(self, draft: Draft, sentence: Sentence, default: str) -> None:
        text, lo, hi = sentence.text, sentence.lo, sentence.hi
        draft.fields["direction"] = (
            self.cues.direction(text, lo, hi, draft.start, draft.end) or default
        )
        metric = self.cues.metric(text, lo, hi, draft.start, draft.end)
        draft.fields["metric"] = metric
        start, end = draft.start, draft.end

        def right() -> str:
            # the value's own words first: `speedup of 1.8` is a speed, whatever follows; so is
            # the change its aside sizes (`speed-ups (up to 5x) with no accuracy drop`)
            inside = [w for w in words_of(text[start:end]) if w.replace("-", "").isalpha()]
            host = aside_change_noun(text, lo, start)
            inside = [host, *inside] if host else inside
            return " ".join(inside + ContextReader.phrase_words_right(text, end, hi, 6))

        draft.fields["metric_group"] = metric_group(
            metric,
            right,
            # (past the aside the value opens: `energy consumption (up to 40%)`)
            lambda: words_to_beat_verb(
                ContextReader._words_left(text, lo, start, 30)
                + aside_host_words(text, lo, start, 30)
            ),
            draft.fields.get("unit"),
            text[lo:hi],
        )
        baseline = self.cues.baseline(text, lo, hi, draft.start, draft.end)
        if baseline is None:
            draft.fields["baseline"] = None
            return
        draft.fields.update(self.baselines.fields(baseline))

    # -- lists -------------------------------------------------------------------------------
    def _share_list_qualifiers(self, text: str, drafts: list[Draft]) -> None:
        """A qualifier written once before (or after) a list applies to all of it."""
        for position in range(1, len(drafts)):
            later = drafts[position]
            passing = _before_aside(text, drafts, position)
            if passing is None:
                continue
            earlier = drafts[passing]
            gap = text[earlier.end : later.start]
            if earlier.kind != later.kind and not (
                # a mixed list shares across bare joiners (`up to 7.5x, 26%, and 14%`) or the
                # first item's own noun (`up to 1.3x speedup and 73% lower energy`)
                earlier.kind in _MIXED_LIST_KINDS
                and later.kind in _MIXED_LIST_KINDS
                and (only_a_joiner(gap) or _NOUN_THEN_JOINER.fullmatch(gap) is not None)
            ):
                continue
            if len(gap) > 90 or _CLAUSE_GAP.search(gap) or _OWN_ARTICLE.search(gap):
                continue
            if _moves_to(gap):
                continue  # `by a median of 1.6x, rising to 1.8x`: the median is the 1.6x's
            if self.cues.clause_verb.search(gap):
                continue  # `by up to 19x, speeds up X by 15x`: a clause of its own
            if " of " in gap and (
                change_noun_of(text, earlier.end, later.start) is not None
                or _OWN_NOUN_OF.search(gap)
            ):
                # `speedups of up to 5x, with typical gains of 2x`, `in under 60 seconds, with
                # per-query costs of $0.02`: its own noun's value
                continue
            if _COMPARATOR_BETWEEN.search(gap) and not _ENDS_IN_JOINER.search(gap):
                # `up to 8.5x higher X than A, and delivers 2.24x`: a claim of its own; but
                # `average speedups of 9.9x against A and 71.3x with respect to B` is one list
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
