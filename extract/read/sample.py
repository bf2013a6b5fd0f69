"""The bundled sample corpus: five Hugging Face paper-listing dumps shipped in the package."""

from __future__ import annotations

from importlib import resources
from pathlib import Path


def sample_corpus() -> list[str]:
    """The paths of the sample's listing dumps, in name order."""
    folder = resources.files("extract.read").joinpath("sample")
    return sorted(str(p) for p in Path(str(folder)).glob("*.txt"))
