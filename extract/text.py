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
        "\u2007\u2008\u2009\u200a\u202f\u205f\u3000\t\r\n"
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
        end = match.end()
        # Only the last word matters; a bounded look keeps `A. A. A. ...` linear.
        before = text[max(start, match.start() - _LONGEST_WORD) : match.start()]
        last_word = before.rsplit(None, 1)[-1].lower() if before.strip() else ""
        if match.group() == "." and (
            last_word.rstrip(".") in abbrevs
            or last_word.lstrip("(").rstrip(".") in abbrevs
            or (len(last_word) == 1 and "a" <= last_word <= "z")
        ):
            continue
        if text[start:end].strip():
            spans.append(_trim(text, start, end))
        start = end
    if text[start:].strip():
        spans.append(_trim(text, start, len(text)))
    return spans


def _trim(text: str, start: int, end: int) -> tuple[int, int]:
    while start < end and text[start].isspace():
        start += 1
    while end > start and text[end - 1].isspace():
        end -= 1
    return start, end


# What rule and shape triggers are looked for in (see `trigger_view`).
_TRIGGER_SPACES = str.maketrans(dict.fromkeys("\t\n\r\x0b\x0c!\"#&'()*,:;<=>?@[]^_`{|}~", " "))
_NUMBER_RUN = regex.compile(r"\d+(?:[.,]\d+)*")


def trigger_view(text: str, timeout: float | None = None) -> str:
    r"""The text as triggers see it: lower case, every number as `9`, punctuation as spaces.

    `12,288 GPUs` reads ` 9gpus `, `3.2 $\times$` reads ` 9$\times$ `: triggers such as
    `9x` or `9%` then say cheaply whether a rule can match at all. Whitespace and punctuation
    other than `% + $ - . / \` become spaces, and a space is added at each end, so ` one `
    finds the word anywhere.
    """
    collapsed = _NUMBER_RUN.sub("9", text.lower(), timeout=timeout)
    # One space after a number is dropped, so `9x` also stands for `3.7 x` (patterns allow
    # at most one whitespace character there).
    return f" {collapsed.translate(_TRIGGER_SPACES).replace('9 ', '9')} "
