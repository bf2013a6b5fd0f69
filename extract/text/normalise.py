r"""Offset-preserving text normalisation and sentence splitting.

Normalisation maps characters one-to-one, so every offset into the normalised text is an
offset into the original: look-alikes are folded to ASCII (Cyrillic `х` and `×` to `x`,
full-width digits, Unicode dashes and spaces), zero-width and bidi controls become spaces,
and so do LaTeX's ties and the font commands around what they set (`\textbf{1.91x}`);
inline maths `\(...\)` reads as `$...$`;
`whilst` reads as `while`.
"""

from __future__ import annotations

import unicodedata
from collections.abc import Iterable
from functools import lru_cache

import regex

from extract.text.timed_regex import TimedPattern

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
    "\u2248": "~",  # ≈
    "\u2243": "~",  # ≃
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
# Mathematical letters and digits (`4.2𝑥`, `𝟖`): each one code point, folded to its ASCII
# letter or digit, as NFKC would.
_FOLD.update(
    {
        chr(code): folded
        for code in range(0x1D400, 0x1D800)
        if (folded := unicodedata.normalize("NFKC", chr(code))).isascii() and len(folded) == 1
    }
)
FOLD_TABLE = str.maketrans(_FOLD)


def ascii_table(mapping: dict[int, str]) -> bytes:
    """The part of a one-for-one `str.maketrans` table that maps ASCII, as a bytes table.

    Most abstracts are plain ASCII, and `bytes.translate` is several times faster than
    `str.translate` with a dict.
    """
    table = bytearray(range(256))
    for code, target in mapping.items():
        if code < 128:
            table[code] = ord(target)
    return bytes(table)


_ASCII_FOLD = ascii_table(FOLD_TABLE)

_LONGEST_WORD = 64
# str.isspace() holds for these separators; the regex `\s` the patterns use does not.
_SPACE_NOT_IN_REGEX = "\x1c\x1d\x1e\x1f"


# LaTeX's tie (a non-breaking space) between a number and its unit (`100~GW`, `3.5~times`) or
# a word and its number or aside (`Raspberry Pi~5`, `Qwen~(0.8B)`). Between two values a tilde
# is a range (`2~4x`, `1.53times~20.57times`, `8 Mbps~10 Gbps`), and before a number after a
# space it may mean about (`takes ~5 s`).
_LATEX_TIE = TimedPattern(
    r"(?<=\d)~(?=[A-Za-z])|(?<![\d.]\s?[A-Za-z]*)(?<=[A-Za-z])~(?=[A-Za-z0-9(])"
)


# LaTeX's font commands around a value (`$\sim$\textbf{1.91x} latency reduction`, `\emph{up
# to 8$\times$ fewer parameters}`): the command and its braces become spaces, and what they
# set reads as plain text beside its words.
_LATEX_FONT = TimedPattern(
    r"\\(?:textbf|textit|textsc|emph|underline|mathbf|bm|boldsymbol)\{([^{}]*)\}"
)


def _unwrapped(font: regex.Match) -> str:
    return " " * (font.start(1) - font.start()) + font.group(1) + " "


# A range's dash LaTeX sets as text (`$6.9\text{--}7.4\times$`): the command and braces become
# spaces around the dash.
_LATEX_TEXT_DASH = TimedPattern(r"\\text\{(-{1,3})\}")


# A number set alone in LaTeX maths and glued to the unit after it (`$40$ms`, `~$25$Hz`): the
# dollars become spaces, so it reads as a number beside its unit. (Before a sign or a dash it is
# maths: `$4$--$6\%$`.)
_LATEX_NUMBER = TimedPattern(r"\$(\d[\d.,]*)\$(?=[A-Za-z])")


def _unwrapped_number(number: regex.Match) -> str:
    return f" {number.group(1)} "


# LaTeX's inline maths written `\(...\)` (`from \(67.4\%\) to \(78.9\%\)`, `a \(3.2\times\)
# speedup`): its delimiters become dollars with a space outside, so it reads as `$...$` maths.
_LATEX_INLINE_MATH = TimedPattern(r"\\\(((?:(?!\\[()]).){1,120}?)\\\)")


def _as_dollar_maths(maths: regex.Match) -> str:
    return f" ${maths.group(1)}$ "


# LaTeX's escaped dollar before an amount (`\$15`, `\$22K`): a currency sign as any other.
_ESCAPED_DOLLAR = TimedPattern(r"\\(?=\$\d)")


# British `whilst` is `while` and a space, so every clause break that knows `while` knows it
# (`10 fold lower error than marching cubes whilst allowing ...`).
_WHILST = TimedPattern(r"\b([Ww]hil)st\b")


