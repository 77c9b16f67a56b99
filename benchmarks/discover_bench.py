"""Theme discovery: how many known categories a fresh discovery recovers, outliers, time, and determinism.

Recovered, precisely: every sentence carries the human labels of its response (labels_true.csv for Kent; the
coders' codes for the NHS stories). A category is recovered when at least one theme (not the outliers) has it
as its plurality label (ties count for each tied label) and at least 50% of that theme's sentences carry it.

- Kent (corpora/kent-send-locality, 17 categories): a fresh discovery (codebook ignored), seed 0, with a cold
  embedding cache (a temporary one) and again warm; the second run must give identical themes. Seeds 0, 1 and 2
  on the models/ cache (filled in other batches, by classify, say) show how much the figure moves with the seed;
  seed 0 there must give exactly the cold run's themes, since vectors no longer depend on batching (#11). The CLI
  is then timed in a new process.
  Then the guided mode: the codebook minus four held-out categories guides the model, and we count how many
  held-out categories come back as candidate themes and how often a sentence a known category absorbed carries
  it.
- Why themes are merged along the neighbour graph: from the same fine clusters, merged to 40 themes four ways
  (our neighbour-graph merge weighted by centroid similarity, the graph alone, average-linkage on the theme
  centroids, BERTopic's own c-TF-IDF reduce_topics),
  how many Kent categories each keeps recovered (before outlier reduction).
- NHS Care Opinion stories (../shared/data/nhs-feedback-en, read in place, never copied): a fresh discovery
  against the coders' 44 codes; also reported for the codes on at least 50 stories.
- The sampled fit (#14): Kent and the Care Opinion stories fitted on 80% and 50% of their distinct sentences, the
  rest assigned (by the transformer's vectors, and by the static encoder's as at scale), against the full fit.

Timings are wall-clock on this machine (2 cores); the numba JIT compile of UMAP (~10 s) lands in the first fit.
"""

from __future__ import annotations

import os
import re
import subprocess
import sys
import tempfile
import time
from collections import Counter, defaultdict
from pathlib import Path

import numpy as np
import pandas as pd

from consult_nlp.codebook import Codebook, label_sets, load_consultation, load_labels
from consult_nlp.discover import discover_themes, sentence_table
from consult_nlp.embed import Embedder
from consult_nlp.ingest import prepare_responses
from consult_nlp.text import load_spacy
from consult_nlp.topics import OUTLIER, ThemeDiscoverer, merge_plan
from consult_nlp.workspace import Workspace, seed_everything

from . import REPO, SHARED

KENT = REPO / "corpora" / "kent-send-locality"
# ../shared beside the repository; a git worktree one level deeper (wt/NAME) finds it one level further up
NHS = next(
    (p for p in (SHARED / "data" / "nhs-feedback-en", REPO.parents[1] / "shared" / "data" / "nhs-feedback-en")
     if p.exists()),
    SHARED / "data" / "nhs-feedback-en",
)  # fmt: skip
HELD_OUT = ["cost-cutting", "tatc-capacity", "dispute-resolution", "pcn-boundaries-mats"]


def _shape(stats: dict) -> dict:
    """How a discovery came out: sentences, topics before and after merging, and outliers before and after."""
    return {
        "sentences": stats["n_sentences"],
        "fine_topics": stats["n_fine_topics"],
        "themes": stats["n_themes"],
        "initial_outlier_share": stats["initial_outlier_share"],
        "outlier_share": stats["outlier_share"],
    }


def recovered(sentences: pd.DataFrame, sets: dict[str, set[str]]) -> dict[str, dict]:
    """Category -> the best theme that recovers it (theme_id, size, share); see the module docstring."""
    best: dict[str, dict] = {}
    for theme, grp in sentences[sentences["theme_id"] != OUTLIER].groupby("theme_id"):
        counts = Counter(c for r in grp["response_id"] for c in sets.get(r, ()))
        if not counts:
            continue
        top = max(counts.values())
        share = top / len(grp)
        if share < 0.5:
            continue
        for cat, n in counts.items():
            if n == top and share > best.get(cat, {}).get("share", 0):
                best[cat] = {"theme_id": int(theme), "size": len(grp), "share": round(share, 3)}
    return best


