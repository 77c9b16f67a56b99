"""A table of bad inputs: each ends in a clear error (its code, the file and the fix) or a good output, never a
traceback, and never a changed input. The cases are those a hostile-but-fair test found (issue #17)."""

import hashlib
import json
import sqlite3
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path

import pandas as pd
import pytest
from typer.testing import CliRunner

from consult_nlp.cli import app

runner = CliRunner()


def tree(root: Path) -> dict[str, str]:
    return {str(p.relative_to(root)): hashlib.sha256(p.read_bytes()).hexdigest()
            for p in sorted(root.rglob("*")) if p.is_file()}  # fmt: skip


def edit(path: Path, old: str, new: str) -> None:
    text = path.read_text(encoding="utf-8")
    assert old in text, f"{old!r} not in {path}"
    path.write_text(text.replace(old, new, 1), encoding="utf-8")


@dataclass(frozen=True)
class Case:
    name: str
    setup: Callable[[Path, Path], list[str]]  # (consultation folder, tmp) -> CLI arguments
    code: str  # the expected error code
    says: tuple[str, ...] = ()  # words the message must contain (the file, the entry, the fix)


def _count(f: Path, tmp: Path, errors: Path) -> list[str]:
    return ["count", "--consultation", str(f), "--assignments", str(f / "labels_true.csv"), "--out",
            str(tmp / "c.csv"), "--errors", str(errors)]  # fmt: skip


def _errors_not_json(f, tmp):
    (tmp / "e.json").write_text("tp,fp\n1,2\n")
    return _count(f, tmp, tmp / "e.json")


def _errors_a_list(f, tmp):
    (tmp / "e.json").write_text(json.dumps([1, 2, 3, 4]))
    return _count(f, tmp, tmp / "e.json")


def _control_char_in_title(f, tmp):
    edit(f / "codebook.yaml", 'title: "Evening opening', 'title: "Evening\\x1b[31m opening')
    return ["count", "--consultation", str(f), "--assignments", str(f / "labels.csv"), "--out", str(tmp / "c.csv")]


def _impossible_date(f, tmp):
    edit(f / "consultation.yaml", "start: 2024-03-01", "start: 2024-02-31")
    return ["count", "--consultation", str(f), "--assignments", str(f / "labels.csv"), "--out", str(tmp / "c.csv")]


def _yaml_in_cp1252(f, tmp):
    p = f / "consultation.yaml"
    p.write_bytes(p.read_text(encoding="utf-8").replace("Exampleshire", "Exampleshire Café").encode("cp1252"))
    return ["count", "--consultation", str(f), "--assignments", str(f / "labels.csv"), "--out", str(tmp / "c.csv")]


def _render_out_is_a_folder(f, tmp):
    runner.invoke(app, ["count", "--consultation", str(f), "--assignments", str(f / "labels_true.csv"), "--out",
                        str(tmp / "c.csv")])  # fmt: skip
    return ["render", "--consultation", str(f), "--counts", str(tmp / "c.csv"), "--format", "md", "--out", str(tmp)]


def _run_out_is_a_file(f, tmp):
    (tmp / "afile").write_text("x")
    return ["run", str(f), "--out", str(tmp / "afile"), "--models-dir", str(tmp / "m")]


def _corrupt_embedding_cache(f, tmp):
    (tmp / "m").mkdir()
    (tmp / "m" / "embeddings.sqlite").write_bytes(b"this is not a database" * 100)
    return ["classify", "--consultation", str(f), "--input", str(f / "responses.csv"), "--out", str(tmp / "p.csv"),
            "--models-dir", str(tmp / "m")]  # fmt: skip


def _whitespace_title(f, tmp):
    edit(f / "consultation.yaml", 'title: "Appendix A - Response to the Library Opening Hours Consultation"',
         'title: "   "')  # fmt: skip
    return ["count", "--consultation", str(f), "--assignments", str(f / "labels.csv"), "--out", str(tmp / "c.csv")]


def _period_backwards(f, tmp):
    edit(f / "consultation.yaml", "end: 2024-04-12", "end: 2024-01-12")
    return ["count", "--consultation", str(f), "--assignments", str(f / "labels.csv"), "--out", str(tmp / "c.csv")]


def _duplicate_yaml_key(f, tmp):
    edit(f / "consultation.yaml", "responses_received: 36", "responses_received: 36\nresponses_received: 37")
    return ["count", "--consultation", str(f), "--assignments", str(f / "labels.csv"), "--out", str(tmp / "c.csv")]


def _max_themes_zero(f, tmp):
    return ["discover", "--consultation", str(f), "--out", str(tmp / "d"), "--max-themes", "0"]


