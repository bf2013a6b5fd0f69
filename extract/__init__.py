"""paper-claims: typed, normalised quantitative claims from ML-systems papers."""

from extract.compiled import check_compiled_sources

check_compiled_sources()
