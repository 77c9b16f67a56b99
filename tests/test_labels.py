"""labels.csv and the routes into it: merging a filled-in sample, and the audit record."""

from pathlib import Path

import pandas as pd
import pytest
from typer.testing import CliRunner

from consult_nlp import ConsultError, labels
from consult_nlp.cli import app

REPO = Path(__file__).resolve().parents[1]
runner = CliRunner()
PII_EMAIL, PII_PHONE = "jo.bloggs@example.com", "07700 900123"


def _labels(folder: Path) -> pd.DataFrame:
    return pd.read_csv(folder / "labels.csv", dtype=str, keep_default_na=False)


def _filled(path: Path, rows: list[tuple[str, str]]) -> Path:
    pd.DataFrame(rows, columns=["response_id", "category_ids"]).assign(text="...").to_csv(path, index=False)
    return path


# -- merging a filled-in sample ----------------------------------------------------------------------------------


def test_merge_sample_adds_new_codes_and_keeps_the_rest(example_dir, tmp_path):
    before = (example_dir / "labels.csv").read_text()
    filled = _filled(
        tmp_path / "f.csv",
        [("R22", "evening-hours"), ("R23", "evening-hours; children-activities"), ("R24", "none"), ("R25", "")],
    )
    res = labels.merge_sample(example_dir, filled)
    lab = _labels(example_dir)
    assert (example_dir / "labels.csv").read_text().startswith(before.rstrip("\n"))  # existing rows untouched
    got = set(zip(lab["response_id"], lab["category_id"], strict=True))
    assert {("R22", "evening-hours"), ("R23", "children-activities"), ("R23", "evening-hours"), ("R24", "")} <= got
    assert "R25" not in set(lab["response_id"])
    assert res.update.added == ["R22", "R23", "R24"] and res.n_blank == 1 and res.update.written
    # the same file again changes nothing
    again = labels.merge_sample(example_dir, filled)
    assert again.update.unchanged == ["R22", "R23", "R24"] and not again.update.written


def test_merge_never_overwrites_a_human_code_without_replace(example_dir, tmp_path):
    filled = _filled(tmp_path / "f.csv", [("R04", "evening-hours"), ("R22", "staffing")])
    res = labels.merge_sample(example_dir, filled)
    lab = _labels(example_dir)
    assert set(lab.loc[lab["response_id"] == "R04", "category_id"]) == {"staffing"}
    assert [c.response_id for c in res.update.conflicts] == ["R04"] and res.update.added == ["R22"]
    msg = str(res.update.conflicts[0])
    assert "f.csv row 2" in msg and "staffing" in msg and "--replace" in msg
    res = labels.merge_sample(example_dir, filled, replace=True)
    lab = _labels(example_dir)
    assert set(lab.loc[lab["response_id"] == "R04", "category_id"]) == {"evening-hours"}
    assert res.update.replaced == ["R04"]


def test_merge_errors_name_the_file_row_and_fix(example_dir, tmp_path):
    before = (example_dir / "labels.csv").read_bytes()
    bad = _filled(tmp_path / "bad.csv", [("R22", "evening-hours"), ("R23", "evening-hour")])
    with pytest.raises(ConsultError, match=r"bad\.csv row 3.*'evening-hour'.*codebook's ids"):
        labels.merge_sample(example_dir, bad)
    with pytest.raises(ConsultError, match=r"row 2: response 'R99' is not in .*responses\.csv"):
        labels.merge_sample(example_dir, _filled(tmp_path / "b2.csv", [("R99", "staffing")]))
    with pytest.raises(ConsultError, match=r"R22 is coded \[staffing\] here but \[evening-hours\] at .*row 2"):
        labels.merge_sample(example_dir, _filled(tmp_path / "b3.csv", [("R22", "evening-hours"), ("R22", "staffing")]))
    with pytest.raises(ConsultError, match="mixes 'none'"):
        labels.merge_sample(example_dir, _filled(tmp_path / "b4.csv", [("R22", "none; staffing")]))
    pd.DataFrame({"response_id": ["R22"], "codes": ["staffing"]}).to_csv(tmp_path / "b5.csv", index=False)
    with pytest.raises(ConsultError, match="needs columns response_id and category_ids"):
        labels.merge_sample(example_dir, tmp_path / "b5.csv")
    assert (example_dir / "labels.csv").read_bytes() == before  # nothing half-written


