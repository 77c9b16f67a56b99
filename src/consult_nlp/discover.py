"""Theme discovery with BERTopic at sentence level: draft a codebook from nothing, or find what a codebook misses.

Sentences, not responses, are clustered, so a response that raises three concerns feeds three themes. The
embeddings come from the shared `Embedder` cache (the one classify fills), so nothing is encoded twice. UMAP and
HDBSCAN are seeded, so the same input gives the same themes.

HDBSCAN is run fine-grained (many small, pure clusters) and the clusters are then merged to a readable number
along the sentence-neighbour graph UMAP already built: the two themes whose sentences are most often each
other's neighbours, relative to how tightly each holds together, are merged first. Merging by centroid or by
c-TF-IDF similarity instead folds small distinct concerns into large neighbours (benchmarks/discover_bench.py).
Outliers are then assigned with BERTopic's `reduce_outliers`, leaving unthemed only the sentences least like any
theme, at most `max_outlier_share` of them.
"""

from __future__ import annotations

import re
import time
import unicodedata
import warnings
from dataclasses import dataclass, field

import numpy as np
import pandas as pd
import scipy.sparse as sp
from bertopic.backend import BaseEmbedder
from sklearn.base import BaseEstimator

from .codebook import Category, Codebook, ConsultationFacts
from .embed import Embedder
from .errors import ConsultError
from .ingest import Redactor
from .text import split_sentences

OUTLIER = -1
THEME_COLUMNS = ["theme_id", "size", "title", "keywords"]
SENTENCE_COLUMNS = ["response_id", "sentence", "theme_id"]
CANDIDATE_COLUMNS = [
    "theme_id", "draft_id", "sentences", "responses", "title", "keywords",
    "nearest_category", "nearest_similarity", "examples",
]  # fmt: skip
SKIP_FLAGS = {"blank", "no_answer", "duplicate"}
_WORD = re.compile(r"[a-z0-9]+")
_TAG = re.compile(r"\[[A-Z_]+\]")


# -- sentences -------------------------------------------------------------------------------------------------
def sentence_table(responses: pd.DataFrame, nlp=None) -> pd.DataFrame:
    """One row per sentence: response_id, text (embedded, as classify embeds it) and shown (redacted, for reports).

    Responses flagged blank, no-answer or duplicate by ingest are skipped. The shown sentence comes from the
    response's redacted_text when its sentences line up one-to-one with the text's, and is redacted here if not.
    """
    if not {"response_id", "text"} <= set(responses.columns):
        raise ConsultError("E106", "responses need response_id and text columns to discover themes.")
    keep = responses
    if "flags" in responses.columns:
        flagged = responses["flags"].fillna("").map(lambda f: bool(SKIP_FLAGS & set(str(f).split(";"))))
        keep = responses[~flagged]
    ids = list(keep["response_id"])
    texts = [t if isinstance(t, str) else "" for t in keep["text"]]
    sents = split_sentences(texts, nlp)
    shown_sents: list[list[str] | None] = [None] * len(texts)
    if "redacted_text" in keep.columns:
        red = split_sentences([t if isinstance(t, str) else "" for t in keep["redacted_text"]], nlp)
        shown_sents = [r if len(r) == len(s) else None for r, s in zip(red, sents, strict=True)]
    rows, todo = [], []
    for rid, ss, rs in zip(ids, sents, shown_sents, strict=True):
        for j, s in enumerate(ss):
            if rs is None:
                todo.append(len(rows))
            rows.append([rid, s, rs[j] if rs is not None else ""])
    if todo:  # redact the sentences whose response's redacted text did not line up, in one batch
        for i, r in zip(todo, Redactor().redact([rows[i][1] for i in todo]), strict=True):
            rows[i][2] = r
    return pd.DataFrame(rows, columns=["response_id", "text", "shown"])


class CachedBackend(BaseEmbedder):
    """Lets BERTopic embed through the shared cache (zero-shot category texts, keywords), never by model name."""

    def __init__(self, embedder: Embedder):
        super().__init__()
        self.embedder = embedder

    def embed(self, documents, verbose: bool = False) -> np.ndarray:
        return self.embedder.encode(list(documents))