def normalise_text(text: str) -> str:
    """Fold look-alike characters to ASCII one-for-one (same length, same offsets)."""
    if text.isascii():
        text = text.encode("ascii").translate(_ASCII_FOLD).decode("ascii")
    else:
        text = text.translate(FOLD_TABLE)
    if "\\" in text:
        for _ in range(3):  # from the inside out: `\textit{\textbf{78\%}}`
            unwrapped = _LATEX_FONT.sub(_unwrapped, text)
            if unwrapped == text:
                break
            text = unwrapped
        if "\\(" in text:
            text = _LATEX_INLINE_MATH.sub(_as_dollar_maths, text)
        if "\\text{-" in text:
            text = _LATEX_TEXT_DASH.sub(_unwrapped, text)
    if "$" in text:
        text = _LATEX_NUMBER.sub(_unwrapped_number, text)
        if "\\$" in text:
            text = _ESCAPED_DOLLAR.sub(" ", text)
    if "hilst" in text:
        text = _WHILST.sub(r"\1e ", text)
    return _LATEX_TIE.sub(" ", text) if "~" in text else text


@lru_cache(maxsize=8)
def _abbreviation_keys(abbreviations: tuple[str, ...]) -> frozenset[str]:
    return frozenset(a.lower().rstrip(".") for a in abbreviations)


def split_sentences(text: str, abbreviations: Iterable[str]) -> list[tuple[int, int]]:
    """Return (start, end) of each sentence; a full stop after an abbreviation does not end one."""
    abbrevs = _abbreviation_keys(tuple(abbreviations))
    spans: list[tuple[int, int]] = []
    start = 0
    for at in _boundary_marks(text):
        look_from = max(start, at - _LONGEST_WORD)
        if text[at] == "." and _ends_abbreviation(text, look_from, at, abbrevs):
            continue
        _append_trimmed(spans, text, start, at + 1)
        start = at + 1
    _append_trimmed(spans, text, start, len(text))
    return spans


def _boundary_marks(text: str) -> list[int]:
    """Offsets of the characters that can end a sentence, in order.

    A `.`, `!` or `?` before whitespace and a capital or digit (a closing quote or bracket
    may come first, an opening one after), or at the very end; and every newline. Plain
    string searches: a regex scan of an abstract cost three times as much.
    """
    marks = []
    for mark in ".!?\n":
        at = text.find(mark)
        while at != -1:
            if mark == "\n" or _mark_ends_sentence(text, at):
                marks.append(at)
            at = text.find(mark, at + 1)
    marks.sort()
    return marks


def _mark_ends_sentence(text: str, at: int) -> bool:
    size = len(text)
    after = at + 1
    if after == size or (after == size - 1 and text[after] == "\n"):
        return True  # at the very end (or before a last newline), as a regex `$`
    if text[after] in "\"')]":
        after += 1
    word = after
    while word < size and text[word].isspace() and text[word] not in _SPACE_NOT_IN_REGEX:
        word += 1
    if word == after:
        return text[at] == "." and _glued_sentence(text, at)
    if word == size:
        return False
    if text[word] in "\"'([" and word + 1 < size:
        word += 1
    return "A" <= text[word] <= "Z" or "0" <= text[word] <= "9"


def _glued_sentence(text: str, at: int) -> bool:
    """True when the full stop at `at` joins two sentences with no space between them.

    Scraped listings glue paragraphs: `achieving only 2 to 9 FPS.Existing accelerators`. The
    stop ends a word of two letters or more (or a `%` or `)`), and a capitalised word of
    lower-case letters follows: `torch.compile`, `3.5`, `U.S.` and `NVIDIA.CUDA` stay whole.
    """
    before = text[at - 2 : at]
    if not ((len(before) == 2 and before.isalpha()) or before[-1:] in ("%", ")")):
        return False
    word = at + 1
    if not ("A" <= text[word] <= "Z"):
        return False
    end = word + 1
    while end < len(text) and "a" <= text[end] <= "z":
        end += 1
    return end - word >= 3 and (end == len(text) or text[end] in " ,;:")


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


