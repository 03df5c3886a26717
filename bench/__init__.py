"""Benchmarks: `python -m bench` prints each figure beside its target (never a test)."""
