"""How `consult-nlp run` grows with the consultation: 1,000, 10,599 and 50,000 responses, cold, end to end (#14).

Each consultation is Kent's 832 responses (for the codebook and its coded sample) and the rest built from real NHS
patient sentences in ../shared/data/nhs-feedback-en (read in place, never copied; its licence is non-commercial),
recombined with a seed: one to six sentences each. Each size runs in a new process with an empty models folder, so
every distinct sentence is embedded in the run. The figures are wall seconds per stage (manifest.json), seconds per
1,000 responses and per 1,000 distinct sentences, and the peak memory of the whole process tree. The sentences are
drawn from a finite pool, so a larger consultation repeats more of them: seconds per distinct sentence is the
fairer slope for the encoder, seconds per response for everything else.

From 5,000 responses `run` uses the cascade (classify.CASCADE_FROM): the static encoder codes every response and
the transformer recodes the 10% nearest a threshold. Issue #14 asks that the 10,599-response run take at most 0.35
times as long as plain sentence-transformers encoding of the same texts with the same packaged model (float32,
its default batch of 32, whole responses), which is timed here too, in this process.

`consult-nlp discover` is then timed cold on the 50,000: BERTopic is fitted on a seeded sample of 20,000 distinct
sentences, the only ones the transformer embeds, and the rest are assigned with the static encoder (#14).
"""

import json
import re
import shutil
import subprocess
import sys
import tempfile
import time
from pathlib import Path

import numpy as np
import pandas as pd

from . import REPO
from .classify_scale import texts_from_shared

KENT = REPO / "corpora" / "kent-send-locality"
SIZES = (1_000, 10_599, 50_000)  # 10,599: the size issue #14 compares with plain encoding
SEED = 0
_SENTENCE = re.compile(r"(?<=[.!?])\s+")


def sentence_pool() -> list[str]:
    """Distinct NHS sentences of three words or more, in file order."""
    pool = (s.strip() for t in texts_from_shared() for s in _SENTENCE.split(t))
    return list(dict.fromkeys(s for s in pool if len(s.split()) >= 3))


def build(dst: Path, n: int, pool: list[str]) -> dict:
    """A consultation folder of n responses: Kent's, then NHS sentences recombined with SEED."""
    dst.mkdir(parents=True)
    for name in ("consultation.yaml", "codebook.yaml", "labels.csv"):
        shutil.copy(KENT / name, dst / name)
    kent = pd.read_csv(KENT / "responses.csv", dtype=str, keep_default_na=False)
    rng = np.random.default_rng(SEED)
    extra = n - len(kent)
    lengths = rng.integers(1, 7, size=extra)
    picks = rng.integers(0, len(pool), size=int(lengths.sum()))
    ends = np.cumsum(lengths)
    texts = [" ".join(pool[j] for j in picks[e - k : e]) for k, e in zip(lengths, ends, strict=True)]
    synth = pd.DataFrame({c: "" for c in kent.columns}, index=range(extra))
    synth["response_id"] = [f"S-{i:06d}" for i in range(extra)]
    synth["text"] = texts
    pd.concat([kent, synth], ignore_index=True).to_csv(dst / "responses.csv", index=False)
    return {"responses": n, "distinct_pool_sentences_used": len(set(picks.tolist())) + len(kent)}


def tree_pss_mb(pid: int) -> float:
    """Memory of a process and all its descendants (joblib's workers, Dask's), in MB: the sum of their proportional
    set sizes, so pages they share (libraries, a fork's untouched parent) count once, not once per process."""
    import psutil

    total = 0
    try:
        procs = [psutil.Process(pid), *psutil.Process(pid).children(recursive=True)]
    except psutil.NoSuchProcess:
        return 0.0
    for proc in procs:
        try:
            for line in Path(f"/proc/{proc.pid}/smaps_rollup").read_text().splitlines():
                if line.startswith("Pss:"):
                    total += int(line.split()[1])
        except (OSError, ValueError):
            pass  # a worker that ended between the listing and the read
    return total / 1024


