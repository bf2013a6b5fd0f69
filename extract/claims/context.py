"""Read the words around a matched value: qualifier, direction, metric, baseline, change cues.

Every word list comes from `rules/context.yaml`; this module only decides where to look.
All offsets are absolute offsets into the (normalised) field text; `lo` and `hi` bound the
sentence so that no cue is read across a sentence boundary.
"""

from __future__ import annotations

from functools import lru_cache

import regex

from extract.claims.metric_group import group_index
from extract.match.rules import Context
from extract.text.literals import LiteralFinder
from extract.text.normalise import ascii_table
from extract.text.regex_cache import compile_pattern
from extract.text.timed_regex import TimedPattern


class GuardedPattern:
    """A regex and literals of which every match holds one: without any, it is not run.

    Most windows around a value hold none of a cue's words, and a substring test is far
    cheaper than a regex search. Literals are compared case-folded when the pattern ignores
    case. `tests/test_context.py` checks on real text that the guard never hides a match.

    A `leading` pattern's every match starts where one of its literals does, so its search
    tries only those places (`search_where_phrases_start`); the tests compare the two.

    A pattern searched from the end (`(?r)`) and anchored there (`$` last) can match at one
    place only, the window's end, and a reversed `match` starts there: its search is a match,
    about half the cost, for a reversed search still tries every start in the window before it
    gives up (normalised text holds no newline, before which `$` could match too).
    """

    def __init__(
        self,
        pattern: str,
        literals: list[str],
        flags: int = 0,
        leading: bool = False,
        scans_with_twin: bool = False,
    ):
        self.pattern = TimedPattern(pattern, flags, scans_with_twin)
        self.folds = bool(flags & regex.IGNORECASE)
        self.literals = tuple(sorted({lit.casefold() if self.folds else lit for lit in literals}))
        self.leading = leading
        self.at_end = pattern.startswith("(?r)") and pattern.endswith("$") and pattern[-2] != "\\"
        # Past a few literals, one Aho-Corasick pass beats a substring test per literal.
        many = leading or len(self.literals) > 6
        self._finder = LiteralFinder({"": self.literals}) if many else None

    def may_match(self, window: str) -> bool:
        """False only when no match can lie in `window`."""
        window = window.casefold() if self.folds else window
        if self._finder is not None:
            return self._finder.occurs(window)
        return any(literal in window for literal in self.literals)

    def search(self, text: str, pos: int = 0, endpos: int | None = None):
        """`regex` search of `text[pos:endpos]` (with `REGEX_TIMEOUT`), or None at once."""
        endpos = len(text) if endpos is None else endpos
        if self.leading and self._finder is not None:
            window = text[pos:endpos]
            hits = self._finder.hits(window.casefold() if self.folds else window)
            if not hits:
                return None
            starts = list({at for at, _, _, _ in hits})  # literals may share a start
            return search_where_phrases_start(self.pattern, text, starts, pos, endpos)
        if not self.may_match(text[pos:endpos]):
            return None
        if self.at_end:
            return self.pattern.match(text, pos, endpos)
        return self.pattern.search(text, pos, endpos)

    def match(self, text: str):
        """`regex` match at the start of `text` (with `REGEX_TIMEOUT`), or None at once."""
        if not self.may_match(text):
            return None
        return self.pattern.match(text)

    def sub(self, replacement: str, text: str) -> str:
        """`text` with its first match replaced (with `REGEX_TIMEOUT`), or as it is at once."""
        if not self.may_match(text):
            return text
        return self.pattern.sub(replacement, text, count=1)

    def finditer(self, text: str) -> list:
        """Every `regex` match in `text` (with `REGEX_TIMEOUT`), or none at once."""
        if not self.may_match(text):
            return []
        return list(self.pattern.finditer(text))


# What a value keeps opens here: `33.4x with no significant drop in accuracy`, `without
# affecting their accuracy`.
# (`at no degradation in perplexity` keeps it too)
_KEEPS = (
    r"\b(?:with(?:out|\s+(?:no|little|negligible|minimal|limited|marginal|slight))|"
    r"at\s+(?:(?:almost|nearly|virtually|essentially)\s+)?(?:no|little|negligible|minimal|marginal)\s)"
    r"(?:\b|(?<=\s))"
)
_CLAUSE_BREAK = GuardedPattern(
    # (what a value keeps is no part of it)
    rf";|\bwhile\b|\bwhereas\b|\bbut\b|\bwhich\b|{_KEEPS}",
    [";", "while", "whereas", "but", "which", "with", "at "],
    regex.IGNORECASE,
)
# A comma that no later value of a list follows: `(FP32), 3.26x (INT16), 6.23x (INT8) energy
# efficiency` goes on to its measure.
_COMMA_ENDING_A_PHRASE = TimedPattern(r",\s(?!\s*(?:and\s+|or\s+)?[~$<>]?\d)")
_CLOSED_ASIDE = TimedPattern(r"\([^()]*\)")
_OPENS_ON_AVERAGE = TimedPattern(r"\s*(?:on|in)\s+average\s*,", regex.IGNORECASE)
_LEFT_BREAK = GuardedPattern(
    r";|\(|\bwhile\b|\bwhereas\b|\bbut\b|\bwhich\b",
    [";", "(", "while", "whereas", "but", "which"],
    regex.IGNORECASE,
)
# Symbols that are words of their own (`5%` is `5` and `%`); the last three are not ASCII.
_SYMBOLS = "<>~+%"
_WORD_SYMBOLS = _SYMBOLS + "≈≤≥"
# The words of a non-ASCII window (`words_of` splits ASCII ones without a regex). Runs
# without `timeout=`, unlike every other pattern: each character is read once (no nested or
# overlapping quantifiers), in windows of at most 140 characters.
_WORD = compile_pattern(rf"[\w][\w'-]*|[{regex.escape(_WORD_SYMBOLS)}]")
# ASCII characters in no word become spaces: all but letters, digits, `_ ' -` and symbols.
_ASCII_WORD_BREAKS = ascii_table(
    {code: " " for code in range(128) if not (chr(code).isalnum() or chr(code) in "_'-" + _SYMBOLS)}
)


def words_of(window: str) -> list[str]:
    """The words of `window` as `_WORD` finds them.

    Nearly every window is ASCII, and splitting it with string methods gives the same words
    three to four times faster than the regex (`tests/test_context.py` compares the two).
    """
    if not window.isascii():
        # (pos, endpos, overlapped, concurrent): concurrent=False keeps the GIL, see timed_regex
        return _WORD.findall(window, None, None, False, False)
    spaced = window.encode("ascii").translate(_ASCII_WORD_BREAKS).decode("ascii")
    for symbol in _SYMBOLS:  # a symbol is a word of its own, even against a number: `5%`
        if symbol in spaced:
            spaced = spaced.replace(symbol, f" {symbol} ")
    pieces = spaced.split()
    if "'" not in spaced and "-" not in spaced:
        return pieces
    # a word starts with a letter, digit or `_`: `-based` is `based`, a lone `-` no word
    return [word for piece in pieces if (word := piece.lstrip("'-"))]


# Qualifier words that may stand as adjectives before the value's noun, `of` then the value.
_QUALIFIER_ADJECTIVES = frozenset({"average", "mean", "median", "maximum", "peak", "minimum"})
# What may stand between a qualifier and its value: a comma right after the qualifier (`on the
# geometric mean, 19.9x`), then function words and openers.
# `up to the size of 66B`: a size or scale named between the qualifier and the value
_TRAILING_FILLER = (
    r"(?:\s*,)?(?:\s+(?:of|by|is|was|are|at|to|reaching|a|an|the|with|sizes?|scales?)|\s*[:(])*"
)
_CHANGE_NOUN = (
    r"(?:\s+(?:speed-?ups?|improvements?|reductions?|gains?|increases?|decreases?|"
    r"acceleration|savings?|boosts?|slowdowns?))?"
)


# A qualifier of one item of a list (`and up to 3.05x`).
_LIST_QUALIFIER = (
    r"(?:up\s+to|as\s+much\s+as|at\s+most|nearly|about|around|approximately|over|"
    r"more\s+than|(?:a|an)\s+(?:maximum|median|average|mean)\s+of|on\s+average)"
)
# How the phrases just above end, with the space before the value: a string test first.
_LIST_QUALIFIER_ENDINGS = (
    " to ",
    " as ",
    " most ",
    "nearly ",
    "about ",
    "around ",
    "approximately ",
    "over ",
    " than ",
    " of ",
    " average ",
)
# The rest of a list after a value: `, 1.3% and 3.6%`, `, 2.49x, and 2.32x`, `/76%`, `and up
# to 3.05x`.
# A percent written as a word (`12 percent`, `12 per cent`), as the rules' `{PERCENT}` reads it.
_PERCENT_WORD = r"per\s?cent(?![a-z])"
# A list item's sign: `%`, `x`, `×`, `times`, LaTeX's `\times` (in maths or not), a percent word.
# (a list of percentage points may name its unit once, after its last value: `by 20.9 and 25.4
# percentage points`)
_LIST_SIGN = (
    r"(?:percentage[\s-]|absolute\s+)?points?\b|pp\b|%p\b|"
    rf"\\?%|[xX]|×|times|\$?\\times\$?|{_PERCENT_WORD}"
)
# A value alone in an aside after a list's value, another setting's (`8.2% (4.8%) and`).
_VALUE_ASIDE = rf"\s*\(\s*~?[\d.]+\s*(?:{_LIST_SIGN})?\s*\)"
_LIST_ITEM = (
    # (LaTeX may set the sign first: `$\times 4.5$ and $\times 3.5$ reductions`)
    rf"\s*(?:,|and|or|,\s*and|/)\s*(?:{_LIST_QUALIFIER}\s+)?\$?(?:\\times\s?\$?\s?)?[+~]?"
    # (a range may sign both ends: `2.87%-6.15%`)
    r"[\d.]+(?:\s*(?:\\?%|[xX×])?\s*-{1,2}\s*[\d.]+)?"
    # (an ordinal is no item: `by 36% and 95th-percentile delays by`)
    r"(?![\d.]|st\b|nd\b|rd\b|th\b)\s*"
    # (its qualifier may follow it: `up to 1.25x and 1.09x on average end-to-end speedup`)
    rf"(?:{_LIST_SIGN})?(?:\s+on\s+average\b)?(?:{_VALUE_ASIDE})?"
)
_LIST_REST = GuardedPattern(
    rf"^(?:{_VALUE_ASIDE}(?:{_LIST_ITEM})*|(?:{_LIST_ITEM})+)", [",", "and", "or", "/", "("]
)


# Values that each name their measure before one plural change noun they share: the `latency
# and 7% memory reductions` after `5%`, `throughput and 1.5x energy improvements` after `2x`
# (a singular noun is the last value's own: `90% accuracy and a 20% latency reduction`).
_MEASURE = r"(?!(?:of|the|in|on|for|at|to|by|and|with)\b)[A-Za-z][\w-]*"
_SHARING_VALUE = r"[+~]?\d[\d.]*\s?(?:\\?%|[xX×])"
_MEASURES_THEN_SHARED_CHANGE = TimedPattern(
    rf"\s+(?:{_MEASURE}\s+)?{_MEASURE}(?:\s*,\s*(?:and\s+)?|\s+and\s+)"
    rf"(?:{_SHARING_VALUE}\s+(?:{_MEASURE}\s+)?{_MEASURE}\s*,\s*(?:and\s+)?)*"
    rf"{_SHARING_VALUE}\s+(?:{_MEASURE}\s+)?{_MEASURE}\s+"
    r"(?P<noun>improvements|reductions|gains|increases|decreases|drops|boosts|speedups)\b",
    regex.IGNORECASE,
)


# An aside that opens with a level moving before the value: `(4.21 -> 3.74; ` before `11.2%`.
_MOVE_IN_ASIDE = TimedPattern(
    r"\(\s*(?P<a>\d+(?:\.\d+)?)\s*(?:->|→|=>)\s*(?P<b>\d+(?:\.\d+)?)(?![\d.])[^()]*$"
)
# `relative` closing a value's phrase (not `relative to`, nor `relative performance`, a level):
# the value is a relative change.
_RELATIVE_ALONE = TimedPattern(r"\s+relative\s*(?:[),;]|\.(?!\d)|$)")
# An acronym of a measure right before a signed value: `CTR +1.8%`, `NDCG@10: +3.7%`.
_NAME_THEN_SIGN = TimedPattern(r"(?<![\w@.-])(?P<m>[A-Z][A-Za-z]*[A-Z][\w@-]*)\s*[:=]?\s*$")
# A comparator's marker inside a metric phrase: what follows it is what was compared with.
_COMPARATOR_IN_PHRASE = TimedPattern(
    r"(?:^|\s+)(?:over|than|compared\s+(?:to|with)|versus|vs\.?|relative\s+to|against)\s"
)
_COMPARATOR_WORDS_IN_PHRASE = (
    "over ",
    "than ",
    "compared ",
    "versus ",
    "vs",
    "relative ",
    "against ",
)
# Words after a signed value that name no measure: how or where it changed.
_NOT_A_SIGNED_NAME = frozenset(
    {"relative", "absolute", "overall", "points", "point", "pp", "respectively", "vs", "versus"}
    | {"advantage", "margin", "lead", "edge", "difference", "gap"}
    | {"on", "in", "at", "for", "over", "across", "with", "from", "to", "of", "by", "under"}
    | {"than", "per", "when", "while", "after", "before", "during", "and", "or", "the", "a"}
)
# `+1.4% CTR, +2.8% eCPM`, `+2.80% ad spend and`: the name of up to three words a signed
# value is written before, closing its item of a list.
_NAME_AFTER_SIGNED = TimedPattern(
    r"[$}]*\s+(?P<m>[A-Za-z](?:[\w@/-]|\.(?=\w))*(?:\s+[A-Za-z](?:[\w@-]|\.(?=\w))*){0,2}?)"
    # (a comparator or a setting may follow it: `+9.6% N@3 over legacy baselines`)
    r"(?=\s*(?:[,;)/]|\.(?:\s|$)|$)|\s+(?:and|or|over|than|vs\.?|versus|compared|relative|"
    r"against|on|in|at|for|across)\b)"
)
# An aside that holds a percentage or a factor, closed or cut off by a span's end.
_VALUES_ASIDE = TimedPattern(
    r"\s*\([^()]*?\d\s*(?:\\?%|[xX×](?![\w]))[^()]*(?:\)|$)"
    # (or a number alone after a space: `baseline ($0.849$)`; not `O(1)`; or a price:
    # `Claude Sonnet 4.5 (USD 0.0110)`)
    r"|\s+\(\s*(?:(?:USD|EUR|GBP|CNY|RMB)\s*)?\$?[~=]?\s*\d[\d.,]*\$?\s*\)"
)
# A value right before these differs from another's: `3.3 points below its teacher`, `12%
# behind A`, `40 points behind`.
_DIFFERENCE_FROM = TimedPattern(r"[$}]*\s+(?P<w>above|below|behind|ahead)\b")


# The first characters `_LIST_REST` can match after spaces: `,`, `and`, `or`, `/`, `(`.
_LIST_REST_OPENERS = frozenset({",", "a", "o", "/", "("})


def _clause_words(window: str, count: int) -> list[str]:
    """The first `count` words of `window` before a clause break (`;`, `while`, `but`, ...)."""
    cut = _CLAUSE_BREAK.search(window)
    return words_of(window[: cut.start()] if cut else window)[:count]


def past_list_rest(window: str) -> str:
    """`window` without the rest of a list that opens it: `, 1.3% and 3.6% higher` -> ` higher`.

    `_LIST_REST` is anchored at the window's start, so one match attempt there gives what a
    `sub` gives after trying every position of the window.
    """
    # most windows open with a word that no list goes on with: no regex call for those
    if window.lstrip()[:1] not in _LIST_REST_OPENERS:
        return window
    rest = _LIST_REST.match(window)
    return window[rest.end() :] if rest else window


# The head of a list before a value, so the value reads the cue before the whole list:
# `by 82.49%, 86.17%, and ` before `126.96%`, `by up to 66% and ` before `48%`, `by 19.8%
# on average and up to ` before `44.6%`.
_LIST_HEAD = GuardedPattern(
    # (in LaTeX each value opens its own maths: `$4.3\times$, $2.7\times$, $`; an item may
    # name its own comparator, `by up to 31.8% vs micro-batching and `, `of 40 to 46% compared
    # to uncontrolled charging and `, or setting, `by up to 19% in preference alignment
    # datasets and `), or an aside (`by 10% (SDQN) and over `)
    rf"(?r)(?:\$?[+~]?\d[\d.,]*(?:\s*(?:\\?%|[xX×])?\s*-{{1,2}}\s*[\d.]+)?\s*(?:{_LIST_SIGN})\$?"
    r"(?:\s+on\s+average)?"
    r"(?:\s*\([^()]{1,30}\))?"
    r"(?:\s+(?:vs\.?|versus|compared\s+(?:to|with)|relative\s+to)\s+[\w.-]+(?:\s+[\w.-]+){0,2})?"
    r"(?:\s+(?:on|in|for|at|with|across)\s+[\w.@-]+(?:\s+[\w.@-]+){0,3})?\s*"
    rf"(?:,\s*and|,|and|or)\s*(?:{_LIST_QUALIFIER}\s+)?\$?)+$",
    [",", "and", "or"],
)
# The head of a list whose unit only its last value writes: `by 2.55, ` before `1.76` in `by 2.55,
# 1.76, and 0.99 points`.
_BARE_LIST_HEAD = GuardedPattern(
    r"(?r)(?:[+~]?\d[\d.]*\s*(?:,\s*(?:and\s+|or\s+)?|,?\s*(?:and|or)\s+))+$", [",", "and", "or"]
)
# A qualifier that opens a list's next item (`and up to `).
_ITEM_QUALIFIER = GuardedPattern(
    rf"(?r)(?:,|\band|\bor)\s*{_LIST_QUALIFIER}\s+$", [",", "and", "or"]
)


def _joined_near(text: str, pos: int, end: int) -> bool:
    """A list's joiner in `text[pos:end]`: what `by up to` and `a speedup of` lack."""
    return any(text.find(joiner, pos, end) >= 0 for joiner in (",", " and ", " or "))


def _ends_in_joiner(text: str, lo: int, start: int) -> bool:
    """Whether `text[lo:start]` ends in a list's joiner and its space (`, `, `and `, `or `).

    Text wrapped from lines may hold more spaces after it: `by up to 55% and  70%`.
    """
    while start - 2 > lo and text[start - 1] == " " and text[start - 2] == " ":
        start -= 1
    return text.endswith((", ", "and ", "or "), lo, start)


def _list_head_start(text: str, lo: int, start: int) -> int:
    """Where the list a value ends begins (`11.2% and ` before `26.1%`), else `start`.

    The words before the whole list are the value's too: its `by`, its change verb.
    """
    window_start = max(lo, start - 120)
    # (the maths that opens the value is no joiner: `by $23\%$ in A and $30\%$`)
    joined = start
    while joined > window_start and text[joined - 1] in "${":
        joined -= 1
    # (an item's qualifier and its joiner stand in the last 32 characters: `, and an average of `)
    if not (
        _ends_in_joiner(text, window_start, joined)
        or (
            text.endswith(_LIST_QUALIFIER_ENDINGS, window_start, start)
            and _joined_near(text, max(window_start, start - 32), start)
            and _ITEM_QUALIFIER.search(text, max(window_start, start - 32), start)
        )
    ):
        return start  # nearly always: no list before the value, no regex call
    head = _LIST_HEAD.search(text, window_start, start) or _BARE_LIST_HEAD.search(
        text, window_start, start
    )
    return head.start() if head else start


# The arrows `_ARROW_SIGN` reads in an aside, as plain text and as LaTeX.
_UP_ARROWS = ("↑", "\\uparrow")
_DOWN_ARROWS = ("↓", "\\downarrow")


def _arrow_sign(text: str, lo: int, hi: int, start: int, end: int) -> str | None:
    r"""`(↑0.46%)`, `($\downarrow$ 60\%)`, `(11.9\%~$\uparrow$)`: an arrow signs a change."""
    before = text[max(lo, start - 14) : start].rstrip(" ~${(")
    after = text[end : min(hi, end + 14)].lstrip(" ~$}")
    if before.endswith(_UP_ARROWS) or after.startswith(_UP_ARROWS):
        return "increase"
    if before.endswith(_DOWN_ARROWS) or after.startswith(_DOWN_ARROWS):
        return "decrease"
    return None


def _minus_sign(text: str, lo: int, start: int) -> bool:
    """A minus sign (folded to `-`) right before the value, not a range's dash (`10-12%`)."""
    return start > lo and text[start - 1] == "-" and (start - 1 == lo or text[start - 2] in " (")


