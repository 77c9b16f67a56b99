"""A finished run in a notebook: counts chart, evidence, the review queue, corrections; the notebook itself."""

import re
from dataclasses import replace
from pathlib import Path

import pandas as pd
import pytest
from typer.testing import CliRunner

import consult_nlp
from consult_nlp import ConsultError, labels, runview
from consult_nlp.cli import app

REPO = Path(__file__).resolve().parents[1]
runner = CliRunner()
PII_EMAIL, PII_PHONE = "jo.bloggs@example.com", "07700 900123"


def _labels(folder: Path) -> pd.DataFrame:
    return pd.read_csv(folder / "labels.csv", dtype=str, keep_default_na=False)


def _filled(path: Path, rows: list[tuple[str, str]]) -> Path:
    pd.DataFrame(rows, columns=["response_id", "category_ids"]).assign(text="...").to_csv(path, index=False)
    return path


# -- the notebook API --------------------------------------------------------------------------------------------


@pytest.mark.slow
def test_load_run_and_views(ran, consultation):
    _, run_dir, _ = ran
    view = runview.load_run(consultation, run_dir)
    assert view.name == "example" and view.changed_since_run == ()
    assert "responses with a category" in str(view)
    assert "text" not in view.assignments.columns  # only redacted text is loaded
    assert PII_EMAIL not in view.assignments.to_csv()
    chart = runview.plot_counts(view)
    assert chart._repr_png_().startswith(b"\x89PNG")
    # an interval for the true count can lie above the bar; the error bar still spans exactly low..high
    above = view.counts.assign(low=view.counts["mentions"] + 2, high=view.counts["mentions"] + 9)
    chart = runview.plot_counts(replace(view, counts=above))
    (bars,) = [c for c in chart.figure.axes[0].containers if type(c).__name__ == "ErrorbarContainer"]
    spans = sorted((float(s[0][0]), float(s[1][0])) for s in bars.lines[2][0].get_segments())
    assert spans == sorted(zip(above["low"].astype(float), above["high"].astype(float), strict=True))
    (diamonds,) = [ln for ln in chart.figure.axes[0].lines if ln.get_marker() == "D"]
    assert sorted(diamonds.get_xdata()) == sorted(view.counts["estimated_mentions"].astype(float))
    top = view.counts.sort_values("mentions", ascending=False, kind="stable")["category_id"].iloc[0]
    ev = runview.category_evidence(view)
    assert set(ev["category_id"]) == {top}
    ev = runview.category_evidence(view, "evening-hours", n=None)
    assert len(ev) == int(view.counts.set_index("category_id").loc["evening-hours", "mentions"])
    assert (ev.loc[ev["coded_by"] == "model", "evidence"] != "").all()
    with pytest.raises(ConsultError, match="not in the codebook"):
        runview.category_evidence(view, "nope")
    q = runview.low_confidence_queue(view)
    doubtful = set(view.assignments.loc[view.assignments["low_confidence"], "response_id"])
    assert set(q["response_id"]) == doubtful


@pytest.mark.slow
def test_propose_and_record_a_correction(ran, consultation):
    view = runview.load_run(consultation, ran[1])
    c = runview.propose_correction(view, "R22", "staffing")
    assert c.category_ids == ("staffing",) and not c.empty
    upd = labels.record_correction(consultation, c.response_id, c.category_ids)
    assert upd.written and upd.added == ["R22"]
    assert runview.load_run(consultation, ran[1]).changed_since_run == ("labels.csv",)
    upd = labels.record_correction(consultation, "R22", ["evening-hours"])
    assert upd.conflicts and not upd.written
    assert labels.record_correction(consultation, "R22", [], replace=True).replaced == ["R22"]
    lab = _labels(consultation)
    assert list(lab.loc[lab["response_id"] == "R22", "category_id"]) == [""]


def test_load_run_without_a_run_says_how_to_make_one(example_dir, tmp_path):
    with pytest.raises(ConsultError, match="consult-nlp run"):
        runview.load_run(example_dir, tmp_path / "nowhere")


@pytest.mark.slow
def test_notebook_runs_on_the_example_and_shows_redacted_text_only(ran, consultation, tmp_path):
    import nbformat

    from consult_nlp.notebook import review_notebook

    params = {"category_id": "evening-hours", "response_id": "R22", "category_ids": ["evening-hours", "digital-access"],
              "write": True, "reviewer": "Test Analyst"}  # fmt: skip
    res = review_notebook(consultation, run_dir=ran[1], out=tmp_path / "nb.ipynb", params=params)
    assert res.executed and not res.errors
    nb = nbformat.read(res.path, as_version=4)
    outputs = [o for c in nb.cells if c.cell_type == "code" for o in c.outputs]
    assert not [o for o in outputs if o.output_type == "error"]
    assert any("image/png" in o.get("data", {}) for o in outputs)
    text = "\n".join(
        str(o.get("text", "")) + "".join(str(v) for k, v in o.get("data", {}).items() if k != "image/png")
        for o in outputs
    )
    assert "[EMAIL]" in text and "[PHONE]" in text  # R22 is on show, redacted
    assert PII_EMAIL not in text and PII_PHONE not in text
    lab = _labels(consultation)
    assert set(lab.loc[lab["response_id"] == "R22", "category_id"]) == {"evening-hours", "digital-access"}
    audit = pd.read_csv(consultation / "labels_audit.csv", dtype=str, keep_default_na=False)
    assert list(audit["reviewer"]) == ["Test Analyst"] and list(audit["via"]) == ["correction"]


def test_notebook_proposes_nothing_unless_the_analyst_names_it(ran, consultation, tmp_path):
    view = runview.load_run(consultation, ran[1])
    c = runview.propose_correction(view)
    assert c.empty and runview.apply_correction(view, c, write=True) is None
    assert "R22" not in set(_labels(consultation)["response_id"])


def test_cli_notebook_without_a_run_says_how_to_make_one(example_dir, tmp_path):
    res = runner.invoke(app, ["notebook", str(example_dir), "--run-dir", str(tmp_path / "none")])
    assert res.exit_code == 1 and "E504" in res.output and "consult-nlp run" in res.output


def test_committed_notebook_has_default_parameters_no_outputs_and_only_the_flat_api():
    import nbformat

    nb = nbformat.read(REPO / "notebooks" / "01-review-categories.ipynb", as_version=4)
    params = next(c for c in nb.cells if "parameters" in c.metadata.get("tags", []))
    assert 'consultation = "corpora/kent-send-locality"' in params.source
    assert 'run_dir = "reports/kent-send-locality"' in params.source
    assert all(not c.get("outputs") for c in nb.cells if c.cell_type == "code")
    code = "\n".join(c.source for c in nb.cells if c.cell_type == "code")
    assert not re.search(r"^\s*(def|class|for|while|if|with|try)\b", code, re.M)  # no logic: only library calls
    imports = re.findall(r"^(?:from|import) (\S+)", code, re.M)
    assert set(imports) == {"pandas", "consult_nlp"}  # the flat API, no inner modules
    assert set(re.findall(r"\bcn\.(\w+)", code)) <= set(consult_nlp.__all__)
