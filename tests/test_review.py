"""The analyst's loop: sample for coding, merge it, the review workbook and its read-back, the notebook API."""

import os
import re
import shutil
from dataclasses import replace
from pathlib import Path

import numpy as np
import pandas as pd
import pytest
from openpyxl import load_workbook
from typer.testing import CliRunner

import consult_nlp
from consult_nlp import ConsultError, review
from consult_nlp.cli import app
from consult_nlp.codebook import load_consultation
from consult_nlp.pipeline import run

REPO = Path(__file__).resolve().parents[1]
FIXTURES = REPO / "tests" / "fixtures"
runner = CliRunner()
PII_EMAIL, PII_PHONE = "jo.bloggs@example.com", "07700 900123"


def _labels(folder: Path) -> pd.DataFrame:
    return pd.read_csv(folder / "labels.csv", dtype=str, keep_default_na=False)


def _copy(src: Path, dst: Path) -> Path:
    shutil.copytree(src, dst)
    return dst


@pytest.fixture(scope="module")
def ran(tmp_path_factory, encoder):
    """The example consultation with personal data and a formula in two uncoded responses, and one run of it."""
    base = tmp_path_factory.mktemp("review")
    folder = _copy(FIXTURES / "example", base / "example")
    resp = pd.read_csv(folder / "responses.csv", dtype=str, keep_default_na=False)
    resp.loc[resp["response_id"] == "R22", "text"] = (
        f"Email {PII_EMAIL} or ring {PII_PHONE}: I commute to London and only get back at seven, "
        "so weekday evenings matter to me."
    )
    resp.loc[resp["response_id"] == "R24", "text"] = '=HYPERLINK("http://x") My grandmother uses the library computer.'
    resp.to_csv(folder / "responses.csv", index=False)
    models = base / "models"
    run(folder, base / "run", models_dir=models, encoder=encoder, formats=("md",))
    return folder, base / "run", models


@pytest.fixture
def consultation(ran, tmp_path) -> Path:
    """A fresh copy of the run's consultation folder, for tests that write labels.csv."""
    return _copy(ran[0], tmp_path / "example")


# -- choose_diverse: pure ----------------------------------------------------------------------------------------


def test_choose_diverse_prefers_unlike_uncertain_items_over_near_copies():
    rng = np.random.default_rng(0)
    a = np.array([0.0, 0.0]) + rng.normal(0, 0.01, (6, 2))  # six near-copies, the most uncertain of all
    b, c, d = np.array([[10.0, 0.0]]), np.array([[0.0, 10.0]]), np.array([[10.0, 10.0]])
    far = np.array([[50.0, 50.0]]) + rng.normal(0, 1, (20, 2))  # confident: outside the pool
    x = np.vstack([a, b, c, d, far])
    margins = np.concatenate([np.linspace(0.001, 0.006, 6), [0.01, 0.012, 0.3], np.full(20, 0.5)])
    picked = review.choose_diverse(x, 3, margins, pool_factor=3, seed=0)
    assert set(np.argsort(margins)[:3]) == {0, 1, 2}  # uncertainty alone: three near-copies
    assert set(picked) == {0, 6, 7}  # the best of the copies, and the two unlike them
    assert list(picked) == sorted(picked, key=lambda i: margins[i])  # most uncertain first
    assert list(review.choose_diverse(x, 3, margins, pool_factor=3, seed=0)) == list(picked)


