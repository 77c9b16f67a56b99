"""Kent: train on the coded sample (labels.csv), classify the other responses, score against labels_true.

Also: count error and interval coverage for every category over all 832 responses, calibration of the scores,
single-view ablations, and the wall time of `consult-nlp classify` on 832 responses on this machine.
"""

import shutil
import subprocess
import sys
import tempfile
import time
from pathlib import Path

import numpy as np
import pandas as pd

from consult_nlp.classify import CodebookClassifier, assignments_from, encode_texts
from consult_nlp.codebook import label_sets, load_labels
from consult_nlp.count import count_mentions
from consult_nlp.evaluate import evaluate
from consult_nlp.workspace import Workspace

from . import REPO

KENT = REPO / "corpora" / "kent-send-locality"


def calibration(proba: np.ndarray, y: np.ndarray, bins: int = 10) -> dict:
    """Brier score and expected calibration error of the per-category probabilities."""
    p, t = proba.ravel(), y.ravel()
    edges = np.linspace(0, 1, bins + 1)
    ece = 0.0
    for a, b in zip(edges[:-1], edges[1:], strict=True):
        m = (p >= a) & (p < b if b < 1 else p <= b)
        if m.any():
            ece += m.mean() * abs(p[m].mean() - t[m].mean())
    return {"brier": round(float(np.mean((p - t) ** 2)), 4), "ece": round(float(ece), 4)}


def count_figures(clf, proba, cons, truth, test, enc_te) -> dict:
    """Counts over all 832: human codes for the sample, model codes for the rest, against the true counts."""
    model_rows = assignments_from(clf, test, enc_te, proba, evidence=False)  # counts need no quotes
    human = cons.labels[cons.labels["category_id"] != ""].assign(coded_by="human")
    assignments = pd.concat([model_rows, human], ignore_index=True)
    errors = {c: tuple(int(x) for x in clf.cv_counts_[k]) for k, c in enumerate(clf.classes_)}
    counts = count_mentions(assignments, cons.codebook, error_counts=errors, model_coded=len(test), seed=0).set_index(
        "category_id"
    )
    true_n = truth[truth["category_id"] != ""].groupby("category_id").size()
    per, inside = {}, 0
    for c in cons.codebook.categories:
        t, row = int(true_n.get(c.id, 0)), counts.loc[c.id]
        ok = bool(row["low"] <= t <= row["high"])
        inside += ok
        est = int(row["estimated_mentions"])
        per[c.id] = {"section": c.section, "true": t, "counted": int(row["mentions"]),
                     "error_pct": round(100 * (row["mentions"] - t) / t, 1) if t else None,
                     "estimated": est, "estimate_error_pct": round(100 * (est - t) / t, 1) if t else None,
                     "interval": [int(row["low"]), int(row["high"])], "true_inside": ok}  # fmt: skip
    main = [v for v in per.values() if v["section"] == "main"]
    return {
        "counts": per,
        "max_abs_count_error_pct_main": max(abs(v["error_pct"]) for v in main),
        "max_abs_estimate_error_pct_main": max(abs(v["estimate_error_pct"]) for v in main),
        "interval_coverage": f"{inside}/{len(per)}",
    }


def time_cli(tmp: Path) -> dict:
    """Wall time of the classify command on all 832 texts under fresh ids: cold, then with the model saved."""
    resp = pd.read_csv(KENT / "responses.csv", dtype=str, keep_default_na=False)
    inp = tmp / "all.csv"
    resp.assign(response_id="X-" + resp["response_id"])[["response_id", "text"]].to_csv(inp, index=False)
    cli = [sys.executable, "-m", "consult_nlp", "classify", "--consultation", str(KENT), "--input", str(inp),
           "--quiet"]  # fmt: skip
    models = tmp / "models"
    t0 = time.perf_counter()
    subprocess.run([*cli, "--out", str(tmp / "p1.csv"), "--models-dir", str(models)], check=True)
    cold = time.perf_counter() - t0
    # keep the trained classifier, drop the embedding cache: model loading + encoding + prediction
    (models / "embeddings.sqlite").unlink()
    t0 = time.perf_counter()
    subprocess.run([*cli, "--out", str(tmp / "p2.csv"), "--models-dir", str(models)], check=True)
    trained = time.perf_counter() - t0
    same = (tmp / "p1.csv").read_bytes() == (tmp / "p2.csv").read_bytes()
    return {
        "responses": len(resp),
        "cold_train_and_classify_s": round(cold, 1),
        "classify_with_saved_model_s": round(trained, 1),
        "identical_output": same,
    }


