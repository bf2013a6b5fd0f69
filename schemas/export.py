"""Export the JSON Schemas of the record models into `schemas/*.json`.

Run `python -m schemas.export` after changing a model; a test fails while the files and the
models disagree.
"""

from __future__ import annotations

import json
from pathlib import Path

from schemas.records import CLAIM_MODELS, Paper, ReadError

SCHEMA_DIR = Path(__file__).parent


def schema_documents() -> dict[str, str]:
    """Return file name -> JSON text for every exported schema."""
    models = {f"{kind}.json": model for kind, model in CLAIM_MODELS.items()}
    models["paper.json"] = Paper
    models["read_error.json"] = ReadError
    return {
        name: json.dumps(model.model_json_schema(), indent=2, sort_keys=True) + "\n"
        for name, model in models.items()
    }


def main() -> None:
    """Write every schema file next to this module."""
    for name, text in schema_documents().items():
        (SCHEMA_DIR / name).write_text(text, encoding="utf-8")
        print(f"wrote schemas/{name}")


if __name__ == "__main__":
    main()
