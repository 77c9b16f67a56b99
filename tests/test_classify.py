import numpy as np
import pandas as pd
import pytest
from sklearn.base import clone

import consult_nlp
from consult_nlp import ConsultError
from consult_nlp.classifier import split_texts
from consult_nlp.classify import (
    CodebookClassifier,
    classify_frame,
    encode_texts,
    load_classifier,
    save_classifier,
    train_or_load,
)
from consult_nlp.codebook import label_sets, load_consultation
from consult_nlp.embed import Embedder
from consult_nlp.workspace import Workspace


@pytest.fixture
def data(example_dir, encoder, nlp):
    c = load_consultation(example_dir)
    sets = label_sets(c.labels)
    texts = dict(zip(c.responses["response_id"], c.responses["text"], strict=True))
    ids = sorted(sets)
    emb = Embedder(encoder=encoder)
    return c, emb, nlp, encode_texts([texts[i] for i in ids], emb, nlp), [sets[i] for i in ids]


@pytest.fixture
def fitted(data):
    c, emb, nlp, X, y = data
    clf = CodebookClassifier(cv=3).fit(X, y, codebook=c.codebook, embedder=emb)
    return c, clf, emb, nlp


def test_estimator_contract_and_clone():
    clf = CodebookClassifier(C=2.0)
    assert clf.get_params()["C"] == 2.0
    assert not any(k.endswith("_") for k in vars(clf))
    twin = clone(consult_nlp.CodebookClassifier())
    assert twin.get_params() == CodebookClassifier().get_params()
    clf.set_params(C_words=3.0, random_state=7)
    assert clone(clf).get_params()["C_words"] == 3.0 and clone(clf).random_state == 7


def test_clone_after_fit_and_refit_gives_the_same_model(fitted, data):
    c, clf, emb, _ = fitted
    _, _, _, X, y = data
    twin = clone(clf)
    assert not hasattr(twin, "thresholds_") and twin.get_params() == clf.get_params()
    twin.fit(X, y, codebook=c.codebook, embedder=emb)
    assert np.array_equal(twin.thresholds_, clf.thresholds_)
    assert np.array_equal(twin.predict_proba(X), clf.predict_proba(X))


def test_random_state_reaches_the_folds(fitted, data):
    c, clf, emb, _ = fitted
    _, _, _, X, y = data
    other = clone(clf).set_params(random_state=1).fit(X, y, codebook=c.codebook, embedder=emb)
    assert not np.array_equal(other.cv_scores_, clf.cv_scores_)  # different folds, different out-of-fold scores


def test_fit_learns_thresholds_and_predicts(fitted):
    c, clf, emb, nlp = fitted
    assert list(clf.classes_) == c.codebook.ids
    assert clf.thresholds_.shape == (4,) and ((clf.thresholds_ > 0) & (clf.thresholds_ < 1)).all()
    assert clf.cv_counts_.shape == (4, 4) and (clf.cv_counts_.sum(axis=1) == clf.n_train_).all()  # tp fp fn tn
    new = encode_texts(
        [
            "I finish work at six so I need the library open in the evenings.",
            "My toddler adores rhyme time and story sessions.",
        ],
        emb,
        nlp,
    )
    p = clf.predict(new)
    k = {cid: i for i, cid in enumerate(clf.classes_)}
    assert p[0, k["evening-hours"]] == 1 and p[0, k["children-activities"]] == 0
    assert p[1, k["children-activities"]] == 1 and p[1, k["evening-hours"]] == 0


def test_evidence_is_the_sentence_that_carries_it(fitted):
    _, clf, emb, nlp = fitted
    text = "The new carpet looks nice. Please keep the homework club for my son. Parking is fine."
    enc = encode_texts([text], emb, nlp)
    k = list(clf.classes_).index("children-activities")
    assert clf.evidence(enc, 0, k, max_sentences=1) == ["Please keep the homework club for my son."]


def test_evidence_scores_only_what_needs_choosing_and_quotes_the_same(fitted, monkeypatch):
    from consult_nlp import classify

    c, clf, emb, nlp = fitted
    texts = list(c.responses["text"]) + ["One sentence only.", ""]
    enc = encode_texts(texts, emb, nlp)
    proba = clf.predict_proba(enc)
    ids = [f"T{i}" for i in range(len(texts))]
    human = {0: set(), 1: {clf.classes_[0]}}
    scored, original = [], CodebookClassifier.sentence_scores

    def counting(self, X):
        scored.append(len(X))
        return original(self, X)

    monkeypatch.setattr(CodebookClassifier, "sentence_scores", counting)
    fast = classify.assignments_from(clf, ids, enc, proba, human=human)
    assert scored and scored[0] < len(texts)  # one-sentence, uncoded and 'no category' responses are not scored
    monkeypatch.setattr(classify, "_evidence_scores", lambda clf, enc, proba, human: clf.sentence_scores(enc))
    pd.testing.assert_frame_equal(fast, classify.assignments_from(clf, ids, enc, proba, human=human))


