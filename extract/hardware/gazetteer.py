"""The hardware gazetteer: load `rules/hardware.yaml`, find hardware names, normalise them.

Every written form of a product folds to one key: case, spaces, hyphens, vendor and family
words (NVIDIA, Tesla, GeForce, Instinct ...), memory sizes (`80GB`, `80G`), form factors
(`SXM4`, `PCIe`, `NVL`, `OAM`), `Pod` and plural or possessive endings are dropped. An alias
key that points to two products is a load error.
"""

from __future__ import annotations

from functools import lru_cache
from pathlib import Path

import regex

from extract import messages
from extract.hardware.catalogue_file import (
    Category,
    GazetteerFile,
    HardwareRecord,
    UnknownShape,
    read_gazetteer_file,
)
from extract.match.rules import RuleFileError, rules_dir
from extract.text.literals import LiteralFinder
from extract.text.normalise import digits_as_nines, trigger_nines, trigger_spellings, trigger_view
from extract.text.regex_cache import compile_pattern
from extract.text.timed_regex import REGEX_TIMEOUT, TimedPattern

VENDOR_WORDS = (
    "nvidia",
    "amd",
    "google",
    "intel",
    "huawei",
    "tesla",
    "geforce",
    "radeon",
    "instinct",
    "habana",
    "xilinx",
    "apple",
    "aws",
    "amazon",
    "cerebras",
    "graphcore",
    "sambanova",
    "qualcomm",
    "arm",
    "ibm",
    "baidu",
    "cambricon",
    "groq",
    "tenstorrent",
    "biren",
    "fujitsu",
    "microsoft",
    "meta",
    "alibaba",
    "mediatek",
    "samsung",
    "stmicroelectronics",
    "espressif",
    "altera",
    "lattice",
    "microchip",
    "nordic",
    "nvidia's",
    "amd's",
    "google's",
    "huawei's",
    "intel's",
    "apple's",
)
FORM_FACTORS = {"sxm": "SXM", "smx": "SXM", "pcie": "PCIe", "nvl": "NVL", "oam": "OAM"}
# Vendor and family words written before a name belong to its span (`NVIDIA Tesla V100`).
_VENDOR_BEFORE = TimedPattern(
    r"(?<![\w-])(?:(?:" + "|".join(regex.escape(w) for w in VENDOR_WORDS) + r")[\s-]+)+\Z",
    regex.IGNORECASE,
    scans_with_twin=True,
)
# What may follow a product name without making it another product.
_SUFFIX = (
    r"(?:[\s-]?(?:(?:SXM|SMX)\d?|PCIe|NVL|OAM|\d+\s?GB|\d+G(?![A-Za-z])|Pod|Superchip))*"
    r"(?:'s|s'|s)?"
)
_MEMORY = TimedPattern(r"(?<![A-Za-z])(\d+)\s?G(?:B|iB)?(?![A-Za-z])", regex.IGNORECASE)
_FORM_FACTOR = TimedPattern(r"(sxm|smx|pcie|nvl|oam)\d?", regex.IGNORECASE)
_LONE_LETTER_SPACED = TimedPattern(r"(?<![A-Za-z])[A-Za-z]\s+\d")
# A letter-and-digit code (`T4`, `P40`) and the codes of its letter near it (`T3, T4`).
_LETTER_DIGIT_CODE = TimedPattern(r"[A-Z]\d{1,2}")
_LETTER_DIGIT_CODES = TimedPattern(r"(?<![\w-])[A-Z]\d{1,2}(?![\w-])")
_NOT_KEY_CHAR = TimedPattern(r"[^a-z0-9+]")
_PLURAL_END = TimedPattern(r"(?<=\d)'?s$|'s$")
_TOKEN = compile_pattern(r"[\w-]+")
_ALIAS_CHUNK = TimedPattern(r"[A-Za-z]+|\d+|[^\sA-Za-z\d-]", scans_with_twin=True)
_PARENS = TimedPattern(r"\(.*?\)")
# `, a foundation model for the atmosphere`, ` is a new dataset`: the phrase an article opens
# beside a name, and the words that end its head (`model` before `for`).
_APPOSITION = TimedPattern(r"(?:,\s+|\s+(?:is|was)\s+)(?:an?|the|our)\s+(?P<phrase>[\w\s-]+)")
_PHRASE_ENDS = frozenset({"for", "of", "that", "which", "with", "by", "in", "on", "to", "from"})
# Longest first, so `apple's` goes whole rather than leaving `'s`.
_VENDOR_ALTERNATION = "|".join(regex.escape(w) for w in sorted(VENDOR_WORDS, key=len, reverse=True))
_FOLD_DROP = TimedPattern(
    r"\b(?:" + _VENDOR_ALTERNATION + r")\b"
    r"|(?<![a-z])\d+\s?g(?:b|ib)?\b|\b(?:sxm|smx)\d?\b|\bpcie\b|\bnvl\b|\boam\b|\bpods?\b"
    r"|\bsuperchips?\b",
    regex.IGNORECASE,
)