# A percentage right after these is a threshold (`drops below 80%`), unless `by` says a change.
_THRESHOLDS = frozenset({"below", "above", "beneath", "beyond"})
# A percentage right before these is their subject, a share of cases: `32% contained errors`.
_VERBS_OF_A_SHARE = frozenset(
    {"contained", "contain", "contains", "had", "have", "has", "were", "was", "are", "is"}
)
# A percentage right after these sets where a change holds: `cuts coverage at a 5% risk target`.
_AT_A_SETTING = (" at ", " at a ", " at an ", " at the ")
# A percentage right after these is a rank's cut (`top-30%`, `the bottom 10%`), a level.
_RANK_CUTS = ("top-", "top ", "bottom-", "bottom ")
# The comparatives of qualifiers (`more than 10x`, `less than 1%`): they bound the value.
_QUALIFYING = frozenset({"more", "less", "fewer", "greater"})
# Words that end a value's phrase: a qualifier after them is another phrase's.
_PHRASE_JOINERS = [
    "and",
    "or",
    "but",
    "while",
    "than",
    "compared",
    "over",
    "versus",
    "vs",
    "with",
    "for",
    "which",
    "that",
    "against",
    "relative",
]
# Joiners that end a value's phrase before a closing qualifier; `for` does not: `7.5% for 7B
# models on average` gives the value's scope, and the average is still the value's.
_SCOPE_JOINERS = [word for word in _PHRASE_JOINERS if word != "for"]
# Words that name nothing measured: a level word after them belongs to another phrase.
_NOT_MEASURED_WORDS = [
    *_PHRASE_JOINERS,
    *("in", "on", "at", "to", "of", "by", "from", "across", "under", "per", "the", "a", "an"),
    *("its", "their", "our", "is", "are", "was", "were", "higher", "lower", "less", "more"),
]
_NEW_CLAUSE = TimedPattern(r"\s*,?\s*(?:;|and\b|or\b|but\b|while\b|whereas\b)")
_PHRASE_END = TimedPattern(r"[,;.()]|\b(?:than|compared|over|while|with|and)\b")
# (a `by` that opens a gerund gives the means, not the size: `by achieving 56.9% mIoU`)
# (a sign may touch the value: `dropping by >23%`)
_BY_VALUE = GuardedPattern(r"\bby\s+(?![a-z]+ing\s)(?:[\w~<>.\\%()-]+\s+){0,3}[<>~]?$", ["by"])
# An aside that opens with one word before the value: `(answerability `, `(median `.
_WORD_OPENS_ASIDE = TimedPattern(r"\(\s*(?P<w>[A-Za-z][\w-]*)\s+$")
# A value right before an `at`: the next value sets where it holds (`by 12.14% at 10% budget`).
# (past the value's phrase, an article may come first: `a 29% energy reduction at an 81% pass
# rate`)
_VALUE_THEN_AT = GuardedPattern(
    r"\d\s*(?:%|\\%|x|\\times\$?)?(?:\s+[\w-]+){0,4}?\s+at\s+(?:an?\s+)?[~$]?$", ["at"]
)
# A `by` right before a value, past its qualifier: `by up to `.
_BY_RIGHT_BEFORE = GuardedPattern(
    r"\bby\s+(?:up\s+to\s+|about\s+|over\s+|nearly\s+|(?:more|less)\s+than\s+)?[~$]?$", ["by"]
)
# The values of a list written with slashes before the last: `39.47%/31.39%/`.
_SLASHED_VALUES_BEFORE = TimedPattern(r"(?:\d[\d.]*\s*\\?%?\s*/\s*)+$")
# A value's LaTeX wrapping and an approximation sign before it: `$`, `${\sim}$`, `~`.
_MATH_OPEN = r"(?:[$~{}]|\\sim|\\approx)*"
# The LaTeX that opens a value at the end of the text before it: `$`, `${\sim}$`, `~`.
_MATH_OPENING = TimedPattern(r"\s*(?:[$~{}]|\\sim|\\approx)+$")
# The dash of a range written in maths, right before its second value: `$4$--$`.
_MATH_RANGE_DASH = TimedPattern(r"\$\s*-{1,2}\s*\$$")
# A signed value a `by` gives: `by +`, `by up to +`.
_BY_SIGNED = GuardedPattern(r"\bby\s+(?:[a-z]+\s+){0,2}\+$", ["by"])
# An article, maybe with a noun and its `of`, before a level a `from` opens: `the `, `a peak of `,
# `a never-demote baseline of `.
_ARTICLE_NOUN_OF = r"(?:(?:an?|the)\s+(?:(?:[a-z][\w-]*\s+){1,2}of\s+)?)?"
# A bound on the level a `from` opens: `from up to 31% to under 1%`.
_FROM_QUALIFIER = (
    r"(?:(?:up\s+to|about|around|nearly|roughly|approximately|almost|over|under|below|above)\s+)?"
)
_FROM_TO = GuardedPattern(
    # (an aside may follow the first level: `from 63.8% (zero-shot) to 80.5%`, or where it
    # holds: `from 72.0% at Stage 1 to 50.9%`)
    # (and a word or two may open the second: `to an impressive 57.3%`, `to nearly 90%`, `to at
    # most 5%`)
    # (either level may be signed: `ranges from -18% to +10%`)
    # (and an article and a noun may wrap the first, `from a 29.0% baseline to 53.1%`, or a
    # spread or a range's end follow it, `from $44.4\pm1.9\%$ to`, `from 75-100% to 0%`; a
    # noun's `of` may stand before it: `from a peak of 83.3% to`)
    rf"\bfrom\s+{_FROM_QUALIFIER}{_ARTICLE_NOUN_OF}{_MATH_OPEN}[+-]?[\d.]+(?:\s*(?:±|\\pm|-{{1,2}})\s*[\d.]+)?"
    r"\s*\\?%?\$?\s*"
    r"(?:\([^()]{1,30}\)\s*|(?<=\s)(?:baseline|level|rate)\s+)?"
    r"(?:(?:at|on|in|for|with)\s+[\w-]+(?:\s+[\w.-]+)?\s+)?to\s*"
    rf"(?:(?:an?\s+)?[a-z]+\s+(?:[a-z]+\s+)?)?{_MATH_OPEN}[+-]?$"
    rf"|\bfrom\s*{_FROM_QUALIFIER}{_ARTICLE_NOUN_OF}{_MATH_OPEN}[+-]?$",
    ["from"],
)
# A value opening an aside, after its qualifier: `(35%)`, `(up to 79% reduction)`.
# (an arrow may sign it: `(up to ↓60%)`, `($\uparrow$ 142\%)`)
_ARROW_SIGN = r"(?:[↑↓]|\$?\\(?:up|down)arrow\$?)\s*"
_ASIDE_OPENING = rf"\(\s*(?:up\s+to\s+|about\s+|over\s+|nearly\s+|~\s*)?(?:[+~$]|{_ARROW_SIGN})?$"
_OPENS_ASIDE = TimedPattern(_ASIDE_OPENING)
_ARROW_AT_END = TimedPattern(rf"{_ARROW_SIGN}$")
# What writes a spread right before its value: `± `, `$\pm$`, `\pm `.
_SPREAD_SIGNS = ("±", "± ", "\\pm$", "\\pm", "\\pm ", "\\pm$ ", "\\pm $")
# A noun a level names as a setting: `the 100% condition`, `the 50% budget`.
_SETTING_NOUN_AFTER = TimedPattern(
    r"[$}]*\s+(?:condition|setting|budget|threshold|mark|level|target|regime|point)s?\b"
)
# A level moving down to the next: ` down to 0%-7%`.
_DOWN_TO_A_LEVEL = TimedPattern(r" down to [~$]?[+-]?\d")
# An arrow written with `>` between a level and the next: `23.1s -> `, `4.2 => `, `a --> `.
_MOVE_ARROW_AT_END = TimedPattern(r"(?:-+|=)>\s*\$?$")
# An aside opening with a qualifier, an approximation sign or a `by`: `(~`, `(by up to `.
_ASIDE_QUALIFIER = (
    r"(?:(?:up\s+to|about|around|over|nearly|roughly|approximately|more\s+than|at\s+least|"
    r"almost|on\s+average)\s+|~\s*|\$?\\sim\$?\s*)"
)
_QUALIFIED_ASIDE_OPENING = (
    rf"\(\s*(?:by\s+{_ASIDE_QUALIFIER}?|{_ASIDE_QUALIFIER}|(?={_ARROW_SIGN}))"
    rf"\$?(?:{_ARROW_SIGN})?$"
)
_OPENS_QUALIFIED_ASIDE = TimedPattern(_QUALIFIED_ASIDE_OPENING)
# `(up to 100%) boost`: an aside's end and the word after it.
_ASIDE_THEN_WORD = TimedPattern(r"[$}]*\s*\)\s*(?P<w>[A-Za-z-]+)")
# The nouns that name a change (`a latency reduction`, `a 12% gain`).
_CHANGE_NOUNS = ["reduction", "improvement", "speedup", "saving", "increase", "decrease", "gain"]
_CHANGE_NOUNS += ["boost", "acceleration", "regression", "slowdown", "degradation", "drop"]
_CHANGE_NOUNS += ["downgrade", "lift", "uplift"]
# Any of them as a regex word, singular or plural.
_CHANGE_NOUN_WORD = rf"(?:{'|'.join(_CHANGE_NOUNS)})s?"
_CHANGE_NOUN_SET = frozenset(_CHANGE_NOUNS)
# `a reduction in accuracy of less than 1%`: a change noun, what changed, and the size's `of`.
_CHANGE_IN_A_LEVEL = GuardedPattern(
    r"\b(?:reductions?|improvements?|increases?|decreases?|drops?|loss(?:es)?|gains?|"
    r"degradations?|declines?)\s+in\s+(?:[\w-]+\s+){1,3}of\s+(?:(?:less|more|fewer)\s+than\s+|"
    r"(?:up\s+to|about|around|nearly|over|under|only|just|roughly|approximately)\s+)?[$~]?$",
    [" in "],
)
# `with accuracy loss of 0.03%`, `loss of accuracy less than 0.1%`: a loss of quality is a
# change (a `packet loss of 5%` is a rate, a level).
_QUALITY_WORDS = r"(?:accuracy|performance|quality|precision|recall|F1|mAP|IoU|top-1|BLEU)"
_QUALITY_LOSS = GuardedPattern(
    rf"\b(?:{_QUALITY_WORDS}\s+loss(?:es)?|loss(?:es)?\s+(?:of|in)\s+(?:[\w-]+\s+)?"
    rf"{_QUALITY_WORDS})\b[^,;.]*$",
    ["loss"],
)
# `by 8% on average (`, `a 12% gain overall (`: a change, right before an aside that bounds it.
_CHANGE_BEFORE_ASIDE = GuardedPattern(
    r"(?:\bby\s+(?:[a-z]+\s+){0,2}[~$]?\d[\d.,]*\s*\\?%|\d\s*\\?%\s+(?:[a-z-]+\s+){0,2}"
    rf"{_CHANGE_NOUN_WORD})"
    r"(?:\s+on\s+average|\s+overall|\s+in\s+total)?\s*,?\s*$",
    ["%"],
)
# `25.0% vs. 1.4%`: a value set beside another.
_VERSUS_A_VALUE = TimedPattern(r"\$?\s*(?:vs\.?|versus)\s*[$~{]*\d")
# `40.45% vs. ` before `34.85%`: the value set beside the one before it (or its aside's:
# `to near-random (50.0%) versus 57.3% for PQ`; or after a comma: `to 92.1%, versus 83.1%`).
_VALUE_VERSUS = TimedPattern(r"\d\s*(?:\\?%)?\$?\)?,?\s*(?:vs\.?|versus)\s*[$~{]*$")
# `ranging from` or `varying from` before a value: what follows is a range of values.
_RANGING_FROM = GuardedPattern(
    # (signed values are two: `ranging from -2% to +15%` before the second too, and the first
    # may say where it holds: `from +1.37% for Qwen3-4B to +9.19%`, `from -29% (Opus) to -69%`)
    r"\b(?:rang(?:e|es|ed|ing)|var(?:y|ies|ied|ying))\s+from\s*"
    r"(?:[+-][\d.]+\s*\\?%\s*(?:(?:for|on|in|at|with)\s+[\w.-]+(?:\s+[\w.-]+)?\s+|\([^()]{1,30}\)\s*)?"
    r"to\s*)?[+-]?$",
    ["from"],
    regex.IGNORECASE,
)


# `95% CI [78.02%, 81.49%]`: a confidence interval's bounds, right after its name, or in
# square brackets right after the percentage they bound (`from 81% [78.2%, 84.0%] on`).
_INTERVAL_BEFORE = GuardedPattern(
    r"(?:\bCIs?\s*[:=]?\s*[\[(]|\d\s*\\?%\s*\[)\s*(?:[-+]?[\d.]+\s*\\?%?\s*,\s*)?$"
    # (or after an interval's name and a colon: `95% BCa interval for the effect: -0.6% to +0.2%`)
    r"|\binterval\b[^();:]{0,40}:\s*(?:[-+]?[\d.]+\s*\\?%?\s*(?:,|to)\s*)?[-+]?$",
    ["CI", "[", "interval"],
)
# `in 78% of`, `in \textbf{78\%} of`, `with only 15% of`, `for 98% of`: the share of cases or
# data, before the value.
# What a share of cases counts, after its `of`: `90.6% of the time`, `in 78% of trials`.
_SHARE_OF_CASES = TimedPattern(
    r"\s*(?:the\s+)?(?:time|cases|trials|runs|episodes|instances|scenarios|settings|tasks|"
    r"batches|seeds)\b"
)
# A share of a change is a level of it: `accounted for less than 0.2% of this growth`,
# `contributing 15-20% of the increase`, `captures 94.7% of best-of-N's gain`.
_SHARE_OF_A_CHANGE = TimedPattern(
    r"\s*of\s+(?:the|this|that|its|their|these|those|[\w.+-]+'s)\s+(?:[\w-]+\s+)?"
    r"(?:increase|growth|gain|improvement|speedup|reduction|decrease|drop|saving|loss)(?:s|es)?\b"
    # (or of changes, counted as the subject of a clause: `91.3% of reasoning-mode gains are
    # knowledge-dependent`; `9.3% of end-to-end speedups for A` are the changes)
    r"|\s*of\s+(?:[\w-]+\s+)?(?:increases|gains|improvements|speedups|reductions|decreases|drops"
    r"|savings|losses)\s+(?:are|were|come|came|stem|arise|remain)\b"
)
# A level a score is set to (`F1 = 90.5%`), or a comparator's own, opening the aside right
# after its name (`36% fewer FLOPs than ActionFormer++ (55.7% mAP at 235G)`).
_COMPARATOR_NAME = r"[^\s,;()=]+(?:\s+[^\s,;()=]+){0,3}"
_LEVEL_OF_A_NAME = GuardedPattern(
    r"(?:=\s*|\b(?:than|versus|vs\.?|against|compared\s+(?:to|with)|surpass(?:es|ed|ing)?|"
    # (a name of up to four words: `drop (1%)` after a longer clause is a change's aside; and
    # a later name of a list, each with its aside: `surpassing A (50.6%) and B (50.1%)`)
    rf"outperform(?:s|ed|ing)?|beat(?:s|ing)?|exceed(?:s|ed|ing)?)\s+{_COMPARATOR_NAME}"
    rf"(?:\s*\([^()]*\)\s*(?:,\s*(?:and\s+)?|\s+and\s+){_COMPARATOR_NAME}){{0,3}}"
    # (or a later item of the aside: `(6.5% on AIME24, 59.2% on MATH500)`)
    r"\s*\((?:[^()]*[,;])?\s*)[~$]?$",
    ["=", "than", "vs", "against", "compared", "surpass", "outperform", "beat", "exceed"],
)
# A fraction of a measure written without its `of`: `a drop of over 25% the length of the leg`,
# `at 10% the cost of A` (with `by` before the value it sizes a change of the object: `cuts by
# 30% the cost of training`).
_FRACTION_OF_A_MEASURE = TimedPattern(r"\s*the\s+[a-z][\w-]*(?:\s+[a-z][\w-]*)?\s+of\b")
_SHARE_IN = GuardedPattern(
    r"\b(?:in|with|using|for)\s+(?:\\[A-Za-z]+\s*\{|[{$~]|\\sim\s*)*"
    r"(?:about\s+|nearly\s+|over\s+|only\s+|just\s+)?$",
    ["in", "with", "using", "for"],
)
# Words between a `to` and the level it reaches: `to at most 2%`, `to ${\sim}$90%`.
_LEVEL_QUALIFIERS = frozenset(
    {"about", "approximately", "around", "nearly", "roughly", "only", "just", "merely", "sim"}
    | {"~"}  # as a sign (normalisation folds `≈` and `∼` to it): `drops to ~22%`
)


def _past_than(left: list[str]) -> list[str]:
    """The words before a value (nearest first) past a qualifier's `more than` or `less than`.

    `more than 79% of the total`: the qualifier's comparative is no change.
    """
    return left[2:] if left[:1] == ["than"] else left


def _past_level_qualifier(left: list[str]) -> list[str]:
    """The words before a value (nearest first) past a qualifier written right before it."""
    if left[1:2] == ["at"] and left[:1] in (["most"], ["least"]):
        return left[2:]
    if left[:1] and left[0].lower() in _LEVEL_QUALIFIERS:
        return left[1:]
    if left[1:2] in (["a"], ["an"]) and left[0].isalpha() and left[0].islower():
        return left[2:]  # `to an impressive 57.3%`: the article and its adjective
    return left


def ranging_from(text: str, lo: int, start: int) -> bool:
    """The value opens a range of changes (`gains ranging from 5% to 23%`), no level moving.

    What ranges is a change noun's: `errors ranging from 18% to 68%`, `pruning ratios ranging
    from 20% to 60%` are levels.
    """
    found = _RANGING_FROM.search(text, max(lo, start - 60), start)
    if found is None:
        return False
    # (the noun may stand a few words back: `large gains on BIRD-Dev, ranging from`)
    if _holds_a_change_noun(words_of(text[max(lo, found.start() - 40) : found.start()])[-5:]):
        return True
    # a participle after its clause ranges over the clause's change: `P1 reduced the findings
    # across all models, ranging from -9% to -54%`
    return text.endswith(", ", max(lo, found.start() - 2), found.start()) and (
        _CHANGED_CLAUSE.search(text, max(lo, found.start() - 120), found.start()) is not None
    )


def change_moves(text: str, lo: int, start: int) -> bool:
    """A change noun names what moves `from` one signed value to the next: changes, no levels.

    `NDCG lift rises from +2.13% for short histories to +4.37%`.
    """
    opening = text.rfind("from", max(lo, start - 60), start)
    return opening >= 0 and _holds_a_change_noun(
        words_of(text[max(lo, opening - 30) : opening])[-3:]
    )


# `in average` before a word: a qualifier (`by 5% in average across tasks`), or the start of a
# metric's name (`by 14.8% in average success rate`).
_IN_AVERAGE = TimedPattern(r"\s*in\s+average\s+(?=[A-Za-z])")


def _average_names_a_metric(text: str, end: int, hi: int) -> bool:
    """`in average` opens a metric's name (`in average success rate`): no qualifier (guide)."""
    opening = _IN_AVERAGE.match(text, end, hi)
    if opening is None:
        return False
    phrase = metric_phrase_after(text[opening.end() : min(hi, opening.end() + 60)])
    return phrase is not None and group_index().group_of(phrase) is not None


_COMPARATIVES = ["higher", "lower", "faster", "slower", "more", "less", "fewer", "better"]
_COMPARATIVES += [
    "smaller",
    "larger",
    "greater",
    "cheaper",
    "shorter",
    "longer",
    "tighter",
    "worse",
]
_COMPARATIVES += ["bigger", "wider", "quicker", "stronger", "lesser"]
_COMPARATIVE_SET = frozenset(_COMPARATIVES)
# Comparatives that open an item of a list of changes, never a metric of their own.
_LIST_COMPARATIVES = ["smoother", "safer", "simpler", "easier", "cleaner", "richer"]
_COMPARATIVE_METRIC = GuardedPattern(
    # (an adverb may come first, a preposition not: `3x with higher overheads` is another's)
    rf"\s*(?:on average\s+)?(?:(?!(?:with|without|and|or|but|while|in|on|at|for|by|to)\s)\w+\s+)?"
    rf"(?:{'|'.join(_COMPARATIVES)})\s+(?:in\s+terms\s+of\s+)?"
    # a preposition opens no metric: `1.3x faster on H100`
    r"(?!(?:than|compared?|comparing|over|versus|vs|relative|against|on|in|for|with|while|and|"
    r"respectively|at|by|across|under|using|when|per)\b|w\.r\.t\.)(?P<m>[A-Za-z][\w/-]*"
    r"(?:\s+[A-Za-z][\w/-]*){0,3}?)(?=\s+(?:than|compared|over|versus|vs|against|relative|on|in|"
    r"for|with|while|and|at|by|across|under|despite|without|when|using|via|whereas|thanks|due|"
    r"depending|"
    r"as\s+(?:compared|opposed|against)|comparing|compare\s+(?:to|with)|"
    # `less cost respectively`, `more compute have emerged`: the phrase ends before a verb
    r"respectively|is|are|was|were|has|have|had|can|could|will|would|may|might)"
    r"\b|\s*\(|[,;.)]|$)",
    _COMPARATIVES,
    regex.IGNORECASE,  # titles capitalise every word: `4x Lower Latency`
)
# The rest of a list of metrics that `respectively` closes: `, memory and energy`.
_RESPECTIVE_ITEMS = TimedPattern(
    r"(?:,\s*[A-Za-z][\w/-]*(?:\s+[A-Za-z][\w/-]*){0,2}?)*,?\s+and\s+[A-Za-z][\w/-]*"
    r"(?:\s+[A-Za-z][\w/-]*){0,2}?(?=,?\s*\(?respectively\b)"
)


def _is_change_verb_form(word: str) -> bool:
    """Whether a change word is written as a verb may be (`improves`, `reduced`, `cuts`).

    `compression`, `reduction` are nouns: before an aside they name a thing (`gradient
    compression (3.71x)`), which `_names_a_change` reads for the nouns of change.
    """
    return word.endswith(("s", "ed"))


def _names_a_change(words: list[str] | tuple[str, ...]) -> bool:
    """The nearest word (of words read leftwards) is a change noun: `a latency reduction (`."""
    return bool(words) and words[0].lower().replace("-", "").rstrip("s") in _CHANGE_NOUN_SET


def _change_of_object(words: list[str]) -> bool:
    """A change noun, then `in` or `of` and an object of one or two words (words leftwards).

    `a marginal decrease in accuracy (8.5% on recall)`: the aside sizes the change.
    """
    for position in (1, 2):
        if words[position : position + 1] in (["in"], ["of"]):
            return _names_a_change(words[position + 1 : position + 2])
    return False


# A change noun right after a value: `738x speedup`.
_CHANGE_NOUN_AFTER = TimedPattern(rf"[$}}]*\s*{_CHANGE_NOUN_WORD}\b", regex.IGNORECASE)


def own_change_noun_after(text: str, end: int, hi: int) -> bool:
    """Whether a change noun follows the value at `end` (`738x speedup)`): its own change."""
    return _CHANGE_NOUN_AFTER.match(text, end, hi) is not None


def is_change_noun(word: str) -> bool:
    """`reduction`, `gains`, `lift`: a noun that names a change."""
    return _names_a_change([word])


def _holds_a_change_noun(words: list[str]) -> bool:
    """Any of `words` is a change noun: `large gains on BIRD-Dev, ranging from`."""
    return any(_names_a_change([word]) for word in words)


def aside_host_words(text: str, lo: int, start: int, count: int) -> list[str]:
    """The words (nearest first) before the aside a value opens, back to a comma, else none.

    `energy consumption (up to 40%)`: what the aside sizes stands before its parenthesis;
    in `smaller (39% of the original), faster (1.6x)` the second sizes only `faster`.
    """
    if "(" not in text[max(lo, start - 20) : start]:
        return []  # nearly always: no aside opens before the value
    opening = _OPENS_ASIDE.search(
        text, max(lo, start - 16), start
    ) or _OPENS_QUALIFIED_ASIDE.search(text, max(lo, start - 20), start)
    if opening is None:
        return []
    comma = text.rfind(",", max(lo, opening.start() - 80), opening.start())
    return list(_clause_words_before(text, max(lo, comma + 1), opening.start())[:count])


def aside_change_noun(text: str, lo: int, start: int) -> str | None:
    """The change noun an aside holding the value follows: `speed-ups (up to 5x)`."""
    before = aside_host_words(text, lo, start, 1)
    return before[0] if _names_a_change(before) else None


def speeds_up(words: list[str] | tuple[str, ...], position: int) -> str | None:
    """`speed up ViTs by 1.7x`: the two words of the verb, read either way, are an increase."""
    if words[position].lower() != "up":
        return None
    near = {w.lower() for w in words[max(0, position - 1) : position + 2]}
    return "increase" if near & {"speed", "speeds", "sped"} else None


def change_noun_of(text: str, lo: int, start: int) -> str | None:
    """The change noun whose `of` leads to the value at `start` (`a reduction of 12.9%`)."""
    if "of" not in text[max(lo, start - 22) : start]:
        return None  # nearly always: no `of` right before the value
    own = _clause_words_before(text, lo, start)[:6]
    # (past the value's bound: `a speedup of up to 1.65x`, `a reduction of more than 40%`)
    while own and own[0].lower() in _BOUND_WORDS:
        own = own[1:]
    if len(own) > 1 and own[0].lower() == "of" and _names_a_change(own[1:2]):
        return own[1]
    return None


# The words of a value's bound, between a change noun's `of` and the value.
_BOUND_WORDS = (
    _LEVEL_QUALIFIERS
    | {"up", "to", "almost", "over", "at", "least", "most"}
    | {"than", "more", "less"}
)


