"""Theme discovery: contract files, seeded themes, outliers, merging, the draft codebook and the guided mode.

tests/fixtures/discover is a small park consultation of five concerns (themes_true.csv); its codebook holds
three of them, so the guided mode should leave the other two (dogs, lighting) as candidate new categories.
"""

import shutil
from collections import Counter
from pathlib import Path

import numpy as np
import pandas as pd
import pytest
import scipy.sparse as sp
from sklearn.cluster import KMeans
from sklearn.decomposition import PCA

from consult_nlp import ConsultError
from consult_nlp.codebook import load_codebook, load_consultation
from consult_nlp.discover import SENTENCE_COLUMNS, THEME_COLUMNS, discover_themes, draft_title, sentence_table, slug
from consult_nlp.embed import Embedder
from consult_nlp.ingest import prepare_responses
from consult_nlp.pipeline import discover_folder
from consult_nlp.topics import OUTLIER, ThemeDiscoverer, absorb_plan, merge_plan

PARK = Path(__file__).parent / "fixtures" / "discover"
THEMES = ["playground", "parking", "toilets-cafe", "dogs", "lighting"]


@pytest.fixture
def park_dir(tmp_path):
    dst = tmp_path / "park"
    shutil.copytree(PARK, dst)
    return dst


@pytest.fixture(scope="module")
def park():
    cons = load_consultation(PARK)
    return cons, prepare_responses(cons.responses)


@pytest.fixture(scope="module")
def truth() -> dict[str, set[str]]:
    t = pd.read_csv(PARK / "themes_true.csv", dtype=str, keep_default_na=False)
    out: dict[str, set[str]] = {}
    for r, th in zip(t["response_id"], t["theme"], strict=True):
        if th:
            out.setdefault(r, set()).add(th)
    return out


def purest(sentences: pd.DataFrame, truth: dict[str, set[str]]) -> dict[str, float]:
    """For each true theme, the best share of a discovered theme's sentences whose response carries it."""
    best: dict[str, float] = {}
    for _, grp in sentences[sentences["theme_id"] != OUTLIER].groupby("theme_id"):
        counts = Counter(c for r in grp["response_id"] for c in truth.get(r, ()))
        for c, n in counts.items():
            best[c] = max(best.get(c, 0.0), n / len(grp))
    return best


def fast():
    """Small fast sub-models for tests that check mechanics rather than theme quality."""
    return {"umap_model": PCA(n_components=5, random_state=0), "hdbscan_model": KMeans(5, n_init=10, random_state=0)}


def test_estimator_contract():
    est = ThemeDiscoverer(max_themes=12, random_state=3)
    assert est.get_params()["max_themes"] == 12 and est.get_params()["random_state"] == 3
    assert not any(k.endswith("_") for k in vars(est))


def test_sentence_table_skips_no_answers_and_shows_redacted_text(park):
    _, responses = park
    table = sentence_table(responses)
    assert {"N01", "N02", "N03"}.isdisjoint(table["response_id"])  # blank / no answer
    assert table.groupby("response_id").size()["M01"] == 2
    d04 = table[table["response_id"] == "D04"]
    # only redacted text is embedded (classify embeds the same), so the shared cache holds nothing personal
    assert "jo.bloggs@example.com" not in " ".join(d04["text"]) and (d04["text"] == d04["shown"]).all()
    assert "EMAIL]" in " ".join(d04["shown"])


def test_stock_phrases_are_set_aside_with_their_counts():
    import pandas as pd

    from consult_nlp.discover import set_aside

    shown = ["Did not answer.", "did not answer", "N/A", "The bus is late.", "[NAME]"]
    table = pd.DataFrame({"response_id": ["a", "b", "c", "d", "e"], "shown": shown})
    table["text"] = table["shown"]
    kept, aside = set_aside(table, ("Did not answer",))
    assert list(kept["response_id"]) == ["d"]
    assert aside.iloc[0][["sentences", "responses", "reason"]].tolist() == [2, 2, "no answer"]
    assert aside["sentences"].sum() == 4


