"""Choosing what to code next: the responses whose coding would most improve the model, or a random sample.

The classifier trained on labels.csv scores every uncoded candidate; `uncertainty` ranks them by how many of their
category decisions sit near a threshold, and `choose_diverse` keeps ones unlike each other. With nothing coded
yet, it picks representative responses.
"""

from __future__ import annotations

import warnings
from dataclasses import dataclass, field
from pathlib import Path

import numpy as np
import pandas as pd

from .errors import ConsultError
from .tables import SAMPLE

# -- choosing what to code next -----------------------------------------------------------------------------------


def choose_diverse(
    vectors: np.ndarray,
    n: int,
    priority: np.ndarray | None = None,
    *,
    pool_factor: int = 4,
    max_pool: int = 20_000,
    seed: int = 0,
) -> np.ndarray:
    """Indices of n rows that come first by priority (lower first: the most uncertain) and are unlike each other.

    With a priority, take the pool_factor*n first rows, cluster them into n groups by k-means on their embeddings,
    and take each group's first member: uncertainty alone would pick n near-copies of the same doubtful case.
    Without one (nothing coded yet), cluster everything and take each group's most central member, a
    representative sample. Returned in priority order.
    """
    m = len(vectors)
    if n <= 0 or m == 0:
        return np.zeros(0, dtype=np.int64)
    if n >= m:
        return np.arange(m) if priority is None else np.argsort(priority, kind="stable")
    rng = np.random.default_rng(seed)
    if priority is not None:
        pool = np.argsort(priority, kind="stable")[: max(n, pool_factor * n)]
    else:
        pool = np.arange(m) if m <= max_pool else np.sort(rng.choice(m, max_pool, replace=False))
    if len(pool) <= n:
        return pool
    from sklearn.cluster import KMeans, MiniBatchKMeans

    x = vectors[pool].astype(np.float64)
    km_cls = KMeans if len(pool) <= 5000 else MiniBatchKMeans
    with warnings.catch_warnings():
        warnings.simplefilter("ignore")  # identical vectors give fewer distinct clusters; handled below
        km = km_cls(n_clusters=n, n_init=3, random_state=seed).fit(x)
    dist = np.linalg.norm(x - km.cluster_centers_[km.labels_], axis=1)
    key = priority[pool] if priority is not None else dist
    chosen = []
    for c in range(n):
        members = np.flatnonzero(km.labels_ == c)
        if len(members):
            best = members[np.lexsort((dist[members], key[members]))[0]]
            chosen.append(int(pool[best]))
    if len(chosen) < n:  # empty clusters: fill with the next rows by priority (or centrality)
        taken = set(chosen)
        rest = [int(pool[i]) for i in np.lexsort((dist, key)) if int(pool[i]) not in taken]
        chosen.extend(rest[: n - len(chosen)])
    out = np.array(chosen, dtype=np.int64)
    order = np.lexsort((out, priority[out])) if priority is not None else np.argsort(out)
    return out[order]


def uncertainty(proba: np.ndarray, thresholds: np.ndarray, band: float) -> tuple[np.ndarray, np.ndarray]:
    """How unsure the model is about each response, and the priority order that follows from it.

    A response has one decision per category; each decision whose score lies within `band` of its threshold adds
    up to 1 (1 at the threshold), so a response with several doubtful categories outranks one with a single
    borderline category. Ties (e.g. nothing within the band) go to the smallest distance to any threshold.
    """
    gap = np.abs(proba - thresholds[None, :])
    u = np.clip(1 - gap / band, 0, None).sum(axis=1)
    rank = np.empty(len(u), dtype=np.int64)
    rank[np.lexsort((gap.min(axis=1) if len(u) else u, -u))] = np.arange(len(u))
    return u, rank


