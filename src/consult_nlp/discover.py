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
from .redaction import shown_texts
from .render import md_escape
from .text import split_sentences
from .topics import _TAG, _WORD, OUTLIER, ThemeDiscoverer

THEME_COLUMNS = ["theme_id", "size", "title", "keywords"]
SENTENCE_COLUMNS = ["response_id", "sentence", "theme_id"]
CANDIDATE_COLUMNS = [
    "theme_id", "draft_id", "sentences", "responses", "title", "keywords",
    "nearest_category", "nearest_similarity", "examples",
]  # fmt: skip
SKIP_FLAGS = {"blank", "no_answer", "duplicate"}


# -- sentences -------------------------------------------------------------------------------------------------
def sentence_table(responses: pd.DataFrame, nlp=None) -> pd.DataFrame:
    """One row per sentence of the redacted text: response_id, text (what is embedded, as classify embeds it) and
    shown (the same redacted sentence, for reports). Only redacted text is embedded, so the shared embedding cache
    holds nothing personal. Responses flagged blank, no-answer or duplicate by ingest are skipped."""
    if not {"response_id", "text"} <= set(responses.columns):
        raise ConsultError("E106", "responses need response_id and text columns to discover themes.")
    keep = responses
    if "flags" in responses.columns:
        flagged = responses["flags"].fillna("").map(lambda f: bool(SKIP_FLAGS & set(str(f).split(";"))))
        keep = responses[~flagged]
    shown = shown_texts(keep)
    ids = list(keep["response_id"])
    sents = split_sentences([shown[r] for r in ids], nlp)
    rows = [(rid, s, s) for rid, ss in zip(ids, sents, strict=True) for s in ss]
    return pd.DataFrame(rows, columns=["response_id", "text", "shown"])


def sentence_key(sentence: str) -> str:
    """Sentences that say the same words, whatever the case and punctuation, are one sentence to cluster."""
    return " ".join(_WORD.findall(sentence.lower()))


def set_aside(table: pd.DataFrame, no_answer=None) -> tuple[pd.DataFrame, pd.DataFrame]:
    """(sentences to cluster, sentences set aside with their counts): stock no-answer phrases ("N/A", "did not
    answer", a lone placeholder) say nothing about a theme and would swamp it."""
    from .ingest import flags_for

    keys = table["shown"].map(sentence_key)
    stock = table["shown"].map(lambda s: flags_for(_TAG.sub("", s)) != "") | (keys == "")
    if no_answer:
        stock |= keys.isin({sentence_key(p) for p in no_answer})
    aside = table[stock]
    counts = (
        aside.assign(key=keys[stock]).groupby("key", sort=False)
        .agg(sentence=("shown", "first"), sentences=("shown", "size"), responses=("response_id", "nunique"))
        .reset_index(drop=True).assign(reason="no answer")
    )  # fmt: skip
    counts = counts.sort_values(["sentences", "sentence"], ascending=[False, True], kind="stable")
    return table[~stock].reset_index(drop=True), counts.reset_index(drop=True)


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


