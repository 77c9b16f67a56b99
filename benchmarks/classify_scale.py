"""How `consult-nlp classify` scales: every distinct real text we have, classified in one run, time and memory.

The Kent codebook and coded sample are the model; the responses are Kent's 832 plus every NHS patient comment and
story in ../shared/data/nhs-feedback-en (read in place, never copied; its licence is non-commercial). That is about
20,000 distinct texts, all of them both uncoded training context (vocabulary, count-matching) and input. The run is
a fresh process with an empty embedding cache, then a second with the cache and the saved model. Figures per 1,000
responses and words let a team size a 50,000-response consultation. Most NHS comments are short, so the
extrapolation goes by words, at the Kent responses' mean length; it is linear because every stage is batched or
streamed and nothing grows with the square of the number of responses.
"""

import resource
import shutil
import subprocess
import sys
import tempfile
import time
from pathlib import Path

import pandas as pd

from . import REPO, SHARED

KENT = REPO / "corpora" / "kent-send-locality"
NHS = SHARED / "data" / "nhs-feedback-en"


def texts_from_shared() -> list[str]:
    """Every non-blank NHS comment and story, in file order."""
    fft = pd.read_csv(NHS / "fft_v6framework_230831.csv", dtype=str, keep_default_na=False)["FFT answer"]
    phase1 = pd.read_csv(NHS / "phase1_text_data_single_label.csv", dtype=str, keep_default_na=False)["feedback"]
    stories = pd.read_csv(NHS / "careopinion_co_multi_label.csv", dtype=str, keep_default_na=False)["feedback"]
    return [t for t in pd.concat([fft, phase1, stories]).tolist() if t.strip()]


def build(dst: Path) -> tuple[Path, Path, dict]:
    dst.mkdir(parents=True)
    for name in ("consultation.yaml", "codebook.yaml", "labels.csv"):
        shutil.copy(KENT / name, dst / name)
    kent = pd.read_csv(KENT / "responses.csv", dtype=str, keep_default_na=False)[["response_id", "text"]]
    seen = set(kent["text"])
    extra = [t for t in dict.fromkeys(texts_from_shared()) if t not in seen]
    nhs = pd.DataFrame({"response_id": [f"NHS-{i:05d}" for i in range(len(extra))], "text": extra})
    responses = pd.concat([kent, nhs], ignore_index=True)
    responses.to_csv(dst / "responses.csv", index=False)
    inp = dst.parent / "input.csv"
    responses.to_csv(inp, index=False)
    words = responses["text"].str.split().str.len()
    return dst, inp, {"responses": len(responses), "distinct_texts": int(responses["text"].nunique()),
                      "median_words": float(words.median()), "total_words": int(words.sum()),
                      "kent_mean_words": round(float(kent["text"].str.split().str.len().mean()), 1)}  # fmt: skip


def timed(cmd: list[str]) -> float:
    t0 = time.perf_counter()
    subprocess.run(cmd, check=True)
    return time.perf_counter() - t0


def main() -> dict:
    tmp = Path(tempfile.mkdtemp(prefix="bench-scale-"))
    try:
        folder, inp, figures = build(tmp / "scale")
        models = tmp / "models"
        cli = [sys.executable, "-m", "consult_nlp", "classify", "--consultation", str(folder), "--input", str(inp),
               "--models-dir", str(models), "--quiet"]  # fmt: skip
        cold = timed([*cli, "--out", str(tmp / "a.csv")])
        peak_mb = resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss / 1024
        warm = timed([*cli, "--out", str(tmp / "b.csv")])
        out = pd.read_csv(tmp / "a.csv", dtype=str, keep_default_na=False)
        n = figures["responses"]
        figures.update(
            {
                "cold_s": round(cold, 1),
                "cold_s_per_1000": round(1000 * cold / n, 1),
                "warm_s": round(warm, 1),
                "peak_rss_mb": round(peak_mb),
                "rows_written": len(out),
                "responses_with_a_category": int(out.loc[out["category_id"] != "", "response_id"].nunique()),
                "identical_output": (tmp / "a.csv").read_bytes() == (tmp / "b.csv").read_bytes(),
                "words_per_s_cold": round(figures["total_words"] / cold),
                "extrapolated_cold_min_for_50000_kent_length": round(
                    50_000 * figures["kent_mean_words"] * cold / figures["total_words"] / 60, 1
                ),
            }
        )
        return figures
    finally:
        shutil.rmtree(tmp, ignore_errors=True)


if __name__ == "__main__":
    import json

    print(json.dumps(main(), indent=2))