def test_near_duplicate_themes_are_merged_by_the_stated_rules():
    from consult_nlp.topics import near_duplicate_plan

    rng = np.random.default_rng(0)
    base = rng.normal(size=(3, 8))
    emb = np.vstack([base[0] + rng.normal(0, 0.01, (4, 8)), base[0] + rng.normal(0, 0.01, (3, 8)),
                     base[1] + rng.normal(0, 0.01, (4, 8)), base[2] + rng.normal(0, 0.01, (4, 8))])  # fmt: skip
    emb /= np.linalg.norm(emb, axis=1, keepdims=True)
    topics = np.array([0] * 4 + [1] * 3 + [2] * 4 + [3] * 4)
    # themes 2 and 3 differ in meaning but come from the same responses
    groups = [frozenset({f"r{i}"}) for i in range(7)] + [frozenset({f"s{i % 4}"}) for i in range(8)]
    mapping, notes = near_duplicate_plan(topics, emb, groups, known={})
    assert mapping[1] == 0 and mapping[3] == 2 and mapping[0] == 0 and mapping[2] == 2
    assert any("centroid similarity" in n for n in notes)
    assert any("responses shared" in n and "beyond chance" in n for n in notes)
    mapping, _ = near_duplicate_plan(topics, emb, groups, known={0: "a", 1: "b"})
    assert mapping[1] == 1  # two known categories are never merged


def test_too_few_sentences_is_a_clear_error(encoder):
    with pytest.raises(ConsultError, match="at least 10"):
        ThemeDiscoverer(embedder=Embedder(encoder=encoder)).fit(["One sentence.", "Two."])


def _three_sentence_topics(k: int) -> tuple[np.ndarray, sp.lil_matrix]:
    """k topics of 3 sentences each, every sentence linked (weight 1) to the others of its topic only."""
    topics = np.repeat(np.arange(k), 3)
    g = sp.lil_matrix((3 * k, 3 * k))
    for i in range(3 * k):
        for j in range(3 * k):
            if i != j and topics[i] == topics[j]:
                g[i, j] = 1.0
    return topics, g


def test_merge_plan_merges_the_most_connected_and_keeps_known_apart():
    # six topics of 3 sentences; topics 0-1 and 2-3 are strongly linked, 4-5 weakly
    topics, g = _three_sentence_topics(6)
    for a, b, w in [(0, 1, 0.9), (2, 3, 0.8), (4, 5, 0.1), (1, 2, 0.05)]:
        g[3 * a, 3 * b] = g[3 * b, 3 * a] = w * 6
    m = merge_plan(topics, g.tocsr(), max_topics=4, max_share=1.0)
    assert m[1] == m[0] and m[3] == m[2] and len({m[t] for t in range(6)}) == 4
    # a known category is never merged: 0 and 1 stay apart, so 2-3 and 4-5 merge instead
    m = merge_plan(topics, g.tocsr(), max_topics=4, known={0: "a"}, max_share=1.0)
    assert m[0] == 0 and m[1] != 0 and m[3] == m[2] and m[5] == m[4]
    # no merged theme may hold more than max_share of the sentences while another merge is possible
    m = merge_plan(topics, g.tocsr(), max_topics=5, max_share=0.34)
    sizes = Counter(m[t] for t in topics)
    assert len(sizes) == 5 and max(sizes.values()) <= 6


def test_merge_plan_with_embeddings_keeps_a_bordering_but_different_topic_apart():
    # four topics of 3 sentences: 0-1 border each other strongly but say different things (orthogonal vectors),
    # 2-3 are linked less but say the same; by the graph alone 0-1 merge, with the centroids 2-3 do
    topics, g = _three_sentence_topics(4)
    g[0, 3] = g[3, 0] = 4.0
    g[6, 9] = g[9, 6] = 2.0
    vecs = np.array([[1, 0, 0], [0, 1, 0], [0, 0, 1], [0, 0.2, 1]], dtype=np.float64)[topics]
    m = merge_plan(topics, g.tocsr(), max_topics=3, max_share=1.0)
    assert m[1] == m[0] and m[2] != m[3]
    m = merge_plan(topics, g.tocsr(), max_topics=3, max_share=1.0, embeddings=vecs)
    assert m[3] == m[2] and m[1] != m[0]