_NOUN_METRIC = GuardedPattern(
    # (a metric at a cut-off is one word: `nDCG@10 loss`, `Recall@5 gain`)
    # (a joiner is no word of it: `40% FLOPs and the drop of mIoU` is another change's noun)
    r"\s*(?P<m>[A-Za-z][\w/@-]*(?:\s+(?!(?:the|an?|but|while|with|(?:and|or)\s+(?:the|an?))\s)"
    r"[A-Za-z][\w/@-]*){0,2}?)"
    r"\s+"
    # (`2.7x decoding speed up`: the noun in two words)
    rf"(?:{_CHANGE_NOUN_WORD}\b|speed\s+up\b)",
    _CHANGE_NOUNS + ["speed up"],
    regex.IGNORECASE,  # `2.3x Energy Savings` in a title
)
_CHANGE_VERBS = ["reduc", "improv", "increas", "decreas", "boost", "accelerat", "cut", "lower"]
_CHANGE_VERBS += ["sav", "speed", "enhanc", "shrink", "raise", "trim", "slash", "shorten"]
_CHANGE_VERBS += ["mitigat", "minimi", "alleviat", "curtail", "elevat", "amplif", "compress"]
_CHANGE_VERBS += ["bring", "brought", "driv", "drove", "suppress", "curb", "shift", "lift"]
# Stems whose other endings make nouns that take no object: `speed` only as `speeds up`, and
# `compress` not as `compression` (`a compression framework that reduces X by`), nor
# `suppress` as `suppression`.
# (`accelerator` is a noun: `the accelerator design by 36%` has no verb `accelerate`)
_VERB_ONLY_FORMS = {
    "speed": r"speeds? up",
    "compress": r"compress(?:es|ed|ing)?\b",
    "suppress": r"suppress(?:es|ed|ing)?\b",
    "curb": r"curb(?:s|ed|ing)?\b",
    # (a shift or a lift is a noun as often: `a shift in accuracy by`)
    "shift": r"shift(?:s|ed|ing)\b",
    "lift": r"lift(?:s|ed|ing)?\b",
    "accelerat": r"accelerat(?:e|es|ed|ing)\b",
    # `brought down training time by 66%`, `drives down cost by 3x`: with their `down` only
    "bring": r"bring(?:s|ing)?(?=\s+down\b)",
    "brought": r"brought(?=\s+down\b)",
    "driv": r"driv(?:e|es|ing)(?=\s+down\b)",
    "drove": r"drove(?=\s+down\b)",
}
# A change verb and its object, the metric: `reduces the tail latency (P99) by`.
# The change verbs whose object is the metric: every stem above with any ending but those
# just above (the stems are also the pattern's guard literals, so one list spells both).
# A verb may open a sentence or stand in a title capitalised (`Reduces Agent Turns by 62%`,
# `Cutting LLM Serving Cost by 50%`): the first letter in either case, and both as literals.
_CHANGE_VERB = (
    r"\b(?:"
    + "|".join(
        f"[{form[0].upper()}{form[0]}]{form[1:]}"
        for form in (_VERB_ONLY_FORMS.get(stem, stem + r"\w*") for stem in _CHANGE_VERBS)
    )
    + ")"
)
_CHANGE_VERB_LITERALS = _CHANGE_VERBS + [stem.capitalize() for stem in _CHANGE_VERBS]
# `improves latency over Ansor by 1.37x`: a comparator may stand between the object and `by`.
_COMPARATOR_WORDS = r"(?:over|compared\s+(?:to|with)|relative\s+to|versus|vs\.?|against)"
# What opens no object of a change verb: a change noun's `in`/`of` (`an increase in response
# time can cut X by`), a `by` right after the verb (`improves by 3 percent and recall by`), and
# a comparator (`improves over vLLM by 12%` names what it beat), and a joiner after a noun
# read as the verb (`energy savings and reduces QoS violations by`).
_NOT_AN_OBJECT = r"(?!(?:in|of|by|over|upon|on|against|and|or|but|which|that)\s)"
# Where a change verb's object starts, past an article.
# (a particle may follow the verb: `trim down the energy cost`)
_OBJECT_START = _CHANGE_VERB + r"\s+(?:down\s+)?" + _NOT_AN_OBJECT + r"(?:the\s+|its\s+|their\s+)?"
_VERB_AND_OBJECT = (
    # an aside may stand inside the object too: `reduces large language model (LLM) TTFT by`
    # (a possessive too: `decrease GPT4's response quality by`, `the models' memory`)
    _OBJECT_START + r"(?P<m>[\w/@-]+(?:'s?)?"
    # (a clause opener ends it: `increase utilization while decreasing power by` is power's,
    # `improving performance and reducing runtime by` runtime's)
    r"(?:\s+(?!(?:by|while|whereas|but)\b|and\s+" + _CHANGE_VERB + r")"
    r"(?:[\w/-]+(?:'s?)?|\([^()]{1,30}\)(?=\s+[\w/-]))){0,6}?)"
    r"(?:\s+\([^()]{1,30}\))?"
    # (the comparator may end in its aside: `over the state-of-the-art (SOTA) by`)
    rf"(?:\s+{_COMPARATOR_WORDS}\s+[^,;()]{{1,60}}?(?:\s+\([^()]{{1,30}}\))?)?"
    # a list of objects that `respectively` pairs: `energy and memory respectively by 2x and 3x`
    r"(?:,?\s+respectively,?)?\s+by\s+"
)
# `enhances brain alignment (~6%)`: the object of a change verb, then an aside sizing it (or
# signing it: `improves conversion rate (+3.1%)`).
_VERB_OBJECT_BEFORE_PAREN = GuardedPattern(
    _OBJECT_START
    + r"(?P<m>[\w/@-]+(?:\s+[\w/-]+){0,3}?)\s*(?:"
    + _QUALIFIED_ASIDE_OPENING
    + r"|\(\s*\+$)",
    _CHANGE_VERB_LITERALS,
)
_VERB_METRIC = GuardedPattern(
    # the nearest verb: no other `by` between this one's `by` and the value, nor in its
    # phrase (`reduces TTFT by half and improves throughput by 1.8x`)
    _VERB_AND_OBJECT + r"(?:(?!\bby\b)[^,;])*$",
    _CHANGE_VERB_LITERALS,
)
# `improves serving throughput within desired latency SLOs of Mistral-7B by up to 2.6x`: the
# object, then the setting it was measured in; tried only when no verb above reads a phrase.
_VERB_METRIC_PAST_SETTING = GuardedPattern(
    # (an adverb is no object: `improves significantly across all modes: by up to 10%`)
    _OBJECT_START + r"(?!\w+ly\b)(?P<m>[\w/@-]+"
    r"(?:\s+[\w/-]+){0,3}?)\s+(?:within|under|at|for|on|across)\s+(?:(?!\bby\b)[^,;:()]){1,60}?"
    r"\s+by\s+"
    r"(?:(?!\bby\b)[^,;])*$",
    _CHANGE_VERB_LITERALS,
)
# `to` right before a value, but for `up to`, `close to` and a range (`12% to 85%`, `from 20 to
# 30%`: a bare number before the `to`, not a name with digits, `Qwen2.5-7B`): the level a change
# reaches (words nearest first).
# (nor `equal to`: `an improvement equal to 15.4% or 1.6%` sizes the change)
_TO_A_LEVEL = TimedPattern(
    r"to (?!up$|close$|%$|x$|times$|\d[\d.,]*$|equal$|equals$|equivalent$|amounting$|amounts$)\S+$",
    regex.IGNORECASE,
)
# A measure named by its acronym, then `of`: `DERs of `, `a WER of `.
_ACRONYM_OF = TimedPattern(r"\b[A-Z][A-Z0-9-]*[A-Z0-9]s?\s+of\s+[~$]?$")
# A metric's name with its cut-off, then `to`: `Acc@0.7 to ` (the words split at `@`).
_CUTOFF_THEN_TO = TimedPattern(r"[A-Za-z]@[\d.]+\s+to\s+$")
# The `to` end of a from-to change and the value restating it, after a comma (`, a 77%
# reduction`) or in parentheses (`from 120 ms to 45 ms (2.7x)`).
_TO_THEN_RESTATED = (
    r"\s+to\s+(?:[^,;]{1,40},\s*(?:a|an|i\.e\.,?|which\s+is\s+(?:a|an)?)|[^,;()]{1,40}?\s*\((?:an?\s+)?)"
    r"\s*(?:up\s+to\s+|about\s+|nearly\s+)?[~$]?$"
)
# `lowers the P99 latency from 420 ms to 95 ms, a 77% reduction`: a value restating a
# from-to change after a comma names the changed phrase.
_VERB_FROM_TO_METRIC = GuardedPattern(
    _CHANGE_VERB + r"\s+(?:the\s+|its\s+|their\s+)?"
    r"(?P<m>[\w/@-]+(?:\s+(?!from\b)[\w/-]+){0,6}?)\s+from\s+[^,;]{1,40}?" + _TO_THEN_RESTATED,
    ["from"],
)
# `training time was reduced from 14 days to 3.5 days, a 4x improvement`, `latency drops
# from 10 ms to 2 ms, a 5x reduction`: the subject of the from-to change.
_SUBJECT_FROM_TO_METRIC = GuardedPattern(
    r"(?r)(?P<m>(?:[\w/%-]+\s+){0,4}[\w/%-]+)(?<!\b(?:is|are|was|were|been))\s+"
    r"(?:(?:is|are|was|were|has\s+been|have\s+been)\s+(?:reduced|decreased|increased|improved|"
    r"cut|lowered|shortened|raised)|drops?|dropped|falls?|fell|decrease[sd]|increase[sd]|"
    r"improve[sd]|rises?|rose|grows?|grew|goes\s+down|went\s+down)\s+from\s+[^,;]{1,40}?"
    + _TO_THEN_RESTATED,
    ["from"],
)
# `achieves a throughput of 3.2k images/s, which is 18% higher than TensorRT`: the value
# of a clause on an amount compares that amount.
_WHICH_IS_METRIC = GuardedPattern(
    r"(?r)\b(?:a|an|the)\s+(?P<m>[\w/-]+(?:\s+[\w/-]+){0,2})\s+of\s+[^,;]{1,40},\s*"
    r"(?:which\s+is|i\.e\.,?)\s+(?:up\s+to\s+|about\s+|nearly\s+|over\s+)?[~$]?$",
    ["which", "i.e."],
)
# `achieves 1.85 TOPS/W, which is 2.7x better`: the unit of the value restated measures it.
_UNIT_WHICH_IS_METRIC = GuardedPattern(
    r"(?r)\d[\d.,]*\s*(?P<m>[A-Za-z][\w]*(?:/[A-Za-z][\w]*)?),\s*"
    # or right after the comma: `reaches 1,520 images/s, 31% more than TensorRT`
    r"(?:(?:which\s+is|i\.e\.,?)\s+)?(?:up\s+to\s+|about\s+|nearly\s+|over\s+)?[~$]?$",
    [","],
)
# `reduces latency by 1.5x for A and by 2.6x for B`: the same verb's second `by`.
_VERB_METRIC_AGAIN = GuardedPattern(
    _VERB_AND_OBJECT + r"(?:(?!\bby\b)[^;])*?(?:,\s*|\s+)(?:and|or)\s+by\s+"
    r"(?:up\s+to\s+|about\s+|nearly\s+|over\s+)?[~$]?$",
    ["and by", "or by"],
)
# `significant improvement in key engagement metrics (up to +2.66%)`: a value in parentheses
# after the phrase a change noun's `in` names.
_CHANGE_IN_BEFORE_PAREN = GuardedPattern(
    r"(?r)\b(?:improvements?|gains?|increases?|reductions?|decreases?|savings?)\s+in\s+"
    r"(?:the\s+)?(?P<m>[^,;()]{1,60}?)\s*\(\s*(?:up\s+to\s+|about\s+|over\s+|~\s*)?[+~]?$",
    ["("],
)
# `significant energy savings (up to 79% reduction)`, `a latency reduction (35%)`: an aside
# opening right after a change noun restates that change; the words before the noun name it.
_METRIC_CHANGE_BEFORE_PAREN = GuardedPattern(
    # (searched from the start: the longest phrase, cut by `metric_phrase_before`)
    rf"\b(?P<m>[\w/-]+(?:\s+[\w/-]+){{0,3}}?)\s+{_CHANGE_NOUN_WORD}\s*{_ASIDE_OPENING}",
    ["("],
)
# `better run-time performance and energy efficiency (up to 3.1x and 1.4x ...)`: values in an
# aside after a comparative's phrase measure what it names.
_COMPARATIVE_BEFORE_PAREN = GuardedPattern(
    rf"\b(?:{'|'.join(_COMPARATIVES)})\s+(?P<m>[A-Za-z][\w/-]*(?:\s+[A-Za-z][\w/-]*){{0,5}}?)\s*"
    + _ASIDE_OPENING,
    ["("],
    regex.IGNORECASE,
)
# `in Click-Through Rate (+2.74%) and Revenue (+`: the next measure of a list whose values
# stand signed in asides.
_NEXT_METRIC_BEFORE_PAREN = GuardedPattern(
    r"(?r)\d\s*(?:\\?%|[xX])?\s*\)\s*(?:,\s*(?:and\s+)?|and\s+)"
    r"(?P<m>[A-Za-z][\w/@-]*(?:\s+[A-Za-z][\w/@-]*){0,2}?)\s*\(\+$",
    [")"],
)
# `(?r)`: a pattern anchored at the window's end is searched from the end, so it is tried at
# one start instead of every start in the window (some fifty times faster here); the match is
# the same (`tests/test_context.py` checks it on real windows).
_NAMED_METRIC = GuardedPattern(
    # not past another value's phrase: `a mean speedup of 2.7x and a median improvement of`
    r"(?r)(?P<m>[\w-]+\s+)?(?P<n>[Ss]peed-?ups?|[Tt]hroughput|[Ll]atency)\s+of\s+"
    r"(?:(?!\d\S*\s+(?:and|or)\s+(?:an?|the)\s)[^,;])*$",
    ["peed", "hroughput", "atency"],
)
# `speedups in initialization and query time`, `5.97x in quantization time`, `3.1%
# improvement on AP`: the phrase after `in`/`on` right after the value (and its change noun).
_CHANGE_IN_METRIC = GuardedPattern(
    r"^\s*\)?\s*(?:\([^)]*\)\s*)?(?:(?:relative\s+|average\s+|overall\s+)?(?:speed-?ups?|"
    r"speed\s+up|(?P<change>improvements?|reductions?|gains?|increases?|decreases?|savings?|"
    r"drops?|declines?|rises?|jumps?|growth|loss(?:es)?|degradations?)|"
    r"boosts?|acceleration)\s+)?(?P<prep>in|on)\s+"
    # (`by 2.69% in a training-free manner`: an article `a` opens a setting, no metric)
    r"(?:terms\s+of\s+)?(?:the\s+|its\s+|their\s+)?(?!an?\s)(?P<m>[A-Za-z\\][^;.()]*)",
    ["in", "on"],
)
# `area efficiency improvements of 1.27x`: the phrase before a change noun whose `of` or
# `by` leads to the value.
_METRIC_CHANGE_OF = GuardedPattern(
    r"(?r)(?:(?P<m>(?:[\w/%\\-]+\s+){0,3}[\w/%\\-]+)\s+(?:improvements?|gains?|reductions?|"
    # (or a copula: `the arithmetic complexity reduction is up to 7.03x`)
    r"speed-?ups?|savings?|boosts?|increases?|decreases?|acceleration)\s+(?:of|by|is|was|are|were)|"
    # (a loss only with `of`: `mitigates utilization loss by 68%` names what was cut)
    r"(?P<m>(?:[\w/%\\-]+\s+){0,3}[\w/%\\-]+)\s+(?:loss(?:es)?|drops?|degradations?)\s+of|"
    # ... or straight to a bound: `speed improvements up to 3.67x`
    r"(?P<m>(?:[\w/%\\-]+\s+){0,3}[\w/%\\-]+)\s+(?:improvements?|gains?|reductions?|speed-?ups?|"
    r"savings?|boosts?)(?=\s+up\s+to\s))\s+(?:only\s+)?"
    r"(?:up\s+to\s+|about\s+|approximately\s+|over\s+|more\s+than\s+|nearly\s+|around\s+)?"
    r"[~$]?$",
    ["improvement", "gain", "reduction", "speed", "saving", "boost", "increase", "decrease"]
    + ["acceleration", "loss", "drop", "degradation"],
)
# `outperforms X in 95%ile latency and GPU utilization by 33.5% and 20.1%`: `in` a phrase,
# then `by` the value (within one clause: `by 21.1% in success rate, while reducing training
# cost by 3x` is no phrase of success rate's).
_IN_METRIC_BY = GuardedPattern(
    # (a word a hyphen joins is no preposition: `The plug-in reduces latency by`)
    r"(?<![\w-])(?:in|on)\s+(?:terms\s+of\s+)?(?:the\s+)?"
    r"(?P<m>(?:(?!\b(?:in|on|by|while|whereas|but|which|when|where)\b)[^;()]){1,80}?)\s+by\s+"
    r"(?:up\s+to\s+|about\s+|over\s+|nearly\s+)?[~$]?$",
    ["in", "on"],
)
# `a speedup in latency and throughput up to 2.28x`: a change noun's `in`, then the bound alone
# (no comma: `improvements of 10% on MMLU, and improving X up to` is another clause's).
_CHANGE_IN_METRIC_UP_TO = TimedPattern(
    r"(?r)(?:speed-?ups?|improvements?|gains?|reductions?|savings?|boosts?)\s+in\s+(?:the\s+)?"
    r"(?P<m>[^,;()]{1,60}?)\s+up\s+to\s+[~$]?$"
)
# `reduces hardware cost by 19%-41% and TDP by 2%-17%`: the verb's second object, after a
# value (`reduces the volume and overhead by 3x` is one phrase).
_AND_METRIC_BY = GuardedPattern(
    rf"(?:\d|%|x|\$|{_PERCENT_WORD})\s+and\s+(?:the\s+|its\s+|their\s+)?(?P<m>(?!by\b)[\w/%\\-]+"
    r"(?:\s+(?!by\b|up\b)[\w/%\\-]+){0,2})\s+(?:by\s+)?"
    # (the value may be signed: `Time Spent by +0.33% and Engagement by +1.25%`)
    r"(?:up\s+to\s+|about\s+|over\s+|nearly\s+)?[~$]?\+?$",
    ["and"],
)
# `reduces time by 13%-57%, energy by 10%-39%, and memory by`: a later object after a comma,
# with its own `by` (tried only where the text ends in one, `_BY_ENDINGS`); a LaTeX font
# around the value leaves a space before the comma (`by \textbf{95\%}, GPU memory by`).
_COMMA_METRIC_BY = GuardedPattern(
    rf"(?:\d|%|x|\$|{_PERCENT_WORD})\s?,(?:\s*and)?\s+(?:the\s+|its\s+|their\s+)?"
    r"(?P<m>(?!by\b|and\b)[\w/%\\-]+(?:\s+(?!by\b|up\b)[\w/%\\-]+){0,2})\s+by\s+"
    r"(?:up\s+to\s+|about\s+|over\s+|nearly\s+)?[~$]?$",
    [","],
)
_BY_ENDINGS = ("by ", "by up to ", "by about ", "by over ", "by nearly ", "by ~", "by $")
# `a reduction in training loss by `: a change noun, what changed, and the `by` that sizes it.
_CHANGE_IN_THEN_BY = TimedPattern(
    # (a phrase of up to four words: `an increase in response time can reduce X by` is a clause)
    rf"(?r)\b{_CHANGE_NOUN_WORD}\s+in\s+(?:the\s+)?"
    r"(?P<m>[A-Za-z][\w/@-]*(?:\s+(?!(?:can|could|will|may|might|would|is|are|was|were|on|for|"
    r"at|across|with)\b)"
    r"[\w/@-]+){0,3})\s+by\s+(?:up\s+to\s+|about\s+|over\s+|nearly\s+)?[~$]?$"
)
# A change verb's forms as a verb (not the noun `reduction`): `reduces`, `cut`, `speeds up`.
_CHANGE_VERB_FORM = (
    r"(?:(?:reduc|improv|increas|decreas|enhanc|rais|accelerat|sav|mitigat|minimi[sz]|"
    r"alleviat|elevat)(?:e|es|ed|ing)|amplif(?:y|ies|ied|ying)|curtail(?:s|ed|ing)?|compress(?:es|ed|ing)?|"
    r"augment(?:s|ed|ing)?|"
    r"(?:boost|lower|shorten|slash)(?:s|es|ed|ing)?|(?:cut(?:s|ting)?|trim(?:s|med|ming)?)(?:\s+down)?|"
    r"shrink(?:s|ing)?|shrunk|speeds?\s+up|sped\s+up|suppress(?:es|ed|ing)?|curb(?:s|ed|ing)?|"
    r"shift(?:s|ed|ing)|lift(?:s|ed|ing)?)"
)
# What every form above holds (lower-cased): the guard literals of the patterns built on it.
_CHANGE_VERB_FORM_STEMS = ["reduc", "improv", "increas", "decreas", "enhanc", "rais"]
_CHANGE_VERB_FORM_STEMS += ["accelerat", "sav", "mitigat", "minimi", "alleviat", "elevat"]
_CHANGE_VERB_FORM_STEMS += ["amplif", "curtail", "compress", "boost", "lower", "shorten"]
_CHANGE_VERB_FORM_STEMS += ["slash", "cut", "trim", "shrink", "shrunk", "speed", "sped"]
_CHANGE_VERB_FORM_STEMS += ["augment", "suppress", "curb", "shift", "lift"]
# A clause of a change verb, to its end: `P1 reduced static analyzer findings across all models, `.
_CHANGED_CLAUSE = TimedPattern(rf"\b{_CHANGE_VERB_FORM}\b[^,;.()]*,\s*$")
# A change verb right before a value, and the share of a whole after it: `saving 60% of
# prefill compute`, `removes up to 50% of the weights`.
_CHANGE_VERB_BEFORE = GuardedPattern(
    rf"(?r)\b(?:{_CHANGE_VERB_FORM}|remov(?:e|es|ed|ing)|eliminat(?:e|es|ed|ing))\s+"
    r"(?:up\s+to\s+|about\s+|nearly\s+|over\s+|more\s+than\s+|roughly\s+|around\s+)?[~]?$",
    [*_CHANGE_VERB_FORM_STEMS, "remov", "eliminat"],  # two windows in three hold none
    regex.IGNORECASE,
)
# A from-to change restated by the value in parentheses after it: `reduces end-to-end latency
# from 120 ms to 45 ms (2.7x)`; `changed` is the clause up to `from`.
_FROM_TO_THEN_PARENTHESIS = GuardedPattern(
    # (a comma inside a number is no clause's: `from 15,088 to 2,463 (83.7%)`)
    r"(?r)(?P<changed>(?:[\w/@-]+\s+){1,8})from\s+(?:[^,;()]|(?<=\d),(?=\d)){1,40}?\s+to\s+"
    r"(?:[^,;()]|(?<=\d),(?=\d)){1,40}?\s*\(\s*"
    r"(?:up\s+to\s+|about\s+|nearly\s+)?[~$]?$",
    ["from"],
)
_SHARE_OF = TimedPattern(r"\s*of\s+(?:the\s+|its\s+|their\s+)?(?P<m>[A-Za-z].*)")
# `an improvement of 58% of our system`: whose change it is, no share of a measure.
_OF_AN_OWNER = TimedPattern(r"\s*of\s+(?:our|their|its|his|her|my|your)\b", regex.IGNORECASE)
# A change verb inside an `in` phrase: `a 100 ms rise in response time can reduce sales by`
# names what the verb changes, its object.
_VERB_INSIDE = TimedPattern(rf"\s{_CHANGE_VERB_FORM}\s+(?:the\s+|its\s+|their\s+)?(?=\S)")
# `reduces model size 4x`, `cuts memory traffic ~4.2x`: a change verb (a verb's form, not the
# noun `reduction`) and its object right before the value, with no `by`. No word of the object
# is a joiner, a preposition or a qualifier's. Each word is read whole (atomic): a space must
# stand before it, so no part of a word could do, and trying each part cost a third of the search.
_OBJECT_WORD = (
    # (nor a copula: `compressed models are 12.7x faster` is no verb's object)
    r"(?!(?:the|its|their|and|or|by|with|than|over|in|on|for|to|of|from|at|between|up|about|"
    r"nearly|more|less|roughly|approximately|around|almost|only|under|across|within|is|are|was|"
    r"were)\b)(?>[\w/@-]+)"
)
_VERB_OBJECT_VALUE = GuardedPattern(
    # (a participle after an article is an adjective: `the accelerated networks requires 20X`;
    # `This reduces X by` is still a verb)
    rf"(?r)(?:(?<!\b(?i:the|an?|our|its|their|these|this)\s)|(?![A-Za-z]+ed\b))"
    rf"\b{_CHANGE_VERB_FORM}\s+"
    r"(?:the\s+|its\s+|their\s+)?"
    rf"(?P<m>{_OBJECT_WORD}(?:\s+{_OBJECT_WORD}){{0,3}})\s+(?:up\s+to\s+|about\s+|nearly\s+|"
    r"over\s+|more\s+than\s+|roughly\s+|approximately\s+)?[~$]?$",
    _CHANGE_VERB_FORM_STEMS,
)
# `the geomean bandwidth efficiency shows 3.28x`, `latency improves by 1.7x`, `memory use is
# reduced by 30%`: the subject of a verb that gives the value.
_SUBJECT_METRIC = GuardedPattern(
    # (a possessive is read whole, for `metric()` to strip: `our model's memory consumption`)
    r"(?r)(?P<m>(?:[\w/%\\'\u2019-]+\s+){0,4}[\w/%\\'\u2019-]+)"
    r"(?<!\b(?:is|are|was|were|be|can|could|will|may))\s+"
    # (`the actuation force can be reduced by 92%`: a modal's passive too)
    r"(?:(?:is|are|was|were|(?:can|could|will|may)\s+be)\s+"
    # (`the top-5 error rate is only increased by 0.9%`)
    r"(?:(?:only|further|also|even|greatly|significantly|substantially|slightly)\s+)?"
    r"(?:reduced|decreased|increased|improved|cut|lowered|accelerated|"
    r"sped\s+up)|shows?|showed|"
    r"has|have|had|reach(?:es|ed)?|grows?|grew|rises?|rose|falls?|fell|drops?|dropped|"
    r"improve[sd]|increase[sd]|decrease[sd]|declines?|declined)\s+(?:by\s+)?(?:up\s+to\s+|"
    r"about\s+|nearly\s+|over\s+|at\s+most\s+|roughly\s+|approximately\s+|around\s+|"
    r"almost\s+|(?:less|more)\s+than\s+|only\s+)?[~$]?$",
    ["show", "has", "have", "had", "reach", "grow", "grew", "rise", "rose", "fall", "fell", "drop"]
    + ["improve", "increase", "decrease", "decline", "reduced", "cut", "lowered", "accelerated"]
    + ["sped"],
)
# `the energy consumption of AlexNet and GoogLeNet is reduced by`: the measure of a subject
# whose other words name what was measured.
_SUBJECT_MEASURE_OF = GuardedPattern(
    r"(?r)\b(?P<m>[\w-]+(?:\s+[\w-]+)?)\s+of\s+[^,;()]{1,60}?\s+(?:is|are|was|were)\s+"
    r"(?:reduced|decreased|increased|improved|cut|lowered|accelerated)\s+by\s+"
    r"(?:up\s+to\s+|about\s+|nearly\s+|over\s+|roughly\s+|approximately\s+|almost\s+)?[~$]?$",
    ["ed by ", "cut by "],  # (its verbs' endings: `of` alone stands in most windows)
)
# `latency is 30% reduced`, `training time is 40% shorter than before`: a change word with no
# noun of its own after the value (`_COMPARATIVE_METRIC` reads one that has) ...
_BARE_CHANGE_AFTER = TimedPattern(
    rf"\s*(?:{'|'.join(_COMPARATIVES)}|reduced|decreased|increased|improved|shortened|lowered)\b",
    regex.IGNORECASE,
)
# ... changes the subject of `is` right before the value.
_IS_WORDS = frozenset(["is", "are", "was", "were", "becomes", "become", "became"])
_SUBJECT_IS_VALUE = TimedPattern(
    r"(?r)(?P<m>(?:[\w/%\\'-]+\s+){0,4}[\w/%\\'-]+)\s+"
    rf"(?:{'|'.join(sorted(_IS_WORDS, key=len, reverse=True))})\s+"
    r"(?:up\s+to\s+|about\s+|nearly\s+|over\s+|roughly\s+|approximately\s+|around\s+|"
    r"almost\s+|(?:less|more)\s+than\s+|only\s+)?[~$]?$"
)
_NOT_SUBJECT_WORDS = frozenset(
    "the a an its their our his her this that these those and or".split()
)
# What qualifies a subject after its noun: `speed on A100`, `the latency when using NAC`.
_SUBJECT_QUALIFIERS = frozenset(
    "using with without under during after on in for by of at across to".split()
)
# What opens a clause of its own: the subject starts after it.
_SUBJECT_CLAUSE_OPENERS = frozenset("while when whereas which but".split())


def _subject_phrase(words: str) -> str | None:
    """The noun phrase ending `words`: after its article, before what qualifies it."""
    split = words.split()
    kept: list[str] = []
    at = len(split) - 1
    while at >= 0:
        word = split[at].lower()
        if word in _SUBJECT_CLAUSE_OPENERS:
            break
        if word in _SUBJECT_QUALIFIERS:
            kept, at = [], at - 1  # what was kept qualifies the phrase: `on A100`
            continue
        if word in _NOT_SUBJECT_WORDS or word[:1].isdigit():
            if at > 0 and split[at - 1].lower() in _SUBJECT_QUALIFIERS:
                kept, at = [], at - 2  # `on an A100`
                continue
            break
        kept.append(split[at])
        at -= 1
    return " ".join(reversed(kept)) or None


