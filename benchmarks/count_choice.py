"""Which number should the appendix publish: `mentions` (responses coded with a category, by a person or the model)
or `estimated_mentions` (the model's part corrected for its cross-validated precision and omission rate)?

Each consultation here has a human coding of every response (the truth). As in a run, a seeded random sample is
coded by people, the classifier codes the rest, and counts.csv is made; both numbers are scored against the true
number of responses raising each category: mean absolute error, how often each lies outside the 95% interval, and
how far each moves when 5 more reviewed responses join the coded sample. Three seeds per consultation.

- Kent (832 responses, 17 categories, 200 coded), the bundled corpus;
- NHS Friends and Family Test comments (7,406 answers; the 14 most used of the v6 framework's labels, 305 coded), the
  kind of consultation the issue describes;
- Care Opinion stories (1,998; the 14 most used codes, 305 coded), long texts.

The NHS data is read from ../shared (licensed; never copied into the repository).
"""

from __future__ import annotations

import shutil
import sys
import tempfile
from pathlib import Path

import numpy as np
import pandas as pd
import yaml

from consult_nlp.classify import CodebookClassifier, assignments_from, encode_texts
from consult_nlp.codebook import label_sets, load_labels
from consult_nlp.count import count_mentions
from consult_nlp.workspace import Workspace

from . import REPO, SHARED

NHS = SHARED / "data" / "nhs-feedback-en"
SEEDS = (0, 1, 2)
MORE = 5  # reviewed responses added to the coded sample


def _slug(text: str) -> str:
    import re

    return re.sub(r"[^a-z0-9]+", "-", text.lower()).strip("-")[:50]


def _folder(dst: Path, title: str, texts: pd.DataFrame, cats: list[tuple[str, str]]) -> Path:
    """A consultation folder with no labels.csv: the benchmark picks the coded sample itself."""
    dst.mkdir(parents=True)
    (dst / "consultation.yaml").write_text(yaml.safe_dump({"title": title, "action_areas": {1: "Benchmark only."}}))
    book = [{"id": c, "title": t, "description": f"The comment is about {t.lower()}.", "section": "main",
             "action_areas": [1]} for c, t in cats]  # fmt: skip
    (dst / "codebook.yaml").write_text(yaml.safe_dump({"version": 1, "categories": book}, sort_keys=False))
    texts[["response_id", "text"]].to_csv(dst / "responses.csv", index=False)
    return dst


def fft(tmp: Path) -> tuple[Path, dict[str, set[str]]]:
    df = pd.read_csv(NHS / "fft_v6framework_230831.csv", dtype=str, keep_default_na=False)
    df = df[df["FFT answer"].str.strip() != ""].reset_index(drop=True)
    labels = [c for c in df.columns[11:] if c not in ("Not assigned", "Labelling not possible")]
    top = sorted(labels, key=lambda c: -(df[c] == "1").sum())[:14]
    ids = {c: _slug(c) for c in top}
    df["response_id"] = [f"FFT-{i:05d}" for i in range(len(df))]
    truth = {r: {ids[c] for c in top if row[c] == "1"} for r, (_, row) in zip(df["response_id"], df.iterrows(),
                                                                              strict=True)}  # fmt: skip
    folder = _folder(tmp / "fft", "NHS FFT comments (benchmark)", df.rename(columns={"FFT answer": "text"}),
                     [(ids[c], c) for c in top])  # fmt: skip
    return folder, truth


def care_opinion(tmp: Path) -> tuple[Path, dict[str, set[str]]]:
    cmap = pd.read_csv(NHS / "careopinion_code_map_from_README.csv", dtype=str)
    cmap["code"] = cmap["code"].str.strip().str.lower()
    names = dict(zip(cmap["code"], cmap["subcategory"].str.strip(), strict=True))
    df = pd.read_csv(NHS / "careopinion_co_multi_label.csv", dtype=str, keep_default_na=False)
    df = df[df["feedback"].str.strip() != ""].reset_index(drop=True)
    df["response_id"] = [f"CO-{i:04d}" for i in range(len(df))]
    codes = [{c.strip().lower() for c in row if c and c != "NA"} & set(names)
             for row in df[[f"cat_{i}" for i in range(1, 7)]].itertuples(index=False)]  # fmt: skip
    freq = pd.Series([c for s in codes for c in s]).value_counts()
    top = list(freq.index[:14])
    ids = {c: f"{_slug(names[c])}-{c}" for c in top}
    truth = {r: {ids[c] for c in s if c in ids} for r, s in zip(df["response_id"], codes, strict=True)}
    folder = _folder(tmp / "care-opinion", "Care Opinion stories (benchmark)", df.rename(columns={"feedback": "text"}),
                     [(ids[c], names[c]) for c in top])  # fmt: skip
    return folder, truth


def kent(tmp: Path) -> tuple[Path, dict[str, set[str]]]:
    folder = tmp / "kent"
    folder.mkdir()
    for name in ("consultation.yaml", "codebook.yaml", "responses.csv"):
        shutil.copy(REPO / "corpora" / "kent-send-locality" / name, folder / name)
    ws = Workspace(folder)
    truth = label_sets(load_labels(REPO / "corpora" / "kent-send-locality" / "labels_true.csv", ws.codebook))
    return folder, truth