def test_neighbour_vote_takes_the_neighbours_theme_and_waits_for_outlier_neighbours():
    from consult_nlp.merging import neighbour_vote

    # a chain: 0-1 theme 5, 2-3 theme 7; 4 borders 3 (and weakly 0); 5 borders only 4; 6 borders nobody
    topics = np.array([5, 5, 7, 7, OUTLIER, OUTLIER, OUTLIER])
    g = sp.lil_matrix((7, 7))
    for a, b, w in [(0, 1, 1.0), (2, 3, 1.0), (3, 4, 0.9), (0, 4, 0.3), (4, 5, 1.0)]:
        g[a, b] = g[b, a] = w
    rows = np.array([4, 5, 6])
    assert neighbour_vote(g.tocsr(), topics, rows).tolist() == [7, 7, OUTLIER]
    # the rows' own current themes are not votes: row 4 already (wrongly) given theme 5 still follows its neighbours
    given = topics.copy()
    given[rows] = 5
    assert neighbour_vote(g.tocsr(), given, rows).tolist() == [7, 7, OUTLIER]
    # a tie goes to the lower theme id, and noise below the grid does not break it
    g[0, 4] = g[4, 0] = 0.9 + 1e-9
    assert neighbour_vote(g.tocsr(), topics, rows)[0] == 5
    assert neighbour_vote(g.tocsr(), topics, np.array([], dtype=np.int64)).tolist() == []


def test_absorb_plan_folds_close_topics_into_their_category():
    rng = np.random.default_rng(0)
    cat = np.eye(4, 8)[:2]  # two categories along axes 0 and 1
    emb = np.vstack([cat[0] + 0.05 * rng.normal(size=(5, 8)), cat[0] + 0.1 * rng.normal(size=(5, 8)),
                     np.eye(8)[5] + 0.05 * rng.normal(size=(5, 8))])  # fmt: skip
    emb /= np.linalg.norm(emb, axis=1, keepdims=True)
    topics = np.repeat([0, 1, 2], 5)
    mapping, known = absorb_plan(topics, emb, cat, {0: 0}, min_similarity=0.6)
    assert mapping[1] == 0 and mapping[2] == 2 and known == {0: 0}


def test_titles_and_ids_read_well():
    # a title is the theme's central sentence, cut at a word boundary; keywords only when there is none
    assert draft_title(["cluster", "therapists"], "who runs the cluster meetings, and when?") == (
        "Who runs the cluster meetings, and when?"
    )
    long = "The cluster meetings will take head teachers away from their schools for a whole afternoon every week"
    assert draft_title([], long) == "The cluster meetings will take head teachers away from their schools for a whole…"
    assert draft_title(["cluster", "clusters", "team cluster", "therapists"], "Why?") == "Cluster and therapists"
    taken = {"dog-fouling"}
    assert slug(["dog", "fouling", "dog fouling"], taken, "theme-1") == "dog-fouling-2"
    assert slug([], taken, "theme-7") == "theme-7"


def test_fast_submodels_give_the_contract_tables(park, encoder):
    cons, responses = park
    res = discover_themes(responses, embedder=Embedder(encoder=encoder), facts=cons.facts, figures=False, **fast())
    assert list(res.themes.columns) == THEME_COLUMNS and list(res.sentences.columns) == SENTENCE_COLUMNS
    # every sentence is in a theme, the outliers, or set aside as a stock phrase with its count
    assert len(res.sentences) + res.set_aside["sentences"].sum() == len(sentence_table(responses))
    assert res.themes["size"].sum() == len(res.sentences)
    assert set(res.themes["theme_id"]) == set(res.sentences["theme_id"]) | {OUTLIER}
    real = res.themes[res.themes["theme_id"] != OUTLIER]
    assert real["keywords"].str.len().gt(0).all() and real["size"].gt(0).all()
    assert len(res.draft.categories) == res.stats["n_themes"] == 5