def _labels_not_utf8(f, tmp):
    (f / "labels.csv").write_bytes(b"response_id,category_id\nR01,evening-hours\n" + "R02,caf\xe9\n".encode(
        "cp1252"))  # fmt: skip
    return ["count", "--consultation", str(f), "--assignments", str(f / "labels.csv"), "--out", str(tmp / "c.csv")]


def _labels_header_only(f, tmp):
    (f / "labels.csv").write_text("response_id,category_id\n")
    return ["classify", "--consultation", str(f), "--input", str(f / "responses.csv"), "--out", str(tmp / "p.csv"),
            "--models-dir", str(tmp / "m")]  # fmt: skip


def _id_with_trailing_space(f, tmp):
    df = pd.read_csv(f / "responses.csv", dtype=str, keep_default_na=False)
    df.loc[df["response_id"] == "R01", "response_id"] = "R01 "
    df.to_csv(f / "responses.csv", index=False)
    return ["count", "--consultation", str(f), "--assignments", str(f / "labels.csv"), "--out", str(tmp / "c.csv")]


def _semicolon_responses(f, tmp):
    df = pd.read_csv(f / "responses.csv", dtype=str, keep_default_na=False)
    df.to_csv(f / "responses.csv", index=False, sep=";")
    return ["count", "--consultation", str(f), "--assignments", str(f / "labels.csv"), "--out", str(tmp / "c.csv")]


def _no_readable_letters(f, tmp):
    (tmp / "letters").mkdir()
    (tmp / "letters" / "scan.pdf").write_bytes(b"%PDF-1.4 not really a pdf")
    return ["ingest", str(tmp / "letters"), "--out", str(tmp / "out" / "responses.csv")]


CASES = [
    Case("count --errors given a CSV", _errors_not_json, "E501", ("e.json", "JSON")),
    Case("count --errors given a JSON list", _errors_a_list, "E501", ("e.json", "tp, fp, fn, tn")),
    Case("a control character in a title", _control_char_in_title, "E104", ("codebook.yaml", "control character")),
    Case("an impossible date", _impossible_date, "E103", ("consultation.yaml", "period.start")),
    Case("consultation.yaml saved in cp1252", _yaml_in_cp1252, "E102", ("consultation.yaml", "line", "UTF-8")),
    Case("render --out is a folder", _render_out_is_a_folder, "E503", ("folder",)),
    Case("run --out is a file", _run_out_is_a_file, "E503", ("afile", "--out")),
    Case("a corrupt embedding cache", _corrupt_embedding_cache, "E400", ("embeddings.sqlite", "Delete it")),
    Case("a title of spaces", _whitespace_title, "E103", ("consultation.yaml", "title", "only spaces")),
    Case("a period that ends before it starts", _period_backwards, "E103", ("ends", "before it starts")),
    Case("a key given twice", _duplicate_yaml_key, "E102", ("consultation.yaml", "line", "appears twice")),
    Case("--max-themes 0", _max_themes_zero, "E306", ("--max-themes",)),
    Case("labels.csv not UTF-8", _labels_not_utf8, "E105", ("labels.csv", "line 3", "UTF-8")),
    Case("labels.csv with only a header", _labels_header_only, "E305", ("labels.csv", "consult-nlp sample")),
    Case("a response id with a trailing space", _id_with_trailing_space, "E107", ("responses.csv", "row 2", "spaces")),
    Case("responses.csv separated by semicolons", _semicolon_responses, "E106", ("responses.csv", "separator")),
    Case("a folder with no readable letters", _no_readable_letters, "E203", ("scan.pdf",)),
]


@pytest.mark.parametrize("case", CASES, ids=[c.name for c in CASES])
def test_bad_input_is_a_clear_error_and_changes_nothing(case, example_dir, tmp_path):
    work = tmp_path / "work"
    work.mkdir()
    args = case.setup(example_dir, work)
    before = tree(example_dir)
    res = runner.invoke(app, args)
    out = res.output
    assert res.exit_code == 1, out
    assert f"Error {case.code}:" in out, out
    assert "Traceback" not in out and "row None" not in out
    for word in case.says:
        assert word in out, (word, out)
    assert tree(example_dir) == before  # inputs untouched


def test_a_corrupt_embedding_cache_is_left_for_the_user_to_delete(example_dir, tmp_path):
    """The cache is the user's file: the error names it and the command does not delete it behind their back."""
    (tmp_path / "m").mkdir()
    bad = tmp_path / "m" / "embeddings.sqlite"
    bad.write_bytes(b"garbage" * 50)
    runner.invoke(app, ["classify", "--consultation", str(example_dir), "--input", str(example_dir / "responses.csv"),
                        "--out", str(tmp_path / "p.csv"), "--models-dir", str(tmp_path / "m")])  # fmt: skip
    assert bad.read_bytes() == b"garbage" * 50
    with pytest.raises(sqlite3.DatabaseError):
        sqlite3.connect(bad).execute("SELECT 1 FROM emb")
