"""The review workbook: writing it, and reading decisions back into labels.csv."""

import shutil
from pathlib import Path

import pandas as pd
import pytest
from openpyxl import load_workbook
from typer.testing import CliRunner

from consult_nlp import ConsultError, labels
from consult_nlp import workbook as workbook_mod
from consult_nlp.cli import app
from consult_nlp.codebook import load_consultation
from consult_nlp.pipeline import run

REPO = Path(__file__).resolve().parents[1]
runner = CliRunner()
PII_EMAIL, PII_PHONE = "jo.bloggs@example.com", "07700 900123"


def _labels(folder: Path) -> pd.DataFrame:
    return pd.read_csv(folder / "labels.csv", dtype=str, keep_default_na=False)


def _filled(path: Path, rows: list[tuple[str, str]]) -> Path:
    pd.DataFrame(rows, columns=["response_id", "category_ids"]).assign(text="...").to_csv(path, index=False)
    return path


# -- the review workbook -----------------------------------------------------------------------------------------


def _assignments(rows):
    return pd.DataFrame(rows, columns=["response_id", "category_id", "score", "coded_by", "evidence", "low_confidence"])


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
    res = workbook_mod.write_review_workbook(tmp_path / "review.xlsx", _assignments(ROWS), resp, cons.codebook)
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
    assert wb.sheetnames == [workbook_mod.INSTRUCTIONS_SHEET, *ids, workbook_mod.QUEUE_SHEET]
    ws = wb["evening-hours"]
    head = [c.value for c in ws[1]]
    assert head == workbook_mod.REVIEW_COLUMNS
    rows = [dict(zip(head, [c.value for c in r], strict=True)) for r in ws.iter_rows(min_row=2)]
    assert [r["response_id"] for r in rows] == ["R22", "R29"]  # doubtful (lowest score) first
    assert rows[0]["other_codes"] == "digital-access" and rows[0]["low_confidence"] is True
    assert rows[0]["score"] == pytest.approx(0.52) and rows[0]["decision"] is None
    dv = ws.data_validations.dataValidation
    assert len(dv) == 1 and dv[0].formula1 == '"confirm,reject"' and str(dv[0].sqref) == "I2:I3"
    assert [c.value for c in wb["staffing"]["A"]][1:] == ["R04"]
    q = wb[workbook_mod.QUEUE_SHEET]
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
    res = workbook_mod.read_review_workbook(example_dir, path)
    lab = _labels(example_dir)
    assert set(lab.loc[lab["response_id"] == "R29", "category_id"]) == {"digital-access"}
    assert "R22" not in set(lab["response_id"])  # partly reviewed: reported, not recorded
    assert list(res.partial) == ["R22"] and "digital-access ('digital-access')" in res.partial["R22"][0]
    assert "not recorded" in res.summary()
    assert (res.confirmed, res.rejected, res.added) == (2, 1, 1)
    assert res.update.added == ["R29"] and res.update.unchanged == ["R04"]
    # deciding the rest on the queue sheet completes R22
    _decide(path, {(workbook_mod.QUEUE_SHEET, "R22", "digital-access"): "reject"})
    res = workbook_mod.read_review_workbook(example_dir, path)
    lab = _labels(example_dir)
    assert set(lab.loc[lab["response_id"] == "R22", "category_id"]) == {"evening-hours"} and not res.partial


def test_accept_undecided_keeps_the_models_other_codes(workbook, example_dir):
    _decide(workbook.path, {(workbook_mod.QUEUE_SHEET, "R22", "evening-hours"): "confirm"})
    workbook_mod.read_review_workbook(example_dir, workbook.path, accept_undecided=True)
    lab = _labels(example_dir)
    assert set(lab.loc[lab["response_id"] == "R22", "category_id"]) == {"evening-hours", "digital-access"}


def test_rejecting_a_human_code_needs_replace(workbook, example_dir):
    _decide(workbook.path, {("staffing", "R04", "staffing"): "reject"})
    res = workbook_mod.read_review_workbook(example_dir, workbook.path)
    assert [c.response_id for c in res.update.conflicts] == ["R04"] and not res.update.written
    assert "sheet 'staffing' row 2" in str(res.update.conflicts[0])
    workbook_mod.read_review_workbook(example_dir, workbook.path, replace=True)
    lab = _labels(example_dir)
    assert list(lab.loc[lab["response_id"] == "R04", "category_id"]) == [""]  # coded: raises no category


def test_workbook_errors_name_the_sheet_and_row(workbook, example_dir, tmp_path):
    before = (example_dir / "labels.csv").read_bytes()
    bad = tmp_path / "bad.xlsx"
    shutil.copy(workbook.path, bad)
    _decide(bad, {("evening-hours", "R29", "evening-hours"): "maybe"})
    with pytest.raises(ConsultError, match=r"sheet 'evening-hours' row 3: decision 'maybe' is not one of confirm"):
        workbook_mod.read_review_workbook(example_dir, bad)
    shutil.copy(workbook.path, bad)
    _decide(bad, {("evening-hours", "R22", "evening-hours"): "confirm"})
    _decide(bad, {(workbook_mod.QUEUE_SHEET, "R22", "evening-hours"): "reject"})
    with pytest.raises(ConsultError, match=r"Low confidence' row \d: rejects R22 / evening-hours, but .*says confirm"):
        workbook_mod.read_review_workbook(example_dir, bad)
    (tmp_path / "x.xlsx").write_text("not a workbook")
    with pytest.raises(ConsultError, match="cannot read as an Excel workbook"):
        workbook_mod.read_review_workbook(example_dir, tmp_path / "x.xlsx")
    assert (example_dir / "labels.csv").read_bytes() == before


