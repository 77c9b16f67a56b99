"""Choosing what to code next: uncertainty, diversity, and the sample CSV."""

from pathlib import Path

import numpy as np
import pandas as pd
import pytest
from typer.testing import CliRunner

from consult_nlp import sampling
from consult_nlp.cli import app
from consult_nlp.codebook import load_consultation
from consult_nlp.tables import SAMPLE

REPO = Path(__file__).resolve().parents[1]
runner = CliRunner()
PII_EMAIL, PII_PHONE = "jo.bloggs@example.com", "07700 900123"


def _labels(folder: Path) -> pd.DataFrame:
    return pd.read_csv(folder / "labels.csv", dtype=str, keep_default_na=False)


def _filled(path: Path, rows: list[tuple[str, str]]) -> Path:
    pd.DataFrame(rows, columns=["response_id", "category_ids"]).assign(text="...").to_csv(path, index=False)
    return path


# -- choose_diverse: pure ----------------------------------------------------------------------------------------


def test_choose_diverse_prefers_unlike_uncertain_items_over_near_copies():
    rng = np.random.default_rng(0)
    a = np.array([0.0, 0.0]) + rng.normal(0, 0.01, (6, 2))  # six near-copies, the most uncertain of all
    b, c, d = np.array([[10.0, 0.0]]), np.array([[0.0, 10.0]]), np.array([[10.0, 10.0]])
    far = np.array([[50.0, 50.0]]) + rng.normal(0, 1, (20, 2))  # confident: outside the pool
    x = np.vstack([a, b, c, d, far])
    margins = np.concatenate([np.linspace(0.001, 0.006, 6), [0.01, 0.012, 0.3], np.full(20, 0.5)])
    picked = sampling.choose_diverse(x, 3, margins, pool_factor=3, seed=0)
    assert set(np.argsort(margins)[:3]) == {0, 1, 2}  # uncertainty alone: three near-copies
    assert set(picked) == {0, 6, 7}  # the best of the copies, and the two unlike them
    assert list(picked) == sorted(picked, key=lambda i: margins[i])  # most uncertain first
    assert list(sampling.choose_diverse(x, 3, margins, pool_factor=3, seed=0)) == list(picked)


