"""Offset-preserving text normalisation and sentence splitting.

Normalisation maps characters one-to-one, so every offset into the normalised text is an
offset into the original: look-alikes are folded to ASCII (Cyrillic `х` and `×` to `x`,
full-width digits, Unicode dashes and spaces), zero-width and bidi controls become spaces.
"""

from __future__ import annotations

from collections.abc import Iterable
from functools import lru_cache

import regex

_FOLD = {
    "\u0445": "x",
    "\u0425": "X",
    "\u00d7": "x",
    "\u2715": "x",
    "\u2716": "x",
    "\u2a2f": "x",
    "\uff05": "%",
    "\u066a": "%",
    "\u223c": "~",
    "\uff5e": "~",
    "\u2019": "'",
    "\u2032": "'",
    "\uff0e": ".",
    "\uff0c": ",",
}
_FOLD.update({chr(0xFF10 + d): str(d) for d in range(10)})
_FOLD.update({ch: "-" for ch in "\u2010\u2011\u2012\u2013\u2014\u2015\u2212\ufe63\uff0d"})
_FOLD.update(
    {
        ch: " "
        for ch in "\u00a0\u1680\u2000\u2001\u2002\u2003\u2004\u2005\u2006"
        "\u2007\u2008\u2009\u200a\u202f\u205f\u3000\t\r\n\x0b\x0c\x85\u2028\u2029"
    }
)
_FOLD.update(
    {
        ch: " "
        for ch in "\u200b\u200c\u200d\u2060\ufeff\u200e\u200f\u202a\u202b"
        "\u202c\u202d\u202e\u2066\u2067\u2068\u2069\u00ad\x00"
    }
)
FOLD_TABLE = str.maketrans(_FOLD)

_LONGEST_WORD = 64
_BOUNDARY = regex.compile(r"[.!?](?=[\"')\]]?\s+[\"'(\[]?[A-Z0-9])|[.!?]$|\n")


def normalise_text(text: str) -> str:
    """Fold look-alike characters to ASCII one-for-one (same length, same offsets)."""
    return text.translate(FOLD_TABLE)


@lru_cache(maxsize=8)
def _abbreviation_keys(abbreviations: tuple[str, ...]) -> frozenset[str]:
    return frozenset(a.lower().rstrip(".") for a in abbreviations)


def split_sentences(
    text: str, abbreviations: Iterable[str], timeout: float | None = None
) -> list[tuple[int, int]]:
    """Return (start, end) of each sentence; a full stop after an abbreviation does not end one."""
    abbrevs = _abbreviation_keys(tuple(abbreviations))
    spans: list[tuple[int, int]] = []
    start = 0
    for match in _BOUNDARY.finditer(text, timeout=timeout):
        at = match.start()
        look_from = max(start, at - _LONGEST_WORD)
        if text[at] == "." and _ends_abbreviation(text, look_from, at, abbrevs):
            continue
        _append_trimmed(spans, text, start, match.end())
        start = match.end()
    _append_trimmed(spans, text, start, len(text))
    return spans


def _ends_abbreviation(text: str, lo: int, at: int, abbrevs: frozenset[str]) -> bool:
    """True when the word before the full stop at `at` is an abbreviation or a lone letter.

    Only the last word matters; a bounded look keeps `A. A. A. ...` linear.
    """
    words = text[lo:at].rsplit(None, 1)
    if not words:
        return False
    last_word = words[-1].lower()
    return (
        last_word.rstrip(".") in abbrevs
        or last_word.lstrip("(").rstrip(".") in abbrevs
        or (len(last_word) == 1 and "a" <= last_word <= "z")
    )


def _append_trimmed(spans: list[tuple[int, int]], text: str, start: int, end: int) -> None:
    """Append `[start, end)` without its surrounding whitespace, unless nothing is left."""
    while start < end and text[start].isspace():
        start += 1
    while end > start and text[end - 1].isspace():
        end -= 1
    if start < end:
        spans.append((start, end))


# What rule and shape triggers are looked for in (see `trigger_view`).
TRIGGER_SPACE_CHARACTERS = "\t\n\r\x0b\x0c!\"#&'()*,:;<=>?@[]^_`{|}~"
_TRIGGER_TABLE = str.maketrans(
    {
        **dict.fromkeys(TRIGGER_SPACE_CHARACTERS, " "),
        # every decimal digit `\\d` matches, found by one regex pass over all code points
        **dict.fromkeys(regex.findall(r"\d", "".join(map(chr, range(0x110000)))), "9"),
    }
)


def lower_in_place(text: str) -> str:
    """Lower-case text without moving offsets (a few characters lower to two)."""
    lowered = text.lower()
    if len(lowered) == len(text):
        return lowered
    return "".join(ch if len(ch.lower()) != 1 else ch.lower() for ch in text)


def trigger_view(text: str) -> str:
    r"""The text as triggers see it: lower case, every digit as `9`, punctuation as spaces.

    `12,288 GPUs` reads ` 99 999 gpus `, `3.2 $\times$` reads ` 9.9 $\times$ `: triggers
    such as `9x` or `9%` then say cheaply whether a rule can match at all. Whitespace and
    punctuation other than `% + $ - . / \` become spaces, and a space is added at each end,
    so ` one ` finds the word anywhere. Character k of the text is character k + 1 of the
    view, so where a trigger occurs says which sentence holds it.
    """
    return f" {lower_in_place(text).translate(_TRIGGER_TABLE)} "


def trigger_spellings(trigger: str) -> tuple[str, ...]:
    """How a trigger can appear in a view: `9x` also as `9 x`.

    Rule patterns allow one whitespace character between a number and what follows it
    (`3.7 x`).
    """
    if trigger.startswith("9"):
        return trigger, f"9 {trigger[1:]}"
    return (trigger,)
