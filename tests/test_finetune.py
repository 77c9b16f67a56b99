"""The fine-tuned path: the rule that decides whether to try it, the split, the choice, and (slow: the real
encoder's weights) a tiny fine-tune that saves as safetensors, loads without pickle and is deterministic."""

import numpy as np
import pytest

from consult_nlp import finetune as ft


def labels(n: int, k: int, per_category: list[int]) -> np.ndarray:
    y = np.zeros((n, k), dtype=int)
    for j, p in enumerate(per_category):
        y[:p, j] = 1
    return y


def test_the_rule_needs_a_thousand_coded_and_half_the_categories_with_fifteen():
    assert ft.should_finetune(labels(1000, 4, [15, 15, 3, 0]))
    assert not ft.should_finetune(labels(999, 4, [500, 500, 500, 500]))  # too few coded
    assert not ft.should_finetune(labels(5000, 4, [15, 14, 3, 0]))  # too few categories with 15 examples
    assert not ft.should_finetune(np.zeros((0, 3)))


def test_the_validation_share_is_fifteen_percent_seeded_and_disjoint():
    tr, val = ft.split(1000, seed=0)
    assert len(val) == 150 and len(tr) == 850 and not set(tr) & set(val)
    assert np.array_equal(ft.split(1000, seed=0)[1], val) and not np.array_equal(ft.split(1000, seed=1)[1], val)


def test_the_blend_is_kept_only_if_it_beats_the_frozen_views_by_the_margin():
    rng = np.random.default_rng(0)
    y = (rng.uniform(size=(200, 5)) < 0.3).astype(int)
    noisy = np.clip(0.5 * y + rng.uniform(0, 0.6, size=y.shape), 0, 1)
    better = np.clip(0.7 * y + rng.uniform(0, 0.4, size=y.shape), 0, 1)
    assert ft.choose(noisy, better, y) == "tuned"
    assert ft.choose(better, noisy, y) == "frozen"
    assert ft.choose(noisy, noisy, y) == "frozen"  # equal is not enough: the margin must be earned


def test_long_texts_are_read_by_sentence(data_encoded):
    short, long = data_encoded
    assert ft.choose_unit(short) == "response" and ft.choose_unit(long) == "sentences"


@pytest.fixture
def data_encoded(encoder, nlp):
    from consult_nlp.classify import encode_texts
    from consult_nlp.embed import Embedder

    emb = Embedder(encoder=encoder)
    story = " ".join(["The nurse on the ward was kind and explained every step of the treatment to me."] * 6)
    return encode_texts(["Open late please."] * 3, emb, nlp), encode_texts([story] * 3, emb, nlp)


@pytest.fixture(scope="module")
def tiny(nlp):
    """40 comments, 3 codes; one epoch of the top layer only: seconds, not minutes."""
    from fakes import HashEncoder

    from consult_nlp.classify import encode_texts
    from consult_nlp.embed import Embedder

    words = {0: "the staff were kind and caring", 1: "parking was impossible and expensive",
             2: "waited hours for an appointment"}  # fmt: skip
    rng = np.random.default_rng(0)
    texts, y = [], np.zeros((40, 3), dtype=int)
    for i in range(40):
        ks = sorted({int(rng.integers(3)), int(rng.integers(3))})
        y[i, ks] = 1
        texts.append(f"Visit {i}: " + ", and ".join(words[k] for k in ks) + ".")
    return encode_texts(texts, Embedder(encoder=HashEncoder()), nlp), y


