"""`claims show`: a text's or a paper's claims, found anew, on one displaCy page."""

from __future__ import annotations

from functools import lru_cache

from extract.report.pages import render_docs
from schemas import Paper


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
        doc.user_data["title"] = label
        docs.append(doc)
    return render_docs(docs, page_title)


def paper_texts(paper: Paper) -> list[tuple[str, str]]:
    """The title and the abstract of a paper, labelled."""
    return [(f"{paper.paper_id} · title", paper.title), ("abstract", paper.abstract)]