@pytest.mark.slow
def test_fresh_discovery_recovers_the_five_concerns(park, truth, encoder):
    cons, responses = park
    res = discover_themes(responses, embedder=Embedder(encoder=encoder), facts=cons.facts, max_themes=8, figures=False)
    best = purest(res.sentences, truth)
    assert all(best[t] >= 0.8 for t in THEMES), best
    assert res.stats["outlier_share"] < 0.15
    assert res.candidates is None


@pytest.mark.slow
def test_same_seed_same_themes(park, encoder):
    cons, responses = park
    emb = Embedder(encoder=encoder)
    a = discover_themes(responses, embedder=emb, facts=cons.facts, seed=5, max_themes=8, figures=False)
    b = discover_themes(responses, embedder=emb, facts=cons.facts, seed=5, max_themes=8, figures=False)
    assert a.sentences.equals(b.sentences) and a.themes.equals(b.themes) and a.draft_yaml == b.draft_yaml


@pytest.mark.slow
def test_outliers_are_reduced_to_the_allowed_share(park, encoder):
    cons, responses = park
    # a strict HDBSCAN leaves many outliers (clusters of 12 or more, about a fifth of the sentences left out), and a
    # floor no outlier reaches: the share allowed decides
    res = discover_themes(responses, embedder=Embedder(encoder=encoder), max_themes=8, figures=False,
                          min_cluster_size=12, min_samples=12, outlier_min_similarity=0.99,
                          max_outlier_share=0.05)  # fmt: skip
    assert res.stats["initial_outlier_share"] > 0.05
    assert 0 < res.stats["outlier_share"] <= 0.05


@pytest.mark.slow
def test_draft_codebook_loads_and_is_editable(park, tmp_path, encoder):
    cons, responses = park
    res = discover_themes(responses, embedder=Embedder(encoder=encoder), facts=cons.facts, max_themes=8, figures=False)
    path = tmp_path / "codebook.draft.yaml"
    path.write_text(res.draft_yaml, encoding="utf-8")
    book = load_codebook(path, cons.facts)
    assert len(book.categories) == res.stats["n_themes"]
    assert "first action area" in res.draft_yaml  # the placeholder area is explained
    shown = set(res.sentences["sentence"])
    for c in book.categories:
        assert c.section == "main" and c.response == "" and c.action_areas == (3,)  # 3 is the first area
        assert 1 <= len(c.examples) <= 3 and set(c.examples) <= shown
        assert c.description and len(c.title.split()) >= 3
    assert "jo.bloggs@example.com" not in res.draft_yaml and "960 123" not in res.draft_yaml


@pytest.mark.slow
def test_guided_mode_absorbs_known_and_reports_the_rest(park, truth, encoder):
    cons, responses = park
    res = discover_themes(responses, embedder=Embedder(encoder=encoder), facts=cons.facts, codebook=cons.codebook,
                   max_themes=8, figures=False)  # fmt: skip
    known = res.mentions[res.mentions["category_id"] != ""]
    assert set(known["category_id"]) == set(cons.codebook.ids)
    s = res.sentences.merge(res.mentions[["theme_id", "category_id"]], on="theme_id")
    for cid in cons.codebook.ids:  # each known category absorbed mostly its own sentences
        rows = s[s["category_id"] == cid]
        assert np.mean([cid in truth.get(r, ()) for r in rows["response_id"]]) >= 0.8
    # the two concerns the codebook lacks come back as candidates, with counts and redacted examples
    cand = res.candidates

    def purity(r) -> dict[str, float]:
        return purest(r.sentences[r.sentences["theme_id"].isin(set(r.candidates["theme_id"]))], truth)

    # one seed's partition of these 78 sentences is not a steady figure: seed 0 gave 'dogs' 0.6 on stop 24's
    # machine, where seeds 1-4 gave 0.79-0.94 (and seed 0 0.79+ on earlier machines): the median of three holds
    runs = [purity(res)] + [purity(discover_themes(responses, embedder=Embedder(encoder=encoder), facts=cons.facts,
                                                   codebook=cons.codebook, max_themes=8, figures=False, seed=seed))
                            for seed in (1, 2)]  # fmt: skip
    for concern in ("dogs", "lighting"):
        assert np.median([b.get(concern, 0.0) for b in runs]) >= 0.7, (concern, runs)
    assert (cand["responses"] > 0).all() and cand["examples"].str.len().gt(0).all()
    assert "jo.bloggs" not in " ".join(cand["examples"]) and "01632" not in " ".join(cand["examples"])
    # the draft keeps the codebook's categories unchanged, then adds the candidates
    assert res.draft.categories[: len(cons.codebook.categories)] == cons.codebook.categories
    assert len(res.draft.categories) == len(cons.codebook.categories) + len(cand)