@pytest.mark.slow
def test_a_tiny_fine_tune_saves_as_safetensors_loads_and_is_deterministic(tiny, tmp_path):
    X, y = tiny
    s = ft.Settings(epochs=1, freeze_layers=5, threads=1, batch_size=8)
    frozen = np.full(y.shape, 0.5)
    runs = []
    for name in ("a", "b"):
        head, report = ft.fit_head(X, y, frozen, np.full(3, 0.5), seed=0, settings=s, budget=60, margin=-1.0,
                                   classes=["staff", "parking", "waits"])  # fmt: skip
        assert report["path"] == "tuned" and report["validation_responses"] == 6
        assert len(report["epochs"]) == 1 and set(report["validation_micro_f1"]) == {"frozen", "blend", "head_alone"}
        meta = head.save(tmp_path / f"{name}.safetensors")
        runs.append((head, meta, (tmp_path / f"{name}.safetensors").read_bytes()))
    (h1, m1, b1), (_, m2, b2) = runs
    assert b1 == b2 and m1 == m2  # same inputs, same bytes
    assert set(m1) >= {"sha256", "settings", "history", "classes"} and m1["classes"] == ["staff", "parking", "waits"]
    back = ft.TunedHead.load(tmp_path / "a.safetensors", m1)
    assert np.array_equal(back.proba(X), h1.proba(X))
    # run in float64, the head's probabilities for a response do not depend on the batch it is in (to 2^-30)
    from consult_nlp.classify import _steady

    alone = np.vstack([h1.proba(X.take([i])) for i in range(len(X))])
    assert np.array_equal(_steady(alone), _steady(h1.proba(X)))
    blended = back.blend(np.zeros(y.shape), X)
    assert np.allclose(blended, 0.5 * h1.proba(X))
    (tmp_path / "a.safetensors").write_bytes(b1[:-8] + b"\x00" * 8)
    with pytest.raises(ValueError, match="does not match"):
        ft.TunedHead.load(tmp_path / "a.safetensors", m1)


class Forced(ft.Training):
    """A one-epoch fine-tune of the top layer, kept whatever its validation F1."""

    def __init__(self, *a, **kw):
        super().__init__(*a, **{**kw, "settings": ft.Settings(epochs=1, freeze_layers=5, threads=1, batch_size=8)})

    def decide(self, *a, **kw):
        return super().decide(*a, **{**kw, "margin": -1.0})


@pytest.mark.slow
def test_a_classifier_with_a_tuned_head_round_trips_without_pickle(tiny, tmp_path, monkeypatch):
    from fakes import HashEncoder

    from consult_nlp.classify import CodebookClassifier, head_path, load_classifier, save_classifier
    from consult_nlp.codebook import Category, Codebook
    from consult_nlp.embed import Embedder

    X, y = tiny
    cb = Codebook(categories=tuple(Category(id=c, title=c, action_areas=(1,)) for c in ("staff", "parking", "waits")))
    sets = [{cb.ids[k] for k in np.flatnonzero(r)} for r in y]
    monkeypatch.setattr(ft, "Training", Forced)
    clf = CodebookClassifier(cv=3, finetune="always").fit(
        X, sets, codebook=cb, embedder=Embedder(encoder=HashEncoder())
    )
    assert clf.finetune_["path"] == "tuned" and clf.finetune_["rule"] == "forced" and clf.head_ is not None
    path = save_classifier(clf, tmp_path / "classifier-k.npz")
    assert head_path(path).exists() and head_path(path).name == "classifier-k.encoder.safetensors"
    with np.load(path, allow_pickle=False) as z:
        assert all(z[k].dtype != object for k in z.files)
    back = load_classifier(path)
    assert np.array_equal(back.predict_proba(X), clf.predict_proba(X))
    assert back.describe()["finetune"] == {k: v for k, v in clf.describe()["finetune"].items() if k != "time"}
    assert save_classifier(back, tmp_path / "again.npz").read_bytes() == path.read_bytes()  # same model, same bytes
    head_path(path).unlink()
    with pytest.raises(Exception, match="Delete it"):
        load_classifier(path)


@pytest.mark.slow
def test_a_failing_fit_stops_the_fine_tuning_it_started(tiny, monkeypatch):
    from fakes import HashEncoder

    from consult_nlp.classify import CodebookClassifier
    from consult_nlp.codebook import Category, Codebook
    from consult_nlp.embed import Embedder

    X, y = tiny
    cb = Codebook(categories=tuple(Category(id=c, title=c, action_areas=(1,)) for c in ("staff", "parking", "waits")))
    started = []

    class Watched(Forced):
        def __init__(self, *a, **kw):
            super().__init__(*a, **kw)
            started.append(self)

    def broken(self, data):
        raise RuntimeError("frozen path failed")

    monkeypatch.setattr(ft, "Training", Watched)
    monkeypatch.setattr(CodebookClassifier, "_oof", broken)
    clf = CodebookClassifier(cv=3, finetune="always")
    with pytest.raises(RuntimeError, match="frozen path failed"):
        clf.fit(
            X,
            [{cb.ids[k] for k in np.flatnonzero(r)} for r in y],
            codebook=cb,
            embedder=Embedder(encoder=HashEncoder()),
        )
    assert len(started) == 1 and started[0]._stop.is_set() and started[0]._job.done()
    assert "_workers" not in clf.__dict__
