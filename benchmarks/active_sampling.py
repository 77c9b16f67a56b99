"""Does coding what `consult-nlp sample` picks improve the model more than coding a random pick?

On the Kent consultation: start from its labels.csv; split the other responses (seeded) into a pool to sample
from and a test set; take n pool responses by each strategy, code them with their labels_true codes (standing in
for the analyst), retrain, and score micro/macro F1 on the test set. Strategies: nothing added; `sample` as
shipped (uncertainty, then k-means diversity); uncertainty alone; random picks.

    python -m benchmarks.active_sampling [--corpus corpora/kent-send-locality] [--n 50] [--splits 2]
"""

from __future__ import annotations

import argparse
import json
import shutil
import tempfile
import time
from pathlib import Path

import numpy as np
import pandas as pd

from consult_nlp.codebook import label_sets, load_consultation
from consult_nlp.labels import Proposal, apply_codes
from consult_nlp.pipeline import classify_file, evaluate_files
from consult_nlp.sampling import sample_for_coding
from consult_nlp.tables import read_csv

REPO = Path(__file__).resolve().parents[1]


def _folder(src: Path, dst: Path, responses: pd.DataFrame) -> Path:
    dst.mkdir(parents=True)
    for name in ("consultation.yaml", "codebook.yaml", "labels.csv"):
        shutil.copy(src / name, dst / name)
    responses.to_csv(dst / "responses.csv", index=False)
    return dst


def _score(base: Path, work: Path, picked: list[str], truth: dict, test_csv: Path, gold: Path, models: Path, seed):
    folder = work / f"labels-{len(list(work.iterdir()))}"
    shutil.copytree(base, folder)
    apply_codes(folder, [Proposal(r, tuple(sorted(truth[r])), "labels_true") for r in picked])
    pred = folder / "pred.csv"
    classify_file(folder, test_csv, pred, models_dir=models, seed=seed)
    ev = evaluate_files(pred, gold, consultation_dir=folder)
    return ev.micro_f1, ev.macro_f1


def main(argv: list[str] | None = None) -> dict:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--corpus", type=Path, default=REPO / "corpora" / "kent-send-locality")
    ap.add_argument("--n", type=int, default=50)
    ap.add_argument("--splits", type=int, default=2)
    ap.add_argument("--random-repeats", type=int, default=3)
    ap.add_argument("--models-dir", type=Path, default=None, help="embedding cache to reuse (default: a temp dir)")
    args = ap.parse_args(argv)

    cons = load_consultation(args.corpus)
    truth = label_sets(read_csv(args.corpus / "labels_true.csv", ["response_id", "category_id"]))
    coded = set(cons.labels["response_id"])
    uncoded = sorted(r for r in cons.responses["response_id"] if r not in coded and r in truth)
    results: dict[str, list] = {}
    t0 = time.perf_counter()
    with tempfile.TemporaryDirectory() as tmp:
        tmp = Path(tmp)
        models = args.models_dir or tmp / "models"
        for split in range(args.splits):
            rng = np.random.default_rng(split)
            order = rng.permutation(uncoded)
            pool, test = set(order[: len(order) // 2]), sorted(order[len(order) // 2 :])
            work = tmp / f"split{split}"
            work.mkdir()
            base = _folder(args.corpus, work / "base", cons.responses[cons.responses["response_id"].isin(coded | pool)])
            test_csv, gold = work / "test.csv", work / "gold.csv"
            cons.responses[cons.responses["response_id"].isin(test)][["response_id", "text"]].to_csv(
                test_csv, index=False
            )
            rows = [(r, c) for r in test for c in (sorted(truth[r]) or [""])]
            pd.DataFrame(rows, columns=["response_id", "category_id"]).to_csv(gold, index=False)

            picks: list[tuple[str, list[str]]] = [("labels.csv only", [])]
            for name, factor in (("sample (uncertainty+diversity)", 4), ("uncertainty only", 1)):
                s = sample_for_coding(
                    base, args.n, work / f"sample-{factor}.csv", models_dir=models, seed=split, pool_factor=factor
                )
                picks.append((name, list(s.frame["response_id"])))
            for k in range(args.random_repeats):
                rand = np.random.default_rng(1000 * split + k).choice(sorted(pool), args.n, replace=False)
                picks.append(("random", list(rand)))
            for name, picked in picks:
                micro, macro = _score(base, work, picked, truth, test_csv, gold, models, split)
                results.setdefault(name, []).append((micro, macro))
                print(f"split {split}  {name:<30} micro-F1 {micro:.3f}  macro-F1 {macro:.3f}", flush=True)
    summary = {
        name: {"micro_f1": round(float(np.mean([m for m, _ in v])), 4),
               "macro_f1": round(float(np.mean([m for _, m in v])), 4), "runs": len(v)}
        for name, v in results.items()
    }  # fmt: skip
    summary["_setup"] = {"corpus": str(args.corpus), "n": args.n, "splits": args.splits,
                         "seconds": round(time.perf_counter() - t0, 1)}  # fmt: skip
    print(json.dumps(summary, indent=2))
    return summary


if __name__ == "__main__":
    main()
