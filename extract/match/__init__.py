"""Stage 3, match: the rule files (loaded and validated) and raw rule matches per sentence."""
