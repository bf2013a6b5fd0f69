"""The software-systems catalogue (`rules/systems.yaml`): what a baseline's system is called.

A baseline span (`vLLM v0.4.2`, `systems like vLLM and SGLang`, `Megatron`) is searched for
the names and aliases of the catalogue, a name in parts also joined the other ways (`GPT3` is
GPT-3); the first one written gives `baseline_system`, the canonical name. Names of one plain
word (`Orca`, `Ladder`) match as written, or written with a capital past the first letter
(`veRL` for verl), so the ordinary word does not; the rest ignore case. Versions and
descriptors around a name are not part of it, and `FlashAttention-2` is not `FlashAttention`
(a name must end at a word end).
"""

from __future__ import annotations

from functools import lru_cache
from pathlib import Path
from typing import Literal

from pydantic import BaseModel, ConfigDict, Field, ValidationError

from extract import messages
from extract.match.rules import RuleFileError, load_yaml, rules_dir
from extract.text.literals import LiteralFinder

SystemKind = Literal[
    "serving engine",
    "library",
    "framework",
    "training system",
    "communication library",
    "kernel library",
    "method",
    "compiler",
    "graph system",
    "data system",
    "database",
    "scheduler",
    "model",
]


# `SSD-based solutions`, `GPU-only approach`: a capitalised word made a modifier.
_MODIFIER_ENDINGS = ("-based", "-like", "-style", "-only", "-aware", "-centric", "-friendly")
# Punctuation and marks around a word that are no part of a name (`AMD®`, `(vLLM)`).
_AROUND_A_NAME = ",;:()®™"


class System(BaseModel):
    """One system: its canonical name, what it is, and how else papers write it."""

    model_config = ConfigDict(extra="forbid", frozen=True)

    name: str = Field(min_length=2)
    kind: SystemKind
    aliases: list[str] = Field(default_factory=list)


class SystemsFile(BaseModel):
    """The whole `rules/systems.yaml`."""

    model_config = ConfigDict(extra="forbid", frozen=True)

    systems: list[System] = Field(min_length=1)
    not_names: list[str] = Field(
        default_factory=list,
        description="generic capitalised words that name no system (GPU, LLM, SOTA)",
    )
    class_nouns: list[str] = Field(
        default_factory=list,
        description="plural nouns of a class, after which a capitalised word names none",
    )
    device_nouns: list[str] = Field(
        default_factory=list,
        description="nouns of a device, after which a capitalised word names hardware",
    )


def _is_size(word: str) -> bool:
    """A number and a scale letter (`8B`, `1.3B`, `70M`): a model's size, no system's name."""
    return word[-1] in "KMBT" and word[:-1].replace(".", "", 1).isdigit()


def _as_written(name: str) -> bool:
    """One plain word (`Orca`, `vLLM`): matched with its case, as ordinary words exist."""
    return name.isalpha()


