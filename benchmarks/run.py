"""Run every benchmark (or those named on the command line) and write their figures to reports/benchmarks/."""

import importlib
import json
import os
import sys
import time

from consult_nlp.artefacts import atomic_write_json

from . import REPO

BENCHMARKS = [
    "classify_kent",
    "classify_fft",
    "classify_nhs",
    "classify_scale",
    "run_scale",
    "dask_scale",
    "encoder_choice",
    "integer_encoder",
    "ingest_bench",
    "learned_redaction",
    "learned_tagger",
    "active_sampling",
    "discover_bench",
    "determinism_bench",
    "count_choice",
]


def main(names: list[str]) -> int:
    out = REPO / "reports" / "benchmarks"
    failed = []
    for name in names or BENCHMARKS:
        print(f"=== {name}", flush=True)
        t0 = time.perf_counter()
        load_before = os.getloadavg()[0]
        try:
            figures = importlib.import_module(f"benchmarks.{name}").main()
        except Exception as e:  # a failing benchmark is reported, and the others still run
            print(f"FAILED: {type(e).__name__}: {e}", flush=True)
            failed.append(name)
            continue
        figures["benchmark_seconds"] = round(time.perf_counter() - t0, 1)
        # timings mean little on a busy machine: record how busy it was (2 cores here)
        figures["load_average_1min"] = [round(load_before, 2), round(os.getloadavg()[0], 2)]
        atomic_write_json(out / f"{name}.json", figures)
        print(json.dumps(figures, indent=2, default=str), flush=True)
    return 1 if failed else 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
