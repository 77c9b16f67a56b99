"""Ingest on small fixtures in real formats (tests/fixtures/ingest, made by make_fixtures.py)."""

import hashlib
import json
import re
import shutil
from pathlib import Path

import pandas as pd
import pytest
from typer.testing import CliRunner

from consult_nlp import ConsultError
from consult_nlp.campaigns import find_campaigns
from consult_nlp.cli import app
from consult_nlp.ingest import ingest, prepare
from consult_nlp.redaction import redact
from consult_nlp.text import normalise

FIX = Path(__file__).parent / "fixtures" / "ingest"
REPO = Path(__file__).resolve().parents[1]
KENT = REPO / "corpora" / "kent-send-locality"


def read(path: Path) -> pd.DataFrame:
    return pd.read_csv(path, dtype=str, keep_default_na=False).set_index("response_id", drop=False)


def tree_hashes(root: Path) -> dict[str, str]:
    return {str(p): hashlib.sha256(p.read_bytes()).hexdigest() for p in sorted(root.rglob("*")) if p.is_file()}


@pytest.fixture(scope="module")
def survey(tmp_path_factory):
    out = tmp_path_factory.mktemp("survey") / "responses.csv"
    report = ingest([FIX / "survey.xlsx", FIX / "letters"], out, mapping=FIX / "survey_mapping.yaml")
    return read(out), report, json.loads(out.with_name("ingest_report.json").read_text())


def test_survey_export_becomes_one_row_per_respondent_and_question(survey):
    df, report, _ = survey
    survey_rows = df[df["source"].str.startswith("survey.xlsx")]
    assert len(survey_rows) == 9 * 3
    assert set(survey_rows["question_id"]) == {"q1", "q2", "q3"}
    assert df.loc["1002:q2", "respondent_id"] == "1002"
    assert df.loc["1002:q2", "respondent_type"] == "School staff"
    assert df.loc["1002:q2", "Do you agree? (closed)"] == "Disagree"
    assert report.respondents == 9 - 1 + 4  # 1001 submitted twice: still one respondent; plus four letters
    for col in ("response_id", "text", "respondent_type", "redacted_text", "question_id", "campaign_id", "flags",
                "raw_text", "respondent_id", "duplicate_of"):  # fmt: skip
        assert col in df.columns
    assert "Email address" not in df.columns  # used to find repeat submissions, not copied out
    # the export's own name for the respondent type, so the appendix's breakdown can say what it holds
    assert survey[2]["columns"] == {"respondent_type": "Are you responding as..."}


def test_blank_and_no_answer_are_flagged_not_dropped(survey):
    df, _, _ = survey
    assert df.loc["1001:q3", "flags"] == "no_answer"  # N/A
    assert df.loc["1003:q3", "flags"] == "no_answer"  # No comment
    assert df.loc["1006:q3", "flags"] == "no_answer"  # I have nothing to add.
    assert df.loc["1002:q3", "flags"] == "blank"
    assert df.loc["1002:q1", "flags"] == ""


def test_mojibake_fixed_and_raw_text_kept(survey):
    df, _, _ = survey
    assert "unclear — too much" in df.loc["1008:q1", "text"]
    assert "â€" in df.loc["1008:q1", "raw_text"]


def test_repeat_submissions_by_id_and_by_email(survey):
    df, report, _ = survey
    assert df.loc["1001#2:q1", "duplicate_of"] == "1001:q1"
    assert df.loc["1001#2:q1", "respondent_id"] == "1001"
    assert df.loc["1007:q2", "duplicate_of"] == "1001:q2"  # same email, other case
    assert "duplicate" in df.loc["1007:q2", "flags"]
    assert df.loc["1001:q1", "duplicate_of"] == ""
    assert report.duplicates == 6


def test_campaign_grouped_with_template(survey):
    df, _, js = survey
    camp = df.loc[["1003:q1", "1004:q1", "1005:q1"], "campaign_id"]
    assert camp.nunique() == 1 and camp.iloc[0] != ""
    assert (df["campaign_id"] != "").sum() == 3
    (c,) = js["campaigns"]
    assert c["size"] == 3 and c["identical_copies"] == 2
    assert c["template"].startswith("As members of the Swale Parents Network")


