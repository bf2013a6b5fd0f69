"""gpu_count: how many accelerators a setup has (`12,288 GPUs`, `eight RDU sockets`)."""

from __future__ import annotations

from extract import messages
from extract.claims.context import ContextReader
from extract.claims.kinds.base import ClaimKind, Sentence
from extract.claims.values import SCALES, Draft
from extract.hardware.gazetteer import HardwareMention
from extract.match.matching import RawMatch
from schemas import ClaimBase, GpuCountClaim, HardwareClaim

# Signs of a price before a number (`$60 GPUs`); `$8$ GPUs` is LaTeX maths, closed after it.
_CURRENCY_SIGNS = frozenset("$€£¥")


def _priced(match: RawMatch, text: str) -> bool:
    r"""A currency sign opens the number, which no `$` closes: `$60 GPUs`, `\$60 GPUs`."""
    low = match.groups.get("low")
    if low is None or text[low[0] - 1 : low[0]] not in _CURRENCY_SIGNS:
        return False
    return not text.startswith("$", low[1]) or text[low[0] - 2 : low[0]] == "\\$"


# The hardware categories whose units are counted as accelerators.
ACCELERATOR_CATEGORIES = frozenset({"gpu", "tpu", "npu", "accelerator"})
# What a count's own device words may name: an accelerator, or its generation written before
# the device noun (`1,440 NVIDIA Hopper GPUs`), which names no device elsewhere in a sentence.
_DEVICE_SPAN_CATEGORIES = ACCELERATOR_CATEGORIES | {"architecture"}


def _modifies_a_plural(span: str, next_word: str) -> bool:
    """A count ending in a singular accelerator noun, followed by a plural common noun."""
    noun = span.rstrip().rsplit(None, 1)[-1] if span.strip() else ""
    return (
        noun in _SINGULAR_NOUNS
        and next_word.islower()
        and next_word.endswith("s")
        and not next_word.endswith("ss")
        and next_word not in _DEVICE_PLURALS
    )


def _modifies_a_noun(span: str, word: str) -> bool:
    """A count ending in a singular accelerator noun, then a word describing the next noun.

    `243K GPU training hours`: the `training` of the hours the GPU count describes.
    """
    noun = span.rstrip().rsplit(None, 1)[-1] if span.strip() else ""
    return noun in _SINGULAR_NOUNS and word.isalpha() and word.islower() and word not in _JOINERS


# Words that join a count's noun to the next phrase rather than describe the next noun.
_JOINERS = frozenset(
    {"and", "or", "with", "in", "on", "for", "to", "of", "per", "at", "by", "from"}
)


def _mention_over(sentence: Sentence, span: tuple[int, int]) -> HardwareMention | None:
    """The sentence's accelerator (or generation) mention over the device span, if any."""
    over = [m for m in sentence.mentions if m.start < span[1] and m.end > span[0]]
    for categories in (ACCELERATOR_CATEGORIES, _DEVICE_SPAN_CATEGORIES):
        for mention in over:  # a device before its generation: `8 Hopper H100 GPUs` is H100s
            if mention.category in categories:
                return mention
    return None


def _multiplied(match: RawMatch, text: str) -> bool:
    """The count is joined to its device as one host's: `4x H100`, `8×A100`, `8-GPU`.

    So `an 8-GPU server` and `a 4x H100 node` count the devices of one host.
    """
    low = match.groups.get("low")
    if low is None:
        return False
    if text.startswith("-", low[1]):
        return True  # `8-GPU`, `4-H100`: a compound modifier of the host
    device = match.groups.get("device")
    if device is None:
        return False
    joint = text[low[1] : device[0]]
    return "x" in joint.lower() or "times" in joint


# The accelerator nouns a count rule may end in, in the singular.
_SINGULAR_NOUNS = frozenset({"GPU", "TPU", "NPU", "APU", "GCD", "RDU", "IPU", "accelerator"})
# Plural words after a singular noun that still name the devices counted (`8 GPU cards`).
_DEVICE_PLURALS = frozenset({"cards", "devices", "chips", "boards", "sockets"})