@pytest.mark.slow
def test_discover_folder_writes_everything_and_reuses_embeddings(park_dir, tmp_path, encoder):
    out, models = tmp_path / "out", tmp_path / "models"
    before = {p.name: p.read_bytes() for p in park_dir.iterdir()}
    res = discover_folder(park_dir, out, models_dir=models, encoder=encoder, max_themes=8)
    names = {p.name for p in out.iterdir()}
    assert {"themes.csv", "theme_sentences.csv", "codebook.draft.yaml", "candidate_themes.csv",
            "candidate_themes.md", "theme_mentions.csv", "mentions.png", "topic_map.html",
            "topic_barchart.html", "topic_hierarchy.html", "discover_report.json"} <= names  # fmt: skip
    themes = pd.read_csv(out / "themes.csv")
    assert list(themes.columns) == THEME_COLUMNS and -1 in set(themes["theme_id"])
    sents = pd.read_csv(out / "theme_sentences.csv", dtype={"response_id": str})
    assert list(sents.columns) == SENTENCE_COLUMNS and themes["size"].sum() == len(sents)
    load_codebook(out / "codebook.draft.yaml")
    for name in ("topic_map", "topic_barchart", "topic_hierarchy"):
        html = (out / f"{name}.html").read_text()
        assert "Plotly.newPlot" in html and '<script src="http' not in html  # works offline
    assert (out / "mentions.png").read_bytes()[:8] == b"\x89PNG\r\n\x1a\n"
    assert "dogs" in (out / "candidate_themes.md").read_text().lower()
    assert {p.name: p.read_bytes() for p in park_dir.iterdir()} == before  # inputs untouched
    assert res.stats["embeddings"]["computed"] > 0
    # a second run embeds nothing: every sentence comes from models/NAME/embeddings.sqlite
    again = discover_folder(park_dir, tmp_path / "out2", models_dir=models, encoder=encoder, max_themes=8)
    assert again.stats["embeddings"]["computed"] == 0
    assert (tmp_path / "out2" / "theme_sentences.csv").read_bytes() == (out / "theme_sentences.csv").read_bytes()
    fresh = discover_folder(park_dir, tmp_path / "out3", models_dir=models, encoder=encoder, fresh=True, max_themes=8)
    assert fresh.stats["n_known_themes"] == 0 and not (tmp_path / "out3" / "candidate_themes.csv").exists()


@pytest.mark.slow
def test_cli_discover(park_dir, tmp_path, encoder, monkeypatch):
    from typer.testing import CliRunner

    from consult_nlp import pipeline
    from consult_nlp.cli import app

    real = pipeline.discover_folder
    monkeypatch.setattr(pipeline, "discover_folder", lambda *a, **k: real(*a, **k, encoder=encoder,
                        discover_params=fast()))  # fmt: skip
    out = tmp_path / "d"
    args = ["discover", "--consultation", str(park_dir), "--out", str(out), "--models-dir", str(tmp_path / "m")]
    res = CliRunner().invoke(app, [*args, "--fresh", "--max-themes", "5", "--quiet"])
    assert res.exit_code == 0, res.output
    assert res.output == "" and (out / "themes.csv").exists() and (out / "codebook.draft.yaml").exists()
    res = CliRunner().invoke(app, ["discover", "--consultation", str(tmp_path / "nowhere"), "--out", str(out)])
    assert res.exit_code == 1 and "E100" in res.output and "Traceback" not in res.output


