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
    # which coding path was chosen, and why: a 20-response sample stays on the frozen encoder
    assert m["models"]["classifier"]["finetune"] == {"path": "frozen", "rule": "not met"}
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


def test_personal_data_in_respondent_type_and_letter_names_reaches_no_output(example_dir, tmp_path, encoder):
    """Issue #17: a respondent type and letter file names held a name, an email, a postcode and a phone number."""
    from consult_nlp.ingest import ingest

    letters = tmp_path / "letters"
    letters.mkdir()
    (letters / "Amberly Quistgaard - amberly.q@example.com.txt").write_text(
        "Please keep the library open in the evenings, I work until six.", encoding="utf-8"
    )
    (letters / "ME14 1XQ 07700 900982.txt").write_text("Rhyme time matters to my family.", encoding="utf-8")
    resp = pd.read_csv(example_dir / "responses.csv", dtype=str, keep_default_na=False)
    resp.loc[resp["response_id"] == "R22", "respondent_type"] = "Other: parent of Tobias Quistgaard (tq@example.org)"
    export = tmp_path / "export.csv"
    resp.to_csv(export, index=False)
    (example_dir / "responses.csv").unlink()
    ingest([export, letters], example_dir / "responses.csv")
    out, models = tmp_path / "out", tmp_path / "models"
    run(example_dir, out, models_dir=models, encoder=encoder)
    secrets = ["Quistgaard", "amberly", "example.com", "tq@example.org", "ME14", "1XQ", "900982"]
    for root in (out, models):
        for p in root.rglob("*"):
            if p.is_file():
                data = p.read_bytes()
                if p.suffix in (".docx", ".xlsx"):  # zipped XML: look inside
                    import zipfile

                    with zipfile.ZipFile(p) as z:
                        data = b"".join(z.read(n) for n in z.namelist())
                if p.suffix == ".pdf":  # compressed streams: look at the text
                    from pypdf import PdfReader

                    data += "".join(page.extract_text() for page in PdfReader(p).pages).encode()
                for s in secrets:
                    assert s.encode() not in data, (s, p)
    by_type = pd.read_csv(out / "counts_by_respondent_type.csv", dtype=str, keep_default_na=False)
    assert "Other: parent of [NAME] ([EMAIL])" in set(by_type["respondent_type"])


@pytest.mark.slow
def test_a_killed_run_leaves_the_previous_set_or_the_new_one(example_dir, tmp_path):
    """Kill `run` at points through its life: its folder always holds one complete set of outputs, never a mix."""
    import hashlib
    import os
    import signal
    import subprocess
    import sys
    import time

    out, models = tmp_path / "out", tmp_path / "models"
    cmd = [sys.executable, "-m", "consult_nlp", "run", str(example_dir), "--out", str(out), "--models-dir",
           str(models), "--quiet"]  # fmt: skip

    # the manifest holds timings, and the workbook its own path, so those are checked for presence, not bytes
    names = ("counts.csv", "assignments.csv", "appendix.md", "appendix.html", "appendix.docx")

    def snapshot() -> tuple[str, ...]:
        assert (out / "manifest.json").exists() and (out / "review.xlsx").exists()
        return tuple(hashlib.sha256((out / n).read_bytes()).hexdigest() for n in names)

    subprocess.run(cmd, check=True)
    old = snapshot()
    # a different input, so the next run's outputs differ; a completed run tells how long one takes
    (example_dir / "labels.csv").write_text((example_dir / "labels.csv").read_text() + "R22,staffing\n")
    t0 = time.perf_counter()
    subprocess.run(cmd + ["--out", str(tmp_path / "reference")], check=True)
    full = time.perf_counter() - t0
    new = tuple(hashlib.sha256((tmp_path / "reference" / n).read_bytes()).hexdigest() for n in names)
    assert old != new
    seen = []
    for frac in (0.2, 0.4, 0.6, 0.75, 0.85, 0.92, 0.98):
        p = subprocess.Popen(cmd, start_new_session=True)
        time.sleep(frac * full)
        os.killpg(p.pid, signal.SIGKILL)
        p.wait()
        now = snapshot()
        assert now in (old, new), frac  # the previous complete set, or the new complete set: never a mix
        manifest = json.loads((out / "manifest.json").read_text())
        assert all((out / name).exists() for name in manifest["outputs"].values())
        seen.append(now == new)
        if now == new:
            break
    subprocess.run(cmd, check=True)  # the next run clears what a killed one left behind
    assert not [p for p in tmp_path.iterdir() if p.name.startswith(".out.staging-")]
    assert snapshot() == new


def test_run_names_categories_with_too_few_coded_examples(example_dir, tmp_path, encoder):
    res = run(example_dir, tmp_path / "out", models_dir=tmp_path / "m", encoder=encoder, formats=("md",))
    (note,) = [n for n in res.notes if "fewer than 10 coded examples" in n]
    assert "staffing (" in note and "more)" in note and "consult-nlp sample" in note
    assert res.manifest["notes"] == res.notes


def test_interval_errors_come_from_the_representative_part_of_the_coded_sample(example_dir, tmp_path, encoder):
    from consult_nlp.classify import error_counts, train_or_load
    from consult_nlp.workspace import Workspace

    with Workspace(example_dir, models_dir=tmp_path / "m", encoder=encoder) as ws:
        texts = dict(zip(ws.responses["response_id"], ws.responses["redacted_text"], strict=True))
        t = train_or_load(ws, ws.consultation.labels, texts)
    every = error_counts(t.classifier, t.coded_ids)
    assert every == {c: tuple(int(x) for x in t.classifier.cv_counts_[k]) for k, c in enumerate(t.classifier.classes_)}
    part = error_counts(t.classifier, t.coded_ids, set(t.coded_ids[:5]))
    assert all(sum(v) == 5 for v in part.values())


def test_the_dask_engine_writes_what_the_local_engine_writes(example_dir, tmp_path, encoder):
    local = run(example_dir, tmp_path / "local", models_dir=tmp_path / "m", encoder=encoder, formats=("md",))
    dask = run(example_dir, tmp_path / "dask", models_dir=tmp_path / "m", encoder=encoder, formats=("md",),
               engine="dask")  # fmt: skip
    for name in ("assignments.csv", "counts.csv", "appendix.md"):
        assert (tmp_path / "local" / name).read_bytes() == (tmp_path / "dask" / name).read_bytes(), name
    assert dask.manifest["engine"] == {"name": "dask", "scheduler": "LocalCluster"}
    assert local.manifest["engine"]["name"] == "local"


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


def test_the_dask_engine_writes_what_the_local_engine_writes_with_the_cascade(example_dir, tmp_path, encoder,
                                                                               cascading):  # fmt: skip
    local = run(example_dir, tmp_path / "local", models_dir=tmp_path / "m", encoder=encoder, formats=("md",))
    dask = run(example_dir, tmp_path / "dask", models_dir=tmp_path / "m", encoder=encoder, formats=("md",),
               engine="dask")  # fmt: skip
    for name in ("assignments.csv", "counts.csv"):
        assert (tmp_path / "local" / name).read_bytes() == (tmp_path / "dask" / name).read_bytes(), name
    assert local.manifest["models"]["cascade"]["used"] and dask.manifest["models"]["cascade"]["used"]