def main() -> dict:
    tmp = Path(tempfile.mkdtemp(prefix="bench-kent-"))
    ws = Workspace(KENT, models_dir=tmp / "models")
    try:
        cons = ws.consultation
        truth = load_labels(KENT / "labels_true.csv", cons.codebook)
        gold = label_sets(truth)
        coded = label_sets(cons.labels)
        # the model reads redacted text, as in a run
        texts = dict(zip(ws.responses["response_id"], ws.responses["redacted_text"], strict=True))
        train = sorted(coded)
        test = sorted(set(texts) - set(train))
        emb, nlp = ws.embedder, ws.nlp
        figures: dict = {"train_responses": len(train), "test_responses": len(test)}
        t0 = time.perf_counter()
        enc_tr = encode_texts([texts[r] for r in train], emb, nlp)
        enc_te = encode_texts([texts[r] for r in test], emb, nlp)
        figures["encode_s"] = round(time.perf_counter() - t0, 1)
        gold_test = truth[truth["response_id"].isin(test)]
        views = {"ensemble": CodebookClassifier().views, "without_chars": ("response", "words", "sentence"),
                 "words_only": ("words",), "chars_only": ("chars",), "response_only": ("response",),
                 "sentence_only": ("sentence",)}  # fmt: skip
        fitted = {}
        for name, v in views.items():
            t0, c0 = time.perf_counter(), time.process_time()
            clf = CodebookClassifier(views=v, random_state=0)
            clf.fit(enc_tr, [coded[r] for r in train], codebook=cons.codebook, embedder=emb, unlabelled=enc_te)
            fit_s, fit_cpu = time.perf_counter() - t0, time.process_time() - c0
            proba = clf.predict_proba(enc_te)
            pred = (proba >= clf.thresholds_).astype(int)
            rows = [(test[i], clf.classes_[k]) for i, k in zip(*np.nonzero(pred), strict=True)]
            ev = evaluate(pd.DataFrame(rows, columns=["response_id", "category_id"]), gold_test, cons.codebook.ids)
            figures[name] = {"micro_f1": ev.micro_f1, "macro_f1": ev.macro_f1, "fit_s": round(fit_s, 1),
                             "fit_cpu_s": round(fit_cpu, 1)}  # fmt: skip
            fitted[name] = (clf, proba, ev)
        best, best_proba, best_ev = fitted["ensemble"]
        k_of = {c: k for k, c in enumerate(best.classes_)}
        y_test = np.zeros(best_proba.shape, dtype=int)
        for i, r in enumerate(test):
            y_test[i, [k_of[c] for c in gold[r]]] = 1
        figures["ensemble"].update(calibration(best_proba, y_test))
        table = best_ev.per_category.set_index("category_id")
        figures["per_category"] = table[["precision", "recall", "f1", "support"]].to_dict("index")
        figures.update(count_figures(best, best_proba, cons, truth, test, enc_te))
        clf3, proba3, _ = fitted["without_chars"]
        c3 = count_figures(clf3, proba3, cons, truth, test, enc_te)
        figures["without_chars"].update({k: c3[k] for k in ("max_abs_count_error_pct_main", "interval_coverage")})
        figures["cli_timing"] = time_cli(tmp)
        return figures
    finally:
        ws.close()
        shutil.rmtree(tmp, ignore_errors=True)


if __name__ == "__main__":
    import json

    print(json.dumps(main(), indent=2))
