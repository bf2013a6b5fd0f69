"""Stage 5, run and write: the per-paper pipeline, batch runs, engines, shards and Parquet."""