def test_prediction_does_not_depend_on_what_else_is_in_the_batch(fitted):
    _, clf, emb, nlp = fitted
    texts = ["Open late please", "Keep the story time.", "Staff are lovely", "No comment"]
    together = clf.predict_proba(encode_texts(texts, emb, nlp))
    alone = np.vstack([clf.predict_proba(encode_texts([t], emb, nlp)) for t in texts])
    assert np.array_equal(together, alone)


def test_saved_model_loads_without_pickle_and_predicts_the_same(fitted, tmp_path):
    _, clf, emb, nlp = fitted
    path = save_classifier(clf, tmp_path / "clf.npz")
    with np.load(path, allow_pickle=False) as z:  # no object arrays: nothing to unpickle
        assert all(z[k].dtype != object for k in z.files)
    back = load_classifier(path)
    enc = encode_texts(["Open late please, I work days", "My toddler loves rhyme time"], emb, nlp)
    assert np.array_equal(back.predict_proba(enc), clf.predict_proba(enc))
    assert np.array_equal(back.thresholds_, clf.thresholds_) and back.get_params() == clf.get_params()


def test_a_damaged_saved_model_is_a_clear_error(tmp_path):
    bad = tmp_path / "classifier-x.npz"
    bad.write_bytes(b"PK\x03\x04 not really")
    with pytest.raises(ConsultError) as e:
        load_classifier(bad)
    assert e.value.code == "E400" and "Delete it" in str(e.value) and str(bad) in str(e.value)


def test_human_codes_get_evidence_but_keep_their_codes(example_dir, tmp_path, encoder):
    ws = Workspace(example_dir, models_dir=tmp_path / "m", encoder=encoder)
    c = ws.consultation
    texts = dict(zip(ws.responses["response_id"], ws.responses["redacted_text"], strict=True))
    clf = train_or_load(ws, c.labels, texts).classifier
    frame = ws.responses[ws.responses["response_id"].isin(["R04", "R05", "R22"])]
    out = classify_frame(ws, clf, frame, c.labels)
    r04 = out[out["response_id"] == "R04"]
    assert list(r04["category_id"]) == ["staffing"] and list(r04["coded_by"]) == ["human"]
    assert r04["evidence"].iloc[0].startswith("Replacing librarians")
    assert "R05" not in set(out["response_id"])  # coded with no category: the model adds nothing
    assert set(out.loc[out["response_id"] == "R22", "coded_by"]) == {"model"}
    ws.close()


def test_model_key_changes_with_what_changes_predictions(example_dir, tmp_path, encoder):
    ws = Workspace(example_dir, models_dir=tmp_path / "m", encoder=encoder)
    texts = dict(zip(ws.responses["response_id"], ws.responses["redacted_text"], strict=True))
    labels = ws.consultation.labels
    first = train_or_load(ws, labels, texts)
    again = train_or_load(ws, labels, texts)
    assert not first.loaded_from_cache and again.loaded_from_cache and again.key == first.key
    fewer = labels[labels["response_id"] != labels["response_id"].iloc[0]]
    assert train_or_load(ws, fewer, texts).key != first.key
    texts2 = dict(texts, R22=texts["R22"] + " More.")
    assert train_or_load(ws, labels, texts2).key != first.key
    assert list(ws.models_dir.glob("*.pkl")) == []
    ws.close()


def test_no_module_loads_a_pickle():
    import pathlib
    import re

    src = pathlib.Path(consult_nlp.__file__).parent
    for f in src.glob("*.py"):
        text = f.read_text()
        assert not re.search(r"\bpickle\.loads?\(|joblib\.load\(|allow_pickle=True", text), f.name


def test_classify_responses_is_the_notebook_entry(example_dir, tmp_path, encoder):
    with consult_nlp.Workspace(example_dir, models_dir=tmp_path / "m", encoder=encoder) as ws:
        a = consult_nlp.classify_responses(ws)
    assert list(a.columns) == ["response_id", "category_id", "score", "coded_by", "evidence", "low_confidence"]
    assert isinstance(a, pd.DataFrame) and set(a["coded_by"]) <= {"human", "model"}