# `achieving 2.22x server throughput`: a noun phrase right after the value; never a clause
# that starts there (`improves by 1.7x while accuracy drops`).
_VALUE_NOUN = TimedPattern(
    # a preposition opens a setting, not the value's noun: `by 1.5x across batch sizes`
    # (nor does a comparator: `performs 4.86x than A`)
    r"^\s*(?:the\s+)?(?!(?:while|whereas|and|but|or|which|that|when|where|if|as|so|thus|than|"
    r"hence|since|because|respectively|across|under|within|during|for|in|on|at|by|per|via|"
    r"through|over|from|to|with|without|between|among)\b)(?P<m>[A-Za-z][\w/@-]*(?:\s+[A-Za-z][\w/@-]*){0,2}?)(?=\s*[,;.()]|\s+(?:than|"
    r"compared|over|versus|vs|relative|against|while|with|and|on|in|for|at|by|across|when|"
    r"through|of|along|respectively)\b|\s*$)"
)
# `For saving and loading times, X achieves ...`: a sentence that opens with what it measures.
_LEAD_METRIC = GuardedPattern(
    r"^\s*(?:for|in\s+terms\s+of|regarding|with\s+respect\s+to)\s+(?:the\s+)?"
    r"(?P<m>[^,;]{1,50}),",
    ["for", "terms", "regarding", "respect"],
    regex.IGNORECASE,
)
# `In graph construction time, X is 2-27x faster`: a scope opening the sentence names what a
# bare speed word measures; the phrase is cut as after any `in` and must end in a metric word
_LEAD_IN_METRIC = GuardedPattern(
    r"^\s*in\s+(?!terms\s+of\b)(?:the\s+)?(?P<m>[^,;]{1,80}),", ["in"], regex.IGNORECASE
)
# An object that is what the change beat, not a measure: `improving the existing best result
# (SwinTrack) by 4.3%`, `enhance even stronger baseline PVTv2 by 1.86%`.
_NAMES_A_COMPARATOR = TimedPattern(
    r"(?:\b(?:results?|baselines?|SOTA|state[\s-]of[\s-]the[\s-]art|prior\s+art)"
    r"|\bbaselines?\s+(?-i:[A-Z])[\w.-]*)(?:\s+\([^()]*\))?$",
    regex.IGNORECASE,
)
# Verbs that open a value's own clause right after an `and` (`and performs 2-3x closer`).
_CLAUSE_VERBS_AFTER_AND = frozenset(
    "performs runs achieves delivers provides yields offers attains obtains gives shows reaches "
    "enables uses requires consumes needs remains stays scales".split()
)
# Participles that open the clause of a result after a comma: `, yielding over 2x recall`.
_RESULT_PARTICIPLES = frozenset(
    "yielding achieving delivering giving providing enabling attaining obtaining offering "
    "bringing reaching resulting leading".split()
)
# A clause of its own between a verb's `by` value and this value: `by 2-5x to baselines and
# performs 2-3x closer` (a list goes on with a value: `by 2x on A and 3x on B`).
_CLAUSE_AFTER_A_VALUE = TimedPattern(
    r"(?:\d|%|x|×|times)\s+(?:[^,;]*?\s)?and\s+(?:also\s+)?[a-z]+(?:s|ed)\s+(?:[^,;\d]*?\s)?$"
)
# An aside right after a value holding a measure's name alone: ` (mask AP)`.
_METRIC_ASIDE = TimedPattern(r"\s*\(\s*(?P<m>[A-Za-z][\w@/-]*(?:\s+[A-Za-z][\w@/-]*){0,2})\s*\)")
# ... when a change noun follows the asides (`) and storage (32X) improvement`), or a verb
# stands before (`cuts the energy consumption (2.5x)`); not a comparator (`than A (5.8x)`).
_ASIDES_THEN_CHANGE_NOUN = TimedPattern(
    r"[$}]*\s*\)(?:\s*(?:,\s*and|,|and)\s*[A-Za-z][\w-]*(?:\s+[A-Za-z][\w-]*)?\s*\([^()]*\))*"
    r"\s+(?:improvements?|reductions?|gains?|savings?|speed-?ups?|boosts?|increases?|decreases?)\b"
)
# The noun (one or two words) right before an aside a value opens: `storage (`.
# (read from the end: a reversed `match` starts at the window's end, where the aside opens)
_NOUN_BEFORE_PAREN = TimedPattern(r"(?r)(?P<m>[A-Za-z][\w-]*(?:\s+[A-Za-z][\w-]*)?)\s*\(\s*$")
# Whose the measure is, up to the last possessive: `the KV cache's ` of `the KV cache's memory`.
_POSSESSOR = TimedPattern(r"^.*'s?\s+")
# Words that say only that something got faster: a scope opening the sentence says what
_BARE_SPEED_WORDS = frozenset(["faster", "quicker", "speedup", "speedups", "speed-up", "speed-ups"])
_MODALS = frozenset(["can", "could", "will", "would", "may", "might", "must", "should"])
# Where a metric phrase read after `in`/`on` ends: a comparison, a clause, a condition, a value.
_METRIC_PHRASE_END = TimedPattern(
    r"\s+(?:than|compared|over|versus|vs\.?|relative|against|while|whereas|but|with|without|"
    # (but `Time to First Token` is one name)
    r"when|across|under|at|by|for|on|in|respectively|which|that|using|from|to(?!\s+[Ff]irst\b)|"
    r"after|during|via|alongside|above|below|behind|ahead|"
    r"within|beyond|between|specifically|particularly|especially|notably|comparing|compare|"
    r"depending|as\s+(?:compared|opposed))"
    r"\b|,\s*respectively|"
    # a dash opens an aside: `in sample efficiency -- in 17 million steps`
    r"\s+--|\s*\u2014|\s+\u2013\s|"
    # `the number of frames classified`: a count's `of` goes on to what is counted
    r"(?<!\b(?:number|amount|count|fraction|proportion|percentage|share))\s+of\b|"
    r"(?:\s*,\s*|\s+and\s+|\s+)(?:an?\s+)?[~<>$+]?\d|\s*\$|[:!?]"
    # the next claim's own noun phrase: `in optimization and an average PSNR improvement of`
    r"|\s+and\s+an?\s"
    # a clause of its own: `in latency and enable inference on wider networks`
    r"|,?\s+and\s+(?:enables?|allows?|achieves?|makes?|provides?|delivers?|maintains?|"
    r"supports?|keeps?|requires?|retains?|preserves?|outperforms?|surpass(?:es)?|beats?|"
    # ... or with a subject of its own: `of processor energy, and it allows background jobs`
    r"exceeds?|matches|it|they|we|this|these|which|our|its)\b"
    # the next value's own qualifier: `in profiling time and less than 4% error`
    r"|,?\s+(?:and|or)\s+(?:more|less|fewer)\s+than\s"
    # the next item of a list of values: `in task success and up to a 9% gain in F1`, `in
    # TTFT and a 3-fold gain` (the article before a value is matched above)
    rf"|,?\s+(?:and|or)\s+{_LIST_QUALIFIER}\s"
    # the next clause's own change: `on GSM8K and reduces the error rate`
    rf"|,?\s+(?:and|or)\s+{_CHANGE_VERB_FORM}\b"
    # the same verb's next `by`: `by 2.2x in throughput and by 35% in tail latency`
    r"|,?\s+(?:and|or)\s+by\b"
    # a modal starts the subject's next clause: `in sample efficiency and can solve tasks`
    rf"|,?\s+(?:and|or)\s+(?:{'|'.join(sorted(_MODALS))})\s"
    # ... or the phrase's own copula: `a reduction of 56.6% of the peak motor power can be`
    # (not another verb: `an increase in response time can reduce X by` names what it changes)
    rf"|\s+(?:is|are|was|were|(?:{'|'.join(sorted(_MODALS))})\s+be)\s"
    # a clause of a gerund and its object: `in training time, underscoring its efficiency`
    r"|,\s*[a-z]+ing\s+(?:its|the|their|our|a|an|that|how|it|them|this)\b"
    # another verb and its own value: `in activity coverage, and detects 31% more bugs`
    r"|,?\s+and\s+(?:[a-z]+\s+){0,2}?[a-z]+s\s+(?:up\s+to\s+)?[~$]?\d"
    # the next item's own comparative, a change of its own: `a 4x improvement in tracking
    # performance, smoother control inputs, and faster computation`
    rf"|(?:\s*,\s*(?:and\s+)?|\s+and\s+)(?:{'|'.join(_COMPARATIVES + _LIST_COMPARATIVES)})\s"
)
# A list of metric phrases: `latency, energy, and area`, `initialization and query time`.
_METRIC_LIST = TimedPattern(r"^[^,]+(?:,\s*[^,]+)*,?\s+and\s+[^,]+$")
# Words that say how large a change is, before the metric of its noun phrase.
_SIZE_ADJECTIVES = frozenset(
    "absolute relative significant substantial considerable remarkable notable average".split()
    + ["extra", "additional", "further"]
)
# Prepositions and joiners that end no metric phrase (`energy efficiency of`).
_EDGE_JOINERS = frozenset({"of", "in", "on", "for", "to", "by", "and", "or"})
# Words of averaging or bounds right before a change noun: no metric (`2.5x geomean speedup`).
_AVERAGING_WORDS = frozenset(
    "geomean average mean median maximum max minimum peak geometric-mean".split()
)
# Words before a change noun that are not part of the metric's phrase.
_NOT_METRIC_WORDS = frozenset(
    """a an the its their our his her this that these those and or of to with by in on for up
    achieve achieves achieved achieving show shows showed shown deliver delivers delivered yield
    yields yielded provide provides provided offer offers offered bring brings brought obtain
    obtains obtained attain attains attained reach reaches reached gain gains gets get got has
    have had is are was were be been exhibit exhibits exhibited demonstrate demonstrates
    significant significantly notable substantial considerable remarkable average maximum
    overall total respective further additional also both while whereas but which when
    absolute relative give gives gave given report reports reported see sees saw seen observe
    observes observed enable enables enabled produce produces produced realize realizes
    realized large huge dramatic major great massive modest marginal slight impressive
    tremendous sizable sizeable noticeable meaningful appreciable maintain maintains maintained
    maintaining keep keeps kept keeping low high delivering yielding providing offering
    bringing obtaining attaining reaching showing demonstrating exhibiting enabling producing
    realizing giving reporting observing seeing getting having demonstrated reveal reveals
    revealed revealing indicate indicates indicated indicating suggest suggests suggested
    confirm confirms confirmed above below behind ahead include includes included including
    they we it
    """.split()
)
# Words before a metric's noun that are no part of it; a scope still is (`overall speedup`).
_NOT_A_MODIFIER = (_NOT_METRIC_WORDS - {"overall", "total"}) | {"mean", "geomean", "median"}


def metric_phrase_after(window: str) -> str | None:
    """The metric phrase that opens `window`, cut where the phrase ends; a list stays whole."""
    end = _METRIC_PHRASE_END.search(window)
    phrase = window[: end.start()] if end else window
    phrase = phrase.strip().rstrip(",").strip()
    if "(" in phrase and ")" not in phrase:  # `memory used during training (7.7 GB instead`
        phrase = phrase[: phrase.index("(")].strip()
    if "," in phrase and not _METRIC_LIST.match(phrase):
        phrase = phrase[: phrase.index(",")].strip()
    if not phrase or len(phrase.split()) > 8:
        return None
    return phrase


def _scope_metric(text: str, lo: int, start: int) -> str | None:
    """The metric a scope opening the sentence names (`In graph construction time,`).

    The phrase's last word must name a group itself: `In memory-constrained settings,` is
    a setting, not the memory that changed.
    """
    opening = text[lo:start]
    lead = _LEAD_IN_METRIC.search(opening) or _LEAD_METRIC.search(opening)
    phrase = metric_phrase_after(lead.group("m") + " ") if lead else None
    if not phrase:
        return None
    return phrase if group_index().group_of(phrase.split()[-1]) is not None else None


def metric_phrase_before(words: str) -> str | None:
    """The end of `words` that can name a metric: the words after the last verb or article."""
    kept: list[str] = []
    for word in reversed(words.split()):
        if word.lower() in _NOT_METRIC_WORDS or word[:1].isdigit():
            break
        kept.append(word)
    return " ".join(reversed(kept)) or None


# The verbs of a comparison that name what they beat, and the literals that guard them.
_BEAT_VERBS = r"out-?perform(?:s|ed|ing)?|surpass(?:es|ed|ing)?|beats?"
_BEAT_LITERALS = ["outperform", "out-perform", "surpass", "beat"]
_BEAT_STEMS = tuple(_BEAT_LITERALS)
# `exceeds A by 1.6%` and `improving over/upon A by 5.13%` beat A too, but only with their
# `by`: what `exceeds` takes alone is mostly a level (`achieve or exceed SOTA accuracy ... with
# a 1.8X improvement`).
# (`improves on ToolSpec by 34.1%`, not `improves on average by`); so does what trails A by
# 10% (`trails PMD by`, `lags behind SoTA by`, `underperforms A by`, `loses to A by`) or leads
# it (`leads A by`, not `the leading baseline`, `leads to`)
_BEAT_BY_VERBS = (
    rf"{_BEAT_VERBS}|exceed(?:s|ed|ing)?|improv(?:e|es|ed|ing)\s+(?:over|upon|on(?!\s+average\b))"
    r"|trail(?:s|ed|ing)?|underperform(?:s|ed|ing)?|(?:lag(?:s|ged|ging)?|fall(?:s|ing)?|fell)"
    r"\s+behind|(?<!\b(?:the|a|an)\s)lead(?:s|ing)(?!\s+(?:to|by)\b)|los(?:e|es|t|ing)\s+to"
)
_BEAT_BY_LITERALS = [
    *_BEAT_LITERALS,
    "exceed",
    "improv",
    "trail",
    "underperform",
    "behind",
    "lead",
    "los",
]
_BEAT_BY_STEMS = (*_BEAT_STEMS, "exceed", "trail", "underperform")
# The words that mark what follows as compared with (`faster than A by 2x and B by`).
_COMPARED_MARKERS = frozenset(
    {"than", "over", "upon", "versus", "vs", "against", "compared", "relative"}
)
# Where the subject of a verb that beats (`outperforms`) starts, read leftwards: a clause
# before it ends there.
_SUBJECT_OPENERS = frozenset({"and", "or", "that", "which", "while", "where", "when", "so"})


def _verb_form(word: str) -> bool:
    """Whether a word ends as a verb's form may (`reduces`, `lowered`, `cutting`).

    A double `s` ends nouns (`loss`, `access`, `process`): `increases the mean power loss by
    28%` is an increase.
    """
    return word.endswith(("ed", "ing")) or (word.endswith("s") and not word.endswith("ss"))


def words_to_beat_verb(words: list[str]) -> list[str]:
    """The words left of a value (nearest first), up to the subject of a verb that beats.

    `more efficient than A (...), and FSMoE outperforms B by 1.2x`: what the earlier clause
    measures (`efficient`) is not what the value does. The subject stays
    (`Cuper's geomean throughput outperforms B by 3.28x`).
    """
    for position, word in enumerate(words):
        if word.lower().startswith(_BEAT_STEMS):
            end = next(
                (
                    i
                    for i in range(position + 1, len(words))
                    if words[i].lower() in _SUBJECT_OPENERS
                ),
                len(words),
            )
            by = next((i for i in range(position) if words[i].lower() == "by"), None)
            if by is not None and _MEASURE_PREPOSITIONS.isdisjoint(
                w.lower() for w in words[by + 1 : position]
            ):
                # `surpasses external memory systems such as X by 38%`: the verb's object is
                # what it beats, no measure (one with `in`, `on`, ... may name one)
                return words[: by + 1] + words[position:end]
            return words[:end]
    return words


_MEASURE_PREPOSITIONS = frozenset({"in", "on", "of", "for", "at"})


# A comparator named as the owner of its own value: `Diffusion Policy's 100 (steps)`.
# (its value may be set in maths, and another achievement may follow: `GPT-5's $21.2\%$
# baseline and the strongest agentic result`)
_OWNERS_VALUE = TimedPattern(
    r"(?P<b>.+?)'s\s+[~$]?\d[\d.,]*(?:\\?%\$?)?(?:\s*[A-Za-z%]+)?(?:\s+and\s+\D+)?"
)
# One character of a comparator read up to its comma: a closed parenthesis is one piece, its
# commas too; an unclosed one is a character like any other.
_IN_PARENTHESES = r"(?:[^,;()]|\([^()]*\)|\()"
# A comparator that opens with a parenthesis, after an article at most: the head follows it.
_MODIFIER_ASIDE = TimedPattern(r"(?:(?:the|a|an)\s+)?\(", regex.IGNORECASE)
_LEADING_BASELINE = GuardedPattern(
    # `Compared to compilers like A and B, as well as kernels such as C and D,`: both lists
    # (a whole word: not the `over` of `a planetary rover prototype`)
    r"\b(?:compared (?:to|with)|relative to|versus|against|over)\s+"
    # (a parenthesis, its commas too, is part of it: `Compared to the (slow, exact) solver,`)
    rf"(?P<b>{_IN_PARENTHESES}+?(?:,\s*as\s+well\s+as\s+{_IN_PARENTHESES}+?)?),",
    ["compared ", "relative to", "versus", "against", "over"],
    regex.IGNORECASE,
    leading=True,
)
_BEATS_BASELINE = GuardedPattern(
    rf"\b(?:{_BEAT_VERBS}|than|"
    # `achieves substantial improvements over X with average +14.5pp`
    # (a second verb before the object is no part of it: `surpass or match X`)
    r"(?:improvements?|gains?|advantages?|superior\s+performance)\s+over)\s+"
    # (past its aside: `surpassing the baseline (5,552 params; F1 = 90.5%) with 10x fewer`)
    rf"(?:(?:or|and)\s+[a-z]+\s+)?(?P<b>{_IN_PARENTHESES}+?)\s+(?:by|in|on|with)\b[^,;]*$",
    [*_BEAT_LITERALS, "than", "over"],
    scans_with_twin=True,
)
# `Compared to modeled H100s, simulations show ...`: a sentence that opens with its comparator.
# A `by` right before a value, with its qualifier: `by up to `, `by an average of `.
# (a sign or LaTeX may open the value: `by +5.13%`, `by $\sim$3x`)
_BY_BEFORE_VALUE = r"by\s+(?:an?\s+average\s+of\s+|(?:[a-z]+\s+){0,2})[+~$]?$"
# `surpasses A by up to 3.8x`: the value is what the verb beats its object by; with no
# object before `by` (`outperforms by 1.6 times previous implementations`) it follows the value.
_BEATEN_BY = GuardedPattern(
    # (a second verb before the object is no part of it: `surpass or match X by`)
    rf"\b(?:{_BEAT_BY_VERBS})\s+(?:(?:or|and)\s+[a-z]+\s+)?(?:(?P<b>[^,;]+?)(?P<appositive>,\s*[A-Z][\w.+-]*"
    r"(?:[\s-][A-Z0-9][\w.+-]*){0,2},)?\s+)?" + _BY_BEFORE_VALUE,
    _BEAT_BY_LITERALS,
)
# `outperforms A by 35% and B by 10%`: the verb's later object, after its earlier value.
_LATER_BEATEN = TimedPattern(
    r"\sby\s[^,;]*?\d[^\s,;]*\s*(?:,\s*(?:and\s+)?|\s+and\s+)"
    # (a change verb opens a clause of its own: `by 20 points, and reduces calls by`)
    rf"(?P<b>(?!{_CHANGE_VERB_FORM}\b)[^\d\s,;][^,;]*)$"
)
# `outperforms A by 2.1x, B by 1.5x, and C by`: a later object after a comma ...
_LATER_ITEM_BY = GuardedPattern(
    # (a name of a few words, not a clause of its own: `, while B improves over C by`, `, and
    # reduces calls by`)
    rf",\s*(?:and\s+)?(?P<b>(?!(?:and|while|whereas|which|but|where|when|{_CHANGE_VERB_FORM})\b)"
    r"[^\d\s,;][^,;\s]*"
    # (nor a clause's subject: `, F1-score is improved by`)
    r"(?:\s+(?!(?:over|than|against|compared|improves?|outperforms?|is|are|was|were)\b)"
    r"[^,;\s]+){0,3}?)"
    r"\s+" + _BY_BEFORE_VALUE,
    [" by "],
)
# ... where the verb beat an earlier one by a value.
_BEAT_BY_VALUE = GuardedPattern(
    rf"\b(?:{_BEAT_BY_VERBS})\s[^;]*?\bby\s[^,;]*\d[^,;]*$", _BEAT_BY_LITERALS
)


# `the best baseline, TensorRT-LLM, by 27%`, `its predecessor, FlashAttention.`: a name set
# off by commas after a description.
_APPOSITIVE = TimedPattern(
    r",\s*(?P<n>[A-Z][\w.+-]*(?:[\s-][A-Z0-9][\w.+-]*){0,2})\s*"
    r"(?:[,.;)]|$|\s+(?:by|on|in|with|for|at|and|across)\b)"
)


# Names a class is given as examples after its noun phrase ends: `frontier models, such as
# GPT-4o and Claude 3.5 Sonnet,`; `architectures to date such as VGGNet, ResNet, and GoogleNet`.
# Each name's words hold a capital or start with a digit, and the list ends where the phrase does.
_EXAMPLE_NAME = r"(?:[\w.+/-]*[A-Z][\w.+/-]*|\d[\w.]*)(?:\s+(?:[\w.+/-]*[A-Z][\w.+/-]*|\d[\w.]*))*"
# Where examples of a class open (`state-of-the-art GNN systems including DistDGL, ...`).
_EXAMPLES_OPEN = TimedPattern(r"(?r)\s*,?\s*(?:such\s+as|like|including|e\.g\.,?)\s+")
_EXAMPLES = GuardedPattern(
    rf"\s*,?\s*(?:to\s+date\s+)?(?:such\s+as|like|including|e\.g\.,?)\s+{_EXAMPLE_NAME}"
    rf"(?:\s*,\s*(?:and\s+|or\s+)?{_EXAMPLE_NAME}|\s+(?:and|or)\s+{_EXAMPLE_NAME})*"
    # the list ends with the phrase: not `including RAG and the master-slave paradigm`
    r"(?=\s*(?:[,.;)]|$)|\s+(?:on|in|for|with|by|at|across|under|while|when|to)\b)",
    ["such as", "like", "including", "e.g."],
)


def _with_examples(text: str, lo: int, hi: int, start: int, baseline: str) -> str:
    """A baseline with the names it is given as examples right after it, if any.

    A baseline read before the value (in `text[lo:start]`) keeps its examples only if they
    end before the value does.
    """
    at = text.rfind(baseline, lo, start)
    before = at >= 0
    if not before:
        at = text.find(baseline, start, hi)
        if at < 0:
            return baseline
    end = at + len(baseline)
    window = text[end : min(hi, end + 160)]
    if not _EXAMPLES.may_match(window):
        return baseline
    examples = _EXAMPLES.pattern.match(window)
    if examples is None or (before and end + examples.end() > start):
        return baseline
    return baseline + window[: examples.end()]


# Words after a value that open what else holds, not what the value changes.
# The last word of a value as `words_of` splits it: `54%` is `54` and `%`, `1.9x` one word.
_VALUE_ENDINGS = frozenset({"%", "×", "times", "fold"})
_OTHER_CLAUSE_OPENERS = frozenset(["without", "while", "whilst", "despite", "but", "yet"])
# A comparator cut right after its article (`compared to the 26x achieved by`) names none.
_ARTICLES_ALONE = frozenset({"the", "a", "an", "our", "their", "its", "this", "these"})
_PRONOUNS = frozenset(["it", "them", "they", "this", "that", "these", "those", "ours", "theirs"])


def _appositive_name(window: str, stop: int, phrase: str) -> str:
    """The name a description ending at `stop` is given after a comma, else the phrase.

    A description names no system (no capital letter): `the best baseline, TensorRT-LLM,`
    is TensorRT-LLM, while `vLLM, SGLang` stays as cut.
    """
    if window[stop : stop + 1] != "," or any(ch.isupper() for ch in phrase):
        return phrase
    named = _APPOSITIVE.match(window, stop)
    return named.group("n") if named else phrase


