"""The classifier: multi-label coding of responses against a codebook, with calibrated scores and sentence evidence.

`CodebookClassifier` follows scikit-learn's estimator contract: `__init__` stores plain settings, `fit` learns and
returns self, learned attributes end in `_`, and `clone` works before and after fitting. It reads responses as
`Encoded` (their sentences and vectors, made once by `encode_texts`), so fitting, prediction and evidence share one
input. It learns from the coded sample and from the codebook itself (titles, descriptions and examples act as
extra labelled texts), scores every sentence as well as the whole response, and picks each category's threshold by
cross-validation on the coded sample.

A trained classifier is saved as arrays and JSON (`save_classifier`), never as a pickle, so a shared models folder
cannot run code. classify.py trains it from a consultation and keys it on everything that changes its predictions.
"""

from __future__ import annotations

import json
import time
import zipfile
from dataclasses import dataclass
from pathlib import Path

import numpy as np
import scipy.sparse as sp
from sklearn.base import BaseEstimator
from sklearn.feature_extraction.text import TfidfVectorizer
from sklearn.linear_model import LogisticRegression
from sklearn.model_selection import KFold
from sklearn.preprocessing import MultiLabelBinarizer

from . import __version__
from .artefacts import atomic_write_bytes
from .codebook import Codebook
from .embed import quantise
from .errors import ConsultError
from .finetune import BUDGET, EPOCHS
from .linear import Linear, _linear, multi_lr
from .text import split_sentences
from .workspace import stop_workers


@dataclass(frozen=True)
class Encoded:
    """Responses as sentence vectors: the one input of fit, predict_proba and evidence."""

    texts: list[str]
    sentences: list[list[str]]
    doc: np.ndarray  # (n, d) mean of sentence vectors, normalised
    sent: np.ndarray  # (total sentences, d)
    offsets: np.ndarray  # sentence rows of response i are offsets[i]:offsets[i+1]

    def __len__(self) -> int:
        return len(self.texts)

    def take(self, rows) -> Encoded:
        """The responses at `rows`, in that order."""
        rows = np.asarray(rows, dtype=np.int64)
        idx = [np.arange(self.offsets[r], self.offsets[r + 1]) for r in rows]
        off = np.zeros(len(rows) + 1, dtype=np.int64)
        off[1:] = np.cumsum([len(i) for i in idx])
        flat = np.concatenate(idx + [np.zeros(0, dtype=np.int64)])
        return Encoded([self.texts[r] for r in rows], [self.sentences[r] for r in rows], self.doc[rows],
                       self.sent[flat], off)  # fmt: skip


def encode_texts(texts: list[str], embedder, nlp=None, show_progress: bool = False) -> Encoded:
    """Split each text into sentences and embed every sentence (each distinct sentence once, through the cache)."""
    split = split_texts(texts, embedder, nlp)
    return _assemble(split.texts, split.sentences, embedder, show_progress)


@dataclass(frozen=True)
class Split:
    """Responses split into sentences and embedded only a batch at a time (`take`): the uncoded responses of a
    large consultation, whose vectors all at once took 390 MB at 50,000 responses, and 800 MB while being made.
    `predict_proba` and `fit(unlabelled=...)` take it where they take Encoded."""

    texts: list[str]
    sentences: list[list[str]]
    embedder: object

    def __len__(self) -> int:
        return len(self.texts)

    def take(self, rows) -> Encoded:
        """The responses at `rows`, embedded (each row's vectors are the same whatever else is in the batch)."""
        rows = np.asarray(rows, dtype=np.int64)
        return _assemble([self.texts[r] for r in rows], [self.sentences[r] for r in rows], self.embedder, False)


def split_texts(texts: list[str], embedder, nlp=None) -> Split:
    """`encode_texts` with the embedding left until a batch is taken."""
    texts = [t if isinstance(t, str) else "" for t in texts]
    return Split(texts, split_sentences(texts, nlp), embedder)


def reencode(enc: Encoded, embedder, show_progress: bool = False) -> Encoded:
    """The same responses and sentences, embedded by another encoder (the cascade's transformer)."""
    return _assemble(list(enc.texts), enc.sentences, embedder, show_progress)