class HardwareMention:
    """A hardware name found in text: its gazetteer record, or `known=False` and a guess.

    Never changed once made. A plain class for the reason `matching.RawMatch` is one.
    """

    start: int
    end: int
    canonical: str
    vendor: str
    category: Category
    generation: str | None
    release_year: int | None
    memory_gb: float | None
    form_factor: str | None
    known: bool
    record_id: str
    ambiguous: bool

    def __init__(
        self,
        start: int,
        end: int,
        canonical: str,
        vendor: str,
        category: Category,
        generation: str | None,
        release_year: int | None,
        memory_gb: float | None,
        form_factor: str | None,
        known: bool,
        record_id: str,
        ambiguous: bool = False,
    ) -> None:
        self.start = start
        self.end = end
        self.canonical = canonical
        self.vendor = vendor
        self.category = category
        self.generation = generation
        self.release_year = release_year
        self.memory_gb = memory_gb
        self.form_factor = form_factor
        self.known = known
        self.record_id = record_id
        self.ambiguous = ambiguous

    @classmethod
    def of_record(cls, start: int, end: int, record: HardwareRecord, surface: str):
        """A mention of a gazetteer product."""
        return cls(
            start,
            end,
            record.canonical,
            record.vendor,
            record.category,
            record.generation,
            record.release_year,
            *memory_and_form_factor(surface),
            True,
            record.id,
            record.ambiguous,
        )


# Names repeat across papers (a few hundred products), so the pure folding and splitting of a
# written name are cached: each costs several regex calls.
@lru_cache(maxsize=8192)
def fold_key(name: str) -> str:
    """Fold a written name to its lookup key (`A100-SXM4-80GB` -> `a100`); plurals stay."""
    text = _PARENS.sub(" ", name)
    text = _FOLD_DROP.sub(" ", text).lower()
    return _NOT_KEY_CHAR.sub("", text)


def _alias_chunks(alias: str) -> tuple[str, ...]:
    """Split an alias into letter runs, digit runs and symbols (`TPU v4` -> TPU, v, 4)."""
    return tuple(_ALIAS_CHUNK.findall(alias))


def _trie_pattern(names: list[tuple[str, ...]]) -> str:
    """One regex for many chunk sequences, shaped as a trie so matching stays fast.

    Chunks are joined by an optional space or hyphen (`A100`, `A-100`, `A 100`); longer
    continuations are tried first so the longest name wins.
    """
    trie: dict = {}
    for chunks in names:
        node = trie
        for chunk in chunks:
            node = node.setdefault(chunk, {})
        node[""] = {}

    def emit(node: dict) -> str:
        parts = []
        for chunk in sorted((k for k in node if k), key=len, reverse=True):
            child = node[chunk]
            part = regex.escape(chunk)
            if set(child) - {""}:
                # A lone letter joins its number directly or by a hyphen (`A100`, `A-100`),
                # never by a space, so `a 30% gain` is no A30.
                lone_letter = len(chunk) == 1 and chunk.isalpha()
                digits_follow = all(k.isdigit() for k in child if k)
                joiner = "-?" if lone_letter and digits_follow else r"[\s-]?"
                part += f"(?:{joiner}{emit(child)})" + ("?" if "" in child else "")
            parts.append(part)
        return f"(?:{'|'.join(parts)})" if parts else ""

    return emit(trie)


