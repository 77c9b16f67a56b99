"""Benchmarks: every quality or speed figure the project claims comes from here (`make bench`)."""

from pathlib import Path

REPO = Path(__file__).resolve().parents[1]
SHARED = REPO.parent / "shared"