def _run(responses, embedder, nlp, seed=0, codebook=None, facts=None, figures=False, **params):
    seed_everything(seed)
    t = time.perf_counter()
    res = discover_themes(
        responses, embedder=embedder, nlp=nlp, seed=seed, codebook=codebook, facts=facts, figures=figures, **params
    )
    return res, time.perf_counter() - t


def kent(nlp) -> dict:
    cons = load_consultation(KENT)
    responses = prepare_responses(cons.responses)
    truth = load_labels(KENT / "labels_true.csv", cons.codebook, set(responses["response_id"]))
    sets = label_sets(truth)
    out: dict = {"categories": len(cons.codebook.ids)}

    with tempfile.TemporaryDirectory() as tmp:  # cold: every sentence is embedded in this run
        emb = Embedder(cache_path=Path(tmp) / "embeddings.sqlite")
        first, t_cold = _run(responses, emb, nlp, 0, figures=True)
        emb.close()
        emb = Embedder(cache_path=Path(tmp) / "embeddings.sqlite")
        second, t_warm = _run(responses, emb, nlp, 0, figures=True)
        computed_warm = emb.computed_
        emb.close()
    rec = recovered(first.sentences, sets)
    # the personal data planted in the corpus must appear in none of the written text
    planted = pd.read_csv(KENT / "personal_data.csv", dtype=str, keep_default_na=False)["text"]
    written = "\n".join([*first.sentences["sentence"], *first.themes["title"], *first.themes["keywords"],
                         first.draft_yaml])  # fmt: skip
    out["fresh"] = {
        "recovered": len(rec),
        "missed": sorted(set(cons.codebook.ids) - set(rec)),
        "recovered_by": rec,
        **_shape(first.stats),
        "seconds_cold_cache": round(t_cold, 1),
        "embedding_seconds_cold_cache": first.stats["timings_seconds"]["embed"],
        "seconds_warm_cache": round(t_warm, 1),
        "stage_seconds_warm": second.stats["timings_seconds"],
        "embeddings_computed_on_second_run": computed_warm,
        "second_run_identical": bool(first.sentences.equals(second.sentences) and first.themes.equals(second.themes)),
        "figures_drawn": sorted(first.figures),
        "planted_personal_data_items": int(len(planted)),
        "planted_personal_data_in_outputs": int(sum(bool(v) and v in written for v in planted)),
    }
    emb = Embedder(cache_path=REPO / "models" / KENT.name / "embeddings.sqlite")
    seeds = {}
    for seed in (0, 1, 2):
        res, _ = _run(responses, emb, nlp, seed)
        seeds[seed] = {"recovered": len(recovered(res.sentences, sets)), "outlier_share": res.stats["outlier_share"]}
        if seed == 0:
            out["fresh"]["models_cache_gives_the_cold_runs_themes"] = bool(
                res.sentences.equals(first.sentences) and res.themes.equals(first.themes)
            )
    out["fresh_by_seed_on_the_models_cache"] = seeds

    kept = Codebook(version=1, categories=tuple(c for c in cons.codebook.categories if c.id not in HELD_OUT))
    res, t_guided = _run(responses, emb, nlp, 0, codebook=kept, facts=cons.facts)
    emb.close()
    s = res.sentences.merge(res.mentions[["theme_id", "category_id"]], on="theme_id", how="left")
    absorbed = s[s["category_id"].fillna("") != ""]
    carries = [c in sets.get(r, ()) for r, c in zip(absorbed["response_id"], absorbed["category_id"], strict=True)]
    cand = set(res.candidates["theme_id"])
    rec_new = recovered(res.sentences[res.sentences["theme_id"].isin(cand)], sets)
    out["guided_with_4_held_out"] = {
        "held_out": HELD_OUT,
        "held_out_recovered_as_candidates": sorted(c for c in HELD_OUT if c in rec_new),
        "known_categories_with_a_theme": int((res.mentions["category_id"] != "").sum()),
        "known_categories": len(kept.ids),
        "share_of_sentences_absorbed_by_known": round(len(absorbed) / len(res.sentences), 3),
        "absorbed_sentences_carrying_their_category": round(float(np.mean(carries)), 3) if carries else None,
        "candidate_themes": len(cand),
        "outlier_share": res.stats["outlier_share"],
        "seconds": round(t_guided, 1),
    }
    return out


