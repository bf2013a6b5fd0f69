"""The `paper_claims` spaCy component and the `Doc` extensions it fills.

Installing the package registers the factory through the `spacy_factories` entry point, so
`spacy.blank("en").add_pipe("paper_claims")` works without importing this module. The
component runs the same builder as `claims extract` over `doc.text` and writes:

- `doc.spans["claims"]`: one span per claim, `label_` = kind, `id_` = rule id;
- `doc._.claims`: the typed records (offsets are character offsets into `doc.text`).
"""

from __future__ import annotations

from spacy.language import Language
from spacy.tokens import Doc, Span

from extract.report.pages import SPANS_KEY
from extract.run.pipeline import default_builder


def register_extensions() -> None:
    """Register `Doc._.claims` once per process (the one place extensions are defined)."""
    if not Doc.has_extension("claims"):
        Doc.set_extension("claims", default=None)


class PaperClaims:
    """Find claims in a Doc's text and attach them as spans and typed records."""

    def __init__(self, nlp: Language, name: str, spans_key: str, paper_id: str):
        register_extensions()
        self.name = name
        self.spans_key = spans_key
        self.paper_id = paper_id
        self.builder = default_builder()

    def __call__(self, doc: Doc) -> Doc:
        """Annotate one Doc."""
        records = self.builder.build(self.paper_id, "text", doc.text)
        spans = []
        for record in records:
            span = doc.char_span(record.start, record.end, alignment_mode="expand")
            if span is not None:
                spans.append(
                    Span(doc, span.start, span.end, label=record.kind, span_id=record.rule_id)
                )
        doc.spans[self.spans_key] = spans
        doc._.claims = records
        return doc


@Language.factory(
    "paper_claims",
    default_config={"spans_key": SPANS_KEY, "paper_id": "text"},
)
def make_paper_claims(nlp: Language, name: str, spans_key: str, paper_id: str) -> PaperClaims:
    """Build the component; `paper_id` is written into every record it makes."""
    return PaperClaims(nlp, name, spans_key, paper_id)