# What rule and shape triggers are looked for in (see `trigger_view`): every ASCII character
# that is not a letter or digit becomes a space, but for `% + $ - . /` and the backslash.
TRIGGER_SPACE_CHARACTERS = "".join(map(chr, range(32))) + "\x7f!\"#&'()*,:;<=>?@[]^_`{|}~"
_ASCII_DIGITS = "0123456789"
_DIGITS_AS_NINES = str.maketrans(dict.fromkeys(_ASCII_DIGITS, "9"))
_ASCII_DIGITS_AS_NINES = ascii_table(_DIGITS_AS_NINES)
_TRIGGER_TABLE = str.maketrans(dict.fromkeys(TRIGGER_SPACE_CHARACTERS, " "))
_ASCII_TRIGGER_TABLE = ascii_table(_TRIGGER_TABLE)
# The decimal digits of other scripts, which the rules' `\d` matches too.
_OTHER_DIGIT = TimedPattern(r"(?V1)[\d--[0-9]]")
# Characters of other scripts that are no word character (`\w`): `”`, `…`, `。`, `®`.
_OTHER_NON_WORD = TimedPattern(r"[^\x00-\x7f\w]")


def lower_in_place(text: str) -> str:
    """Lower-case text without moving offsets (a few characters lower to two)."""
    lowered = text.lower()
    if len(lowered) == len(text):
        return lowered
    return "".join(ch if len(ch.lower()) != 1 else ch.lower() for ch in text)


def trigger_view(text: str) -> str:
    r"""The text as triggers and name starts see it: lower case, punctuation as spaces.

    Every character that is no letter or digit becomes a space, but for `% + $ - . / \`;
    digits of other scripts become `9`; and a space is added at each end, so ` one ` finds
    the word anywhere: `12,288 GPUs` reads ` 12 288 gpus `, and `9b ` finds `7B` wherever a
    word cannot go on after it (`7B,`, `7B”`, and the end of the text). Character k of the
    text is character k + 1 of the view, so where a trigger occurs says which sentence holds
    it.
    """
    if text.isascii():
        view = text.lower().encode("ascii").translate(_ASCII_TRIGGER_TABLE).decode("ascii")
    else:
        view = _OTHER_DIGIT.sub("9", lower_in_place(text).translate(_TRIGGER_TABLE))
        view = _OTHER_NON_WORD.sub(" ", view)
    return f" {view} "


def holds_digit(nines: str, lo: int, hi: int) -> bool:
    r"""True when `text[lo:hi]` holds a digit (`\d`, any script).

    Read off `digits_as_nines(trigger_view(text))`, where every digit is a `9`: one scan of
    the sentence and no copy of it.
    """
    return nines.find("9", lo + 1, hi + 1) >= 0  # text offset k is view offset k + 1


def digits_as_nines(view: str) -> str:
    """The trigger view with every digit written `9`, as rule triggers are looked for.

    A trigger's `9` (`9x`, `9ms`, `x9`) then matches any digit as written, and a thousand
    unit triggers need no ten spellings each (the automaton of 180,000 spellings took a
    second to build at every start).
    """
    if view.isascii():  # nearly always: the bytes table is several times faster
        return view.encode("ascii").translate(_ASCII_DIGITS_AS_NINES).decode("ascii")
    return view.translate(_DIGITS_AS_NINES)


# `trigger_view` then `digits_as_nines` of ASCII text as one table: lower case, spaces, nines.
_ASCII_TRIGGER_NINES_TABLE = bytes(
    _ASCII_DIGITS_AS_NINES[_ASCII_TRIGGER_TABLE[ord(chr(code).lower())]] for code in range(256)
)


def trigger_nines(text: str) -> str:
    """`digits_as_nines(trigger_view(text))`, the view rule triggers are looked for in.

    ASCII text (nearly every abstract) goes through one bytes table instead of three passes.
    """
    if text.isascii():
        return f" {text.encode('ascii').translate(_ASCII_TRIGGER_NINES_TABLE).decode('ascii')} "
    return digits_as_nines(trigger_view(text))


# What the view keeps that is no letter or digit: what a word can start after in it.
WORD_START_SIGNS = " %+$-./\\"


def trigger_spellings(trigger: str) -> tuple[str, ...]:
    """How a trigger can appear in a view whose digits are nines: `9x` also as `9 x`.

    `9x` then finds `3.7x` and `3.7 x` (rule patterns allow one whitespace character between
    a number and what follows it); `x9` finds `x17.7`. A trigger that opens with a space
    stands for a word's start: ` ten ` finds `ten GPUs` and `one/ten GPUs` (after any sign
    the view keeps), not the `ten` of `often`.
    """
    if trigger.startswith("9") and not trigger.startswith("9 "):
        return (trigger, f"9 {trigger[1:]}")
    if trigger.startswith(" "):
        return tuple(sign + trigger[1:] for sign in WORD_START_SIGNS)
    return (trigger,)
