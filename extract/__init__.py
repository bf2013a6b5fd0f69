"""paper-claims: typed, normalised quantitative claims from ML-systems papers."""