def test_personal_data_redacted_and_vocabulary_kept(survey):
    df, _, _ = survey
    red = "\n".join(df["redacted_text"])
    for secret in ("Oliver Reed", "Oliver", "Hazelmere Vale", "07700 900123", "Anita Shah", "ME14 2AB",
                   "Lorna", "Pettigrew", "Isla", "01227 555 014", "Oakhurst Green", "14 Tonbridge Road",
                   "ME16 8RP", "Martin Oduya", "27 Orchard Way", "TN24 8QP", "Theo", "Eileen Marsh"):  # fmt: skip
        assert secret not in red, secret
    for kept in ("Maidstone", "Kent", "SENCO", "EHCP", "CAMHS", "SRP", "PCN", "Canterbury", "Ashford", "Thanet"):
        assert kept in red, kept
    assert (
        df.loc["1001:q1", "redacted_text"] == "My son [NAME] is in Year 5 at [SCHOOL] and the SENCO there is brilliant."
    )
    assert "[PHONE]" in df.loc["1001:q2", "redacted_text"]
    assert "Dr [NAME]" in df.loc["1006:q1", "redacted_text"] and "[POSTCODE]" in df.loc["1006:q1", "redacted_text"]
    assert "Oliver Reed" in df.loc["1001:q1", "text"]  # the unredacted text stays for the team's own use


def test_letters_one_response_per_file(survey):
    df, _, js = survey
    letters = df[df["response_id"].str.startswith("letters/")]
    # ids are opaque (file names carry names); the ingest report alone maps them back to files
    by_file = {Path(f).stem: rid for rid, f in js["letter_files"].items()}
    assert sorted(by_file) == ["anonymous", "marsh", "oduya", "pettigrew"] and js["contains_personal_data"]
    assert set(letters.index) == set(by_file.values())
    assert all(re.fullmatch(r"letters/L-[0-9a-f]{10}", r) for r in letters.index)
    assert not any(name in "".join(letters["source"]) for name in by_file)
    letters = letters.rename(index={rid: f"letters/{stem}" for stem, rid in by_file.items()})
    eml = letters.loc["letters/pettigrew"]
    assert "journey already takes an hour" in eml["text"]
    assert "Have your say" not in eml["text"]  # the quoted earlier message is not the response
    assert "Yours sincerely,\n[NAME]\n[PHONE]" in eml["redacted_text"]
    docx = letters.loc["letters/oduya"]
    assert docx["redacted_text"].startswith("[ADDRESS]\nMaidstone [POSTCODE]")
    assert "CAMHS referrals already take eighteen months" in docx["text"]
    pdf = letters.loc["letters/marsh"]
    assert "has waited two years for an EHCP assessment, and the proposals say nothing" in pdf["text"]
    assert "My grandson [NAME] has waited" in pdf["redacted_text"]
    assert js["inputs"][1]["format"] == "letters" and len(js["inputs"][1]["files"]) == 4


def test_windows_1252_csv_is_detected_and_named(tmp_path):
    out = tmp_path / "responses.csv"
    report = ingest([FIX / "windows1252.csv"], out)
    df = read(out)
    assert report.inputs[0]["encoding"].startswith("cp1252")
    assert "£2m" in df.loc["W1", "text"] and "Tonbridge's SEN units – it's" in df.loc["W1", "text"]
    assert "Café-style" in df.loc["W2", "text"] and "[EMAIL]" in df.loc["W2", "redacted_text"]
    assert df.loc["W3", "flags"] == "no_answer"
    assert "cp1252" in report.summary()


def test_jsonl_unreadable_lines_are_listed(tmp_path):
    out = tmp_path / "responses.csv"
    report = ingest([FIX / "responses.jsonl"], out)
    df = read(out)
    assert list(df.index) == ["J1", "J3"]
    assert df.loc["J3", "redacted_text"] == "Thanks, [NAME]"
    rows = [(u["row"], u["reason"][:7]) for u in report.unreadable]
    assert rows == [(2, "line 2 "), (3, "line 3 ")]
    js = json.loads((tmp_path / "ingest_report.json").read_text())
    assert len(js["unreadable"]) == 2 and all(u["fix"] for u in js["unreadable"])
    assert "UNREADABLE: 2" in report.summary() and "responses.jsonl row 2" in report.summary()


