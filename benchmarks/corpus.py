"""A deterministic benchmark corpus: the bundled abstracts resampled with numbers perturbed.

Each paper is a bundled paper chosen by a seeded generator, with every number in its title
and abstract changed (same number of digits, same decimal places), so no cache keyed on
text can make a run look faster than real text would.
"""

from __future__ import annotations

import json
import random
import re
from collections.abc import Iterator
from pathlib import Path

from extract.read.readers import read_inputs
from extract.read.sample import sample_corpus
from schemas import Paper

# Numbers glued to a letter on their left (H100, Llama-3, v4) are names: they stay.
_NUMBER = re.compile(r"(?<![A-Za-z\d.])\d+")


def bundled_papers() -> list[Paper]:
    """The distinct papers of the bundled sample, in reading order."""
    seen, papers = set(), []
    for record in read_inputs(sample_corpus()):
        if isinstance(record, Paper) and record.paper_id not in seen:
            seen.add(record.paper_id)
            papers.append(record)
    return papers


def _perturb(text: str, rng: random.Random) -> str:
    def replace(match: re.Match) -> str:
        digits = match.group()
        first = str(rng.randint(1, 9)) if len(digits) > 1 or digits != "0" else "0"
        return first + "".join(str(rng.randint(0, 9)) for _ in digits[1:])

    return _NUMBER.sub(replace, text)


def perturbed_records(count: int, seed: int = 0) -> Iterator[dict]:
    """`count` JSON records {id, title, abstract}, the same for the same seed."""
    rng = random.Random(seed)
    papers = bundled_papers()
    for number in range(count):
        paper = papers[rng.randrange(len(papers))]
        yield {
            "id": f"bench-{seed}-{number:07d}",
            "title": _perturb(paper.title, rng),
            "abstract": _perturb(paper.abstract, rng),
        }


def write_corpus(path: Path, count: int, seed: int = 0) -> Path:
    """Write the corpus as JSONL and return its path."""
    with path.open("w", encoding="utf-8") as handle:
        for record in perturbed_records(count, seed):
            handle.write(json.dumps(record, ensure_ascii=False) + "\n")
    return path
