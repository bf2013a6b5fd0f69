"""Stage 1, read: input files (listing dumps, JSONL, CSV, Parquet) into `Paper` records."""
