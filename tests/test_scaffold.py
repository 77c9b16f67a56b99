"""`consult-nlp init`: a new folder from nothing or from an export, never overwriting."""

from pathlib import Path

import yaml
from typer.testing import CliRunner

from consult_nlp.cli import app
from consult_nlp.scaffold import init_consultation

FIX = Path(__file__).parent / "fixtures"
runner = CliRunner()


def test_init_from_a_long_format_export_guesses_the_mapping(tmp_path):
    res = init_consultation(tmp_path / "new", FIX / "longform" / "export.csv")
    m = yaml.safe_load((tmp_path / "new" / "mapping.yaml").read_text())
    assert {k: m[k] for k in ("id", "question_column", "answer_column")} == {
        "id": "Respondent ID", "question_column": "Question", "answer_column": "Answer"}  # fmt: skip
    assert list(m["questions"]) == ["What was good?", "What could we do better?", "Anything else?"]
    assert {p.name for p in res.written} == {"mapping.yaml", "consultation.yaml", "codebook.yaml"}
    assert any("consult-nlp ingest" in s for s in res.next_steps) and any("discover" in s for s in res.next_steps)


def test_init_from_a_wide_export_lists_the_open_questions(tmp_path):
    init_consultation(tmp_path / "w", FIX / "ingest" / "survey.xlsx")
    m = yaml.safe_load((tmp_path / "w" / "mapping.yaml").read_text())
    assert m["id"] == "Respondent ID" and m["email"] == "Email address"
    assert "What do you think of the proposed Locality Model?" in m["questions"]
    assert m["respondent_type"] == "Are you responding as..."


def test_init_never_overwrites_and_the_empty_codebook_says_what_to_do(tmp_path):
    folder = tmp_path / "c"
    init_consultation(folder)
    (folder / "consultation.yaml").write_text("title: mine\n")
    again = init_consultation(folder)
    assert again.written == [] and (folder / "consultation.yaml").read_text() == "title: mine\n"
    pd_ok = (folder / "responses.csv").write_text("response_id,text\nR1,hello there\n")
    assert pd_ok
    res = runner.invoke(app, ["count", "--consultation", str(folder), "--assignments", str(folder / "responses.csv"),
                              "--out", str(tmp_path / "c.csv")])  # fmt: skip
    assert res.exit_code == 1 and "E104" in res.output and "consult-nlp discover" in res.output


def test_cli_init(tmp_path):
    res = runner.invoke(app, ["init", str(tmp_path / "x"), "--from", str(FIX / "longform" / "export.csv")])
    assert res.exit_code == 0 and "guessed question_column: Question" in res.output and "next:" in res.output
