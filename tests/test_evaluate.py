import pandas as pd
import pytest

from consult_nlp.evaluate import evaluate


def test_scores_and_count_error():
    gold = pd.DataFrame({"response_id": ["1", "2", "3", "4"], "category_id": ["a", "a", "b", ""]})
    pred = pd.DataFrame({"response_id": ["1", "3", "4", "9"], "category_id": ["a", "a", "b", "a"]})
    ev = evaluate(pred, gold, ["a", "b"])
    a = ev.per_category.set_index("category_id").loc["a"]
    assert (a["precision"], a["recall"], a["support"], a["predicted"]) == (0.5, 0.5, 2, 2)
    b = ev.per_category.set_index("category_id").loc["b"]
    assert (b["precision"], b["recall"]) == (0.0, 0.0)
    assert b["count_error"] == pytest.approx(0.0)  # one predicted, one true, but not the same response
    assert ev.micro_f1 == pytest.approx(2 * 1 / (2 * 1 + 2 + 2), abs=1e-3)
    assert ev.n_responses == 4  # response 9 is not in gold and is ignored