def test_csv_row_with_stray_commas_is_reported(tmp_path):
    report = ingest([FIX / "bad_rows.csv"], tmp_path / "r.csv")
    assert list(read(tmp_path / "r.csv").index) == ["B1", "B3"]
    (u,) = report.unreadable
    assert u["row"] == 3 and "5 fields where the header has 2" in u["reason"] and "quote" in u["fix"]


def test_twice_gives_identical_output_and_inputs_unchanged(tmp_path):
    src = tmp_path / "in"
    shutil.copytree(FIX, src)
    before = tree_hashes(src)
    inputs = [src / "survey.xlsx", src / "letters", src / "windows1252.csv", src / "responses.jsonl"]
    ingest(inputs, tmp_path / "a" / "responses.csv", mapping=src / "survey_mapping.yaml")
    ingest(inputs, tmp_path / "b" / "responses.csv", mapping=src / "survey_mapping.yaml")
    for name in ("responses.csv", "ingest_report.json"):
        assert (tmp_path / "a" / name).read_bytes() == (tmp_path / "b" / name).read_bytes(), name
    assert tree_hashes(src) == before


def test_unreadable_letters_are_listed_not_fatal(tmp_path):
    from pypdf import PdfWriter

    folder = tmp_path / "letters"
    shutil.copytree(FIX / "letters", folder)
    w = PdfWriter()
    w.add_blank_page(width=595, height=842)
    with open(folder / "scan.pdf", "wb") as f:
        w.write(f)
    (folder / "broken.docx").write_bytes(b"not really a docx")
    (folder / "photo.jpg").write_bytes(b"\xff\xd8\xff")
    report = ingest([folder], tmp_path / "r.csv")
    assert report.rows_out == 4
    bad = {Path(u["file"]).name: u for u in report.unreadable}
    assert set(bad) == {"scan.pdf", "broken.docx", "photo.jpg"}
    assert "OCR" in bad["scan.pdf"]["fix"] and "no text layer" in bad["scan.pdf"]["reason"]


@pytest.mark.parametrize(
    ("setup", "expected"),
    [
        ("missing_column", ["nocol.csv", "'text'", "--mapping"]),
        ("mapping_column", ["survey.xlsx", "'Q9'", "questions", "mapping"]),
        ("empty", ["empty.csv", "empty"]),
        ("wrong_encoding", ["windows1252.csv", "line 2", "not valid utf-8", "encoding"]),
        ("zip_as_csv", ["fake.csv", "zipped", "xlsx"]),
        ("xls", ["old.xls", ".xlsx"]),
        ("out_is_input", ["--out is also an INPUT"]),
        ("missing", ["nowhere.csv", "not found"]),
        ("bad_mapping_key", ["map.yaml", "colour", "Allowed keys"]),
        ("given_twice", ["windows1252.csv", "more than once"]),
        ("ids_clash", ["again.csv", "response_id 'W1'", "unique across inputs"]),
    ],
)
def test_bad_input_names_file_row_and_fix(tmp_path, setup, expected):
    mapping = None
    out = tmp_path / "out" / "responses.csv"
    if setup == "missing_column":
        (tmp_path / "nocol.csv").write_text("response_id,answer\nA1,hello\n")
        inputs = [tmp_path / "nocol.csv"]
    elif setup == "mapping_column":
        mapping = tmp_path / "map.yaml"
        mapping.write_text('id: "Respondent ID"\nquestions: {Q9: q9}\n')
        inputs = [FIX / "survey.xlsx"]
    elif setup == "empty":
        (tmp_path / "empty.csv").write_text("")
        inputs = [tmp_path / "empty.csv"]
    elif setup == "wrong_encoding":
        mapping = tmp_path / "map.yaml"
        mapping.write_text("encoding: utf-8\n")
        inputs = [FIX / "windows1252.csv"]
    elif setup == "zip_as_csv":
        (tmp_path / "fake.csv").write_bytes((FIX / "survey.xlsx").read_bytes())
        inputs = [tmp_path / "fake.csv"]
    elif setup == "xls":
        (tmp_path / "old.xls").write_bytes(b"\xd0\xcf\x11\xe0")
        inputs = [tmp_path / "old.xls"]
    elif setup == "out_is_input":
        shutil.copy(FIX / "windows1252.csv", tmp_path / "w.csv")
        inputs, out = [tmp_path / "w.csv"], tmp_path / "w.csv"
    elif setup == "missing":
        inputs = [tmp_path / "nowhere.csv"]
    elif setup == "bad_mapping_key":
        mapping = tmp_path / "map.yaml"
        mapping.write_text("colour: blue\n")
        inputs = [FIX / "windows1252.csv"]
    elif setup == "given_twice":
        inputs = [FIX / "windows1252.csv", FIX / "windows1252.csv"]
    else:
        shutil.copy(FIX / "windows1252.csv", tmp_path / "again.csv")
        inputs = [FIX / "windows1252.csv", tmp_path / "again.csv"]
    with pytest.raises(ConsultError) as e:
        ingest(inputs, out, mapping=mapping)
    msg = str(e.value)
    for part in expected:
        assert part.lower() in msg.lower(), (part, msg)
    assert not out.exists() or setup == "out_is_input"