# -- merging ---------------------------------------------------------------------------------------------------
def neighbour_graph(embeddings: np.ndarray, n_neighbors: int = 15) -> sp.csr_matrix:
    """A symmetric k-nearest-neighbour graph by cosine, for when the dimension reducer has not built one."""
    from sklearn.neighbors import NearestNeighbors

    n = len(embeddings)
    k = max(1, min(n_neighbors, n - 1))
    g = NearestNeighbors(n_neighbors=k, metric="cosine").fit(embeddings).kneighbors_graph(mode="connectivity")
    g = g.maximum(g.T)
    return sp.csr_matrix(g)


def merge_plan(
    topics: np.ndarray,
    graph: sp.spmatrix,
    max_topics: int,
    known: dict[int, str] | None = None,
    max_share: float = 0.15,
) -> dict[int, int]:
    """Old topic -> new topic, merging the most connected pair until at most max_topics remain.

    Connection of topics a and b is W_ab / sqrt(W_aa * W_bb), where W sums the neighbour-graph weights between
    their sentences. Topics that stand for known categories are kept as they are (they absorbed their sentences
    by similarity to the category, not by adjacency), and no merge makes
    a theme hold more than max_share of the themed sentences (a catch-all theme says nothing), unless no other
    merge is left, when the limit is raised step by step.
    """
    ids = sorted(int(t) for t in set(topics.tolist()) - {OUTLIER})
    mapping = {t: t for t in ids} | {OUTLIER: OUTLIER}
    k = len(ids)
    if k <= max_topics:
        return mapping
    pos = {t: i for i, t in enumerate(ids)}
    rows = np.flatnonzero(topics != OUTLIER)
    p = sp.csr_matrix((np.ones(len(rows)), (rows, [pos[int(t)] for t in topics[rows]])), shape=(len(topics), k))
    w = np.asarray((p.T @ sp.csr_matrix(graph) @ p).todense(), dtype=np.float64)
    w = (w + w.T) / 2
    size = np.asarray(p.sum(axis=0)).ravel()
    cap = max_share * size.sum()
    cat = [(known or {}).get(t) for t in ids]
    labelled = np.array([c is not None for c in cat])
    forbidden = labelled[:, None] | labelled[None, :]
    active = np.ones(k, dtype=bool)
    members = {i: [i] for i in range(k)}
    n_active = k
    while n_active > max_topics:
        d = np.sqrt(np.maximum(np.diag(w), 1e-12))
        score = w / np.outer(d, d)
        np.fill_diagonal(score, -np.inf)
        score[~active, :] = -np.inf
        score[:, ~active] = -np.inf
        score[forbidden] = -np.inf
        too_big = np.add.outer(size, size) > cap
        if not np.isfinite(np.where(too_big, -np.inf, score)).any():
            if not np.isfinite(score).any():
                break  # only known categories are left, and they are never merged
            cap *= 1.25
            continue
        score[too_big] = -np.inf
        a, b = divmod(int(np.argmax(score)), k)
        a, b = min(a, b), max(a, b)
        w[a, :] += w[b, :]
        w[:, a] += w[:, b]
        w[b, :] = 0
        w[:, b] = 0
        size[a] += size[b]
        size[b] = 0
        active[b] = False
        members[a] += members.pop(b)
        n_active -= 1
    for a, ms in members.items():
        for i in ms:
            mapping[ids[i]] = ids[a]
    return mapping


def absorb_plan(
    topics: np.ndarray,
    embeddings: np.ndarray,
    category_embeddings: np.ndarray,
    known: dict[int, int],
    min_similarity: float,
) -> tuple[dict[int, int], dict[int, int]]:
    """Fold clustered topics into the known category their centroid is closest to, if close enough.

    Returns old topic -> new topic, and the known topics after folding (topic -> category index). A category
    ends with one topic: every topic that stands for it is folded into the first.
    """
    ids = sorted(int(t) for t in set(topics.tolist()) - {OUTLIER})
    label = dict(known)
    if len(category_embeddings):
        free = [t for t in ids if t not in label]
        if free:
            sims = _centroids(embeddings, topics, free) @ category_embeddings.T
            for t, row in zip(free, sims, strict=True):
                if row.max() >= min_similarity:
                    label[t] = int(row.argmax())
    mapping = {t: t for t in ids} | {OUTLIER: OUTLIER}
    home: dict[int, int] = {}
    for t in ids:
        if t in label:
            mapping[t] = home.setdefault(label[t], t)
    after = {home[c]: c for c in home}
    return mapping, after


