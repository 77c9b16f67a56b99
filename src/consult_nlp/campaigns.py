"""Campaigns and repeat submissions: many people sending one text, and one person sending twice.

A campaign is a group of copies of one text. Copies are found without an n x n comparison: MinHash signatures and
locality-sensitive hashing propose pairs, an exact check confirms them, and a union-find joins them into groups.
Then each group's template (its most common form) finds its edited copies: a response holding most of the
template's word 3-shingles is a copy whatever it adds, drops or rewords around them ("containment" of the
template in the response, so a copy with a personal paragraph added still counts).
"""

from __future__ import annotations

import re
from collections.abc import Hashable, Sequence
from dataclasses import dataclass, field

import numpy as np
import pandas as pd


class UnionFind:
    """Groups joined pair by pair, with path halving: near-linear for the 50,000-row case."""

    def __init__(self):
        self.parent: dict[Hashable, Hashable] = {}

    def find(self, x: Hashable) -> Hashable:
        parent = self.parent
        parent.setdefault(x, x)
        while parent[x] != x:
            parent[x] = parent[parent[x]]
            x = parent[x]
        return x

    def union(self, a: Hashable, b: Hashable) -> None:
        """Join b's group to a's (a's root stays the root)."""
        ra, rb = self.find(a), self.find(b)
        if ra != rb:
            self.parent[rb] = ra


_WORD = re.compile(r"\w+")


@dataclass
class Campaigns:
    """Campaign membership per text: id ('' for none), role (template, exact, edited), and for each campaign its
    template's index and, for each edited copy, the words it adds to the template."""

    ids: np.ndarray
    roles: np.ndarray
    templates: dict[str, int] = field(default_factory=dict)
    added: dict[int, str] = field(default_factory=dict)


@dataclass
class Groups:
    """What grouping finds, before any redacted text is read: per campaign, its rows and the rows of its template's
    form, in order of their first row."""

    n: int
    campaigns: list[tuple[list[int], list[int]]]


def find_campaigns(texts: Sequence[str], **kw) -> np.ndarray:
    """Campaign ids ('' for none): see group_campaigns."""
    return group_campaigns(texts, **kw).ids


def group_campaigns(texts: Sequence[str], shown: Sequence[str] | None = None, **kw) -> Campaigns:
    """Campaigns: groups of identical or near-identical texts, joined by the texts that contain their template
    (see `template_groups`, which takes the settings). `shown` (the redacted texts) gives the added words of
    edited copies, so the report quotes no personal data; grouping uses `texts`, so a name redacted in one copy
    and not in another cannot split a campaign."""
    return describe_campaigns(template_groups(texts, **kw), texts if shown is None else shown)