class SystemCatalogue:
    """The loaded catalogue: every written form to its canonical name, and a finder."""

    def __init__(self, data: SystemsFile, file: str = "systems.yaml"):
        self.systems = data.systems
        self.not_names = frozenset(w.upper() for w in data.not_names)
        self.class_nouns = frozenset(w.lower() for w in data.class_nouns)
        self.device_nouns = frozenset(w.lower() for w in data.device_nouns)
        self._exact: dict[str, str] = {}
        self._folded: dict[str, str] = {}
        for system in data.systems:
            for form in dict.fromkeys([system.name, *system.aliases]):
                table, key = (
                    (self._exact, form) if _as_written(form) else (self._folded, form.casefold())
                )
                other = table.get(key)
                if other is not None and other != system.name:
                    raise RuleFileError(
                        messages.DUPLICATE_SYSTEM.format(
                            file=file, form=form, name=system.name, other=other
                        )
                    )
                table[key] = system.name
        # `GPT3` is GPT-3 and `Tiny-YOLO` Tiny YOLO: a name in parts is written with a hyphen,
        # a space or neither. A variant another system lists is left to that system.
        for system in data.systems:
            for form in [system.name, *system.aliases]:
                for variant in _joined_variants(form):
                    key = variant.casefold()
                    if key not in self._folded and variant not in self._exact:
                        self._folded[key] = system.name
        # One Aho-Corasick pass over the case-folded text finds every form it may hold; a hit
        # counts at word ends, and a one-word name only as written (`Orca`, not `orca`).
        self._finder = LiteralFinder(
            {"exact": [f.casefold() for f in self._exact], "folded": list(self._folded)}
        )
        self._exact_folded: dict[str, list[str]] = {}
        for form in self._exact:
            self._exact_folded.setdefault(form.casefold(), []).append(form)

    def is_name(self, word: str) -> bool:
        """Whether a word looks like a system's name: listed, or shaped like one.

        A shaped name has a capital after its first letter or a digit (`FlightLLM`,
        `Tiny-YOLO`, `GPT3`), and is none of the generic words of `not_names` (`GPU`, `SOTA`).
        """
        word = word.strip(_AROUND_A_NAME)
        if self.find(word) is not None:
            return True
        if self.is_descriptor(word) or len(word) < 2 or _is_size(word):
            return False
        return any(ch.isupper() for ch in word[1:]) or any(ch.isdigit() for ch in word)

    def is_descriptor(self, word: str) -> bool:
        """A generic capitalised word (`GPU`, `LLM`), a compound modifier, or such joined.

        Joined by `/` or `-`, generic words and counts stay generic: `GPU/NMP`, `CPU-FPGA`,
        `4-GPU`.
        """
        word = word.strip(_AROUND_A_NAME)
        if word.upper() in self.not_names or word.lower().endswith(_MODIFIER_ENDINGS):
            return True
        if _plural_acronym(word):
            return True  # `state-of-the-art OMAPs`, `AR-LLMs`: a class of things
        parts = word.replace("-", "/").split("/")
        return (
            len(parts) > 1
            and all(part.upper() in self.not_names or part.isdigit() for part in parts)
            and not all(part.isdigit() for part in parts)
        )

    def find(self, text: str) -> str | None:
        """The canonical name of the first system `text` names, or None."""
        found = self.find_at(text)
        return found[0] if found else None

    def find_at(self, text: str) -> tuple[str, int] | None:
        """The first system `text` names, with the offset its name starts at, or None."""
        best: tuple[int, int, str] | None = None  # (start, -length, canonical name)
        for start, end, group, literal in self._finder.hits(text.casefold()):
            if not _at_word_ends(text, start, end):
                continue
            if group == "exact":
                written = text[start:end]
                forms = self._exact_folded[literal]
                if written in forms:
                    name = self._exact[written]
                elif _mixed_case(written) and len({self._exact[f] for f in forms}) == 1:
                    name = self._exact[forms[0]]  # `veRL` is verl: no ordinary word is so written
                else:
                    continue
            else:
                name = self._folded[literal]
            candidate = (start, start - end, name)
            if best is None or candidate < best:
                best = candidate
        return (best[2], best[0]) if best is not None else None


def _joined_variants(form: str) -> list[str]:
    """A name of parts joined by hyphens or spaces, joined each other way.

    `GPT-3` gives `GPT 3` and `GPT3`; a name of one part or of other joiners
    (`TensorFlow/XLA`) gives none.
    """
    parts = form.replace("-", " ").split(" ")
    if len(parts) < 2 or not all(part.isalnum() for part in parts):
        return []
    return [v for v in ("-".join(parts), " ".join(parts), "".join(parts)) if v != form]


def _plural_acronym(word: str) -> bool:
    """Capitals then a plural `s` (`OMAPs`, `AR-LLMs`): many of a kind, no one system."""
    return len(word) > 2 and word[-1] == "s" and word[-2].isupper() and word[-3].isupper()


def _mixed_case(word: str) -> bool:
    """A capital after a word's first letter (`veRL`, `SGlang`): a name, not an ordinary word."""
    return word[1:] != word[1:].lower()


def _at_word_ends(text: str, start: int, end: int) -> bool:
    """Nothing of a word on either side of `text[start:end]`.

    Not `xvLLM`, and not the `FlashAttention` of `FlashAttention-2`: a hyphen and then a
    word character continue a name, unless the word is a modifier's ending
    (`FlashAttention2-based`, `vLLM-style`).
    """
    if start > 0 and (text[start - 1].isalnum() or text[start - 1] in "_-"):
        return False
    follows = text[end : end + 1]
    joined = (
        follows == "-"
        and text[end + 1 : end + 2].isalnum()
        and not text[end:].lower().startswith(_MODIFIER_ENDINGS)
    )
    return not (follows.isalnum() or follows == "_" or joined)


def load_systems(path: Path | None = None) -> SystemCatalogue:
    """Load and validate a systems file (default: the packaged `rules/systems.yaml`)."""
    path = path or rules_dir() / "systems.yaml"
    try:
        data = SystemsFile.model_validate(load_yaml(path.read_text(encoding="utf-8")))
    except ValidationError as exc:
        problem = "; ".join(f"{'.'.join(map(str, e['loc']))}: {e['msg']}" for e in exc.errors())
        raise RuleFileError(f"{path.name}: {problem}") from exc
    return SystemCatalogue(data, path.name)


@lru_cache(maxsize=1)
def default_systems() -> SystemCatalogue:
    """The packaged catalogue, loaded once per process."""
    return load_systems()
