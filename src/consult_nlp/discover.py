"""Theme discovery: draft a codebook from nothing, or find what a codebook misses.

Sentences, not responses, are clustered (topics.py), so a response that raises three concerns feeds three themes.
The embeddings come from the shared `Embedder` cache (the one classify fills), so nothing is encoded twice. This
module turns the fitted topic model into what an analyst reads: readable titles, the draft codebook, candidate
new categories and the figures.
"""

from __future__ import annotations

import re
import time
import unicodedata
import warnings
from dataclasses import dataclass, field

import numpy as np
import pandas as pd

from .codebook import Category, Codebook, ConsultationFacts
from .embed import Embedder
from .errors import ConsultError
from .redaction import Redactor
from .render import md_escape
from .text import split_sentences
from .topics import _WORD, OUTLIER, ThemeDiscoverer

THEME_COLUMNS = ["theme_id", "size", "title", "keywords"]
SENTENCE_COLUMNS = ["response_id", "sentence", "theme_id"]
CANDIDATE_COLUMNS = [
    "theme_id", "draft_id", "sentences", "responses", "title", "keywords",
    "nearest_category", "nearest_similarity", "examples",
]  # fmt: skip
SKIP_FLAGS = {"blank", "no_answer", "duplicate"}


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
    set_aside: pd.DataFrame | None = None  # sentences kept out of clustering (stock phrases), with counts
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


def discover_themes(
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
            f"- Draft title: {md_escape(r.title)}",
            f"- Keywords: {md_escape(r.keywords)}",
            f"- Closest existing category: {r.nearest_category} (similarity {r.nearest_similarity:.2f})",
            "- Examples:",
        ]
        lines += [f"  - {md_escape(ex)}" for ex in str(r.examples).split("\n") if ex]
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
    from matplotlib.figure import Figure  # a Figure needs no backend: a notebook's own backend stays as it is

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
