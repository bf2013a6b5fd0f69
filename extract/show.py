"""Render a text's or a paper's claims with displaCy's span view, as one HTML page."""

from __future__ import annotations

import html
import warnings
from functools import lru_cache

from spacy import displacy
from spacy.tokens import Span

from extract.spacy_component import SPANS_KEY
from schemas import Paper

# One colour per kind, so a page reads the same in every report.
KIND_COLOURS = {
    "speedup": "#9be7a0",
    "percent_change": "#ffd27f",
    "hardware": "#9cc9ff",
    "model_size": "#e2b6ff",
    "gpu_count": "#ff9f9f",
}


@lru_cache(maxsize=1)
def claims_pipeline():
    """A blank English pipeline with the `paper_claims` component."""
    import spacy

    nlp = spacy.blank("en")
    nlp.add_pipe("paper_claims")
    return nlp


def render_claims_html(texts: list[tuple[str, str]], page_title: str) -> str:
    """One self-contained HTML page showing each (label, text) with its claim spans."""
    nlp = claims_pipeline()
    docs = []
    for label, text in texts:
        doc = nlp(text)
        doc.user_data["title"] = _escape(label)  # displaCy escapes tokens, not titles
        docs.append(doc)
    return _render(docs, page_title)


def _render(docs, page_title: str) -> str:
    options = {"spans_key": SPANS_KEY, "colors": KIND_COLOURS}
    with warnings.catch_warnings():
        # W117 warns about a doc with no spans: a title without claims is normal here.
        warnings.filterwarnings("ignore", message=r"\[W117\]")
        page = displacy.render(docs, style="span", options=options, page=True, jupyter=False)
    return page.replace("<title>displaCy</title>", f"<title>{_escape(page_title)}</title>", 1)


def paper_texts(paper: Paper) -> list[tuple[str, str]]:
    """The title and the abstract of a paper, labelled."""
    return [(f"{paper.paper_id} · title", paper.title), ("abstract", paper.abstract)]


def _escape(text: str) -> str:
    return html.escape(text, quote=True)


def render_stored_claims(paper, claims) -> str:
    """A displaCy page of a paper with the claims a run stored (not extracted again)."""
    nlp = claims_pipeline()
    docs = []
    for field_name, text in (("title", paper.title), ("abstract", paper.abstract)):
        doc = nlp.make_doc(text)  # tokens only: the spans are the run's claims
        spans = []
        for claim in claims[claims.field == field_name].itertuples():
            span = doc.char_span(int(claim.start), int(claim.end), alignment_mode="expand")
            if span is not None:
                spans.append(
                    Span(doc, span.start, span.end, label=claim.kind, span_id=claim.rule_id)
                )
        doc.spans[SPANS_KEY] = spans
        doc.user_data["title"] = _escape(f"{paper.paper_id} · {field_name}")
        docs.append(doc)
    return _render(docs, paper.title)
