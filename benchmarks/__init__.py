"""Benchmark scripts and the deterministic benchmark corpus (not installed)."""
