"""Real NHS patient feedback (Care Opinion stories, 44 codes, human multi-label coding).

A consultation folder is built in a temporary directory from ../shared/data/nhs-feedback-en (the data's licence is
non-commercial, so it is read from there and never copied into the repository). A seeded 30% of the stories is
the coded sample; the rest is classified and scored, beside a TF-IDF + logistic regression baseline run here.
"""

import re
import shutil
import tempfile
import time
from pathlib import Path

import numpy as np
import pandas as pd
import yaml
from sklearn.feature_extraction.text import TfidfVectorizer
from sklearn.linear_model import LogisticRegression
from sklearn.multiclass import OneVsRestClassifier
from sklearn.preprocessing import MultiLabelBinarizer

from consult_nlp.classify import CodebookClassifier
from consult_nlp.codebook import label_sets, load_consultation
from consult_nlp.embed import Embedder
from consult_nlp.evaluate import evaluate
from consult_nlp.text import load_spacy

from . import SHARED

DATA = SHARED / "data" / "nhs-feedback-en"
SEED = 0


def slug(text: str) -> str:
    return re.sub(r"[^a-z0-9]+", "-", text.lower()).strip("-")


def build_folder(dst: Path, coded_share: float = 0.3) -> tuple[Path, pd.DataFrame, list[str]]:
    """A consultation folder: codebook from the code map, responses from the stories, a seeded coded sample."""
    cmap = pd.read_csv(DATA / "careopinion_code_map_from_README.csv", dtype=str)
    cmap["code"] = cmap["code"].str.strip().str.lower()
    ids = {code: f"{slug(sub)}-{code}" for code, sub in zip(cmap["code"], cmap["subcategory"], strict=True)}
    stories = pd.read_csv(DATA / "careopinion_co_multi_label.csv", dtype=str, keep_default_na=False)
    stories = stories[stories["feedback"].str.strip() != ""].reset_index(drop=True)
    stories["response_id"] = [f"CO-{i:04d}" for i in range(len(stories))]
    rows = []
    for rid, *cats in stories[["response_id"] + [f"cat_{i}" for i in range(1, 7)]].itertuples(index=False):
        codes = {c.strip().lower() for c in cats if c and c != "NA"} & set(ids)  # unknown typo codes are dropped
        rows += [(rid, ids[c]) for c in sorted(codes)] or [(rid, "")]
    truth = pd.DataFrame(rows, columns=["response_id", "category_id"])
    dst.mkdir(parents=True)
    (dst / "consultation.yaml").write_text(
        yaml.safe_dump({"title": "Care Opinion stories (benchmark)", "action_areas": {1: "Benchmark only."}})
    )
    cats = [
        {"id": ids[c], "title": sub.strip(), "description": f"The story comments on {sub.strip().lower()}.",
         "section": "main", "response": "", "action_areas": [1]}
        for c, sub in zip(cmap["code"], cmap["subcategory"], strict=True)
    ]  # fmt: skip
    (dst / "codebook.yaml").write_text(yaml.safe_dump({"version": 1, "categories": cats}, sort_keys=False))
    stories[["response_id", "feedback"]].rename(columns={"feedback": "text"}).to_csv(dst / "responses.csv", index=False)
    rng = np.random.default_rng(SEED)
    all_ids = list(stories["response_id"])
    coded = sorted(rng.choice(all_ids, size=round(coded_share * len(all_ids)), replace=False))
    truth[truth["response_id"].isin(coded)].to_csv(dst / "labels.csv", index=False)
    return dst, truth, coded


def baseline(train_texts, train_sets, test_texts, classes) -> np.ndarray:
    """TF-IDF + one-vs-rest logistic regression, threshold 0.5: the usual first attempt."""
    mlb = MultiLabelBinarizer(classes=classes)
    y = mlb.fit_transform(train_sets)
    keep = y.sum(axis=0) > 0
    vec = TfidfVectorizer(ngram_range=(1, 2), min_df=2, sublinear_tf=True)
    x = vec.fit_transform(train_texts)
    model = OneVsRestClassifier(LogisticRegression(max_iter=2000, class_weight="balanced")).fit(x, y[:, keep])
    out = np.zeros((len(test_texts), len(classes)), dtype=int)
    out[:, keep] = model.predict(vec.transform(test_texts))
    return out


def to_frame(ids, pred, classes) -> pd.DataFrame:
    rows = [(ids[i], classes[k]) for i, k in zip(*np.nonzero(pred), strict=True)]
    return pd.DataFrame(rows, columns=["response_id", "category_id"])


def main() -> dict:
    tmp = Path(tempfile.mkdtemp(prefix="bench-nhs-"))
    try:
        folder, truth, coded = build_folder(tmp / "care-opinion")
        cons = load_consultation(folder)
        texts = dict(zip(cons.responses["response_id"], cons.responses["text"], strict=True))
        sets = label_sets(cons.labels)
        test = sorted(set(texts) - set(coded))
        gold = truth[truth["response_id"].isin(test)]
        classes = cons.codebook.ids
        figures: dict = {"stories": len(texts), "coded": len(coded), "scored": len(test), "codes": len(classes)}
        t0 = time.perf_counter()
        base = baseline([texts[r] for r in coded], [sorted(sets[r]) for r in coded], [texts[r] for r in test], classes)
        ev_b = evaluate(to_frame(test, base, classes), gold, classes)
        figures["tfidf_lr_baseline"] = {"micro_f1": ev_b.micro_f1, "macro_f1": ev_b.macro_f1,
                                        "seconds": round(time.perf_counter() - t0, 1)}  # fmt: skip
        emb = Embedder(cache_path=tmp / "emb.sqlite")
        clf = CodebookClassifier(cons.codebook, embedder=emb, nlp=load_spacy(), random_state=SEED)
        t0 = time.perf_counter()
        enc_tr = clf.encode([texts[r] for r in coded])
        enc_te = clf.encode([texts[r] for r in test])
        figures["encode_s"] = round(time.perf_counter() - t0, 1)
        t0 = time.perf_counter()
        clf.fit([texts[r] for r in coded], [sets[r] for r in coded], encoded=enc_tr,
                unlabelled=[texts[r] for r in test])  # fmt: skip
        fit_s = time.perf_counter() - t0
        proba = clf.predict_proba(encoded=enc_te, raw_texts=[texts[r] for r in test])
        pred = (proba >= clf.thresholds_).astype(int)
        ev = evaluate(to_frame(test, pred, classes), gold, classes)
        figures["consult_nlp"] = {"micro_f1": ev.micro_f1, "macro_f1": ev.macro_f1, "fit_s": round(fit_s, 1)}
        return figures
    finally:
        shutil.rmtree(tmp, ignore_errors=True)


if __name__ == "__main__":
    import json

    print(json.dumps(main(), indent=2))
