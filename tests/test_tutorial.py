"""The README's "Your first consultation" runs as written, so it can never go stale.

Each line of its command block is run in a fresh folder holding a copy of the tutorial export; `cp` lines stand
for the analyst's edits, and the one step only a person can do (filling in the sample) is done from the
fixture's answer key.
"""

import re
import shlex
import shutil
from pathlib import Path

import pandas as pd
import pytest
from typer.testing import CliRunner

from consult_nlp.cli import app

REPO = Path(__file__).resolve().parents[1]
runner = CliRunner()


def tutorial_lines() -> list[str]:
    readme = (REPO / "README.md").read_text(encoding="utf-8")
    section = readme.split("## Your first consultation", 1)[1].split("\n## ", 1)[0]
    block = re.search(r"```\n(.*?)```", section, re.S).group(1)
    return [ln for ln in block.splitlines() if ln.strip()]


def fill_in_from_the_answer_key(sample: Path, key: Path) -> None:
    truth = pd.read_csv(key, dtype=str, keep_default_na=False)
    codes = truth.groupby("response_id")["category_id"].agg(lambda c: "; ".join(x for x in c if x) or "none")
    df = pd.read_csv(sample, dtype=str, keep_default_na=False)
    df["category_ids"] = df["response_id"].map(codes)
    df.to_csv(sample, index=False)


@pytest.mark.slow
def test_the_readme_tutorial_runs_as_written(tmp_path, monkeypatch):
    (tmp_path / "tests" / "fixtures").mkdir(parents=True)
    shutil.copytree(REPO / "tests" / "fixtures" / "tutorial", tmp_path / "tests" / "fixtures" / "tutorial")
    monkeypatch.chdir(tmp_path)
    lines = tutorial_lines()
    assert lines[0].startswith("consult-nlp init") and any(ln.startswith("consult-nlp run") for ln in lines)
    for line in lines:
        args = shlex.split(line)
        if args[0] == "cp":
            *sources, dest = args[1:]
            for src in sources:
                shutil.copy(src, dest)
            continue
        assert args[0] == "consult-nlp", line
        if "--merge" in args:  # the person's step: code the sample
            fill_in_from_the_answer_key(
                Path(args[args.index("--merge") + 1]), Path("tests/fixtures/tutorial/answer_key.csv")
            )
        res = runner.invoke(app, args[1:])
        assert res.exit_code == 0, f"{line}\n{res.output}"
    folder, out = Path("corpora/harbour-lane"), Path("reports/harbour-lane")
    responses = pd.read_csv(folder / "responses.csv", dtype=str, keep_default_na=False)
    assert len(responses) == 110 and not responses["flags"].str.contains("duplicate").any()
    assert (responses["flags"] == "no_answer").sum() >= 5
    assert (out / "discover" / "codebook.draft.yaml").exists()
    audit = pd.read_csv(folder / "labels_audit.csv", dtype=str, keep_default_na=False)
    assert len(audit) == 40 and set(audit["pick"]) == {"random"} and set(audit["reviewer"]) == {"A. Analyst"}
    counts = pd.read_csv(out / "counts.csv")
    assert len(counts) == 7 and counts["mentions"].sum() > 0
    md = (out / "appendix.md").read_text(encoding="utf-8")
    assert "Harbour Lane Surgery" in md and "Margaret Pendleton" not in md
    assert (out / "review-categories.ipynb").exists()
