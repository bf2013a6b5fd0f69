import json
from pathlib import Path

import pytest
from pydantic import ValidationError

from schemas import SpeedupClaim
from schemas.export import SCHEMA_DIR, schema_documents


def test_exported_json_schemas_match_the_models():
    documents = schema_documents()
    for name, text in documents.items():
        path = Path(SCHEMA_DIR) / name
        assert path.is_file(), f"{name} missing: run python -m schemas.export"
        assert json.loads(path.read_text()) == json.loads(text), (
            f"schemas/{name} is stale: run python -m schemas.export"
        )


def base(**changes):
    values = dict(
        paper_id="p",
        field="title",
        text="3.7x",
        start=0,
        end=4,
        sentence="3.7x",
        rule_id="speedup.factor",
        low=3.7,
        high=3.7,
    )
    values.update(changes)
    return values


@pytest.mark.parametrize(
    "changes",
    [
        {"low": 5, "high": 2},
        {"high": float("inf")},
        {"end": 9},
        {"qualifier": "roughly"},
        {"unexpected": 1},
    ],
)
def test_invalid_claims_are_rejected(changes):
    with pytest.raises(ValidationError):
        SpeedupClaim(**base(**changes))
