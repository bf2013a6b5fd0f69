"""A comparison's metric group: decided from its metric phrase or the words beside its value.

The vocabulary (`rules/metric_groups.yaml`, validated by `extract.match.vocabulary`) lists
groups in the order they are tried. Words match whole, plurals included (`latency`,
`latencies`; `time`, `times`), so `nfe` is not found in `inference` nor `time` in `timing`.
This runs for every comparison claim, so the words are looked up in a dictionary of word
sequences rather than searched for with a regex per group.
"""

from __future__ import annotations

from collections.abc import Callable
from functools import lru_cache

from extract.claims.values import WORD_NUMBERS
from extract.match.vocabulary import NO_METRIC, OTHER, metric_groups
from extract.text.regex_cache import compile_pattern

# A word: letters and digits, joined by `/` or `.` (`tokens/s`, `gops/w`), or a `$`.
# A hyphen separates words, in the text and in the vocabulary alike (`cost-effective` names
# cost; `time-to-first-token` is four words in a row), and so does the `@` of a cut-off
# (`nDCG@10` names nDCG, `pass@1` is two words in a row).
_TOKEN = compile_pattern(r"[a-z0-9]+(?:[/.][a-z0-9]+)*|\$")
# Metric phrases whose group a process keeps (see `GroupIndex.group_of`).
GROUP_MEMO_SIZE = 10_000
# `times` beside a value is its sign (`3x and 4 times`), not the metric `time`.
_SIGNS = frozenset({"times", "x", "X", "\\times"})
# A count of operations as written with its lower-case `s` (`31% fewer GFLOPs`) is a cost; the
# folded word is also a rate's (`GFLOPS`, throughput).
_OPERATION_COUNT = compile_pattern(r"\b[KMGTP]?FLOPs\b")


def _tokens(text: str) -> list[str]:
    # (pos, endpos, overlapped, concurrent): concurrent=False keeps the GIL, see timed_regex
    return _TOKEN.findall(text.lower(), None, None, False, False)


def _singular(word: str) -> str:
    """`latencies` -> `latency`, `times` -> `time`, `boxes` -> `box`; others unchanged."""
    if word.endswith("ies") and len(word) > 4:
        return word[:-3] + "y"
    if word.endswith("es") and word[-3:-2] in ("s", "x", "h"):
        return word[:-2]
    if word.endswith("s") and not word.endswith("ss"):
        return word[:-1]
    return word


class GroupIndex:
    """Word sequences of the vocabulary, each to the position of its entry."""

    groups: list[str]
    index: dict[tuple[str, ...], int]
    # The most tokens of a sequence that starts with a token: most tokens start none, and
    # a phrase of thirty words is looked up at the few that do.
    longest_from: dict[str, int]
    _group_memo: dict[str, str | None]

    def __init__(
        self, entries: list[tuple[str, list[str]]], only_as_head: frozenset[int] = frozenset()
    ) -> None:
        self.groups = [group for group, _ in entries]
        self._group_memo = {}
        # positions of the entries whose words count only where a metric phrase ends
        self.only_as_head = only_as_head
        self.index = {}
        for position, (_, words) in enumerate(entries):
            for word in words:
                self.index.setdefault(tuple(_tokens(word)), position)
        self.longest_from = {}
        for key in self.index:
            if key:
                self.longest_from[key[0]] = max(self.longest_from.get(key[0], 0), len(key))
        # the same for a sequence's first word in the plural: the three spellings `_singular`
        # takes back to it, so no token needs its singular made to be looked up
        for word, longest in list(self.longest_from.items()):
            for plural in (word + "s", word + "es", word[:-1] + "ies"):
                if plural != word and _singular(plural) == word:
                    self.longest_from[plural] = max(self.longest_from.get(plural, 0), longest)

    def _best(
        self, tokens: list[str], distances: list[int], whole_phrase: bool = False
    ) -> tuple[int, int] | None:
        """(distance, entry) of the nearest, then first-listed, word sequence in `tokens`.

        When `tokens` are a whole metric phrase, an `only_as_head` entry counts at its end.
        """
        best: tuple[int, int] | None = None
        count = len(tokens)
        for i in range(count):
            # most tokens start no sequence: one lookup (plurals included) says so
            longest = self.longest_from.get(tokens[i], 0)
            for end in range(i + 1, min(i + longest, count) + 1):
                entry = self.index.get(tuple(tokens[i:end]))
                if entry is None:  # a sequence's last word may be written in the plural
                    last = _singular(tokens[end - 1])
                    if last != tokens[end - 1]:
                        entry = self.index.get((*tokens[i : end - 1], last))
                # (a head after `per` is what is divided by: `cost-per-error` is a cost)
                if entry is not None and not (
                    whole_phrase
                    and entry in self.only_as_head
                    and (end < count or (i > 0 and tokens[i - 1] == "per"))
                ):
                    candidate = (max(distances[i:end]), entry)
                    if best is None or candidate < best:
                        best = candidate
        return best

    def group_of(self, phrase: str) -> str | None:
        """The first-listed group one of whose words is in `phrase`, or None.

        An `only_as_head` entry's words count only as the phrase's last words. Metric
        phrases recur (`throughput`, `end-to-end latency`), so each phrase's group is worked
        out once per process (the first `GROUP_MEMO_SIZE` phrases).
        """
        if phrase in self._group_memo:
            return self._group_memo[phrase]
        tokens = _tokens(phrase)
        best = self._best(tokens, [0] * len(tokens), whole_phrase=True)
        if best is None and "/" in phrase:
            # a slash joins measures as well as a rate's parts: `memory/energy` is the first's
            # (`P2P throughput/latency` throughput)
            for part in phrase.split("/"):
                tokens = _tokens(part)
                best = self._best(tokens, [0] * len(tokens), whole_phrase=True)
                if best is not None:
                    break
        found = self.groups[best[1]] if best is not None else None
        if len(self._group_memo) < GROUP_MEMO_SIZE:
            self._group_memo[phrase] = found
        return found

    def nearest(self, words: list[str], leftward: bool = False) -> str | None:
        """The group named nearest the value in `words` (nearest first).

        `speed` is the vaguest group: a more specific one written right beside it wins
        (`throughput acceleration`, `inference throughput`; `decode speedup` stays speed).
        """
        words = [w for w in words if w not in _SIGNS]
        ordered = list(reversed(words)) if leftward else words  # text order
        tokens: list[str] = []
        distances: list[int] = []
        for position, word in enumerate(ordered):
            distance = len(words) - 1 - position if leftward else position
            lowered = word.lower()
            if lowered.isascii() and lowered.isalnum():  # most words: one token, as written
                tokens.append(lowered)
                distances.append(distance)
                continue
            for token in _tokens(word):
                tokens.append(token)
                distances.append(distance)
        best = self._best(tokens, distances)
        if best is None:
            return None
        found = self.groups[best[1]]
        if found == NO_METRIC and best[0] + 1 < len(words):
            modifier = self.group_of(words[best[0] + 1])
            return modifier if modifier is not None and modifier != OTHER else found
        return found