def _relabel_by_size(topics: np.ndarray) -> tuple[np.ndarray, dict[int, int]]:
    """Theme ids 0, 1, 2 ... in decreasing size (ties: first seen first); outliers stay -1."""
    uniq, first, counts = np.unique(topics, return_index=True, return_counts=True)
    info = {int(t): (-int(c), int(f)) for t, f, c in zip(uniq, first, counts, strict=True) if t != OUTLIER}
    m = {t: i for i, t in enumerate(sorted(info, key=info.get))} | {OUTLIER: OUTLIER}
    return np.array([m[int(t)] for t in topics], dtype=np.int64), m


def _centroids(embeddings: np.ndarray, topics: np.ndarray, ids: list[int]) -> np.ndarray:
    c = np.stack([embeddings[topics == t].mean(axis=0) for t in ids]) if ids else np.zeros((0, embeddings.shape[1]))
    return c / np.maximum(np.linalg.norm(c, axis=1, keepdims=True), 1e-12)


# -- the estimator ---------------------------------------------------------------------------------------------
class ThemeDiscoverer(BaseEstimator):
    """BERTopic over sentence embeddings, with seeded sub-models, readable merging and outlier reduction.

    Every sub-model can be injected (umap_model, hdbscan_model, vectorizer_model, ctfidf_model,
    representation_model) so tests can use small fast ones. With `categories` (a Codebook), BERTopic runs
    zero-shot: sentences close to a category's title and description join it, and the rest are clustered.
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
        top_n_words: int = 10,
        umap_model=None,
        hdbscan_model=None,
        vectorizer_model=None,
        ctfidf_model=None,
        representation_model=None,
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
        self.top_n_words = top_n_words
        self.umap_model = umap_model
        self.hdbscan_model = hdbscan_model
        self.vectorizer_model = vectorizer_model
        self.ctfidf_model = ctfidf_model
        self.representation_model = representation_model
        self.random_state = random_state

    # sub-models ------------------------------------------------------------------------------------------
    def _umap(self, n: int):
        if self.umap_model is not None:
            return self.umap_model
        from umap import UMAP

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

    def _hdbscan(self, n: int):
        if self.hdbscan_model is not None:
            return self.hdbscan_model
        from hdbscan import HDBSCAN

        size = self.min_cluster_size or max(10, n // 500)
        size = max(2, min(size, n // 4 or 2))
        return HDBSCAN(
            min_cluster_size=size,
            min_samples=max(1, min(self.min_samples, size)),
            metric="euclidean",
            cluster_selection_method="eom",
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

    # fitting ---------------------------------------------------------------------------------------------
    def fit(self, sentences: list[str], embeddings: np.ndarray | None = None, shown: list[str] | None = None):
        """Fit on sentences (and their embeddings, if already computed); `shown` is what keywords are built from."""
        from bertopic import BERTopic

        t0 = time.perf_counter()
        n = len(sentences)
        if n < 10:
            raise ConsultError(
                "E600",
                f"only {n} sentences to discover themes in; theme discovery needs at least 10. "
                "Add responses, or code this consultation by hand.",
            )
        emb = self.embedder if self.embedder is not None else Embedder()
        if embeddings is None:
            embeddings = emb.encode(list(sentences))
        embeddings = np.asarray(embeddings, dtype=np.float32)
        # keywords come from the shown (redacted) text, without the redaction tags themselves
        docs = [_TAG.sub(" ", d) for d in (shown if shown is not None else sentences)]
        self.timings_ = {"embed": time.perf_counter() - t0}

        zeroshot = self._category_texts()
        self.category_ids_ = list(self.categories.ids) if self.categories else []
        umap_model = self._umap(n)
        model = BERTopic(
            embedding_model=CachedBackend(emb),
            umap_model=umap_model,
            hdbscan_model=self._hdbscan(n),
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
        self.n_fine_topics_ = len(set(topics.tolist()) - {OUTLIER})
        self.initial_outlier_share_ = float(np.mean(topics == OUTLIER))

        # which clusters stand for a known category: those most of whose sentences zero-shot assigned to it,
        # and those whose centroid is close to it; each category ends up as one topic
        self.zeroshot_assigned_ = np.full(n, -1, dtype=np.int64)
        known: dict[int, str] = {}
        if zeroshot:
            cat_emb = emb.encode(zeroshot)
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
        mapping = merge_plan(topics, graph, self.max_themes, known, self.max_theme_share)
        topics = np.array([mapping[int(x)] for x in topics], dtype=np.int64)
        known = {mapping[t]: c for t, c in known.items()}
        topics, mapping = _relabel_by_size(topics)
        known = {mapping[t]: c for t, c in known.items()}
        self._update(model, docs, topics, embeddings)
        self.timings_["merge"] = time.perf_counter() - t

        # assign outliers to their nearest theme, keeping unthemed only the least theme-like sentences
        t = time.perf_counter()
        topics = self._reduce_outliers(model, docs, topics, embeddings)
        topics, mapping = _relabel_by_size(topics)
        known = {mapping[t]: c for t, c in known.items()}
        self._update(model, docs, topics, embeddings)
        self.timings_["outliers"] = time.perf_counter() - t

        self.topic_model_ = model
        self.topics_ = topics
        self.embeddings_ = embeddings
        self.outlier_share_ = float(np.mean(topics == OUTLIER))
        self.theme_ids_ = sorted(set(topics.tolist()) - {OUTLIER})
        self.centroids_ = _centroids(embeddings, topics, self.theme_ids_)
        self.theme_category_ = dict(sorted(known.items()))
        self.keywords_ = {
            t: [w for w, _ in (model.get_topic(t) or []) if w][: self.top_n_words]
            for t in [OUTLIER, *self.theme_ids_]
            if t in set(topics.tolist())
        }
        self.timings_["total"] = time.perf_counter() - t0
        return self

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

    def _update(self, model, docs: list[str], topics: np.ndarray, embeddings: np.ndarray) -> None:
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
        model.topic_embeddings_ = np.stack([embeddings[topics == t].mean(axis=0) for t in ids])

    def _reduce_outliers(self, model, docs: list[str], topics: np.ndarray, embeddings: np.ndarray) -> np.ndarray:
        outliers = topics == OUTLIER
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
        idx = np.flatnonzero(self.topics_ == theme)
        if len(idx) == 0:
            return []
        c = self.centroids_[self.theme_ids_.index(theme)] if theme != OUTLIER else None
        sims = self.embeddings_[idx] @ c if c is not None else np.zeros(len(idx))
        order = idx[np.argsort(-sims, kind="stable")]
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


# -- drafting --------------------------------------------------------------------------------------------------
def _short(sentence: str, max_words: int = 20) -> str:
    words = sentence.split()
    return sentence if len(words) <= max_words else " ".join(words[:max_words]) + " ..."


def _stem(word: str) -> str:
    return re.sub(r"(?:es|s)$", "", word) if len(word) > 4 else word


def title_words(keywords: list[str], k: int = 3) -> list[str]:
    """The first k keywords that each add a word not seen yet (so not 'cluster, clusters, team cluster')."""
    seen: set[str] = set()
    out: list[str] = []
    for kw in keywords:
        stems = {_stem(w) for w in _WORD.findall(kw.lower())}
        if not stems or stems <= seen:
            continue
        if " " in kw and stems & seen:
            continue
        seen |= stems
        out.append(kw)
        if len(out) == k:
            break
    return out


def draft_title(keywords: list[str], sentence: str) -> str:
    """Keywords first (what the theme is about), then the sentence that best represents it."""
    kws = title_words(keywords)
    head = ", ".join(kws[:-1]) + (" and " if len(kws) > 1 else "") + kws[-1] if kws else "Theme"
    head = head[0].upper() + head[1:]
    return f"{head}: \u201c{_short(sentence)}\u201d" if sentence else head


def slug(words: list[str], taken: set[str], fallback: str) -> str:
    """A unique id from the theme's first distinct keywords, e.g. 'tribunal-appeal-mediation'."""
    parts: list[str] = []
    for w in title_words(words, 3):
        ascii_w = unicodedata.normalize("NFKD", w).encode("ascii", "ignore").decode().lower()
        parts += [p for p in _WORD.findall(ascii_w) if p not in parts]
    base = "-".join(parts[:3]) or fallback
    s, i = base, 2
    while s in taken:
        s, i = f"{base}-{i}", i + 1
    taken.add(s)
    return s


