"""The bundled Kent corpus: valid against the schemas, faithful to the published figures, original text."""

import re
from collections import Counter
from pathlib import Path

import pandas as pd
import pytest

from consult_nlp.codebook import label_sets, load_consultation, load_labels

KENT = Path(__file__).resolve().parents[1] / "corpora" / "kent-send-locality"
MAIN = ["mainstream-not-suitable", "not-enough-information", "cluster-management-burden",
        "predictable-exceptional-definitions", "more-specialist-places", "cost-cutting", "training-needed",
        "funding-transparency"]  # fmt: skip
OTHER = ["keep-specialist-placements", "tatc-capacity", "existing-services-fit", "health-engagement",
         "pcn-boundaries-mats", "cluster-size", "in-year-funding", "dispute-resolution",
         "bureaucracy-pressure"]  # fmt: skip
PUBLISHED = [261, 115, 112, 100, 98, 87, 82, 80]


@pytest.fixture(scope="module")
def kent():
    return load_consultation(KENT)


def test_schema_and_ids(kent):
    assert kent.codebook.ids == MAIN + OTHER
    assert [c.section for c in kent.codebook.categories] == ["main"] * 8 + ["other"] * 9
    assert kent.facts.responses_received == 832 and len(kent.responses) == 832
    assert str(kent.facts.period.start) == "2023-11-29" and str(kent.facts.period.end) == "2024-01-24"
    assert sorted(kent.facts.action_areas) == [1, 2, 3, 4]
    areas = {c.id: list(c.action_areas) for c in kent.codebook.categories}
    assert areas["training-needed"] == [3, 4] and areas["mainstream-not-suitable"] == [2]
    assert all(c.answered and c.description and c.examples for c in kent.codebook.categories)
    assert kent.codebook.get("cluster-management-burden").see == "not-enough-information"  # as published: "above"
    assert "respondent_type" in kent.responses.columns and (kent.responses["respondent_type"] != "").all()


def test_labels_true_reproduces_the_appendix(kent):
    truth = load_labels(KENT / "labels_true.csv", kent.codebook, set(kent.responses["response_id"]))
    sets = label_sets(truth)
    assert len(sets) == 832  # every response coded
    n = Counter(c for s in sets.values() for c in s)
    assert [n[c] for c in MAIN] == PUBLISHED
    assert all(5 <= n[c] <= 40 for c in OTHER)


def test_labels_is_a_200_response_sample_of_the_truth(kent):
    truth = label_sets(load_labels(KENT / "labels_true.csv", kent.codebook))
    sample = label_sets(kent.labels)
    assert len(sample) == 200
    assert all(truth[r] == s for r, s in sample.items())


def test_no_shared_8_word_runs_outside_the_campaign(kent):
    camp = set(pd.read_csv(KENT / "campaign_true.csv", dtype=str)["response_id"])
    assert len(camp) == 15
    seen: dict[str, str] = {}
    clashes = []
    for rid, text in zip(kent.responses["response_id"], kent.responses["text"], strict=True):
        if rid in camp:
            continue
        words = re.findall(r"[a-z0-9']+", text.lower())
        for g in {" ".join(words[i : i + 8]) for i in range(len(words) - 7)}:
            if seen.setdefault(g, rid) != rid:
                clashes.append((seen[g], rid, g))
    assert clashes == []


def test_corpus_has_the_noise_of_real_answers(kent):
    words = kent.responses["text"].str.split().str.len()
    assert 60 <= words.median() <= 100
    assert (words <= 1).sum() >= 5 and words.max() >= 400
    pii = pd.read_csv(KENT / "personal_data.csv", dtype=str)
    assert 14 <= pii["response_id"].nunique() <= 25  # about 2% of responses
    text = dict(zip(kent.responses["response_id"], kent.responses["text"], strict=True))
    assert all(p in text[r] for r, p in zip(pii["response_id"], pii["text"], strict=True))
