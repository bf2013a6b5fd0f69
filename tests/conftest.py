import atexit
import json
import os
import shutil
import tempfile
from pathlib import Path

import pytest

from extract.cache_folder import CACHE_ENV  # compiles no pattern: the folder is set first

# This session's caches (parsed rule files, compiled patterns) live in a folder of its own,
# not the user's, named before any module compiles a pattern. It goes at exit, after the
# pattern cache is written there (exit functions run last-registered first).
SESSION_CACHE = tempfile.mkdtemp(prefix="paper-claims-tests-")
atexit.register(shutil.rmtree, SESSION_CACHE, ignore_errors=True)
os.environ[CACHE_ENV] = SESSION_CACHE

from extract.read.readers import paper_id_from_title  # noqa: E402
from extract.run.pipeline import extract_paper  # noqa: E402
from schemas import Paper  # noqa: E402

DATA = Path(__file__).parent / "data"


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