# A parenthesis that opens with a plain lower-case word says how, not what: `(both AMD and
# Intel)`, `(without SD)`; not `(e.g., vLLM)` or `(cuSPARSE, Magicube)`.
_CONDITION_ASIDE = TimedPattern(r"\s*\([a-z]+\s[^()]*\)$")
# `improve the timing of baseline HLS designs by 1.50x`, `improve the baseline FPGA HLS
# implementation performance by 2,200X`: what a `by` value improves is a baseline's, and the
# baseline is what the object names (a metric word closing it is not part of it).
# `improves latency over Ansor by 1.37x`, `cuts memory compared to ZeRO-3 by 40%`: the
# comparator named between what changed and the `by` that gives the value.
_COMPARATOR_THEN_BY = GuardedPattern(
    # (`compared to A and by over 10% compared to B`: a `by` after `and` is the next value's)
    rf"(?r)(?<![\w-]){_COMPARATOR_WORDS}\s+(?P<b>[^,;()]{{1,60}}?)(?<!\s(?:and|or))\s+by\s+"
    r"(?:up\s+to\s+|about\s+|nearly\s+|over\s+|more\s+than\s+|approximately\s+|"
    r"an?\s+average\s+of\s+)?[~$]?$",
    ["over", "compared", "relative", "versus", "vs", "against"],
    regex.IGNORECASE,
)
# (`near-baseline accuracy ... -- reducing X by` is no such phrase: a dash ends it)
_IMPROVES_THE_BASELINE = GuardedPattern(
    r"(?<![\w-])(?P<b>(?:the\s+)?(?:baseline|original|unoptimized|unmodified|vanilla)\s+"
    # (a joiner opens the subject's next clause: `the best fixed baseline everywhere and wins by`)
    r"(?!(?:and|or|but|while)\s)[A-Za-z](?:(?!\s-{1,2}\s|\s(?:and|or|but|while)\s)[^,;()\d])*?)"
    r"(?:\s+(?:performance|throughput|latency|speed|timing|runtime))?"
    r"\s+by\s+(?:up\s+to\s+|about\s+|nearly\s+|over\s+|more\s+than\s+)?\$?$",
    ["baseline", "original", "unoptimized", "unmodified", "vanilla"],
    regex.IGNORECASE,
)
# `achieves parity with X while being 7x faster`, `matches the accuracy of X while using 40%
# less memory`: what is matched is what the value's clause compares with.
_MATCHED_WHILE = GuardedPattern(
    r"\b(?:parity\s+with|on\s+par\s+with|comparable\s+(?:to|with)|matche?s?|matching)\s+"
    # (a second verb before the object is no part of it: `match or exceed X`)
    r"(?:or\s+[a-z]+\s+)?(?:the\s+[\w-]+(?:\s+[\w-]+)?\s+of\s+)?(?P<b>[^,;]+?),?\s+while\s+[^,;]*$",
    ["while"],
)


def _nearest(pattern: GuardedPattern, window: str):
    """The match of a pattern that runs to the window's end starting nearest that end.

    `surpasses A by 38.8% and outperforms B by`: B's verb, not the first one.
    """
    found = pattern.search(window)
    while found is not None:
        nearer = pattern.search(window, found.start() + 1)
        if nearer is None:
            return found
        found = nearer
    return None


# The words that open a comparator before its clause, and their guard literals.
_OPENING_COMPARATOR = (
    r"(?:compared (?:to|with)|relative to|in comparison (?:to|with)|versus|against)"
)
_OPENING_COMPARATOR_LITERALS = ["compared ", "relative to", "in comparison", "versus", "against"]
_OPENING_BASELINE = GuardedPattern(
    rf"\s*{_OPENING_COMPARATOR}\s+(?P<b>{_IN_PARENTHESES}+?),",
    _OPENING_COMPARATOR_LITERALS,
    regex.IGNORECASE,
)
# `Compared to A, B, and C, it is 3x, 2x and 1.5x faster, respectively`: the whole list.
# Each item a name of up to three words (`it is 1.8x` is none).
_LIST_ITEM = r"[A-Za-z][\w.+-]*(?:\s+[A-Za-z][\w.+-]*){0,2}"
_OPENING_LIST_BASELINE = GuardedPattern(
    rf"\b{_OPENING_COMPARATOR}\s+"
    rf"(?P<b>{_LIST_ITEM}(?:,\s*{_LIST_ITEM})*,?\s+(?:and|or)\s+{_LIST_ITEM}),",
    _OPENING_COMPARATOR_LITERALS,
    regex.IGNORECASE,
)
# `outperforms state-of-the-art systems, 2.32x higher ...`: a comparator the verb names,
# then the values of its clause after a comma.
_BEATS_THEN_VALUES = GuardedPattern(
    rf"\b(?:{_BEAT_VERBS}|"
    # `better than X, while using 6x fewer parameters`
    # (a parenthesis, its commas too, is part of the comparator: `outperforms (BF16, FP32)
    # mixed precision, achieving up to 1.54x`)
    rf"(?:better|faster|higher|lower|smaller|larger)\s+than)\s+(?P<b>{_IN_PARENTHESES}+?),"
    # (the subject's next verb of change opens a clause of its own: `surpassing A (...), and
    # increases throughput by 6.8x` compares with no A)
    rf"(?!(?:[^;]*,)?\s*and\s+(?:{'|'.join(_CHANGE_VERBS)})\w*(?:s|ed)\b|"
    rf"(?:[^;]*,)?\s*and\s+(?:{'|'.join(sorted(_CLAUSE_VERBS_AFTER_AND))})\b|"
    # (nor does it where a later verb beats an object of its own by a value: `A outperformed
    # B by 48%, and C exceeded D by 258.9%, achieving a 329.2% gain`)
    rf"[^;]*\b(?:{_BEAT_BY_VERBS})\s+[^,;]+?\s+by\s)[^;]*$",
    [*_BEAT_LITERALS, "than"],
)
# `We compared our approach with the existing FL strategies on ..., and ... by up to 20%`:
# the comparator a comparison verb names before the values.
# `compared against A`, `A comparison of X with two GPU methods (cuSPARSE, Magicube)`: a
# parenthesis (its commas too) is part of the comparator.
_COMPARED_WITH = GuardedPattern(
    # (no clause of a subject of its own between: `The comparison we set out to make`)
    r"\bcompar(?:e|es|ed|ing|isons?)\s+(?:(?:(?!\b(?:we|they|I)\s)[^,;]){1,60}?\s+)?"
    r"(?:to|with|against)\s+"
    r"(?P<b>(?:[^,;()]|\([^()]*\))+?)(?:,|$)",
    ["compar"],
    leading=True,
)
# A value with its sign inside a phrase (`0.53x the speed`, `20% of`).
_VALUE_IN_PHRASE = TimedPattern(
    rf"\d(?:[\d.,]*\d)?\s*(?:x|×|%|\\%|times|{_PERCENT_WORD})(?![A-Za-z])"
)
# `outperforms A, B, and C by 3.2x, 2.1x, and 1.4x, respectively`: the list before `by`
# (commas and all) when only values stand between `by` and this one; a participle after a
# comma opens a clause, no item (`outperforms A, improving AUC by 18%, 22%, respectively`).
_BEATS_LIST = GuardedPattern(
    rf"\b(?:{_BEAT_BY_VERBS})\s+(?P<b>(?:(?!,\s*[a-z]+ing\s)[^;])+?),?\s+by\s+"
    r"(?:[~<>]?\d[\d.]*\s*(?:x|\\times|\$\\times\$|times|%|\\%)?\s*,?\s*(?:and\s+)?)*$",
    _BEAT_BY_LITERALS,
    leading=True,
)
_DIGIT = TimedPattern(r"\d")
# `a vanilla PyTorch implementation and allow 40x larger hidden sizes`: an `and` that opens
# a clause with a value of its own ends the comparator.
# `A and achieves 3x`: a clause of its own after the comparator (its words are lower case, so
# `A and NVIDIA RTX 3090` names a second comparator)
_AND_VALUE_CLAUSE = TimedPattern(r"\s+and\s+(?:[a-z][A-Za-z-]*\s+){1,6}\d.*$")
# ... the same clause where a stop before its value cut the phrase: `A and the policy runs`.
_AND_CLAUSE_ENDING = TimedPattern(r"\s+and\s+(?:[a-z][A-Za-z-]*\s+){0,5}[a-z][A-Za-z-]*\s*$")
# `A and an A100 GPU respectively`: the second item of two that `respectively` pairs
_RESPECTIVE_SECOND = TimedPattern(r"\s+and\s+[^,;()]{1,60}?(?=,?\s*\(?respectively\b)")
# The rest of a list of comparators that `respectively` pairs with a list of values.
_RESPECTIVE_LIST = TimedPattern(
    # each item opens with a word: the space of `over A, respectively` is no item, nor is a
    # clause or a value (`U-Net, while B achieved gains of 7.6%, 23.0%, ..., respectively`)
    r"(?:,\s*(?:and\s+|or\s+)?(?!(?:while|whereas|but|which)\b)[^,;()\s\d]"
    r"(?:(?!\d[\d.]*\s*(?:\\?%|[xX]\b))[^,;()]){0,59}?)+?(?=,?\s*\(?respectively\b)"
)
# A phrase that opens with a value (`1000x to reach`, `16`) names no comparator.
# A comparator is never a bare number word: `by a factor of over three`.
_NUMBER_WORDS = frozenset(
    "one two three four five six seven eight nine ten eleven twelve twenty thirty forty fifty "
    "hundred thousand million billion twice half".split()
)
# `more than doubled throughput`: `than` qualifies the verb's multiple, no comparator follows.
_MULTIPLYING_VERBS = frozenset(
    "doubled tripled quadrupled doubling tripling quadrupling halved".split()
)
# `2.42x the frequency of X`, `1.67x that of Y`: a multiple of the comparator's own measure.
# The value's own `$`/`}` of LaTeX may come first; up to three words name the measure. `2x
# the number of GPUs` counts things: its `of` names what is counted, no comparator.
_MULTIPLE_OF = TimedPattern(
    r"[$}]*\s+(?:the\s+(?!(?:number|amount|count|fraction|share|portion)\s+of\b)"
    r"(?:[A-Za-z][\w-]*\s+){1,3}?of|th(?:at|ose)\s+of"
    # `2.3x as many requests as DistServe`, `3x as fast as A`; not `as long as needed`
    r"|(?:as\s+(?:many|much)\s+(?:[A-Za-z][\w-]*\s+){0,3}?as|as\s+(?:[A-Za-z][\w-]*\s+){1,2}?as)"
    r"(?=\s+(?!(?:needed|required|possible|usual|before|expected|necessary)\b)))\s+(?=\S)",
    regex.IGNORECASE,
)
# `1.6x the request rate (of X)`, `3x the throughput`: the measure a multiple is taken of.
_MULTIPLE_OF_MEASURE = TimedPattern(
    r"[$}]*\s+the\s+(?!(?:number|amount|count|fraction|share|portion)\b)"
    r"(?P<m>(?:[A-Za-z][\w-]*\s+){0,3}?[A-Za-z][\w-]*)"
    # (`on-device` is a modifier, no `on`)
    r"(?=\s+(?:of|than|compared|while|when|and|with|on|in|at|for|under|over)\b(?!-)|\s*[,;.)]|$)",
    regex.IGNORECASE,
)
# A comparator written as a setting (`than on 16 A100 GPUs`, `than with FP16`) opens with one.
# (`than under pi`, `than across models`)
_SETTING_PREPOSITIONS = frozenset({"on", "in", "with", "using", "at", "under", "across"})
# Words that open a setting after a percentage: the words past them describe the setting.
_SETTING_OPENERS = frozenset({"for", "in", "on", "at", "across", "under", "during"})
# A qualifier of averaging right after a value: `1.09x on average end-to-end speedup`.
# (not `in average endpoint error`, a measure's name)
_AVERAGE_AFTER = TimedPattern(r"\s*on\s+(?:average|avg\.?)(?=\s)")
# What a change keeps, maybe after an adverb: `almost without performance degradation`.
_WHAT_IS_KEPT = TimedPattern(rf"\b(?:(?:almost|nearly|virtually|largely)\s+)?{_KEEPS}")


def _before_what_is_kept(window: str) -> str:
    """`window` up to what the change keeps: `to 15% without accuracy degradation` -> `to 15% `."""
    kept = _WHAT_IS_KEPT.search(window) if "with" in window or "at " in window else None
    return window[: kept.start()] if kept else window


# `compared to the energy consumed by X`, `the speedup offered by SD`, `the throughput of X`:
# a measure named before its owner, who is what is compared with.
_MEASURE_OF = TimedPattern(
    r"the\s+(?:[a-z][\w-]*\s+)?(?:performance|throughput|latency|energy|speed|speedup|"
    # (and a statistic of the comparators: `relative to the average of comparable baselines`)
    r"accuracy|runtime|execution\s+time|cost|power|memory|bandwidth|efficiency|average|mean|"
    r"median)\s+"
    r"(?:of|(?:consumed|achieved|offered|obtained|delivered|attained|required|used)\s+by)\s+"
    r"(?=\S)",
    regex.IGNORECASE,
)
# What `over` spans rather than beats: `over a variety of pipelines`, `over all workloads`;
# not `over several baselines`.
# What a speed was measured as, written after its value: `w.r.t. measured latency`, `in terms
# of end-to-end latency`, `with measured GPU latency`.
_MEASURED_AS = GuardedPattern(
    r"\b(?:w\.r\.t\.?|wrt|with\s+respect\s+to|in\s+terms\s+of|with(?=\s+measured)|measured\s+(?:by|in|as))"
    r"\s+(?:the\s+)?(?:measured\s+)?(?P<m>(?:[\w-]+\s+){0,2}?(?:latency|latencies|TTFT|TPOT|TBT|"
    r"throughput|runtime|run\s+time|inference\s+time|wall-clock\s+time|execution\s+time))\b",
    ["w.r.t", "wrt", "respect", "terms", "measured"],
)
# `more than 2x`: a `than` before a value of its own bounds that value; it names no comparator.
_THAN_A_VALUE = TimedPattern(
    r"\s*(?:[$~{]|\\sim|\\approx)*\s*\d[\d.,]*\s*(?:\$?\s*\\times|\\\(\\times|\u00d7|[xX]\b|"
    r"times\b|-?fold\b|\\?%)"
    r"|\s*(?:an?|one|two|three|four|several)[\s-]+orders?[\s-]+of[\s-]+magnitude\b"
    # (a fraction or multiple in words: `and less than half memory`, `more than twice`)
    r"|\s*(?:half|a\s+(?:half|third|quarter|tenth)|one\s+(?:half|third|quarter|tenth)|twice|"
    r"double|thrice)\b"
)
# `includes more than 2K objects`: a bound on some count, not a comparator.
_BOUND_THAN = TimedPattern(r"(?i)\b(?:more|less|fewer|greater)\s+than\s+[~$]?\d(?![\w.,]*-?bit\b)")


def _bounds_a_count(text: str, lo: int, start: int, end: int) -> bool:
    """Whether the comparator marker at `[start, end)` is the `than` of a bound on a count.

    `includes more than 2K objects`, `to less than 160GB (20x compression)`.
    """
    return text[start:end].strip().lower() == "than" and (
        _BOUND_THAN.search(text, max(lo, start - 8), end + 12) is not None
    )


_SPREAD = TimedPattern(
    r"\s*(?:a\s+(?:wide\s+)?(?:variety|range|set|number|suite)\s+of|various|diverse|multiple|"
    r"several|many|different|all|each|every)\s+(?:[\w-]+\s+){0,2}?(?:workloads?|pipelines?|"
    r"benchmarks?|datasets?|tasks?|models?|runs?|settings?|configurations?|inputs?|"
    r"applications?|kernels?|sizes?|scenarios?|traces?|matrices|graphs?|layers?)\b"
    # (or counted repeats: `over three seeds`, `over 5 independent runs`)
    r"|\s*(?:\d+|two|three|four|five|six|seven|eight|nine|ten)\s+(?:[\w-]+\s+)?"
    r"(?:seeds?|runs?|trials?|repetitions?|repeats?|episodes?|cycles?|rounds?|days?|weeks?|"
    r"months?|years?)\b",
    regex.IGNORECASE,
)
# `within 5% of X`: how close the value comes to the comparator.
_WITHIN_OF = TimedPattern(r"[$}]*\s+of\s+(?=\S)")
# `improves accuracy by 5.2%, outperforming GPT-4 by 2.4%`: what a verb beats by a value of its
# own is that value's comparator (while `31x larger than A by 18.2%` is still the 31x's); a
# setting may come first (`12 times lower latency, and beats three decoders on error by 9%`).
_SIZED_BY_ITS_OWN_VALUE = TimedPattern(
    r"(?:\s+(?:on|in|for|across|at|with)\s+[^,;()]{1,50}?)?"
    r"[\s$}]*by\s+(?:up\s+to\s+|over\s+|about\s+|nearly\s+|more\s+than\s+)?[$~+]?\d"
)


def _beaten_by_its_own_value(text: str, hi: int, marker: regex.Match, phrase: str) -> bool:
    """Whether a verb that beats (`outperforming`) sizes `phrase`, its object, with a value."""
    if not marker.group().strip().lower().startswith(_BEAT_BY_STEMS):
        return False
    at = text.find(phrase, marker.end(), hi)
    return at >= 0 and _SIZED_BY_ITS_OWN_VALUE.match(text, at + len(phrase), hi) is not None


def _without_final_joiner(phrase: str) -> str:
    """`phrase` without an `and` or `or` that ends it (and the comma before that)."""
    rest, _, final = phrase.rpartition(" ")
    return rest.rstrip(" ,") if final in ("and", "or") and rest else phrase


_VALUE_AHEAD = TimedPattern(
    rf"^\$?[~<>]?[+-]?\d[\d.,]*(?:-{{1,2}}\d[\d.,]*)?\s*(?:x|times|%|\\%|×|{_PERCENT_WORD})?(?![\w-])"
    # (a count of devices is a setting compared: `compared to 8 A100 GPUs`)
    r"(?<!\d\s)(?!\s*(?:[A-Z]|(?:GPU|TPU|NPU|CPU|node|core|device|server|machine)s?\b))"
    # a scaled number alone is a threshold or a setting, no comparator: `sequences longer than
    # 64K`, `models ranging from 125M to 30B` (while `70B models` is a class of them)
    r"|^[~<>]?\d[\d.,]*\s?[KMBT]$"
)
# `up to 6.9x for Falcon-180B on 8 A100 GPUs over Orca`: a count of devices (or a model's
# size) is a setting, not another value between a value and its comparator.
# A number that no letter touches (`vs. 1934.6 ms`), not a name's (`vs 5G MEC`, `vs 1F1B`).
_AMOUNT_NEXT = TimedPattern(r"\s*[~$+-]?\d[\d,]*(?:\.\d+)?(?![A-Za-z\d])")
# A percentage or a factor, maybe a range (`3-7%`, `2.1x`): another value, not a name.
_SHARE_NEXT = TimedPattern(
    r"\s*[~$+-]?\d[\d.,]*(?:\s*-{1,2}\s*\d[\d.]*)?\s*(?:\\?%|[xX×](?![A-Za-z\d]))"
)
# Where a change starts after `from`, maybe after its unit's word: `from 32k`, `from day 150`.
_FROM_AN_AMOUNT = TimedPattern(r"\s*(?:[A-Za-z]+\s+)?[~$+-]?\d")
# Another value's owner named after it: `20-52% for vanilla RAG`.
# (a level's: `versus 7.9x for vanilla KAN` sets factors side by side, no comparator)
_SHARE_FOR = TimedPattern(
    r"\s*[~$]?\d[\d.,]*(?:\s*-{1,2}\s*\d[\d.]*)?\s*\\?%\$?\s+for\s+(?P<b>\S.*)"
)


def _marked_by_over(marked: regex.Match) -> bool:
    return marked.group().lstrip().lower().startswith("over")


def _spread_over(marked: regex.Match) -> bool:
    """An `over` that spreads across what it names: `over three seeds`, `over all tasks`."""
    return _marked_by_over(marked) and bool(_SPREAD.match(" " + marked.group("b")))


def _named_past_value(marked: regex.Match) -> str | None:
    """A comparator span as named, past a level it opens with.

    `versus 25.8% for the no-retrieval baseline,` compares with `the no-retrieval baseline`;
    none when a value opens it and names no owner (or `over` qualifies the value: `over 90.52%
    of the performance of`).
    """
    span = marked.group("b")
    if not _SHARE_NEXT.match(span):
        return span
    owner = None if _marked_by_over(marked) else _SHARE_FOR.match(span)
    return owner.group("b") if owner else None


# A comparative's `than` and its comparator at the end of a span another marker opened: the
# nearer comparator (`against a real API is more discriminative than GIS benchmarks`).
_NEARER_THAN = TimedPattern(
    r"\b(?:more|less|[a-z]+er)\s+(?:[a-z][\w-]*\s+)?than\s+(?P<b>(?![\d$~])[^,;]+)$"
)
# An `and` that opens a clause of a change verb (`and reduces`).
_AND_A_CHANGE_VERB = TimedPattern(rf"\band\s+{_CHANGE_VERB_FORM}\b")
# An aside that opens a window (`(359.8 ms vs. 1934.6 ms) relative to`).
_OPENING_ASIDE = TimedPattern(r"^\s*\([^()]*\)")
_COUNT_OF_DEVICES = TimedPattern(
    r"(?<![\w.])\d[\d,]*\s*(?:[A-Z][\w-]*\s+){0,2}(?:GPUs?|TPUs?|NPUs?|CPUs?|FPGAs?|nodes?|cores?|"
    r"devices?|machines?|servers?|cards?|sockets?|chips?|processors?|threads?|workers?)\b|"
    r"(?<![\w.])\d+(?:\.\d+)?\s?[BMK]\b"
)
# `than that of vLLM`, `than those on a Xeon`, `than running on the host CPU`: a pronoun or a
# verb of running stands for the value measured on what follows.
_STANDS_FOR_WHAT_FOLLOWS = TimedPattern(
    r"(?:(?:that|those)\s+(?:of|on|in|with|for)|"
    # `5.2x faster than running on the host CPU`: where it runs is what is compared
    r"(?:running|executing|deploying|deployed|run|executed)(?:\s+it)?\s+(?:on|with|in)|"
    # `29 times faster than when using active compliance control`, `than by using only the
    # SURF method`: what was used
    r"(?:when|if|by)\s+(?:using|applying|with))\s+(?=\S)"
)
# (a number that a hyphen joins to a word is a modifier, no value: `in the 6-link robot case`)
_STANDALONE_DIGIT = TimedPattern(r"(?<![\w.\-])\d(?!\d*-[A-Za-z])")
# A value's metric, then the next value of the same list with its own, a comparator after
# both: `3.9x throughput and 0.4x latency compared to X` compares the two with X.
_METRIC_LIST_TAIL = TimedPattern(
    r"\s*(?!(?:than|over|compared|and|or|while|with|on|in|for|by|to)\b)[A-Za-z][\w/-]*"
    r"(?:\s+(?!(?:than|over|compared|and|or|while|with|on|in|for|by|to)\b)[A-Za-z][\w/-]*){0,2}"
    r",?\s+and\s+(?:up\s+to\s+)?[~$]?\d[\d.]*\s*(?:\\?%|x|×|\$?\\times\$?|times)\s+"
    r"(?:(?:lower|higher|less|more|fewer|better|faster|smaller|larger)\s+)?"
    r"[A-Za-z][\w/-]*(?:\s+[A-Za-z][\w/-]*){0,2}\s*$"
)
# `for a single Arria 10 FPGA against`: a number after a capitalised word is a name's
# (`Llama 2`, `Xeon 8380`), unless a factor's or a percentage's sign follows it.
_NAME_NUMBER = TimedPattern(r"(?<=\b[A-Z][A-Za-z-]*\s)\d+\b(?![.,]?\d|\s*(?:[x×%]|times)(?!\w))")
# `averagely improves goodput by`, `on average reduces the latency of X by`
_AVERAGE_VERB_BY = GuardedPattern(
    # `38.8% on average and outperforms X by 52%`: that `on average` belongs to 38.8%
    r"\b(?:averagely|(?<![\d%$x]\s)on average)\s+[a-z]+(?:\s+[\w-]+){0,5}?\s+by\s+$",
    ["averagely", "on average"],
    leading=True,
)


def search_where_phrases_start(
    pattern: TimedPattern, text: str, starts: list[int], pos: int = 0, endpos: int | None = None
):
    """`pattern.search(text, pos, endpos)` for a pattern whose every match starts with a phrase.

    Trying the places where its phrases start, leftmost first, finds the search's match with
    a few anchored attempts instead of one at every position. `starts` are those places in
    `text[pos:endpos]` case-folded, the same offsets when the text is ASCII; any other text is
    searched.
    """
    if not text.isascii():
        return pattern.search(text, pos, endpos)
    for at in sorted(starts):
        match = pattern.match(text, pos + at, endpos)
        if match:
            return match
    return None


_OPENS_WITH_BY = TimedPattern(r"\s*(?:and\s+)?by\s")


@lru_cache(maxsize=16)
def _clause_words_before(text: str, lo: int, start: int) -> tuple[str, ...]:
    """The words of the clause before `start`, nearest first (at most 140 characters back).

    Cached: the percent check, the direction and the comparative test of one value all
    read the same words.
    """
    window = text[max(lo, start - 140) : start]
    if ")" in window:  # `compress Transformer (an attention model) by 95x`: skip the aside
        window = _CLOSED_ASIDE.sub(" ", window)
    breaks = _LEFT_BREAK.finditer(window)
    for index in range(len(breaks) - 1, -1, -1):
        cut = breaks[index].end()
        # `reduces latency by 43.6% over A; by 34.5% over B`: a clause that opens with its
        # `by` has no verb of its own, and the one before the semicolon goes on in it
        if window[cut - 1] != ";" or _OPENS_WITH_BY.match(window, cut) is None:
            window = window[cut:]
            break
    return tuple(words_of(window)[::-1])


def _aside_end(window: str, end: int) -> int:
    """Where a `)` that closes no `(` of `window[:end]` stands, or `end`."""
    if ")" not in window[:end]:
        return end
    depth = 0
    for at in range(end):
        if window[at] == "(":
            depth += 1
        elif window[at] == ")":
            if depth == 0:
                return at
            depth -= 1
    return end


