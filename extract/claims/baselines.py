"""What a comparison is against: the baseline span, its system or hardware, and lists.

The claims guide's baseline is the comparator named in the same sentence, the shortest span
that names it. A class that introduces named systems gives way to the names (`existing
compilers like Triton and Ladder` is `Triton and Ladder`; `two GPU methods (cuSPARSE,
Magicube)` is `cuSPARSE, Magicube`), and lower-case descriptors before a software name are
dropped (`the state-of-the-art work FlightLLM` is `FlightLLM`); a hardware baseline keeps its
words (`a 64-core AMD EPYC 7713 CPU`). With `respectively`, values and the named baselines
pair in order.
"""

from __future__ import annotations

import regex

from extract.claims.values import Draft
from extract.hardware.gazetteer import Gazetteer
from extract.match.systems import SystemCatalogue
from extract.text.timed_regex import TimedPattern

_CLASS_INTRO = TimedPattern(
    # not the `-like` of `SSD-like designs`
    r"(?<![\w-])(?:like|such as|including|e\.g\.,?|namely)\s+(?P<named>\S.*)$",
    regex.IGNORECASE,
)
# `state-of-the-art systems (vLLM, SGLang)`; not `HuggingFace (without SD)`, whose parenthesis
# opens with a lower-case word: a condition, not names
_TRAILING_NAMES = TimedPattern(
    r"\((?:(?:e\.g\.|i\.e\.),?\s*)?(?P<named>(?![a-z]+\s)[^()]*[A-Z][^()]*)\)\s*$"
)
# (not inside a parenthesis: `MRC (Devlin et al., 2019)` is one item)
_LIST_ITEMS = TimedPattern(r"\s*(?:,\s*and\s+|,\s*or\s+|,\s*|\s+and\s+|\s+or\s+)(?![^()]*\))")
# A parenthesis that cites (an `et al.` or a year) or points to a part of the paper (`over
# EAGLE2 (Table 5)`), closed or cut off by the span's end.
_CITATION = TimedPattern(
    r"\s*\([^()]*(?:\bet\s+al\b|\b(?:19|20)\d\d[a-z]?\b|[A-Za-z]\s?'\d\d\b|"
    r"\b(?:Tables?|Fig(?:ures?|s?\.)|Sec(?:tions?|s?\.)|Appendix|Eqs?\.)\s*[\dA-Z])[^()]*(?:\)|$)"
)
_WORD = TimedPattern(r"\S+")
# What stands between a comparator and the value that sizes it: ` by up to `, ` by +`; the
# rest of the aside the comparator stands in and a setting may come first (`decoders (MLP,
# CVAE) on error by `).
_BY_ITS_VALUE = TimedPattern(
    r"(?:[^()\d]{0,60}\))?(?:\s+(?:on|in|for|across|at|with)\s+[^,;()\d]{1,50}?)?"
    r"\s+by\s+[^\d,;()]{0,24}"
)
# A semicolon an aside holds, closed later (`(tight: +2.0 pp; loose: +3.5 pp)` lists inside one).
_IN_AN_ASIDE = TimedPattern(r"[^()]*\)")
_INDEFINITE = TimedPattern(r"an?\s", regex.IGNORECASE)
# Words that end the phrase a name heads: what follows them is no noun of the name's.
_RUN_STOPS = frozenset(["than", "on", "with", "for", "in", "at", "by", "of", "over", "to", "from"])
# (LaTeX may close and open a value around the joiner: `$4.3\times$, $2.7\times$`)
_LIST_JOINER = TimedPattern(r"[$}]*\s*(?:,\s*and|,|and|or|/)\s*\$?")
# `respectively` closing a list of values, at most a few words after its last (`by 1.8x and
# 1.4x in throughput, respectively`)
_THEN_RESPECTIVELY = TimedPattern(r"[^,;.]{0,40}?,?\s*\(?respectively\b")
# Between two values of one list: a joiner, maybe after an aside (`9.93x (FP32)/14.4x`).
_LISTED_WITH = TimedPattern(r"[$}]*\s*(?:\([^()]*\)\s*)?(?:,\s*and|,|and|or|/)\s*\$?")
_VERSION = TimedPattern(r"v?\d+(?:\.\d+)*[a-z]?")
# A size that describes a class: `7B-scale peers`, `70B-class models`, `1B-parameter`.
_SIZE_OF_A_CLASS = TimedPattern(r"\d+(?:\.\d+)?[KMBT]-(?:scale|sized?|class|param(?:eter)?s?)\b")
_THAN_NEXT = TimedPattern(
    r"\s+(?:[a-z]+\s+){0,2}?(?:faster|slower|higher|lower|better|smaller|"
    r"larger|less|more|fewer|cheaper)\s+(?:[a-z]+\s+)?than\s"
)