def merge_comparison(nlp, max_themes: int = 40) -> dict:
    """Recovered Kent categories after merging the same fine clusters four ways (see the module docstring)."""
    from scipy.cluster.hierarchy import fcluster, linkage

    cons = load_consultation(KENT)
    responses = prepare_responses(cons.responses)
    sets = label_sets(load_labels(KENT / "labels_true.csv", cons.codebook, set(responses["response_id"])))
    table = sentence_table(responses, nlp)
    emb = Embedder(cache_path=REPO / "models" / KENT.name / "embeddings.sqlite")
    x = emb.encode(list(table["text"]))
    # no merging and no outlier reduction: the fine clusters as HDBSCAN found them
    est = ThemeDiscoverer(embedder=emb, max_themes=10**6, max_outlier_share=1.0, outlier_min_similarity=2.0)
    est.fit(list(table["text"]), embeddings=x, shown=list(table["shown"]))
    emb.close()
    fine = est.topics_
    ids = sorted(set(fine.tolist()) - {OUTLIER})

    def score(topics) -> int:
        return len(recovered(table[["response_id"]].assign(theme_id=topics), sets))

    graph_alone = merge_plan(fine, est.topic_model_.umap_model.graph_, max_themes)
    graph = merge_plan(fine, est.topic_model_.umap_model.graph_, max_themes, embeddings=x.astype(np.float64))
    c = np.stack([x[fine == t].mean(axis=0) for t in ids])
    labels = fcluster(linkage(c, "average", metric="cosine"), max_themes, "maxclust")
    centroid = dict(zip(ids, labels, strict=True)) | {OUTLIER: OUTLIER}
    model = est.topic_model_
    model.reduce_topics(list(table["shown"]), nr_topics=max_themes + 1)  # +1: BERTopic counts the outliers
    return {
        "fine_clusters": len(ids),
        "recovered_by_fine_clusters": score(fine),
        "themes_after_merge": max_themes,
        "recovered_neighbour_graph_merge": score(np.array([graph[t] for t in fine.tolist()])),
        "recovered_neighbour_graph_alone": score(np.array([graph_alone[t] for t in fine.tolist()])),
        "recovered_centroid_average_linkage": score(np.array([centroid[t] for t in fine.tolist()])),
        "recovered_bertopic_ctfidf_reduce_topics": score(np.asarray(model.topics_)),
    }