def test_multi_lr_is_sklearns_balanced_logistic_regression_for_every_column_at_once():
    from sklearn.linear_model import LogisticRegression

    from consult_nlp.classify import multi_lr

    rng = np.random.default_rng(0)
    x = rng.normal(size=(120, 6))
    y = (x[:, :3] + 0.5 * rng.normal(size=(120, 3)) > 0.6).astype(int)
    w = rng.uniform(0.5, 2.0, size=120)
    m = multi_lr(x, y, C=0.7, sample_weight=w, tol=1e-8)
    for k in range(3):
        ref = LogisticRegression(C=0.7, class_weight="balanced", tol=1e-10, max_iter=5000).fit(x, y[:, k], w)
        assert np.allclose(m.coef[:, k], ref.coef_[0], atol=2e-3) and abs(m.intercept[k] - ref.intercept_[0]) < 2e-3
    sparse = multi_lr(__import__("scipy.sparse").sparse.csr_matrix(x), y, C=0.7, sample_weight=w, tol=1e-8)
    assert np.allclose(sparse.coef, m.coef, atol=1e-4)
    const = multi_lr(x, np.column_stack([y[:, 0], np.zeros(120, int)]), C=1.0)  # a column with no positive
    assert (const.coef[:, 1] == 0).all() and const.proba(x)[:, 1].max() < 1e-9


def test_multi_lr_solves_without_the_columns_no_training_row_uses():
    """A vocabulary fitted on uncoded texts has columns the coded ones never use: their weights are exactly 0, and
    the other weights are what the fit without those columns gives."""
    import scipy.sparse as sp

    from consult_nlp.classify import multi_lr

    rng = np.random.default_rng(1)
    x = sp.random(80, 10, density=0.4, random_state=1, format="csr")
    y = (rng.random((80, 2)) > 0.5).astype(int)
    unused = [2, 7]
    x = x.tolil()
    x[:, unused] = 0
    x = sp.csr_matrix(x)
    x.eliminate_zeros()
    wide = multi_lr(x, y, C=1.0, tol=1e-10)
    kept = [j for j in range(10) if j not in unused]
    narrow = multi_lr(x[:, kept], y, C=1.0, tol=1e-10)
    assert wide.coef.shape == (10, 2) and (wide.coef[unused] == 0).all()
    assert np.allclose(wide.coef[kept], narrow.coef, atol=1e-6) and np.allclose(wide.intercept, narrow.intercept)


def test_every_view_is_saved_and_a_char_vocabulary_survives_the_round_trip(data, tmp_path):
    c, emb, nlp, X, y = data
    clf = CodebookClassifier(cv=3, views=("response", "words", "chars", "sentence", "neighbours"))
    clf.fit(X, y, codebook=c.codebook, embedder=emb)
    assert set(clf.view_models_) == {"response", "words", "chars", "sentence", "neighbours"}
    assert len(clf.char_vocabulary_) > 100 and any(g.endswith(" ") for g in clf.char_vocabulary_)
    back = load_classifier(save_classifier(clf, tmp_path / "clf.npz"))
    assert list(back.char_vocabulary_) == list(clf.char_vocabulary_)
    enc = encode_texts(["Open late please, I work days. Staff are kind.", "rhyme time!"], emb, nlp)
    assert np.array_equal(back.predict_proba(enc), clf.predict_proba(enc))
    assert np.array_equal(back.sentence_scores(enc), clf.sentence_scores(enc))
    assert back.describe() == clf.describe() and back.describe()["finetune"]["path"] == "frozen"


def test_the_thread_count_does_not_change_the_model(data):
    c, emb, _, X, y = data
    one = CodebookClassifier(cv=3, n_jobs=1).fit(X, y, codebook=c.codebook, embedder=emb)
    two = CodebookClassifier(cv=3, n_jobs=2).fit(X, y, codebook=c.codebook, embedder=emb)
    assert np.array_equal(one.cv_scores_, two.cv_scores_) and np.array_equal(one.predict_proba(X), two.predict_proba(X))


def test_worker_processes_fit_the_same_model_as_one_thread(data, monkeypatch):
    """Large samples fit their views in worker processes; the models must be the ones a single thread makes."""
    import consult_nlp.classifier as classifier

    c, emb, _, X, y = data
    views = ("response", "words", "chars", "sentence", "neighbours")
    one = CodebookClassifier(cv=3, n_jobs=1, views=views).fit(X, y, codebook=c.codebook, embedder=emb)
    monkeypatch.setattr(classifier, "PROCESS_FROM", 0)
    two = CodebookClassifier(cv=3, n_jobs=2, views=views).fit(X, y, codebook=c.codebook, embedder=emb)
    assert np.array_equal(one.cv_scores_, two.cv_scores_) and np.array_equal(one.predict_proba(X), two.predict_proba(X))
    assert "_worker_cpu" not in two.__dict__
    # the workers are stopped once fit is done: idle, they held 520 MB through a 50,000-response run
    from joblib.externals.loky import reusable_executor

    pool = reusable_executor._executor
    assert pool is None or not pool._processes


