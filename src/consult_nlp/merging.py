"""How BERTopic's fine clusters become themes: merged along the neighbour graph, folded into known categories,
and near-duplicates joined (see topics.py for where each step runs)."""

from __future__ import annotations

from collections import Counter

import numpy as np
import scipy.sparse as sp

OUTLIER = -1


def _unit(v: np.ndarray) -> np.ndarray:
    return v / max(float(np.linalg.norm(v)), 1e-12)


def _centroids(embeddings: np.ndarray, topics: np.ndarray, ids: list[int]) -> np.ndarray:
    c = np.stack([embeddings[topics == t].mean(axis=0) for t in ids]) if ids else np.zeros((0, embeddings.shape[1]))
    return c / np.maximum(np.linalg.norm(c, axis=1, keepdims=True), 1e-12)


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
    embeddings: np.ndarray | None = None,
) -> dict[int, int]:
    """Old topic -> new topic, merging the most connected pair until at most max_topics remain.

    Connection of topics a and b is W_ab / sqrt(W_aa * W_bb), where W sums the neighbour-graph weights between
    their sentences; with `embeddings`, times the cosine of their centroids (0 if negative). The graph alone joins
    a small concern to a neighbour its sentences border on (Kent's paperwork pressure to its lack of information);
    the centroids say whether the two are about the same thing (benchmarks/discover_bench.py). Topics that stand
    for known categories are kept as they are (they absorbed their sentences by similarity to the category, not by
    adjacency), and no merge makes a theme hold more than max_share of the themed sentences (a catch-all theme says
    nothing), unless no other merge is left, when the limit is raised step by step.
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
    sums = unit = cos = None
    if embeddings is not None:  # centroid cosines, updated by one row per merge: O(k d) a step, not O(k^2 d)
        sums = np.asarray(p.T @ np.asarray(embeddings, dtype=np.float64))
        unit = sums / np.maximum(np.linalg.norm(sums, axis=1, keepdims=True), 1e-12)
        cos = np.clip(unit @ unit.T, 0.0, 1.0)
    while n_active > max_topics:
        d = np.sqrt(np.maximum(np.diag(w), 1e-12))
        score = w / np.outer(d, d)
        if cos is not None:
            score = score * cos
        score = np.round(score, 9)  # float noise never picks the pair: ties go to the lowest ids
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
        if sums is not None:
            sums[a] += sums[b]
            sums[b] = 0
            unit[a] = sums[a] / max(float(np.linalg.norm(sums[a])), 1e-12)
            cos[a, :] = cos[:, a] = np.clip(unit @ unit[a], 0.0, 1.0)
        active[b] = False
        members[a] += members.pop(b)
        n_active -= 1
    for a, ms in members.items():
        for i in ms:
            mapping[ids[i]] = ids[a]
    return mapping


def neighbour_vote(graph: sp.spmatrix, topics: np.ndarray, rows: np.ndarray, rounds: int = 5) -> np.ndarray:
    """The theme for each of `rows` (outliers being given one) that holds most of its neighbour-graph weight.

    A theme's centroid stands for its average sentence, and an outlier near the edge of a small theme is often
    closer to a large neighbour's centroid: assigning by centroid moved many outliers into the large themes and
    diluted them (benchmarks/discover_bench.py). The neighbours are local. An outlier whose neighbours are all
    outliers waits for them: a row takes its theme in the first round that any neighbour has one. After `rounds`,
    rows still without a themed neighbour get OUTLIER, for the caller to assign otherwise.
    Weights are rounded to the 2^-16 grid and summed in float64, so the vote is exact and every machine agrees;
    a tie goes to the lower theme id."""
    from .embed import on_grid

    rows = np.asarray(rows, dtype=np.int64)
    current = np.asarray(topics, dtype=np.int64).copy()
    current[rows] = OUTLIER
    ids = np.array(sorted(set(current.tolist()) - {OUTLIER}), dtype=np.int64)
    out = np.full(len(rows), OUTLIER, dtype=np.int64)
    if not len(ids) or not len(rows):
        return out
    g = sp.csr_matrix(graph, dtype=np.float64)
    g.data = on_grid(g.data)
    g = g[rows]
    col = {int(t): i for i, t in enumerate(ids)}
    waiting = np.ones(len(rows), dtype=bool)
    for _ in range(rounds):
        themed = np.flatnonzero(current != OUTLIER)
        p = sp.csr_matrix((np.ones(len(themed)), (themed, [col[int(t)] for t in current[themed]])),
                          shape=(len(current), len(ids)))  # fmt: skip
        votes = (g[waiting] @ p).toarray()
        has = votes.max(axis=1) > 0
        if not has.any():
            break
        idx = np.flatnonzero(waiting)[has]
        out[idx] = ids[np.argmax(votes[has], axis=1)]
        current[rows[idx]] = out[idx]
        waiting[idx] = False
        if not waiting.any():
            break
    return out


def category_similarity(centroids: np.ndarray, prototypes: np.ndarray, owner: np.ndarray, k: int) -> np.ndarray:
    """(themes x categories): each theme centroid's best similarity to any of a category's texts (its title,
    description and examples), so a category is recognised by whichever of its wordings a theme resembles."""
    sims = centroids @ prototypes.T if len(prototypes) else np.zeros((len(centroids), 0))
    out = np.full((len(centroids), k), -1.0)
    for c in range(k):
        cols = np.flatnonzero(owner == c)
        if len(cols):
            out[:, c] = sims[:, cols].max(axis=1)
    return out


def absorb_plan(
    topics: np.ndarray,
    embeddings: np.ndarray,
    category_embeddings: np.ndarray,
    known: dict[int, int],
    min_similarity: float,
    owner: np.ndarray | None = None,
) -> tuple[dict[int, int], dict[int, int]]:
    """Fold clustered topics into the known category their centroid is closest to, if close enough.

    `category_embeddings` has one row per category text; `owner` says which category each row belongs to
    (default: one row per category). Returns old topic -> new topic, and the known topics after folding (topic ->
    category index). A category ends with one topic: every topic that stands for it is folded into the first.
    """
    ids = sorted(int(t) for t in set(topics.tolist()) - {OUTLIER})
    label = dict(known)
    if len(category_embeddings):
        owner = np.arange(len(category_embeddings)) if owner is None else np.asarray(owner)
        k = int(owner.max()) + 1
        free = [t for t in ids if t not in label]
        if free:
            sims = category_similarity(_centroids(embeddings, topics, free), category_embeddings, owner, k)
            for t, row in zip(free, sims, strict=True):
                if row.max() >= min_similarity:
                    label[t] = int(np.argmax(row))
    mapping = {t: t for t in ids} | {OUTLIER: OUTLIER}
    home: dict[int, int] = {}
    for t in ids:
        if t in label:
            mapping[t] = home.setdefault(label[t], t)
    after = {home[c]: c for c in home}
    return mapping, after


def near_duplicate_plan(
    topics: np.ndarray,
    embeddings: np.ndarray,
    groups: list[frozenset] | None,
    known: dict[int, str],
    max_similarity: float = 0.9,
    max_shared: float = 0.7,
) -> tuple[dict[int, int], list[str]]:
    """Merge themes that say the same thing, by Consult's theme-set rules: no two themes whose centroids are more
    than `max_similarity` alike, and no two that share more than `max_shared` of their responses (the Jaccard
    index of their response sets) beyond what chance gives. The most similar pair goes first, the smaller into the
    larger; two known categories are never merged, and a free theme that duplicates one is folded into it. Returns
    old -> new theme and a line per merge.

    Consult's themes are sets of responses; ours are sets of sentences, and one long response touches many themes.
    A response of n sentences lands in a theme holding a share q of all sentences with chance 1 - (1 - q)^n, so two
    large themes share many long responses by chance alone, and a small theme lies inside a large one's responses.
    The overlap is therefore the Jaccard index, not the smaller theme's share, corrected for chance as kappa is:
    (J - expected) / (1 - expected). Taken as the smaller theme's share, uncorrected, this rule folded distinct
    concerns into the large themes their writers also touched (2 Kent categories lost for some seeds,
    benchmarks/discover_bench.py)."""
    ids = sorted(int(t) for t in set(topics.tolist()) - {OUTLIER})
    members = {t: np.flatnonzero(topics == t) for t in ids}
    responses = {t: frozenset().union(*(groups[i] for i in members[t])) if groups else frozenset() for t in ids}
    # chance depends on a response's length alone: one term per length (how many responses have each)
    n_of_length = Counter(Counter(r for g in groups for r in g).values()) if groups else Counter()
    lengths = np.array(sorted(n_of_length), dtype=np.float64)
    per_length = np.array([n_of_length[k] for k in sorted(n_of_length)], dtype=np.float64)
    mapping = {t: t for t in ids} | {OUTLIER: OUTLIER}
    notes: list[str] = []
    active = list(ids)
    while len(active) > 1:
        cent = np.stack([_unit(embeddings[members[t]].mean(axis=0)) for t in active])
        sim = cent @ cent.T
        best = None
        for i, a in enumerate(active):
            for j in range(i + 1, len(active)):
                b = active[j]
                if a in known and b in known:
                    continue
                shared = _shared_beyond_chance(responses[a], responses[b], len(members[a]) / len(topics),
                                               len(members[b]) / len(topics), lengths, per_length)  # fmt: skip
                score = max(sim[i, j] - max_similarity, shared - max_shared)
                if score > 0 and (best is None or score > best[0] + 1e-12):
                    best = (score, a, b, float(sim[i, j]), shared)
        if best is None:
            break
        _, a, b, s_ab, shared = best
        keep, drop = (a, b) if (a in known or (b not in known and len(members[a]) >= len(members[b]))) else (b, a)
        members[keep] = np.concatenate([members[keep], members[drop]])
        responses[keep] = responses[keep] | responses[drop]
        active.remove(drop)
        for t, to in mapping.items():
            if to == drop:
                mapping[t] = keep
        why = f"centroid similarity {s_ab:.2f} > {max_similarity}" if s_ab > max_similarity else (
            f"responses shared (Jaccard) {shared:.0%} beyond chance > {max_shared:.0%}")  # fmt: skip
        notes.append(f"theme {drop} merged into {keep}: {why}")
    return mapping, notes


def _shared_beyond_chance(ra: frozenset, rb: frozenset, qa: float, qb: float, lengths: np.ndarray,
                          per_length: np.ndarray) -> float:  # fmt: skip
    """Jaccard index of two themes' responses, corrected for chance (see near_duplicate_plan); qa, qb are the
    themes' shares of all sentences, per_length how many responses have each of `lengths` sentences."""
    union = len(ra | rb)
    if not union or not len(lengths):
        return 0.0
    pa, pb = 1.0 - (1.0 - qa) ** lengths, 1.0 - (1.0 - qb) ** lengths
    expected = float(np.sum(per_length * pa * pb) / max(np.sum(per_length * (pa + pb - pa * pb)), 1e-12))
    jaccard = len(ra & rb) / union
    return (jaccard - expected) / (1.0 - expected) if expected < 1.0 else 0.0