def _start_literals(names: list[str]) -> set[str]:
    """Where a name can start: its first two chunks, as they read in a trigger view.

    Scanning every position with the whole trie is slow in the `regex` module, so these
    literals find the few candidate positions (in the same pass as the rule triggers) and
    the trie (with its timeout) is matched only there. Two chunks, joined as the trie joins
    them (nothing, a space or a hyphen), keep common first words (`Data Center GPU Max`,
    `Pro 6000`) from making every `data` or `pro` a candidate; a lone letter then never
    counts as the article `a`. Two short chunks of letters still start many words (`B-U585I`
    gave `bu`, the start of `but` and `building`; `Pro V320` gave `prov`): a third is added.
    """
    starts = set()
    for name in names:
        chunks = _alias_chunks(name.lower())
        head = chunks[:2]
        if len(chunks) > 2 and len("".join(head)) < 5 and not any(c[:1].isdigit() for c in head):
            head = chunks[:3]
        joined = [head[0]]
        for chunk in head[1:]:
            joined = [f"{before}{joiner}{chunk}" for before in joined for joiner in ("", " ", "-")]
        starts.update(joined)
    # found in the view with digits as nines, as rule triggers are (`a999` for `a100`)
    return {digits_as_nines(trigger_view(start)[1:-1]) for start in starts}


_VENDOR_ENDINGS = tuple(w.casefold() for w in VENDOR_WORDS)


def _vendor_word_ends(before: str) -> bool:
    """False when `_VENDOR_BEFORE` cannot match `before`.

    The pattern needs a vendor word, then spaces or hyphens, at the very end; most names have
    none before them, and a string test is far cheaper than the regex search.
    """
    stripped = before
    while (shorter := stripped.rstrip().rstrip("-")) != stripped:
        stripped = shorter
    return stripped != before and stripped.casefold().endswith(_VENDOR_ENDINGS)


# Where a listed name may start: after no word character or hyphen, after a count's hyphen
# or multiplication sign (`an 8-H100 GPU node`, `8xA100`), or after a vendor word's hyphen
# (`a 32-NVIDIA-V100 cluster`).
_NAME_START = (
    r"(?:(?<![\w-])|(?<=\d-)|(?<=(?<!\w)\d+[xX])"
    rf"|(?<=(?<![^\W\d_])(?i:{_VENDOR_ALTERNATION})-))"
)


def _capitalised(word: str) -> bool:
    """`Technology`, `Kong`: a capital, then lower-case letters only (not `AMD`, not `the`)."""
    return len(word) > 1 and word[0].isupper() and word[1:].isalpha() and word[1:].islower()


def _sentence_around(text: str, start: int, end: int) -> str:
    """The sentence holding `text[start:end]`, cut at the full stops around it (roughly)."""
    opening = text.rfind(". ", 0, start)
    closing = text.find(". ", end)
    return text[opening + 2 if opening >= 0 else 0 : closing if closing >= 0 else len(text)]


def _title_cased(sentence: str) -> bool:
    """Nearly every longer word starts with a capital, as in a title.

    `Training LLMs on Frontier Using AMD GPUs`; a sentence that holds a long name
    (`showcased at the Hong Kong Frontier Technology Summit`) has lower-case words too.
    """
    words = [w for w in sentence.split() if len(w) > 3 and w[:1].isalpha()]
    return bool(words) and sum(w[0].islower() for w in words) * 100 <= len(words) * 15


def _word_starts(text: str, offsets: list[int]) -> list[int]:
    """The offsets that begin a word, as `_NAME_START` reads them.

    No letter, digit, `_` or `-` just before, except the hyphen or `x` of a count (`an 8-H100
    node`, `8xA100`) and a vendor word's hyphen (`32-NVIDIA-V100`).
    """
    return [at for at in offsets if at == 0 or _starts_word(text, at)]


def _starts_word(text: str, at: int) -> bool:
    before = text[at - 1]
    if before == "-":
        return at >= 2 and (text[at - 2].isdigit() or _vendor_word_ends(text[max(0, at - 16) : at]))
    if before == "x" or before == "X":  # a count's sign, after a number that starts a word
        digits = at - 1
        while digits > 0 and text[digits - 1].isdigit():
            digits -= 1
        before_count = text[digits - 1] if digits else " "
        return digits < at - 1 and not (before_count.isalpha() or before_count == "_")
    return not (before.isalnum() or before == "_")


def _name_flags(folds: bool) -> int:
    """The regex flags of the plain (case-folding) or the exact names' trie."""
    return regex.IGNORECASE if folds else 0


# A part number: one word of five characters or more, a letter first, with a digit.
_PART_NUMBER = compile_pattern(r"[^\W\d_][\w+-]*\d[\w+-]*")