def test_tfidf_rows_split_with_a_worker_score_the_uncoded_as_one_process_does(data, monkeypatch):
    """Fit's scoring of many uncoded texts splits each TF-IDF transform with a worker: the same rows, so the same
    probabilities and thresholds."""
    import consult_nlp.classifier as classifier

    c, emb, nlp, X, y = data
    rest = encode_texts(
        [
            f"Please keep the library open {w}. Staff are kind."
            for w in ("late", "on Sundays", "for children", "in the holidays", "with more books")
        ],
        emb,
        nlp,
    )
    one = CodebookClassifier(cv=3, n_jobs=2).fit(X, y, codebook=c.codebook, embedder=emb, unlabelled=rest)
    monkeypatch.setattr(classifier, "TFIDF_PROCESS_FROM", 0)
    import consult_nlp.workspace as workspace

    calls, real = [], workspace.submit
    monkeypatch.setattr(workspace, "submit", lambda fn, *a: calls.append(fn) or real(fn, *a))
    two = CodebookClassifier(cv=3, n_jobs=2).fit(X, y, codebook=c.codebook, embedder=emb, unlabelled=rest)
    assert classifier._tfidf_rows in calls  # a worker took part of the rows
    assert np.array_equal(one._uncoded_proba, two._uncoded_proba)
    assert np.array_equal(one.thresholds_, two.thresholds_)
    assert np.array_equal(one.predict_proba(rest), two.predict_proba(rest))


def test_an_unknown_view_is_refused(data):
    c, emb, _, X, y = data
    with pytest.raises(ValueError, match="unknown views"):
        CodebookClassifier(views=("response", "vibes")).fit(X, y, codebook=c.codebook, embedder=emb)


def test_the_cascade_recodes_with_the_transformer_only_near_a_threshold(example_dir, tmp_path, encoder, cascading):
    from consult_nlp.classify import (
        CASCADE_SHARE,
        _margins,
        code_chunk,
        encode_texts,
        error_counts,
        reencode,
        wants_cascade,
    )

    with Workspace(example_dir, models_dir=tmp_path / "m", encoder=encoder) as ws:
        texts = dict(zip(ws.responses["response_id"], ws.responses["redacted_text"], strict=True))
        labels = ws.consultation.labels
        assert wants_cascade(ws, len(texts))
        t = train_or_load(ws, labels, texts, cascade=True)
        casc, clf = t.cascade, t.classifier
        assert casc is not None and casc.margin > 0 and casc.share == CASCADE_SHARE
        coded = set(labels["response_id"])
        ids = [r for r in texts if r not in coded]
        enc = encode_texts([texts[r] for r in ids], casc.embedder, ws.nlp)
        proba = casc.fast.predict_proba(enc)
        redo = casc.recode(proba)
        assert 0 < redo.sum() < len(ids)
        assert np.array_equal(redo, _margins(casc.fast, proba) < casc.margin)
        full = clf.predict(reencode(enc, ws.embedder))
        fast = (proba >= casc.fast.thresholds_).astype(int)
        out = code_chunk(clf, ids, [texts[r] for r in ids], {}, ws.embedder, ws.nlp, cascade=casc)
        assert list(dict.fromkeys(out["response_id"])) == [r for r in ids if r in set(out["response_id"])]
        for i, r in enumerate(ids):
            want = full[i] if redo[i] else fast[i]
            assert set(out.loc[out["response_id"] == r, "category_id"]) == set(clf.classes_[want == 1]), r
        # the same codes whatever the batch: the margin is fixed at training, not a share of each batch
        whole = classify_frame(ws, clf, ws.responses, labels, cascade=casc)
        pieces = classify_frame(ws, clf, ws.responses, labels, cascade=casc, batch_size=3)
        pd.testing.assert_frame_equal(whole, pieces)
        # what training already encoded and scored is reused, with the same result as computing it again
        assert t.scored is not None and set(t.scored.rows) == {texts[r] for r in ids}  # the uncoded
        reused = classify_frame(ws, clf, ws.responses, labels, cascade=casc, batch_size=3, scored=t.scored)
        pd.testing.assert_frame_equal(whole, reused)  # batches of 3 mix coded (computed) and uncoded (reused)
        mixed = [texts[ids[1]], texts[sorted(coded)[0]], texts[ids[0]]]

        def fresh(some):
            e = encode_texts(some, casc.embedder, ws.nlp)
            return e, casc.fast.predict_proba(e)

        got, got_p = t.scored.lookup(mixed, fresh)
        want, want_p = fresh(mixed)
        assert got.texts == mixed and np.array_equal(got_p, want_p) and np.array_equal(got.sent, want.sent)
        assert np.array_equal(got.offsets, want.offsets) and np.array_equal(got.doc, want.doc)
        assert set(whole.loc[whole["coded_by"] == "human", "response_id"]) <= coded  # human codes stand
        # the interval error rates are the cascade's own out-of-fold errors
        errs = error_counts(clf, t.coded_ids, cascade=casc)
        assert all(sum(v) == len(t.coded_ids) for v in errs.values())
        again = train_or_load(ws, labels, texts, cascade=True)
        assert again.loaded_from_cache and again.cascade.margin == casc.margin and again.key == t.key
        assert again.scored is None  # loaded, not trained: nothing was encoded beside it
        assert train_or_load(ws, labels, texts).key != t.key  # without the cascade: another model
        ws.model_file("cascade", t.key, ".json").write_text("{not json")
        with pytest.raises(ConsultError, match="saved cascade cannot be read"):
            train_or_load(ws, labels, texts, cascade=True)