@dataclass
class SampleResult:
    """The responses picked for coding, written as a CSV to fill in."""

    out: Path
    consultation_dir: Path
    frame: pd.DataFrame = field(repr=False)
    n_candidates: int
    strategy: str
    model_key: str | None

    def summary(self) -> str:
        return (
            f"picked {len(self.frame)} of {self.n_candidates} uncoded responses ({self.strategy}); wrote {self.out}. "
            "Fill in its category_ids column (codebook ids separated by ';', or 'none'), then merge it with "
            f"`consult-nlp sample --consultation {self.consultation_dir} --merge {self.out}`."
        )


def _candidates(responses: pd.DataFrame, coded: set[str]) -> pd.DataFrame:
    """Uncoded responses worth a coder's time: not blank or a repeat submission, one per campaign and per identical
    text, and none that repeats a coded response's text or campaign. 'No comment' answers stay: the model codes
    them too ("Nothing." can be a real answer), so its errors on them must be measured."""
    done = responses["response_id"].isin(coded)
    c = responses[~done & ~responses["text"].isin(set(responses.loc[done, "text"]))]
    c = c[c["text"].str.strip() != ""]
    if "flags" in c.columns:
        c = c[~c["flags"].str.contains("blank|duplicate", regex=True)]
    c = c.drop_duplicates("text")
    if "campaign_id" in c.columns:
        seen = set(responses.loc[done, "campaign_id"]) - {""}
        in_camp = c["campaign_id"] != ""
        camp = c[in_camp & ~c["campaign_id"].isin(seen)].drop_duplicates("campaign_id")
        c = pd.concat([c[~in_camp], camp]).sort_index()
    return c


def sample_for_coding(
    consultation_dir: str | Path,
    n: int = 50,
    out: str | Path | None = None,
    *,
    models_dir: str | Path | None = None,
    seed: int = 0,
    encoder=None,
    pool_factor: int = 4,
    batch_size: int = 1024,
    show_progress: bool = False,
    rare_below: int = 10,
) -> SampleResult:
    """`consult-nlp sample`: the n uncoded responses whose coding would most improve the model, as a CSV to fill in.

    The classifier trained on labels.csv (loaded from models/NAME/ when unchanged) scores every candidate;
    `uncertainty` ranks them by how many of their category decisions sit near the threshold, and among the first
    `choose_diverse` keeps n unlike each other (pool_factor=1: the n most uncertain, no diversity). Responses that
    may raise a category with fewer than `rare_below` coded examples come first, so rare categories get examples.
    With nothing coded yet, it picks n representative responses.
    """
    from .classify import encode_texts, train_or_load
    from .workspace import Workspace, seed_everything

    if n < 1:
        raise ConsultError("E306", f"--n must be at least 1, not {n}.")
    seed_everything(seed)
    with Workspace(consultation_dir, models_dir=models_dir, seed=seed, encoder=encoder) as ws:
        cons = ws.consultation
        responses = ws.responses
        cand = _candidates(responses, set(cons.labels["response_id"]))
        out = Path(out) if out else ws.out_dir / "sample.csv"
        texts = list(cand["redacted_text"])
        clf, key = None, None
        if len(cons.labels):
            texts_all = dict(zip(responses["response_id"], responses["redacted_text"], strict=True))
            trained = train_or_load(ws, cons.labels, texts_all)
            clf, key = trained.classifier, trained.key
        docs, probas = [], []
        for a in range(0, len(texts), batch_size):  # in batches, so sentence vectors never pile up
            enc = encode_texts(texts[a : a + batch_size], ws.embedder, ws.nlp, show_progress)
            docs.append(enc.doc)
            if clf is not None:
                probas.append(clf.predict_proba(enc))
    vectors = np.vstack(docs) if docs else np.zeros((0, 384), np.float32)
    priority = None
    if clf is not None:
        proba = np.vstack(probas) if probas else np.zeros((0, len(clf.classes_)))
        band = float(clf.low_confidence_margin)
        unsure, priority = uncertainty(proba, clf.thresholds_, band)
        gap = np.abs(proba - clf.thresholds_[None, :])
        rare = clf.cv_labels_.sum(axis=0) < rare_below  # categories with too few coded examples to learn from
        if rare.any():  # likely carriers of a rare category first, by how likely; then by uncertainty
            lift = (proba[:, rare] / np.maximum(clf.thresholds_[rare], 1e-6)).max(axis=1)
            priority = np.lexsort((priority, -np.where(lift >= 0.5, lift, 0.0))).argsort()
    picked = choose_diverse(vectors, n, priority, pool_factor=pool_factor, seed=seed)

    rows = []
    for i in picked:
        rid = cand["response_id"].iloc[i]
        row = {"response_id": rid, "text": cand["redacted_text"].iloc[i], "pick": "active"}
        if clf is not None:
            p = proba[i]
            on = [k for k in np.argsort(-p, kind="stable") if p[k] >= clf.thresholds_[k]]
            row["suggested_categories"] = "; ".join(str(clf.classes_[k]) for k in on)
            row["suggested_scores"] = "; ".join(f"{p[k]:.2f}" for k in on)
            near = [int(k) for k in np.argsort(gap[i], kind="stable")[:3] if gap[i, k] < band] or [int(gap[i].argmin())]
            row["unsure_about"] = "; ".join(
                f"{clf.classes_[k]} ({p[k]:.3f} vs threshold {clf.thresholds_[k]:.3f})" for k in near
            )
            row["uncertainty"] = round(float(unsure[i]), 3)
        rows.append(row)
    frame = SAMPLE.frame(rows) if rows else SAMPLE.empty()
    SAMPLE.write(out, frame)
    if clf is None:
        strategy = "no coded responses yet: k-means representatives"
    elif clf.cv_labels_.sum(axis=0).min() < rare_below:
        strategy = "likely examples of rare categories, then categories near their thresholds, with k-means diversity"
    elif pool_factor > 1:
        strategy = "categories near their thresholds, then k-means diversity"
    else:
        strategy = "categories near their thresholds"
    return SampleResult(
        out=out,
        consultation_dir=Path(consultation_dir),
        frame=frame,
        n_candidates=len(cand),
        strategy=strategy,
        model_key=key,
    )