def draft_title(keywords: list[str], sentence: str, max_words: int = 14) -> str:
    """A readable title: the theme's most central sentence, cut at a word boundary; its keywords only when it has
    no sentence worth showing. Keywords alone read like 'Better better, don think and couldn'."""
    text = _TAG.sub("…", sentence).strip(" \t\"'“”‘’-–•*") if sentence else ""
    words = text.split()
    if len(words) >= 3:
        title = " ".join(words[:max_words]).rstrip(",;:") + ("…" if len(words) > max_words else "")
        return title[0].upper() + title[1:]
    kws = title_words(keywords)
    head = ", ".join(kws[:-1]) + (" and " if len(kws) > 1 else "") + kws[-1] if kws else "Theme"
    return head[0].upper() + head[1:]


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
    counts: dict[int, tuple[int, int]],
    n_examples: int = 3,
) -> tuple[Codebook, str]:
    """Existing categories unchanged, then one editable entry per new theme; validated by the codebook schema.

    `counts`: theme -> (sentences, responses), every copy of a repeated sentence counted."""
    area = _first_area(facts)
    shown = list(table["shown"])
    cats: list[Category] = list(existing.categories) if existing else []
    for t in fitted.theme_ids_:
        if t in fitted.theme_category_:
            continue
        kws = fitted.keywords_.get(t, [])
        n_sent, n_resp = counts[t]
        desc = (
            f"Sentences about {', '.join(kws[:8]) or 'this theme'}. Drafted by consult-nlp discover from theme {t} "
            f"({n_sent} sentences in {n_resp} responses): check the "
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
    assign_embedder: Embedder | None = None,
    facts: ConsultationFacts | None = None,
    codebook: Codebook | None = None,
    nlp=None,
    seed: int = 0,
    max_themes: int = 40,
    figures: bool = True,
    no_answer_phrases: tuple[str, ...] = (),
    code_sentences=None,
    **params,
) -> Discovery:
    """Fit themes on the responses' sentences and build every output, without touching a file.

    Stock no-answer sentences are set aside (reported with their counts), and a sentence said word for word by
    many respondents is clustered once: repeated praise ("Very good.") then makes one theme, not a dozen, while
    its copies still count in every size. With more distinct sentences than the fitted sample holds
    (`max_fit_sentences`) and an `assign_embedder` (the static encoder), only the sample is embedded by `embedder`."""
    t0 = time.perf_counter()
    full, aside = set_aside(sentence_table(responses, nlp), no_answer_phrases)
    keys = full["shown"].map(sentence_key)
    first = ~keys.duplicated()
    table = full[first].reset_index(drop=True)  # one row per distinct sentence
    where = pd.Series(np.arange(len(table)), index=keys[first].to_numpy())
    expand = where.loc[keys].to_numpy()  # full row -> its distinct sentence
    groups = full.groupby(expand)["response_id"].agg(frozenset).sort_index().tolist()
    t_split = time.perf_counter() - t0
    est = ThemeDiscoverer(embedder=embedder, assign_embedder=assign_embedder, categories=codebook,
                          max_themes=max_themes, random_state=seed, **params)  # fmt: skip
    est.fit(list(table["text"]), shown=list(table["shown"]), groups=groups)
    shown = list(table["shown"])
    if code_sentences is not None and codebook is not None:
        absorbed = claim_by_classifier(est, code_sentences, list(table["text"]), full["shown"].map(sentence_key),
                                       keys[first].to_numpy())  # fmt: skip
        notes_claim = [f"theme {t} is the known category {c}: the classifier codes most of its sentences so"
                       for t, c in absorbed.items()]  # fmt: skip
    else:
        notes_claim = []
    topics_all = est.topics_[expand]
    by_theme = pd.DataFrame({"theme": topics_all, "response_id": full["response_id"].to_numpy()})
    counts = {int(t): (int(len(g)), int(g["response_id"].nunique())) for t, g in by_theme.groupby("theme")}

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
    themes = pd.DataFrame(
        {
            "theme_id": ids_present,
            "size": [counts.get(i, (0, 0))[0] for i in ids_present],
            "title": [titles[i] for i in ids_present],
            "keywords": [", ".join(est.keywords_.get(i, [])) for i in ids_present],
        }
    )[THEME_COLUMNS]
    sentences = pd.DataFrame({"response_id": full["response_id"], "sentence": full["shown"], "theme_id": topics_all})[
        SENTENCE_COLUMNS
    ]

    draft, draft_yaml = draft_codebook(est, table, titles, slugs, facts, codebook, counts)

    mentions = pd.DataFrame(
        {
            "theme_id": est.theme_ids_,
            "label": [slugs[t] for t in est.theme_ids_],
            "category_id": [est.theme_category_.get(t, "") for t in est.theme_ids_],
            "sentences": [counts[t][0] for t in est.theme_ids_],
            "responses": [counts[t][1] for t in est.theme_ids_],
        }
    )

    candidates = None
    if codebook is not None:
        candidates = _candidates(est, table, titles, slugs, codebook, embedder, counts)

    stats = {
        "n_responses": int(responses["response_id"].nunique()),
        "n_responses_with_sentences": int(full["response_id"].nunique()),
        "n_sentences": len(full),
        "n_distinct_sentences": len(table),
        "n_fitted_sentences": est.fit_sentences_,  # the seeded sample BERTopic was fitted on; the rest assigned
        "rest_assigned_by": est.assigned_by_ if est.fit_sentences_ < len(table) else None,
        "static_agreement_on_sample": round(est.static_agreement_, 4) if est.assigned_by_ == "static" else None,
        "n_set_aside": int(aside["sentences"].sum()),
        "n_fine_topics": est.n_fine_topics_,
        "n_themes": len(est.theme_ids_),
        "n_known_themes": len(est.theme_category_),
        "initial_outlier_share": round(est.initial_outlier_share_, 4),
        "outlier_share": round(est.outlier_share_, 4),
        "seed": seed,
        "max_themes": max_themes,
        "guided_by_codebook": codebook is not None,
        "embeddings": {"computed": embedder.computed_, "from_cache": embedder.cached_},
        "timings_seconds": {"split": round(t_split, 3)} | {k: round(v, 3) for k, v in est.timings_.items()},
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
        set_aside=aside,
        notes=list(est.merge_notes_) + notes_claim,
    )
    if figures:
        t = time.perf_counter()
        result.figures, fig_notes = topic_figures(est, titles)
        result.notes += fig_notes
        result.bar_png = mentions_chart(mentions, codebook is not None)
        stats["timings_seconds"]["figures"] = round(time.perf_counter() - t, 3)
    stats["timings_seconds"]["total"] = round(time.perf_counter() - t0, 3)
    return result


