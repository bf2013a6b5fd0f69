"""model_size: a model's parameter count (`175B`, `1.4 billion parameters`, `LLaMA-2-70B`)."""

from __future__ import annotations

import regex

from extract import messages
from extract.claims.context import ContextReader
from extract.claims.kinds.base import ClaimKind, Sentence
from extract.claims.values import SCALES, Draft
from extract.match.matching import RawMatch
from extract.text.timed_regex import TimedPattern

_PHRASE_ENDS_HERE = TimedPattern(r"\s*[,;:)]")
_NAME_BEFORE = TimedPattern(r"[A-Z][\w.]*\s$")
# The sizes a slash joins before a later one: the `7B/14B/` of `Qwen2.5-7B/14B/32B`.
_SLASHED_SIZES_BEFORE = TimedPattern(r"(?<![\w.])(?:\d+(?:\.\d+)?[BMbm]/)+$")
# A size inside a model's name: `Qwen2.5-7B-Instruct`, `Llama-3-8B-Instruct`.
_SIZED_NAME = TimedPattern(r"(?<![A-Za-z])\d+(?:\.\d+)?[BM](?![A-Za-z\d])")
# `28M H100 hours`, `1.2M A100-days`: time on a named device, not parameters.
_DEVICE_TIME = TimedPattern(r"[A-Z][\w]*\d[\w]*(?:[\s-](?:GPU[\s-])?)(?:hours?|days?)\b")
_PLAIN_WORD = TimedPattern(r"[A-Za-z-]+")
# `a sequence length of 1M`, `context window of up to 2M`: a length in tokens, no model's size.
_LENGTH_BEFORE = TimedPattern(
    r"\b(?:length|lengths|window|windows)\s+of\s+(?:up\s+to\s+|over\s+|about\s+)?$"
)
# A phrase set beside a name that calls it data: `, a dataset of`, `: A Large-Scale Dataset`.
_DATASET_BESIDE = TimedPattern(
    r"\s*[,:]\s*(?:an?|the)\s+(?:[\w-]+,?\s+){0,4}?(?:dataset|corpus|benchmark|collection)s?\b",
    regex.IGNORECASE,
)
# A name the words before it call data: `the Egocentric2Embodiment dataset (E2E-3M)`.
# (anywhere in an aside that lists names: `three benchmark datasets (Oxford 5K, Paris 6K and
# Flickr 1M)`; not one of results, `DROP benchmark (+3.4% on LLaMA2-7B)`)
_DATASET_BEFORE = TimedPattern(
    r"\b(?:dataset|corpus|benchmark|collection)s?\s*\((?:(?!\bon\b)[^()%])*$", regex.IGNORECASE
)
# A name with a word of data in it: `Honey-Data-15M`, `OpenCorpus-2M`.
_DATA_NAME_WORD = TimedPattern(r"(?i)(?<![a-z])(?:data(?:set)?|corpus)\b")