class GpuCount(ClaimKind):
    """A whole number of accelerator devices, with the device when one is named."""

    name = "gpu_count"
    identity_fields = ("device",)
    floor = 1.0
    ceiling = 1e6

    def over_may_mean_across(self, draft: Draft) -> bool:
        """`vLLM over 8 A100 GPUs`: devices are spanned."""
        return True

    def check(self, match: RawMatch, sentence: Sentence) -> list[Draft] | str:
        """Reject non-integers, counts of other things (`8 GPU hours`) and unknown devices."""
        text, hi = sentence.text, sentence.hi
        scale_text = match.group_text(text, "scale")  # `16k GPUs`
        values = self.read_values(match, text, SCALES[scale_text.lower()] if scale_text else 1.0)
        if isinstance(values, str):
            return values
        if values[0] != int(values[0]):
            return messages.REJECT_IMPLAUSIBLE.format(kind=self.name, values=values)
        if _priced(match, text):
            return messages.REJECT_PRICE.format(text=text[match.start - 1 : match.end])
        if text[match.start - 1 : match.start] == "-" and text.startswith("-", match.end):
            return messages.REJECT_INSIDE_COMPOUND  # `leave-one-GPU-out`: one word of a name
        device_text = (match.group_text(text, "device") or "").strip()
        size = self.tools.units.lookup(device_text.split()[0]) if device_text else None
        if size is not None and size.dimension == "memory" and not _multiplied(match, text):
            # `an 80 GB GPU` is one GPU's memory; `8x 80GB GPUs` still counts eight
            return messages.REJECT_MEMORY_SIZE.format(unit=device_text.split()[0])
        following = ContextReader._words_right(text, match.end, hi, 2)
        next_word = following[0].lower() if following else ""
        if next_word in self.cues.non_count_nouns or (
            next_word in self.cues.host_nouns and not _multiplied(match, text)
        ):
            return messages.REJECT_COUNTS_OTHER.format(noun=following[0])  # `8 GPU hours`
        if (
            len(following) == 2
            and following[1].lower() in self.cues.non_count_nouns
            and _modifies_a_noun(text[match.start : match.end], following[0])
        ):
            return messages.REJECT_COUNTS_OTHER.format(noun=following[1])  # `GPU training hours`
        if (
            text.startswith("-", match.end)
            and text[match.end + 1 : match.end + 2].isalpha()  # not `GPU--a feat`
            and following
            and _modifies_a_noun(text[match.start : match.end], following[0])
        ):  # `two GPU-oriented techniques`: the compound describes what is counted
            return messages.REJECT_COUNTS_OTHER.format(noun=following[-1])
        if following and _modifies_a_plural(text[match.start : match.end], following[0]):
            # `two GPU methods`, `four GPU servers`: the singular noun modifies what is counted
            return messages.REJECT_COUNTS_OTHER.format(noun=following[0])
        device = None
        if device_text:
            # the sentence's own mention may run past the rule's device (`single RTX 4060 Ti`)
            resolved = _mention_over(sentence, match.groups["device"])
            resolved = resolved or self.tools.gazetteer.lookup(device_text)
            if resolved is not None and resolved.category in _DEVICE_SPAN_CATEGORIES:
                device = resolved.canonical
            elif match.rule.rule.known_device:
                # without an accelerator noun the name must be a known accelerator
                return messages.ReadingRejected(
                    messages.REJECT_UNKNOWN_DEVICE.format(device=device_text)
                )
        if device is None:
            named = {m.canonical for m in sentence.mentions if m.category in ACCELERATOR_CATEGORIES}
            device = named.pop() if len(named) == 1 else None
        drafts = self.drafts_with_list(match, text, values, 1.0)
        for draft in drafts:
            draft.fields["device"] = device
        return drafts

    def finish_paper(self, claims: list[ClaimBase]) -> list[ClaimBase]:
        """A count whose sentence names no device uses the one accelerator the paper names.

        `eight RDU sockets` in a paper whose title names the SambaNova SN40L counts SN40Ls;
        with two or more accelerators named, the device stays unknown.
        """
        named = {
            c.canonical
            for c in claims
            if isinstance(c, HardwareClaim) and c.category in ACCELERATOR_CATEGORIES
        }
        if len(named) != 1:
            return claims
        device = named.pop()
        return [
            c.model_copy(update={"device": device})
            if isinstance(c, GpuCountClaim) and c.device is None
            else c
            for c in claims
        ]


KIND = GpuCount
