"""Multi-label coding of responses against a codebook, with calibrated scores and sentence evidence.

`CodebookClassifier` follows scikit-learn's estimator contract. It learns from the coded sample and from the
codebook itself (titles, descriptions and examples act as extra labelled texts), scores every sentence as well
as the whole response, and picks each category's threshold by cross-validation on the coded sample.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

import numpy as np
import pandas as pd
import scipy.sparse as sp
from sklearn.base import BaseEstimator
from sklearn.feature_extraction.text import TfidfVectorizer
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


def _logit(p: np.ndarray) -> np.ndarray:
    p = np.clip(p, 1e-4, 1 - 1e-4)
    return np.log(p / (1 - p))


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
    """Three views of each response, averaged, then calibrated per category.

    - response view: logistic regression on the mean sentence embedding plus each category's best sentence
      similarity to the codebook's wording;
    - word view: logistic regression on TF-IDF word n-grams (vocabulary fitted on coded and uncoded texts);
    - sentence view: logistic regression on single sentences, a response scoring its best sentence;
    - optionally ("neighbours"), the similarity-weighted labels of the nearest coded responses.
    The codebook's titles, descriptions and examples join the training data of every view. Out-of-fold scores on
    the coded sample fit a Platt calibration and a threshold per category; a category with fewer than
    `min_positives` coded examples shares the threshold that is best over all categories together. Settings are
    stored untouched in __init__; everything learned ends in `_`.
    """

    def __init__(
        self,
        codebook: Codebook,
        embedder: Embedder | None = None,
        nlp=None,
        C: float = 1.0,
        C_words: float = 5.0,
        C_sentence: float = 1.0,
        views: tuple[str, ...] = ("response", "words", "sentence"),
        cv: int = 5,
        n_neighbors: int = 10,
        min_positives: int = 15,
        count_tolerance: float = 0.02,
        codebook_weight: float = 1.0,
        low_confidence_margin: float = 0.15,
        random_state: int = 0,
    ):
        self.codebook = codebook
        self.embedder = embedder
        self.nlp = nlp
        self.C = C
        self.C_words = C_words
        self.C_sentence = C_sentence
        self.views = views
        self.cv = cv
        self.n_neighbors = n_neighbors
        self.min_positives = min_positives
        self.count_tolerance = count_tolerance
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
        k = len(self.classes_)
        if len(enc.sent):
            sims = enc.sent @ self.prototypes_.T
            sims_cat = np.stack([sims[:, idx].max(axis=1) for idx in self.prototype_index_], axis=1)
        else:
            sims_cat = np.zeros((0, k), np.float32)
        doc_sims = _max_per_doc(sims_cat.astype(np.float32), enc.offsets)
        x_doc = np.hstack([enc.doc, doc_sims]).astype(np.float32)
        x_sent = np.hstack([enc.sent, sims_cat]).astype(np.float32) if len(enc.sent) else np.zeros((0, x_doc.shape[1]))
        return x_doc, x_sent

    def encode(self, texts: list[str], show_progress: bool = False) -> Encoded:
        return encode_texts(texts, self._embedder(), self.nlp, show_progress)

    # -- one view's model ----------------------------------------------------------------------------
    def _lr(self, x, y, c: float, w=None):
        if y.min() == y.max():
            return float(y[0])  # a constant: every training text agrees
        model = LogisticRegression(C=c, class_weight="balanced", solver="liblinear", max_iter=3000)
        return model.fit(x, y, sample_weight=w)

    @staticmethod
    def _proba_one(model, x) -> np.ndarray:
        if isinstance(model, float):
            return np.full(x.shape[0], model)
        return model.predict_proba(x)[:, 1]

    def _fit_views(self, rows: np.ndarray, k: int, data: dict) -> dict:
        """Fit every view for category k on the coded responses `rows` (plus the codebook's texts)."""
        y, proto_y = data["y"][rows, k], data["proto_y"][:, k]
        w = np.concatenate([np.ones(len(rows)), np.full(len(proto_y), self.codebook_weight)])
        yy = np.concatenate([y, proto_y])
        models = {}
        if "response" in self.views:
            models["response"] = self._lr(np.vstack([data["x"][rows], data["proto_x"]]), yy, self.C, w)
        if "words" in self.views:
            xw = sp.vstack([data["xw"][rows], data["proto_xw"]]).tocsr()
            models["words"] = self._lr(xw, yy, self.C_words, w)
        if "sentence" in self.views:
            off = data["offsets"]
            idx = np.concatenate([np.arange(off[r], off[r + 1]) for r in rows] + [np.zeros(0, dtype=np.int64)])
            sent_y = np.concatenate([np.repeat(y, np.diff(off)[rows]), proto_y])
            xs = np.vstack([data["xs"][idx], data["proto_x"]])
            models["sentence"] = self._lr(xs, sent_y, self.C_sentence)
        if "neighbours" in self.views:
            key = ("docs", rows.tobytes())
            if key not in data:  # one copy of the coded responses' vectors per fold, shared by every category
                data[key] = data["x"][rows, : -len(self.classes_)]
            models["neighbours"] = (data[key], y.astype(np.float32))
        return models

    def _neighbour_scores(self, model, x) -> np.ndarray:
        """Similarity-weighted share of the nearest coded responses that carry the category (batched, never n x n)."""
        docs, yk = model
        d = x[:, : -len(self.classes_)]
        k = min(self.n_neighbors, len(docs))
        out = np.zeros(len(d))
        for a in range(0, len(d), 2048):
            sims = np.clip(d[a : a + 2048] @ docs.T, 0, None)
            top = np.argpartition(-sims, k - 1, axis=1)[:, :k]
            w = np.take_along_axis(sims, top, axis=1)
            out[a : a + 2048] = (w * yk[top]).sum(axis=1) / np.maximum(w.sum(axis=1), 1e-9)
        return out

    def _view_scores(self, models: dict, x, xw, xs, offsets) -> np.ndarray:
        scores = []
        if "response" in models:
            scores.append(self._proba_one(models["response"], x))
        if "words" in models:
            scores.append(self._proba_one(models["words"], xw))
        if "sentence" in models:
            s = self._proba_one(models["sentence"], xs)[:, None].astype(np.float32)
            scores.append(_max_per_doc(s, offsets)[:, 0] if len(s) else np.zeros(len(offsets) - 1))
        if "neighbours" in models:
            scores.append(self._neighbour_scores(models["neighbours"], x))
        return np.mean(scores, axis=0)

    # -- fitting --------------------------------------------------------------------------------------
    def fit(
        self,
        texts: list[str],
        label_sets: list[set[str]],
        encoded: Encoded | None = None,
        unlabelled: list[str] | None = None,
    ):
        """Learn from coded texts plus the codebook's wording; calibrate and choose thresholds by cross-validation.

        `unlabelled`: uncoded responses of the same consultation; they shape the word view's vocabulary and keep
        the thresholds from biasing their counts.
        """
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
        x, xs = self._features(enc)
        proto_x, _ = self._features(
            Encoded([[t] for t in flat], self.prototypes_, self.prototypes_, np.arange(len(flat) + 1))
        )
        proto_y = np.zeros((len(flat), len(self.classes_)), dtype=int)
        for k, ix in enumerate(idx):
            proto_y[ix, k] = 1
        self.vectorizer_ = TfidfVectorizer(ngram_range=(1, 2), min_df=2, sublinear_tf=True, strip_accents="unicode")
        self.vectorizer_.fit(list(texts) + list(unlabelled or []) + flat)
        data = {
            "y": y, "x": x, "xs": xs, "offsets": enc.offsets, "proto_x": proto_x, "proto_y": proto_y,
            "xw": self.vectorizer_.transform(texts), "proto_xw": self.vectorizer_.transform(flat),
        }  # fmt: skip
        oof = self._oof(data)
        self.calibrators_ = [self._platt(oof[:, k], y[:, k]) for k in range(y.shape[1])]
        cal = np.column_stack([self._calibrate(k, oof[:, k]) for k in range(y.shape[1])])
        self.cv_scores_ = cal
        self.cv_labels_ = y
        rows = np.arange(len(texts))
        self.models_ = [self._fit_views(rows, k, data) for k in range(len(self.classes_))]
        uncoded = None
        if unlabelled and self.count_tolerance > 0:
            uncoded = self.predict_proba(encoded=self.encode(list(unlabelled)), raw_texts=list(unlabelled))
        self.thresholds_, self.cv_counts_ = self._thresholds(cal, y, uncoded)
        self.n_train_ = len(texts)
        return self

    def _oof(self, data: dict) -> np.ndarray:
        y = data["y"]
        n_splits = min(self.cv, len(y))
        if n_splits < 2:
            return np.full(y.shape, 0.5)
        oof = np.zeros(y.shape, dtype=float)
        folds = KFold(n_splits=n_splits, shuffle=True, random_state=self.random_state)
        for tr, te in folds.split(y):
            off = data["offsets"]
            sub = [np.arange(off[i], off[i + 1]) for i in te]
            te_off = np.zeros(len(te) + 1, dtype=np.int64)
            te_off[1:] = np.cumsum([len(s) for s in sub])
            xs_te = data["xs"][np.concatenate(sub + [np.zeros(0, dtype=np.int64)])]
            for k in range(y.shape[1]):
                models = self._fit_views(tr, k, data)
                oof[te, k] = self._view_scores(models, data["x"][te], data["xw"][te], xs_te, te_off)
        return oof

    @staticmethod
    def _platt(scores: np.ndarray, yk: np.ndarray):
        """A logistic map from the averaged view score to a calibrated probability."""
        if yk.min() == yk.max():
            return None
        return LogisticRegression(C=1.0).fit(_logit(scores)[:, None], yk)

    def _calibrate(self, k: int, scores: np.ndarray) -> np.ndarray:
        cal = self.calibrators_[k]
        if cal is None:
            return scores
        return cal.predict_proba(_logit(scores)[:, None])[:, 1]

    def _thresholds(self, oof: np.ndarray, y: np.ndarray, uncoded: np.ndarray | None = None):
        """Per category, a threshold chosen on out-of-fold scores, and the tp/fp/fn/tn it gives there.

        The threshold maximises F1; where thresholds within `count_tolerance` of the best F1 exist (equally good
        on a sample this size) and uncoded responses' calibrated probabilities are known, the one whose count on
        the uncoded responses is closest to the sum of their probabilities wins, so counts are not biased.
        """
        grid = np.round(np.arange(0.05, 0.96, 0.01), 2)
        # one threshold for all categories, for those with too few coded examples to choose their own
        pred_all = oof[:, :, None] >= grid[None, None, :]
        tp_all = (pred_all & (y == 1)[:, :, None]).sum(axis=(0, 1))
        micro = 2 * tp_all / np.maximum(pred_all.sum(axis=(0, 1)) + y.sum(), 1)
        shared = grid[int(np.argmax(micro))]
        th = np.full(y.shape[1], shared)
        counts = np.zeros((y.shape[1], 4), dtype=int)
        for k in range(y.shape[1]):
            if y[:, k].sum() > max(0, self.min_positives - 1):
                pred = oof[:, k][:, None] >= grid[None, :]
                tp = (pred & (y[:, k] == 1)[:, None]).sum(axis=0)
                f1 = 2 * tp / np.maximum(pred.sum(axis=0) + y[:, k].sum(), 1)
                th[k] = grid[int(np.argmax(f1))]
                if uncoded is not None and len(uncoded) and self.count_tolerance > 0:
                    near = grid[f1 >= f1.max() - self.count_tolerance]
                    expected = uncoded[:, k].sum()
                    gap = [abs(int((uncoded[:, k] >= t).sum()) - expected) for t in near]
                    th[k] = near[int(np.argmin(gap))]
            p = oof[:, k] >= th[k]
            counts[k] = [
                int((p & (y[:, k] == 1)).sum()),
                int((p & (y[:, k] == 0)).sum()),
                int((~p & (y[:, k] == 1)).sum()),
                int((~p & (y[:, k] == 0)).sum()),
            ]
        return th, counts

    # -- prediction -----------------------------------------------------------------------------------
    def predict_proba(
        self, texts: list[str] | None = None, encoded: Encoded | None = None, raw_texts: list[str] | None = None
    ) -> np.ndarray:
        """Calibrated probabilities, one column per category in codebook order."""
        if encoded is None:
            raw_texts = list(texts or [])
            encoded = self.encode(raw_texts)
        if raw_texts is None:
            raw_texts = [" ".join(ss) for ss in encoded.sentences]
        if not len(encoded.doc):
            return np.zeros((0, len(self.classes_)))
        x, xs = self._features(encoded)
        xw = self.vectorizer_.transform(raw_texts)
        return np.column_stack(
            [self._calibrate(k, self._view_scores(m, x, xw, xs, encoded.offsets)) for k, m in enumerate(self.models_)]
        )

    def predict(self, texts: list[str] | None = None, encoded: Encoded | None = None) -> np.ndarray:
        return (self.predict_proba(texts, encoded) >= self.thresholds_).astype(int)

    def evidence(self, encoded: Encoded, i: int, k: int, max_sentences: int = 2) -> list[str]:
        """The sentences of response i that most carry category k, best first."""
        a, b = encoded.offsets[i], encoded.offsets[i + 1]
        if b <= a:
            return []
        one = Encoded(encoded.sentences[i : i + 1], encoded.doc[i : i + 1], encoded.sent[a:b], np.array([0, b - a]))
        _, xs = self._features(one)
        sents = encoded.sentences[i]
        models = self.models_[k]
        parts = []
        if "sentence" in models:
            parts.append(self._proba_one(models["sentence"], xs))
        if "response" in models:
            parts.append(self._proba_one(models["response"], xs))
        if "words" in models:
            parts.append(self._proba_one(models["words"], self.vectorizer_.transform(sents)))
        s = np.mean(parts, axis=0)
        order = np.argsort(-s, kind="stable")
        keep = [order[0]] + [j for j in order[1:max_sentences] if s[j] >= 0.5]
        return [sents[j] for j in keep]

    def __getstate__(self):
        # the encoder and spaCy pipeline are passed in again after loading; never pickled
        state = self.__dict__.copy()
        state["embedder"] = None
        state["nlp"] = None
        return state


def _words(text: str) -> set[str]:
    return {w for w in re.findall(r"[a-z0-9']+", text.lower()) if len(w) > 2}


def redacted_quote(sentence: str, redacted_sentences: list[str], redactor=None) -> str:
    """The redacted form of a sentence: its best match among the response's redacted sentences.

    Redaction decided on the whole response (a name recognised in one sentence is removed from all of them), so
    a quote is taken from the redacted text rather than redacted again on its own.
    """
    words = _words(sentence)
    best, best_score = "", 0.0
    for cand in redacted_sentences:
        cw = _words(cand)
        score = len(words & cw) / max(len(words), 1)
        if score > best_score:
            best, best_score = cand, score
    if best_score >= 0.6:
        return best
    return redactor(sentence) if redactor is not None else ""


def assignments_from(
    clf: CodebookClassifier,
    response_ids: list[str],
    encoded: Encoded,
    proba: np.ndarray,
    redacted_sentences: list[list[str]] | None = None,
    redactor=None,
    human: dict[int, set[str]] | None = None,
    evidence: bool = True,
) -> pd.DataFrame:
    """Rows for every category assigned, each with the (redacted) sentence that carries it.

    `human` maps a row index to its human codes: those replace the model's for that response, still with evidence.
    """
    rows = []
    th = clf.thresholds_
    index = {c: k for k, c in enumerate(clf.classes_)}
    human = human or {}
    for i, rid in enumerate(response_ids):
        if i in human:
            cats = [(index[c], 1.0, "human") for c in clf.classes_ if c in human[i]]
        else:
            cats = [(int(k), float(proba[i, k]), "model") for k in np.flatnonzero(proba[i] >= th)]
        for k, p, source in cats:
            ev = clf.evidence(encoded, i, k, max_sentences=1) if evidence else []
            if redacted_sentences is not None or redactor is not None:
                red = redacted_sentences[i] if redacted_sentences is not None else []
                ev = [redacted_quote(e, red, redactor) for e in ev]
            rows.append(
                {
                    "response_id": rid,
                    "category_id": str(clf.classes_[k]),
                    "score": round(p, 4),
                    "source": source,
                    "evidence": " ".join(e for e in ev if e),
                    "low_confidence": source == "model" and abs(p - th[k]) < clf.low_confidence_margin,
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