def template_groups(
    texts: Sequence[str],
    *,
    threshold: float = 0.6,
    containment: float = 0.3,
    min_template_words: int = 40,
    min_size: int = 3,
    min_words: int = 15,
    n_perm: int = 96,
    bands: int = 24,
    seed: int = 0,
) -> Groups:
    """Campaigns: groups of identical or near-identical texts, joined by the texts that contain their template.

    Near-identical means a Jaccard similarity of word 3-shingles of at least `threshold`. MinHash signatures
    and locality-sensitive hashing propose the pairs, an exact Jaccard check confirms them, so 50,000 responses
    never need an n x n comparison. Identical texts are hashed once. A group of two or more is a seed; its
    template is its most common form (same words, whatever the case, spacing or punctuation), and every other
    text holding at least `containment` of the template's shingles joins it as an edited copy (templates of at
    least `min_template_words`, so one shared sentence never makes a copy). A campaign has
    at least `min_size` members. Roles: `template` (one text of the most common form), `exact` (the others of
    that form), `edited` (everything else in the campaign).
    """
    n = len(texts)
    keys: dict[str, int] = {}  # exact text (lower-cased words) -> distinct index
    members: list[list[int]] = []
    words_of: list[list[str]] = []
    for i, t in enumerate(texts):
        words = _WORD.findall(t.lower())
        if len(words) < min_words:
            continue
        key = " ".join(words)
        d = keys.get(key)
        if d is None:
            d = keys[key] = len(members)
            members.append([])
            words_of.append(words)
        members[d].append(i)
    m = len(members)
    if m:
        # word 3-shingles of every distinct text at once: ids from one factorisation, hashed in numpy
        codes = pd.factorize(pd.Series([w for ws in words_of for w in ws], dtype=object))[0].astype(np.uint64)
        lens = np.array([len(ws) for ws in words_of])
        big = np.uint64(1_000_003)
        with np.errstate(over="ignore"):
            h = (codes[:-2] * big + codes[1:-1]) * big + codes[2:]
        valid = np.ones(len(h), dtype=bool)
        ends = np.cumsum(lens)
        valid[np.r_[ends - 2, ends - 1][np.r_[ends - 2, ends - 1] < len(h)]] = False
        flat = h[valid]
        bounds = np.r_[0, np.cumsum(lens - 2)]
        shingles = [flat[bounds[d] : bounds[d + 1]] for d in range(m)]
    m = len(members)
    groups_uf = UnionFind()
    find = groups_uf.find

    if m > 1:
        rng = np.random.default_rng(seed)
        mul = rng.integers(1, 1 << 63, n_perm, dtype=np.uint64) | np.uint64(1)
        add = rng.integers(0, 1 << 63, n_perm, dtype=np.uint64)
        starts = bounds[:-1]
        sig = np.empty((m, n_perm), dtype=np.uint64)
        rows = n_perm // bands
        band_mul = rng.integers(1, 1 << 63, rows, dtype=np.uint64) | np.uint64(1)
        sets: dict[int, set] = {}
        checked: set[tuple[int, int]] = set()
        idx = np.arange(m)
        with np.errstate(over="ignore"):
            for j in range(n_perm):  # multiply-shift hashing: one random permutation per column
                sig[:, j] = np.minimum.reduceat((flat * mul[j] + add[j]) >> np.uint64(32), starts)
            for band in range(bands):
                key = (sig[:, band * rows : (band + 1) * rows] * band_mul).sum(axis=1)
                order = np.argsort(key, kind="stable")
                ks = key[order]
                same = ks[1:] == ks[:-1]
                if not same.any():
                    continue
                run_start = np.maximum.accumulate(np.where(np.r_[True, ~same], idx, 0))
                pos = np.flatnonzero(same) + 1
                first, other = order[run_start[pos]], order[pos]
                # the signatures' agreement estimates the Jaccard similarity; only plausible pairs get the exact check
                est = (sig[first] == sig[other]).mean(axis=1)
                for a, d in zip(first[est >= threshold - 0.15].tolist(), other[est >= threshold - 0.15].tolist(),
                                strict=True):  # fmt: skip
                    if find(a) == find(d) or (a, d) in checked:
                        continue
                    checked.add((a, d))
                    x = sets.get(a) or sets.setdefault(a, set(shingles[a].tolist()))
                    y = sets.get(d) or sets.setdefault(d, set(shingles[d].tolist()))
                    if len(x & y) >= threshold * len(x | y):
                        groups_uf.union(a, d)
    groups: dict[int, list[int]] = {}  # root -> distinct indices
    for d in range(m):
        groups.setdefault(find(d), []).append(d)
    seeds = [ds for ds in groups.values() if sum(len(members[d]) for d in ds) >= 2]
    # the template of a seed: its most common distinct form (first seen on ties)
    tmpl = [max(ds, key=lambda d: (len(members[d]), -members[d][0])) for ds in seeds]
    long = [k for k, t in enumerate(tmpl) if len(words_of[t]) >= min_template_words]
    in_seed = {d for ds in seeds for d in ds}
    found = _contained(shingles, [tmpl[k] for k in long], in_seed, containment) if long else {}
    joined = {long[k]: ds for k, ds in found.items()}
    camps: list[tuple[list[int], int]] = []  # (text indices, template distinct index)
    for k, ds in enumerate(seeds):
        ds = ds + joined.get(k, [])
        rows = sorted(i for d in ds for i in members[d])
        if len(rows) >= min_size:
            camps.append((rows, tmpl[k]))
    camps.sort(key=lambda c: c[0][0])
    return Groups(n, [(rows, members[t]) for rows, t in camps])


def describe_campaigns(groups: Groups, shown: Sequence[str]) -> Campaigns:
    """Ids C001, C002, ... in order of first row, each row's role, and each edited copy's added words, read from
    `shown` (the redacted texts)."""
    labels = np.array([""] * groups.n, dtype=object)
    roles = np.array([""] * groups.n, dtype=object)
    out = Campaigns(labels, roles)
    for k, (rows, form) in enumerate(groups.campaigns, 1):
        cid = f"C{k:03d}"
        labels[rows] = cid
        roles[rows] = "edited"
        roles[form] = "exact"
        roles[form[0]] = "template"
        out.templates[cid] = form[0]
        base = _WORD.findall(shown[form[0]].lower())
        seen: dict[str, str] = {}  # the same edited text is compared once
        for i in rows:
            if roles[i] == "edited":
                if shown[i] not in seen:
                    seen[shown[i]] = added_words(base, _WORD.findall(shown[i]))
                out.added[i] = seen[shown[i]]
    return out