@dataclass
class Discovery:
    """What `discover` found: the contract tables, the draft codebook and the figures, ready to write."""

    themes: pd.DataFrame  # theme_id, size, title, keywords
    sentences: pd.DataFrame  # response_id, sentence, theme_id
    draft: Codebook
    draft_yaml: str
    mentions: pd.DataFrame  # theme_id, label, category_id, sentences, responses
    candidates: pd.DataFrame | None  # themes no known category absorbed (only with a codebook)
    figures: dict = field(default_factory=dict)  # name -> plotly Figure
    bar_png: object = None  # matplotlib Figure
    fitted: ThemeDiscoverer | None = None  # for notebooks: the BERTopic model and the sentence assignments
    stats: dict = field(default_factory=dict)
    notes: list[str] = field(default_factory=list)


def _first_area(facts: ConsultationFacts | None) -> int:
    return min(facts.action_areas) if facts is not None and facts.action_areas else 1


def draft_codebook(
    fitted: ThemeDiscoverer,
    table: pd.DataFrame,
    titles: dict[int, str],
    slugs: dict[int, str],
    facts: ConsultationFacts | None,
    existing: Codebook | None,
    n_examples: int = 3,
) -> tuple[Codebook, str]:
    """Existing categories unchanged, then one editable entry per new theme; validated by the codebook schema."""
    area = _first_area(facts)
    shown = list(table["shown"])
    cats: list[Category] = list(existing.categories) if existing else []
    for t in fitted.theme_ids_:
        if t in fitted.theme_category_:
            continue
        idx = fitted.topics_ == t
        kws = fitted.keywords_.get(t, [])
        desc = (
            f"Sentences about {', '.join(kws[:8]) or 'this theme'}. Drafted by consult-nlp discover from theme {t} "
            f"({int(idx.sum())} sentences in {table.loc[idx, 'response_id'].nunique()} responses): check the "
            f"wording, merge or split it, and set action_areas (area {area} is a placeholder)."
        )
        cats.append(
            Category(
                id=slugs[t],
                title=titles[t],
                description=desc,
                examples=tuple(fitted.representatives(t, shown, n_examples)),
                section="main",
                response="",
                action_areas=(area,),
            )
        )
    if not cats:
        raise ConsultError(
            "E600", "discovery found no themes to draft a codebook from; add responses or lower max_themes."
        )
    book = Codebook(version=existing.version if existing else 1, categories=tuple(cats))
    import yaml

    header = (
        "# Draft codebook written by `consult-nlp discover`. Edit it before use: rename ids, rewrite titles,\n"
        "# merge or split categories, and write each response.\n"
        f"# action_areas: the schema needs at least one area per category, so every drafted entry has area {area}\n"
        "# (the consultation's first action area) as a placeholder; set the right areas.\n"
    )
    if existing:
        header += "# The existing codebook's categories come first, unchanged; drafted candidates follow.\n"
    data = {"version": book.version, "categories": [_category_dict(c) for c in book.categories]}
    body = yaml.safe_dump(data, sort_keys=False, allow_unicode=True, width=110, default_flow_style=False)
    return book, header + body