def run_once(folder: Path, out: Path, models: Path, verb: str = "run",
             extra: tuple[str, ...] = ()) -> tuple[float, float]:  # fmt: skip
    """Wall seconds and peak memory (MB) of `consult-nlp run` (or `discover`) in a fresh process; `extra`: more
    arguments (`--engine dask`). The peak is of the whole process tree (`tree_pss_mb`, sampled every 0.2 s): the
    largest single process's RSS, which earlier stops reported, leaves out the workers that fit the classifier's
    views and hid half the run's memory."""
    where = [str(folder)] if verb == "run" else ["--consultation", str(folder)]
    cmd = [sys.executable, "-m", "consult_nlp", verb, *where, "--out", str(out), "--models-dir", str(models),
           "--quiet", *extra]  # fmt: skip
    with tempfile.TemporaryFile("w+") as log:  # a file, not a pipe: a full pipe would stall the run unread
        t0 = time.perf_counter()
        proc = subprocess.Popen(cmd, stdout=subprocess.DEVNULL, stderr=log, text=True)
        peak = 0.0
        while proc.poll() is None:
            peak = max(peak, tree_pss_mb(proc.pid))
            time.sleep(0.2)
        secs = time.perf_counter() - t0
        if proc.returncode:
            log.seek(0)
            raise RuntimeError(f"{' '.join(cmd)} failed ({proc.returncode}):\n{log.read()[-3000:]}")
    return secs, peak


def plain_encoding_s(texts: list[str]) -> float:
    """Seconds for sentence-transformers to encode `texts` as it comes: the packaged model, float32, batch 32."""
    from sentence_transformers import SentenceTransformer

    from consult_nlp.embed import model_path

    model = SentenceTransformer(str(model_path()), device="cpu")
    t0 = time.perf_counter()
    model.encode(texts, batch_size=32)
    return time.perf_counter() - t0


def discover_figures(folder: Path, tmp: Path) -> dict:
    """`consult-nlp discover` on the largest consultation, cold (a new models folder: the static table is distilled
    and every sentence of the fitted sample embedded in the run); issue #14 asks for at most 10 minutes."""
    secs, peak = run_once(folder, tmp / "discover", tmp / "discover-models", verb="discover")
    stats = json.loads((tmp / "discover" / "discover_report.json").read_text())["stats"]
    keep = ("n_responses", "n_sentences", "n_distinct_sentences", "n_fitted_sentences", "rest_assigned_by",
            "static_agreement_on_sample", "n_themes", "n_known_themes", "outlier_share", "embeddings")  # fmt: skip
    print(f"discover on {stats['n_responses']} responses: {secs:.0f} s cold, {peak:.0f} MB", flush=True)
    return (
        {"cold_wall_s": round(secs, 1), "peak_memory_mb_process_tree": round(peak)}
        | {k: stats[k] for k in keep}
        | {"stage_seconds": stats["timings_seconds"]}
    )


def main() -> dict:
    pool = sentence_pool()
    figures: dict = {"sentence_pool": len(pool), "seed": SEED, "sizes": {}}
    tmp = Path(tempfile.mkdtemp(prefix="bench-run-scale-"))
    try:
        for n in SIZES:
            folder = tmp / f"c{n}"
            built = build(folder, n, pool)
            secs, peak = run_once(folder, tmp / f"out{n}", tmp / f"models{n}")
            manifest = json.loads((tmp / f"out{n}" / "manifest.json").read_text())
            computed = manifest.get("embeddings", {}).get("computed")
            figures["sizes"][n] = {
                **built,
                "cold_wall_s": round(secs, 1),
                "s_per_1000_responses": round(1000 * secs / n, 2),
                "sentences_embedded": computed,
                "s_per_1000_sentences_embedded": round(1000 * secs / computed, 2) if computed else None,
                "peak_memory_mb_process_tree": round(peak),
                "stage_seconds": manifest["timings_seconds"],
                "cascade": {k: v for k, v in manifest["models"]["cascade"].items() if k != "static_classifier"},
            }
            if n == 10_599:
                texts = list(pd.read_csv(folder / "responses.csv", dtype=str, keep_default_na=False)["text"])
                plain = plain_encoding_s(texts)
                figures["sizes"][n]["plain_sentence_transformers_s"] = round(plain, 1)
                figures["sizes"][n]["run_over_plain_encoding"] = round(secs / plain, 3)
                print(f"plain encoding of the same {n} texts: {plain:.0f} s", flush=True)
            print(f"{n} responses: {secs:.0f} s cold, {peak:.0f} MB, {computed} sentences embedded", flush=True)
            if n == max(SIZES):
                figures["discover"] = discover_figures(folder, tmp)
        return figures
    finally:
        shutil.rmtree(tmp, ignore_errors=True)


if __name__ == "__main__":
    print(json.dumps(main(), indent=2))