def sampled(nlp) -> dict:
    """Fitting on a seeded sample and assigning the rest (issue #14, for corpora over max_fit_sentences): Kent and
    the Care Opinion stories, each fitted on about 80% and 50% of its distinct sentences, against the full fit, seeds
    0-2 for Kent. Kent is far under the default limit (20,000); the fractions stand in for a corpus many times it.
    The rest is assigned two ways: by the transformer's vectors (nearest theme centroid) and, as `discover` does at
    scale, by the static encoder's (a logistic regression on the sample's themes), where the transformer sees only
    the sample; the static way also reports its agreement with the fit on a held-back fifth of the sample."""
    cons = load_consultation(KENT)
    responses = prepare_responses(cons.responses)
    sets = label_sets(load_labels(KENT / "labels_true.csv", cons.codebook, set(responses["response_id"])))
    emb = Embedder(cache_path=REPO / "models" / KENT.name / "embeddings.sqlite")
    static = Workspace(KENT, models_dir=REPO / "models" / KENT.name).static_embedder
    out: dict = {"kent": {}, "care_opinion": {}}
    try:
        n = None
        for share in (1.0, 0.8, 0.5):
            row = {}
            for seed in (0, 1, 2):
                limit = None if share == 1.0 else int(share * n)
                res, secs = _run(responses, emb, nlp, seed, max_fit_sentences=limit)
                n = n or res.stats["n_distinct_sentences"]
                row[seed] = {"recovered": len(recovered(res.sentences, sets)), "seconds": round(secs, 1)}
                if limit:
                    res, secs = _run(responses, emb, nlp, seed, max_fit_sentences=limit, assign_embedder=static)
                    row[seed] |= {"recovered_rest_by_static": len(recovered(res.sentences, sets)),
                                  "static_agreement_on_sample": res.stats["static_agreement_on_sample"]}  # fmt: skip
            out["kent"][f"fitted_on_{share:.0%}"] = {"fitted_sentences": limit or n, **row}
    finally:
        emb.close()
    if not NHS.exists():
        return out
    stories, co_sets = nhs_stories()
    common = {c for c, k in Counter(c for s in co_sets.values() for c in s).items() if k >= 50}
    emb = Embedder(cache_path=REPO / "models" / "nhs-feedback-en" / "embeddings.sqlite")
    try:
        n = None
        for share in (1.0, 0.5):
            limit = None if share == 1.0 else int(share * n)
            res, secs = _run(stories, emb, nlp, 0, max_fit_sentences=limit)
            n = n or res.stats["n_distinct_sentences"]
            row = {
                "fitted_sentences": limit or n,
                "recovered_of_codes_on_50_plus_stories": len(common & set(recovered(res.sentences, co_sets))),
                "seconds_warm_cache": round(secs, 1),
                "fit_seconds": res.stats["timings_seconds"].get("fit"),
            }
            if limit:
                res, _ = _run(stories, emb, nlp, 0, max_fit_sentences=limit, assign_embedder=static)
                row["recovered_rest_by_static"] = len(common & set(recovered(res.sentences, co_sets)))
                row["static_agreement_on_sample"] = res.stats["static_agreement_on_sample"]
            out["care_opinion"][f"fitted_on_{share:.0%}"] = row
    finally:
        emb.close()
    return out


def time_cli() -> dict:
    """Wall time of `python -m consult_nlp discover --fresh` on Kent in a new process (imports, UMAP's numba code,
    figures and files included), with the embedding cache in models/ already filled by the runs above."""
    with tempfile.TemporaryDirectory() as tmp:
        cmd = [sys.executable, "-m", "consult_nlp", "discover", "--consultation", str(KENT), "--out", tmp,
               "--fresh", "--quiet", "--models-dir", str(REPO / "models" / KENT.name)]  # fmt: skip
        t0 = time.perf_counter()
        subprocess.run(cmd, check=True)
        secs = time.perf_counter() - t0
        files = sorted(p.name for p in Path(tmp).iterdir())
    return {"cli_seconds_warm_embedding_cache": round(secs, 1), "files_written": files}


def nhs_stories() -> tuple[pd.DataFrame, dict[str, set[str]]]:
    """Care Opinion stories as responses, and each story's codes (lower-cased; typo codes not in the map dropped)."""
    cmap = pd.read_csv(NHS / "careopinion_code_map_from_README.csv", dtype=str)
    codes = set(cmap["code"].str.strip().str.lower())
    stories = pd.read_csv(NHS / "careopinion_co_multi_label.csv", dtype=str, keep_default_na=False)
    stories = stories[stories["feedback"].str.strip() != ""].reset_index(drop=True)
    stories["response_id"] = [f"CO-{i:04d}" for i in range(len(stories))]
    sets: dict[str, set[str]] = defaultdict(set)
    for row in stories.itertuples(index=False):
        for i in range(1, 7):
            c = str(getattr(row, f"cat_{i}")).strip().lower()
            if c in codes:
                sets[row.response_id].add(c)
    responses = stories[["response_id"]].assign(text=stories["feedback"])
    return prepare_responses(responses), dict(sets)


