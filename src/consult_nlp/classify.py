"""Multi-label coding of responses against a codebook, with calibrated scores and sentence evidence.

`CodebookClassifier` follows scikit-learn's estimator contract. It learns from the coded sample and from the
codebook itself (titles, descriptions and examples act as extra labelled texts), scores every sentence as well
as the whole response, and picks each category's threshold by cross-validation on the coded sample.
"""

from __future__ import annotations

from dataclasses import dataclass

import numpy as np
import pandas as pd
from sklearn.base import BaseEstimator
from sklearn.linear_model import LogisticRegression
from sklearn.model_selection import KFold
from sklearn.preprocessing import MultiLabelBinarizer

from .codebook import Codebook
from .embed import Embedder
from .text import split_sentences

ASSIGNMENT_COLUMNS = ["response_id", "category_id", "score", "source", "evidence", "low_confidence"]


@dataclass(frozen=True)
class Encoded:
    """Responses as sentence vectors: the work shared by fit, predict and evidence."""

    sentences: list[list[str]]
    doc: np.ndarray  # (n, d) mean of sentence vectors, normalised
    sent: np.ndarray  # (total sentences, d)
    offsets: np.ndarray  # sentence rows of response i are offsets[i]:offsets[i+1]


def encode_texts(texts: list[str], embedder: Embedder, nlp=None, show_progress: bool = False) -> Encoded:
    sentences = split_sentences(list(texts), nlp)
    flat = [s for ss in sentences for s in ss]
    sent = embedder.encode(flat, show_progress_bar=show_progress) if flat else np.zeros((0, 384), np.float32)
    dim = sent.shape[1] if len(sent) else (embedder.dim_ or 384)
    offsets = np.zeros(len(texts) + 1, dtype=np.int64)
    offsets[1:] = np.cumsum([len(ss) for ss in sentences])
    doc = np.zeros((len(texts), dim), dtype=np.float32)
    for i in range(len(texts)):
        a, b = offsets[i], offsets[i + 1]
        if b > a:
            v = sent[a:b].mean(axis=0)
            doc[i] = v / max(np.linalg.norm(v), 1e-12)
    return Encoded(sentences=sentences, doc=doc, sent=sent, offsets=offsets)


def _max_per_doc(values: np.ndarray, offsets: np.ndarray) -> np.ndarray:
    """Row-wise max of sentence-level values within each response (zeros for a response with no sentence)."""
    n = len(offsets) - 1
    out = np.zeros((n, values.shape[1]), dtype=np.float32)
    nonempty = offsets[1:] > offsets[:-1]
    if values.shape[0]:
        red = np.maximum.reduceat(values, offsets[:-1][nonempty].astype(np.intp), axis=0)
        out[nonempty] = red
    return out


