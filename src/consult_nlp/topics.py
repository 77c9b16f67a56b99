"""The topic model under discovery: BERTopic over sentence embeddings, seeded, merged to a readable number.

HDBSCAN is run fine-grained (many small, pure clusters) and the clusters are then merged to a readable number
along the sentence-neighbour graph UMAP already built: the two themes whose sentences are most often each
other's neighbours, relative to how tightly each holds together, and weighted by how alike their centroids are,
are merged first. Merging by centroid or by c-TF-IDF similarity alone folds small distinct concerns into large
neighbours (benchmarks/discover_bench.py). Outliers are then given themes: BERTopic's `reduce_outliers` decides
which, leaving unthemed only the sentences least like any theme (at most `max_outlier_share` of them), and
their graph neighbours decide the theme.
"""

from __future__ import annotations

import re
import time
import warnings
from collections import Counter

import numpy as np
from bertopic.backend import BaseEmbedder
from sklearn.base import BaseEstimator

from .codebook import Codebook
from .embed import Embedder
from .errors import ConsultError
from .merging import (  # noqa: F401 - category_similarity, neighbour_graph: kept importable from here
    OUTLIER,
    _centroids,
    absorb_plan,
    category_similarity,
    merge_plan,
    near_duplicate_plan,
    neighbour_graph,
    neighbour_vote,
)

_WORD = re.compile(r"[a-z0-9]+")
_TAG = re.compile(r"\[[A-Z_]+\]")


class CachedBackend(BaseEmbedder):
    """Lets BERTopic embed through the shared cache (zero-shot category texts, keywords), never by model name."""

    def __init__(self, embedder: Embedder):
        super().__init__()
        self.embedder = embedder

    def embed(self, documents, verbose: bool = False) -> np.ndarray:
        return self.embedder.encode(list(documents))


class _StableSortNumpy:
    """numpy, with a stable argsort, for the hdbscan package's module.

    HDBSCAN sorts its spanning tree's edges with np.argsort's default quicksort, and mutual reachability makes many
    edges tie (an edge often weighs its end's core distance). numpy sorts with AVX2 or AVX-512 code where the CPU
    has it, and scalar code elsewhere, and those order tied edges differently: the same points gave different
    clusters on another CPU (#11). A stable sort orders ties by the tree's own, deterministic, edge order."""

    def __getattr__(self, name):
        return getattr(np, name)

    @staticmethod
    def argsort(a, axis=-1, kind=None, order=None):
        return np.argsort(a, axis=axis, kind="stable", order=order)


_STABLE_SORT_NUMPY = _StableSortNumpy()


def _relabel_by_size(topics: np.ndarray) -> tuple[np.ndarray, dict[int, int]]:
    """Theme ids 0, 1, 2 ... in decreasing size (ties: first seen first); outliers stay -1."""
    uniq, first, counts = np.unique(topics, return_index=True, return_counts=True)
    info = {int(t): (-int(c), int(f)) for t, f, c in zip(uniq, first, counts, strict=True) if t != OUTLIER}
    m = {t: i for i, t in enumerate(sorted(info, key=info.get))} | {OUTLIER: OUTLIER}
    return np.array([m[int(t)] for t in topics], dtype=np.int64), m