def test_cli_ingest_prints_summary_and_errors_without_traceback(tmp_path):
    runner = CliRunner()
    out = tmp_path / "responses.csv"
    res = runner.invoke(app, ["ingest", str(FIX / "windows1252.csv"), str(FIX / "responses.jsonl"), "--out", str(out)])
    assert res.exit_code == 0, res.output
    assert "encoding cp1252" in res.output and "UNREADABLE: 2" in res.output and f"wrote {out}" in res.output
    res = runner.invoke(app, ["ingest", str(tmp_path / "none.csv"), "--out", str(out)])
    assert res.exit_code == 1 and "Error E100:" in res.output and "Traceback" not in res.output


def test_prepare_and_redact_keep_their_contract():
    df = pd.DataFrame({"response_id": ["A", "B"], "text": ["Call  me on 07700 900123.", "n/a"]})
    out, report = prepare(df)
    assert list(out["redacted_text"]) == ["Call me on [PHONE].", "n/a"]
    assert list(out["flags"]) == ["", "no_answer"]
    assert list(out["raw_text"]) == ["Call  me on 07700 900123.", "n/a"]
    assert report.rows_out == 2
    assert redact("Ask Mrs Okafor, the SENCO at Maidstone, or email a.b@example.com") == (
        "Ask Mrs [NAME], the SENCO at Maidstone, or email [EMAIL]"
    )
    assert redact("Kent's EHCP and CAMHS waits in Ashford are too long.") == (
        "Kent's EHCP and CAMHS waits in Ashford are too long."
    )


def test_normalise_whitespace_and_mojibake():
    assert normalise("  Too   many\tspaces\r\n\r\n\r\n\r\nnext  ") == "Too many spaces\n\nnext"
    assert normalise("Itâ€™s") == "It's"
    assert normalise(None) == ""


def test_campaigns_need_near_identical_long_texts():
    base = "We the undersigned parents object to the closure of the specialist unit and ask the council to think again"
    other = "A completely different response about transport to school in Dover today."
    texts = [base, base + " please", base.replace("parents", "carers"), *["Short and identical."] * 3, other]
    labels = find_campaigns(texts)
    assert labels[0] == labels[1] == labels[2] == "C001"
    assert set(labels[3:]) == {""}
    assert list(find_campaigns(texts)) == list(labels)


@pytest.mark.slow
@pytest.mark.skipif(not (KENT / "personal_data.csv").exists(), reason="Kent corpus not present")
def test_kent_corpus_ingests_cleanly_with_every_detail_redacted(tmp_path):
    out = tmp_path / "responses.csv"
    report = ingest([KENT / "responses.csv"], out)
    df = read(out)
    assert len(df) == 832 and not report.unreadable
    details = pd.read_csv(KENT / "personal_data.csv", dtype=str)
    for rid, detail in details[["response_id", "text"]].itertuples(index=False):
        assert detail not in df.loc[rid, "redacted_text"], (rid, detail)
    campaign = pd.read_csv(KENT / "campaign_true.csv", dtype=str)["response_id"]
    assert df.loc[campaign, "campaign_id"].nunique() == 1 and (df["campaign_id"] != "").sum() == len(campaign)