# Baseline spans whose fields a process keeps (see `BaselineReader.fields`): a few megabytes.
RESOLVED_MEMO_SIZE = 10_000
# What a shared comparator carries from one value to another.
_BASELINE_FIELDS = ("baseline", "baseline_system", "baseline_hardware")


class BaselineReader:
    """Trims a baseline span to what it names and resolves its system or hardware."""

    def __init__(self, gazetteer: Gazetteer, systems: SystemCatalogue, timeout: float):
        self.gazetteer = gazetteer
        self.systems = systems
        self.timeout = timeout
        self._resolved: dict[str, dict] = {}

    def fields(self, baseline: str | None) -> dict:
        """`baseline`, `baseline_hardware` and `baseline_system` of a baseline span.

        The dict is shared between calls: read it, do not change it. Spans recur (a list's
        values share one; `vLLM` and `the baseline` stand in many papers) and resolving one
        reads the gazetteer and the systems catalogue, so each is resolved once per process
        (the first `RESOLVED_MEMO_SIZE` of them).
        """
        if not baseline:
            return {"baseline": None}
        resolved = self._resolved.get(baseline)
        if resolved is None:
            resolved = self._resolve(baseline)
            if len(self._resolved) < RESOLVED_MEMO_SIZE:
                self._resolved[baseline] = resolved
        return resolved

    def _resolve(self, baseline: str) -> dict:
        """What `fields` gives for a span, worked out afresh."""
        if "  " in baseline:  # `the full-precision  variant`: each gap one space
            baseline = " ".join(baseline.split())
        if "(" in baseline:  # `MRC (Devlin et al., 2019)`: a citation names no comparator
            for _ in range(2):  # a year inside it first: `QTIP (Tseng et al. (2024b))`
                baseline = _CITATION.sub("", baseline).strip() or baseline
        hardware = self.gazetteer.find(baseline, timeout=self.timeout)
        if not hardware:
            baseline = self.trimmed(baseline)
        named = self.system_named(baseline)
        first_hardware = hardware[0].start if hardware else len(baseline)
        return {
            "baseline": baseline,
            "baseline_hardware": hardware[0].canonical if hardware else None,
            # the first thing the span names: `EPLB on ... 8 A100 GPUs` is EPLB
            "baseline_system": named[0] if named and named[1] < first_hardware else None,
        }

    def system_named(self, baseline: str) -> tuple[str, int] | None:
        """The system a baseline names and where: the catalogue's name, else as written.

        A word shaped like a name (`FlightLLM`, `TACO`) counts when the catalogue does not
        know it: a system it lacks is still the system the paper names.
        """
        known = self.systems.find_at(baseline)
        if known is not None:
            return known
        if _INDEFINITE.match(baseline):
            return None  # `a standard SA`: one of a kind, not a named system
        words = list(_WORD.finditer(baseline))
        for index, match in enumerate(words):
            word = match.group().strip(",;:()").removesuffix("'s")  # `ROAM's best results`
            following = [w.group() for w in words[index + 1 :]]
            if (
                word != word.lower()
                and "(" not in word  # `the best O(1) baseline`: a complexity, no name
                and not _SIZE_OF_A_CLASS.match(word)
                and self.systems.is_name(word)
                and not self._qualifies_a_class(following)
                # `the i7-8700K CPU`: a device's name, hardware
                and not (
                    following and following[0].strip(",;:()").lower() in self.systems.device_nouns
                )
            ):
                return word, match.start()
        word = baseline.strip(",;:() ")
        if word[:1].isupper() and word.isalpha() and not self.systems.is_descriptor(word):
            return word, 0  # a baseline of one capitalised word names it: `Ecco`, `Orca`
        return None

    def _qualifies_a_class(self, rest: list[str]) -> bool:
        """The words after a name run on to a class's noun: `LC systems`, `NoDG and FuDG systems`.

        Other names, `and`, `or` and plain words may come between (`ODL software frameworks`);
        a preposition or the phrase's end (`,`) stops the run.
        """
        for word in rest[:4]:
            bare = word.rstrip(",;:)")
            if bare.lower() in self.systems.class_nouns:
                return True
            if bare != word or bare.lower() in _RUN_STOPS:
                return False
        return False

    def trimmed(self, baseline: str) -> str:
        """The named part of a software baseline (see the module's docstring)."""
        if ", as well as " in baseline:  # `compilers like A and B, as well as kernels such as C`
            return ", ".join(self.trimmed(part) for part in baseline.split(", as well as "))
        if _INDEFINITE.match(baseline) and self.systems.find_at(baseline) is None:
            return baseline  # `a standard SA`: one of a kind, its words all describe it
        introduced = _CLASS_INTRO.search(baseline)
        if introduced:
            return introduced.group("named").strip(" ()")
        listed = _TRAILING_NAMES.search(baseline)
        if listed:
            return listed.group("named").strip()
        words = [m.group() for m in _WORD.finditer(baseline)]
        for index, word in enumerate(words):
            if any(ch.isupper() for ch in word) and (
                self.systems.is_name(word)
                # generic words joined name a design when they head the span: `the prior
                # accelerators HBM-PIM` (a design of hardware: no baseline_system)
                or (("-" in word or "/" in word) and self.systems.is_descriptor(word))
            ):
                rest = words[index + 1 :]
                # the name is the head of the span (nothing, a version or a parenthesis comes
                # next): `the state-of-the-art work FlightLLM`; `GPU/NMP designs` is a class
                if index and all(_VERSION.fullmatch(w) or w.startswith("(") for w in rest[:1]):
                    return " ".join(words[index:])
                return baseline
            if word != word.lower() and not self.systems.is_descriptor(word):
                break  # a capitalised word that names no system: keep the span as written
        return baseline

    @staticmethod
    def share_trailing(text: str, drafts: list[Draft]) -> None:
        """A comparator named after a list of values is every earlier value's without one.

        `up to 2x higher throughput, 9x lower TTFT ... compared to X`: both compare with X. When
        the later values name comparators of their own (`by 58% and ... 3.3x against A and
        4.1x against B`), none is the earlier value's, unless it stands in the next value's
        list (`9.93x (FP32)/14.4x (FP64) against A`), and one that a later value sizes with its
        `by` (`outperforming A by 2.4%`) is that value's alone.
        """
        following: dict[str, object] | None = None
        nearest: Draft | None = None
        named_later: set[str] = set()
        for index in range(len(drafts) - 1, -1, -1):
            draft = drafts[index]
            fields: dict = draft.fields
            if "baseline" not in fields:
                continue  # not a comparison
            if nearest is not None and _ends_a_clause(text, draft.end, nearest.start, draft.end):
                # (`at 11x lower cost; (3) ...; and (4) A is better than B`: not past a clause)
                following, named_later = None, set()
            if fields["baseline"] is None and following is not None:
                listed = nearest is not None and _LISTED_WITH.fullmatch(
                    text, draft.end, nearest.start
                )
                if len(named_later) == 1 or listed:
                    fields.update(following)
            elif fields["baseline"] is not None:
                # (one the value sizes with its `by` is that value's alone: `improves accuracy
                # by 5.2%, outperforming GPT-4 by 2.4%`)
                named = text.rfind(fields["baseline"], 0, draft.start)
                own = named >= 0 and _BY_ITS_VALUE.fullmatch(
                    text, named + len(fields["baseline"]), draft.start
                )
                following = None if own else {name: fields.get(name) for name in _BASELINE_FIELDS}
                named_later.add(fields["baseline"])
            nearest = draft

    @staticmethod
    def share_leading(text: str, drafts: list[Draft]) -> None:
        """A value with no comparator of its own compares with the one named before it.

        `3.1% better accuracy than MobileNetV2, while being 1.2x faster`: both against it;
        not past a semicolon (`below the rank-32 baseline; (2) ... 2.5-4x larger`), unless it
        parts the items a colon after the comparator lists (`surpasses A: +3.55% mAP in clear
        weather ...; for far objects, gains are +3.33%`).
        """
        earlier: dict[str, object] | None = None
        named_end = previous_end = 0
        for draft in drafts:
            fields: dict = draft.fields
            if "baseline" not in fields:
                continue
            if earlier is not None and _ends_a_clause(text, previous_end, draft.start, named_end):
                earlier = None
            previous_end = draft.end
            if fields["baseline"] is None and earlier is not None:
                fields.update(earlier)
            elif fields["baseline"] is not None:
                earlier = {name: fields.get(name) for name in _BASELINE_FIELDS}
                named = text.rfind(fields["baseline"], 0, draft.start)
                named_end = named + len(fields["baseline"]) if named >= 0 else draft.start

    def pair_respectively(self, text: str, lo: int, hi: int, drafts: list) -> None:
        """`1.9x and 2.3x over A and B, respectively`: each value gets its own baseline.

        Values that share one baseline naming as many items as there are values (or a whole
        share of them each: `1.7x/2.0x and 1.9x/2.7x ... A and B, respectively`) pair in order;
        several lists of as many values as items each pair with the items in turn. Without
        `respectively`, only one list of values right before as many items pairs (`up to 3.92x
        and 1.45x faster than A and B`).
        """
        respectively = "respectively" in text[lo:hi]
        shared: dict[str, list] = {}
        for draft in drafts:
            baseline = draft.fields.get("baseline")
            if baseline:
                shared.setdefault(baseline, []).append(draft)
        for baseline, group in shared.items():
            items = _with_shared_head([i for i in _LIST_ITEMS.split(baseline) if i.strip()])
            if len(items) < 2 or len(group) < len(items):
                continue
            ordered = sorted(group, key=lambda d: d.start)
            if respectively and _metrics_listed_nearer(text, baseline, ordered, len(items)):
                continue
            runs = _runs(text, ordered)
            if respectively and len(runs) > 1 and all(len(run) == len(items) for run in runs):
                # `1.9%, 1.3% and 3.6% higher accuracy with 6.2x, 2.9x and 1.9x lower latency
                # than A, B and C, respectively`, even where `respectively` closes the last list
                # only (`speedups of 8.2x and 4.7x, and energy savings of 9.3x and 5.2x`): each
                # list pairs with the items in turn
                for run in runs:
                    for item, draft in zip(items, run, strict=True):
                        draft.fields.update(self.fields(item))
                continue
            # `Compared with A and B, it raises X by 1.8x and 1.4x respectively while cutting
            # Y by 63%`: the one list `respectively` closes pairs; the other values share
            closed = _closed_by_respectively(text, hi, runs, len(items)) if respectively else []
            for item, draft in zip(items, closed, strict=False):
                draft.fields.update(self.fields(item))
            if closed or len(group) % len(items):
                continue
            if not respectively and not (
                len(runs) == 1
                and len(ordered) == len(items)
                and _compared_right_after(text, ordered)
            ):
                continue
            share = len(group) // len(items)
            for position, draft in enumerate(ordered):
                draft.fields.update(self.fields(items[position // share]))


def _metrics_listed_nearer(text: str, baseline: str, drafts: list, size: int) -> bool:
    """Whether the values' shared metric lists `size` items nearer them than their comparator.

    `outperforms A and B baselines, improving X and Y by 2.15% and 4.29%, respectively`: the
    `respectively` pairs the values with the metrics, and both compare with A and B baselines.
    """
    metric = drafts[0].fields.get("metric")
    if not metric or any(d.fields.get("metric") != metric for d in drafts):
        return False
    if len([i for i in _LIST_ITEMS.split(metric) if i.strip()]) != size:
        return False
    first = drafts[0].start
    return text.rfind(metric, 0, first) > text.rfind(baseline, 0, first)


def _ends_a_clause(text: str, start: int, end: int, listed_from: int) -> bool:
    """Whether a semicolon stands in `text[start:end]` that no aside holds, nor a colon's list.

    The list is a colon's after `listed_from` (where the comparator was named).
    """
    at = text.find(";", start, end)
    while at >= 0:
        if _IN_AN_ASIDE.match(text, at + 1) is None and text.find(":", listed_from, at) < 0:
            return True
        at = text.find(";", at + 1, end)
    return False


def _with_shared_head(items: list[str]) -> list[str]:
    """`GPU and CPU baseline`: names listed before a common noun each take the noun.

    Only bare names (one word with a capital) borrow, and only a lower-case head after one
    name: `vLLM and the TGI server` keeps its items as written.
    """
    *earlier, last = items
    words = last.split()
    if (
        not earlier
        or len(words) != 2
        or not (words[1].isalpha() and words[1].islower())
        or any(len(item.split()) != 1 or item.islower() for item in [*earlier, words[0]])
    ):
        return items
    return [f"{item} {words[1]}" for item in earlier] + [last]


def _compared_right_after(text: str, drafts: list) -> bool:
    """The list of values ends right before its comparative and `than`.

    `3.92x and 1.45x faster than A and B`: the comparators listed next are the values' in order.
    """
    return bool(_THAN_NEXT.match(text, drafts[-1].end))


def _closed_by_respectively(text: str, hi: int, runs: list[list], size: int) -> list:
    """The one list of `size` values with `respectively` right after it, or none."""
    closed = [
        run
        for run in runs
        if len(run) == size and _THEN_RESPECTIVELY.match(text, run[-1].end, hi) is not None
    ]
    return closed[0] if len(closed) == 1 else []


def _runs(text: str, drafts: list) -> list[list]:
    """The drafts in lists of values: neighbours joined only by a comma, `and`, `or` or `/`."""
    runs: list[list] = []
    for draft in drafts:
        if runs and _LIST_JOINER.fullmatch(text, runs[-1][-1].end, draft.start):
            runs[-1].append(draft)
        else:
            runs.append([draft])
    return runs