def _base_names(record: HardwareRecord) -> list[str]:
    """The canonical name without vendor words and parentheses, plus the aliases.

    The record's own vendor leads its name too (`Hailo Hailo-8`, `Avnet Ultra96`). Papers
    mostly leave it out before a part number, which names the product alone; before other
    names it stays (`Raspberry Pi 4`, `Raspberry Pi Zero`, `SiFive U74`).
    """
    stripped = _PARENS.sub(" ", record.canonical)
    words = [w for w in stripped.split() if w.lower() not in VENDOR_WORDS]
    own = record.vendor.split()
    rest = words[len(own) :]
    if (
        words[: len(own)] == own
        and len(rest) == 1
        and len(rest[0]) >= 5
        and _PART_NUMBER.fullmatch(rest[0])
    ):
        words = rest
    names = [" ".join(words)] + list(record.aliases)
    return [n for n in dict.fromkeys(names) if n.strip()]


def _capitalisations(name: str) -> list[str]:
    """`name` as written, in capitals, and with its words' capitals restyled as papers do.

    All-capital words get capitalised, and words of inner capitals (`UltraScale+`) lose them
    after the first letter. Only words of four letters or more are restyled (`TITAN RTX` ->
    `Titan RTX`): shorter ones are initialisms papers keep (`RTX`, `GTX`).
    """

    def capitalised(text: str) -> str:
        return " ".join(
            w.capitalize() if w.isalpha() and w.isupper() and len(w) >= 4 else w
            for w in text.split(" ")
        )

    def plain(text: str) -> str:  # `UltraScale+` as papers also write it, `Ultrascale+`
        return " ".join(
            w[0] + w[1:].lower() if len(w) >= 4 and w[0].isupper() and not w[1:].islower() else w
            for w in text.split(" ")
        )

    upper = name.upper()
    variants = [name, capitalised(name), upper, capitalised(upper), plain(name)]
    return list(dict.fromkeys(variants))


def _by_first(names: list[str], folds: bool) -> dict[str, list[str]]:
    """Names split by their first character (lower case when `folds`), each part a trie.

    A `regex` match call costs time in proportion to the pattern's size even where it fails
    at once: the whole trie takes several microseconds per candidate, the names that start
    with the candidate's character a fraction of that. Names that start with a non-ASCII
    character (which ignoring case may equate with an ASCII one) join every part;
    `Gazetteer._name_pattern` sends non-ASCII candidates to the whole trie.
    """
    by_first: dict[str, list[str]] = {}
    other: list[str] = []
    for name in names:
        first = (name.lower() if folds else name)[:1]
        if first.isascii():
            by_first.setdefault(first, []).append(name)
        else:
            other.append(name)
    return {first: part + other for first, part in by_first.items()}


