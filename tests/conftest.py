import json
import os
from pathlib import Path

import pytest

from extract.match.files import CACHE_ENV
from extract.read.readers import paper_id_from_title
from extract.run.pipeline import extract_paper
from schemas import Paper

DATA = Path(__file__).parent / "data"


@pytest.fixture(scope="session", autouse=True)
def parse_cache(tmp_path_factory):
    """Rule files' parses are cached in a folder of this session, not the user's cache."""
    before = os.environ.get(CACHE_ENV)
    os.environ[CACHE_ENV] = str(tmp_path_factory.mktemp("parse-cache"))
    yield
    if before is None:
        del os.environ[CACHE_ENV]
    else:
        os.environ[CACHE_ENV] = before


def paper(abstract: str, title: str = "A paper") -> Paper:
    return Paper(
        paper_id=paper_id_from_title(title), title=title, abstract=abstract, source="test", record=1
    )


def claims_of(abstract: str, kind: str | None = None):
    found = extract_paper(paper(abstract))
    return [c for c in found if kind is None or c.kind == kind]


@pytest.fixture(scope="session")
def dev_gold():
    return [json.loads(line) for line in (DATA / "dev-gold.jsonl").open()]


def untriggered_builder():
    """A builder that runs every rule and hardware shape on every sentence, ungated."""
    import dataclasses

    from extract.claims.builder import ClaimBuilder
    from extract.hardware.catalogue_file import read_gazetteer_file
    from extract.hardware.gazetteer import Gazetteer
    from extract.match.rules import default_ruleset, rules_dir

    data = read_gazetteer_file(rules_dir() / "hardware.yaml")
    shapes = [shape.model_copy(update={"triggers": None}) for shape in data.unknown_shapes]
    gazetteer = Gazetteer(data.model_copy(update={"unknown_shapes": shapes}))
    return ClaimBuilder(dataclasses.replace(default_ruleset(), gated=False), gazetteer)
