"""Benchmarks: every quality or speed figure the project claims comes from here (`make bench`)."""

import os
from pathlib import Path

REPO = Path(__file__).resolve().parents[1]
# ../shared beside the clone; from a git worktree deeper down, the nearest ancestor's shared/; or CONSULT_NLP_SHARED
SHARED = Path(os.environ.get("CONSULT_NLP_SHARED") or next(
    (p / "shared" for p in REPO.parents if (p / "shared" / "data").is_dir()), REPO.parent / "shared"))  # fmt: skip
