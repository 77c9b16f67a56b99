"""`make bench`: run every benchmark module listed here, print each one's figures, and return them all."""

from __future__ import annotations

import importlib
import sys

MODULES = [
    "benchmarks.ingest_bench",
]


def main(argv: list[str] | None = None) -> dict:
    results = {}
    for name in MODULES:
        mod = importlib.import_module(name)
        results[name] = mod.main([])
    return results


if __name__ == "__main__":
    main(sys.argv[1:])