def nhs(nlp) -> dict:
    if not NHS.exists():
        return {"skipped": f"{NHS} not found"}
    responses, sets = nhs_stories()
    support = Counter(c for s in sets.values() for c in s)
    emb = Embedder(cache_path=REPO / "models" / "nhs-feedback-en" / "embeddings.sqlite")
    res, secs = _run(responses, emb, nlp, 0)
    computed = emb.computed_
    emb.close()
    rec = recovered(res.sentences, sets)
    common = {c for c, n in support.items() if n >= 50}
    return {
        "stories": len(responses),
        "codes_used": len(support),
        "recovered": len(rec),
        "codes_on_50_plus_stories": len(common),
        "recovered_of_those": len(common & set(rec)),
        "missed_of_those": sorted(common - set(rec)),
        "recovered_by": rec,
        **_shape(res.stats),
        "seconds": round(secs, 1),
        "embeddings_computed": computed,
    }


def fft_export(tmp: Path) -> tuple[pd.DataFrame, dict[str, set[str]], list[str]]:
    """The NHS Friends and Family Test export as a team receives it (long format: one row per respondent and
    question), ingested with a mapping alone; each answer's codes; the labels with at least 20 answers."""
    from consult_nlp.ingest import ingest

    raw = pd.read_csv(NHS / "fft_v6framework_230831.csv", dtype=str, keep_default_na=False)
    labels = list(raw.columns[raw.columns.get_loc("Comment sentiment") + 1 :])
    labels = [c for c in labels if c != "Not assigned"]
    export = tmp / "fft_export.csv"
    raw[["Respondent ID", "Service type 1", "FFT question", "FFT answer"]].to_csv(export, index=False)
    mapping = tmp / "mapping.yaml"
    mapping.write_text('id: "Respondent ID"\nquestion_column: "FFT question"\nanswer_column: "FFT answer"\n'
                       'respondent_type: "Service type 1"\nno_answer_phrases: ["Did not answer"]\n')  # fmt: skip
    ingest([export], tmp / "responses.csv", mapping=mapping)
    responses = pd.read_csv(tmp / "responses.csv", dtype=str, keep_default_na=False)
    # the same answer's codes: rows line up with the export's (one response per row with an answer)
    from consult_nlp.readers import _slug

    key = raw["Respondent ID"].str.strip() + ":" + raw["FFT question"].map(lambda q: _slug(" ".join(q.split())))
    codes = {k: {lab for lab in labels if row[lab] == "1"} for k, (_, row) in zip(key, raw.iterrows(), strict=True)}
    sets = {r: codes.get(r, set()) for r in responses["response_id"]}
    support = Counter(c for v in sets.values() for c in v)
    return responses, sets, [c for c in labels if support[c] >= 20]


def _stock_themes(res) -> list[str]:
    """Themes made of a stock phrase or a lone bracket: most of their sentences say nothing but that."""
    from consult_nlp.ingest import flags_for
    from consult_nlp.topics import _TAG

    bad = []
    for t, g in res.sentences[res.sentences["theme_id"] != OUTLIER].groupby("theme_id"):
        empty = g["sentence"].map(lambda s: flags_for(_TAG.sub("", s)) != "" or not any(ch.isalpha() for ch in
                                  _TAG.sub("", s)))  # fmt: skip
        if empty.mean() >= 0.5:
            bad.append(str(res.themes.set_index("theme_id").loc[t, "title"]))
    return bad


