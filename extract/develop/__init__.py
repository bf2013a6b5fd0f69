"""Rule development: explain, diff, rule inventory, the spaCy component and evaluation."""
