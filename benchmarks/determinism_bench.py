"""What machine-independent vectors cost (#11): the same measurements with the vectors on the 2^-16 grid (what the
pipeline uses) and with the unrounded vectors, and the encoder's speed: plain float32 and float64 against the
pipeline's (embed.ExactLinear's exact integer products, float64 elsewhere).

- Kent fresh discovery, seeds 0 to 4: categories recovered (benchmarks.discover_bench.recovered). One seed's
  figure moves by a few categories with any change to the input, so the comparison is of the five-seed means.
- Kent held-out coding: train on labels.csv, score the other responses against labels_true.csv; micro and macro F1.
- Speed: sentences per CPU second for plain float32, plain float64 and the pipeline's forward passes on the same
  600 Kent sentences.
"""

from __future__ import annotations

import time

import numpy as np
import torch
from sklearn.metrics import f1_score

from consult_nlp.classify import CodebookClassifier, Encoded, encode_texts
from consult_nlp.codebook import label_sets, load_consultation, load_labels
from consult_nlp.discover import discover_themes, sentence_table
from consult_nlp.embed import Embedder, _forward, load_encoder, make_exact, quantise
from consult_nlp.ingest import prepare_responses
from consult_nlp.text import load_spacy
from consult_nlp.workspace import seed_everything

from .discover_bench import KENT, recovered

SEEDS = (0, 1, 2, 3, 4)


class Unrounded(Embedder):
    """The packaged encoder's unit vectors, made as the pipeline makes them, not rounded to the grid (or cached)."""

    def encode(self, texts, show_progress_bar=False):
        uniq = list(dict.fromkeys(texts))
        raw = _forward(load_encoder(), uniq, 64, False)
        unit = raw / np.sqrt((raw * raw).sum(axis=1, keepdims=True))
        index = {t: i for i, t in enumerate(uniq)}
        return unit[[index[t] for t in texts]].astype(np.float32)


class Frozen(Embedder):
    """Vectors computed once, looked up by text."""

    def __init__(self, table: dict[str, np.ndarray]):
        super().__init__()
        self.table = table

    def encode(self, texts, show_progress_bar=False):
        missing = [t for t in dict.fromkeys(texts) if t not in self.table]
        if missing:
            self.table.update(zip(missing, Unrounded().encode(missing), strict=True))
        return np.stack([self.table[t] for t in texts]) if texts else np.zeros((0, 384), np.float32)


def _coding(enc: Encoded, train: list[int], test: list[int], y: list[set[str]], cons, emb) -> dict:
    seed_everything(0)
    clf = CodebookClassifier(random_state=0).fit(enc.take(train), [y[i] for i in train], codebook=cons.codebook,
                                                 embedder=emb)  # fmt: skip
    pred = clf.predict(enc.take(test))
    ids = list(cons.codebook.ids)
    gold = np.array([[c in y[i] for c in ids] for i in test], dtype=int)
    micro = f1_score(gold, pred, average="micro", zero_division=0)
    seen = gold.sum(axis=0) > 0  # macro over categories the held-out part has, as consult_nlp.evaluate does
    macro = f1_score(gold[:, seen], pred[:, seen], average="macro", zero_division=0)
    return {"micro_f1": round(micro, 3), "macro_f1": round(macro, 3)}


def main() -> dict:
    nlp = load_spacy()
    cons = load_consultation(KENT)
    responses = prepare_responses(cons.responses)
    ids = set(responses["response_id"])
    sets = label_sets(load_labels(KENT / "labels_true.csv", cons.codebook, ids))
    coded = set(label_sets(load_labels(KENT / "labels.csv", cons.codebook, ids)))
    table = sentence_table(responses, nlp)
    texts = list(dict.fromkeys(table["text"]))
    raw = Unrounded().encode(texts)
    grid = quantise(raw)
    out: dict = {"sentences": len(texts), "max_abs_change_from_rounding": float(np.abs(grid - raw).max())}
    for name, vecs in (("grid", grid), ("unrounded", raw)):
        emb = Frozen(dict(zip(texts, vecs, strict=True)))
        rec = []
        for seed in SEEDS:
            seed_everything(seed)
            res = discover_themes(responses, embedder=emb, nlp=nlp, seed=seed, figures=False)
            rec.append(len(recovered(res.sentences, sets)))
        rows = list(responses["response_id"])
        y = [sets.get(r, set()) for r in rows]
        enc = encode_texts(list(responses["redacted_text"]), emb, nlp)
        train = [i for i, r in enumerate(rows) if r in coded]
        test = [i for i, r in enumerate(rows) if r not in coded]
        out[name] = {"kent_recovered_by_seed": rec, "kent_recovered_mean": round(float(np.mean(rec)), 2),
                     "kent_held_out": _coding(enc, train, test, y, cons, emb)}  # fmt: skip
    # speed of the forward pass on one thread: plain float32 and float64, and the pipeline's exact products
    plain = load_encoder()
    exact = load_encoder()
    make_exact(exact)
    sample = texts[:600]
    threads = torch.get_num_threads()
    torch.set_num_threads(1)
    speed = {}
    for name, model, dtype in (("float32", plain, torch.float32), ("float64", plain, torch.float64),
                               ("pipeline_exact_int9", exact, None)):  # fmt: skip
        if dtype is not None:
            model.to(dtype)
        t = time.process_time()
        model.encode(sample, batch_size=64, convert_to_tensor=True)
        speed[name] = round(len(sample) / (time.process_time() - t), 1)
    torch.set_num_threads(threads)
    out["sentences_per_cpu_second_one_thread"] = speed
    print(
        f"Kent recovered by seed: grid {out['grid']['kent_recovered_by_seed']} (mean "
        f"{out['grid']['kent_recovered_mean']}), unrounded {out['unrounded']['kent_recovered_by_seed']} (mean "
        f"{out['unrounded']['kent_recovered_mean']}); held-out micro F1 grid {out['grid']['kent_held_out']} "
        f"unrounded {out['unrounded']['kent_held_out']}; encoder {speed} sentences per CPU second"
    )
    return out