@pytest.mark.slow
def test_ctfidf_then_embeddings_outlier_strategies(park, encoder):
    _, responses = park
    emb = Embedder(encoder=encoder)
    res = discover_themes(responses, embedder=emb, max_themes=8, figures=False, min_cluster_size=10, min_samples=10,
                   outlier_strategies=("c-tf-idf", "embeddings"))  # fmt: skip
    assert res.stats["initial_outlier_share"] > 0.15 and res.stats["outlier_share"] <= 0.10
    assert res.themes["theme_id"].iloc[0] == OUTLIER  # the outlier row is always listed
    with pytest.raises(ConsultError, match="unknown outlier strategy"):
        discover_themes(
            responses, embedder=emb, max_themes=8, figures=False, min_samples=10, outlier_strategies=("nearest",)
        )


def test_candidate_report_is_escaped_markdown():
    from consult_nlp.discover import CANDIDATE_COLUMNS, candidates_markdown

    values = [4, "night-lights", 9, 7, "Night: \u201cdark\u201d", "dark, night", "parking", 0.31,
              "It is <b>dark</b> at [NAME]'s gate\nSo *unsafe*"]  # fmt: skip
    row = dict(zip(CANDIDATE_COLUMNS, values, strict=True))
    md = candidates_markdown(pd.DataFrame([row]), "park")
    assert "## night-lights (theme 4): 7 responses, 9 sentences" in md
    assert "\\<b\\>dark\\</b\\>" in md and "\\[NAME\\]" in md and "\\*unsafe\\*" in md and "<b>" not in md
    assert "Every theme found" in candidates_markdown(pd.DataFrame(columns=CANDIDATE_COLUMNS), "park")


def test_a_theme_the_classifier_codes_as_a_known_category_is_not_offered_as_new(park, encoder):
    cons, responses = park
    book = cons.codebook
    k = len(book.ids)

    def codes_everything_as_the_first(sentences):  # a stand-in classifier: every sentence is the first category
        out = np.zeros((len(sentences), k), dtype=int)
        out[:, 0] = 1
        return out

    res = discover_themes(responses, embedder=Embedder(encoder=encoder), facts=cons.facts, codebook=book,
                          figures=False, code_sentences=codes_everything_as_the_first, **fast())  # fmt: skip
    assert res.candidates.empty
    assert any("the classifier codes most of its sentences" in n for n in res.notes)
    plain = discover_themes(responses, embedder=Embedder(encoder=encoder), facts=cons.facts, codebook=book,
                            figures=False, **fast())  # fmt: skip
    assert len(plain.candidates) > 0


def test_a_small_theme_inside_a_large_themes_long_responses_is_not_a_duplicate():
    """Long responses touch many themes: sharing their writers by chance is no reason to merge (the Jaccard
    index, corrected for chance, decides), while two themes written by exactly the same people still merge."""
    from consult_nlp.topics import near_duplicate_plan

    rng = np.random.default_rng(1)
    base = rng.normal(size=(5, 8))
    # 20 responses of 10 sentences: theme 0 takes 6 sentences of every one, theme 1 one sentence of 5 of them,
    # themes 2 and 3 one sentence each of the same 3 responses, theme 4 the rest
    topics, groups = [], []
    for r in range(20):
        picks = [0] * 6 + ([1] if r < 5 else [4]) + ([2, 3] if r >= 17 else [4, 4]) + [4]
        topics += picks
        groups += [frozenset({f"r{r}"})] * len(picks)
    topics = np.array(topics)
    emb = base[topics] + rng.normal(0, 0.3, (len(topics), 8))
    emb /= np.linalg.norm(emb, axis=1, keepdims=True)
    mapping, notes = near_duplicate_plan(topics, emb, groups, known={})
    assert mapping[1] == 1 and mapping[0] == 0, notes  # inside theme 0's responses, but only as chance puts it
    assert mapping[3] == mapping[2], notes  # the same three writers and no one else
    assert any("beyond chance" in n for n in notes)