def test_question_list_mapping_and_rows_without_id(tmp_path):
    (tmp_path / "export.csv").write_text(
        "ID;Type;Why?;Anything else?\n7;Parent;Because transport in Dover is poor.;No\n;Parent;Lost id;\n",
        encoding="utf-8",
    )
    (tmp_path / "m.yaml").write_text('id: ID\nrespondent_type: Type\nquestions: ["Why?", "Anything else?"]\n')
    report = ingest([tmp_path / "export.csv"], tmp_path / "r.csv", mapping=tmp_path / "m.yaml")
    df = read(tmp_path / "r.csv")
    assert list(df.index) == ["7:why", "7:anything-else"]
    assert list(df["flags"]) == ["", "no_answer"]
    (u,) = report.unreadable
    assert u["row"] == 3 and "'ID' is empty" in u["reason"] and u["fix"]


LONG = FIX.parent / "longform"


def test_long_format_export_ingests_with_the_mapping_alone(tmp_path):
    out = tmp_path / "responses.csv"
    report = ingest([LONG / "export.csv"], out, mapping=LONG / "mapping.yaml")
    df = read(out)
    assert len(df) == 11  # one row per answer given: no rows for questions a respondent was never asked
    assert set(df.loc[df["respondent_id"] == "5003", "question_id"]) == {"better"}
    assert "5001:good" in df.index and "5004:else" in df.index
    assert report.duplicates == 0 and not df["flags"].str.contains("duplicate").any()  # no false repeats
    assert set(df.loc[df["flags"] == "no_answer", "response_id"]) == {"5001:else", "5004:better"}
    assert df.loc["5005:good", "respondent_type"] == "Outpatients" and df.loc["5001:good", "Date"] == "2025-01-06"
    assert "[PHONE]" in df.loc["5005:good", "redacted_text"] and "Okonjo" not in df.loc["5005:good", "redacted_text"]


def test_long_format_read_as_wide_is_named_with_counts(tmp_path):
    mapping = tmp_path / "wide.yaml"
    mapping.write_text('id: "Respondent ID"\nquestions: "Answer"\n')
    report = ingest([LONG / "export.csv"], tmp_path / "responses.csv", mapping=mapping)
    (warning,) = report.warnings
    assert "'Question'" in warning and "question_column" in warning and "6 rows are taken for repeat" in warning
    assert "WARNING" in report.summary()


def test_long_format_questions_not_listed_are_reported_not_dropped_silently(tmp_path):
    mapping = tmp_path / "m.yaml"
    mapping.write_text('id: "Respondent ID"\nquestion_column: Question\nanswer_column: Answer\n'
                       'questions: {"What was good?": good}\n')  # fmt: skip
    report = ingest([LONG / "export.csv"], tmp_path / "responses.csv", mapping=mapping)
    assert report.rows_out == 4 and "7 rows answer questions" in report.warnings[0]
    bad = tmp_path / "bad.yaml"
    bad.write_text('id: "Respondent ID"\nquestion_column: Question\n')
    with pytest.raises(ConsultError) as e:
        ingest([LONG / "export.csv"], tmp_path / "r2.csv", mapping=bad)
    assert e.value.code == "E200" and "answer_column" in str(e.value)


def test_edited_copies_join_their_campaign_by_containing_the_template():
    from consult_nlp.campaigns import group_campaigns

    tmpl = ("We the parents of Brambleford object to the closure of the village library because it is the only "
            "warm and quiet place for our children to read, and the council has offered nothing in its place. "
            "Keep the library open, keep the staff, and talk to the families who use it every week.")  # fmt: skip
    shorter = tmpl.replace("We the parents", "As a parent").replace(
        ", and talk to the families who use it every week", ""
    )
    edited = "I have used it since I was a child. " + shorter + " My twins go every Saturday."
    near = "Keep the library open. The buses in Brambleford are the real problem and nobody talks about them at all."
    texts = [tmpl, tmpl.upper(), " ".join(tmpl.split()) + "  ", edited, near]
    c = group_campaigns(texts)
    assert list(c.ids) == ["C001"] * 4 + [""]
    assert list(c.roles) == ["template", "exact", "exact", "edited", ""]
    assert "My twins go" in c.added[3] and "I have used it since" in c.added[3]