def random_sample(
    consultation_dir: str | Path, n: int, out: str | Path | None = None, *, seed: int = 0
) -> SampleResult:
    """`consult-nlp sample --random N`: a seeded, uniformly random pick of uncoded responses to code.

    A random part of labels.csv is what keeps the count intervals honest: the classifier's error rates are measured
    on it as on the rest. Every uncoded response can be picked, 'no comment' ones included; the CSV's `pick`
    column says random, and merging it records that in the audit record.
    """
    from .workspace import Workspace

    if n < 1:
        raise ConsultError("E306", f"--random must be at least 1, not {n}.")
    with Workspace(consultation_dir, seed=seed) as ws:
        responses = ws.responses
        coded = set(ws.consultation.labels["response_id"])
        pool = responses[~responses["response_id"].isin(coded)]
        if "flags" in pool.columns:
            pool = pool[~pool["flags"].str.contains("duplicate")]
        out = Path(out) if out else ws.out_dir / "sample.csv"
    rng = np.random.default_rng(seed)
    picked = np.sort(rng.choice(len(pool), size=min(n, len(pool)), replace=False))
    chosen = pool.iloc[picked]
    rows = [{"response_id": r, "text": t, "pick": "random"}
            for r, t in zip(chosen["response_id"], chosen["redacted_text"], strict=True)]  # fmt: skip
    frame = SAMPLE.frame(rows) if rows else SAMPLE.empty()
    SAMPLE.write(out, frame)
    return SampleResult(out=out, consultation_dir=Path(consultation_dir), frame=frame, n_candidates=len(pool),
                        strategy=f"random (seed {seed})", model_key=None)  # fmt: skip
