"""Beyond one machine (#14): `consult-nlp run` on 200,000 responses with the local engine and with `--engine dask`.

The consultation is built as in run_scale.py (Kent's 832 responses and codebook, then real NHS patient sentences
from ../shared recombined with a seed; read in place, never copied). Each engine runs cold, in a new process with
an empty models folder. `--engine dask` without `--scheduler` starts a LocalCluster on this machine: two worker
processes of one thread each, so on 2 cores it can only match the local engine, not beat it; the point is that
the same command runs on a cluster of many machines. The figures are wall seconds, seconds per 1,000 responses,
peak memory of the whole process tree (workers included), stage timings from manifest.json, and whether
assignments.csv and counts.csv are the same bytes from both engines.
"""

import json
import shutil
import tempfile
from pathlib import Path

from .run_scale import build, run_once, sentence_pool

N = 200_000


def main() -> dict:
    pool = sentence_pool()
    tmp = Path(tempfile.mkdtemp(prefix="bench-dask-scale-"))
    figures: dict = {"responses": N, "engines": {}}
    try:
        folder = tmp / "consultation"
        figures |= build(folder, N, pool)
        for engine in ("local", "dask"):
            out = tmp / f"out-{engine}"
            secs, peak = run_once(folder, out, tmp / f"models-{engine}", extra=("--engine", engine))
            manifest = json.loads((out / "manifest.json").read_text())
            figures["engines"][engine] = {
                "cold_wall_s": round(secs, 1),
                "s_per_1000_responses": round(1000 * secs / N, 2),
                "peak_memory_mb_process_tree": round(peak),
                "stage_seconds": manifest["timings_seconds"],
                "engine": manifest["engine"],
            }
            print(f"{engine}: {secs:.0f} s cold for {N} responses, {peak:.0f} MB", flush=True)
        figures["same_bytes"] = {
            name: (tmp / "out-local" / name).read_bytes() == (tmp / "out-dask" / name).read_bytes()
            for name in ("assignments.csv", "counts.csv")
        }
        local, dask = (figures["engines"][e]["cold_wall_s"] for e in ("local", "dask"))
        figures["dask_over_local"] = round(dask / local, 3)
        return figures
    finally:
        shutil.rmtree(tmp, ignore_errors=True)


if __name__ == "__main__":
    print(json.dumps(main(), indent=2))