def test_counts_take_a_campaign_once_and_its_edited_copies_each():
    from consult_nlp.count import campaign_copies

    resp = pd.DataFrame({"response_id": list("ABCDE"), "campaign_id": ["C001"] * 4 + [""],
                         "campaign_role": ["template", "exact", "edited", "edited", ""]})  # fmt: skip
    assert campaign_copies(resp).tolist() == ["C001", "C001", "", "", ""]


def test_language_and_no_answer_in_welsh_and_german():
    english = "The library should stay open because the children in this town need it."
    df = pd.DataFrame({"response_id": list("ABCD"), "text": ["Dim sylw", "Keine Angabe", "Kein Kommentar.", english]})
    out, report = prepare(df)
    assert list(out["flags"]) == ["no_answer"] * 3 + [""]
    assert out["language"].tolist()[3] == "en" and out["language"].tolist()[0] == "cy"
    assert report.languages["en"] == 1


def test_many_texts_for_lingua_go_to_a_worker_and_get_the_same_codes(monkeypatch):
    """From WORKER_FROM texts lingua runs in a worker process that ends with its models (240 MB it cannot free)."""
    import os

    import consult_nlp.language as language

    texts = ["Dim sylw", "Keine Angabe zu diesem Thema", "Nous voulons garder la bibliothèque", "Brak uwag"]
    here = language.detect_languages(texts)
    pids = []
    monkeypatch.setattr(language, "_codes", lambda t, f=language._codes: pids.append(os.getpid()) or f(t))
    monkeypatch.setattr(language, "WORKER_FROM", 2)
    assert language.detect_languages(texts) == here == ["cy", "de", "fr", "pl"]
    assert not pids  # the patched function ran in the worker, not here


def test_campaigns_grouped_in_a_worker_while_redaction_runs_are_the_ones_grouped_here(monkeypatch):
    """From PROCESS_FROM responses, a worker process groups campaigns from the unredacted text while this one
    redacts: the same ids, roles and added words, and the added words still come from the redacted text."""
    import os

    import consult_nlp.ingest as ingest_mod

    tmpl = ("We the parents of Brambleford object to the closure of the village library because it is the only "
            "warm and quiet place for our children to read, and the council has offered nothing in its place. "
            "Keep the library open, keep the staff, and talk to the families who use it every week.")  # fmt: skip
    texts = [tmpl, tmpl, "My name is Ada Pennyworth and I agree. " + tmpl, tmpl, "The bus is late."]
    df = pd.DataFrame({"response_id": list("ABCDE"), "text": texts})
    here, report_here = prepare(df)
    pids = []
    monkeypatch.setattr(ingest_mod, "template_groups", lambda t, f=ingest_mod.template_groups: pids.append(
        os.getpid()) or f(t))  # fmt: skip
    monkeypatch.setattr(ingest_mod, "PROCESS_FROM", 1)
    there, report = prepare(df)
    assert not pids  # the patched function ran in the worker, not here
    pd.testing.assert_frame_equal(here, there)
    assert report.campaigns == report_here.campaigns
    assert there["campaign_role"].tolist() == ["template", "exact", "edited", "exact", ""]
    assert "Pennyworth" not in str(report.campaigns) and "agree" in report.campaigns[0]["edited"][0]["added_words"]


def test_a_pair_with_no_edited_copies_is_no_campaign():
    from consult_nlp.campaigns import group_campaigns

    long = " ".join(f"word{i}" for i in range(60))
    other = " ".join(f"other{i}" for i in range(60))
    c = group_campaigns([long, long, other])
    assert list(c.ids) == ["", "", ""] and not c.added