class CodebookClassifier(BaseEstimator):
    """One calibrated logistic model per category over response and sentence features.

    Parameters are stored untouched; everything learned ends in `_`.
    """

    def __init__(
        self,
        codebook: Codebook,
        embedder: Embedder | None = None,
        nlp=None,
        C: float = 4.0,
        cv: int = 5,
        codebook_weight: float = 1.0,
        low_confidence_margin: float = 0.15,
        random_state: int = 0,
    ):
        self.codebook = codebook
        self.embedder = embedder
        self.nlp = nlp
        self.C = C
        self.cv = cv
        self.codebook_weight = codebook_weight
        self.low_confidence_margin = low_confidence_margin
        self.random_state = random_state

    # -- features -------------------------------------------------------------------------------------
    def _embedder(self) -> Embedder:
        return self.embedder if self.embedder is not None else Embedder()

    def _prototype_texts(self) -> list[list[str]]:
        return [
            [c.title] + ([c.description] if c.description else []) + list(c.examples) for c in self.codebook.categories
        ]

    def _features(self, enc: Encoded) -> tuple[np.ndarray, np.ndarray]:
        """Response-level and sentence-level feature matrices with the same columns."""
        sims_sent = enc.sent @ self.prototypes_.T if len(enc.sent) else np.zeros((0, len(self.classes_)))
        # for each category, the best match over its prototypes
        sims_cat = (
            np.stack([sims_sent[:, idx].max(axis=1) for idx in self.prototype_index_], axis=1)
            if len(enc.sent)
            else np.zeros((0, len(self.classes_)), np.float32)
        )
        doc_sims = _max_per_doc(sims_cat.astype(np.float32), enc.offsets)
        x_doc = np.hstack([enc.doc, doc_sims])
        x_sent = np.hstack([enc.sent, sims_cat]) if len(enc.sent) else np.zeros((0, x_doc.shape[1]), np.float32)
        return x_doc.astype(np.float32), x_sent.astype(np.float32)

    def encode(self, texts: list[str], show_progress: bool = False) -> Encoded:
        return encode_texts(texts, self._embedder(), self.nlp, show_progress)

    # -- fitting --------------------------------------------------------------------------------------
    def fit(self, texts: list[str], label_sets: list[set[str]], encoded: Encoded | None = None):
        """Learn from coded texts plus the codebook's own wording; choose thresholds by cross-validation."""
        if len(texts) != len(label_sets):
            raise ValueError(f"{len(texts)} texts but {len(label_sets)} label sets")
        self.classes_ = np.array(self.codebook.ids)
        self.mlb_ = MultiLabelBinarizer(classes=list(self.classes_))
        y = self.mlb_.fit_transform([sorted(s) for s in label_sets])
        emb = self._embedder()
        protos = self._prototype_texts()
        flat = [t for ts in protos for t in ts]
        self.prototypes_ = emb.encode(flat)
        idx, start = [], 0
        for ts in protos:
            idx.append(np.arange(start, start + len(ts)))
            start += len(ts)
        self.prototype_index_ = idx
        enc = encoded if encoded is not None else self.encode(texts)
        x, _ = self._features(enc)
        # the codebook's texts as extra examples, each positive for its own category only
        proto_enc = encode_texts(flat, emb, self.nlp)
        x_proto, _ = self._features(proto_enc)
        y_proto = np.zeros((len(flat), len(self.classes_)), dtype=int)
        for k, ix in enumerate(idx):
            y_proto[ix, k] = 1
        self.x_proto_, self.y_proto_ = x_proto, y_proto
        oof = self._oof(x, y)
        self.thresholds_, self.cv_counts_ = self._thresholds(oof, y)
        self.cv_scores_ = oof
        self.cv_labels_ = y
        self.models_ = [self._fit_one(x, y[:, k], k) for k in range(len(self.classes_))]
        self.n_train_ = len(texts)
        return self

    def _fit_one(self, x: np.ndarray, yk: np.ndarray, k: int):
        xa = np.vstack([x, self.x_proto_])
        ya = np.concatenate([yk, self.y_proto_[:, k]])
        w = np.concatenate([np.ones(len(x)), np.full(len(self.x_proto_), self.codebook_weight)])
        if ya.min() == ya.max():
            return float(ya[0])  # a constant: every training text agrees
        model = LogisticRegression(C=self.C, class_weight="balanced", max_iter=2000)
        model.fit(xa, ya, sample_weight=w)
        return model

    @staticmethod
    def _proba_one(model, x: np.ndarray) -> np.ndarray:
        if isinstance(model, float):
            return np.full(len(x), model)
        return model.predict_proba(x)[:, 1]

    def _oof(self, x: np.ndarray, y: np.ndarray) -> np.ndarray:
        oof = np.zeros(y.shape, dtype=float)
        n_splits = min(self.cv, len(x))
        if n_splits < 2:
            return np.full(y.shape, 0.5)
        folds = KFold(n_splits=n_splits, shuffle=True, random_state=self.random_state)
        for tr, te in folds.split(x):
            for k in range(y.shape[1]):
                oof[te, k] = self._proba_one(self._fit_one(x[tr], y[tr, k], k), x[te])
        return oof

    @staticmethod
    def _thresholds(oof: np.ndarray, y: np.ndarray) -> tuple[np.ndarray, np.ndarray]:
        """Per category, the threshold maximising F1 on out-of-fold scores, and the tp/fp/fn it gives."""
        grid = np.round(np.arange(0.05, 0.96, 0.01), 2)
        th = np.full(y.shape[1], 0.5)
        counts = np.zeros((y.shape[1], 3), dtype=int)
        for k in range(y.shape[1]):
            best = (-1.0, 0.5)
            if y[:, k].sum() > 0:
                for t in grid:
                    p = oof[:, k] >= t
                    tp = int((p & (y[:, k] == 1)).sum())
                    f1 = 2 * tp / max(p.sum() + y[:, k].sum(), 1)
                    if f1 > best[0] + 1e-9:
                        best = (f1, float(t))
            th[k] = best[1]
            p = oof[:, k] >= th[k]
            counts[k] = [
                int((p & (y[:, k] == 1)).sum()),
                int((p & (y[:, k] == 0)).sum()),
                int((~p & (y[:, k] == 1)).sum()),
            ]
        return th, counts

    # -- prediction -----------------------------------------------------------------------------------
    def predict_proba(self, texts: list[str] | None = None, encoded: Encoded | None = None) -> np.ndarray:
        enc = encoded if encoded is not None else self.encode(list(texts or []))
        x, _ = self._features(enc)
        return (
            np.column_stack([self._proba_one(m, x) for m in self.models_])
            if len(x)
            else np.zeros((0, len(self.classes_)))
        )

    def predict(self, texts: list[str] | None = None, encoded: Encoded | None = None) -> np.ndarray:
        return (self.predict_proba(texts, encoded) >= self.thresholds_).astype(int)

    def evidence(self, encoded: Encoded, i: int, k: int, max_sentences: int = 2) -> list[str]:
        """The sentences of response i that most carry category k, best first."""
        a, b = encoded.offsets[i], encoded.offsets[i + 1]
        if b <= a:
            return []
        _, xs = self._features(
            Encoded(encoded.sentences[i : i + 1], encoded.doc[i : i + 1], encoded.sent[a:b], np.array([0, b - a]))
        )
        s = self._proba_one(self.models_[k], xs)
        order = np.argsort(-s, kind="stable")
        keep = [order[0]] + [j for j in order[1:max_sentences] if s[j] >= self.thresholds_[k]]
        return [encoded.sentences[i][j] for j in keep]

    def __getstate__(self):
        # the encoder and spaCy pipeline are passed in again after loading; never pickled
        state = self.__dict__.copy()
        state["embedder"] = None
        state["nlp"] = None
        return state