# The rest of a list of scaled numbers: `, 10M, 100M and 1B` before `words`, `and one
# 40M-scale` before `dataset` (an item may say how many things it sizes).
# (the list ends at its `and`: in `7B, 1M context and 2M tokens` the 1M has a noun of its own)
_SCALED_ITEM = r"(?:(?:one|two|three|four|five|a|an)\s+)?[\d.]+\s?[KMBT](?:-scale)?\b"
_SCALED_LIST_REST = TimedPattern(rf"(?:\s*,\s*{_SCALED_ITEM})*\s*,?\s*(?:and|or)\s*{_SCALED_ITEM}")
# Data sized right after: `scale our data up to 1.58M`, `a corpus of 22M`.
_DATA_BEFORE = TimedPattern(
    r"\b(?:data|dataset|corpus|corpora)\s+(?:(?:up\s+)?to|of|reaching)\s+"
    r"(?:about\s+|over\s+|nearly\s+|roughly\s+)?~?$",
    regex.IGNORECASE,
)
# Thousands before a size in one list: `at 100K, 500K, and 1M` (tokens, not parameters; models
# of thousands of parameters are not what papers list).
_THOUSANDS_BEFORE = TimedPattern(r"\d[\d.]*\s?K\s*(?:,\s*(?:and\s+|or\s+)?|,?\s+(?:and|or|to)\s+)$")
# A CPU's cores before its threads: the `8C/` of `8C/16T`.
_CORES_BEFORE = TimedPattern(r"(?<![\w.])\d+C/$")
# A size right before another: `1.7B 7B`.
_SIZE_BEFORE = TimedPattern(r"\d[KMBT]\s+$")
# A describing word that starts with a number: `12-lead`, `3D`, `4-bit`.
_NUMBER_COMPOUND = TimedPattern(r"\d+(?:\.\d+)?-?[A-Za-z][A-Za-z-]*")
_SUSPENDED_SCALE = TimedPattern(r"-\s*,?\s*(?:and|or|to)\s+\d[\d.]*\s?[MBT]-scale\b")
_AVERAGE = TimedPattern(r"\baverage\b")
_ACTIVE = TimedPattern(r"\bactiv(?:e|ated)\b")
# Where the words that describe a size end: the next number or the end of its phrase
# (`671B total, 37B active`: `active` is the 37B's).
_DESCRIPTION_END = TimedPattern(r"[\d,;()]")
# `activates 52 billion parameters`: a verb of activating before the count.
_ACTIVATES_BEFORE = TimedPattern(
    r"\bactivat(?:es|ing|ed)\s+(?:only\s+|just\s+|about\s+|roughly\s+|around\s+)?~?$"
)
_PARAM_IN_SPAN = TimedPattern(r"param", regex.IGNORECASE)
_SPACES = TimedPattern(r"\s+")
# The LaTeX that opens a name glued to its size: `$\texttt{structlm}$-34B`, `\textbf{Qwen2.5`.
_LATEX_OPENING = TimedPattern(r"^\$?\\[A-Za-z]+\{")
_DESCRIBED_PARAMETERS = TimedPattern(r"\s+[a-z][\w-]*\s+param(?:eter)?s\b")
_PARAMETERS_FOLLOW = TimedPattern(
    r"(?:\s*(?:,|and|or|to|-)\s*(?:[\d.,]+\s*(?:[MBT]|[Mm]illion|[Bb]illion|[Tt]rillion)?"
    r"|[Aa]|[Oo]ne)?)*\s*[\s-]*(?:total\s+|activated\s+|active\s+)?(?:[Pp]aram|models?\b|"
    r"LLMs?\b|MoE|(?:language|transformer)\s+models?|of\s+which\s+(?:are|is)\s+activ)",
)
_MODEL_WORD = TimedPattern(r"(?i)param|models?$|variants?$|versions?$|LLMs?$|LMs?$")
_MODEL_LEFT = TimedPattern(
    r"(?P<m>[A-Za-z][\w.]*(?:[\s-](?:\d+(?:\.\d+)?|[A-Za-z][\w.]*)){0,2}?)[\s-]+$"
)
_MODEL_RIGHT = TimedPattern(r"^\s+(?P<m>[A-Z][\w.]*-\d[\w.]*|[A-Z][A-Za-z]*\d[\w.-]*)")
_NAME_CHAR_STAND_INS = str.maketrans("_.", "aa")  # `[\w.]` is what isalnum() says, with these


def _is_version(number: str | None) -> bool:
    """A model family's version number: `2`, `3.2`; a size is larger (`30-70B`)."""
    try:
        return number is not None and float(number.replace(",", "")) < 10
    except ValueError:
        return False


def _all_name_chars(word: str) -> bool:
    return word.translate(_NAME_CHAR_STAND_INS).isalnum()


def _is_name_word(word: str) -> bool:
    """A number (`70`, `2.5`) or a letter and then letters, digits, `_` and `.` (ASCII)."""
    if word[:1].isalpha():
        return _all_name_chars(word)
    whole, dot, fraction = word.partition(".")
    return whole.isdigit() and (not dot or fraction.isdigit())


# Lower-case words a model's name may hold: its variant (`Phi-3 mini`, `Qwen chat`).
_VARIANT_WORDS = frozenset(
    {"mini", "small", "base", "medium", "large", "tiny", "nano", "micro", "chat", "instruct", "xl"}
)
# Verbs whose subject is the model whose size follows: `Mixtral-8x22B has 141B parameters`.
_HAVING_VERBS = frozenset(
    {"has", "have", "had", "contains", "with", "boasts", "features", "comprises", "totals"}
)


