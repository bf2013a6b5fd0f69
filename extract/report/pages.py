"""A paper's page: its title and abstract with their claims marked, in displaCy's span view.

The report writes one from the claims a run stored (`render_stored_claims`); `claims show`
writes one from claims found anew (`extract.develop.show`). Both go through `render_docs`.
"""

from __future__ import annotations

import warnings
from functools import lru_cache

import spacy
from spacy import displacy
from spacy.tokens import Span

from extract.report.templating import render_template

# The `Doc.spans` key the claims are under, here and in the spaCy component.
SPANS_KEY = "claims"
# One colour per kind, so a page reads the same in every report.
KIND_COLOURS = {
    "speedup": "#9be7a0",
    "percent_change": "#ffd27f",
    "hardware": "#9cc9ff",
    "model_size": "#e2b6ff",
    "gpu_count": "#ff9f9f",
    "quantity": "#b6e3e9",
}


@lru_cache(maxsize=1)
def tokenizer_pipeline():
    """A blank English pipeline: tokens for displaCy, the spans come from the claims."""
    return spacy.blank("en")


def render_docs(docs: list, page_title: str) -> str:
    """One self-contained page of docs whose `SPANS_KEY` spans are the claims.

    Each doc's `user_data["title"]` labels it; the template escapes it and the page title.
    """
    options = {"spans_key": SPANS_KEY, "colors": KIND_COLOURS}
    parts = []
    with warnings.catch_warnings():
        # W117 warns about a doc with no spans: a title without claims is normal here.
        warnings.filterwarnings("ignore", message=r"\[W117\]")
        for doc in docs:
            label = doc.user_data.pop("title", "")
            markup = displacy.render(doc, style="span", options=options, page=False, jupyter=False)
            parts.append((label, markup))
    return render_template("paper.html.j2", page_title=page_title, docs=parts)


def render_stored_claims(paper, claims) -> str:
    """A paper's page with the claims a run stored (not extracted again)."""
    nlp = tokenizer_pipeline()
    docs = []
    for field_name, text in (("title", paper.title), ("abstract", paper.abstract)):
        doc = nlp.make_doc(text)
        spans = []
        for claim in claims[claims.field == field_name].itertuples():
            span = doc.char_span(int(claim.start), int(claim.end), alignment_mode="expand")
            if span is not None:
                spans.append(
                    Span(doc, span.start, span.end, label=claim.kind, span_id=claim.rule_id)
                )
        doc.spans[SPANS_KEY] = spans
        doc.user_data["title"] = f"{paper.paper_id} · {field_name}"
        docs.append(doc)
    return render_docs(docs, paper.title)