def _assemble(texts: list[str], sentences: list[list[str]], embedder, show_progress: bool) -> Encoded:
    flat = [s for ss in sentences for s in ss]
    sent = embedder.encode(flat, show_progress_bar=show_progress) if flat else np.zeros((0, 384), np.float32)
    dim = sent.shape[1] if len(sent) else (embedder.dim_ or 384)
    offsets = np.zeros(len(texts) + 1, dtype=np.int64)
    offsets[1:] = np.cumsum([len(ss) for ss in sentences])
    means = np.zeros((len(texts), dim), dtype=np.float64)
    for i in range(len(texts)):
        a, b = offsets[i], offsets[i + 1]
        if b > a:
            means[i] = sent[a:b].astype(np.float64).mean(axis=0)
    # on the same grid as sentence vectors, so every similarity below is an exact float64 sum, on any machine
    doc = quantise(means)
    return Encoded(texts=texts, sentences=sentences, doc=doc, sent=sent, offsets=offsets)


def _steady(p: np.ndarray) -> np.ndarray:
    """Probabilities rounded to 2^-30 (~1e-9): the float64 noise of batching and CPU kernels (~1e-16) is absorbed,
    so a response's probabilities, and every decision on them, do not depend on what else is in the batch."""
    return np.round(np.asarray(p, dtype=np.float64) * 2.0**30) / 2.0**30


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


VIEWS = ("response", "words", "chars", "sentence", "neighbours")
VOCABULARY_FROM = 20_000  # uncoded texts beyond this: the vocabularies are fitted on a seeded sample of them
PREDICT_BATCH = 5_000  # responses scored at once
# sentences in the coded responses from which the views' fits run in worker processes rather than threads (a
# process costs about a second to start, which a small sample would not win back)
PROCESS_FROM = 500
# texts from which fit's scoring of the uncoded responses splits each TF-IDF transform between this process and a
# worker (the character n-grams of 50,000 responses took 34 s in one process, with the other core idle)
TFIDF_PROCESS_FROM = 2_000


def _tfidf_rows(vec: TfidfVectorizer, texts: list[str]) -> sp.csr_matrix:
    """A TF-IDF transform's rows (`_texts`): module-level, so a worker process can import it and run part of it."""
    return vec.transform(texts).tocsr()


def _fit_task(params: dict, n_classes: int, view: str, rows: np.ndarray, data: dict):
    """One view's fit in a worker process: an estimator with the same parameters, at one BLAS thread.
    Returns the model and the CPU seconds it took (the parent's clock cannot see a worker's)."""
    from threadpoolctl import threadpool_limits

    clf = CodebookClassifier(**params)
    clf.classes_ = np.arange(n_classes)
    c0 = time.process_time()
    with threadpool_limits(1):
        model = clf._fit_view(view, rows, data)
    return model, time.process_time() - c0