class Gazetteer:
    """The loaded gazetteer: lookup by folded key and a compiled matcher for running text."""

    def __init__(self, data: GazetteerFile, file: str = "hardware.yaml"):
        self.records = data.hardware
        self.introducing_verbs = frozenset(data.introducing_verbs)
        self.company_words = frozenset(data.company_words)
        self.non_hardware_heads = frozenset(w.casefold() for w in data.non_hardware_heads)
        self.context: dict[str, frozenset[str]] = {
            cat: frozenset(w.lower() for w in words)
            for cat, words in data.ambiguous_context.items()
        }
        self.by_key: dict[str, HardwareRecord] = {}
        self.by_id: dict[str, HardwareRecord] = {}
        self.by_canonical: dict[str, HardwareRecord] = {}
        plain: list[str] = []
        exact: list[str] = []
        for record in self.records:
            if record.id in self.by_id:
                raise RuleFileError(
                    messages.GAZETTEER_INVALID.format(
                        file=file, hw_id=record.id, problem="id is defined twice"
                    )
                )
            if record.canonical in self.by_canonical:
                raise RuleFileError(
                    messages.GAZETTEER_INVALID.format(
                        file=file,
                        hw_id=record.id,
                        problem=f"canonical {record.canonical!r} repeats",
                    )
                )
            self.by_id[record.id] = record
            self.by_canonical[record.canonical] = record
            for name in [record.canonical, *_base_names(record)]:
                key = fold_key(name)
                other = self.by_key.get(key)
                if other is not None and other.id != record.id:
                    raise RuleFileError(
                        messages.DUPLICATE_ALIAS.format(
                            file=file, alias=name, hw_id=record.id, other=other.id
                        )
                    )
                self.by_key[key] = record
            for name in _base_names(record):
                # All-letter names (Gaudi, Zynq) and ambiguous ones match only as written:
                # the ambiguous ones in their own capitals, the others also as papers
                # restyle a vendor's capitals (`TITAN Xp` as `Titan Xp` or `TITAN XP`).
                if record.ambiguous:
                    exact.append(name)
                elif not any(ch.isdigit() for ch in name):
                    exact.extend(_capitalisations(name))
                else:
                    plain.append(name)
        # The codes short names are written as alone (`l2`, `cs1`): see `_bare_code`.
        self._short_codes = frozenset(
            _base_names(r)[0].replace("-", "").replace(" ", "").lower()
            for r in self.records
            if r.short_name
        )
        # Keyed by whether case is ignored: the plain names (True) and the exact ones (False).
        # Every trie is compiled when a candidate first needs it: together they take a third
        # of a second, most of the start-up of a run on a few records, which needs few.
        self._names = {True: plain, False: exact}
        self._whole_tries: dict[bool, TimedPattern] = {}
        self._names_by_first = {
            folds: _by_first(names, folds) for folds, names in self._names.items()
        }
        self._tries_by_first: dict[bool, dict[str, TimedPattern]] = {True: {}, False: {}}
        self.start_literals = {"plain": _start_literals(plain), "exact": _start_literals(exact)}
        self.shapes = [
            (shape, TimedPattern(rf"(?<![\w-])(?:{shape.pattern}){_SUFFIX}(?![\w])"))
            for shape in data.unknown_shapes
        ]
        # Each shape with the triggers it needs, read once: an attribute of a pydantic model
        # costs a lookup on every field otherwise.
        self._shape_gates = [
            (shape, pattern, frozenset(shape.triggers or ())) for shape, pattern in self.shapes
        ]
        self.shape_triggers = frozenset(t for s in data.unknown_shapes for t in s.triggers or [])
        # True when every shape has triggers, so a text without any holds no shape.
        self.gated = all(shape.triggers for shape, _ in self.shapes)
        # For standalone finds (baselines, `claims hardware`); the builder has its own finder.
        self._finder = LiteralFinder(
            {"shape": self.shape_triggers, **self.start_literals}, {"shape": trigger_spellings}
        )

    @staticmethod
    def _compile(names: list[str], flags: int) -> TimedPattern:
        chunked = {_alias_chunks(n.lower() if flags else n) for n in names}
        trie = _trie_pattern(sorted(chunked))
        return TimedPattern(rf"{_NAME_START}{trie}{_SUFFIX}(?![\w])", flags)

    def _name_pattern(self, text: str, at: int, folds: bool) -> TimedPattern | None:
        """The part of the trie that can match at `at`; None when no name starts so."""
        char = text[at]
        if not char.isascii():
            whole = self._whole_tries.get(folds)
            if whole is None:
                whole = self._compile(self._names[folds], _name_flags(folds))
                self._whole_tries[folds] = whole
            return whole
        first = char.lower() if folds else char
        trie = self._tries_by_first[folds].get(first)
        if trie is None:
            names = self._names_by_first[folds].get(first)
            if names is None:
                return None
            trie = self._tries_by_first[folds][first] = self._compile(names, _name_flags(folds))
        return trie

    @staticmethod
    def name_starts(
        view_hits: list[tuple[int, int, str, str]], text: str
    ) -> tuple[list[int], list[int]]:
        """Offsets in `text` where a listed name may start, from hits in its trigger view.

        `view_hits` are `LiteralFinder.hits` over `trigger_view(text)` of a finder holding
        `start_literals`. Two sorted lists, for the case-insensitive and the as-written
        names; a name can start nowhere else. Only word starts count: a start literal inside
        a word (the `bl` of `problem`) starts no name, and would have the builder run the
        rules that need a device name on most sentences.
        """
        plain, exact = set(), set()
        for start, _, group, _ in view_hits:
            if group == "plain":
                plain.add(start - 1)  # the view starts with an added space
            elif group == "exact":
                exact.add(start - 1)
        return _word_starts(text, sorted(plain)), _word_starts(text, sorted(exact))

    def find(
        self,
        text: str,
        timeout: float = REGEX_TIMEOUT,
        regions: list[tuple[int, int, set[str]]] | None = None,
        starts: tuple[list[int], list[int]] | None = None,
    ) -> list[HardwareMention]:
        """Return the non-overlapping hardware mentions in `text`, leftmost-longest.

        `regions` are the sentences as (start, end, triggers found in each); a hardware shape
        runs only in those holding one of its triggers. `starts` are the text's
        `name_starts`. Both are worked out here (the whole text as one region) unless the
        caller has them already.
        """
        found: list[HardwareMention] = []
        if starts is None or regions is None:
            hits = self._finder.hits(trigger_nines(text))
            if not hits and self.gated:
                return []  # no name can start here and no shape can match (most baselines)
            starts = self.name_starts(hits, text)
            shape_triggers = {literal for _, _, group, literal in hits if group == "shape"}
            regions = [(0, len(text), shape_triggers)]
        for folds, offsets in zip((True, False), starts, strict=True):
            end = 0
            for candidate in offsets:
                if candidate < end:
                    continue  # inside the previous name, as a left-to-right scan would skip it
                pattern = self._name_pattern(text, candidate, folds)
                match = pattern.match(text, candidate, timeout=timeout) if pattern else None
                if match is None:
                    continue
                start, end = match.start(), match.end()
                mention = prefix = None
                if _vendor_word_ends(text[max(0, start - 80) : start]):
                    prefix = _VENDOR_BEFORE.search(text, max(0, start - 80), start)
                    if prefix is not None:
                        mention = self.resolve_span(text, prefix.start(), end)
                if mention is None:  # no vendor before it, or one that does not fold away
                    mention = self.resolve_span(text, start, end)
                if mention is not None and (
                    prefix is not None
                    or not self._bare_code(text[start:end])
                    or self._category_word_after(text, end, mention.category)
                ):
                    found.append(mention)
        anywhere = set().union(*(triggers for _, _, triggers in regions))
        for shape, pattern, gate in self._shape_gates:
            if gate and anywhere.isdisjoint(gate):
                continue
            for lo, hi, triggers in regions:
                if gate and triggers.isdisjoint(gate):
                    continue
                for match in pattern.finditer(text, lo, hi, timeout=timeout):
                    surface = text[match.start() : match.end()]
                    found.append(self._unknown(shape, surface, match.start(), match.end()))
        # Leftmost, then longest (`RTX 5090 Ti` over `RTX 5090`), then known before guessed.
        found.sort(key=lambda m: (m.start, -(m.end - m.start), not m.known))
        kept: list[HardwareMention] = []
        # `We propose Andes, a serving system ... Andes's scheduler`: named once as the paper's
        # own, an ambiguous name stays the paper's system for the rest of the text
        introduced: set[str] = set()
        for mention in found:
            if kept and mention.start < kept[-1].end:
                continue
            if mention.ambiguous and (
                mention.record_id in introduced or self._introduced(text, mention)
            ):
                introduced.add(mention.record_id)
                continue
            if self._in_code_series(text, mention):
                continue
            if mention.ambiguous and (
                self._names_company(text, mention)
                or self._heads_other_thing(text, mention)
                or self._inside_other_name(text, mention)
                or _listed_among_other_things(text, mention, found)
                or not self._has_context(text, mention)
            ):
                continue
            kept.append(mention)
        return self._joined_to_family(text, kept)

    def _joined_to_family(
        self, text: str, mentions: list[HardwareMention]
    ) -> list[HardwareMention]:
        """A family's name written right before one of its products names the product.

        `AMD Versal AI Core VCK190` is the board, one mention, not the family and the board.
        """
        joined: list[HardwareMention] = []
        for mention in mentions:
            before = joined[-1] if joined else None
            if (
                before is not None
                and before.known
                and mention.known
                and not text[before.end : mention.start].strip()
                and self._in_family(mention.record_id, before.record_id)
            ):
                record = self.by_id[mention.record_id]
                surface = text[before.start : mention.end]
                joined[-1] = HardwareMention.of_record(before.start, mention.end, record, surface)
                continue
            joined.append(mention)
        return joined

    def _in_family(self, record_id: str, family_id: str) -> bool:
        """Whether `family_id` is a family the record belongs to, at any depth."""
        family = self.by_id[record_id].family
        while family is not None:
            if family == family_id:
                return True
            family = self.by_id[family].family
        return False

    @staticmethod
    def _unknown(shape: UnknownShape, surface: str, start: int, end: int) -> HardwareMention:
        """A hardware-shaped name no record knows: keep it, with vendor and category guessed."""
        memory, form = memory_and_form_factor(surface)
        cleaned = _FOLD_DROP.sub(" ", _PARENS.sub(" ", surface))
        cleaned = _PLURAL_END.sub("", " ".join(cleaned.split()))
        prefix_words = {w.lower() for w in shape.prefix.split()}
        words = [w for w in cleaned.split() if w.lower() not in prefix_words]
        canonical = " ".join([shape.prefix, *words])
        return HardwareMention(
            start,
            end,
            canonical,
            shape.vendor,
            shape.category,
            None,
            None,
            memory,
            form,
            False,
            f"unknown.{shape.id}",
        )

    def resolve_span(self, text: str, start: int, end: int) -> HardwareMention | None:
        """Resolve `text[start:end]` to a mention, or None when it names no known product."""
        surface = text[start:end]
        key = fold_key(surface)
        record = self.by_key.get(key)
        if record is None and key.endswith("s"):
            # A plural or possessive (A100s, Orins) unless the s is part of a name (V100S);
            # an ambiguous name's plural is the ordinary word's (`New Frontiers`, `Summits`)
            record = self.by_key.get(key[:-1])
            if record is not None and record.ambiguous and not surface.endswith(("'s", "’s")):
                return None
        if record is None:
            return None
        return HardwareMention.of_record(start, end, record, surface)

    def _introduced(self, text: str, mention: HardwareMention) -> bool:
        """`We present L4, a runtime system`: the paper's own system, named as it is introduced."""
        if not text[mention.end : mention.end + 3].lstrip().startswith((",", ":")):
            return False
        before = text[max(0, mention.start - 20) : mention.start].split()
        return bool(before) and before[-1] in self.introducing_verbs

    def _names_company(self, text: str, mention: HardwareMention) -> bool:
        """`Ampere Computing`: the name is the company's, a company word after it."""
        after = text[mention.end : mention.end + 16].split()
        return bool(after) and after[0].rstrip(".,") in self.company_words

    def _bare_code(self, surface: str) -> bool:
        """A bare number (`4090`) or a short name's code alone (`L2`, `CS-1`, `VIIs`)."""
        if surface.isdigit():
            return True
        squashed = surface.replace("-", "").replace(" ", "").lower()
        return squashed in self._short_codes or squashed.removesuffix("s") in self._short_codes

    def _category_word_after(self, text: str, end: int, category: str) -> bool:
        """A word of the mention's category follows it.

        A bare number (`4090`) or short code (`L2`) names hardware only so (`4090 GPUs`) or
        after its vendor (`Nvidia 4090`), not in `4090 images` or `L2 cache`.
        """
        after = text[end : end + 30].split(maxsplit=1)
        return bool(after) and self._is_category_word(after[0], category)

    def _is_category_word(self, word: str, category: str) -> bool:
        """`word` (punctuation after it aside) is a context word of `category`."""
        return word.rstrip(".,;:)").lower() in self.context.get(category, frozenset())

    def _heads_other_thing(self, text: str, mention: HardwareMention) -> bool:
        """`Frontier models`, `Turing-NLG`, `Aurora, a foundation model for ...`: not hardware.

        The word right after the name (past a space or hyphen) is one of `non_hardware_heads`
        and no context word of the name's category follows it, or the last word of the noun
        phrase an article opens beside it (after a comma or `is`) is one of them.
        """
        after = text[mention.end : mention.end + 60]
        following = after.lstrip(" -")
        if len(following) < len(after):  # a word of its own, past a space or hyphen
            words = following.split(maxsplit=2)
            if words and words[0].rstrip(".,;:)").casefold() in self.non_hardware_heads:
                # unless a word of its category follows: `Huawei Ascend AI accelerators`
                return len(words) < 2 or not self._is_category_word(words[1], mention.category)
        beside = _APPOSITION.match(after)
        if not beside:
            return False
        words = beside.group("phrase").split()
        cut = next((i for i, w in enumerate(words) if w.casefold() in _PHRASE_ENDS), len(words))
        return 0 < cut and words[cut - 1].casefold() in self.non_hardware_heads

    def _inside_other_name(self, text: str, mention: HardwareMention) -> bool:
        """`Hong Kong Frontier Technology Summit`, `Transom Eagle Eye`: a word of a longer name.

        A capitalised word (not in capitals, not a vendor's or a context word of the name's
        category: `Argonne Aurora`) right before the name makes it part of another proper name;
        unless the sentence capitalises its words anyway, as a title does, or the word is a
        product line's after a context word (`MacBook Pro M2`: the laptop's chip).
        """
        before = text[max(0, mention.start - 30) : mention.start]
        words = before.split()
        previous = words[-1] if words and before[-1:] == " " else ""
        return (
            _capitalised(previous)
            and previous.lower() not in VENDOR_WORDS
            and not self._is_category_word(previous, mention.category)
            and not (len(words) > 1 and self._is_category_word(words[-2], mention.category))
            and not _title_cased(_sentence_around(text, mention.start, mention.end))
        )

    def _in_code_series(self, text: str, mention: HardwareMention) -> bool:
        """`(T3,T4)`, `T4 vs. non-T4`: a code among other codes of its letter, or negated.

        The other codes name no hardware (tumour stages, tasks, levels): not `P40 and P100`;
        and no word of the code's category follows it (`a T4 GPU in tier T1` is the GPU).
        """
        surface = text[mention.start : mention.end]
        if not _LETTER_DIGIT_CODE.fullmatch(surface) or self._category_word_after(
            text, mention.end, mention.category
        ):
            return False
        lo, hi = max(0, mention.start - 40), mention.end + 40
        if "non-" + surface in text[lo:hi]:
            return True
        return any(
            code.group() != surface
            and code.group()[0] == surface[0]
            and self.lookup(code.group()) is None
            for code in _LETTER_DIGIT_CODES.finditer(text, lo, hi)
        )

    def _has_context(self, text: str, mention: HardwareMention) -> bool:
        words = self.context.get(mention.category, frozenset())
        window = text[max(0, mention.start - 200) : mention.end + 200]
        # linear, on at most 400 characters: no timeout (see `context._WORD`); the GIL kept
        # (concurrent=False, see timed_regex)
        tokens = {t.lower() for t in _TOKEN.findall(window, None, None, False, False)}
        return any(w in tokens or (" " in w and w in window.lower()) for w in words)

    def resolve_name(self, name: str) -> HardwareMention | None:
        """What `claims hardware --lookup` says a written name is.

        The whole name as one product (`A100-SXM4-80GB`), or else the one name found at its
        start in running text (`NVIDIA L2 PCle`, with a misspelt form factor after it).
        """
        mention = self.lookup(name.strip())
        if mention is not None:
            return mention
        found = self.find(name)
        return found[0] if len(found) == 1 and found[0].start == 0 else None

    def family(self, canonical: str) -> str:
        """The canonical name of the family a product belongs to (itself when none is listed)."""
        record = self.by_canonical.get(canonical)
        if record is None or record.family is None:
            return canonical
        return self.by_id[record.family].canonical

    def lookup(self, name: str) -> HardwareMention | None:
        """Resolve a whole string (`"a100-sxm4-80gb"`) to a mention, or None.

        As strict as matching in running text: a lone letter spaced from its number
        (`A 100`) is no name, and an ambiguous name must be written as listed (`Frontier`).
        """
        if _LONE_LETTER_SPACED.search(name):
            return None
        mention = self.resolve_span(name, 0, len(name))
        if mention is not None and mention.ambiguous:
            record = self.by_id[mention.record_id]
            if not any(alias in name for alias in _base_names(record)):
                return None
        return mention