def assignments_from(
    clf: CodebookClassifier,
    response_ids: list[str],
    encoded: Encoded,
    proba: np.ndarray,
    redactor=None,
) -> pd.DataFrame:
    """Rows for every category a response is assigned, with the sentence that carries it (redacted)."""
    rows = []
    th = clf.thresholds_
    for i, rid in enumerate(response_ids):
        for k in np.flatnonzero(proba[i] >= th):
            ev = clf.evidence(encoded, i, int(k), max_sentences=1)
            if redactor is not None:
                ev = [redactor(e) for e in ev]
            p = float(proba[i, k])
            rows.append(
                {
                    "response_id": rid,
                    "category_id": str(clf.classes_[k]),
                    "score": round(p, 4),
                    "source": "model",
                    "evidence": " ".join(ev),
                    "low_confidence": abs(p - th[k]) < clf.low_confidence_margin,
                }
            )
    return pd.DataFrame(rows, columns=ASSIGNMENT_COLUMNS)


def human_assignments(labels: pd.DataFrame, response_ids: set[str] | None = None) -> pd.DataFrame:
    lab = labels[labels["category_id"] != ""]
    if response_ids is not None:
        lab = lab[lab["response_id"].isin(response_ids)]
    return pd.DataFrame(
        {
            "response_id": lab["response_id"].values,
            "category_id": lab["category_id"].values,
            "score": 1.0,
            "source": "human",
            "evidence": "",
            "low_confidence": False,
        },
        columns=ASSIGNMENT_COLUMNS,
    )


def merge_human(model_rows: pd.DataFrame, labels: pd.DataFrame) -> pd.DataFrame:
    """Human codes replace the model's for every response a human coded, including 'coded, no category'."""
    coded = set(labels["response_id"])
    kept = model_rows[~model_rows["response_id"].isin(coded)]
    return pd.concat([kept, human_assignments(labels)], ignore_index=True)
