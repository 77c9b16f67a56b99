"""Measured figures behind every claim of quality or speed; `make bench` runs them all (benchmarks/run.py)."""