def one_run(ws, enc, index, ids, truth, coded: list[str], seed: int) -> pd.DataFrame:
    """Counts as a run makes them: people's codes for `coded`, the classifier's for the rest."""
    book = ws.codebook
    rest = [r for r in ids if r not in set(coded)]
    clf = CodebookClassifier(random_state=seed)
    x_rest = enc.take([index[r] for r in rest])
    clf.fit(enc.take([index[r] for r in coded]), [truth[r] for r in coded], codebook=book, embedder=ws.embedder,
            unlabelled=x_rest)  # fmt: skip
    model = assignments_from(clf, rest, x_rest, clf.predict_proba(x_rest), evidence=False)
    human = pd.DataFrame([(r, c) for r in coded for c in sorted(truth[r])], columns=["response_id", "category_id"])
    a = pd.concat([model, human.assign(coded_by="human")], ignore_index=True)
    errors = {c: tuple(int(x) for x in clf.cv_counts_[k]) for k, c in enumerate(clf.classes_)}
    counts = count_mentions(a, book, error_counts=errors, model_coded=len(rest), seed=seed).set_index("category_id")
    counts["true"] = [sum(c in truth[r] for r in ids) for c in counts.index]
    return counts


def measure(name: str, folder: Path, truth: dict[str, set[str]], n_coded: int, tmp: Path) -> dict:
    ws = Workspace(folder, models_dir=tmp / f"models-{name}")
    try:
        ids = list(ws.responses["response_id"])
        texts = dict(zip(ids, ws.responses["redacted_text"], strict=True))  # the model reads redacted text, as in a run
        enc = encode_texts([texts[r] for r in ids], ws.embedder, ws.nlp)
        index = {r: i for i, r in enumerate(ids)}
        runs = []
        for seed in SEEDS:
            order = [str(r) for r in np.random.default_rng(seed).permutation(ids)]
            base = one_run(ws, enc, index, ids, truth, sorted(order[:n_coded]), seed)
            more = one_run(ws, enc, index, ids, truth, sorted(order[: n_coded + MORE]), seed)
            t = base["true"]
            err_m, err_e = (base["mentions"] - t).abs(), (base["estimated_mentions"] - t).abs()
            out_m = ~base["mentions"].between(base["low"], base["high"])
            out_e = ~base["estimated_mentions"].between(base["low"], base["high"])
            runs.append({
                "seed": seed,
                "mean_abs_error_mentions": round(float(err_m.mean()), 1),
                "mean_abs_error_estimated": round(float(err_e.mean()), 1),
                "mean_abs_pct_error_mentions": round(float((err_m / t.clip(lower=1)).mean() * 100), 1),
                "mean_abs_pct_error_estimated": round(float((err_e / t.clip(lower=1)).mean() * 100), 1),
                "estimate_closer_in": f"{int((err_e < err_m).sum())}/{len(t)}",
                "mentions_outside_interval": int(out_m.sum()),
                "estimated_outside_interval": int(out_e.sum()),
                "true_inside_interval": f"{int(t.between(base['low'], base['high']).sum())}/{len(t)}",
                f"max_move_with_{MORE}_more_mentions": int((more["mentions"] - base["mentions"]).abs().max()),
                f"max_move_with_{MORE}_more_estimated": int(
                    (more["estimated_mentions"] - base["estimated_mentions"]).abs().max()
                ),
                "categories": {c: {k: int(base.loc[c, k]) for k in ("true", "mentions", "estimated_mentions", "low",
                                                                    "high")} for c in base.index},  # fmt: skip
            })  # fmt: skip
        summary = {
            k: round(float(np.mean([r[k] for r in runs])), 1)
            for k in ("mean_abs_error_mentions", "mean_abs_error_estimated", "mean_abs_pct_error_mentions",
                      "mean_abs_pct_error_estimated", "mentions_outside_interval", "estimated_outside_interval",
                      f"max_move_with_{MORE}_more_mentions", f"max_move_with_{MORE}_more_estimated")
        }  # fmt: skip
        return {"responses": len(ids), "categories": len(ws.codebook.ids), "coded": n_coded,
                "mean_over_seeds": summary, "runs": runs}  # fmt: skip
    finally:
        ws.close()


def main(which: tuple[str, ...] = ("kent", "fft", "care_opinion")) -> dict:
    tmp = Path(tempfile.mkdtemp(prefix="bench-count-"))
    try:
        figures = {}
        plan = {"kent": (kent, 200), "fft": (fft, 305), "care_opinion": (care_opinion, 305)}
        for name in which:
            if name != "kent" and not NHS.exists():
                figures[name] = f"skipped: {NHS} not found"
                continue
            build, n = plan[name]
            folder, truth = build(tmp)
            figures[name] = measure(name, folder, truth, n, tmp)
            print(name, figures[name]["mean_over_seeds"], file=sys.stderr, flush=True)
        return figures
    finally:
        shutil.rmtree(tmp, ignore_errors=True)


if __name__ == "__main__":
    import json

    print(json.dumps(main(tuple(sys.argv[1:]) or ("kent", "fft", "care_opinion")), indent=2))