def _category_dict(c: Category) -> dict:
    return {
        "id": c.id,
        "title": c.title,
        "description": c.description,
        "examples": list(c.examples),
        "section": c.section,
        "response": c.response,
        "action_areas": list(c.action_areas),
    }


def discover(
    responses: pd.DataFrame,
    *,
    embedder: Embedder,
    facts: ConsultationFacts | None = None,
    codebook: Codebook | None = None,
    nlp=None,
    seed: int = 0,
    max_themes: int = 40,
    figures: bool = True,
    **params,
) -> Discovery:
    """Fit themes on the responses' sentences and build every output, without touching a file."""
    t0 = time.perf_counter()
    table = sentence_table(responses, nlp)
    t_split = time.perf_counter() - t0
    t = time.perf_counter()
    embeddings = embedder.encode(list(table["text"]))
    t_embed = time.perf_counter() - t
    est = ThemeDiscoverer(embedder=embedder, categories=codebook, max_themes=max_themes, random_state=seed, **params)
    est.fit(list(table["text"]), embeddings=embeddings, shown=list(table["shown"]))
    shown = list(table["shown"])

    taken = set(codebook.ids) if codebook else set()
    titles: dict[int, str] = {}
    slugs: dict[int, str] = {}
    cat_title = {c.id: c.title for c in codebook.categories} if codebook else {}
    for th in est.theme_ids_:
        kws = est.keywords_.get(th, [])
        if th in est.theme_category_:
            titles[th] = cat_title[est.theme_category_[th]]
            slugs[th] = est.theme_category_[th]
        else:
            rep = est.representatives(th, shown, 1)
            titles[th] = draft_title(kws, rep[0] if rep else "")
            slugs[th] = slug(kws, taken, f"theme-{th}")
    titles[OUTLIER] = "Outliers: sentences unlike any theme"
    slugs[OUTLIER] = "outliers"

    ids_present = [OUTLIER, *est.theme_ids_]  # the outlier row is always there, even when empty
    sizes = pd.Series(est.topics_).value_counts()
    themes = pd.DataFrame(
        {
            "theme_id": ids_present,
            "size": [int(sizes.get(i, 0)) for i in ids_present],
            "title": [titles[i] for i in ids_present],
            "keywords": [", ".join(est.keywords_.get(i, [])) for i in ids_present],
        }
    )[THEME_COLUMNS]
    sentences = pd.DataFrame(
        {"response_id": table["response_id"], "sentence": table["shown"], "theme_id": est.topics_}
    )[SENTENCE_COLUMNS]

    draft, draft_yaml = draft_codebook(est, table, titles, slugs, facts, codebook)

    per = sentences[sentences["theme_id"] != OUTLIER].groupby("theme_id")
    mentions = pd.DataFrame(
        {
            "theme_id": est.theme_ids_,
            "label": [slugs[t] for t in est.theme_ids_],
            "category_id": [est.theme_category_.get(t, "") for t in est.theme_ids_],
            "sentences": [int(sizes[t]) for t in est.theme_ids_],
            "responses": [int(per.get_group(t)["response_id"].nunique()) for t in est.theme_ids_],
        }
    )

    candidates = None
    if codebook is not None:
        candidates = _candidates(est, table, titles, slugs, codebook, embedder)

    stats = {
        "n_responses": int(responses["response_id"].nunique()),
        "n_responses_with_sentences": int(table["response_id"].nunique()),
        "n_sentences": len(table),
        "n_fine_topics": est.n_fine_topics_,
        "n_themes": len(est.theme_ids_),
        "n_known_themes": len(est.theme_category_),
        "initial_outlier_share": round(est.initial_outlier_share_, 4),
        "outlier_share": round(est.outlier_share_, 4),
        "seed": seed,
        "max_themes": max_themes,
        "guided_by_codebook": codebook is not None,
        "embeddings": {"computed": embedder.computed_, "from_cache": embedder.cached_},
        "timings_seconds": {"split": round(t_split, 3), "embed": round(t_embed, 3)}
        | {k: round(v, 3) for k, v in est.timings_.items() if k != "embed"},
    }
    result = Discovery(
        themes=themes,
        sentences=sentences,
        draft=draft,
        draft_yaml=draft_yaml,
        mentions=mentions,
        candidates=candidates,
        stats=stats,
        fitted=est,
    )
    if figures:
        t = time.perf_counter()
        result.figures, result.notes = topic_figures(est, titles)
        result.bar_png = mentions_chart(mentions, codebook is not None)
        stats["timings_seconds"]["figures"] = round(time.perf_counter() - t, 3)
    stats["timings_seconds"]["total"] = round(time.perf_counter() - t0, 3)
    return result