def test_choose_diverse_without_margins_takes_one_representative_per_group():
    rng = np.random.default_rng(1)
    centres = np.array([[0.0, 0.0], [20.0, 0.0], [0.0, 20.0]])
    x = np.vstack([c + rng.normal(0, 1, (15, 2)) for c in centres])
    picked = review.choose_diverse(x, 3, None, seed=0)
    assert sorted(i // 15 for i in picked) == [0, 1, 2]
    for i in picked:  # each is the member nearest its group's centre
        grp = x[(i // 15) * 15 : (i // 15 + 1) * 15]
        assert np.linalg.norm(x[i] - grp.mean(0)) <= np.linalg.norm(grp - grp.mean(0), axis=1).min() + 0.5


def test_uncertainty_counts_every_doubtful_category():
    thresholds = np.array([0.5, 0.5])
    proba = np.array([[0.5, 0.9], [0.48, 0.52], [0.9, 0.1], [0.45, 0.55]])
    u, rank = review.uncertainty(proba, thresholds, band=0.1)
    assert u == pytest.approx([1.0, 1.6, 0.0, 1.0])
    # two doubtful categories outrank one borderline one; a tie goes to the nearest threshold
    assert list(np.argsort(rank)) == [1, 0, 3, 2]


def test_choose_diverse_small_inputs():
    x = np.eye(3)
    assert list(review.choose_diverse(x, 5, np.array([0.3, 0.1, 0.2]))) == [1, 2, 0]
    assert len(review.choose_diverse(x, 0, None)) == 0
    assert len(review.choose_diverse(np.zeros((0, 3)), 4, None)) == 0


# -- sample ------------------------------------------------------------------------------------------------------


@pytest.mark.slow
def test_sample_picks_uncoded_redacted_responses_to_fill_in(ran, tmp_path, encoder):
    folder, _, models = ran
    out = tmp_path / "to-code.csv"
    res = review.sample_for_coding(folder, 4, out, models_dir=models, encoder=encoder)
    df = pd.read_csv(out, dtype=str, keep_default_na=False)
    assert list(df.columns) == review.SAMPLE_COLUMNS and len(df) == 4 and len(res.frame) == 4
    cons = load_consultation(folder)
    assert not set(df["response_id"]) & set(cons.labels["response_id"])
    assert not set(df["response_id"]) & {"R12", "R31"}  # blank and 'N/A' are not worth a coder's time
    assert (df["category_ids"] == "").all()
    unsure = df["uncertainty"].astype(float)
    assert list(unsure) == sorted(unsure, reverse=True)  # most uncertain first
    assert res.n_candidates == 14 and "thresholds, then k-means" in res.strategy
    # the suggestions name codebook ids, one score each
    for cats, scores in zip(df["suggested_categories"], df["suggested_scores"], strict=True):
        ids = [c for c in cats.split("; ") if c]
        assert set(ids) <= set(cons.codebook.ids) and len(ids) == len([s for s in scores.split("; ") if s])
    again = review.sample_for_coding(folder, 4, tmp_path / "again.csv", models_dir=models, encoder=encoder)
    assert (tmp_path / "again.csv").read_bytes() == out.read_bytes() and again.model_key == res.model_key


@pytest.mark.slow
def test_sample_of_everything_is_redacted_and_formula_safe(ran, tmp_path, encoder):
    folder, _, models = ran
    out = tmp_path / "all.csv"
    review.sample_for_coding(folder, 100, out, models_dir=models, encoder=encoder)
    raw = out.read_text()
    df = pd.read_csv(out, dtype=str, keep_default_na=False)
    assert len(df) == 14
    assert PII_EMAIL not in raw and PII_PHONE not in raw and "[EMAIL]" in raw and "[PHONE]" in raw
    assert df.loc[df["response_id"] == "R24", "text"].iloc[0].startswith("'=HYPERLINK")


@pytest.mark.slow
def test_sample_with_nothing_coded_picks_representatives(ran, consultation, tmp_path, encoder):
    (consultation / "labels.csv").unlink()
    res = review.sample_for_coding(consultation, 5, tmp_path / "s.csv", models_dir=ran[2], encoder=encoder)
    assert len(res.frame) == 5 and "no coded responses" in res.strategy and res.model_key is None
    assert (res.frame["suggested_categories"] == "").all()


# -- merging a filled-in sample ----------------------------------------------------------------------------------


def _filled(path: Path, rows: list[tuple[str, str]]) -> Path:
    pd.DataFrame(rows, columns=["response_id", "category_ids"]).assign(text="...").to_csv(path, index=False)
    return path


def test_merge_sample_adds_new_codes_and_keeps_the_rest(example_dir, tmp_path):
    before = (example_dir / "labels.csv").read_text()
    filled = _filled(
        tmp_path / "f.csv",
        [("R22", "evening-hours"), ("R23", "evening-hours; children-activities"), ("R24", "none"), ("R25", "")],
    )
    res = review.merge_sample(example_dir, filled)
    lab = _labels(example_dir)
    assert (example_dir / "labels.csv").read_text().startswith(before.rstrip("\n"))  # existing rows untouched
    got = set(zip(lab["response_id"], lab["category_id"], strict=True))
    assert {("R22", "evening-hours"), ("R23", "children-activities"), ("R23", "evening-hours"), ("R24", "")} <= got
    assert "R25" not in set(lab["response_id"])
    assert res.update.added == ["R22", "R23", "R24"] and res.n_blank == 1 and res.update.written
    # the same file again changes nothing
    again = review.merge_sample(example_dir, filled)
    assert again.update.unchanged == ["R22", "R23", "R24"] and not again.update.written


def test_merge_never_overwrites_a_human_code_without_replace(example_dir, tmp_path):
    filled = _filled(tmp_path / "f.csv", [("R04", "evening-hours"), ("R22", "staffing")])
    res = review.merge_sample(example_dir, filled)
    lab = _labels(example_dir)
    assert set(lab.loc[lab["response_id"] == "R04", "category_id"]) == {"staffing"}
    assert [c.response_id for c in res.update.conflicts] == ["R04"] and res.update.added == ["R22"]
    msg = str(res.update.conflicts[0])
    assert "f.csv row 2" in msg and "staffing" in msg and "--replace" in msg
    res = review.merge_sample(example_dir, filled, replace=True)
    lab = _labels(example_dir)
    assert set(lab.loc[lab["response_id"] == "R04", "category_id"]) == {"evening-hours"}
    assert res.update.replaced == ["R04"]


def test_merge_errors_name_the_file_row_and_fix(example_dir, tmp_path):
    before = (example_dir / "labels.csv").read_bytes()
    bad = _filled(tmp_path / "bad.csv", [("R22", "evening-hours"), ("R23", "evening-hour")])
    with pytest.raises(ConsultError, match=r"bad\.csv row 3.*'evening-hour'.*codebook's ids"):
        review.merge_sample(example_dir, bad)
    with pytest.raises(ConsultError, match=r"row 2: response 'R99' is not in .*responses\.csv"):
        review.merge_sample(example_dir, _filled(tmp_path / "b2.csv", [("R99", "staffing")]))
    with pytest.raises(ConsultError, match=r"R22 is coded \[staffing\] here but \[evening-hours\] at .*row 2"):
        review.merge_sample(example_dir, _filled(tmp_path / "b3.csv", [("R22", "evening-hours"), ("R22", "staffing")]))
    with pytest.raises(ConsultError, match="mixes 'none'"):
        review.merge_sample(example_dir, _filled(tmp_path / "b4.csv", [("R22", "none; staffing")]))
    pd.DataFrame({"response_id": ["R22"], "codes": ["staffing"]}).to_csv(tmp_path / "b5.csv", index=False)
    with pytest.raises(ConsultError, match="needs columns response_id and category_ids"):
        review.merge_sample(example_dir, tmp_path / "b5.csv")
    assert (example_dir / "labels.csv").read_bytes() == before  # nothing half-written


def test_merge_dry_run_and_excel_files(example_dir, tmp_path):
    before = (example_dir / "labels.csv").read_bytes()
    res = review.merge_sample(example_dir, _filled(tmp_path / "f.csv", [("R22", "staffing")]), dry_run=True)
    assert res.update.added == ["R22"] and not res.update.written
    assert (example_dir / "labels.csv").read_bytes() == before
    # Excel saves CSV with a byte-order mark, or the analyst keeps it as a workbook
    (tmp_path / "bom.csv").write_bytes(b"\xef\xbb\xbfresponse_id,category_ids\nR22,staffing\n")
    assert review.merge_sample(example_dir, tmp_path / "bom.csv").update.added == ["R22"]
    pd.DataFrame({"response_id": ["R23"], "category_ids": ["digital-access"]}).to_excel(
        tmp_path / "f.xlsx", index=False
    )
    assert review.merge_sample(example_dir, tmp_path / "f.xlsx").update.added == ["R23"]


# -- the review workbook -----------------------------------------------------------------------------------------


def _assignments(rows):
    return pd.DataFrame(rows, columns=["response_id", "category_id", "score", "source", "evidence", "low_confidence"])


ROWS = [
    ("R22", "evening-hours", 0.52, "model", "weekday evenings matter", True),
    ("R22", "digital-access", 0.81, "model", "=1+1 I need the wifi", False),
    ("R29", "evening-hours", 0.77, "model", "Please don't close at 5.", False),
    ("R04", "staffing", 1.0, "human", "", False),
]


@pytest.fixture
def workbook(example_dir, tmp_path):
    resp = pd.read_csv(example_dir / "responses.csv", dtype=str, keep_default_na=False)
    resp.loc[resp["response_id"] == "R22", "text"] = f'=HYPERLINK("x") mail {PII_EMAIL} evenings matter'
    cons = load_consultation(example_dir)
    res = review.write_review_workbook(tmp_path / "review.xlsx", _assignments(ROWS), resp, cons.codebook)
    return res


def _decide(path: Path, decisions: dict[tuple[str, str, str], str], column: str = "decision") -> None:
    """Fill in cells: (sheet, response_id, category_id) -> value."""
    wb = load_workbook(path)
    for (sheet, rid, cid), value in decisions.items():
        ws = wb[sheet]
        head = [c.value for c in ws[1]]
        for row in ws.iter_rows(min_row=2):
            if row[head.index("response_id")].value == rid and row[head.index("category_id")].value == cid:
                row[head.index(column)].value = value
                break
        else:
            raise AssertionError(f"no row {rid}/{cid} on {sheet}")
    wb.save(path)


def test_workbook_has_a_sheet_per_category_and_the_queue(workbook, example_dir):
    wb = load_workbook(workbook.path)
    ids = load_consultation(example_dir).codebook.ids
    assert wb.sheetnames == [review.INSTRUCTIONS_SHEET, *ids, review.QUEUE_SHEET]
    ws = wb["evening-hours"]
    head = [c.value for c in ws[1]]
    assert head == review.REVIEW_COLUMNS
    rows = [dict(zip(head, [c.value for c in r], strict=True)) for r in ws.iter_rows(min_row=2)]
    assert [r["response_id"] for r in rows] == ["R22", "R29"]  # doubtful (lowest score) first
    assert rows[0]["other_codes"] == "digital-access" and rows[0]["low_confidence"] is True
    assert rows[0]["score"] == pytest.approx(0.52) and rows[0]["decision"] is None
    dv = ws.data_validations.dataValidation
    assert len(dv) == 1 and dv[0].formula1 == '"confirm,reject"' and str(dv[0].sqref) == "I2:I3"
    assert [c.value for c in wb["staffing"]["A"]][1:] == ["R04"]
    q = wb[review.QUEUE_SHEET]
    # the queue holds every code of R22 (which has a doubtful one), and nothing else
    assert sorted((r[0].value, r[1].value) for r in q.iter_rows(min_row=2)) == [
        ("R22", "digital-access"),
        ("R22", "evening-hours"),
    ]
    assert workbook.n_rows == 4 and workbook.n_queue == 2


def test_workbook_text_is_redacted_and_never_a_formula(workbook):
    wb = load_workbook(workbook.path)
    cells = [c for ws in wb.worksheets for row in ws.iter_rows() for c in row if isinstance(c.value, str)]
    assert all(c.data_type == "s" for c in cells)
    assert not [c.value for c in cells if c.value.startswith(("=", "+", "-", "@"))]
    text = " ".join(c.value for c in cells)
    assert PII_EMAIL not in text and "[EMAIL]" in text
    assert "'=HYPERLINK" in text and "'=1+1 I need the wifi" in text


def test_reviewed_workbook_reads_back_as_labels(workbook, example_dir):
    path = workbook.path
    _decide(
        path,
        {
            ("evening-hours", "R22", "evening-hours"): "confirm",  # R22's other code stays undecided
            ("evening-hours", "R29", "evening-hours"): "reject",
            ("staffing", "R04", "staffing"): "confirm",
        },
    )
    _decide(path, {("evening-hours", "R29", "evening-hours"): "digital-access"}, column="add_category_ids")
    res = review.read_review_workbook(example_dir, path)
    lab = _labels(example_dir)
    assert set(lab.loc[lab["response_id"] == "R29", "category_id"]) == {"digital-access"}
    assert "R22" not in set(lab["response_id"])  # partly reviewed: reported, not recorded
    assert list(res.partial) == ["R22"] and "digital-access ('digital-access')" in res.partial["R22"][0]
    assert "not recorded" in res.summary()
    assert (res.confirmed, res.rejected, res.added) == (2, 1, 1)
    assert res.update.added == ["R29"] and res.update.unchanged == ["R04"]
    # deciding the rest on the queue sheet completes R22
    _decide(path, {(review.QUEUE_SHEET, "R22", "digital-access"): "reject"})
    res = review.read_review_workbook(example_dir, path)
    lab = _labels(example_dir)
    assert set(lab.loc[lab["response_id"] == "R22", "category_id"]) == {"evening-hours"} and not res.partial


def test_accept_undecided_keeps_the_models_other_codes(workbook, example_dir):
    _decide(workbook.path, {(review.QUEUE_SHEET, "R22", "evening-hours"): "confirm"})
    review.read_review_workbook(example_dir, workbook.path, accept_undecided=True)
    lab = _labels(example_dir)
    assert set(lab.loc[lab["response_id"] == "R22", "category_id"]) == {"evening-hours", "digital-access"}


def test_rejecting_a_human_code_needs_replace(workbook, example_dir):
    _decide(workbook.path, {("staffing", "R04", "staffing"): "reject"})
    res = review.read_review_workbook(example_dir, workbook.path)
    assert [c.response_id for c in res.update.conflicts] == ["R04"] and not res.update.written
    assert "sheet 'staffing' row 2" in str(res.update.conflicts[0])
    review.read_review_workbook(example_dir, workbook.path, replace=True)
    lab = _labels(example_dir)
    assert list(lab.loc[lab["response_id"] == "R04", "category_id"]) == [""]  # coded: raises no category


def test_workbook_errors_name_the_sheet_and_row(workbook, example_dir, tmp_path):
    before = (example_dir / "labels.csv").read_bytes()
    bad = tmp_path / "bad.xlsx"
    shutil.copy(workbook.path, bad)
    _decide(bad, {("evening-hours", "R29", "evening-hours"): "maybe"})
    with pytest.raises(ConsultError, match=r"sheet 'evening-hours' row 3: decision 'maybe' is not one of confirm"):
        review.read_review_workbook(example_dir, bad)
    shutil.copy(workbook.path, bad)
    _decide(bad, {("evening-hours", "R22", "evening-hours"): "confirm"})
    _decide(bad, {(review.QUEUE_SHEET, "R22", "evening-hours"): "reject"})
    with pytest.raises(ConsultError, match=r"Low confidence' row \d: rejects R22 / evening-hours, but .*says confirm"):
        review.read_review_workbook(example_dir, bad)
    (tmp_path / "x.xlsx").write_text("not a workbook")
    with pytest.raises(ConsultError, match="cannot read as an Excel workbook"):
        review.read_review_workbook(example_dir, tmp_path / "x.xlsx")
    assert (example_dir / "labels.csv").read_bytes() == before


def test_a_filled_workbook_is_kept_when_a_new_one_is_written(workbook, example_dir):
    _decide(workbook.path, {("staffing", "R04", "staffing"): "confirm"})
    filled = workbook.path.read_bytes()
    cons = load_consultation(example_dir)
    res = review.write_review_workbook(workbook.path, _assignments(ROWS), cons.responses, cons.codebook)
    assert res.kept_previous is not None and res.kept_previous.read_bytes() == filled
    assert res.kept_previous.name.startswith("review.filled-")
    # an unfilled workbook is simply replaced
    again = review.write_review_workbook(workbook.path, _assignments(ROWS), cons.responses, cons.codebook)
    assert again.kept_previous is None
    # without the record of what was written, the workbook itself is read for decisions
    marker = workbook.path.with_name(".review.xlsx.sha256")
    marker.unlink()
    assert (
        review.write_review_workbook(workbook.path, _assignments(ROWS), cons.responses, cons.codebook).kept_previous
        is None
    )
    marker.unlink()
    _decide(workbook.path, {("staffing", "R04", "staffing"): "reject"})
    assert review.write_review_workbook(workbook.path, _assignments(ROWS), cons.responses, cons.codebook).kept_previous


@pytest.mark.slow
def test_run_writes_the_workbook_and_reviewed_codes_win_next_run(ran, consultation, tmp_path, encoder):
    _, run_dir, models = ran
    wb_path = run_dir / "review.xlsx"
    assert wb_path.exists() and "review.xlsx" in (run_dir / "manifest.json").read_text()
    a = pd.read_csv(run_dir / "assignments.csv", dtype=str, keep_default_na=False)
    model = a[a["source"] == "model"]
    rid = model["response_id"].iloc[0]
    mine = list(model.loc[model["response_id"] == rid, "category_id"])
    filled = tmp_path / "filled.xlsx"
    shutil.copy(wb_path, filled)
    # reject every code the model gave one response: it becomes 'coded, no category'
    _decide(filled, {(c, rid, c): "reject" for c in mine})
    res = review.read_review_workbook(consultation, filled)
    assert res.update.added == [rid]
    run(consultation, tmp_path / "next", models_dir=models, encoder=encoder, formats=("md",))
    nxt = pd.read_csv(tmp_path / "next" / "assignments.csv", dtype=str, keep_default_na=False)
    assert rid not in set(nxt["response_id"])  # no code survives for it
    # and a confirmed code comes back as a human one
    review.apply_codes(consultation, [review.Proposal(rid, (mine[0],), "test")], replace=True)
    run(consultation, tmp_path / "next2", models_dir=models, encoder=encoder, formats=("md",))
    nxt = pd.read_csv(tmp_path / "next2" / "assignments.csv", dtype=str, keep_default_na=False)
    assert set(zip(nxt.loc[nxt["response_id"] == rid, "category_id"], nxt.loc[nxt["response_id"] == rid, "source"],
                   strict=True)) == {(mine[0], "human")}  # fmt: skip


# -- the notebook API --------------------------------------------------------------------------------------------


@pytest.mark.slow
def test_load_run_and_views(ran, consultation):
    _, run_dir, _ = ran
    view = review.load_run(consultation, run_dir)
    assert view.name == "example" and view.changed_since_run == ()
    assert "responses with a category" in str(view)
    assert "text" not in view.assignments.columns  # only redacted text is loaded
    assert PII_EMAIL not in view.assignments.to_csv()
    chart = review.plot_counts(view)
    assert chart._repr_png_().startswith(b"\x89PNG")
    # an interval for the true count can lie above the bar; the error bar still spans exactly low..high
    above = view.counts.assign(low=view.counts["mentions"] + 2, high=view.counts["mentions"] + 9)
    chart = review.plot_counts(replace(view, counts=above))
    (bars,) = [c for c in chart.figure.axes[0].containers if type(c).__name__ == "ErrorbarContainer"]
    spans = sorted((float(s[0][0]), float(s[1][0])) for s in bars.lines[2][0].get_segments())
    assert spans == sorted(zip(above["low"].astype(float), above["high"].astype(float), strict=True))
    (diamonds,) = [ln for ln in chart.figure.axes[0].lines if ln.get_marker() == "D"]
    assert sorted(diamonds.get_xdata()) == sorted(view.counts["estimated_mentions"].astype(float))
    top = view.counts.sort_values("mentions", ascending=False, kind="stable")["category_id"].iloc[0]
    ev = review.category_evidence(view)
    assert set(ev["category_id"]) == {top}
    ev = review.category_evidence(view, "evening-hours", n=None)
    assert len(ev) == int(view.counts.set_index("category_id").loc["evening-hours", "mentions"])
    assert (ev.loc[ev["source"] == "model", "evidence"] != "").all()
    with pytest.raises(ConsultError, match="not in the codebook"):
        review.category_evidence(view, "nope")
    q = review.low_confidence_queue(view)
    doubtful = set(view.assignments.loc[view.assignments["low_confidence"], "response_id"])
    assert set(q["response_id"]) == doubtful


@pytest.mark.slow
def test_propose_and_record_a_correction(ran, consultation):
    view = review.load_run(consultation, ran[1])
    c = review.propose_correction(view, "R22", "staffing")
    assert c.category_ids == ("staffing",) and c.reason == "as given"
    upd = review.record_correction(consultation, c.response_id, c.category_ids)
    assert upd.written and upd.added == ["R22"]
    assert review.load_run(consultation, ran[1]).changed_since_run == ("labels.csv",)
    upd = review.record_correction(consultation, "R22", ["evening-hours"])
    assert upd.conflicts and not upd.written
    assert review.record_correction(consultation, "R22", [], replace=True).replaced == ["R22"]
    lab = _labels(consultation)
    assert list(lab.loc[lab["response_id"] == "R22", "category_id"]) == [""]
    if not review.low_confidence_queue(view).empty:
        d = review.propose_correction(view)
        assert d.response_id in set(review.low_confidence_queue(view)["response_id"]) and "doubtful" in d.reason


def test_load_run_without_a_run_says_how_to_make_one(example_dir, tmp_path):
    with pytest.raises(ConsultError, match="consult-nlp run"):
        review.load_run(example_dir, tmp_path / "nowhere")


@pytest.mark.slow
def test_notebook_runs_on_the_example_and_shows_redacted_text_only(ran, consultation, tmp_path):
    import nbformat
    from nbclient import NotebookClient

    nb = nbformat.read(REPO / "notebooks" / "01-review-categories.ipynb", as_version=4)
    at = [i for i, c in enumerate(nb.cells) if "parameters" in c.metadata.get("tags", [])]
    assert len(at) == 1
    params = (
        f"consultation = {str(consultation)!r}\nrun_dir = {str(ran[1])!r}\ncategory_id = 'evening-hours'\n"
        "response_id = 'R22'\ncategory_ids = ['evening-hours', 'digital-access']\nwrite = True\n"
    )
    nb.cells.insert(at[0] + 1, nbformat.v4.new_code_cell(params, metadata={"tags": ["injected-parameters"]}))
    src = str(Path(consult_nlp.__file__).resolve().parents[1])
    env = {**os.environ, "PYTHONPATH": os.pathsep.join([src, os.environ.get("PYTHONPATH", "")])}
    client = NotebookClient(nb, kernel_name="python3", timeout=300, resources={"metadata": {"path": str(tmp_path)}})
    client.execute(env=env)
    outputs = [o for c in nb.cells if c.cell_type == "code" for o in c.outputs]
    assert not [o for o in outputs if o.output_type == "error"]
    assert any("image/png" in o.get("data", {}) for o in outputs)
    text = "\n".join(
        str(o.get("text", "")) + "".join(str(v) for k, v in o.get("data", {}).items() if k != "image/png")
        for o in outputs
    )
    assert "[EMAIL]" in text and "[PHONE]" in text  # R22 is on show, redacted
    assert PII_EMAIL not in text and PII_PHONE not in text
    assert "wrote " in text
    lab = _labels(consultation)
    assert set(lab.loc[lab["response_id"] == "R22", "category_id"]) == {"evening-hours", "digital-access"}


def test_committed_notebook_has_default_parameters_and_no_outputs():
    import nbformat

    nb = nbformat.read(REPO / "notebooks" / "01-review-categories.ipynb", as_version=4)
    params = next(c for c in nb.cells if "parameters" in c.metadata.get("tags", []))
    assert 'consultation = "corpora/kent-send-locality"' in params.source
    assert 'run_dir = "reports/kent-send-locality"' in params.source
    assert all(not c.get("outputs") for c in nb.cells if c.cell_type == "code")
    code = "\n".join(c.source for c in nb.cells if c.cell_type == "code")
    assert not re.search(r"^\s*(def|class|for|while|if|with|try)\b", code, re.M)  # no logic: only library calls
    assert "from consult_nlp import review" in code


# -- the CLI -----------------------------------------------------------------------------------------------------


@pytest.mark.slow
def test_cli_sample_then_merge(ran, consultation, tmp_path):
    out = tmp_path / "s.csv"
    args = ["sample", "--consultation", str(consultation), "--n", "3", "--out", str(out),
            "--models-dir", str(ran[2])]  # fmt: skip
    res = runner.invoke(app, [*args, "--quiet"])
    assert res.exit_code == 0, res.output
    assert res.output == "" and len(pd.read_csv(out)) == 3
    df = pd.read_csv(out, dtype=str, keep_default_na=False)
    df["category_ids"] = ["staffing", "none", ""]
    df.to_csv(out, index=False)
    res = runner.invoke(app, ["sample", "--consultation", str(consultation), "--merge", str(out)])
    assert res.exit_code == 0, res.output
    assert "2 response(s) newly coded" in res.output and "1 left blank" in res.output
    df["category_ids"] = ["evening-hours", "none", ""]
    df.to_csv(out, index=False)
    res = runner.invoke(app, ["sample", "--consultation", str(consultation), "--merge", str(out), "--quiet"])
    assert res.exit_code == 0 and "Conflict:" in res.output and "--replace" in res.output


def test_cli_merge_error_is_a_message(example_dir, tmp_path):
    bad = _filled(tmp_path / "bad.csv", [("R22", "nope")])
    res = runner.invoke(app, ["sample", "--consultation", str(example_dir), "--merge", str(bad)])
    assert res.exit_code == 1 and "Error:" in res.output and "bad.csv row 2" in res.output
    assert "Traceback" not in res.output


def test_cli_review_reads_the_workbook(workbook, example_dir):
    _decide(workbook.path, {("evening-hours", "R29", "evening-hours"): "confirm"})
    _decide(workbook.path, {(review.QUEUE_SHEET, "R22", "evening-hours"): "confirm"})
    args = ["review", "--consultation", str(example_dir), "--workbook", str(workbook.path)]
    res = runner.invoke(app, [*args, "--dry-run"])
    assert res.exit_code == 0, res.output
    assert "would write" in res.output and "R22: digital-access" in res.output
    assert "R29" not in set(_labels(example_dir)["response_id"])
    res = runner.invoke(app, [*args, "--quiet"])
    assert res.exit_code == 0 and res.output == ""
    assert set(_labels(example_dir).loc[lambda d: d["response_id"] == "R29", "category_id"]) == {"evening-hours"}