@pytest.mark.slow
def test_a_large_corpus_is_fitted_on_a_seeded_sample_and_the_rest_assigned(park, truth, encoder):
    cons, responses = park
    emb = Embedder(encoder=encoder)
    full = discover_themes(responses, embedder=emb, max_themes=8, figures=False)
    n = full.stats["n_distinct_sentences"]
    assert full.stats["n_fitted_sentences"] == n  # under the limit: nothing is sampled
    limit = int(n * 0.8)  # the fixture is small (78 sentences): a smaller sample is too few to cluster
    res = discover_themes(responses, embedder=emb, max_themes=8, figures=False, max_fit_sentences=limit)
    again = discover_themes(responses, embedder=emb, max_themes=8, figures=False, max_fit_sentences=limit)
    assert res.stats["n_fitted_sentences"] == limit < n
    assert res.sentences.equals(again.sentences) and res.themes.equals(again.themes)  # the sample is seeded
    assert len(res.sentences) == len(full.sentences)  # every sentence is in the output, themed or not
    best = purest(res.sentences, truth)
    assert all(best[t] >= 0.8 for t in THEMES), best
    assert res.stats["outlier_share"] < 0.15
    # theme sizes count the whole corpus, not the sample
    themed = res.themes[res.themes["theme_id"] != OUTLIER]
    assert themed["size"].sum() == (res.sentences["theme_id"] != OUTLIER).sum() > limit


class CountingEncoder:
    """Wraps an encoder and remembers every text it was asked to encode."""

    def __init__(self, inner):
        self.inner, self.seen = inner, []

    def encode(self, texts, batch_size: int = 64, show_progress_bar: bool = False):
        self.seen += list(texts)
        return self.inner.encode(texts, batch_size=batch_size)


@pytest.mark.slow
def test_with_a_static_encoder_only_the_sample_meets_the_transformer(park, truth, encoder):
    from tests.fakes import UnigramEncoder

    cons, responses = park
    n = discover_themes(responses, embedder=Embedder(encoder=encoder), max_themes=8, figures=False).stats[
        "n_distinct_sentences"
    ]
    limit = int(n * 0.8)
    main, cheap = CountingEncoder(encoder), CountingEncoder(UnigramEncoder())
    res = discover_themes(responses, embedder=Embedder(encoder=main), assign_embedder=Embedder(encoder=cheap),
                          max_themes=8, figures=False, max_fit_sentences=limit)  # fmt: skip
    assert res.stats["rest_assigned_by"] == "static"
    assert len(main.seen) == len(set(main.seen)) == limit  # the transformer saw the fitted sample only
    assert set(cheap.seen) == set(main.seen) | set(res.sentences["sentence"])  # the static one, every sentence
    assert 0 < res.stats["static_agreement_on_sample"] <= 1  # on 13 held-back sentences of a tiny fixture
    assert len(res.sentences) > limit  # every sentence is in the output, themed or not
    best = purest(res.sentences, truth)
    assert all(best[t] >= 0.65 for t in THEMES), best  # a crude fake static encoder; quality is in make bench
    themed = res.themes[res.themes["theme_id"] != OUTLIER]
    assert themed["size"].sum() == (res.sentences["theme_id"] != OUTLIER).sum() > limit
    drafted = [c for c in res.draft.categories if c.examples]
    assert drafted and all(set(c.examples) <= set(main.seen) for c in drafted)  # examples have transformer vectors
    again = discover_themes(responses, embedder=Embedder(encoder=encoder), assign_embedder=Embedder(
        encoder=UnigramEncoder()), max_themes=8, figures=False, max_fit_sentences=limit)  # fmt: skip
    assert res.sentences.equals(again.sentences) and res.themes.equals(again.themes)
    # under the limit the static encoder is not used at all
    unused = CountingEncoder(UnigramEncoder())
    whole = discover_themes(responses, embedder=Embedder(encoder=encoder), assign_embedder=Embedder(encoder=unused),
                            max_themes=8, figures=False)  # fmt: skip
    assert whole.stats["rest_assigned_by"] is None and unused.seen == []