class CodebookClassifier(BaseEstimator):
    """Views of each response, averaged, then calibrated per category.

    - response view: logistic regression on the mean sentence embedding plus each category's best sentence
      similarity to the codebook's wording;
    - word view: logistic regression on TF-IDF word 1-2-grams (vocabulary fitted on coded and uncoded texts);
    - character view: logistic regression on TF-IDF character 2-5-grams within words (spelling variants, word
      parts, typos: what free text is full of);
    - sentence view: logistic regression on single sentences, a response scoring its best sentence;
    - optionally ("neighbours"), the similarity-weighted labels of the nearest coded responses.
    Each view is one multi-output logistic regression for every category at once (`multi_lr`), with its own C.
    The codebook's titles, descriptions and examples join the training data of every view. Out-of-fold scores on
    the coded sample fit a Platt calibration and a threshold per category; a category with fewer than
    `min_positives` coded examples shares the threshold that is best over all categories together, and one with
    n takes n / (n + min_positives) of its own and the rest of the shared.

    With enough coded responses (`finetune`; see consult_nlp.finetune.should_finetune) the sentence encoder is
    also fine-tuned on the coded sample with a multi-label head; its calibrated probability is blended with the
    views' only if that beats the views on a validation share the fine-tuning never saw (`finetune_` says which
    path was chosen and the validation F1 of each).
    """

    def __init__(
        self,
        C: float = 2.0,
        C_words: float = 10.0,
        C_chars: float = 5.0,
        C_sentence: float = 2.0,
        views: tuple[str, ...] = ("response", "words", "chars", "sentence"),
        cv: int = 5,
        n_neighbors: int = 10,
        min_positives: int = 15,
        count_tolerance: float = 0.02,
        codebook_weight: float = 1.0,
        low_confidence_margin: float = 0.15,
        max_iter: int = 300,
        n_jobs: int = 2,
        finetune: str = "auto",
        finetune_budget: float = BUDGET,
        finetune_epochs: int = EPOCHS,
        blend_weight: float = 0.5,
        random_state: int = 0,
    ):
        self.C = C
        self.C_words = C_words
        self.C_chars = C_chars
        self.C_sentence = C_sentence
        self.views = views
        self.cv = cv
        self.n_neighbors = n_neighbors
        self.min_positives = min_positives
        self.count_tolerance = count_tolerance
        self.codebook_weight = codebook_weight
        self.low_confidence_margin = low_confidence_margin
        self.max_iter = max_iter
        self.n_jobs = n_jobs
        self.finetune = finetune
        self.finetune_budget = finetune_budget
        self.finetune_epochs = finetune_epochs
        self.blend_weight = blend_weight
        self.random_state = random_state

    # -- features -------------------------------------------------------------------------------------
    def _features(self, enc: Encoded) -> tuple[np.ndarray, np.ndarray]:
        """Response-level and sentence-level feature matrices with the same columns."""
        k = len(self.classes_)
        if len(enc.sent):
            # grid vectors (embed.quantise): in float64 these dot products are exact, so no batch or CPU moves them
            sims = enc.sent.astype(np.float64) @ self.prototypes_.T.astype(np.float64)
            sims_cat = np.stack([sims[:, idx].max(axis=1) for idx in self._prototype_index()], axis=1)
        else:
            sims_cat = np.zeros((0, k), np.float32)
        doc_sims = _max_per_doc(sims_cat.astype(np.float32), enc.offsets)
        x_doc = np.hstack([enc.doc, doc_sims]).astype(np.float32)
        x_sent = np.hstack([enc.sent, sims_cat]).astype(np.float32) if len(enc.sent) else np.zeros((0, x_doc.shape[1]))
        return x_doc, x_sent

    def _prototype_index(self) -> list[np.ndarray]:
        ends = np.cumsum(self.prototype_counts_)
        return [np.arange(e - n, e) for n, e in zip(self.prototype_counts_, ends, strict=True)]

    def _texts(self, kind: str, texts) -> sp.csr_matrix:
        """TF-IDF rows over a fitted vocabulary (rebuilt from its arrays, so a loaded model needs no pickle)."""
        cache = self.__dict__.setdefault("_vectorizers", {})
        vocab, idf = (self.vocabulary_, self.idf_) if kind == "words" else (self.char_vocabulary_, self.char_idf_)
        vec = cache.get(kind)
        if vec is None or len(vec.vocabulary) != len(vocab):
            vec = _vectorizer(kind, vocabulary=list(vocab))
            vec.idf_ = idf
            cache[kind] = vec
        texts = list(texts)
        workers = getattr(self, "_workers", 1)  # set during fit only: its workers are running, nothing else is
        if workers < 2 or len(texts) < TFIDF_PROCESS_FROM:
            return _tfidf_rows(vec, texts)
        # each row depends on its own text alone: workers take the later parts, this process the first, same rows
        from .workspace import submit

        step = -(-len(texts) // workers)
        later = [submit(_tfidf_rows, vec, texts[a : a + step]) for a in range(step, len(texts), step)]
        return sp.vstack([_tfidf_rows(vec, texts[:step])] + [f.result() for f in later], format="csr")

    def _words(self, texts) -> sp.csr_matrix:
        return self._texts("words", texts)

    # -- the views' models ----------------------------------------------------------------------------------
    def _view_inputs(self, view: str, rows: np.ndarray, data: dict):
        """Training rows of one view: coded responses `rows` plus the codebook's texts, with labels and weights."""
        y, proto_y = data["y"][rows], data["proto_y"]
        if view == "sentence":
            off = data["offsets"]
            idx = np.concatenate([np.arange(off[r], off[r + 1]) for r in rows] + [np.zeros(0, dtype=np.int64)])
            return (np.vstack([data["xs"][idx], data["proto_x"]]),
                    np.vstack([np.repeat(y, np.diff(off)[rows], axis=0), proto_y]), None)  # fmt: skip
        w = np.concatenate([np.ones(len(rows)), np.full(len(proto_y), self.codebook_weight)])
        if view == "response":
            return np.vstack([data["x"][rows], data["proto_x"]]), np.vstack([y, proto_y]), w
        key = {"words": "xw", "chars": "xc"}[view]
        return sp.vstack([data[key][rows], data["proto_" + key]]).tocsr(), np.vstack([y, proto_y]), w

    def _fit_view(self, view: str, rows: np.ndarray, data: dict):
        if view == "neighbours":  # the coded responses' vectors and labels
            return (data["x"][rows, : -len(self.classes_)], data["y"][rows].astype(np.float32))
        c = {"response": self.C, "words": self.C_words, "chars": self.C_chars, "sentence": self.C_sentence}[view]
        x, y, w = self._view_inputs(view, rows, data)
        return multi_lr(x, y, c, w, max_iter=self.max_iter)

    def _fit_all(self, tasks: list[tuple], data: dict) -> list:
        """Fit (view, rows) tasks on `n_jobs` workers. Each fit is deterministic at one BLAS thread, so the worker
        count never changes the result. Large samples go to processes: scipy's sparse products hold the GIL, so
        two threads gave 1.3 cores' worth on FFT's 4,154 coded comments and 1.0 on Kent's 200 (PROCESS_FROM)."""
        workers = getattr(self, "_workers", self.n_jobs)
        if workers <= 1 or len(tasks) < 2:
            return [self._fit_view(v, r, data) for v, r in tasks]
        if len(data["xs"]) >= PROCESS_FROM:
            from joblib import Parallel, delayed

            params, k = self.get_params(), len(self.classes_)
            done = Parallel(n_jobs=workers, backend="loky")(delayed(_fit_task)(params, k, v, r, data) for v, r in tasks)
            self._worker_cpu = getattr(self, "_worker_cpu", 0.0) + sum(cpu for _, cpu in done)
            return [model for model, _ in done]
        from concurrent.futures import ThreadPoolExecutor

        with ThreadPoolExecutor(max_workers=workers) as pool:
            return list(pool.map(lambda t: self._fit_view(t[0], t[1], data), tasks))

    def _neighbour_scores(self, model, x) -> np.ndarray:
        """Similarity-weighted share of the nearest coded responses with each category (batched, never n x n)."""
        docs, y = model
        d = x[:, : -len(self.classes_)]
        k = min(self.n_neighbors, len(docs))
        out = np.zeros((len(d), y.shape[1]))
        for a in range(0, len(d), 2048):
            sims = np.clip(d[a : a + 2048] @ docs.T, 0, None)
            top = np.argpartition(-sims, k - 1, axis=1)[:, :k]
            w = np.take_along_axis(sims, top, axis=1)
            out[a : a + 2048] = np.einsum("nk,nkc->nc", w, y[top]) / np.maximum(w.sum(axis=1), 1e-9)[:, None]
        return out

    def _view_scores(self, models: dict, x, texts: dict, xs, offsets) -> np.ndarray:
        """The views' probabilities averaged: (responses x categories). `texts`: TF-IDF rows by view."""
        scores = []
        for view, m in models.items():
            if view == "response":
                scores.append(m.proba(x))
            elif view in ("words", "chars"):
                scores.append(m.proba(texts[view]))
            elif view == "sentence":
                s = m.proba(xs).astype(np.float32) if len(xs) else np.zeros((0, len(self.classes_)), np.float32)
                scores.append(_max_per_doc(s, offsets))
            elif view == "neighbours":
                scores.append(self._neighbour_scores(m, x))
        return np.mean(scores, axis=0)

    # -- fitting --------------------------------------------------------------------------------------
    def fit(self, X: Encoded, y: list[set[str]], *, codebook: Codebook, embedder,
            unlabelled: Encoded | Split | None = None):  # fmt: skip
        """Learn from coded responses plus the codebook's wording; calibrate and choose thresholds by CV.

        X: the coded responses, encoded; y: each one's set of category ids. `embedder` embeds the codebook's own
        texts. `unlabelled`: uncoded responses of the same consultation; they shape the word and character views'
        vocabularies and keep the thresholds from biasing their counts.
        """
        from threadpoolctl import threadpool_limits

        if len(X) != len(y):
            raise ValueError(f"{len(X)} texts but {len(y)} label sets")
        unknown = [v for v in self.views if v not in VIEWS]
        if unknown or not self.views:
            raise ValueError(f"unknown views {unknown}; choose from {VIEWS}")
        self.__dict__.pop("_vectorizers", None)  # a refit builds its own text features
        self.__dict__.pop("_worker_cpu", None)
        self.classes_ = np.array(codebook.ids)
        mlb = MultiLabelBinarizer(classes=list(self.classes_))
        labels = mlb.fit_transform([sorted(s) for s in y])
        protos = [[c.title] + ([c.description] if c.description else []) + list(c.examples)
                  for c in codebook.categories]  # fmt: skip
        flat = [t for ts in protos for t in ts]
        self.prototypes_ = embedder.encode(flat)
        self.prototype_counts_ = np.array([len(ts) for ts in protos], dtype=np.int64)
        x, xs = self._features(X)
        proto_enc = Encoded(flat, [[t] for t in flat], self.prototypes_, self.prototypes_, np.arange(len(flat) + 1))
        proto_x, _ = self._features(proto_enc)
        proto_y = np.zeros((len(flat), len(self.classes_)), dtype=int)
        for k, ix in enumerate(self._prototype_index()):
            proto_y[ix, k] = 1
        corpus = list(X.texts) + self._vocabulary_sample(unlabelled) + flat
        data = {"y": labels, "x": x, "xs": xs, "offsets": X.offsets, "proto_x": proto_x, "proto_y": proto_y}
        self.vocabulary_, self.idf_ = _fit_vocabulary("words", corpus)
        self.char_vocabulary_, self.char_idf_ = _fit_vocabulary("chars" if "chars" in self.views else None, corpus)
        for view, key in (("words", "xw"), ("chars", "xc")):
            if view in self.views:
                data[key], data["proto_" + key] = self._texts(view, X.texts), self._texts(view, flat)
        training = self._start_finetune(X, labels)
        self._workers = 1 if training is not None else self.n_jobs  # the fine-tuning has the other core
        clock = time.thread_time if training is not None else time.process_time  # this thread's CPU, or all of it
        t0, c0 = time.perf_counter(), clock()
        try:
            with threadpool_limits(1):  # small dense products: BLAS threads only add contention (10x slower loaded)
                oof = self._oof(data)
                self.calibrators_ = [self._platt(oof[:, k], labels[:, k]) for k in range(labels.shape[1])]
                cal = self._calibrate_all(oof)
                self.cv_scores_ = cal
                self.cv_labels_ = labels
                rows = np.arange(len(X))
                self.view_models_ = dict(zip(self.views, self._fit_all([(v, rows) for v in self.views], data),
                                             strict=True))  # fmt: skip
                self.head_ = None
                uncoded = None
                if unlabelled is not None and len(unlabelled) and self.count_tolerance > 0:
                    uncoded = self.predict_proba(unlabelled)
                self._uncoded_proba = uncoded  # a by-product the cascade reuses, not a learned attribute (not saved)
                self.thresholds_, self.cv_counts_ = self._thresholds(cal, labels, uncoded)
        except BaseException:
            if training is not None:
                training.abandon()
            raise
        finally:
            self.__dict__.pop("_workers", None)
            stop_workers()
        cpu = clock() - c0 + self.__dict__.pop("_worker_cpu", 0.0)
        self.fit_seconds_ = {"frozen_path": {"cpu_s": round(cpu, 1),
                                             "wall_s": round(time.perf_counter() - t0, 1)}}  # fmt: skip
        self.finetune_ = {"path": "frozen", "rule": "not asked" if self.finetune == "never" else "not met"}
        self.n_train_ = len(X)
        if training is not None:
            self._finish_finetune(training, labels, unlabelled)
        return self

    def _vocabulary_sample(self, unlabelled: Encoded | Split | None) -> list[str]:
        """The uncoded texts that shape the word and character vocabularies: all of them up to VOCABULARY_FROM, a
        seeded sample of that many beyond (fitting the character n-grams of 50,000 texts took 625 MB and 37 s)."""
        if unlabelled is None:
            return []
        if len(unlabelled) <= VOCABULARY_FROM:
            return list(unlabelled.texts)
        rows = np.sort(np.random.default_rng(self.random_state).choice(len(unlabelled), VOCABULARY_FROM, replace=False))
        return [unlabelled.texts[i] for i in rows]

    def _start_finetune(self, X: Encoded, labels: np.ndarray):
        """Fine-tuning, started in the background when the sample supports it (or when asked)."""
        from . import finetune as ft

        if self.finetune == "never" or (self.finetune == "auto" and not ft.should_finetune(labels)):
            return None
        return ft.Training(X, labels, seed=self.random_state, budget=self.finetune_budget, epochs=self.finetune_epochs)

    def _finish_finetune(self, training, labels: np.ndarray, unlabelled: Encoded | None) -> None:
        """Keep the fine-tuned head only if the blend wins on the validation share."""
        head, report = training.decide(self.cv_scores_, self.thresholds_, blend_weight=self.blend_weight,
                                       classes=[str(c) for c in self.classes_])  # fmt: skip
        self.finetune_ = {"rule": "met" if self.finetune == "auto" else "forced", **report}
        if report["path"] != "tuned":
            return
        self.head_ = head
        if unlabelled is not None and len(unlabelled) and self.count_tolerance > 0:
            from threadpoolctl import threadpool_limits

            with threadpool_limits(1):  # the count rule now sees the blended probabilities of the uncoded
                self.thresholds_, self.cv_counts_ = self._thresholds(self.cv_scores_, labels,
                                                                     self.predict_proba(unlabelled))  # fmt: skip

    def _oof(self, data: dict) -> np.ndarray:
        y = data["y"]
        n_splits = min(self.cv, len(y))
        if n_splits < 2:
            return np.full(y.shape, 0.5)
        oof = np.zeros(y.shape, dtype=float)
        folds = list(KFold(n_splits=n_splits, shuffle=True, random_state=self.random_state).split(y))
        fitted = self._fit_all([(v, tr) for tr, _ in folds for v in self.views], data)
        off = data["offsets"]
        for f, (_, te) in enumerate(folds):
            models = dict(zip(self.views, fitted[f * len(self.views) : (f + 1) * len(self.views)], strict=True))
            sub = [np.arange(off[i], off[i + 1]) for i in te]
            te_off = np.zeros(len(te) + 1, dtype=np.int64)
            te_off[1:] = np.cumsum([len(s) for s in sub])
            xs_te = data["xs"][np.concatenate(sub + [np.zeros(0, dtype=np.int64)])]
            texts = {v: data[k][te] for v, k in (("words", "xw"), ("chars", "xc")) if k in data}
            oof[te] = self._view_scores(models, data["x"][te], texts, xs_te, te_off)
        return oof

    def _platt(self, scores: np.ndarray, yk: np.ndarray) -> Linear | None:
        """A logistic map from the averaged view score to a calibrated probability."""
        if yk.min() == yk.max():
            return None
        return _linear(LogisticRegression(C=1.0, random_state=self.random_state).fit(_logit(scores)[:, None], yk))

    def _calibrate(self, k: int, scores: np.ndarray) -> np.ndarray:
        cal = self.calibrators_[k]
        if cal is None:
            return scores
        return cal.proba(_logit(scores)[:, None])

    def _calibrate_all(self, scores: np.ndarray) -> np.ndarray:
        return np.column_stack([self._calibrate(k, scores[:, k]) for k in range(scores.shape[1])])

    def _thresholds(self, oof: np.ndarray, y: np.ndarray, uncoded: np.ndarray | None = None):
        """Per category, a threshold chosen on out-of-fold scores, and the tp/fp/fn/tn it gives there.

        The threshold maximises F1; where thresholds within `count_tolerance` of the best F1 exist (equally good
        on a sample this size) and uncoded responses' calibrated probabilities are known, the one whose count on
        the uncoded responses is closest to the sum of their probabilities wins, so counts are not biased. It is
        then drawn towards the one threshold best for all categories together, the more the fewer its positives.
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
                # a category's own threshold is as noisy as its few positives: it is weighed against the shared
                # one as n against min_positives (micro-F1 +0.5 on FFT and its 10% sample, +1.6 on Care Opinion)
                n = int(y[:, k].sum())
                th[k] = round((n * th[k] + self.min_positives * shared) / (n + self.min_positives), 2)
            p = oof[:, k] >= th[k]
            counts[k] = [
                int((p & (y[:, k] == 1)).sum()),
                int((p & (y[:, k] == 0)).sum()),
                int((~p & (y[:, k] == 1)).sum()),
                int((~p & (y[:, k] == 0)).sum()),
            ]
        return th, counts

    # -- prediction -----------------------------------------------------------------------------------
    def _frozen_proba(self, X: Encoded) -> np.ndarray:
        x, xs = self._features(X)
        texts = {v: self._texts(v, X.texts) for v in ("words", "chars") if v in self.view_models_}
        return self._calibrate_all(self._view_scores(self.view_models_, x, texts, xs, X.offsets))

    def predict_proba(self, X: Encoded | Split) -> np.ndarray:
        """Calibrated probabilities, one column per category in codebook order."""
        if not len(X):
            return np.zeros((0, len(self.classes_)))
        if len(X) > PREDICT_BATCH:  # rows are independent: batches bound the TF-IDF matrices' memory
            return np.vstack([self.predict_proba(X.take(np.arange(a, min(a + PREDICT_BATCH, len(X)))))
                              for a in range(0, len(X), PREDICT_BATCH)])  # fmt: skip
        if isinstance(X, Split):
            X = X.take(np.arange(len(X)))
        proba = self._frozen_proba(X)
        if getattr(self, "head_", None) is not None:
            proba = self.head_.blend(proba, X)
        return _steady(proba)

    def predict(self, X: Encoded) -> np.ndarray:
        return (self.predict_proba(X) >= self.thresholds_).astype(int)

    def sentence_scores(self, X: Encoded) -> np.ndarray:
        """(sentences x categories): how much each sentence alone carries each category, for evidence.

        The response and sentence views score a sentence as if it were a response; the word and character views
        score its words. Computed once for a batch, so quoting evidence for 50,000 responses is one pass."""
        if not len(X.sent):
            return np.zeros((0, len(self.classes_)))
        _, xs = self._features(X)
        flat = [s for ss in X.sentences for s in ss]
        parts = []
        for view in ("sentence", "response", "words", "chars"):
            if view in self.view_models_:
                parts.append(self.view_models_[view].proba(self._texts(view, flat) if view in ("words", "chars")
                                                           else xs))  # fmt: skip
        return _steady(np.mean(parts, axis=0))

    def evidence(
        self, X: Encoded, i: int, k: int, max_sentences: int = 2, scores: np.ndarray | None = None
    ) -> list[str]:
        """The sentences of response i that most carry category k, best first (`scores`: sentence_scores(X))."""
        a, b = X.offsets[i], X.offsets[i + 1]
        if b <= a:
            return []
        s = scores[a:b, k] if scores is not None else self.sentence_scores(X.take([i]))[:, k]
        s = np.round(s, 9)  # noise far below any real difference never reorders sentences
        order = np.argsort(-s, kind="stable")
        keep = [order[0]] + [j for j in order[1:max_sentences] if s[j] >= 0.5]
        return [X.sentences[i][j] for j in keep]

    def describe(self) -> dict:
        """What manifest.json records about the trained classifier: its views and which path was chosen."""
        return {"views": list(self.views), "n_train": int(self.n_train_), "finetune": dict(self.finetune_)}


def _vectorizer(kind: str, **kw) -> TfidfVectorizer:
    if kind == "words":
        return TfidfVectorizer(ngram_range=(1, 2), sublinear_tf=True, strip_accents="unicode", **kw)
    return TfidfVectorizer(analyzer="char_wb", ngram_range=(2, 5), sublinear_tf=True, **kw)


def _fit_vocabulary(kind: str | None, corpus: list[str]) -> tuple[np.ndarray, np.ndarray]:
    """A view's vocabulary (in column order) and idf, fitted on every text the model may see."""
    if kind is None:
        return np.zeros(0, dtype=object), np.zeros(0)
    kw = {"min_df": 2} if kind == "words" else {"min_df": 3, "max_features": 60000}
    vec = _vectorizer(kind, **kw).fit(corpus)
    return np.array(sorted(vec.vocabulary_, key=vec.vocabulary_.get), dtype=object), vec.idf_


# -- saving without pickle ------------------------------------------------------------------------------------
FORMAT = "consult-nlp-classifier/2"
_LEARNED = ("classes_", "prototypes_", "prototype_counts_", "vocabulary_", "idf_", "char_vocabulary_", "char_idf_",
            "thresholds_", "cv_counts_", "cv_scores_", "cv_labels_")  # fmt: skip


def save_classifier(clf: CodebookClassifier, path: str | Path) -> Path:
    """Arrays in an .npz (no object arrays) plus the settings as JSON inside it: loading runs no code.

    A fine-tuned encoder's weights go beside it as safetensors (`head_path(path)`), written first, so an .npz on
    disk always has its weights."""
    import io

    path = Path(path)
    arrays: dict[str, np.ndarray] = {}
    for name in _LEARNED:
        v = getattr(clf, name)
        arrays[name] = v.astype(str) if v.dtype == object else v
    arrays["classes_"] = clf.classes_.astype(str)
    views = {}
    for view, m in clf.view_models_.items():
        if isinstance(m, Linear):
            arrays[f"view.{view}.coef"], arrays[f"view.{view}.intercept"] = m.coef, np.asarray(m.intercept)
        else:  # neighbours: the coded responses' vectors and labels
            arrays[f"view.{view}.docs"], arrays[f"view.{view}.y"] = m
        views[view] = "linear" if isinstance(m, Linear) else "neighbours"
    cal = []
    for k, c in enumerate(clf.calibrators_):
        if c is not None:
            arrays[f"cal{k}.coef"] = c.coef
        cal.append(None if c is None else c.intercept)
    head = None
    if getattr(clf, "head_", None) is not None:
        head = clf.head_.save(head_path(path))
    meta = {"format": FORMAT, "version": __version__, "params": clf.get_params(), "n_train_": int(clf.n_train_),
            "views": views, "calibrators": cal, "head": head,
            "finetune_": {k: v for k, v in clf.finetune_.items() if k != "time"}}  # fmt: skip
    arrays["__meta__"] = np.frombuffer(json.dumps(meta, sort_keys=True).encode("utf-8"), dtype=np.uint8)
    buf = io.BytesIO()
    np.savez(buf, **arrays)
    return atomic_write_bytes(path, buf.getvalue())


def head_path(path: str | Path) -> Path:
    """Where a saved classifier's fine-tuned weights live: beside it, under the same key."""
    path = Path(path)
    return path.with_name(path.stem + ".encoder.safetensors")


def load_classifier(path: str | Path) -> CodebookClassifier:
    """The classifier save_classifier wrote; a damaged or foreign file is an E400 error naming it."""
    path = Path(path)
    try:
        with np.load(path, allow_pickle=False) as z:
            arrays = {k: z[k] for k in z.files}
        meta = json.loads(arrays.pop("__meta__").tobytes().decode("utf-8"))
        if meta.get("format") != FORMAT:
            raise ValueError(f"format {meta.get('format')!r}")
        params = meta["params"]
        params["views"] = tuple(params["views"])
        clf = CodebookClassifier(**params)
        for name in _LEARNED:
            setattr(clf, name, arrays[name])
        clf.vocabulary_ = clf.vocabulary_.astype(object)
        clf.char_vocabulary_ = clf.char_vocabulary_.astype(object)
        clf.calibrators_ = [None if b is None else Linear(arrays[f"cal{k}.coef"], float(b))
                            for k, b in enumerate(meta["calibrators"])]  # fmt: skip
        clf.view_models_ = {}
        for view in params["views"]:  # in the fitted order: the views' mean is summed in that order
            kind = meta["views"][view]
            if kind == "linear":
                clf.view_models_[view] = Linear(arrays[f"view.{view}.coef"], arrays[f"view.{view}.intercept"])
            else:
                clf.view_models_[view] = (arrays[f"view.{view}.docs"], arrays[f"view.{view}.y"])
        clf.finetune_ = meta["finetune_"]
        clf.head_ = None
        if meta["head"] is not None:
            from .finetune import TunedHead

            clf.head_ = TunedHead.load(head_path(path), meta["head"])
        clf.n_train_ = int(meta["n_train_"])
    except (OSError, ValueError, KeyError, TypeError, zipfile.BadZipFile, json.JSONDecodeError) as e:
        raise ConsultError(
            "E400",
            f"{path}: the saved classifier cannot be read ({type(e).__name__}: {e}). Delete it; the next run trains "
            "the classifier again.",
        ) from None
    return clf
