"""End to end: `run` on the small example consultation."""

import json

import pandas as pd
import pytest

from consult_nlp import ConsultError
from consult_nlp.pipeline import classify_file, count_file, run


def test_run_end_to_end(example_dir, tmp_path, encoder):
    out = tmp_path / "out"
    before = {p.name: p.read_bytes() for p in example_dir.iterdir()}
    res = run(example_dir, out, models_dir=tmp_path / "models", encoder=encoder)
    for name in ("assignments.csv", "counts.csv", "appendix.html", "appendix.docx", "appendix.pdf", "appendix.md",
                 "manifest.json"):  # fmt: skip
        assert (out / name).stat().st_size > 0, name
    a = pd.read_csv(out / "assignments.csv", dtype=str, keep_default_na=False)
    assert set(a.columns) >= {"response_id", "category_id", "score", "coded_by", "evidence", "low_confidence"}
    # human codes are kept: R04 was coded 'staffing' only
    assert set(a.loc[a["response_id"] == "R04", "category_id"]) == {"staffing"}
    assert set(a.loc[a["response_id"] == "R04", "coded_by"]) == {"human"}
    # every model assignment has its evidence sentence
    assert (a.loc[a["coded_by"] == "model", "evidence"] != "").all()
    m = json.loads((out / "manifest.json").read_text())
    assert m["seed"] == 0 and set(m["inputs"]) == {
        "consultation.yaml",
        "codebook.yaml",
        "responses.csv",
        "labels.csv",
    }
    assert m["versions"]["torch"].startswith("2.13.0")
    assert {"classify", "count", "render", "total"} <= set(m["timings_seconds"])
    # inputs untouched
    assert before == {p.name: p.read_bytes() for p in example_dir.iterdir()}
    counts = pd.read_csv(out / "counts.csv")
    assert list(counts.columns) == ["category_id", "title", "section", "mentions", "estimated_mentions", "low", "high",
                                    "mentions_without_campaign_copies"]  # fmt: skip
    assert res.counts["mentions"].sum() == counts["mentions"].sum()


def test_same_inputs_give_byte_identical_counts(example_dir, tmp_path, encoder):
    run(example_dir, tmp_path / "a", models_dir=tmp_path / "m1", encoder=encoder)
    run(example_dir, tmp_path / "b", models_dir=tmp_path / "m2", encoder=encoder)
    assert (tmp_path / "a" / "counts.csv").read_bytes() == (tmp_path / "b" / "counts.csv").read_bytes()
    assert (tmp_path / "a" / "assignments.csv").read_bytes() == (tmp_path / "b" / "assignments.csv").read_bytes()


def test_classify_contract_and_model_cache(example_dir, tmp_path, encoder):
    inp = tmp_path / "new.csv"
    pd.DataFrame(
        {
            "response_id": ["n1", "n2", "n3"],
            "text": [
                "Please open in the evenings, I work days.",
                "Rhyme time is great for my baby.",
                "No comment",
            ],
        }
    ).to_csv(inp, index=False)
    sample = tmp_path / "sample.csv"
    pd.DataFrame({"response_id": ["n3"], "category_id": ["staffing"]}).to_csv(sample, index=False)
    out = tmp_path / "pred.csv"
    r1 = classify_file(example_dir, inp, out, sample, models_dir=tmp_path / "models", encoder=encoder)
    pred = pd.read_csv(out, dtype=str)
    assert list(pred.columns) == ["response_id", "category_id", "score"]
    got = set(zip(pred["response_id"], pred["category_id"], strict=True))
    assert ("n1", "evening-hours") in got and ("n2", "children-activities") in got
    assert {c for r, c in got if r == "n3"} == {"staffing"}  # the sample's human code is kept
    assert not r1.loaded_from_cache
    r2 = classify_file(
        example_dir, inp, tmp_path / "pred2.csv", sample, models_dir=tmp_path / "models", encoder=encoder
    )
    assert r2.loaded_from_cache and r2.model_key == r1.model_key
    assert (tmp_path / "pred2.csv").read_bytes() == out.read_bytes()


