"""Benchmarks: every quality or speed figure the project claims comes from here (`make bench`)."""

import subprocess
from pathlib import Path

REPO = Path(__file__).resolve().parents[1]


def _shared() -> Path:
    """../shared beside the repository; from a git worktree, beside the main checkout."""
    here = REPO.parent / "shared"
    if here.exists():
        return here
    try:
        common = subprocess.run(["git", "-C", str(REPO), "rev-parse", "--path-format=absolute", "--git-common-dir"],
                                capture_output=True, text=True, check=True).stdout.strip()  # fmt: skip
    except (OSError, subprocess.CalledProcessError):
        return here
    return Path(common).parent.parent / "shared"


SHARED = _shared()
