"""What a quantity is to its paper: a result, a setting, or background (claims guide).

The reader is rule-based, from cue words in `rules/context.yaml` (`quantity_roles`), in
this order:

1. a noun right after the value that names a condition (`128K-token inputs`, `15 ms latency
   constraints`, `8x80GB GPUs`) makes it a `setting`;
2. otherwise the words of its clause are read going left from the value, and the first cue
   met decides: `achieving up to 45 Gbit/s` and `with only 2.9 MB` are results, `using 3GB of
   VRAM` a setting, `conventional NAS (e.g. 10^4 GPU hours)` background. A value in
   parentheses is read with the clause the parenthesis explains (`the mobile setting (<600M
   MACs)`). A product's specification (`Each H100 provides 80 GB`) is background unless its
   clause makes the product the paper's own (`our accelerator offers 1.2 TOPS`);
3. with no cue, other amounts are results: what a paper states with no framing is mostly
   what its method achieves or measures. Context lengths and data sizes are settings unless
   a background cue frames them (`models now support context windows exceeding 128K tokens`).

A number between a cue and the value ends the reading: in `a model with 1 trillion parameters
at 502 petaFLOP/s`, `with` belongs to the parameter count.
"""

from __future__ import annotations

import regex

from extract.claims.context import words_of
from extract.match.rules import Context
from extract.text.timed_regex import TimedPattern

# The clause around a value ends at these (a parenthesis is read through, see `role`), and
# at a dash between spaces (`382-980 tokens per question -- three orders of magnitude`).
_CLAUSE_BREAK = TimedPattern(
    r"[;:]|,\s|(?<!\be\.g|\bi\.e)\.\s|\)|\bwhile\b|\bwhereas\b|\bbut\b|\bvs\.?\s|\s-{1,3}\s"
)
# `(16 GB to 80 GB)`, `(e.g., 4K tokens)`: a value opening a parenthesis.
# `i.e.` restates the value before the parenthesis: read with its clause, not as an example.
_LEFT_PARENTHESIS = TimedPattern(
    r"\((?:(?P<example>\s*(?:e\.g\.|for example|for instance),?)|\s*i\.e\.,?)?\s*$"
)
# `For example, training ... on 20 trillion tokens`: a whole sentence given as an example.
# The earlier items of a slash list before a value (`4/8/` of `4/8/16 GB`): they share its cue.
_SLASH_ITEMS = TimedPattern(r"(?:[\d.,]+/)+$")
_EXAMPLE_SENTENCE = TimedPattern(r"\s*(?:for example|for instance|e\.g\.)", flags=regex.IGNORECASE)
# How many words of the phrase after the value may name the condition it is.
SETTING_AFTER_WORDS = 3
# How many words of the clause before the value are read for a cue.
CUE_WORDS_LEFT = 12
# An item of a list (`800Gbps RDMA or 80Gbps`) reads past the item before it when at most
# this many words, one of them a joiner, stand between them.
LIST_GAP_WORDS = 3
_LIST_JOINERS = frozenset({"and", "or"})
# `more than`, `less than`: a bound on the value, read as its qualifier, not as a cue.
_BOUNDS = frozenset({"more", "less", "fewer", "greater", "higher", "lower"})
# Words after a value that say what it measures, at most this many.
METRIC_WORDS = 4