def test_saved_model_from_other_classifier_code_is_not_reused(example_dir, tmp_path, encoder, monkeypatch):
    from consult_nlp import classify

    inp = example_dir / "responses.csv"
    r1 = classify_file(example_dir, inp, tmp_path / "a.csv", models_dir=tmp_path / "m", encoder=encoder)
    monkeypatch.setattr(classify, "code_hash", lambda: "changed classifier code")
    r2 = classify_file(example_dir, inp, tmp_path / "b.csv", models_dir=tmp_path / "m", encoder=encoder)
    assert r2.model_key != r1.model_key and not r2.loaded_from_cache


def test_count_reproduces_the_run_intervals_from_its_files(example_dir, tmp_path, encoder):
    out = tmp_path / "out"
    run(example_dir, out, models_dir=tmp_path / "models", encoder=encoder)
    again = count_file(
        example_dir, out / "assignments.csv", tmp_path / "c.csv", errors_json=out / "classifier_errors.json"
    )
    assert again.equals(pd.read_csv(out / "counts.csv", dtype={"title": str}))
    old = tmp_path / "old_errors.json"
    old.write_text(json.dumps({k: v[:3] for k, v in json.loads((out / "classifier_errors.json").read_text()).items()}))
    with pytest.raises(ConsultError, match="old_errors.json.*Re-run"):
        count_file(example_dir, out / "assignments.csv", tmp_path / "c2.csv", errors_json=old)


def test_the_breakdown_is_in_the_appendix_only_when_asked(ran, example_dir, tmp_path, encoder):
    _, run_dir, _ = ran
    assert "Mentions by respondent type" not in (run_dir / "appendix.md").read_text()  # the published default
    assert "Mentions by respondent type" in (run_dir / "analysis-report.html").read_text()
    out = tmp_path / "out"
    run(example_dir, out, models_dir=tmp_path / "m", encoder=encoder, formats=("md",), breakdown=True,
              count="coded", order="codebook")  # fmt: skip
    md = (out / "appendix.md").read_text()
    assert "## Mentions by respondent type" in md
    counts = pd.read_csv(out / "counts.csv").set_index("category_id")
    rows = [ln for ln in md.splitlines() if ln.startswith("| ") and " | " in ln][1:4]
    in_codebook_order = ("evening-hours", "children-activities", "digital-access")
    assert [r.split(" | ")[1] for r in rows] == [str(counts.loc[c, "mentions"]) for c in in_codebook_order]


def test_the_breakdown_is_labelled_from_the_data(example_dir, tmp_path):
    """The column ingest mapped to respondent_type names the breakdown, unless consultation.yaml says otherwise."""
    import yaml

    from consult_nlp.pipeline import render_file

    counts, by = tmp_path / "counts.csv", tmp_path / "by.csv"
    counts.write_text("category_id,mentions\nevening-hours,3\nchildren-activities,2\ndigital-access,1\n")
    by.write_text("category_id,respondent_type,mentions\nevening-hours,Parent,3\n")

    def heading() -> str:
        render_file(example_dir, counts, "md", tmp_path / "a.md", breakdown_csv=by)
        return next(ln for ln in (tmp_path / "a.md").read_text().splitlines() if ln.startswith("## "))

    assert heading() == "## Mentions by respondent type"
    (example_dir / "ingest_report.json").write_text(json.dumps({"columns": {"respondent_type": "You are a..."}}))
    assert heading() == "## Mentions by answer to ‘You are a...’"
    facts = yaml.safe_load((example_dir / "consultation.yaml").read_text())
    facts["appendix"] = {"breakdown_label": "how people described themselves"}
    (example_dir / "consultation.yaml").write_text(yaml.safe_dump(facts))
    assert heading() == "## Mentions by how people described themselves"