def name_before(window: str) -> str | None:
    """What `_MODEL_LEFT.search(window)` captures: one to three words ending the window.

    A model name ends right before the size (`Llama 2 70B`). The regex search costs tens of
    microseconds on these windows (it retries at every position); on printable ASCII, which
    normalised windows nearly always are, the same words are found with string methods
    (`tests/test_properties.py` compares the two).
    """
    if not (window.isascii() and window.isprintable()):
        found = _MODEL_LEFT.search(window)
        return found.group("m") if found else None
    end = len(window.rstrip(" -"))
    if end in (0, len(window)):
        return None
    words = window[:end].replace("-", " ").split(" ")  # one separator each: `a  b` has ""
    for count in (3, 2, 1):
        rest = words[len(words) - count + 1 :]  # the words after the first: whole name words
        if len(words) < count or not all(_is_name_word(w) for w in rest):
            continue
        first = words[-count]
        tail = len(first)
        while tail > 0 and (first[tail - 1].isalnum() or first[tail - 1] in "_."):
            tail -= 1
        letter = next((i for i in range(tail, len(first)) if first[i].isalpha()), None)
        if letter is not None:
            others = sum(len(w) + 1 for w in rest)
            return window[end - others - len(first) + letter : end]
    return None


def _described_as_data_elsewhere(text: str, written: str) -> bool:
    """`trained on MIT-10M` in a field that says `we introduce MIT-10M, a large corpus`."""
    at = text.find(written)
    while at >= 0:
        end = at + len(written)
        if (
            _DATASET_BESIDE.match(text, end) is not None
            or _DATASET_BEFORE.search(text, max(0, at - 60), at) is not None
        ):
            return True
        at = text.find(written, end)
    return False