def _candidates(
    est: ThemeDiscoverer,
    table: pd.DataFrame,
    titles: dict[int, str],
    slugs: dict[int, str],
    codebook: Codebook,
    embedder: Embedder,
) -> pd.DataFrame:
    """Themes left over after the known categories absorbed theirs: candidate new categories, largest first."""
    shown = list(table["shown"])
    cat_emb = embedder.encode(est._category_texts())
    rows = []
    for t in est.theme_ids_:
        if t in est.theme_category_:
            continue
        idx = est.topics_ == t
        sims = cat_emb @ est.centroids_[est.theme_ids_.index(t)]
        j = int(np.argmax(sims))
        rows.append(
            {
                "theme_id": t,
                "draft_id": slugs[t],
                "sentences": int(idx.sum()),
                "responses": int(table.loc[idx, "response_id"].nunique()),
                "title": titles[t],
                "keywords": ", ".join(est.keywords_.get(t, [])),
                "nearest_category": codebook.ids[j],
                "nearest_similarity": round(float(sims[j]), 3),
                "examples": "\n".join(est.representatives(t, shown, 3)),
            }
        )
    df = pd.DataFrame(rows, columns=CANDIDATE_COLUMNS)
    return df.sort_values(["responses", "theme_id"], ascending=[False, True], kind="stable").reset_index(drop=True)


