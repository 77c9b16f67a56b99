"""The analysis report `run` writes beside the appendix: what it holds, that it quotes only redacted text, that it is
the same bytes from the same run, and that it passes axe-core in Chromium at 1280 and 320 CSS px."""

import json

import pandas as pd
import pytest
from conftest import PII_EMAIL, PII_PHONE
from test_render import AXE, html_parse, html_text, need

from consult_nlp.codebook import load_consultation
from consult_nlp.report import QUOTES, ReportInputs, chart_label, render_report
from consult_nlp.tables import COUNTS, assignments_from_file, read_csv
from consult_nlp.workspace import Workspace


def _inputs(folder, run_dir, **changes) -> ReportInputs:
    """The report's inputs, read back from a run's files as a notebook would."""
    ws = Workspace(folder, out_dir=run_dir)
    cons = ws.consultation
    errors = {k: tuple(v) for k, v in json.loads((run_dir / "classifier_errors.json").read_text()).items()}
    by_type = pd.read_csv(run_dir / "counts_by_respondent_type.csv", dtype=str, keep_default_na=False)
    inputs = dict(
        name=ws.name, facts=cons.facts, codebook=cons.codebook, counts=COUNTS.read(run_dir / "counts.csv"),
        assignments=assignments_from_file(read_csv(run_dir / "assignments.csv", ["response_id"]), run_dir),
        responses=ws.responses, errors=errors, by_type=by_type.assign(mentions=by_type["mentions"].astype(int)),
        n_human_coded=cons.labels["response_id"].nunique(),
    )  # fmt: skip
    return ReportInputs(**(inputs | changes))


@pytest.fixture(scope="module")
def report(ran):
    folder, run_dir, _ = ran
    return folder, run_dir, run_dir / "analysis-report.html"


def test_run_writes_the_report_beside_the_appendix(report):
    folder, run_dir, path = report
    manifest = json.loads((run_dir / "manifest.json").read_text())
    assert manifest["outputs"]["analysis_report"] == "analysis-report.html" and path.stat().st_size > 0
    html = path.read_text(encoding="utf-8")
    assert '<html lang="en-GB">' in html and "not for publication" in html
    assert "<script" not in html and "http://" not in html.replace('xmlns="http://www.w3.org/2000/svg"', "")
    # the same run gives the same bytes
    assert render_report(_inputs(folder, run_dir)) == html


def test_counts_with_intervals_by_type_and_who_coded_what(report):
    folder, run_dir, path = report
    counts = pd.read_csv(run_dir / "counts.csv").set_index("category_id")
    parsed = html_parse(path)
    rows = {r[0]: r for r in parsed.rows if len(r) == 8}
    title = "Evening opening is needed for people who work during the day."
    c = counts.loc["evening-hours"]
    assert rows[title][1:5] == [str(c["estimated_mentions"]), str(c["mentions"]), f"{c['low']}–{c['high']}",
                                str(c["mentions_without_campaign_copies"])]  # fmt: skip
    a = pd.read_csv(run_dir / "assignments.csv", dtype=str)
    mine = a[a["category_id"] == "evening-hours"]
    assert rows[title][5:7] == [str((mine["coded_by"] == "human").sum()), str((mine["coded_by"] == "model").sum())]
    assert "Concerns about volunteers replacing staff. (other concern)" in rows
    text = html_text(path)
    assert "Mentions by respondent type" in text and "Working adult" in text
    labels = load_consultation(folder).labels
    assert f"{labels['response_id'].nunique()} coded by people" in " ".join(text.split())
    assert '<svg viewBox="0 0 820' in path.read_text() and 'role="img"' in path.read_text()


def test_precision_and_recall_come_from_the_cross_validated_counts(report):
    _, run_dir, path = report
    errors = json.loads((run_dir / "classifier_errors.json").read_text())
    tp, fp, fn, _ = errors["children-activities"]
    row = next(r for r in html_parse(path).rows if r[0] == "Children's activities such as rhyme time must continue."
               and len(r) == 7)  # fmt: skip
    assert row[1:] == [str(tp + fn), str(tp), str(fp), str(fn), f"{100 * tp / (tp + fp):.0f}%",
                       f"{100 * tp / (tp + fn):.0f}%"]  # fmt: skip


def test_quotes_are_redacted_and_people_first(report):
    folder, run_dir, path = report
    html = path.read_text(encoding="utf-8")
    assert PII_EMAIL not in html and PII_PHONE not in html
    a = pd.read_csv(run_dir / "assignments.csv", dtype=str, keep_default_na=False)
    assert "R22" in set(a["response_id"])  # the response with personal data is coded, so could have been quoted
    blocks = html.split('<h3 id="quotes-')[1:]
    assert len(blocks) == 4
    for block in blocks:
        n = block.count("<blockquote>")
        assert 1 <= n <= QUOTES
        who = [w.split("</footer>")[0] for w in block.split(", coded by ")[1:]]
        assert who == sorted(who, key=lambda w: not w.startswith("a person"))  # people's codes before the model's
    assert any("coded by the model, score" in b for b in blocks)  # and the model's own codes are seen too


def test_a_chart_label_fits_its_column():
    long = "Mainstream education, based on inclusion, is not suitable for all students with SEN"
    assert chart_label(long).endswith("…") and len(chart_label(long)) < len(long)
    assert chart_label("Short title") == "Short title"


def test_the_report_follows_the_published_number(report):
    folder, run_dir, _ = report
    coded = render_report(_inputs(folder, run_dir, count="coded"))
    assert "Published (mentions)" in coded and "the coded mentions" in coded


@pytest.fixture(scope="module")
def chromium():
    from browser import CHROMIUM, Chromium

    need(CHROMIUM.exists(), f"Debian chromium ({CHROMIUM})")
    need(AXE.exists(), "axe-core (node_modules; `npm ci`)")
    with Chromium() as c:
        yield c


@pytest.mark.parametrize("width", [1280, 320])
def test_axe_finds_no_violations_and_nothing_scrolls_sideways(chromium, report, width):
    chromium.viewport(width, 900)
    chromium.open(report[2])
    result = chromium.axe(AXE)
    assert result["testEngine"]["name"] == "axe-core"
    assert result["violations"] == [], [(v["id"], [n["target"] for n in v["nodes"][:3]]) for v in result["violations"]]
    assert chromium.evaluate("document.documentElement.scrollWidth") <= width