class ModelSize(ClaimKind):
    """A parameter count, with the model's name and whether it counts active parameters."""

    name = "model_size"
    floor = 1e5
    # Claimed models stop near 10^14 parameters (`174 trillion`); `PHOENIX-2014T` is a name
    ceiling = 1e15

    def check(self, match: RawMatch, sentence: Sentence) -> list[Draft] | str:
        """Reject money, counts of other things (`1.5B tokens`) and model names (`Llama 2-70B`)."""
        text, lo, hi = sentence.text, sentence.lo, sentence.hi
        cues = self.cues
        scale_text = match.group_text(text, "scale")
        scale = SCALES.get(scale_text.lower(), 1.0) if scale_text else 1.0
        if (
            match.group_text(text, "high")
            and not match.group_text(text, "low_scale")
            and _is_version(match.group_text(text, "low"))
            and _NAME_BEFORE.search(text[max(lo, match.start - 20) : match.start])
        ):
            # `Llama 2-70B`, `Llama 3.2-1B`: a name's version, not a range; the size after the
            # hyphen is still tried (`Fast 30-70B LLM Inference`, a title's words, is a range)
            return messages.ReadingRejected(messages.REJECT_NAME_NOT_RANGE)
        values = self.read_values(match, text, scale)
        if isinstance(values, str):
            return values
        if text[max(lo, match.start - 1) : match.start] == "$":
            return messages.REJECT_MONEY
        # After a comma the next noun starts a new phrase: `7B to 141B, context lengths ...`.
        phrase_ends = _PHRASE_ENDS_HERE.match(text, match.end, hi) is not None
        # `150M+ annotations`: the plus is the size's own (at least)
        next_words = [w for w in ContextReader._words_right(text, match.end, hi, 5) if w != "+"]
        # (three words, a fourth past a joiner of describing words: `32T diverse and
        # high-quality tokens`)
        next_words = next_words[: 4 if {"and", "or"} & set(next_words[:3]) else 3]
        # (a string test first: few sizes go on to a list)
        listed = (
            _SCALED_LIST_REST.match(text, match.end, hi)
            if text.startswith((",", " and ", " or "), match.end)
            else None
        )
        if listed is not None:
            # `1M, 10M, 100M and 1B words`: the noun after the list counts every item of it
            counted = self._counted_noun(ContextReader._words_right(text, listed.end(), hi, 3))
            if counted is not None:
                return messages.REJECT_COUNTS_OTHER.format(noun=counted)
        if next_words and not phrase_ends:
            counted = self._counted_noun(next_words)
            if counted is not None:
                return messages.REJECT_COUNTS_OTHER.format(noun=counted)
        before = text[max(lo, match.start - 30) : match.start].lower()
        if ("data" in before or "corp" in before) and _DATA_BEFORE.search(before):
            return messages.REJECT_COUNTS_OTHER.format(noun="data")  # `our data up to 1.58M`
        if match.rule.rule.parameters_follow and not self._parameter_context(text, match, hi):
            return messages.REJECT_NO_PARAMETERS
        noun_words = [w for w in next_words if not _NUMBER_COMPOUND.fullmatch(w)][:1]
        if (
            scale_text in ("M", "m")
            and noun_words
            and _PLAIN_WORD.fullmatch(noun_words[0])
            # a word describing the parameters is no other thing counted: `14M tunable parameters`
            and not _DESCRIBED_PARAMETERS.match(text, match.end, hi)
            and not (
                noun_words[0].lower() in cues.non_model_words or _MODEL_WORD.match(noun_words[0])
            )
        ):
            # `1M context`, `600M MACs`, `9.2M 12-lead ECGs`: a million of something else
            return messages.REJECT_COUNTS_OTHER.format(noun=noun_words[0])
        model = self._model_name(text, lo, match)
        if model is not None and model.lower() in cues.label_words:
            return messages.REJECT_LABEL.format(name=model)  # `Task 1B: Radiology Reports`
        if text.endswith("C/", max(lo, match.start - 2), match.start) and _CORES_BEFORE.search(
            text, max(lo, match.start - 8), match.start
        ):
            return messages.REJECT_COUNTS_OTHER.format(noun="threads")  # `8C/16T`: a CPU's
        if text[match.start - 2 : match.start] in (", ", "d ", "r ", "o ") and (
            _THOUSANDS_BEFORE.search(text, max(lo, match.start - 30), match.start)
        ):
            return messages.REJECT_THOUSANDS_LIST
        if _LENGTH_BEFORE.search(text, max(lo, match.start - 30), match.start) or (
            model is not None and _SIZED_NAME.search(model)
        ):
            # `a sequence length of 1M`; `Qwen2.5-7B-Instruct-1M`: a name that holds its size
            # already ends in the context it reads
            return messages.REJECT_LENGTH
        if (
            model is not None
            and (
                model.lower() in cues.dataset_names
                # `ProcCorpus-60M, a large-scale dataset`: a name the phrase beside it calls data
                or _DATASET_BESIDE.match(text, match.end, hi) is not None
                or _DATASET_BEFORE.search(text, max(lo, match.start - 60), match.start) is not None
                or _DATA_NAME_WORD.search(model) is not None
                or _described_as_data_elsewhere(text, f"{model}-{text[match.start : match.end]}")
            )
        ):
            return messages.REJECT_DATASET_NAME.format(name=model)  # `JFT-300M`
        drafts = self.drafts_with_list(match, text, values, scale)
        after = text[match.end : min(hi, match.end + 35)]
        described = _DESCRIPTION_END.search(after)
        words = text[match.start : match.end] + (after[: described.start()] if described else after)
        active = _ACTIVE.search(words) or _ACTIVATES_BEFORE.search(
            text[max(lo, match.start - 30) : match.start]
        )
        # `30B- and 70B-scale models`: the hyphen carries the next size's `-scale`
        scale_later = _SUSPENDED_SCALE.match(text, match.end, hi) is not None
        # `31 billion average active parameters`: an average over inputs, written inside
        averaged = _AVERAGE.search(text, match.start, match.end) is not None
        for draft in drafts:
            draft.fields["active"] = bool(active)
            draft.fields["model"] = model
            if scale_later:
                draft.qualifier, draft.qualifier_source = "approx", "inline"
            elif averaged:
                draft.qualifier, draft.qualifier_source = "average", "inline"
        return drafts

    def _counted_noun(self, words: list[str]) -> str | None:
        """The noun of something other than parameters that the words after a size count.

        It may stand behind words that describe it (`1M total examples`, `1B Word dataset`,
        `9.2M 12-lead ECG recordings`, `32T diverse and high-quality tokens`) or right after a
        model's word that describes it (`3.1 million LLM rollouts`), not past a model's word
        otherwise (`7B model tokens`) or past its phrase (`7B on 2T tokens`).
        """
        nouns = self.cues.non_parameter_nouns
        if " ".join(words[:2]).lower() in nouns or _DEVICE_TIME.match(" ".join(words[:3])):
            return words[0]
        for at, word in enumerate(words):
            folded = word.lower()
            if folded in nouns:
                return word
            if _MODEL_WORD.match(word):
                after = words[at + 1 : at + 2]
                return after[0] if after and after[0].lower() in nouns else None
            if _NUMBER_COMPOUND.fullmatch(word):
                continue  # `12-lead`, `3D`: a describing word
            if (
                folded in ("and", "or")
                and at
                and words[at - 1].isalpha()
                and words[at - 1].islower()
            ):
                continue  # `32T diverse and high-quality tokens`: describing words joined
            if (
                not word[:1].isalpha()
                or folded in self.cues.phrase_stop_words
                or folded == "per"  # `52 billion parameters per token`: what each one uses
            ):
                return None
        return None

    @staticmethod
    def _parameter_context(text: str, match: RawMatch, hi: int) -> bool:
        """`22 Billion` is a model size only when parameters or a model follow it."""
        if _PARAM_IN_SPAN.search(text[match.start : match.end]):
            return True
        rest = text[match.end : min(hi, match.end + 80)]
        return bool(_PARAMETERS_FOLLOW.match(rest))

    def _hyphened_name(self, text: str, lo: int, start: int) -> str | None:
        """The name joined by a hyphen to the size at `start`: `LLaMA-2-70B`, `gemma-2-9b`."""
        token = text[max(lo, start - 40) : start - 1].split()
        # `(LLaMA-7B)`, `"GPT-2-1.5B"`: the opening sign is no part of the name
        # (nor a comma the page glued to it too: `backbone ,ShareGPT4V-7B,`)
        name = token[-1].rsplit("/", 1)[-1].lstrip("([{\"',;") if token else ""
        if name.startswith(("\\", "$")):  # `\texttt{Qwen2.5-7B}`: the name LaTeX sets
            name = _LATEX_OPENING.sub("", name).rstrip("}$")
        previous = token[-2].lstrip("([{\"',;") if len(token) > 1 else ""
        if name.replace(".", "").isdigit() and previous[:1].isupper():
            # `Llama 2-7B`, `Llama 3.2-1B`, `(Qwen 3.5-4B`: a version's name
            name = f"{previous} {name}"
        return name if name and name.lower() not in self.cues.non_model_words else None

    def _model_name(self, text: str, lo: int, match: RawMatch) -> str | None:
        non_model_words = self.cues.non_model_words
        if match.start > lo and text[match.start - 1] == "-":
            return self._hyphened_name(text, lo, match.start)
        if match.start > lo and text[match.start - 1] == "/":
            # `Qwen2.5-7B/14B`, `Llama-2-7B/13B/70B`: a size after a slash is the first one's
            # model's
            first = _SLASHED_SIZES_BEFORE.search(text, max(lo, match.start - 40), match.start)
            if first and first.start() > lo and text[first.start() - 1] == "-":
                return self._hyphened_name(text, lo, first.start())
        if match.start > lo and text[match.start - 1] == "(":
            # `Phi-3-mini (3.8B)`, `BERT-base (110M)`: the size of the name before it
            token = text[max(lo, match.start - 41) : match.start - 1].split()
            name = token[-1] if token else ""
            if name[:1].isupper() and name.lower() not in non_model_words:
                return name
        left = name_before(text[max(lo, match.start - 40) : match.start])
        if left and text[match.start - 1] in "- ":
            words = [w for w in _SPACES.split(left) if w]
            # A name holds none of these words: it starts after the last (`13B and 70B`).
            cut = [i for i, w in enumerate(words) if w.lower() in non_model_words]
            if cut and cut[-1] == len(words) - 1 and words[-1].lower() in _HAVING_VERBS:
                words = words[: cut[-1]]  # `Ling-Lite contains 16.8 billion`: the subject
                cut = [i for i in cut if i < len(words)]
            if cut:
                words = words[cut[-1] + 1 :]
            # Nor does it start with a lower-case word before a capital (`serve Llama 2`).
            while len(words) > 1 and words[0].islower() and words[1][:1].isupper():
                words.pop(0)
            # A plain lower-case word is no part of a name but a variant's (`Phi-3 mini`):
            # `When serving 30B` names no model.
            plain = [
                i
                for i, w in enumerate(words)
                if w.isalpha() and w.islower() and w not in _VARIANT_WORDS
            ]
            if plain:
                words = words[plain[-1] + 1 :]
            candidate = " ".join(words)
            if (
                candidate
                # not the tail of a product of sizes (`Mixtral-8x22B has` leaves `x22B`)
                and not (candidate[:1] in "xX" and candidate[1:2].isdigit())
                # nor another size of a list whose commas the page lost (`(1.7B 7B and 13B`)
                and _SIZE_BEFORE.search(text, max(lo, match.start - 12), match.start) is None
                and candidate.lower() not in non_model_words
                and (any(ch.isupper() for ch in candidate) or "-" in text[match.start - 1])
            ):
                return candidate
        right = _MODEL_RIGHT.match(text[match.end : match.end + 30])
        return right.group("m") if right else None


KIND = ModelSize