@lru_cache(maxsize=1)
def group_index() -> GroupIndex:
    """The packaged vocabulary's index, built once per process."""
    entries = metric_groups().groups
    return GroupIndex(
        [(entry.group, list(entry.words)) for entry in entries],
        frozenset(position for position, entry in enumerate(entries) if entry.only_as_head),
    )


@lru_cache(maxsize=1)
def accuracy_context() -> frozenset[str]:
    """The packaged words that make a generic percent change one of accuracy."""
    return frozenset(w.lower() for w in metric_groups().accuracy_context)


@lru_cache(maxsize=1)
def size_comparatives() -> frozenset[str]:
    """The packaged comparatives that say a size changed (`larger`), right after a value."""
    return frozenset(w.lower() for w in metric_groups().size_comparatives)


@lru_cache(maxsize=1)
def machine_heads() -> frozenset[str]:
    """The packaged last words that make a metric phrase of no group one of cost."""
    return frozenset(w.lower() for w in metric_groups().machine_heads)


# Comparatives of speed: what they qualify got faster, whatever its modifiers name.
_SPEED_COMPARATIVES = frozenset({"faster", "quicker", "slower"})
# Metrics no finer than the `speed` group's vaguest words.
_GENERIC_METRICS = frozenset({"performance", "improvement", "improvements", "gain", "gains"})
# Words right after a value that name its speed outright, whatever datasets the sentence
# names: `up to 40% speedup gains compared to Hogwild! on sparse datasets`.
_SPEED_NAMES = frozenset(
    {"speedup", "speedups", "speed-up", "speed-ups", "faster", "quicker", "acceleration"}
)