def claim_by_classifier(est: ThemeDiscoverer, code_sentences, texts: list[str], all_keys: pd.Series,
                        distinct_keys) -> dict[int, str]:  # fmt: skip
    """A theme the trained classifier would mostly code as one existing category is that category, not a new one.

    `code_sentences(texts) -> (n x categories) 0/1`: the consultation's classifier applied to single sentences.
    Each theme's sentences are weighted by how often they occur; a theme with at least half of them coded as one
    category is marked as that category (it stays its own theme, so its size is still reported)."""
    free = [t for t in est.theme_ids_ if t not in est.theme_category_]
    if not free:
        return {}
    weight = all_keys.value_counts().reindex(distinct_keys).fillna(1).to_numpy()
    rows = np.flatnonzero(np.isin(est.topics_, free))
    coded = np.asarray(code_sentences([texts[i] for i in rows]))
    claimed = {}
    for t in free:
        sel = est.topics_[rows] == t
        w = weight[rows][sel]
        share = (coded[sel] * w[:, None]).sum(axis=0) / max(w.sum(), 1)
        k = int(np.argmax(share))
        if share[k] >= 0.5:
            claimed[t] = est.category_ids_[k]
    est.theme_category_ = dict(sorted({**est.theme_category_, **claimed}.items()))
    return claimed


def _candidates(
    est: ThemeDiscoverer,
    table: pd.DataFrame,
    titles: dict[int, str],
    slugs: dict[int, str],
    codebook: Codebook,
    embedder: Embedder,
    counts: dict[int, tuple[int, int]],
) -> pd.DataFrame:
    """Themes left over after the known categories absorbed theirs: candidate new categories, largest first, each
    with the category closest to any of its wordings (title, description, examples)."""
    from .topics import category_similarity

    shown = list(table["shown"])
    texts, owner = est._category_prototypes()
    protos = embedder.encode(texts)
    rows = []
    for t in est.theme_ids_:
        if t in est.theme_category_:
            continue
        sims = category_similarity(est.centroids_[[est.theme_ids_.index(t)]], protos, owner, len(codebook.ids))[0]
        j = int(np.argmax(sims))
        rows.append(
            {
                "theme_id": t,
                "draft_id": slugs[t],
                "sentences": counts[t][0],
                "responses": counts[t][1],
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
