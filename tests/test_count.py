import pandas as pd
import pytest

from consult_nlp.codebook import load_consultation
from consult_nlp.count import breakdown, count_mentions


def _a(rows):
    return pd.DataFrame(rows, columns=["response_id", "category_id", "coded_by"])


def test_once_per_response_and_human_exact(example_dir):
    book = load_consultation(example_dir).codebook
    a = _a(
        [
            ("R1", "staffing", "human"),
            ("R1", "staffing", "model"),
            ("R2", "staffing", "human"),
            ("R3", "", "human"),
        ]
    )
    c = count_mentions(a, book).set_index("category_id")
    assert c.loc["staffing", "mentions"] == 2
    assert (c.loc["staffing", "low"], c.loc["staffing", "high"]) == (2, 2)
    assert c.loc["evening-hours", "mentions"] == 0
    assert list(c.index) == book.ids


def _count(a, book, errors, model_coded=400, **kw):
    return count_mentions(a, book, error_counts=errors, model_coded=model_coded, seed=1, **kw).set_index("category_id")


def test_interval_widens_with_model_error(example_dir):
    book = load_consultation(example_dir).codebook
    a = _a([(f"R{i}", "evening-hours", "model") for i in range(100)])
    g = _count(a, book, {"evening-hours": (95, 2, 3, 300)}).loc["evening-hours"]
    p = _count(a, book, {"evening-hours": (30, 20, 20, 330)}).loc["evening-hours"]
    assert g["low"] <= 100 <= g["high"]
    assert (p["high"] - p["low"]) > (g["high"] - g["low"])


def test_missed_mentions_come_from_the_responses_the_model_left_out(example_dir):
    book = load_consultation(example_dir).codebook
    a = _a([("R1", "staffing", "human")])  # the model assigned evening-hours to nobody
    none_missed = _count(a, book, {"evening-hours": (8, 1, 0, 191)}).loc["evening-hours"]
    some_missed = _count(a, book, {"evening-hours": (8, 1, 6, 185)}).loc["evening-hours"]
    assert none_missed["mentions"] == some_missed["mentions"] == 0
    assert some_missed["low"] > 0 and some_missed["high"] > none_missed["high"]
    # the same error rates over ten times as many uncoded responses: ten times as many missed
    wide = _count(a, book, {"evening-hours": (8, 1, 6, 185)}, model_coded=4000).loc["evening-hours"]
    assert wide["low"] > some_missed["high"]


def test_a_rare_category_keeps_a_usable_interval(example_dir):
    """Six coded examples, five found: recall alone would allow a count several times too big."""
    book = load_consultation(example_dir).codebook
    a = _a([(f"R{i}", "evening-hours", "model") for i in range(20)])
    c = _count(a, book, {"evening-hours": (5, 1, 1, 193)}, model_coded=632).loc["evening-hours"]
    assert c["low"] <= 20 <= c["high"] and c["high"] - c["low"] < 25


def test_old_error_counts_get_a_clear_error(example_dir):
    book = load_consultation(example_dir).codebook
    a = _a([("R1", "evening-hours", "model")])
    with pytest.raises(ValueError, match="Re-run `consult-nlp run`"):
        _count(a, book, {"evening-hours": (5, 1, 1)})


def test_campaign_copies_count_once(example_dir):
    book = load_consultation(example_dir).codebook
    a = _a([("R1", "staffing", "human"), ("R2", "staffing", "human"), ("R3", "staffing", "human")])
    camp = pd.Series({"R1": "C001", "R2": "C001", "R3": ""})
    c = count_mentions(a, book, campaigns=camp).set_index("category_id")
    assert c.loc["staffing", "mentions"] == 3
    assert c.loc["staffing", "mentions_without_campaign_copies"] == 2


def test_breakdown_by_respondent_type():
    a = _a([("R1", "x", "human"), ("R2", "x", "model"), ("R3", "y", "human")])
    resp = pd.DataFrame({"response_id": ["R1", "R2", "R3"], "respondent_type": ["Parent", "Parent", ""]})
    b = breakdown(a, resp)
    assert set(map(tuple, b.values.tolist())) == {("x", "Parent", 2), ("y", "Not stated", 1)}


def test_a_respondent_answering_several_questions_is_one_mention(example_dir):
    book = load_consultation(example_dir).codebook
    a = _a([("P1:q1", "staffing", "model"), ("P1:q2", "staffing", "model"), ("P2:q1", "staffing", "human")])
    who = pd.Series({"P1:q1": "P1", "P1:q2": "P1", "P2:q1": "P2"})
    assert count_mentions(a, book).set_index("category_id").loc["staffing", "mentions"] == 3
    c = count_mentions(a, book, respondents=who).set_index("category_id")
    assert c.loc["staffing", "mentions"] == 2
    resp = pd.DataFrame({"response_id": list(who.index), "question_id": ["q1", "q2", "q1"]})
    per_q = breakdown(a, resp, by="question_id")
    assert set(map(tuple, per_q.values.tolist())) == {("staffing", "q1", 2), ("staffing", "q2", 1)}


def test_estimate_corrects_the_model_count_for_its_measured_errors(example_dir):
    book = load_consultation(example_dir).codebook
    a = _a([(f"R{i}", "evening-hours", "model") for i in range(100)] + [("H1", "evening-hours", "human")])
    # half of what the model assigns is wrong, and it misses almost nothing: about 50 true model-coded mentions
    over = _count(a, book, {"evening-hours": (50, 50, 0, 300)}).loc["evening-hours"]
    assert over["mentions"] == 101 and 40 <= over["estimated_mentions"] - 1 <= 60
    assert over["low"] <= over["estimated_mentions"] <= over["high"]
    human_only = count_mentions(a[a["coded_by"] == "human"], book).set_index("category_id").loc["evening-hours"]
    assert human_only["estimated_mentions"] == human_only["mentions"] == 1