def fft(nlp) -> dict:
    """Issue #18's measures on the FFT export: no theme of stock phrases or lone brackets in a fresh draft, and in
    guided mode (the framework's labels as the codebook) no existing category offered back as a candidate."""
    from consult_nlp.codebook import Category

    if not NHS.exists():
        return {"skipped": f"{NHS} not found"}
    with tempfile.TemporaryDirectory() as tmp:
        responses, sets, labels = fft_export(Path(tmp))
    emb = Embedder(cache_path=REPO / "models" / "nhs-fft" / "embeddings.sqlite")
    fresh, secs = _run(responses, emb, nlp, 0)
    slug = {lab: "-".join(re.findall(r"[a-z0-9]+", lab.lower())) for lab in labels}
    book = Codebook(categories=tuple(
        Category(id=slug[lab], title=lab, description=f"The comment is about {lab.lower()}.", action_areas=(1,))
        for lab in labels))  # fmt: skip
    # a team that has coded a random 10% of the answers: the classifier trained on them claims the themes it
    # would code as an existing category
    from consult_nlp.classify import CodebookClassifier, encode_texts

    rng = np.random.default_rng(0)
    coded = sorted(rng.choice(sorted(sets), size=len(sets) // 10, replace=False))
    texts = dict(zip(responses["response_id"], responses["redacted_text"], strict=True))
    ids = [slug[lab] for lab in labels]
    clf = CodebookClassifier().fit(encode_texts([texts[r] for r in coded], emb, nlp),
                                   [{slug[c] for c in sets[r] if c in slug} for r in coded], codebook=book,
                                   embedder=emb)  # fmt: skip
    assert list(clf.classes_) == ids

    def coder(sentences):
        return clf.predict(encode_texts(sentences, emb, nlp))

    seed_everything(0)
    t0 = time.perf_counter()
    guided = discover_themes(responses, embedder=emb, nlp=nlp, seed=0, codebook=book, figures=False,
                             code_sentences=coder)  # fmt: skip
    secs_g = time.perf_counter() - t0
    without, _ = _run(responses, emb, nlp, 0, codebook=book)
    emb.close()
    # a candidate that is an existing category: most of its sentences come from answers coded with that category
    sid = {lab: slug[lab] for lab in labels}

    def offered(res) -> list[dict]:
        out = []
        for r in res.candidates.itertuples(index=False):
            g = res.sentences[res.sentences["theme_id"] == r.theme_id]
            tally = Counter(sid[c] for rid in g["response_id"] for c in sets.get(rid, ()) if c in sid)
            if tally:
                top, n = tally.most_common(1)[0]
                if n >= 0.5 * len(g):
                    out.append({"candidate": r.title, "is_category": top, "share": round(n / len(g), 2),
                                "responses": int(r.responses)})  # fmt: skip
        return out

    return {
        "answers": len(responses),
        "fresh": {
            **_shape(fresh.stats),
            "seconds": round(secs, 1),
            "set_aside_sentences": int(fresh.set_aside["sentences"].sum()),
            "stock_or_bracket_themes": _stock_themes(fresh),
            "titles": list(fresh.themes["title"])[1:11],
        },  # fmt: skip
        "guided": {
            "categories": len(labels),
            "coded_answers": len(coded),
            "candidates": len(guided.candidates),
            "existing_categories_offered_as_candidates": offered(guided),
            "candidates_without_the_coded_sample": len(without.candidates),
            "offered_without_the_coded_sample": offered(without),
            "seconds": round(secs_g, 1),
        },
    }


def _torch_threads() -> int:
    import torch

    return torch.get_num_threads()


def main() -> dict:
    nlp = load_spacy()
    figures = {
        "machine": {"cpus": os.cpu_count(), "torch_threads": _torch_threads()},
        "kent": kent(nlp),
        "kent_cli": time_cli(),
        "kent_merge_comparison": merge_comparison(nlp),
        "nhs_care_opinion": nhs(nlp),
        "nhs_fft_export": fft(nlp),
        "sampled_fit": sampled(nlp),
    }
    k, n = figures["kent"], figures["nhs_care_opinion"]
    print(
        f"Kent fresh: {k['fresh']['recovered']}/{k['categories']} recovered, {k['fresh']['themes']} themes, "
        f"outliers {k['fresh']['outlier_share']:.1%}, {k['fresh']['seconds_cold_cache']}s cold / "
        f"{k['fresh']['seconds_warm_cache']}s warm, identical second run: {k['fresh']['second_run_identical']}; "
        f"by seed on the models cache: {[v['recovered'] for v in k['fresh_by_seed_on_the_models_cache'].values()]}"
    )
    if "recovered" in n:
        print(
            f"NHS Care Opinion: {n['recovered']}/{n['codes_used']} codes recovered "
            f"({n['recovered_of_those']}/{n['codes_on_50_plus_stories']} of codes on 50+ stories), "
            f"outliers {n['outlier_share']:.1%}, {n['seconds']}s"
        )
    return figures


if __name__ == "__main__":
    main()