def test_choose_diverse_without_margins_takes_one_representative_per_group():
    rng = np.random.default_rng(1)
    centres = np.array([[0.0, 0.0], [20.0, 0.0], [0.0, 20.0]])
    x = np.vstack([c + rng.normal(0, 1, (15, 2)) for c in centres])
    picked = sampling.choose_diverse(x, 3, None, seed=0)
    assert sorted(i // 15 for i in picked) == [0, 1, 2]
    for i in picked:  # each is the member nearest its group's centre
        grp = x[(i // 15) * 15 : (i // 15 + 1) * 15]
        assert np.linalg.norm(x[i] - grp.mean(0)) <= np.linalg.norm(grp - grp.mean(0), axis=1).min() + 0.5


def test_uncertainty_counts_every_doubtful_category():
    thresholds = np.array([0.5, 0.5])
    proba = np.array([[0.5, 0.9], [0.48, 0.52], [0.9, 0.1], [0.45, 0.55]])
    u, rank = sampling.uncertainty(proba, thresholds, band=0.1)
    assert u == pytest.approx([1.0, 1.6, 0.0, 1.0])
    # two doubtful categories outrank one borderline one; a tie goes to the nearest threshold
    assert list(np.argsort(rank)) == [1, 0, 3, 2]


def test_choose_diverse_small_inputs():
    x = np.eye(3)
    assert list(sampling.choose_diverse(x, 5, np.array([0.3, 0.1, 0.2]))) == [1, 2, 0]
    assert len(sampling.choose_diverse(x, 0, None)) == 0
    assert len(sampling.choose_diverse(np.zeros((0, 3)), 4, None)) == 0


# -- sample ------------------------------------------------------------------------------------------------------


@pytest.mark.slow
def test_sample_picks_uncoded_redacted_responses_to_fill_in(ran, tmp_path, encoder):
    folder, _, models = ran
    out = tmp_path / "to-code.csv"
    res = sampling.sample_for_coding(folder, 4, out, models_dir=models, encoder=encoder, rare_below=0)
    df = pd.read_csv(out, dtype=str, keep_default_na=False)
    assert list(df.columns) == SAMPLE.names and len(df) == 4 and len(res.frame) == 4
    cons = load_consultation(folder)
    assert not set(df["response_id"]) & set(cons.labels["response_id"])
    assert "R12" not in set(df["response_id"])  # a blank answer is not worth a coder's time
    assert (df["category_ids"] == "").all() and set(df["pick"]) == {"active"}
    unsure = df["uncertainty"].astype(float)
    assert list(unsure) == sorted(unsure, reverse=True)  # most uncertain first
    assert res.n_candidates == 15 and "thresholds, then k-means" in res.strategy
    # the suggestions name codebook ids, one score each
    for cats, scores in zip(df["suggested_categories"], df["suggested_scores"], strict=True):
        ids = [c for c in cats.split("; ") if c]
        assert set(ids) <= set(cons.codebook.ids) and len(ids) == len([s for s in scores.split("; ") if s])
    again = sampling.sample_for_coding(folder, 4, tmp_path / "again.csv", models_dir=models, encoder=encoder,
                                       rare_below=0)  # fmt: skip
    assert (tmp_path / "again.csv").read_bytes() == out.read_bytes() and again.model_key == res.model_key


@pytest.mark.slow
def test_sample_puts_likely_examples_of_rare_categories_first(ran, tmp_path, encoder):
    folder, _, models = ran
    res = sampling.sample_for_coding(folder, 4, tmp_path / "r.csv", models_dir=models, encoder=encoder,
                                     rare_below=100)  # fmt: skip
    assert "rare categories" in res.strategy and len(res.frame) == 4
    plain = sampling.sample_for_coding(folder, 4, tmp_path / "p.csv", models_dir=models, encoder=encoder,
                                       rare_below=0)  # fmt: skip
    assert list(res.frame["response_id"]) != list(plain.frame["response_id"])


@pytest.mark.slow
def test_sample_of_everything_is_redacted_and_formula_safe(ran, tmp_path, encoder):
    folder, _, models = ran
    out = tmp_path / "all.csv"
    sampling.sample_for_coding(folder, 100, out, models_dir=models, encoder=encoder)
    raw = out.read_text()
    df = pd.read_csv(out, dtype=str, keep_default_na=False)
    assert len(df) == 15 and "R31" in set(df["response_id"])  # 'N/A' is coded too: its codes must be measured
    assert PII_EMAIL not in raw and PII_PHONE not in raw and "[EMAIL]" in raw and "[PHONE]" in raw
    assert df.loc[df["response_id"] == "R24", "text"].iloc[0].startswith("'=HYPERLINK")


@pytest.mark.slow
def test_sample_with_nothing_coded_picks_representatives(ran, consultation, tmp_path, encoder):
    (consultation / "labels.csv").unlink()
    res = sampling.sample_for_coding(consultation, 5, tmp_path / "s.csv", models_dir=ran[2], encoder=encoder)
    assert len(res.frame) == 5 and "no coded responses" in res.strategy and res.model_key is None
    assert (res.frame["suggested_categories"] == "").all()


def test_random_sample_is_seeded_covers_no_answers_and_is_recorded_as_random(example_dir, tmp_path):
    a = sampling.random_sample(example_dir, 8, tmp_path / "a.csv", seed=3)
    b = sampling.random_sample(example_dir, 8, tmp_path / "b.csv", seed=3)
    assert (tmp_path / "a.csv").read_bytes() == (tmp_path / "b.csv").read_bytes()
    assert set(a.frame["pick"]) == {"random"} and len(a.frame) == 8 and "random" in a.summary()
    coded = set(load_consultation(example_dir).labels["response_id"])
    assert not set(a.frame["response_id"]) & coded and b.n_candidates == 36 - len(coded)
    every = sampling.random_sample(example_dir, 100, tmp_path / "all.csv")
    assert {"R12", "R31"} <= set(every.frame["response_id"])  # blank and 'N/A' answers can be picked too
    filled = a.frame.assign(category_ids="none")
    filled.to_csv(tmp_path / "a.csv", index=False)
    res = runner.invoke(app, ["sample", "--consultation", str(example_dir), "--merge", str(tmp_path / "a.csv")])
    assert res.exit_code == 0, res.output
    audit = pd.read_csv(example_dir / "labels_audit.csv", dtype=str, keep_default_na=False)
    assert set(audit["pick"]) == {"random"} and len(audit) == 8


def test_cli_random_sample(example_dir, tmp_path):
    res = runner.invoke(app, ["sample", "--consultation", str(example_dir), "--random", "5", "--out",
                              str(tmp_path / "r.csv")])  # fmt: skip
    assert res.exit_code == 0 and "random (seed 0)" in res.output
    assert list(pd.read_csv(tmp_path / "r.csv")["pick"]) == ["random"] * 5


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