def normalise_hardware_name(name: str) -> str | None:
    """Return the canonical name a written hardware name resolves to, or None."""
    mention = default_gazetteer().lookup(name.strip())
    return mention.canonical if mention else None


@lru_cache(maxsize=8192)
def memory_and_form_factor(surface: str) -> tuple[float | None, str | None]:
    """Split a memory size (`80GB`) and a form factor (`SXM4`) out of a written name."""
    memory = _MEMORY.search(surface)
    form = _FORM_FACTOR.search(surface)
    return (
        float(memory.group(1)) if memory else None,
        FORM_FACTORS[form.group(1).lower()] if form else None,
    )


def load_gazetteer(path: Path | None = None) -> Gazetteer:
    """Load and validate a gazetteer file (default: the packaged `rules/hardware.yaml`)."""
    path = path or rules_dir() / "hardware.yaml"
    return Gazetteer(read_gazetteer_file(path), path.name)


@lru_cache(maxsize=1)
def default_gazetteer() -> Gazetteer:
    """Return the packaged gazetteer, loaded once per process."""
    return load_gazetteer()


def _listed_among_other_things(
    text: str, mention: HardwareMention, found: list[HardwareMention]
) -> bool:
    """Whether the name is one item of an aside listing three or more, none of them hardware.

    `agentic data (Hermes, Glaive, GSM8K, Turing)`: the ambiguous name is one of those other
    things too (`generations (Volta, Turing, Ampere)` stay hardware, each beside the others).
    """
    opened = text.rfind("(", max(0, mention.start - 120), mention.start)
    if opened < 0 or ")" in text[opened : mention.start]:
        return False
    closed = text.find(")", mention.end, mention.end + 120)
    if closed < 0 or "(" in text[mention.end : closed]:
        return False
    if text.count(",", opened, closed) < 2:
        return False
    return not any(other is not mention and opened < other.start < closed for other in found)