def _without_other_values_comparatives(left: list[str]) -> list[str]:
    """Words left of a value (nearest first) but for those right after another value.

    The `lower` of `54% lower energy` is that value's comparative, not a later one's.
    """
    kept = []
    for position, word in enumerate(left):
        before = left[position + 1] if position + 1 < len(left) else ""
        if before and _is_value_word(before):
            continue
        kept.append(word)
    return kept


def _is_value_word(word: str) -> bool:
    """A word that ends a value as `words_of` splits it: `54`, `%`, `1.9x`, `times`."""
    return (
        # (a name ending in a digit is none: `than StyleGAN2, reducing about 72%`)
        (word[-1].isdigit() and not word[0].isalpha())
        or word in _VALUE_ENDINGS
        or (word[-1] in "xX×" and word[0].isdigit())  # `1.9x`
    )


def _phrase_alternation(phrases: list[str]) -> str:
    # longest first, then by spelling: a set's order changes with the hash seed, and the
    # pattern must be the same string in every process to come from the pattern cache
    ordered = sorted(set(phrases), key=lambda phrase: (-len(phrase), phrase))
    return "|".join(regex.escape(p) for p in ordered)


def _wordset(words: list[str]) -> frozenset[str]:
    return frozenset(w.lower() for w in words)


def _closes_before(text: str, lo: int, start: int, end: int, marker: int) -> bool:
    """The value stands in an aside that closes before the marker and a new clause opens.

    `(such as a 60% power reduction) and data retrieved from the experiment`: that `from`
    belongs to the next clause; `(up to 2.3x) compared to vLLM` still compares.
    """
    close = text.find(")", end, marker)
    opened = text.rfind("(", lo, start)
    if close < 0 or opened < 0 or opened < text.rfind(")", lo, start):
        return False
    return _NEW_CLAUSE.match(text, close + 1, marker) is not None


# `peak memory` names a metric (a run's highest memory use), whose change a value may size.
_PEAK_MEMORY_CHANGE = TimedPattern(
    r"\s+(?:GPU\s+|device\s+)?memory(?:\s+(?:usage|use|footprint|consumption))?\s+"
    rf"{_CHANGE_NOUN_WORD}\b",
    regex.IGNORECASE,
)