# -- the estimator ---------------------------------------------------------------------------------------------
class ThemeDiscoverer(BaseEstimator):
    """BERTopic over sentence embeddings, with seeded sub-models, readable merging and outlier reduction.

    Every sub-model can be injected (umap_model, hdbscan_model, vectorizer_model, ctfidf_model,
    representation_model) so tests can use small fast ones. With `categories` (a Codebook), BERTopic runs
    zero-shot: sentences close to a category's title and description join it, and the rest are clustered. With
    `assign_embedder` (the static encoder), a corpus over `max_fit_sentences` has only its fitted sample embedded
    by `embedder`; the rest is assigned on the static vectors.
    """

    def __init__(
        self,
        embedder: Embedder | None = None,
        categories: Codebook | None = None,
        max_themes: int = 40,
        max_theme_share: float = 0.15,
        min_cluster_size: int | None = None,
        min_samples: int = 5,
        n_neighbors: int = 30,
        n_components: int = 5,
        max_outlier_share: float = 0.10,
        outlier_min_similarity: float = 0.35,
        outlier_strategies: tuple[str, ...] = ("embeddings",),
        zeroshot_min_similarity: float = 0.5,
        absorb_min_similarity: float = 0.6,
        max_similarity: float = 0.9,
        max_shared_responses: float = 0.7,
        top_n_words: int = 10,
        max_fit_sentences: int | None = 20_000,
        umap_model=None,
        hdbscan_model=None,
        vectorizer_model=None,
        ctfidf_model=None,
        representation_model=None,
        assign_embedder: Embedder | None = None,
        assign_c: float = 10.0,
        random_state: int = 0,
    ):
        self.embedder = embedder
        self.categories = categories
        self.max_themes = max_themes
        self.max_theme_share = max_theme_share
        self.min_cluster_size = min_cluster_size
        self.min_samples = min_samples
        self.n_neighbors = n_neighbors
        self.n_components = n_components
        self.max_outlier_share = max_outlier_share
        self.outlier_min_similarity = outlier_min_similarity
        self.outlier_strategies = outlier_strategies
        self.zeroshot_min_similarity = zeroshot_min_similarity
        self.absorb_min_similarity = absorb_min_similarity
        self.max_similarity = max_similarity
        self.max_shared_responses = max_shared_responses
        self.top_n_words = top_n_words
        self.max_fit_sentences = max_fit_sentences
        self.umap_model = umap_model
        self.hdbscan_model = hdbscan_model
        self.vectorizer_model = vectorizer_model
        self.ctfidf_model = ctfidf_model
        self.representation_model = representation_model
        self.assign_embedder = assign_embedder
        self.assign_c = assign_c
        self.random_state = random_state

    # sub-models ------------------------------------------------------------------------------------------
    def _umap(self, n: int):
        if self.umap_model is not None:
            return self.umap_model
        from numba.core import config
        from umap import UMAP

        if config.CPU_NAME != "generic":
            warnings.warn(
                "numba was imported before consult_nlp, so UMAP is compiled for this CPU and themes may differ on "
                "another machine; import consult_nlp first (or set NUMBA_CPU_NAME=generic) for machine-independent "
                "themes.",
                stacklevel=2,
            )
        return UMAP(
            n_neighbors=max(2, min(self.n_neighbors, n - 1)),
            n_components=max(2, min(self.n_components, n - 2)),
            min_dist=0.0,
            metric="cosine",
            init="spectral" if n > 100 else "random",
            random_state=self.random_state,
            low_memory=True,
            n_jobs=1,  # a seeded UMAP runs on one thread anyway; saying so avoids its warning
        )

    def _hdbscan(self, n: int, total: int | None = None):
        if self.hdbscan_model is not None:
            return self.hdbscan_model
        import hdbscan.hdbscan_
        from hdbscan import HDBSCAN

        hdbscan.hdbscan_.np = _STABLE_SORT_NUMPY  # see _StableSortNumpy

        # fine-grained: clusters are merged later. Small inputs (under 300 sentences) get clusters of 5 to 9 and
        # HDBSCAN's leaf clusters, or a concern raised by 15 people can vanish into a neighbour before the merge
        # can keep it apart (in guided mode only the sentences no category claimed are clustered: fewer still)
        total = max(total or n, n)
        size = self.min_cluster_size or max(min(10, max(5, total // 30)), total // 500)
        if not self.min_cluster_size and total > n:
            # a sample of `total` sentences: a cluster needs the share of sentences it would in the whole, or a
            # concern found in the whole can be too thin in the sample to form one (benchmarks/discover_bench.py)
            size = max(5, round(size * n / total))
        size = max(2, min(size, n // 4 or 2))
        return HDBSCAN(
            min_cluster_size=size,
            min_samples=max(1, min(self.min_samples, size)),
            metric="euclidean",
            cluster_selection_method="leaf" if n < 300 else "eom",
            prediction_data=False,
        )

    def _vectorizer(self):
        from sklearn.feature_extraction.text import CountVectorizer

        if self.vectorizer_model is not None:
            return self.vectorizer_model
        # fitted on one document per theme, so min_df counts themes: keep words that only one theme uses
        return CountVectorizer(
            stop_words="english", ngram_range=(1, 2), min_df=1, token_pattern=r"(?u)\b[a-zA-Z]{2,}\b"
        )

    def _ctfidf(self):
        from bertopic.vectorizers import ClassTfidfTransformer

        return self.ctfidf_model if self.ctfidf_model is not None else ClassTfidfTransformer(reduce_frequent_words=True)

    def _category_texts(self) -> list[str]:
        return [f"{c.title} {c.description}".strip() for c in self.categories.categories] if self.categories else []

    def _category_prototypes(self) -> tuple[list[str], np.ndarray]:
        """Every wording of every category (title, description, examples) and the category each belongs to."""
        texts, owner = [], []
        for k, c in enumerate(self.categories.categories if self.categories else ()):
            for t in (c.title, c.description, *c.examples):
                if t and t.strip():
                    texts.append(t)
                    owner.append(k)
        return texts, np.array(owner, dtype=np.int64)

    # fitting ---------------------------------------------------------------------------------------------
    def fit(
        self,
        sentences: list[str],
        embeddings: np.ndarray | None = None,
        shown: list[str] | None = None,
        groups: list[frozenset] | None = None,
    ):
        """Fit on sentences (and their embeddings, if already computed); `shown` is what keywords are built from;
        `groups`, the responses each sentence comes from, lets themes that share most responses be merged."""
        t0 = time.perf_counter()
        n = len(sentences)
        if n < 10:
            raise ConsultError(
                "E600",
                f"only {n} sentences to discover themes in; theme discovery needs at least 10. "
                "Add responses, or code this consultation by hand.",
            )
        emb = self.embedder if self.embedder is not None else Embedder()
        # keywords come from the shown (redacted) text, without the redaction tags themselves
        docs = [_TAG.sub(" ", d) for d in (shown if shown is not None else sentences)]

        # a large corpus is fitted on a seeded sample and the rest assigned to the fitted themes (BERTopic's advice
        # for large corpora): UMAP's and HDBSCAN's cost then stops growing with the consultation
        limit = self.max_fit_sentences
        if limit is not None and n > limit:
            fit_rows = np.sort(np.random.default_rng(self.random_state).choice(n, int(limit), replace=False))
        else:
            fit_rows = np.arange(n)
        self.fit_sentences_ = len(fit_rows)
        # with an assign_embedder (the static encoder), only the sample meets the transformer: the encoder's cost
        # then stops growing with the consultation too
        cheap = embeddings is None and self.assign_embedder is not None and len(fit_rows) < n
        if embeddings is None and not cheap:
            embeddings = emb.encode(list(sentences))
        if embeddings is not None:
            embeddings = np.asarray(embeddings, dtype=np.float32)
            sample = embeddings[fit_rows]
        else:
            sample = np.asarray(emb.encode([sentences[i] for i in fit_rows]), dtype=np.float32)
        self.timings_ = {"embed": time.perf_counter() - t0}
        self.assigned_by_ = "transformer"
        self._fit_rows(emb, [docs[i] for i in fit_rows], sample,
                       [groups[i] for i in fit_rows] if groups else None, total=n)  # fmt: skip
        if cheap:
            self._assign_rest_static(docs, list(sentences), fit_rows)
        elif len(fit_rows) < n:
            self._assign_rest(docs, embeddings, fit_rows)
        self.timings_["total"] = time.perf_counter() - t0
        return self

    def _fit_rows(self, emb: Embedder, docs: list[str], embeddings: np.ndarray, groups: list[frozenset] | None,
                  total: int | None = None):  # fmt: skip
        """BERTopic on these sentences, then merging, absorbing known categories and outlier reduction."""
        from bertopic import BERTopic

        n = len(docs)
        zeroshot = self._category_texts()
        self.category_ids_ = list(self.categories.ids) if self.categories else []
        umap_model = self._umap(n)
        model = BERTopic(
            embedding_model=CachedBackend(emb),
            umap_model=umap_model,
            hdbscan_model=self._hdbscan(n, total),
            vectorizer_model=self._vectorizer(),
            ctfidf_model=self._ctfidf(),
            representation_model=self.representation_model,
            zeroshot_topic_list=zeroshot or None,
            zeroshot_min_similarity=self.zeroshot_min_similarity,
            top_n_words=self.top_n_words,
            calculate_probabilities=False,
        )
        t = time.perf_counter()
        topics, _ = model.fit_transform(docs, embeddings)
        topics = np.asarray(topics, dtype=np.int64)
        self.timings_["fit"] = time.perf_counter() - t
        # from here on float64: sums and dot products of grid vectors (embed.quantise) are then exact, so no CPU's
        # SIMD or BLAS kernels can move a similarity across a threshold or reorder a tie
        embeddings = embeddings.astype(np.float64)
        self.n_fine_topics_ = len(set(topics.tolist()) - {OUTLIER})
        self.initial_outlier_share_ = float(np.mean(topics == OUTLIER))

        # which clusters stand for a known category: those most of whose sentences zero-shot assigned to it,
        # and those whose centroid is close to it; each category ends up as one topic
        self.zeroshot_assigned_ = np.full(n, -1, dtype=np.int64)
        known: dict[int, str] = {}
        if zeroshot:
            cat_emb = emb.encode(zeroshot).astype(np.float64)
            sims = embeddings @ cat_emb.T
            best = sims.argmax(axis=1)
            ok = sims.max(axis=1) >= self.zeroshot_min_similarity
            self.zeroshot_assigned_[ok] = best[ok]
            index = {c: i for i, c in enumerate(self.category_ids_)}
            first = {t: index[c] for t, c in self._known(topics).items()}
            mapping, after = absorb_plan(topics, embeddings, cat_emb, first, self.absorb_min_similarity)
            topics = np.array([mapping[int(x)] for x in topics], dtype=np.int64)
            known = {t: self.category_ids_[c] for t, c in after.items()}

        # merge to a readable number along the neighbour graph
        t = time.perf_counter()
        graph = getattr(umap_model, "graph_", None)
        if graph is None or graph.shape[0] != n:
            graph = neighbour_graph(embeddings)
        mapping = merge_plan(topics, graph, self.max_themes, known, self.max_theme_share, embeddings)
        topics = np.array([mapping[int(x)] for x in topics], dtype=np.int64)
        known = {mapping[t]: c for t, c in known.items()}
        self.merge_notes_: list[str] = []
        if zeroshot:  # merged themes have steadier centroids: a second look for ones that are known categories
            texts, owner = self._category_prototypes()
            index = {c: i for i, c in enumerate(self.category_ids_)}
            mapping, after = absorb_plan(topics, embeddings, emb.encode(texts).astype(np.float64),
                                         {t: index[c] for t, c in known.items()},
                                         self.absorb_min_similarity, owner)  # fmt: skip
            topics = np.array([mapping[int(x)] for x in topics], dtype=np.int64)
            known = {t: self.category_ids_[c] for t, c in after.items()}
        mapping, self.merge_notes_ = near_duplicate_plan(topics, embeddings, groups, known, self.max_similarity,
                                                         self.max_shared_responses)  # fmt: skip
        topics = np.array([mapping[int(x)] for x in topics], dtype=np.int64)
        known = {mapping[t]: c for t, c in known.items()}
        topics, mapping = _relabel_by_size(topics)
        known = {mapping[t]: c for t, c in known.items()}
        self._update(model, docs, topics, embeddings)
        self.timings_["merge"] = time.perf_counter() - t

        # give outliers themes (their neighbours choose which), keeping unthemed only the least theme-like sentences
        t = time.perf_counter()
        topics = self._reduce_outliers(model, docs, topics, embeddings, graph)
        topics, mapping = _relabel_by_size(topics)
        known = {mapping[t]: c for t, c in known.items()}
        self._update(model, docs, topics, embeddings)
        self.timings_["outliers"] = time.perf_counter() - t

        self.theme_category_ = dict(sorted(known.items()))
        self._set_result(model, topics, embeddings)

    def _set_result(self, model, topics: np.ndarray, embeddings: np.ndarray, rows: np.ndarray | None = None) -> None:
        """`embeddings` are the transformer's vectors of `rows` (all sentences by default; the fitted sample when
        the rest was assigned by the static encoder): centroids and representatives come from those."""
        self.topic_model_ = model
        self.topics_ = topics
        self.embeddings_ = embeddings
        self.embedded_rows_ = np.arange(len(topics)) if rows is None else rows
        self.outlier_share_ = float(np.mean(topics == OUTLIER))
        self.theme_ids_ = sorted(set(topics.tolist()) - {OUTLIER})
        self.centroids_ = _centroids(embeddings, topics[self.embedded_rows_], self.theme_ids_)
        present = set(topics.tolist())
        self.keywords_ = {t: self._keywords(model, t) for t in [OUTLIER, *self.theme_ids_] if t in present}

    def _assign_rest(self, docs: list[str], embeddings: np.ndarray, fit_rows: np.ndarray) -> None:
        """Sentences outside the fitted sample join the theme whose centroid is closest, if it clears the same
        similarity the sample's outliers had to; the rest stay outliers. Theme ids, sizes and keywords are then
        those of the whole corpus."""
        t = time.perf_counter()
        n = len(docs)
        topics = np.full(n, OUTLIER, dtype=np.int64)
        topics[fit_rows] = self.topics_
        rest = np.setdiff1d(np.arange(n), fit_rows)
        theme = np.asarray(self.theme_ids_, dtype=np.int64)
        x = np.asarray(embeddings, dtype=np.float64)  # float64, as the sample's own outlier reduction: noise ~1e-16
        for a in range(0, len(rest), 20_000):
            idx = rest[a : a + 20_000]
            sims = x[idx] @ self.centroids_.T if len(theme) else np.full((len(idx), 1), -np.inf)
            best = np.argmax(sims, axis=1)
            ok = sims[np.arange(len(idx)), best] >= self.outlier_threshold_
            if len(theme):
                topics[idx[ok]] = theme[best[ok]]
        self._assigned(docs, topics, x, None, t)

    def _assign_rest_static(self, docs: list[str], sentences: list[str], fit_rows: np.ndarray) -> None:
        """Sentences outside the fitted sample get their theme (or none) from a logistic regression on the static
        encoder's vectors, trained on 80% of the sample's fitted themes, outliers included as a class; so the
        transformer never sees them. On the static vectors it agrees with the fit more often than the nearest
        static centroid does (a development run on Kent, 5 folds: 0.72 against 0.60; the transformer's own
        nearest centroid: 0.84).
        `static_agreement_` is its agreement with the fit on the other 20% of the sample: what the assignment can
        be trusted to. Weights are rounded to the 2^-16 grid and scores summed in float64, so every machine
        assigns alike."""
        from sklearn.linear_model import LogisticRegression
        from sklearn.model_selection import train_test_split
        from threadpoolctl import threadpool_limits

        from .embed import on_grid

        t = time.perf_counter()
        n = len(docs)
        fitted = self.topics_
        stat = self._static_vectors([sentences[i] for i in fit_rows])
        strata = fitted if min(Counter(fitted.tolist()).values()) > 1 else None
        learn, check = train_test_split(np.arange(len(fitted)), test_size=0.2, random_state=self.random_state,
                                        stratify=strata)  # fmt: skip
        if len(set(fitted[learn].tolist())) < 2:  # one theme: nothing to choose between
            self.assign_classes_ = np.array([Counter(fitted[learn].tolist()).most_common(1)[0][0]], dtype=np.int64)
            self.assign_weights_ = (np.zeros((1, stat.shape[1])), np.zeros(1))
        else:
            with threadpool_limits(1):  # one BLAS thread: the same weights whatever the machine's thread count
                lr = LogisticRegression(C=self.assign_c, max_iter=1000).fit(stat[learn], fitted[learn])
            self.assign_classes_ = lr.classes_.astype(np.int64)
            weights, bias = on_grid(lr.coef_), on_grid(lr.intercept_)
            if len(self.assign_classes_) == 2:  # sklearn's binary form: one row, for the second class
                weights, bias = np.vstack([-weights, weights]), np.concatenate([-bias, bias])
            self.assign_weights_ = (weights, bias)
        self.static_agreement_ = float(np.mean(self._assign(stat[check]) == fitted[check])) if len(check) else 0.0
        topics = np.full(n, OUTLIER, dtype=np.int64)
        topics[fit_rows] = fitted
        rest = np.setdiff1d(np.arange(n), fit_rows)
        for a in range(0, len(rest), 20_000):  # bounded memory, whatever the corpus
            idx = rest[a : a + 20_000]
            topics[idx] = self._assign(self._static_vectors([sentences[i] for i in idx]))
        self.assigned_by_ = "static"
        self._assigned(docs, topics, self.embeddings_, fit_rows, t)

    def _assigned(self, docs: list[str], topics: np.ndarray, vectors: np.ndarray, rows: np.ndarray | None,
                  started: float) -> None:  # fmt: skip
        """The whole corpus's result once the rest is assigned: ids by size, keywords, centroids from `vectors`
        (the transformer's, of `rows`; all sentences by default)."""
        topics, mapping = _relabel_by_size(topics)
        self.theme_category_ = dict(sorted((mapping[t], c) for t, c in self.theme_category_.items()))
        self._update(self.topic_model_, docs, topics, vectors, rows=rows)
        self._set_result(self.topic_model_, topics, vectors, rows=rows)
        self.timings_["assign_rest"] = time.perf_counter() - started

    def _assign(self, x: np.ndarray) -> np.ndarray:
        weights, bias = self.assign_weights_
        return self.assign_classes_[np.argmax(x @ weights.T + bias, axis=1)]

    def _static_vectors(self, texts: list[str]) -> np.ndarray:
        return np.asarray(self.assign_embedder.encode(texts), dtype=np.float64)

    def _known(self, topics: np.ndarray) -> dict[int, str]:
        """Topic -> category id, for topics where most sentences were zero-shot assigned to one category."""
        out: dict[int, str] = {}
        if not self.category_ids_:
            return out
        for t in sorted(set(topics.tolist()) - {OUTLIER}):
            z = self.zeroshot_assigned_[topics == t]
            z = z[z >= 0]
            if len(z) and len(z) * 2 >= (topics == t).sum():
                vals, counts = np.unique(z, return_counts=True)
                out[t] = self.category_ids_[int(vals[np.argmax(counts)])]
        return out

    def _keywords(self, model, topic: int) -> list[str]:
        """The theme's top c-TF-IDF words, ties broken by the word itself: BERTopic's own ranking leaves tied
        scores (common in small themes) in the order numpy's sort gives, which differs between CPUs (#11)."""
        if self.representation_model is not None:
            return [w for w, _ in (model.get_topic(topic) or []) if w][: self.top_n_words]
        row = model.c_tf_idf_[topic + model._outliers].toarray().ravel()
        words = model.vectorizer_model.get_feature_names_out()
        scores = np.round(row, 12)  # float noise never reorders words
        nz = np.flatnonzero(scores > 0)
        order = sorted(nz.tolist(), key=lambda j: (-scores[j], words[j]))
        return [str(words[j]) for j in order[: self.top_n_words]]

    def _update(self, model, docs: list[str], topics: np.ndarray, embeddings: np.ndarray,
                rows: np.ndarray | None = None) -> None:  # fmt: skip
        """Recompute c-TF-IDF keywords for the new assignment; topic vectors are the sentence centroids."""
        import logging

        log = logging.getLogger("BERTopic")
        level = log.level
        log.setLevel(logging.ERROR)  # the warning about custom assignments is expected: this is the last step
        with warnings.catch_warnings():
            warnings.simplefilter("ignore")
            model.update_topics(
                docs,
                topics=topics.tolist(),
                top_n_words=self.top_n_words,
                vectorizer_model=self._vectorizer(),
                ctfidf_model=self._ctfidf(),
                representation_model=self.representation_model,
            )
        log.setLevel(level)
        ids = sorted(set(topics.tolist()))
        of = topics if rows is None else topics[rows]  # the topics of the sentences `embeddings` holds
        model.topic_embeddings_ = np.stack(
            [embeddings[of == t].mean(axis=0) if (of == t).any() else np.zeros(embeddings.shape[1]) for t in ids]
        )

    def _reduce_outliers(self, model, docs: list[str], topics: np.ndarray, embeddings: np.ndarray,
                         graph=None) -> np.ndarray:  # fmt: skip
        """Which outliers get a theme is BERTopic's reduce_outliers' choice (by similarity, keeping at most
        max_outlier_share unthemed); which theme, with `graph`, the vote of their neighbours (merging.neighbour_vote),
        BERTopic's where no neighbour has one."""
        before = topics
        topics = self._reduce_by_similarity(model, docs, topics, embeddings)
        if graph is None:
            return topics
        rows = np.flatnonzero((before == OUTLIER) & (topics != OUTLIER))
        vote = neighbour_vote(graph, topics, rows)
        topics = topics.copy()
        topics[rows] = np.where(vote != OUTLIER, vote, topics[rows])
        return topics

    def _reduce_by_similarity(self, model, docs: list[str], topics: np.ndarray, embeddings: np.ndarray) -> np.ndarray:
        outliers = topics == OUTLIER
        self.outlier_threshold_ = self.outlier_min_similarity  # what a sentence outside a fitted sample must clear
        if not outliers.any() or len(set(topics.tolist())) < 2:
            return topics
        allowed = int(np.floor(self.max_outlier_share * len(topics)))
        for strategy in self.outlier_strategies:
            idx = np.flatnonzero(topics == OUTLIER)
            if len(idx) == 0:
                break
            sims = self._outlier_similarity(model, docs, idx, embeddings, strategy)
            threshold = self.outlier_min_similarity
            if strategy == self.outlier_strategies[-1] and int((sims < threshold).sum()) > allowed:
                # too many would stay unthemed: lower the bar to keep only the `allowed` least similar
                threshold = float(np.sort(sims)[::-1][len(idx) - allowed - 1]) if allowed < len(idx) else -1.0
            if strategy == "embeddings":
                self.outlier_threshold_ = min(self.outlier_threshold_, threshold)
            new = model.reduce_outliers(
                docs, topics.tolist(), strategy=strategy, threshold=threshold, embeddings=embeddings
            )
            topics = np.asarray(new, dtype=np.int64)
        return topics

    @staticmethod
    def _outlier_similarity(model, docs, idx, embeddings, strategy: str) -> np.ndarray:
        """The best similarity BERTopic's reduce_outliers will see for each outlier, to choose a threshold."""
        from sklearn.metrics.pairwise import cosine_similarity

        if strategy == "embeddings":
            ref = model.topic_embeddings_[model._outliers :]
            return cosine_similarity(embeddings[idx], ref).max(axis=1)
        if strategy == "c-tf-idf":
            bow = model.vectorizer_model.transform([docs[i] for i in idx])
            return cosine_similarity(model.ctfidf_model.transform(bow), model.c_tf_idf_[model._outliers :]).max(axis=1)
        raise ConsultError("E306", f"unknown outlier strategy {strategy!r}; use 'embeddings' or 'c-tf-idf'.")

    # reading the result ----------------------------------------------------------------------------------
    def representatives(self, theme: int, shown: list[str], k: int = 3, min_words: int = 4) -> list[str]:
        """The k distinct sentences closest to the theme's centroid (shown text), preferring ones of some length."""
        pos = np.flatnonzero(self.topics_[self.embedded_rows_] == theme)  # among the sentences with vectors
        if len(pos) == 0:
            return []
        c = self.centroids_[self.theme_ids_.index(theme)] if theme != OUTLIER else None
        sims = self.embeddings_[pos] @ c if c is not None else np.zeros(len(pos))
        order = self.embedded_rows_[pos[np.argsort(-sims, kind="stable")]]
        out: list[str] = []
        seen: set[str] = set()
        for pass_min in (min_words, 1):
            for i in order:
                s = shown[i]
                key = " ".join(_WORD.findall(s.lower()))
                if key in seen or len(s.split()) < pass_min:
                    continue
                seen.add(key)
                out.append(s)
                if len(out) == k:
                    return out
        return out
