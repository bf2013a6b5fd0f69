"""Explain an extraction: tokens, every rule match and what became of it, and the records."""

from __future__ import annotations

from dataclasses import dataclass, field
from functools import lru_cache

from extract.claims.builder import ClaimBuilder, MatchEvent
from extract.run.pipeline import default_builder
from extract.text.normalise import normalise_text, split_sentences
from schemas import ClaimBase, HardwareClaim

# Provenance fields every record repeats; the explanation shows them once per sentence.
_PROVENANCE = {"paper_id", "field", "sentence", "text", "start", "end", "rule_id", "kind"}


@dataclass
class SentenceExplanation:
    """One sentence: its tokens, its rule matches with their fate, and its records."""

    start: int
    end: int
    text: str
    tokens: list[str]
    events: list[MatchEvent] = field(default_factory=list)
    records: list[ClaimBase] = field(default_factory=list)


@dataclass
class FieldExplanation:
    """One text field (title, abstract or free text) explained sentence by sentence."""

    name: str
    sentences: list[SentenceExplanation]


@lru_cache(maxsize=1)
def _tokenizer():
    import spacy

    return spacy.blank("en").tokenizer


def explain_field(
    name: str, source: str, paper_id: str = "text", builder: ClaimBuilder | None = None
) -> FieldExplanation:
    """Run the builder over one field with a trace and group everything by sentence."""
    builder = builder or default_builder()
    events: list[MatchEvent] = []
    records = builder.build(paper_id, name, source, trace=events)
    spans = split_sentences(normalise_text(source), builder.ruleset.context.abbreviations)
    sentences = [
        SentenceExplanation(lo, hi, source[lo:hi], [t.text for t in _tokenizer()(source[lo:hi])])
        for lo, hi in spans
    ]
    for sentence in sentences:
        sentence.events = sorted(
            (e for e in events if e.sentence_start == sentence.start),
            key=lambda e: (e.start, e.start - e.end),
        )
        sentence.records = [
            r for r in records if sentence.start <= r.start and r.end <= sentence.end
        ]
    return FieldExplanation(name, sentences)


def describe_record(record: ClaimBase) -> str:
    """One line: kind, value or canonical name, the non-empty attributes, and the rule id."""
    values = record.model_dump(exclude=_PROVENANCE, exclude_none=True)
    if isinstance(record, HardwareClaim):
        head = f"hardware {record.canonical}"
        values.pop("canonical")
    else:
        low, high = values.pop("low"), values.pop("high")
        head = f"{record.kind} {low:g}" + (f"-{high:g}" if high != low else "")
    attributes = " ".join(f"{k}={v}" for k, v in values.items())
    return f"{head} {attributes} [{record.rule_id}] {record.text!r}".replace("  ", " ")


def format_explanation(fields: list[FieldExplanation], show_all: bool = False) -> str:
    """A readable terminal table; sentences without matches or records only with `show_all`."""
    lines: list[str] = []
    for explained in fields:
        quiet = 0
        for number, sentence in enumerate(explained.sentences, 1):
            if not (show_all or sentence.events or sentence.records):
                quiet += 1
                continue
            lines.append(f"{explained.name} sentence {number} [{sentence.start}:{sentence.end}]")
            lines.append(f"  text:    {sentence.text}")
            lines.append(f"  tokens:  {' | '.join(sentence.tokens)}")
            lines.append("  matches:" + ("" if sentence.events else " none"))
            width = max((len(e.rule_id) for e in sentence.events), default=0)
            for event in sentence.events:
                surface = explained_text(sentence, event)
                outcome = "kept" if event.reason is None else f"filtered: {event.reason}"
                lines.append(
                    f"    {event.rule_id:<{width}}  {event.start:>5}-{event.end:<5} "
                    f"{surface!r:<24} {outcome}"
                )
            lines.append("  records:" + ("" if sentence.records else " none"))
            lines.extend(f"    {describe_record(r)}" for r in sentence.records)
            lines.append("")
        if quiet:
            lines.append(f"{explained.name}: {quiet} more sentence(s) with no match (--all shows)")
            lines.append("")
    return "\n".join(lines).rstrip() + "\n"


def explained_text(sentence: SentenceExplanation, event: MatchEvent) -> str:
    """The source text a match covers."""
    return sentence.text[event.start - sentence.start : event.end - sentence.start]


def explanation_as_json(fields: list[FieldExplanation]) -> list[dict]:
    """The same explanation as plain data, for scripts and tests."""
    return [
        {
            "field": f.name,
            "sentences": [
                {
                    "start": s.start,
                    "end": s.end,
                    "text": s.text,
                    "tokens": s.tokens,
                    "matches": [
                        {
                            "rule_id": e.rule_id,
                            "kind": e.kind,
                            "start": e.start,
                            "end": e.end,
                            "text": explained_text(s, e),
                            "kept": e.reason is None,
                            "reason": e.reason,
                        }
                        for e in s.events
                    ],
                    "records": [r.model_dump(mode="json") for r in s.records],
                }
                for s in f.sentences
            ],
        }
        for f in fields
    ]