def metric_group(
    metric: str | None,
    right: Callable[[], str] | None = None,
    left: Callable[[], list[str]] | None = None,
    unit: str | None = None,
    sentence: str = "",
) -> str:
    """The group of a claim: from its metric phrase, else the words around its value.

    `right` gives the text right after the value (`speedup` in `1.7x decode speedup`) and
    `left` the words before it, nearest first, each asked for only when needed: most claims
    have a metric phrase of some group, and the words cost a scan. The first that names a
    group decides; a claim whose metric names none is `other`, one with no metric and no
    group word near it `speed`, or `accuracy` for percentage points (`+14.5pp across six
    benchmarks`).
    """
    index = group_index()
    named = metric is not None and bool(metric.strip())
    found = index.group_of(metric) if metric is not None and named else None
    if found == "throughput" and _OPERATION_COUNT.search(metric or ""):
        found = "cost"
    if found == "speed" and unit == "pp" and (metric or "").split()[-1].lower() in _GENERIC_METRICS:
        found = "accuracy"  # `BoolQ performance by 18.1 points`: points of a score, no speed
    if found is not None and right is not None and _sped_up_activity(metric or "", right):
        found = "speed"  # `14x faster parameter saving`: the saving got faster, no size changed
    if found is None and named:
        # machines counted are plural: `GPU` alone is a modifier cut from its noun
        last = _tokens(metric or "")[-1:]
        if last and last[0].endswith("s") and _singular(last[0]) in machine_heads():
            found = "cost"  # `50% fewer GPUs`
    if (
        found in (None, "cost")
        and named
        and left is not None
        and _sped_up_object(metric or "", left())
    ):
        # `speed up the process by 50 times`, `accelerates computations by a factor of 6`: the
        # process got faster, no computation was spent less
        found = "speed"
    right_words = right().split() if found is None and right is not None else []
    if right_words and (named or unit == "pp"):
        # what a named metric or points are measured in stands before their comparator:
        # `17.67 points over direct task-specific post-training` moves no training speed,
        # `improves QoA by 58% over baselines at comparable cost` no cost
        right_words = _before_comparator(right_words)
    if found is None and not named and _size_compared(right_words):
        found = "size"  # `a 680x larger dataset`, `two orders of magnitude larger`
    if found is None:
        found = index.nearest(right_words)
    if found is None and unit == "pp":
        # points move scores and rates, not speeds, whatever is named further off to the left
        # (`Transformer with Memory Replay can achieve at least 1% point increase`)
        return "accuracy"
    if found is None and not named:
        # a metric phrase of no group is not overruled by a word further off to the left
        # (`with 1.5 trillion parameters, improve metrics in online A/B tests by 12.4%`)
        found = index.nearest(left() if left is not None else [], True)
    group = found if found is not None else (OTHER if named else NO_METRIC)
    if (
        group == NO_METRIC
        and unit == "%"
        # no metric, or one whose head is generic (`boosts Tester performance by 68.90%`)
        and (not named or (metric or "").split()[-1].lower() in _GENERIC_METRICS)
        and not (right_words and right_words[0].lower() in _SPEED_NAMES)
        and _in_accuracy_context(sentence)
    ):
        return "accuracy"  # `a maximum gain of 8.0% on the CIFAR-100 dataset`
    return group


def _in_accuracy_context(sentence: str) -> bool:
    """Whether the sentence names a benchmark or a score, in the singular or not (`WERs`)."""
    tokens = set(_tokens(sentence))
    context = accuracy_context()
    return not context.isdisjoint(tokens) or not context.isdisjoint(map(_singular, tokens))


# The words a factor or a range of factors is written in (`four times`, `an order of
# magnitude`, `2.5 to 4 times`), as `right` gives them before the words after it.
_FACTOR_WORDS = frozenset(WORD_NUMBERS) | frozenset(
    ("times", "fold", "order", "orders", "of", "magnitude", "to", "and")
)


# The words that open a comparator after a value (`over`, `than`, `compared`, ...).
_COMPARATOR_OPENERS = frozenset({"over", "than", "compared", "versus", "vs", "vs.", "against"})


def _before_comparator(words: list[str]) -> list[str]:
    """`words` up to the first that opens a comparator."""
    for position, word in enumerate(words):
        if word.lower() in _COMPARATOR_OPENERS:
            return words[:position]
    return words


def _size_compared(right_words: list[str]) -> bool:
    """Whether the first word after the factor's own is a size comparative (`larger`)."""
    for word in right_words[:6]:
        folded = word.lower().rstrip(".,;)")
        if folded not in _FACTOR_WORDS:
            return folded in size_comparatives()
    return False


_ARTICLES = frozenset({"the", "its", "their", "a", "an", "this"})
_ACCELERATE = frozenset({"accelerate", "accelerates", "accelerated", "accelerating"})


def _sped_up_object(metric: str, left_words: list[str]) -> bool:
    """Whether `metric` is the object of `speed up` or `accelerate` (words nearest first)."""
    first = metric.split()[0].lower()
    lowered = [w.lower() for w in left_words[:12]]
    if first not in lowered:
        return False
    before = [w for w in lowered[lowered.index(first) + 1 :] if w not in _ARTICLES][:2]
    return bool(before) and (
        before[0] in _ACCELERATE
        or (before[0] == "up" and len(before) > 1 and before[1] in ("speed", "speeds", "sped"))
    )


def _sped_up_activity(metric: str, right: Callable[[], str]) -> bool:
    """Whether `metric` follows a speed comparative and its last word names no group.

    `faster prefill latency` stays latency, but in `faster parameter saving` and `faster
    model loading` a modifier's group is not what changed, nor is a cost in `faster
    computation` or a `speedup in embedding computation`: the activity got faster.
    """
    words = metric.split()
    head = group_index().group_of(words[-1]) if words else None
    # a head that is cost as a resource spent got faster too: `54% faster MoE computation`
    if (head is None and len(words) < 2) or head not in (None, "cost"):
        return False  # read first: most metrics end in a group's word, and `right` is a scan
    following = right()
    comparative, _, rest = following.partition(" ")
    if comparative.lower() in _SPEED_COMPARATIVES and rest.startswith(metric):
        return True
    # `an 18 times speedup in embedding computation`: the computation was sped up
    return head == "cost" and not _SPEED_NAMES.isdisjoint(following.lower().split()[:3])
