"""Every verb has help with an example, a README mention, and clear errors (sqlite-utils' test_docs habit)."""

import re
from pathlib import Path

import pytest
from typer.testing import CliRunner

from consult_nlp.cli import app

runner = CliRunner()
README = (Path(__file__).resolve().parents[1] / "README.md").read_text()
VERBS = sorted(c.name or c.callback.__name__ for c in app.registered_commands)


def test_all_expected_verbs_exist():
    assert {"ingest", "discover", "classify", "count", "render", "evaluate", "run"} <= set(VERBS)


@pytest.mark.parametrize("verb", VERBS)
def test_verb_has_help_with_example_and_quiet(verb):
    res = runner.invoke(app, [verb, "--help"], terminal_width=200)
    assert res.exit_code == 0, res.output
    assert "Example: consult-nlp " + verb in res.output
    assert "--quiet" in res.output


@pytest.mark.parametrize("verb", VERBS)
def test_verb_is_in_readme(verb):
    assert re.search(rf"consult-nlp {verb}\b", README), f"README does not mention `consult-nlp {verb}`"


def test_error_is_a_message_not_a_traceback(tmp_path):
    res = runner.invoke(app, ["run", str(tmp_path / "nowhere")])
    assert res.exit_code == 1
    assert "Error E100:" in res.output and "nowhere: not found" in res.output and "Traceback" not in res.output


def test_an_unexpected_error_is_one_line_and_a_log_file(tmp_path, monkeypatch):
    from consult_nlp import pipeline

    def boom(*a, **k):
        raise KeyError("internal")

    monkeypatch.setattr(pipeline, "run", boom)
    res = runner.invoke(app, ["run", str(tmp_path)])
    assert res.exit_code == 2 and "Traceback" not in res.output
    assert "Error E900" in res.output
    log = Path(re.search(r"details are in (\S+?);", res.output).group(1))
    assert "KeyError" in log.read_text() and "Traceback" in log.read_text()


def test_cli_count_and_render(example_dir, tmp_path):
    counts = tmp_path / "counts.csv"
    res = runner.invoke(
        app,
        [
            "count",
            "--consultation",
            str(example_dir),
            "--assignments",
            str(example_dir / "labels_true.csv"),
            "--out",
            str(counts),
            "--quiet",
        ],  # fmt: skip
    )
    assert res.exit_code == 0, res.output
    assert res.output == ""
    md = tmp_path / "a.md"
    res = runner.invoke(
        app,
        [
            "render",
            "--consultation",
            str(example_dir),
            "--counts",
            str(counts),
            "--format",
            "md",
            "--out",
            str(md),
        ],
    )
    assert res.exit_code == 0, res.output
    assert "| Evening opening is needed for people who work during the day. | 9 |" in md.read_text()


def test_cli_evaluate(example_dir, tmp_path):
    out = tmp_path / "ev.csv"
    res = runner.invoke(
        app,
        [
            "evaluate",
            "--pred",
            str(example_dir / "labels_true.csv"),
            "--gold",
            str(example_dir / "labels.csv"),
            "--out",
            str(out),
        ],  # fmt: skip
    )
    assert res.exit_code == 0, res.output
    assert "micro-F1 1.000" in res.output and "on 20 responses" in res.output and out.exists()


def test_render_publishes_the_chosen_number_and_warns_outside_its_interval(example_dir, tmp_path):
    counts = tmp_path / "counts.csv"
    counts.write_text(
        "category_id,mentions,estimated_mentions,low,high\n"
        "evening-hours,2050,1300,1089,1534\nchildren-activities,2,40,10,111\ndigital-access,30,31,25,40\n",
        encoding="utf-8",
    )
    md = tmp_path / "a.md"
    base = ["render", "--consultation", str(example_dir), "--counts", str(counts), "--format", "md", "--out", str(md)]
    res = runner.invoke(app, [*base, "--count", "coded"])
    assert res.exit_code == 0, res.output
    assert "| 2050 |" in md.read_text()
    assert "Warning: the published number (--count coded: mentions) lies outside its own 95% interval for 2 " \
           "categories: evening-hours (2050, interval 1089–1534); children-activities (2, interval 10–111)" \
           in " ".join(res.output.split())  # fmt: skip
    res = runner.invoke(app, [*base, "--count", "estimated"])
    assert res.exit_code == 0 and "Warning" not in res.output and "| 1300 |" in md.read_text()
    res = runner.invoke(app, [*base, "--count", "coded", "--quiet"])
    assert res.exit_code == 0 and res.output == ""
    res = runner.invoke(app, [*base, "--order", "alphabetical"])
    assert res.exit_code == 1 and "Error E502: unknown order 'alphabetical'" in res.output


def test_run_and_render_explain_their_choices(tmp_path):
    for verb, options in (("run", ("--count", "--order", "--breakdown")), ("render", ("--count", "--order"))):
        out = " ".join(runner.invoke(app, [verb, "--help"], terminal_width=200).output.split())
        for option in options:
            assert option in out, (verb, option)
        assert "estimated_mentions" in out and "outside its own 95% interval" in out