class RoleReader:
    """Reads a quantity's role and metric from its sentence."""

    def __init__(self, context: Context) -> None:
        cues = context.quantity_roles
        self._cue_of: dict[str, str] = {}
        for role in ("background", "setting", "result"):  # a word in two lists: the later wins
            self._cue_of.update((w.lower(), role) for w in cues[role])
        self._setting_use = frozenset(w.lower() for w in cues["setting_use"])
        self._capacities = frozenset(cues["capacity_dimensions"])
        self._setting_after = frozenset(w.lower() for w in cues["setting_after"])
        self._setting_dimensions = frozenset(cues["setting_dimensions"])
        self._specification = frozenset(w.lower() for w in cues["specification"])
        self._own_work = frozenset(w.lower() for w in cues["own_work"])
        self.data_words = frozenset(w.lower() for w in context.quantity_data_words)
        self._metric_stop = frozenset(w.lower() for w in context.quantity_metric_stop_words)
        self._change_nouns = frozenset(w.lower() for w in context.quantity_change_nouns)
        self.rate_denominators = frozenset(w.lower() for w in context.quantity_rate_denominators)
        self.hardware_nouns = frozenset(w.lower() for w in context.quantity_hardware_nouns)

    def role(self, text: str, lo: int, hi: int, start: int, end: int, dimension: str) -> str:
        """`result`, `setting` or `background` for the value at `start:end` of `text[lo:hi]`."""
        after = self._clause_right(text, end, hi)
        if after and after[0].lower() == "of":  # `7GB of VRAM`
            after = after[1:]
        for word in after[:SETTING_AFTER_WORDS]:
            if word.lower() in self._setting_after:
                return "setting"
            if word.lower() in self._metric_stop or word.lower() == "per":
                break  # `tokens/s per GPU`: the device is the metric's scope, no condition
        # Context lengths and data sizes are chosen: only framing as background changes that.
        chosen = dimension in self._setting_dimensions
        window = text[max(lo, start - 200) : start]
        if window.endswith("/"):
            window = _SLASH_ITEMS.sub("", window)
        parenthesis = _LEFT_PARENTHESIS.search(window)
        if parenthesis is not None:
            if parenthesis.group("example"):
                return "background"
            window = window[: parenthesis.start()]  # read the clause the parenthesis explains
        read: list[str] = []
        clause = self._clause_left(window)
        if len(clause) > 1 and clause[-1].lower() == "than" and clause[-2].lower() in _BOUNDS:
            clause = clause[:-2]  # `more than 15 years`: the value's qualifier, no cue
        for word in reversed(clause[-CUE_WORDS_LEFT:]):
            if any(ch.isdigit() for ch in word):
                if len(read) <= LIST_GAP_WORDS and any(w in _LIST_JOINERS for w in read):
                    continue  # `with 800Gbps RDMA or 80Gbps`: a list's items share its cue
                break  # the words before another number belong to its phrase
            lower = word.lower()
            read.append(lower)
            if lower in self._setting_use:
                if dimension in self._capacities:
                    return "setting"
                continue  # `using 3.8 GPU-days for search` spends a cost: read on
            if lower in self._specification:
                own = any(w.lower() in self._own_work for w in clause)
                return "result" if own else "background"
            role = self._cue_of.get(lower)
            if role is not None and not (chosen and role != "background"):
                return role
        if _EXAMPLE_SENTENCE.match(text, lo, hi):
            return "background"
        return "setting" if chosen else "result"

    def metric(self, text: str, hi: int, end: int) -> str | None:
        """The words after the unit that name what is measured (`TPOT`, `per NPU`).

        They run up to a preposition, a verb or a clause break.
        """
        if text[end : end + 8].lstrip().startswith(("(i.e.", "(e.g.")):
            return None  # `2,194 MQueries/s (i.e., 8.8 GB/s)`: the aside restates the value
        words: list[str] = []
        right = self._clause_right(text, end, hi)
        if len(right) > 2 and right[0].lower() in self._change_nouns and right[1] in ("in", "of"):
            right = right[2:]  # `a 100 ms increase in response time`: what changed
        for word in right[:METRIC_WORDS]:
            if word.lower() in self._metric_stop:
                break
            numbered = bool(words) and (words[-1].lower() == "per" or words[-1].isdigit())
            if any(ch.isdigit() for ch in word) and not numbered:
                break  # another value's phrase (`2T tokens took 21 days`), not `per 1,000`
            words.append(word)
        while words and (not any(ch.isalpha() for ch in words[-1]) or words[-1] == "per"):
            words.pop()  # `per NPU <`: a sign that opens the next value
        if words and text.startswith("/", end):
            # `0.23 mJ/inference`; the word after the slash is all the rate's denominator
            words = ["per", words[0]]
        return " ".join(words) or None

    @staticmethod
    def _clause_left(window: str) -> list[str]:
        breaks = list(_CLAUSE_BREAK.finditer(window))
        if breaks:
            window = window[breaks[-1].end() :]
        return words_of(window)

    @staticmethod
    def _clause_right(text: str, end: int, hi: int) -> list[str]:
        window = text[end : min(hi, end + 120)]
        cut = _CLAUSE_BREAK.search(window)
        return words_of(window[: cut.start()] if cut else window)