def test_a_filled_workbook_is_kept_when_a_new_one_is_written(workbook, tmp_path):
    stage = tmp_path / "stage"
    stage.mkdir()
    # untouched since the run wrote it (its manifest records the hash): simply replaced
    assert workbook_mod.keep_filled_workbook(workbook.path, workbook.sha256, stage) is None
    _decide(workbook.path, {("staffing", "R04", "staffing"): "confirm"})
    filled = workbook.path.read_bytes()
    kept = workbook_mod.keep_filled_workbook(workbook.path, workbook.sha256, stage)
    assert kept is not None and kept.read_bytes() == filled and kept.name.startswith("review.filled-")
    # without the record of what was written, the workbook itself is read for decisions
    assert workbook_mod.keep_filled_workbook(workbook.path, None, tmp_path / "stage") is not None


@pytest.mark.slow
def test_run_writes_the_workbook_and_reviewed_codes_win_next_run(ran, consultation, tmp_path, encoder):
    _, run_dir, models = ran
    wb_path = run_dir / "review.xlsx"
    assert wb_path.exists() and "review.xlsx" in (run_dir / "manifest.json").read_text()
    a = pd.read_csv(run_dir / "assignments.csv", dtype=str, keep_default_na=False)
    model = a[a["coded_by"] == "model"]
    rid = model["response_id"].iloc[0]
    mine = list(model.loc[model["response_id"] == rid, "category_id"])
    filled = tmp_path / "filled.xlsx"
    shutil.copy(wb_path, filled)
    # reject every code the model gave one response: it becomes 'coded, no category'
    _decide(filled, {(c, rid, c): "reject" for c in mine})
    res = workbook_mod.read_review_workbook(consultation, filled)
    assert res.update.added == [rid]
    run(consultation, tmp_path / "next", models_dir=models, encoder=encoder, formats=("md",))
    nxt = pd.read_csv(tmp_path / "next" / "assignments.csv", dtype=str, keep_default_na=False)
    assert rid not in set(nxt["response_id"])  # no code survives for it
    # and a confirmed code comes back as a human one
    labels.apply_codes(consultation, [labels.Proposal(rid, (mine[0],), "test")], replace=True)
    run(consultation, tmp_path / "next2", models_dir=models, encoder=encoder, formats=("md",))
    nxt = pd.read_csv(tmp_path / "next2" / "assignments.csv", dtype=str, keep_default_na=False)
    assert set(zip(nxt.loc[nxt["response_id"] == rid, "category_id"], nxt.loc[nxt["response_id"] == rid, "coded_by"],
                   strict=True)) == {(mine[0], "human")}  # fmt: skip


def test_cli_review_reads_the_workbook(workbook, example_dir):
    _decide(workbook.path, {("evening-hours", "R29", "evening-hours"): "confirm"})
    _decide(workbook.path, {(workbook_mod.QUEUE_SHEET, "R22", "evening-hours"): "confirm"})
    args = ["review", "--consultation", str(example_dir), "--workbook", str(workbook.path)]
    res = runner.invoke(app, [*args, "--dry-run"])
    assert res.exit_code == 0, res.output
    assert "would write" in res.output and "R22: digital-access" in res.output
    assert "R29" not in set(_labels(example_dir)["response_id"])
    res = runner.invoke(app, [*args, "--quiet"])
    assert res.exit_code == 0 and res.output == ""
    assert set(_labels(example_dir).loc[lambda d: d["response_id"] == "R29", "category_id"]) == {"evening-hours"}


def test_every_sheet_has_an_autofilter_and_the_instructions_name_the_real_path(workbook):
    wb = load_workbook(workbook.path)
    for ws in wb.worksheets:
        if ws.title != workbook_mod.INSTRUCTIONS_SHEET:
            assert ws.auto_filter.ref and ws.auto_filter.ref.startswith("A1:"), ws.title
    text = " ".join(str(c.value) for row in wb[workbook_mod.INSTRUCTIONS_SHEET].iter_rows() for c in row if c.value)
    assert str(workbook.path) in text and "Reviewer" in text


def test_the_queue_puts_the_responses_that_move_the_counts_most_first():
    a = _assignments(
        [
            ("R1", "big", 0.6, "model", "", True),  # doubtful, in a big category: a flip moves it little
            ("R2", "small", 0.55, "model", "", True),  # doubtful, in a small category: a flip moves it a lot
            ("R3", "big", 0.9, "model", "", False),
            ("R4", "big", 0.8, "model", "", False),
            ("R5", "big", 0.99, "model", "", False),
        ]
    )
    a["low_confidence"] = a["low_confidence"].astype(bool)
    q = workbook_mod.review_queue(a)
    assert list(dict.fromkeys(q["response_id"])) == ["R2", "R1"]
