"""Parse Hugging Face paper-listing dumps: a title line, its abstract, then optional metadata.

A listing page starts with a header (`new`, `Subscribe`, the listing date ...). Each paper is
a title line followed by an abstract line; some dumps follow it with an author count
(`  • 7 authors`) or the submitting organisation, a `·` line and a date line (`Oct 30, 2023`,
optionally followed by an up-vote count).
"""

from __future__ import annotations

from collections.abc import Iterable, Iterator
from dataclasses import dataclass

import regex as re

HEADER_LINES = frozenset(
    {
        "new",
        "Get trending papers in your email inbox!",
        "Subscribe",
        "Daily Papers",
        "byAK and the research community",
    }
)
# Lines are unbounded input, so these run with the regex module's timeout too.
LINE_TIMEOUT = 1.0
AUTHORS_LINE = re.compile(r"^\s*•\s*(\d+)\s+authors?\s*$")
DATE_LINE = re.compile(
    r"^(?P<date>(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec)[a-z]*\.?\s+\d{1,2}"
    r"(?:,\s*\d{4})?)(?:\s+\d+)?\s*$"
)
SEPARATOR_LINE = "·"


@dataclass
class ListingEntry:
    """One paper as listed: title, abstract (None if missing) and metadata."""

    title: str
    line: int
    abstract: str | None = None
    authors: int | None = None
    date: str | None = None
    organization: str | None = None


def _is_metadata(text: str, following: str | None) -> bool:
    return bool(
        AUTHORS_LINE.match(text, timeout=LINE_TIMEOUT)
        or text == SEPARATOR_LINE
        or DATE_LINE.match(text, timeout=LINE_TIMEOUT)
        or following == SEPARATOR_LINE
    )


def parse_listing(lines: Iterable[tuple[int, str]]) -> Iterator[ListingEntry]:
    """Yield the entries of a listing given (line number, text) pairs."""
    content = [(n, t.strip()) for n, t in lines if t.strip()]
    i = 0
    while i < len(content) and (
        content[i][1] in HEADER_LINES or DATE_LINE.match(content[i][1], timeout=LINE_TIMEOUT)
    ):
        i += 1
    while i < len(content):
        number, title = content[i]
        entry = ListingEntry(title=title, line=number)
        i += 1
        following = content[i + 1][1] if i + 1 < len(content) else None
        if i < len(content) and not _is_metadata(content[i][1], following):
            entry.abstract = content[i][1]
            i += 1
        while i < len(content):
            text = content[i][1]
            following = content[i + 1][1] if i + 1 < len(content) else None
            if not _is_metadata(text, following):
                break
            if match := AUTHORS_LINE.match(text, timeout=LINE_TIMEOUT):
                entry.authors = int(match.group(1))
            elif match := DATE_LINE.match(text, timeout=LINE_TIMEOUT):
                entry.date = match.group("date")
            elif text != SEPARATOR_LINE:
                entry.organization = text
            i += 1
        yield entry