def _contained(shingles: list[np.ndarray], tmpl: list[int], in_seed: set[int], containment: float):
    """seed index -> the distinct texts outside every seed that hold `containment` of its template's shingles.

    One sorted array of every template's shingles, searched for every text's shingles at once: exact, and linear
    in the corpus, so no pair of texts is ever compared."""
    t_sets = [np.unique(shingles[t]) for t in tmpl]
    if not t_sets:
        return {}
    keys = np.concatenate(t_sets)
    owner = np.concatenate([np.full(len(s), k) for k, s in enumerate(t_sets)])
    order = np.argsort(keys, kind="stable")
    keys, owner = keys[order], owner[order]
    sizes = np.array([len(s) for s in t_sets])
    # every text's distinct shingles at once, each looked up among the templates' (a shingle two templates share
    # counts for both): no loop over texts, so 50,000 responses take a second
    lens = np.array([len(sh) for sh in shingles])
    if not lens.sum():
        return {}
    flat = np.concatenate(shingles)
    doc = np.repeat(np.arange(len(shingles)), lens)
    order = np.lexsort((flat, doc))
    flat, doc = flat[order], doc[order]
    first = np.r_[True, (flat[1:] != flat[:-1]) | (doc[1:] != doc[:-1])]
    flat, doc = flat[first], doc[first]
    lo = np.searchsorted(keys, flat, "left")
    cnt = np.searchsorted(keys, flat, "right") - lo
    hit = cnt > 0
    lo, cnt, doc = lo[hit], cnt[hit], doc[hit]
    if not len(doc):
        return {}
    starts = np.repeat(lo - np.r_[0, np.cumsum(cnt)[:-1]], cnt) + np.arange(cnt.sum())
    pair = np.repeat(doc, cnt).astype(np.int64) * len(t_sets) + owner[starts]
    pairs, counts = np.unique(pair, return_counts=True)
    docs, owners = pairs // len(t_sets), pairs % len(t_sets)
    ratio = counts / sizes[owners]
    ok = ratio >= containment
    seeded = np.zeros(len(shingles), dtype=bool)
    seeded[list(in_seed)] = True
    ok &= ~seeded[docs]
    docs, owners, ratio = docs[ok], owners[ok], ratio[ok]
    if not len(docs):
        return {}
    best = np.lexsort((owners, -ratio, docs))  # per text: the template it holds most of, the first on ties
    docs, owners = docs[best], owners[best]
    once = np.r_[True, docs[1:] != docs[:-1]]
    out: dict[int, list[int]] = {}
    for d, k in zip(docs[once].tolist(), owners[once].tolist(), strict=True):
        out.setdefault(int(k), []).append(int(d))
    return out


def added_words(template: list[str], copy: list[str]) -> str:
    """The words a copy adds to its template, in order, runs joined by ' ... ': what an analyst should read.

    A word is the template's when some word 3-shingle holding it is one of the template's; the rest were added
    (or reworded). Linear in the copy's length, so thousands of edited copies cost little. The template's words
    are lower case; the copy's keep their case."""
    shingles = {tuple(template[i : i + 3]) for i in range(len(template) - 2)}
    low = [w.lower() for w in copy]
    ours = [False] * len(copy)
    for i in range(len(copy) - 2):
        if tuple(low[i : i + 3]) in shingles:
            ours[i] = ours[i + 1] = ours[i + 2] = True
    runs, run = [], []
    for w, t in zip(copy, ours, strict=True):
        if t:
            if run:
                runs.append(" ".join(run))
                run = []
        else:
            run.append(w)
    if run:
        runs.append(" ".join(run))
    return " ... ".join(runs)


def find_duplicates(df: pd.DataFrame, contact: pd.Series | None = None) -> pd.Series:
    """duplicate_of: for each row of a later submission by the same person, the matching row of their first.

    The same person is the same respondent_id submitting again (a repeated id gets a '#2' suffix in response_id)
    or the same email address. Each row's submission is the '_submission' column, else its respondent_id.
    """
    n = len(df)
    out = pd.Series([""] * n, index=df.index, dtype=object)
    if n == 0:
        return out
    rid = df["respondent_id"].astype(str).tolist()
    sub = df["_submission"].astype(str).tolist() if "_submission" in df.columns else rid
    mail = (contact.fillna("").astype(str).str.strip().str.lower().tolist()) if contact is not None else [""] * n
    people = UnionFind()
    find = people.find
    for s, r, e in zip(sub, rid, mail, strict=True):
        people.union("r:" + r, "s:" + s)
        if "@" in e:
            people.union("r:" + r, "m:" + e)
    first_sub: dict[str, str] = {}
    rows_of: dict[str, dict[str, str]] = {}
    qid = df["question_id"].astype(str).tolist()
    resp = df["response_id"].astype(str).tolist()
    for s, q, r in zip(sub, qid, resp, strict=True):
        rows_of.setdefault(s, {}).setdefault(q, r)
    for pos, (s, q) in enumerate(zip(sub, qid, strict=True)):
        person = find("s:" + s)
        orig = first_sub.setdefault(person, s)
        if orig != s:
            rows = rows_of[orig]
            out.iloc[pos] = rows.get(q, next(iter(rows.values())))
    return out