def test_scoring_in_batches_gives_what_scoring_at_once_gives(fitted, monkeypatch):
    import consult_nlp.classifier as classifier

    _, clf, emb, nlp = fitted
    enc = encode_texts(["Open late please", "Keep the story time.", "Staff are lovely", "No comment", "More books"],
                       emb, nlp)  # fmt: skip
    whole = clf.predict_proba(enc)
    monkeypatch.setattr(classifier, "PREDICT_BATCH", 2)
    assert np.array_equal(clf.predict_proba(enc), whole)
    # uncoded responses kept as sentences, embedded a batch at a time, score the same
    split = split_texts(list(enc.texts), emb, nlp)
    assert split.sentences == enc.sentences and np.array_equal(clf.predict_proba(split), whole)
    monkeypatch.setattr(classifier, "PREDICT_BATCH", 100)
    assert np.array_equal(clf.predict_proba(split), whole)


def test_many_uncoded_texts_shape_the_vocabularies_through_a_seeded_sample(data, monkeypatch):
    import consult_nlp.classifier as classifier

    c, emb, nlp, X, y = data
    rest = encode_texts([f"rareword{i % 6} about the library" for i in range(12)], emb, nlp)  # each word twice
    monkeypatch.setattr(classifier, "VOCABULARY_FROM", 5)
    a = CodebookClassifier(cv=3).fit(X, y, codebook=c.codebook, embedder=emb, unlabelled=rest)
    b = CodebookClassifier(cv=3).fit(X, y, codebook=c.codebook, embedder=emb, unlabelled=rest)
    assert np.array_equal(a.vocabulary_, b.vocabulary_) and np.array_equal(a.idf_, b.idf_)  # the same sample
    monkeypatch.setattr(classifier, "VOCABULARY_FROM", 20)
    every = CodebookClassifier(cv=3).fit(X, y, codebook=c.codebook, embedder=emb, unlabelled=rest)
    rare = [{w for w in m.vocabulary_ if w.startswith("rareword") and " " not in w} for m in (a, every)]
    assert len(rare[1]) == 6 and rare[0] < rare[1]  # a word needs two texts: five sampled texts hold fewer pairs


def test_a_category_threshold_leans_on_the_shared_one_by_its_positives():
    """Category 0 (20 positives) is best cut at 0.76 alone; the shared cut over all categories is lower. Its
    threshold is weighed as 20 against min_positives (15); category 1 (12 positives) takes the shared one."""
    rng = np.random.default_rng(0)
    y = np.zeros((200, 2), dtype=int)
    y[:20, 0], y[:12, 1] = 1, 1
    oof = rng.uniform(0.0, 0.1, size=(200, 2))
    oof[:20, 0] = 0.85  # positives of 0 score high; negatives between 0.55 and 0.75 need a cut above them
    oof[20:25, 0] = np.linspace(0.55, 0.75, 5)
    oof[:12, 1] = 0.3
    th, counts = CodebookClassifier()._thresholds(oof, y)
    shared = th[1]
    assert shared <= 0.3  # category 1's 12 positives at 0.3 pull the shared cut down
    assert th[0] == round((20 * 0.76 + 15 * shared) / 35, 2)  # 0.76: the lowest cut above the negatives
    assert counts[0].sum() == 200