def _md(text: str) -> str:
    """Respondents' words as Markdown text: no raw HTML, no accidental markup."""
    text = str(text).replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")
    return re.sub(r"([\\`*_\[\]#|])", r"\\\1", text)


def candidates_markdown(candidates: pd.DataFrame, consultation: str) -> str:
    """The leftover themes as a short report an analyst reads before extending the codebook."""
    lines = [
        f"# Candidate new categories: {consultation}",
        "",
        "Themes that no existing category absorbed, largest first. Each lists how many responses raise it, its "
        "keywords, the closest existing category, and example sentences (redacted).",
        "",
    ]
    if candidates.empty:
        lines.append("Every theme found was absorbed by an existing category.")
    for r in candidates.itertuples(index=False):
        lines += [
            f"## {r.draft_id} (theme {r.theme_id}): {r.responses} responses, {r.sentences} sentences",
            "",
            f"- Draft title: {_md(r.title)}",
            f"- Keywords: {_md(r.keywords)}",
            f"- Closest existing category: {r.nearest_category} (similarity {r.nearest_similarity:.2f})",
            "- Examples:",
        ]
        lines += [f"  - {_md(ex)}" for ex in str(r.examples).split("\n") if ex]
        lines.append("")
    return "\n".join(lines).rstrip() + "\n"


# -- figures ---------------------------------------------------------------------------------------------------
def topic_figures(est: ThemeDiscoverer, titles: dict[int, str]) -> tuple[dict, list[str]]:
    """BERTopic's topic map, keyword bar chart and hierarchy; a figure that cannot be drawn is noted, not faked."""
    model = est.topic_model_
    labels = {t: f"{t}: {_short(titles.get(t, str(t)), 8)}" for t in [OUTLIER, *est.theme_ids_]}
    model.set_topic_labels({t: lab for t, lab in labels.items() if t in set(est.topics_.tolist())})
    n = len(est.theme_ids_)
    figs: dict = {}
    notes: list[str] = []
    makers = {
        "topic_map": lambda: model.visualize_topics(custom_labels=True, title="<b>Theme map</b>"),
        "topic_barchart": lambda: model.visualize_barchart(
            top_n_topics=n, n_words=8, custom_labels=True, title="<b>Theme keywords</b>", width=300
        ),
        "topic_hierarchy": lambda: model.visualize_hierarchy(custom_labels=True, title="<b>Theme hierarchy</b>"),
    }
    minimum = {"topic_map": 4, "topic_barchart": 1, "topic_hierarchy": 2}
    for name, make in makers.items():
        if n < minimum[name]:
            notes.append(f"{name}: not drawn, it needs at least {minimum[name]} themes and {n} were found")
            continue
        try:
            with warnings.catch_warnings():
                warnings.simplefilter("ignore")  # UMAP's note that a seed means one thread
                figs[name] = make()
        except (ValueError, TypeError, IndexError) as e:  # BERTopic/UMAP limits on very small inputs
            notes.append(f"{name}: not drawn ({type(e).__name__}: {e})")
    return figs, notes


def mentions_chart(mentions: pd.DataFrame, guided: bool):
    """A static bar chart of responses mentioning each category or theme (Agg backend, no display needed)."""
    import matplotlib

    matplotlib.use("Agg")
    from matplotlib.figure import Figure

    m = mentions.sort_values(["responses", "theme_id"], ascending=[True, False], kind="stable")
    fig = Figure(figsize=(8, max(2.5, 0.28 * len(m) + 1.2)), dpi=100)
    ax = fig.add_subplot(1, 1, 1)
    colours = ["#1f5f8b" if c else "#d9822b" for c in m["category_id"]] if guided else ["#1f5f8b"] * len(m)
    ax.barh(range(len(m)), m["responses"], color=colours)
    ax.set_yticks(range(len(m)), [f"{t}: {lab}" for t, lab in zip(m["theme_id"], m["label"], strict=True)])
    ax.tick_params(axis="y", labelsize=8)
    for i, v in enumerate(m["responses"]):
        ax.text(v, i, f" {v}", va="center", fontsize=7)
    ax.set_xlabel("Responses mentioning it (a response counts once per theme)")
    title = "Mentions per category (blue: codebook, orange: candidate new)" if guided else "Mentions per theme"
    ax.set_title(title)
    fig.tight_layout()
    return fig