class ContextReader:
    """Compiled cue finders for one rule set's `context.yaml`."""

    def __init__(self, context: Context):
        self.context = context
        # one-word qualifiers that also stand as adjectives (`average`, `maximum`, `peak`)
        self._adjective_qualifier = {
            phrase.lower(): qualifier
            for qualifier, phrases in context.qualifiers_before.items()
            for phrase in phrases
            if phrase.isalpha() and phrase.lower() in _QUALIFIER_ADJECTIVES
        }
        self._one_word_qualifiers = frozenset(
            phrase.lower()
            for table in (context.qualifiers_before, context.qualifiers_after)
            for phrases in table.values()
            for phrase in phrases
            if phrase.isalpha()
        )
        self._adjective_of = GuardedPattern(
            rf"(?:^|(?<=[^\w]))(?P<q>{_phrase_alternation(list(self._adjective_qualifier))})"
            # `average speedups for LOOPS between 19.8x and 33.5x`: a range's `between`, too
            r"(?:\s+[A-Za-z][\w/-]*){1,3}?\s+(?:of|between)\s*(?:\+|\$|\\\(|\{)*$",
            list(self._adjective_qualifier),
            regex.IGNORECASE,
            leading=True,
        )
        self._before = {
            qualifier: TimedPattern(
                rf"(?:^|(?<=[^\w]))(?:{_phrase_alternation(phrases)}){_CHANGE_NOUN}"
                # `up to +2.66%`, `up to $45\times$`, `up to \(3\times\)`: a sign or a LaTeX
                # opener may sit between the qualifier and the number, a space after it too
                # (`$\sim$ 2x`, `$\sim$\textbf{1.91x}` once the font command is spaces)
                rf"{_TRAILING_FILLER}\s*(?:(?:\+|\$|\\\(|\{{)\s*)*$",
                regex.IGNORECASE,
            )
            for qualifier, phrases in context.qualifiers_before.items()
        }
        # Each pattern needs one of its qualifier's phrases: one pass over the window says
        # which qualifiers can match at all (most values have none).
        self._before_phrases = LiteralFinder(
            {q: [p.casefold() for p in phrases] for q, phrases in context.qualifiers_before.items()}
        )
        # A rule's `qual` group holds one of these phrases, however it is spaced or cased.
        self._inline_qualifiers = {
            " ".join(phrase.casefold().split()): qualifier
            for qualifier, phrases in context.qualifiers_before.items()
            for phrase in phrases
        }
        self._after = [
            (
                qualifier,
                GuardedPattern(
                    # `30% geomean`, `3.2x (geomean)`; not `2.4x (on average 1.5x)`
                    rf"^\s*,?\s*(?:\(\s*(?:{_phrase_alternation(phrases)})\s*\)|"
                    rf"(?:{_phrase_alternation(phrases)})(?![\w]))",
                    phrases,
                    regex.IGNORECASE,
                ),
            )
            for qualifier, phrases in context.qualifiers_after.items()
        ]
        # `2x lower latency on average`, `2.7% overhead at maximum`: a closing qualifier may
        # close the value's own phrase, a few plain words on (not `26% higher geometric mean`,
        # whose mean is what grew, nor `in average PE utilization`)
        closing = set(context.qualifiers_closing)
        self._after_phrase = [
            (
                qualifier,
                GuardedPattern(
                    rf"^\s*(?:(?!(?:{_phrase_alternation(_SCOPE_JOINERS)})\b)"
                    # a plain word, or a size (`7B`), not another value
                    r"(?:[A-Za-z][\w-]*|\d[\d.]*[A-Za-z][\w-]*)\s+)"
                    rf"{{1,4}}?(?:{_phrase_alternation(phrases)})(?![\w])",
                    phrases,
                    regex.IGNORECASE,
                ),
            )
            for qualifier, all_phrases in context.qualifiers_after.items()
            if (phrases := [p for p in all_phrases if p in closing])
        ]
        self.increase = _wordset(context.increase_words)
        self.decrease = _wordset(context.decrease_words)
        # what `twice as` compares, and the direction each word says
        self._as_directions = {
            word.lower(): direction
            for direction, words in context.as_compared.items()
            for word in words
        }
        self._as_compared = TimedPattern(
            rf"\s+({_phrase_alternation(list(self._as_directions))})\b", regex.IGNORECASE
        )
        self._change_after = _wordset(context.percent_change_after)
        self._source_from = _wordset(context.source_before_from)
        self._change_before = _wordset(context.percent_change_before)
        # `55.2% MFU`, `40% of peak`; and a level word after one or two nouns of what is
        # measured (`3% resources utilization`, not `3% with accuracy loss`)
        levels = [p for p in context.percent_level_after if p != "of"]
        self._level_after = GuardedPattern(
            rf"^\s*(?:(?:(?!(?:{_phrase_alternation(_NOT_MEASURED_WORDS)})\b)[A-Za-z][\w-]*\s+)"
            rf"{{1,2}}(?:{_phrase_alternation(levels)})|"
            rf"(?:{_phrase_alternation(context.percent_level_after)}))(?![\w])",
            context.percent_level_after,
        )
        qualifiers = [q for phrases in context.qualifiers_before.values() for q in phrases]
        # `increasing throughput by up to 2.7 times`: a `by`, maybe qualified, right before
        self.by_before = TimedPattern(
            # (two qualifiers may stand together: `by at least about 2.24 times`)
            rf"\bby\s+(?:(?:{_phrase_alternation(qualifiers)})\s*){{0,2}}$",
            regex.IGNORECASE,
        )
        levels_of = [p for p in context.percent_level_before if p.endswith(" of")]
        self._level_before = GuardedPattern(
            rf"(?:^|(?<=[^\w]))(?:(?:{_phrase_alternation(context.percent_level_before)})\s*"
            # `cache hit rates of over 85%`: a qualifier may follow a level's `of` (but not a
            # bare `with`: `along with up to 72% degradation` is a change)
            rf"|(?:{_phrase_alternation(levels_of)})\s+(?:{_phrase_alternation(qualifiers)})\s*)$",
            context.percent_level_before,
            leading=True,
        )
        self._baseline_after = GuardedPattern(
            rf"(?:^|(?<=[^\w]))(?:{_phrase_alternation(context.baseline_markers)})\s+(?=\S)",
            context.baseline_markers,
            regex.IGNORECASE,
            leading=True,
        )
        self._baseline_stop = TimedPattern(
            # `A, as well as B` goes on naming comparators: neither its comma nor its `as`
            # ends the phrase
            # (unless a comparative follows: `over PERCH, as well as better accuracy than`)
            rf"(?!,\s*as\s+well\s+as\s(?!(?:{'|'.join(_COMPARATIVES)})\b))[,;:.!?]\s|[,;:!?]$|\.$|"
            # (a colon the page glued to the next word ends it too: `the baseline model:accuracy`)
            r"(?<=[A-Za-z]):(?=[A-Za-z])|"
            # `such as` introduces names, `based on` and `made by` qualify the head: their
            # `as`, `on` and `by` end nothing
            rf"(?<!\b(?:such|based|built|made|adopted|proposed|used|well|"
            # nor does a word right after an article: `the leading academic solutions`
            rf"reported|implemented|developed|relying|depending|the|a|an))\s(?!as\s+well\s+as\s)"
            # nor a gerund after its adverb: `compared to only using direct rays`
            rf"(?!(?<=\b(?:only|just|simply|solely|merely|always)\s)[a-z]+ing\b)"
            # (`training from scratch` is how a comparator trains: its `from` ends nothing)
            rf"(?!from\s+scratch\b)(?:{_phrase_alternation(context.baseline_stop_words)})"
            # `the latest on-device frameworks`: a word joined by a hyphen ends nothing;
            # `the roofline baseline (22.0%)`: a value of the baseline's own in parentheses
            # `existing solutions (e.g., FlexGen and DeepSpeed)` names them: not a stop
            rf"(?![\w-])|\s\((?:e\.g\.|i\.e\.)(?!,?\s*[A-Z][^()]*\))|\s(?:e\.g\.|i\.e\.)"
            # a setting in parentheses is no part of the name: `HuggingFace (without SD)`
            r"|\s\((?:without|with|w/o|w/|using|on|in)\s"
            # a dash between spaces opens an aside: `a 31x regression from the B200 -- rendering`
            r"|\s-{1,3}\s"
            # and so does a test's statistic: `over SRTF-Est (p<0.05)`
            r"|\s\(\s*p\s*[<=>]"
            # a second comparative of the subject's: `than A and higher rate of compilation`
            rf"|\sand\s+(?:{'|'.join(_COMPARATIVES)})\b"
            # (a value LaTeX opens is one too: `over FP8 and $>1.7\times$ over BF16`)
            r"|\s\(\s*[~<>]?\d|\sand\s+(?:(?:up\s+to|about|approximately|around|nearly|roughly)\s+)?"
            r"(?:sub-|\$?[~<>]?|\\\()?\d"
            # the verb's next object: `by 10x over FPGAs and power consumption by 3x`
            r"|\sand\s+(?:[\w/-]+\s+){1,3}by\s"
            # another value, or the words that give one: `vs. baseline 39% and switching
            # frequency by 88%`, `than PyTorch and allows 40x`, `than A and more than 60%`
            r"|\s(?:and\s+(?:[a-z]+\s+){0,2})?[+~]?\d[\d.,]*\s*(?:\\?%|[x\u00d7](?!\w))"
            # a citation: `existing checkpointing systems [52, 53]`
            r"|\s?\["
            # `GPT-4 as well as enabling translation`: a clause, not another comparator
            r"|,?\s+as\s+well\s+as\s+(?=[a-z]+ing\b)"
            # a second comparison (`than A and hundreds of times faster than B`), a verb's
            # clause (`than A and match its search accuracy`)
            r"|\sand\s+(?:[\w-]+\s+){0,4}(?:faster|slower|higher|lower|better|worse|smaller|"
            r"larger|more|less|fewer)\s+than\b|\sand\s+[a-z]+\s+(?:its|their|our)\s"
            # a named subject's own clause: `over K80 GPU and Sextans-P achieves a 1.14x`
            r"|\sand\s+[A-Z][\w.-]*\s+(?:achieves|achieved|delivers|provides|yields|obtains|"
            r"outperforms|reaches|gets|shows|runs|attains|is|are|was|were)\b",
        )
        self.non_parameter_nouns = _wordset(context.non_parameter_nouns)
        self.dataset_names = _wordset(context.dataset_names)
        self.label_words = _wordset(context.label_words)
        self.phrase_stop_words = _wordset(context.quantity_metric_stop_words)
        self.non_count_nouns = _wordset(context.non_count_nouns)
        self.host_nouns = _wordset(context.host_nouns)
        self.non_factor_nouns = _wordset(context.non_factor_nouns)
        self._over_qualifies_after = _wordset(context.over_qualifies_after)
        self._clause_verb_words = _wordset(context.clause_verbs)
        self.clause_verb = GuardedPattern(
            rf"\b(?:{_phrase_alternation(context.clause_verbs)})\b",
            context.clause_verbs,
            regex.IGNORECASE,
            scans_with_twin=True,
        )
        self.non_model_words = _wordset(context.non_model_words)

    # -- qualifiers --------------------------------------------------------------------------
    def _from_a_source(self, text: str, lo: int, at: int) -> bool:
        """Whether the `from` at `at` follows a word of where things come from (`absent`)."""
        before = self._words_left(text, lo, at, 1)
        return bool(before) and before[0].lower() in self._source_from

    def _named_in_aside(self, left_text: str) -> bool:
        """Whether an aside opens with a name right before the value (`(answerability `).

        Not a qualifier's word (`(median 38%)`) nor a change word (`(gain 3%)`).
        """
        opened = _WORD_OPENS_ASIDE.search(left_text)
        if opened is None:
            return False
        word = opened.group("w").lower()
        return not (
            word in self._one_word_qualifiers
            or word in self._change_before
            or word in self._change_after
            or word == "by"
        )

    def qualifier_before(self, text: str, lo: int, start: int) -> str | None:
        """The qualifier written right before the value (`by up to`, `~`, `an average of`).

        An averaging adverb before the verb of a `by` phrase counts too (`averagely improves
        goodput by 82%`).
        """
        window = text[max(lo, start - 60) : start]
        if "arrow" in window[-12:] or "\u2191" in window[-3:] or "\u2193" in window[-3:]:
            window = _ARROW_AT_END.sub("", window)  # `(up to ↓60%)`: the sign is no word
        if ">" in window[-5:]:
            window = _MOVE_ARROW_AT_END.sub("", window)  # `(23.1s -> 12.7s)`: no `>` bound
        if _AVERAGE_VERB_BY.search(text, max(lo, start - 90), start):
            return "average"
        phrase_starts: dict[str, list[int]] = {}
        phrase_ends: dict[int, int] = {}
        for at, phrase_end, qualifier, _ in self._before_phrases.hits(window.casefold()):
            phrase_starts.setdefault(qualifier, []).append(at)
            phrase_ends[at] = max(phrase_end, phrase_ends.get(at, at))
        best: tuple[int, str] | None = None
        for qualifier, pattern in self._before.items():  # in the file's order: it settles ties
            starts = phrase_starts.get(qualifier)
            match = search_where_phrases_start(pattern, window, starts) if starts else None
            if match is None:
                continue
            if best is None:
                best = (match.start(), qualifier)
            elif match.start() > best[0]:
                # the nearest phrase, unless an earlier one holds it: `no more than` is not
                # `more than`
                if phrase_ends.get(best[0], best[0]) <= match.start():
                    best = (match.start(), qualifier)
            elif phrase_ends.get(match.start(), match.start()) > best[0]:
                best = (match.start(), qualifier)
        if best is not None:
            return best[1]
        # `an average throughput gain of 2.9x`, `a maximum power of 49 W`: the qualifier
        # adjective of the value's own noun phrase (`of` or a range's `between` next)
        adjective = self._adjective_of.search(window)
        if adjective is None:
            return None
        word = adjective.group("q").lower()
        if word == "peak" and _PEAK_MEMORY_CHANGE.match(window, adjective.end("q")):
            # `peak memory reduction of 171x`: the change of peak memory (while `a peak memory
            # usage of 1.8 GB` is the most it used)
            return None
        return self._adjective_qualifier[word]

    def inline_qualifier(self, phrase: str) -> str | None:
        """The qualifier a rule's `qual` group captured (`up  to`, `About`), or None.

        None for a phrase context.yaml does not list: the builder then reads the words before
        the value, as for a value without one.
        """
        return self._inline_qualifiers.get(" ".join(phrase.casefold().split()))

    def over_is_a_preposition(self, text: str, lo: int, start: int) -> bool:
        """The value follows a bare `over` that means `across` or `during` (see context.yaml).

        Asked only of values where that reading exists: counts of devices, spans of time.
        """
        words = self._words_left(text, lo, start, 2)
        if not words or words[0].lower() != "over":
            return False
        return len(words) > 1 and words[1].lower() not in self._over_qualifies_after

    @staticmethod
    def opens_on_average(text: str, lo: int, start: int) -> bool:
        """The sentence opens with `On average,`, which qualifies the comparisons it states."""
        return _OPENS_ON_AVERAGE.match(text, lo, start) is not None

    def qualifier_after(
        self, text: str, end: int, hi: int, closing_phrase: bool = False
    ) -> str | None:
        """The qualifier written right after the value (`on average`, `geomean`).

        With `closing_phrase`, also one that closes the value's phrase (`2x lower latency on
        average`): asked for comparisons, not for sizes and counts (`7.5% for 7B models on
        average` does not average the 7B).
        """
        window = text[end : min(hi, end + 30)]
        for qualifier, pattern in self._after:
            if pattern.search(window):
                if qualifier == "average" and _average_names_a_metric(text, end, hi):
                    continue  # `by 14.8% in average success rate`: the metric's own word
                return qualifier
        if not closing_phrase:
            return None
        window = text[end : min(hi, end + 60)]
        for qualifier, pattern in self._after_phrase:
            if pattern.search(window):
                return qualifier
        return None

    # -- direction ---------------------------------------------------------------------------
    def direction(self, text: str, lo: int, hi: int, start: int, end: int) -> str | None:
        """`increase`/`decrease` from the nearest comparative word, right side first.

        A value that a `by` phrase gives (`improves X by 2x and reduces Y ...`) takes the verb
        before it: the left side is read first.
        """
        if _minus_sign(text, lo, start):
            return "decrease"  # `-12.5% relative to vLLM`
        if (
            text[start : start + 1] == "+" or text[max(lo, start - 1) : start] == "+"
        ) and not _BY_SIGNED.search(text, max(lo, start - 40), start):
            # `(+19.2 percentage points) underperforms on B`: the sign's own; but a `by` gives
            # its verb's (`cuts the cost by +28% to +44%`: a gain, written as a plus)
            return "increase"
        arrow = _arrow_sign(text, lo, hi, start, end)
        if arrow:
            return arrow
        if "(" in text[max(lo, start - 80) : start]:
            moved = _MOVE_IN_ASIDE.search(text, max(lo, start - 80), start)
            if moved:  # `(4.21 -> 3.74 on a 5-point scale; 11.2% relative)`: the move it sizes
                level_from, level_to = float(moved.group("a")), float(moved.group("b"))
                if level_from != level_to:
                    return "increase" if level_to > level_from else "decrease"
        for word in words_of(text[start:end]):  # `speedup of 1.8`: the value's own noun
            found = self._direction_of(word)
            if found:
                return found
        if text.endswith("as", start, end):  # `twice as fast`: the adjective the `as` compares
            compared = self._as_compared.match(text, end, hi)
            if compared:
                return self._as_directions[compared.group(1).lower()]
        restated = _FROM_TO_THEN_PARENTHESIS.search(text, max(lo, start - 160), start)
        if restated and own_change_noun_after(text, end, hi):
            restated = None  # `from over 92 hours to under 10 minutes (up to 738x speedup)`
        if restated:  # `reduces latency from 120 ms to 45 ms (2.7x)`: the change's own verb
            for word in reversed(words_of(restated.group("changed"))):
                found = self._direction_of(word)
                if found:
                    return found
        # `by 11.2% and 26.1%`: a later value of a list reads the words before the list
        head_start = _list_head_start(text, lo, start)
        left = self._words_left(text, lo, head_start, 14)
        restates = False
        # (the aside the list's head opens: `decrease in accuracy (8.5% on recall and 16% on`)
        if len(left) < 4 and "(" in text[max(lo, head_start - 20) : head_start]:
            opening = _OPENS_ASIDE.search(text, max(lo, head_start - 16), head_start)
            qualified = _OPENS_QUALIFIED_ASIDE.search(text, max(lo, head_start - 20), head_start)
            aside = opening or qualified
            before = self._words_left(text, lo, aside.start(), 14) if aside else []
            # `a latency reduction (35%)`, `reduces latency (by up to 30%)`: the aside restates
            # the change before it
            if (
                _names_a_change(before)
                or _change_of_object(before)
                or bool(
                    before and _is_change_verb_form(before[0]) and self._direction_of(before[0])
                )
                # (the verb, an article and an object of up to four words: `shorten the
                # gesture labeling process (~2.8 times)`)
                or (qualified and any(self._direction_of(w) for w in before[:6]))
                # (a value alone in the aside, after a verb's object: `cuts the energy
                # consumption (2.5x)`)
                or (
                    text[end:hi].lstrip("$} ").startswith(")")
                    and any(_is_change_verb_form(w) and self._direction_of(w) for w in before[:6])
                )
            ):
                left, restates = before, True
        if len(left) > 1 and left[0].lower() == "than" and left[1].lower() in _QUALIFYING:
            left = left[2:]  # `reduced by more than 10x`: the qualifier's `more` is no direction
        own_noun = change_noun_of(text, lo, start)
        if own_noun is not None:
            # `an error reduction of 12.9% (an absolute improvement of 2.7%)`: the value's own
            # noun, whatever follows
            return self._direction_of(own_noun)
        # `3.29, 10.10, and 17.54 points below its teacher`, `12% ahead of vLLM`: where the value
        # lies from another's (only right after it: `stays below ... ten times` is no difference)
        after_list = past_list_rest(text[end : min(hi, end + 120)])  # (read again below)
        differs = _DIFFERENCE_FROM.match(after_list)
        if differs:
            return "decrease" if differs.group("w") in ("below", "behind") else "increase"
        if (
            text.startswith((" the ", " that of ", " those of "), end)
            # (a factor, not a share: `reduces in 8.89% the error of X`, `cuts by 30% the cost`)
            and text[end - 1 : end] in ("x", "X", "s", "×", "$")
            and not text.endswith(_BY_ENDINGS, max(lo, start - 12), start)
            and _MULTIPLE_OF.match(text, end, hi)
        ):
            # `providing 6x the coverage of a residual-stream design`, `remains 1.8 times that of
            # A`: a multiple of another's measure is more of it, whatever a change word further
            # back says
            return "increase"
        # `by up to 61.5% and sustains 2x throughput`: a verb after another value's `and` opens
        # a clause of its own, and the words before that `and` are the other value's
        if "and" in left or "but" in left or "while" in left:
            for position, word in enumerate(left[1:-1], start=1):
                if word in ("and", "but", "while") and (
                    _is_value_word(left[position + 1])
                    # `by 2-5x to baselines and performs 2-3x closer`: the value's own verb
                    # right after the `and`
                    or (position == 1 and left[0].lower() in _CLAUSE_VERBS_AFTER_AND)
                ):
                    left = left[:position]
                    break
        shared = (
            _MEASURES_THEN_SHARED_CHANGE.match(text, end, min(hi, end + 200))
            if " and " in text[end : end + 60]
            else None
        )
        if shared:
            return self._direction_of(shared.group("noun"))  # `5% latency and 7% memory reductions`
        # `narrows the gap by up to 86%, yielding over 2x recall`: a participle after a comma
        # opens the value's own clause, and the words before it are another value's
        for position, word in enumerate(left):
            if (
                word in _RESULT_PARTICIPLES
                and text.find(", " + word, max(lo, start - 140), start) >= 0
            ):
                left = left[:position]
                break
        # `7.5x, 26%, and 14% lower latency`: every value of a list reads the list's end
        rest = after_list[:80]
        right = _clause_words(rest, 5)
        # (a string test first: few values close an aside)
        aside_end = _ASIDE_THEN_WORD.match(rest) if ")" in rest[:6] else None
        if aside_end:
            # a value closing an aside reads only a change word right after it (`(up to 30%)
            # reduction`): `the dense baseline (5.81x) and gradient compression` is no decrease
            word = aside_end.group("w")
            right = [word] if self._direction_of(word) else []
        if right:
            # the value's phrase ends at a comma past the list's rest: `2.22x server
            # throughput, and reduces latency` does not reduce the throughput
            comma = rest.find(", ")
            if comma >= 0:
                right = right[: len(words_of(rest[:comma]))]
            # `2.51x in Img64cond without degrading FID`: what is kept or traded opens there;
            # `4.48x goodput and 3x lower latency`: the next value's phrase opens at it
            for position, word in enumerate(right):
                if (
                    word.lower() in _OTHER_CLAUSE_OPENERS
                    or (
                        # `and can save 54%`, `and reduces latency`: a modal or a verb opens
                        # the subject's next clause
                        word.lower() in ("and", "or")
                        and position + 1 < len(right)
                        and (
                            right[position + 1].lower() in _MODALS
                            or right[position + 1].lower() in self._clause_verb_words
                        )
                    )
                    or (
                        _is_value_word(word)
                        and any(
                            w.isalpha() and w.lower() not in ("and", "or") for w in right[:position]
                        )
                    )
                ):
                    right = right[:position]
                    break
        # a `by` phrase, or a verb's object right before the value (`reduces latency 2x and
        # improves throughput 3x`): the verb before it gives the change
        # (a `by` past another value is that value's: `extends the window by 64x, delivering
        # 1.10x lower latency`)
        own_words = next((i for i, w in enumerate(left[:4]) if _is_value_word(w)), 4)
        by_phrase = (
            restates
            or any(word.lower() == "by" for word in left[:own_words])
            or _VERB_OBJECT_VALUE.search(text, max(lo, start - 80), start) is not None
        )
        if right and right[0].isalpha() and right[0].lower() not in _NOT_METRIC_WORDS:
            # `54% lower energy than A, with up to 2x throughput`: a value naming what it
            # measures takes no comparative that another value's phrase opens with
            left = _without_other_values_comparatives(left)
            if (
                not by_phrase
                and left[:1] in (["and"], ["or"])
                and _DIGIT.search(text, max(lo, start - 40), start)
            ):
                # (nor a change noun of the value's before the `and`: `2x cost savings and
                # 3.3x SLO attainment` is more attainment, while a verb before the list
                # moves each: `reducing 89% computation and 53% parameters`)
                other = next((i for i, w in enumerate(left) if _is_value_word(w)), len(left))
                left = [w for w in left[:other] if not _names_a_change([w])] + left[other:]
        if (
            not by_phrase
            and right
            and right[0].lower() in ("extra", "additional")
            # (`33% extra FLOPs reduction`: the change noun after says how)
            and not any(self._direction_of(w) for w in right[1:4])
        ):
            return "increase"  # `introduces 2.56x extra cost`: more of it, whatever reduced else
        if restates and right and self._direction_of(right[0]):
            # `accuracy (about 1% drop on ImageNet)`: the aside's own change word says how
            return self._direction_of(right[0])
        listed = (
            change_noun_of(text, lo, head_start)
            if head_start < start and right[:1] in ([], ["and"], ["or"])
            else None
        )
        if listed is not None:
            # `time reductions of 46% and 31% and cost increases`: a later value with no words
            # of its own is the list's change noun's
            return self._direction_of(listed)
        order = (left, right) if by_phrase else (right, left)
        for words in order:
            for position, word in enumerate(words):
                found = self._direction_of(word) or speeds_up(words, position)
                if found and words is left and "by" in words[:position] and not _verb_form(word):
                    # `reduces EE acceleration by 2-5x`: a noun in the verb's object names
                    # what changed; the verb before it says how
                    verb = next(
                        (w for w in words[position + 1 : position + 6] if _verb_form(w)),
                        "",
                    )
                    found = self._direction_of(verb) or found
                if found:
                    return found
        if by_phrase:
            # `cuts the average job completion time by 27.5% and the 99th-percentile queuing
            # delay by 3.1x`: a second object's verb stands further back (before the list that
            # `left` was read before: `and by up to 3.5x and 4.4x`)
            for word in self._words_left(text, lo, head_start, 24)[len(left) :]:
                found = self._direction_of(word)
                if found:
                    return found
        return None

    @staticmethod
    def _measure_before_aside(window: str) -> bool:
        """Whether the signed aside `window` opens at its end (`(+`) follows a changed measure.

        `improvements in Click-Through Rate (+`, `improves conversion rate (+`.
        """
        return window.endswith("(+") and (
            _CHANGE_IN_BEFORE_PAREN.search(window) is not None
            or _VERB_OBJECT_BEFORE_PAREN.search(window) is not None
            or _COMPARATIVE_BEFORE_PAREN.search(window) is not None
        )

    def _names_own_measure(self, text: str, end: int, hi: int, right: list[str]) -> bool:
        """Whether the words after a value name what it measures, with no change word.

        `a 48.2% Video Panoptic Quality`, not `9.1% for vector databases` nor `<5% TTFT/2%
        TPOT increase`.
        """
        if not right or not right[0].isalpha() or right[0].lower() in _NOT_METRIC_WORDS:
            return False
        return not any(self._direction_of(w) for w in words_of(text[end : min(hi, end + 60)])[:6])

    def _change_verb_governs(self, window: str) -> bool:
        """Whether the nearest verb before a list's later object changes, not beats, a measure.

        `reduces A by 34% and B by` has B a measure; `outperforms A by 34% and B by` and
        `faster than A by 34% and B by` have B a comparator.
        """
        words = [w.lower() for w in words_of(window)[-14:]]
        for at in range(len(words) - 1, -1, -1):
            folded = words[at]
            if folded.startswith(_BEAT_BY_STEMS) or (
                # (`by over 34%` is a bound, `over A` a comparator)
                folded in _COMPARED_MARKERS
                and not (at + 1 < len(words) and words[at + 1][:1].isdigit())
            ):
                return False
            if self._direction_of(folded) is not None and folded not in _CHANGE_NOUN_SET:
                return True
        return False

    def _direction_of(self, word: str) -> str | None:
        word = word.lower()
        if word in self.decrease:
            return "decrease"
        if word in self.increase:
            return "increase"
        return None

    @staticmethod
    def _words_right(text: str, end: int, hi: int, count: int) -> list[str]:
        return _clause_words(text[end : min(hi, end + 80)], count)

    @staticmethod
    def phrase_words_right(text: str, end: int, hi: int, count: int) -> list[str]:
        """The first `count` words of the value's phrase after it, past the rest of its list.

        The phrase ends at a comma too: in `10.5% MCA on ARC, and reduced latency` no latency
        changed by 10.5%.
        """
        after = text[end : min(hi, end + 80)]
        rest = len(after) - len(past_list_rest(after))
        comma = _COMMA_ENDING_A_PHRASE.search(after, rest)
        # (the count starts past the list: `6.55x, 4.46x, and 2.10x end-to-end speedup`)
        return _clause_words(after[rest : comma.start()] if comma else after[rest:], count)

    @staticmethod
    def _words_left(text: str, lo: int, start: int, count: int) -> list[str]:
        return list(_clause_words_before(text, lo, start)[:count])

    # -- percent change or level -------------------------------------------------------------
    def percent_is_change(self, text: str, lo: int, hi: int, start: int, end: int) -> bool:
        """True when a percentage states a change rather than a level.

        Cues are read nearest first: an explicit `+` sign, a change word right after the value
        (skipping the rest of a list, `1.9%, 1.3% and 3.6% higher`), a level word right after it
        (`55.2% MFU`, `40% of peak`), `by N%`, a level word right before it (`accuracy of`),
        and last a change word earlier in the clause (`reduces memory by up to 60%`).
        """
        if text.endswith(_SPREAD_SIGNS, max(lo, start - 6), start):
            return False  # `68.7 ± 4.2%`, `68.7$\pm$4.2%`: a level's spread
        if _INTERVAL_BEFORE.search(text, max(lo, start - 60), start):
            return False  # `95% CI [78.02%, 81.49%]`: the bounds of an interval are levels
        if (
            "+" in text[max(lo, start - 1) : start + 1]
            or _minus_sign(text, lo, start)
            or _arrow_sign(text, lo, hi, start, end)
        ):
            # an explicit sign states a change (`+2.66%`, `+54 absolute points`), but signed
            # levels may move too: `return on investment ranges from -18% to +10%`
            return not (
                _FROM_TO.search(text[max(lo, start - 40) : start])
                and not ranging_from(text, lo, start)
                and not change_moves(text, lo, start)
            )
        if text[max(lo, start - 7) : start].lower().endswith(_RANK_CUTS):
            return False  # `at stricter percentiles such as top-30%`: a rank's cut, a level
        if _DIFFERENCE_FROM.match(text, end, hi) is not None:
            return True  # `3.3 points below its teacher`: a difference from another's value
        if text.startswith(" relative", end) and _RELATIVE_ALONE.match(text, end, hi):
            return True  # `by 0.47 points (4.21 -> 3.74; 11.2% relative)`: a relative change
        if text.startswith(" down to ", end) and _DOWN_TO_A_LEVEL.match(text, end, hi):
            return False  # `suppresses exfiltration (31%-50% down to 0%-7%)`: a level moving
        # `\textbf{78\%}} of`, `$12\%$ lower`: what closes the value's LaTeX is no word
        after = past_list_rest(text[end : min(hi, end + 120)].lstrip("$}"))
        # (`to 15% without accuracy degradation` is a level all the same)
        after = _before_what_is_kept(after)
        if " of " in after[:5] and (
            _SHARE_OF_A_CHANGE.match(after) or text.endswith(" at ", max(lo, start - 4), start)
        ):
            # the share of a change a cause holds is a level of it, as is the share of a
            # measure a result is had at (`captures 94.7% of the gain at 63% of the cost`)
            return False
        phrase = _PHRASE_END.split(after, maxsplit=1)[0]
        right = words_of(phrase)[:4]
        for position, word in enumerate(right):
            if word.lower() in _SETTING_OPENERS:
                # `21.51% for the much more compliant case`: a setting's words say no change
                right = right[:position]
                break
        if (
            right
            and right[0].lower() in _VERBS_OF_A_SHARE
            # (not a change's value: `an improvement of 20% was observed`, `by 20% is`)
            and not {"by", "of"}.intersection(
                w.lower() for w in self._words_left(text, lo, start, 3)
            )
        ):
            return False  # `10% contained inconsistencies requiring reduced judgments`: a share
        if any(w.lower() in self._change_after for w in right):
            # `at 1% false detect rate improved from`: a setting's level, unless the change is
            # the value's own (`at 30% lower cost`)
            return not (
                right[0].lower() not in self._change_after
                and text.endswith(" at ", max(lo, start - 4), start)
            )
        if "%" in after[:60] and _MEASURES_THEN_SHARED_CHANGE.match(after):
            return True
        if text.endswith(_AT_A_SETTING, max(lo, start - 8), start):
            return False  # `cuts coverage at a 5% risk target`: where the change holds
        if text.endswith(" the ", max(lo, start - 5), start) and _SETTING_NOUN_AFTER.match(
            text, end, hi
        ):
            return False  # `by +0.077 over the 100% condition`: a setting named by its level
        aside_end = _ASIDE_THEN_WORD.match(text, end, hi) if ")" in after[:6] else None
        if (
            aside_end
            and aside_end.group("w").lower() in self._change_after
            and _OPENS_ASIDE.search(text, max(lo, start - 20), start)
        ):
            return True  # `a significant (up to 100%) boost`: the aside sizes the noun after it
        if _LEVEL_OF_A_NAME.search(text, max(lo, start - 160), start):
            return False  # `F1 = 90.5%`, `than A (55.7% mAP)`: a level set to a name
        if _VALUE_THEN_AT.search(text, max(lo, start - 60), start):
            return False  # `by 12.14% at 10% retention budget`: where the change holds
        left = self._words_left(text, lo, start, 10)
        if left and left[0].lower() in _THRESHOLDS and left[1:2] != ["by"]:
            return False  # `does not drop below 80%`: a threshold is a level, not a change
        head = _list_head_start(text, lo, start)  # (read again below: once per value)
        lead = left if head == start else self._words_left(text, lo, head, 3)
        if lead[:1] == ["in"] and not (
            lead[1:2] and _is_change_verb_form(lead[1]) and lead[1].lower() in self._change_before
        ):
            # `adds an unseen step in 17.9% and 19.3%`, `a speedup in 83.3%`: the share of cases
            # it holds in (but `reduces in 8.9% the error` is the change)
            return False
        if (
            left[:1] == ["the"]
            and (
                (len(left) > 1 and left[1].lower() in self._change_before)
                # (`improving upon the 20% RFT baseline`)
                or (
                    left[1:2] in (["upon"], ["over"])
                    and left[2:3]
                    and left[2].lower() in self._change_before
                )
            )
        ):
            return False  # `surpassing the 58.5% obtained by GPT-4o`: the comparator's level
        left = _past_than(left)
        if text.endswith(" to ", max(lo, start - 4), start) and _CUTOFF_THEN_TO.search(
            text, max(lo, start - 24), start
        ):
            return False  # `Acc@0.7 to 74.1%`: where a metric named with its cut-off ends
        if _TO_A_LEVEL.match(" ".join(_past_level_qualifier(left)[:2])):
            # `improves accuracy to 85%`, `to at most 2.0%`: where the change ends, a level
            return False
        if "by" not in left[:3] and _FRACTION_OF_A_MEASURE.match(after):
            return False
        level = self._level_after.search(after[:40])
        if level and level.group().strip() != "of" and "by" in text[max(lo, start - 40) : start]:
            # `improves X by 39.47%/31.39% top-1 error rate`: a `by` sizes a change of the
            # measure after it (past the values before it in a list written with slashes)
            slashed = _SLASHED_VALUES_BEFORE.search(text, max(lo, start - 40), start)
            head = slashed.start() if slashed else start
            if _BY_RIGHT_BEFORE.search(text, max(lo, head - 30), head) and any(
                w.lower() in self._change_before for w in self._words_left(text, lo, head, 6)
            ):
                return True
        if level:
            # `reducing 84% of the data accesses` is a change; `47% of the time` a level, and
            # so is the share of cases a change holds in (`gains in 78% of settings`)
            return (
                level.group().strip() == "of"
                and _SHARE_IN.search(text, max(lo, start - 40), start) is None
                # (`outperforms the baseline 90.6% of the time`: how often, a level)
                and _SHARE_OF_CASES.match(after, level.end()) is None
                # (what a share exceeds is a level: `often exceeding 90% of total cost`)
                and any(
                    w.lower() in self._change_before and not w.lower().startswith(_BEAT_BY_STEMS)
                    for w in left[:5]
                )
            )
        # `within $99\%$`, `from ${\sim}$81\%`: the maths that opens the value is no word
        left_text = text[max(lo, start - 40) : start]
        if left_text.endswith(("$", "{", "}", "~")):
            # `$4$--$6\%$`: a range's dash between two values in maths reads as `to`
            left_text = _MATH_OPENING.sub(" ", _MATH_RANGE_DASH.sub(" to ", left_text))
        if _ends_in_joiner(left_text, 0, len(left_text)) or _ITEM_QUALIFIER.search(left_text):
            left_text = text[max(lo, head - 40) : head]
            # (the list's first value's qualifier too: `errors of less than 3.7% in A and`)
            left = _past_than(self._words_left(text, lo, head, 10))
            if _TO_A_LEVEL.match(" ".join(_past_level_qualifier(left)[:2])):
                return False  # `accuracy to 90.7% and 63.7%`: where the list's change ends
        # `gains ranging from 5% to 23%` are a range of changes, not a level moving
        ranging = ranging_from(text, lo, start)
        from_to = None if ranging else _FROM_TO.search(left_text)
        if "(" in left_text[-30:] and self._named_in_aside(left_text):
            return False  # `by truncation (answerability 93-95% at ...)`: a measure's level
        if from_to or _BY_VALUE.search(left_text):
            return not from_to
        if _VERSUS_A_VALUE.match(text, end, hi) or (
            # (a string test spares the search: `vs` or `versus` ends in `s` before the value)
            "s" in text[max(lo, start - 8) : start]
            and _VALUE_VERSUS.search(text, max(lo, start - 30), start)
        ):
            return False  # `100% vs 79% success rate`: two levels side by side
        if _CHANGE_IN_A_LEVEL.search(left_text) or _QUALITY_LOSS.search(left_text):
            return True  # `a reduction in accuracy of less than 1%`: the change, not the level
        if not ranging and (
            self._level_before.search(left_text)
            or (" of" in left_text[-24:] and _ACRONYM_OF.search(left_text[-24:]))
        ):
            return False  # `accuracy of 85%`, `DERs of 3.28%`: a named measure's level
        colon = text.rfind(":", max(lo, head - 3), head)
        if colon >= 0 and not text[colon + 1 : head].strip(" $~"):
            # `achieve better speed-accuracy balance: 35.1%, 42.3% AP`: what a colon lists
            # are levels, unless a change noun opens them (`improvements: 12% and 30%`)
            return _names_a_change(self._words_left(text, lo, colon, 2))
        # (a comparative before `than` qualifies a value of the list before this one: `errors
        # of less than 3.7% in A and less than 5.9% in B`)
        if any(
            w.lower() in self._change_before
            and (i == 0 or left[i - 1] != "than")
            # a change noun after another value is that value's when this one names its own
            # measure: `a 77% collision rate reduction, a 48.2% Video Panoptic Quality`, not
            # `71.6% improvement for A, and 9.1% for B` nor `an improvement of 9.7%` (the
            # words after the value read last: few values get this far)
            and not (
                i > 0
                and left[i - 1] != "of"
                and _names_a_change([w])
                and any(map(_is_value_word, left[i + 1 : i + 5]))
                and not any(map(_is_value_word, left[:i]))
                and self._names_own_measure(text, end, hi, right)
            )
            for i, w in enumerate(left)
        ):
            return True
        # `accuracy improvements over X (12.3% for A and 7.5% for B)`: a value in an aside
        # gives the change its parenthesis follows
        opening = text.rfind("(", max(lo, start - 60), start)
        if opening < 0 or ")" in text[opening:start]:
            return False
        before = _clause_words_before(text, lo, opening)[:6]
        if _CHANGE_BEFORE_ASIDE.search(text, max(lo, opening - 60), opening):
            return True  # `by 8% on average (up to 20%)`: the aside bounds that change
        if text[end:hi].lstrip("$} ").startswith(")"):  # `rate ($28.1\%$)`: LaTeX too
            # `the roofline baseline (22.0%)` restates a level; `a latency reduction (35%)` the
            # change its noun names, `significantly improves (3-4%)` its verb's (but for levels
            # moving, `improves (14.9% to 33.5%)`), and `enhances brain alignment (~6%)` the
            # change of the verb's object, where the aside holds the value alone and qualified
            # (`improves accuracy (92.1%)` may well restate the level reached); and `errors
            # drop from 15,088 to 2,463 (83.7%)` the change from one amount to the other
            restated = (
                _FROM_TO_THEN_PARENTHESIS.search(text, max(lo, start - 160), start)
                if "from" in before
                else None
            )
            return (
                _names_a_change(before)
                or (
                    restated is not None
                    and any(
                        w.lower() in self._change_before
                        for w in words_of(restated.group("changed"))
                    )
                )
                or bool(
                    before
                    and _is_change_verb_form(before[0])
                    and before[0].lower() in self._change_before
                    and " to " not in text[start:end]
                )
                or (
                    _OPENS_QUALIFIED_ASIDE.search(text, max(lo, start - 20), start) is not None
                    # (a verb, a particle, an article and an object of up to two words)
                    and any(w.lower() in self._change_before for w in before[:5])
                )
            )
        return any(w.lower() in self._change_before for w in before)

    # -- metric and baseline -----------------------------------------------------------------
    def metric(self, text: str, lo: int, hi: int, start: int, end: int) -> str | None:
        """A short phrase naming what changed, as written (`tail latency`, `throughput`)."""
        if start - 1 > lo and text[start - 1] == "+":
            named = _NAME_THEN_SIGN.search(text, max(lo, start - 24), start - 1)
            if named and named.group("m") not in ("CI", "CIs"):  # (a confidence interval's bound)
                return named.group("m")  # `CTR +1.8% and GMV +2.1%`: the name the sign follows
        phrase = self._metric_phrase(text, lo, hi, start, end)
        if (
            phrase is None
            and start - 1 > lo
            and (text[start - 1] == "+" or _minus_sign(text, lo, start))
        ):
            phrase = self._name_after_signed(text, end, hi)
        if phrase is not None and "'" in phrase:
            phrase = _POSSESSOR.sub("", phrase) or None  # `GPT4's response quality`: the measure
        if phrase is not None and " " in phrase:
            phrase = self._measure_of(phrase)
            # (a comparator is no part of it: `count win rate over a static control`; a
            # substring test first, as few phrases hold one)
            compared = (
                _COMPARATOR_IN_PHRASE.search(phrase)
                if any(word in phrase for word in _COMPARATOR_WORDS_IN_PHRASE)
                else None
            )
            phrase = phrase[: compared.start()] or None if compared else phrase
        if phrase is not None and phrase.lower() not in _BARE_SPEED_WORDS:
            return phrase
        # `1.2x faster with measured GPU latency`: what was timed, named after the comparator
        window = text[end : min(hi, end + 100)]
        close = min((at for at in (window.find(";"), window.find(")")) if at >= 0), default=-1)
        measured = _MEASURED_AS.search(window[:close] if close >= 0 else window)
        return measured.group("m") if measured else phrase

    def _name_after_signed(self, text: str, end: int, hi: int) -> str | None:
        """The measure a signed value names right after it (`+1.4% CTR,`), or None.

        Not a word that says how it changed or where (`+3% relative,`, `+2% overall and`).
        """
        named = _NAME_AFTER_SIGNED.match(text, end, hi)
        if named is None:
            return None
        words = named.group("m").split()
        # (a verb after the name is none of it: `+29% advantage reversed and`)
        verb = next((i for i, w in enumerate(words) if i and w.endswith("ed")), len(words))
        words = words[:verb]
        first = words[0].lower()
        if (
            first in self._one_word_qualifiers
            or first in self._change_after
            or first in _NOT_A_SIGNED_NAME
            # (nor a change the value sizes: `a +3.25% six-task mean gain`)
            or _holds_a_change_noun(words)
        ):
            return None
        return " ".join(words)

    def _measure_of(self, phrase: str) -> str:
        """The measure a phrase of two or more words names, without the words at its edges.

        Those say how it changed or join it to something else. Its first word: a change's
        participle (`50% reduced prediction errors`), a comparative (`47.0x higher
        computational power`), the sign written twice (`3x times faster`), a word of averaging
        before a change noun (`2.50x geomean speedup`). Its last: a comparative (`7-15x
        inference speed faster`), a preposition or joiner (`7.97x energy efficiency of
        improvement`).
        """
        first, _, rest = phrase.partition(" ")
        folded = first.lower()
        if (
            (folded.endswith("ed") and self._direction_of(folded))
            or folded in _COMPARATIVE_SET
            or folded in ("times", "fold")
            or (folded in _AVERAGING_WORDS and _names_a_change([rest]))
        ):
            phrase = rest
        head, _, last = phrase.rpartition(" ")
        if head and (last.lower() in _COMPARATIVE_SET or last.lower() in _EDGE_JOINERS):
            phrase = head
        return phrase

    def _metric_phrase(self, text: str, lo: int, hi: int, start: int, end: int) -> str | None:
        # `7.5x, 26%, and 14% higher throughput`: every value of a list reads its end; a
        # value written with its noun (`a speedup of 2.1 and 40% lower memory`) heads none
        right = text[end : min(hi, end + 120)]
        right = (right if text[start : start + 1].isalpha() else past_list_rest(right))[:80]
        averaged = _AVERAGE_AFTER.match(right) if " av" in right[:12] else None
        if averaged:  # `1.09x on average end-to-end speedup`: the qualifier, then the phrase
            right = right[averaged.end() :]
        kept = _before_what_is_kept(right)
        if len(kept) < len(right):  # `up to 3.78x without performance degradation`: no metric
            right = kept.rstrip() + ", "  # (the phrase ends there)
        if "w.r.t." in right:  # the abbreviation's dots are no phrase ends: `faster w.r.t. A`
            right = right.replace("w.r.t.", "relative to")
        sized = (
            _CHANGE_IN_THEN_BY.search(text, max(lo, start - 100), start)
            if text.endswith(_BY_ENDINGS, max(lo, start - 12), start)
            else None
        )
        if sized and group_index().group_of(sized.group("m")) is not None:
            # `a reduction in training loss by 52.7%, 92% accuracy`: the change noun's `in`
            # names what the `by` sizes, whatever the words after the value
            return sized.group("m")
        comparative = _COMPARATIVE_METRIC.match(right)
        if comparative:
            # `2.1x and 3.4x lower latency and energy, respectively`: the whole list of metrics,
            # which `_pair_metric_lists` deals out in order
            listed = (
                _RESPECTIVE_ITEMS.match(right, comparative.end())
                if "respectively" in right
                else None
            )
            return comparative.group("m") + (listed.group() if listed else "")
        before = text[max(lo, start - 80) : start]
        # (a string test first: few values follow an `is`)
        if _IS_WORDS.intersection(before[-30:].split()) and _BARE_CHANGE_AFTER.match(right):
            # `training time is 40% shorter than before`: the subject the value changes
            subject = _SUBJECT_IS_VALUE.search(before)
            phrase = _subject_phrase(subject.group("m")) if subject else None
            # (its head names a measure: `our optimized attention kernel is 2x faster` is
            # the system that got faster)
            if phrase and group_index().group_of(phrase.split()[-1]) is not None:
                return phrase
        noun = _NOUN_METRIC.match(right)
        noun_phrase = noun.group("m") if noun else ""
        head, _, rest = noun_phrase.partition(" ")
        if rest and head.lower() in _SIZE_ADJECTIVES:
            noun_phrase = rest  # `8.2% absolute top-1 accuracy improvements`: how large, no metric
        if noun_phrase.lower() in _AVERAGING_WORDS:
            noun_phrase = ""  # `a 2.50x geomean speedup`: how it was averaged, no metric
        if (
            noun_phrase
            and noun_phrase.lower() not in self.increase | self.decrease
            # `by 58% and delivers kernel speedups`: a clause of its own, not a phrase
            and noun_phrase.split()[0].lower() not in _NOT_METRIC_WORDS
        ):
            return noun_phrase
        # `saving 60% of prefill compute`: what a change verb takes a share of
        if _CHANGE_VERB_BEFORE.search(text, max(lo, start - 40), start):
            share = _SHARE_OF.match(right)
            phrase = metric_phrase_after(share.group("m")) if share else None
            if phrase:
                return phrase.rstrip(".")
        # the phrases below are taken only when they name a group of the vocabulary: after
        # `in`/`on` stand workloads and devices as often as metrics (`2x on A100`)
        index = group_index()
        own_noun = change_noun_of(text, lo, start)
        if own_noun is not None and not own_noun.lower().startswith(("speed", "accel")):
            # `a latency reduction of 30% on GLUE`: the value's own noun names its metric before
            # a benchmark after it does (a speedup's phrase reads as it always has)
            own = _METRIC_CHANGE_OF.search(text[max(lo, start - 100) : start])
            phrase = metric_phrase_before(own.group("m")) if own else None
            # (`a performance gain of 5.5% Pass@1 on HumanEval`: `performance` says less)
            if phrase and not phrase.lower().endswith("performance") and index.group_of(phrase):
                return phrase
        if own_noun is not None and not _OF_AN_OWNER.match(right):
            # `a reduction of 56.6% of the peak motor power`: what the change noun's value is
            # a share of
            share = _SHARE_OF.match(right)
            phrase = metric_phrase_after(share.group("m")) if share else None
            if phrase:
                return phrase.rstrip(".")
        within = _CHANGE_IN_METRIC.match(right)
        if within:
            phrase = metric_phrase_after(within.group("m"))
            # `a 40.5% decrease in error corrections`: a change noun's `in` names what changed
            named = within.group("change") is not None and within.group("prep") == "in"
            if phrase and (named or index.group_of(phrase) is not None):
                return phrase
        # `1.6x the request rate`: a multiple of a measure names it
        measure = _MULTIPLE_OF_MEASURE.match(right)
        if measure and index.group_of(measure.group("m")) is not None:
            return measure.group("m")
        noun_phrase = _VALUE_NOUN.match(right)
        if noun_phrase:
            phrase = metric_phrase_before(noun_phrase.group("m"))
            if phrase is not None and phrase == noun_phrase.group("m") and index.group_of(phrase):
                if phrase.lower() in _BARE_SPEED_WORDS:
                    return _scope_metric(text, lo, start) or phrase
                return phrase
        left = text[max(lo, start - 100) : start]
        head = _LIST_HEAD.search(left)
        bare = left[: head.start()] if head else left  # the left of the whole list
        for pattern in (_METRIC_CHANGE_OF, _IN_METRIC_BY, _SUBJECT_METRIC, _SUBJECT_MEASURE_OF):
            found = pattern.search(bare)
            if found is None:
                continue
            if pattern is _IN_METRIC_BY:
                phrase = metric_phrase_after(found.group("m") + " ")
                head, _, last = (phrase or "").rpartition(" ")
                if head and last.endswith("ed") and self._direction_of(last):
                    # `on two datasets show embedding latency reduced by`: a passive's
                    # subject, after the clause's own verb
                    phrase = metric_phrase_before(head)
                verb = _VERB_INSIDE.search(phrase) if phrase else None
                if verb and phrase:
                    return phrase[verb.end() :]  # a verb's object names the metric
            else:
                phrase = metric_phrase_before(found.group("m"))
            if phrase and index.group_of(phrase) is not None:
                return phrase
        up_to = _CHANGE_IN_METRIC_UP_TO.search(bare) if bare.endswith("up to ") else None
        phrase = metric_phrase_after(up_to.group("m") + " ") if up_to else None
        if phrase and index.group_of(phrase) is not None:
            return phrase
        # each ends in a comma and a few words (`, a `, `, which is up to `): a string test
        # spares their searches nearly everywhere
        restating = "," in bare[-30:] or "(" in bare[-8:]
        for pattern in (
            _VERB_FROM_TO_METRIC,
            _WHICH_IS_METRIC,
            _SUBJECT_FROM_TO_METRIC,
            _UNIT_WHICH_IS_METRIC,
        ):
            found = pattern.search(bare) if restating else None
            if found is None:
                continue
            # a verb's object starts the phrase; a subject may follow other words
            phrase = found.group("m")
            if pattern is not _VERB_FROM_TO_METRIC:
                phrase = metric_phrase_before(phrase)
            if phrase and index.group_of(phrase) is not None:
                return phrase
        in_paren = _CHANGE_IN_BEFORE_PAREN.search(bare)
        if in_paren:
            return in_paren.group("m")
        # (both need the value to open an aside: a string test spares their searches)
        opens_aside = "(" in bare[-16:]
        named_before = _METRIC_CHANGE_BEFORE_PAREN.search(bare) if opens_aside else None
        if named_before:
            phrase = metric_phrase_before(named_before.group("m"))
            if phrase and index.group_of(phrase) is not None:
                return phrase
        compared_before = _COMPARATIVE_BEFORE_PAREN.search(bare) if opens_aside else None
        if compared_before and (
            index.group_of(compared_before.group("m")) is not None
            # (a sign makes the aside a change, no level: `higher total bits (+3.5%)`)
            or bare.endswith("+")
        ):
            return compared_before.group("m")
        paired = _NEXT_METRIC_BEFORE_PAREN.search(bare) if bare.endswith("(+") else None
        if paired and (
            index.group_of(paired.group("m")) is not None
            or self._measure_before_aside(bare[: bare.rfind("(", 0, paired.start("m")) + 2])
        ):
            # `in Click-Through Rate (+2.74%) and Revenue (+8.33%)`: a list of measures, not of
            # benchmarks (`GSM8K (+4.9%), HumanEval (+4.3%)`)
            return paired.group("m")
        object_before = _VERB_OBJECT_BEFORE_PAREN.search(bare) if opens_aside else None
        if object_before and not (
            # (a signed value sizes the object only alone in its aside: `mitigates these
            # issues (+2.8% R@1 over SOTA)` names its own measure)
            bare.endswith("+") and not text[end:hi].lstrip("$} ").startswith(")")
        ):
            return object_before.group("m")
        noun_before = _NOUN_BEFORE_PAREN.match(bare) if opens_aside else None
        if noun_before and (
            _ASIDES_THEN_CHANGE_NOUN.match(text, end, hi)
            or any(
                _is_change_verb_form(w) and self._direction_of(w)
                for w in words_of(bare[: noun_before.start()])[-4:]
            )
        ):
            # `significant computation (50X) and storage (32X) improvement`: each value sizes
            # the measure its aside follows
            phrase = metric_phrase_before(noun_before.group("m")) or ""
            first, _, rest = phrase.partition(" ")
            phrase = rest if rest and first.lower() in _SIZE_ADJECTIVES else phrase
            if phrase and index.group_of(phrase) is not None:
                return phrase
        verb = (
            _VERB_METRIC.search(left)
            or _VERB_METRIC_AGAIN.search(left)
            or _VERB_METRIC_PAST_SETTING.search(left)
        )
        named = _NAMED_METRIC.search(left)
        if named and (verb is None or named.start() > verb.start("m")):
            # the nearer phrase names it: `reduces memory access by 58% and delivers kernel
            # speedups of 3.3x` gives the 3.3x `kernel speedups`; a verb, an article or a
            # qualifier is no modifier, but a scope is (`overall speedup`)
            modifier = named.group("m") or ""
            if modifier.strip().lower() in _NOT_A_MODIFIER:
                modifier = ""
            return modifier + named.group("n")
        if (
            verb
            and not _NAMES_A_COMPARATOR.search(verb.group("m"))
            and not (
                " and " in left[verb.end("m") :]
                and _CLAUSE_AFTER_A_VALUE.search(left, verb.end("m"))
            )
            # `boosts quality by +1.42 BLEU at a speed-up of 1.4`: past the verb's own value,
            # a value with a change noun of its own is that noun's
            and not (
                (own_noun is not None or _names_a_change(words_of(text[start:end])[:1]))
                and _DIGIT.search(left, verb.end("m"))
            )
        ):
            # (a nearer verb inside the object is the one that governs: `compressed models
            # reduce inference latency by`)
            inner = _VERB_INSIDE.search(verb.group("m"))
            return verb.group("m")[inner.end() :] if inner else verb.group("m")
        object_value = _VERB_OBJECT_VALUE.search(left)
        if object_value and index.group_of(object_value.group("m")) is not None:
            return object_value.group("m")
        second = _AND_METRIC_BY.search(bare)
        # (a LaTeX font's spaces may stand after the `by`: `GPU memory by \textbf{72\%}`)
        if second is None and (bare.endswith(_BY_ENDINGS) or bare.rstrip(" +").endswith(" by")):
            second = _COMMA_METRIC_BY.search(bare)
        if (
            second
            and (
                index.group_of(second.group("m")) is not None
                # `reduce curtailment by 34% and load shedding by 21%`: with its own `by`, the
                # object of a verb of change names a measure of no group too
                or (
                    bare.rstrip(" +").endswith(" by")
                    and self._change_verb_governs(bare[: second.start("m")])
                )
            )
        ):
            verb, _, measure = second.group("m").partition(" ")
            # (`63.5x, and improves energy efficiency by`: the verb's object)
            verb_first = _is_change_verb_form(verb) and self._direction_of(verb) is not None
            return measure if measure and verb_first else second.group("m")
        if right[:3].lstrip().startswith("("):
            # `an absolute gain of 1.0% (mask AP)`: an aside naming the measure alone
            aside = _METRIC_ASIDE.match(right)
            if aside and index.group_of(aside.group("m")) is not None:
                return aside.group("m")
        lead = _LEAD_METRIC.search(text[lo:start])
        if lead and index.group_of(lead.group("m")) is not None:
            return lead.group("m").strip()
        return None

    def baseline(self, text: str, lo: int, hi: int, start: int, end: int) -> str | None:
        """The comparator named in the same sentence (`vLLM`, `DGX H100`), or None.

        A class given names as examples right after it (`frontier models, such as GPT-4o and
        Claude`) keeps them: the names are what it compares with.
        """
        found = self._baseline_phrase(text, lo, hi, start, end)
        if not found or found.lower() in _PRONOUNS or found.lower() in _ARTICLES_ALONE:
            return None  # `in comparison with them`: what it stands for is named elsewhere
        if found in ("and", "or"):
            return None  # `by 4% on A, and by around 2% on B`: the joiner of another item
        if not any(ch.isalnum() for ch in found):
            return None  # `always beats -- by up to 18x`: a dash, no name
        if found.lower() in _LEVEL_QUALIFIERS:
            return None  # `compared to only 2.6% for BertiGO`: the bound of another value
        if "(" in found:
            # `ROAM's best results (+1.00% IPV, +0.90% Core IPV)`: the comparator's own values
            found = _VALUES_ASIDE.sub("", found).strip() or found
        if found.endswith(('"', "\u201d")):  # an abstract quoted whole ends in its mark
            found = found.rstrip('"\u201d').rstrip(".")
            if not found:
                return None
        if found.endswith("'s"):
            found = found[:-2]  # `420x smaller than MnasNet's`: MnasNet's own
        elif "'s " in found:  # `a 50x reduction compared to Diffusion Policy's 100`: its own value
            owner = _OWNERS_VALUE.fullmatch(found)
            found = owner.group("b") if owner else found
        if found.endswith(" both"):  # `faster than A both in computation (2x) and ...`
            found = found[:-5]
        elif found.endswith(" of"):  # `speedups over FlashInfer baselines of 1.62x, 18.05x`
            found = found[:-3]
        elif found.startswith("both ") and " and " in found:  # `surpassing both A and B`
            found = found[5:]
        head, _, rest = found.partition(" ")
        if rest and head.lower() in _SETTING_PREPOSITIONS:
            found = rest  # `2.1 times faster than on 16 A100 GPUs`: the setting compared
        return _with_examples(text, lo, hi, start, found)

    def _baseline_phrase(self, text: str, lo: int, hi: int, start: int, end: int) -> str | None:
        multiple = _MULTIPLE_OF.match(text, end, hi)
        if multiple:
            return self._noun_phrase(text, multiple.end(), hi)
        differs = _DIFFERENCE_FROM.match(text, end, hi)
        if differs:  # `19.94 points above scratch training`, `40 points behind`
            after = text[differs.end() : hi]
            of = len(after) - len(after.lstrip()) + 3 if after.lstrip().startswith("of ") else 0
            return self._noun_phrase(text, differs.end() + of, hi)
        if text.endswith("within ", max(lo, start - 7), start):
            close_to = _WITHIN_OF.match(text, end, hi)  # `within 5% of hand-tuned CUTLASS`
            if close_to:
                return self._noun_phrase(text, close_to.end(), hi)
        left_start = max(lo, start - 200)
        left = text[left_start:start]
        beaten = _nearest(_BEATEN_BY, left)
        if beaten is not None and _AND_A_CHANGE_VERB.search(beaten.group("b") or ""):
            beaten = None  # `improves over A by 45% and reduces turns by 42%`: a clause of its own
        if beaten is not None:  # `surpasses A by 3.8x and outperforms B`: the verb's own
            beaten_object = beaten.group("b")
            if beaten_object is None:  # `outperforms by 1.6 times prior work`
                return self._noun_phrase(text, end, hi)
            if beaten.group("appositive"):  # `the best baseline, TensorRT-LLM, by`
                return _appositive_name(
                    beaten_object + beaten.group("appositive"), len(beaten_object), beaten_object
                )
            later = _LATER_BEATEN.search(beaten_object) if " by " in beaten_object else None
            return self._cut_at_stop(later.group("b") if later else beaten_object)
        # (no verb that beats, no later object of one: a substring test spares the search)
        later = _LATER_ITEM_BY.search(left) if _BEAT_BY_VALUE.may_match(left) else None
        if later is not None and _BEAT_BY_VALUE.search(left, 0, later.start()) is not None:
            return self._cut_at_stop(later.group("b"))
        between = _COMPARATOR_THEN_BY.search(left)
        if (
            between is not None
            and not _SPREAD.match(" " + between.group("b"))
            # (`over vanilla CD and reduces MMLU latency by`: the `and` opens another clause)
            and _AND_A_CHANGE_VERB.search(between.group("b")) is None
        ):
            # (with its `by`: `over FPGAs and power consumption by 3x` ends at the object)
            return self._cut_at_stop(between.group("b") + " by ")
        # `more efficient than A (with up to a 1.42x speedup), and outperforms B`: an aside
        # right after a comparator compares with it, unless it names its own
        before_aside = self._baseline_before_aside(text, lo, hi, start)
        if before_aside is not None:
            close = text.find(")", end, hi)
            if close < 0 or self._baseline_after.search(text, end, close) is None:
                return before_aside
        right_end = min(hi, end + 160)
        semicolon = text.find(";", end, right_end)
        if semicolon >= 0:
            right_end = semicolon  # (a comparator after a semicolon is another clause's)
        marker = self._baseline_after.search(text, end, right_end)
        while marker is not None and (
            # `uses 10x fewer parameters and infers more than 2x faster`, `and over 2x gains`
            (
                marker.group().strip().lower() in ("than", "over")
                and _THAN_A_VALUE.match(text, marker.end(), hi)
            )
            # (`5.4 times (359.8 ms vs. 1934.6 ms) relative to`: two amounts side by side)
            or (
                marker.group().strip().lower() in ("vs.", "vs", "versus")
                and _AMOUNT_NEXT.match(text, marker.end(), hi) is not None
            )
            # (`45-80% degradation compared to 3-7% for random perturbations`: another value)
            or _SHARE_NEXT.match(text, marker.end(), hi) is not None
            or (
                marker.group().strip().lower() == "than"
                and _bounds_a_count(text, lo, marker.start(), marker.end())
            )
            # (`absent from the retrieval pool`: where a thing comes from or is missing)
            or (
                marker.group().strip().lower() == "from"
                and self._from_a_source(text, lo, marker.start())
            )
        ):  # `more than 2K objects`
            marker = self._baseline_after.search(text, marker.end(), right_end)
        if (
            marker is not None
            and marker.group().strip().lower() == "from"
            and _FROM_AN_AMOUNT.match(text, marker.end(), hi) is not None
        ):
            # `shifts 16x with serving batch, from 32k at B=1 to 524k`: where the change starts,
            # and no comparator after it (`by 70% (from 49.4ms to 14.9ms) ... over multiple GPUs`)
            marker = None
        if (
            marker
            and self._no_other_number(text, end, marker.start())
            and not _closes_before(text, lo, start, end, marker.start())
            # `over a variety of pipelines`: across them, no comparator
            and not (
                marker.group().strip().lower() == "over" and _SPREAD.match(text, marker.end(), hi)
            )
        ):
            phrase = self._noun_phrase(text, marker.end(), hi)
            # (`ranging from 125M to 30B`: no comparator after it)
            if phrase is not None and not _beaten_by_its_own_value(text, hi, marker, phrase):
                return phrase
        if "respectively" in text[end:hi]:  # paired in order by `pair_respectively`
            opening_list = _OPENING_LIST_BASELINE.search(left)
            if opening_list:
                return opening_list.group("b")
        lead = _LEADING_BASELINE.search(left)
        if lead and _spread_over(lead):
            lead = None  # `On a split over three seeds, X improved`: across them, no comparator
        if lead:
            named = _named_past_value(lead)
            nearer = _NEARER_THAN.search(named) if named and " than " in named else None
            if nearer:  # `against A is more discriminative than B, with 25 points lower`: B
                named = nearer.group("b")
            return self._cut_at_stop(named) if named else None
        beats = _nearest(_BEATS_BASELINE, left)
        if beats is not None:
            return self._cut_at_stop(beats.group("b"))
        if "respectively" in text[end:hi]:  # paired in order by `pair_respectively`
            listed = _BEATS_LIST.search(text[left_start:start])
            if listed:
                return listed.group("b").strip()
        # `X outperforms A, setting ... with 2x`; `Compared to A, ... 28% lower TDP`: the
        # sentence's one comparator, named before the value's clause
        opener = _OPENING_BASELINE.match(text[lo:start]) or _BEATS_THEN_VALUES.search(
            text[left_start:start]
        )
        if opener and _spread_over(opener):
            opener = None
        if opener:
            named = _named_past_value(opener)
            return self._cut_at_stop(named) if named else None
        compared = _COMPARED_WITH.search(text[lo:start])
        # `compared to CPU and maintains 0.53x the speed of ...`: a span over another value
        # runs into that value's own clause
        if compared and not _VALUE_IN_PHRASE.search(compared.group("b")):
            return self._cut_at_stop(compared.group("b"))
        matched = _MATCHED_WHILE.search(left)
        if matched:
            return self._cut_at_stop(matched.group("b"))
        improved = _IMPROVES_THE_BASELINE.search(left)
        if improved:
            return improved.group("b")
        return self._baseline_before_aside(text, lo, hi, start)

    def _baseline_before_aside(self, text: str, lo: int, hi: int, start: int) -> str | None:
        """The comparator a value opening an aside takes from the phrase before the aside.

        `improvements over sequential LLMs (12.3% for A)` compares with `sequential LLMs`.
        """
        opening = text.rfind("(", max(lo, start - 30), start)
        if opening < 0 or ")" in text[opening:start]:
            return None
        head = max(lo, opening - 80)
        markers = self._baseline_after.finditer(text[head:opening])
        if not markers:
            return None
        last = markers[-1]
        if _bounds_a_count(text, lo, head + last.start(), head + last.end()):
            return None  # `to less than 160GB (20x compression)`: no comparator
        phrase = self._noun_phrase(text, head + last.end(), hi)
        # only a comparator the aside follows directly: `over X (`, not `over X in Y (`
        return phrase if phrase and text[head + last.end() : opening].strip() == phrase else None

    @staticmethod
    def _no_other_number(text: str, end: int, marker: int) -> bool:
        """No other value stands between a value and its baseline marker.

        Digits inside words do not count (`top-1 accuracy than`, `GPT-4`), nor do the other
        values of the same list (`1.55x and 2.11x speedup ... over Fairseq`).
        """
        if marker - end < 3:
            return True
        between = text[end:marker]
        if not _DIGIT.search(between):
            return True  # most often: no digit at all, so nothing to take away first
        if between.lstrip().startswith("("):
            # the value's own aside restates it: `5.4 times (359.8 ms vs. 1934.6 ms) relative to`
            between = _OPENING_ASIDE.sub("", between, count=1)
        between = _COUNT_OF_DEVICES.sub("", past_list_rest(between))
        between = _NAME_NUMBER.sub("", between)
        if not _STANDALONE_DIGIT.search(between):
            return True
        # (`than` binds the comparative before it: `with 0.5% higher accuracy and 2.3x faster
        # than NASNet` compares the 2.3x alone)
        return not text[marker : marker + 6].lstrip().lower().startswith("than") and bool(
            _METRIC_LIST_TAIL.fullmatch(between)
        )

    def _cut_at_stop(self, phrase: str) -> str | None:
        """A baseline read before its value, cut where its noun phrase ends."""
        measure = _MEASURE_OF.match(phrase)
        if measure:  # `the energy consumed by a system ...`: whose energy is the comparator
            phrase = phrase[measure.end() :]
        stand_in = _STANDS_FOR_WHAT_FOLLOWS.match(phrase)
        if stand_in:  # `Relative to running on CPUs alone, ...`: where it runs is compared
            phrase = phrase[stand_in.end() :]
        stop = self._baseline_stop.search(phrase)
        end = stop.start() if stop else len(phrase)
        if phrase.count("(", 0, end) > phrase.count(")", 0, end):
            closing = phrase.find(")", end)  # `methods (cuSPARSE, Magicube)`: the list inside
            if closing >= 0:
                stop = self._baseline_stop.search(phrase, closing + 1)
                # ... and the head after it, when it opens the phrase: `(BF16, FP32) mixed
                # precision`
                opens = _MODIFIER_ASIDE.match(phrase)
                end = (stop.start() if stop else len(phrase)) if opens else closing + 1
        cut = phrase[:end].strip()
        if stop is not None and stop.start() == end:
            cut = _appositive_name(phrase, stop.start(), cut)
        cut = _without_final_joiner(cut)  # `to A and showing`: the stop came after the joiner
        return None if not cut or _VALUE_AHEAD.match(cut) else cut

    def _noun_phrase(self, text: str, start: int, hi: int) -> str | None:
        if text.startswith("and above ", start):  # `over and above the speedup offered by SD`
            start += len("and above ")
        measure = _MEASURE_OF.match(text, start, hi)
        if measure:  # `the energy consumed by a system ...`: whose energy is the comparator
            start = measure.end()
        stand_in = _STANDS_FOR_WHAT_FOLLOWS.match(text, start, hi)
        if stand_in:  # `faster than that on a Xeon`, `than running on the host CPU`
            start = stand_in.end()
        window = text[start : min(hi, start + 120)]
        stop = self._baseline_stop.search(window)
        end = stop.start() if stop else len(window)
        if window[end : end + 1] == ",":
            listed = _RESPECTIVE_LIST.match(window, end)
            if listed:  # `over A, B, and C, respectively`: the whole list, paired later
                end = listed.end()
                # its last item ends where a phrase does (`and THE-X on the dataset`)
                last = max(window.rfind(",", 0, end), window.rfind(" and ", 0, end))
                inner = self._baseline_stop.search(window, last + 2, end)
                end = inner.start() if inner else end
        elif window.startswith(" and ", end):
            second = _RESPECTIVE_SECOND.match(window, end)
            end = second.end() if second else end
        if window.count("(", 0, end) > window.count(")", 0, end):
            closing = window.find(")", end)  # `methods (cuSPARSE, Magicube)`: the list inside
            # (an aside that closes past the window is no part of it: `solutions (FPGA has`)
            end = closing + 1 if closing >= 0 else window.rfind("(", 0, end)
        # `(5x higher throughput than Transformers) and linear scaling`: the aside's end
        end = _aside_end(window, end)
        introduced = _EXAMPLES_OPEN.search(window, 0, end)
        if introduced is not None:  # `systems including A, B, and C`: the whole list
            examples = _EXAMPLES.pattern.match(window, introduced.start())
            end = max(end, examples.end()) if examples is not None else end
        phrase = _appositive_name(window, end, window[:end])
        if phrase.endswith(")"):  # `one x86 CPU core (both AMD and Intel)`: a condition aside
            aside = _CONDITION_ASIDE.search(phrase)
            phrase = phrase[: aside.start()] if aside and aside.start() > 0 else phrase
        if "and" in phrase:  # what `_AND_VALUE_CLAUSE` needs: most phrases have none
            phrase = _AND_VALUE_CLAUSE.sub("", phrase)
            if window[end:].lstrip()[:1].isdigit():  # `A and the policy runs` + `1000x`
                phrase = _AND_CLAUSE_ENDING.sub("", phrase)
        phrase = phrase.strip().rstrip(".")
        if (
            phrase.lower() in _NUMBER_WORDS
            or phrase.startswith(("and ", "or "))
            or phrase.partition(" ")[0].lower() in _MULTIPLYING_VERBS
        ):  # `by a factor of over three`, `over and above`, `more than doubled`: no comparator
            return None
        phrase = _without_final_joiner(phrase)  # `A and to B`: the stop came after the joiner
        if _VALUE_AHEAD.match(phrase):
            return None  # `grown over 1000x`: `over` qualifies a value, no comparator follows
        return phrase or None
