import numpy as np
import pytest

from consult_nlp.classify import CodebookClassifier, merge_human
from consult_nlp.codebook import label_sets, load_consultation
from consult_nlp.embed import Embedder


@pytest.fixture
def fitted(example_dir, encoder, nlp):
    c = load_consultation(example_dir)
    sets = label_sets(c.labels)
    texts = dict(zip(c.responses["response_id"], c.responses["text"], strict=True))
    ids = sorted(sets)
    clf = CodebookClassifier(c.codebook, embedder=Embedder(encoder=encoder), nlp=nlp, cv=3)
    clf.fit([texts[i] for i in ids], [sets[i] for i in ids])
    return c, clf


def test_estimator_contract(example_dir):
    c = load_consultation(example_dir)
    clf = CodebookClassifier(c.codebook, C=2.0)
    assert clf.get_params()["C"] == 2.0
    assert not any(k.endswith("_") for k in vars(clf))


def test_fit_learns_thresholds_and_predicts(fitted):
    c, clf = fitted
    assert list(clf.classes_) == c.codebook.ids
    assert clf.thresholds_.shape == (4,) and ((clf.thresholds_ > 0) & (clf.thresholds_ < 1)).all()
    assert clf.cv_counts_.shape == (4, 4) and (clf.cv_counts_.sum(axis=1) == clf.n_train_).all()  # tp fp fn tn
    new = [
        "I finish work at six so I need the library open in the evenings.",
        "My toddler adores rhyme time and story sessions.",
    ]
    p = clf.predict(new)
    k = {cid: i for i, cid in enumerate(clf.classes_)}
    assert p[0, k["evening-hours"]] == 1 and p[0, k["children-activities"]] == 0
    assert p[1, k["children-activities"]] == 1 and p[1, k["evening-hours"]] == 0


def test_evidence_is_the_sentence_that_carries_it(fitted):
    _, clf = fitted
    text = "The new carpet looks nice. Please keep the homework club for my son. Parking is fine."
    enc = clf.encode([text])
    k = list(clf.classes_).index("children-activities")
    assert clf.evidence(enc, 0, k, max_sentences=1) == ["Please keep the homework club for my son."]


def test_probabilities_are_deterministic(fitted):
    _, clf = fitted
    a = clf.predict_proba(["Open late please"])
    b = clf.predict_proba(["Open late please"])
    assert np.array_equal(a, b)


def test_human_codes_replace_model_codes():
    import pandas as pd

    model = pd.DataFrame(
        {
            "response_id": ["A", "A", "B"],
            "category_id": ["x", "y", "x"],
            "score": [0.9, 0.6, 0.7],
            "source": "model",
            "evidence": "",
            "low_confidence": False,
        }
    )
    human = pd.DataFrame({"response_id": ["A", "B"], "category_id": ["z", ""]})
    out = merge_human(model, human)
    assert set(zip(out["response_id"], out["category_id"], out["source"], strict=True)) == {("A", "z", "human")}


def test_quote_comes_from_the_redacted_response():
    from consult_nlp.classify import redacted_quote

    red = ["My daughter [NAME] loves rhyme time.", "Call me on [PHONE]."]
    assert redacted_quote("My daughter Isla loves rhyme time.", red) == red[0]
    # no redacted counterpart: fall back to redacting the sentence itself
    assert redacted_quote("Email jo@example.com please", red, lambda s: "[REDACTED]") == "[REDACTED]"
    assert redacted_quote("Something else entirely here", red) == ""


def test_human_codes_get_evidence_but_keep_their_codes(fitted):
    from consult_nlp.pipeline import classify_frame

    c, clf = fitted
    frame = c.responses[c.responses["response_id"].isin(["R04", "R05", "R22"])]
    out = classify_frame(clf, frame, c.labels)
    r04 = out[out["response_id"] == "R04"]
    assert list(r04["category_id"]) == ["staffing"] and list(r04["source"]) == ["human"]
    assert r04["evidence"].iloc[0].startswith("Replacing librarians")
    assert "R05" not in set(out["response_id"])  # coded with no category: the model adds nothing
    assert set(out.loc[out["response_id"] == "R22", "source"]) == {"model"}