def test_merge_dry_run_and_excel_files(example_dir, tmp_path):
    before = (example_dir / "labels.csv").read_bytes()
    res = labels.merge_sample(example_dir, _filled(tmp_path / "f.csv", [("R22", "staffing")]), dry_run=True)
    assert res.update.added == ["R22"] and not res.update.written
    assert (example_dir / "labels.csv").read_bytes() == before
    # Excel saves CSV with a byte-order mark, or the analyst keeps it as a workbook
    (tmp_path / "bom.csv").write_bytes(b"\xef\xbb\xbfresponse_id,category_ids\nR22,staffing\n")
    assert labels.merge_sample(example_dir, tmp_path / "bom.csv").update.added == ["R22"]
    pd.DataFrame({"response_id": ["R23"], "category_ids": ["digital-access"]}).to_excel(
        tmp_path / "f.xlsx", index=False
    )
    assert labels.merge_sample(example_dir, tmp_path / "f.xlsx").update.added == ["R23"]


def test_cli_merge_error_is_a_message(example_dir, tmp_path):
    bad = _filled(tmp_path / "bad.csv", [("R22", "nope")])
    res = runner.invoke(app, ["sample", "--consultation", str(example_dir), "--merge", str(bad)])
    assert res.exit_code == 1 and "Error E" in res.output and "bad.csv row 2" in res.output
    assert "Traceback" not in res.output


def test_every_change_is_appended_to_the_audit_record(example_dir, tmp_path):
    filled = _filled(tmp_path / "f.csv", [("R22", "evening-hours"), ("R04", "evening-hours")])
    labels.merge_sample(example_dir, filled, reviewer="A. Coder")
    audit = pd.read_csv(example_dir / "labels_audit.csv", dtype=str, keep_default_na=False)
    assert list(audit["response_id"]) == ["R22"]  # R04 was a conflict: nothing changed, nothing recorded
    row = audit.iloc[0]
    assert (row["reviewer"], row["via"], row["action"], row["before"], row["after"]) == (
        "A. Coder", "sample --merge", "added", "", "evening-hours")  # fmt: skip
    assert "f.csv row 2" in row["where"] and row["time"].endswith("+00:00")
    before = (example_dir / "labels_audit.csv").read_text()
    labels.merge_sample(example_dir, filled, replace=True, reviewer="B. Checker")
    after = (example_dir / "labels_audit.csv").read_text()
    assert after.startswith(before)  # only ever appended to
    last = pd.read_csv(example_dir / "labels_audit.csv", dtype=str, keep_default_na=False).iloc[-1]
    assert (last["response_id"], last["action"], last["before"], last["after"], last["reviewer"]) == (
        "R04", "replaced", "staffing", "evening-hours", "B. Checker")  # fmt: skip
    res = runner.invoke(app, ["history", "R04", "--consultation", str(example_dir)])
    assert res.exit_code == 0 and "B. Checker" in res.output and "replaced" in res.output
    res = runner.invoke(app, ["history", "R30", "--consultation", str(example_dir)])
    assert res.exit_code == 0 and "no recorded decisions" in res.output


def test_responses_picked_for_being_hard_are_known_from_the_audit(example_dir, tmp_path):
    rows = pd.DataFrame({"response_id": ["R22", "R23"], "category_ids": ["staffing", "none"],
                         "pick": ["random", "active"]})  # fmt: skip
    rows.to_csv(tmp_path / "s.csv", index=False)
    labels.merge_sample(example_dir, tmp_path / "s.csv")
    assert labels.picked_for_difficulty(example_dir) == {"R23"}
    audit = labels.read_audit(example_dir)
    assert list(audit["pick"]) == ["random", "active"]
