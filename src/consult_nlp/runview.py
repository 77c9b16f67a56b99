"""A finished run, for an analyst's notebook: counts with intervals as a chart, evidence, the review queue.

Every text shown is redacted. A correction proposed here is written to labels.csv only by `record_correction`.
"""

from __future__ import annotations

import io
import json
from collections.abc import Iterable
from dataclasses import dataclass, field
from pathlib import Path

import numpy as np
import pandas as pd

from .artefacts import sha256_file
from .codebook import Codebook
from .errors import ConsultError
from .labels import LabelsUpdate, as_ids, ordered_ids, record_correction
from .tables import COUNTS, assignments_from_file, read_csv
from .workbook import assignments_for_review, review_queue
from .workspace import Workspace


@dataclass(frozen=True)
class RunView:
    """A finished run: its counts, and its assignments with each response's redacted text (never the raw text)."""

    name: str
    consultation_dir: Path
    run_dir: Path
    codebook: Codebook = field(repr=False)
    counts: pd.DataFrame = field(repr=False)
    assignments: pd.DataFrame = field(repr=False)  # + response (redacted) and title columns
    manifest: dict = field(repr=False)
    changed_since_run: tuple[str, ...] = ()  # inputs whose hash differs from the run's manifest
    responses_ids: tuple[str, ...] = field(default=(), repr=False)

    def __str__(self) -> str:
        a = self.assignments
        note = f"; changed since the run: {', '.join(self.changed_since_run)}" if self.changed_since_run else ""
        return (
            f"{self.name}: {a['response_id'].nunique()} responses with a category, {len(a)} codes "
            f"({int((a['coded_by'] == 'human').sum())} human, {int(a['low_confidence'].sum())} low-confidence), "
            f"{len(self.counts)} categories{note}"
        )


def load_run(consultation_dir: str | Path, run_dir: str | Path | None = None) -> RunView:
    """Load a run's folder (counts.csv, assignments.csv, manifest.json) with the consultation it was made from.

    run_dir defaults to reports/NAME under the current folder, as `consult-nlp run` writes it.
    """
    ws = Workspace(consultation_dir, out_dir=run_dir)
    cons = ws.consultation
    run_dir = ws.out_dir
    for name in ("counts.csv", "assignments.csv"):
        if not (run_dir / name).exists():
            raise ConsultError(
                "E504", f"{run_dir / name}: not found. Run `consult-nlp run {ws.folder}` to make a run to review."
            )
    counts = COUNTS.read(run_dir / "counts.csv")
    raw = assignments_from_file(read_csv(run_dir / "assignments.csv", ["response_id", "category_id"]), run_dir)
    unknown = sorted(set(raw["category_id"]) - set(cons.codebook.ids) - {""})
    if unknown:
        raise ConsultError(
            "E504",
            f"{run_dir / 'assignments.csv'}: categories {unknown} are not in {ws.path('codebook.yaml')}. "
            "The codebook changed since this run; run `consult-nlp run` again.",
        )
    a = assignments_for_review(raw, ws.responses)
    a["title"] = a["category_id"].map({c.id: c.title for c in cons.codebook.categories})
    manifest = {}
    if (run_dir / "manifest.json").exists():
        manifest = json.loads((run_dir / "manifest.json").read_text(encoding="utf-8"))
    changed = tuple(
        n
        for n, h in sorted(manifest.get("inputs", {}).items())
        if not ws.path(n).exists() or sha256_file(ws.path(n)) != h
    )
    return RunView(cons.name, ws.folder, run_dir, cons.codebook, counts, a, manifest, changed,
                   tuple(ws.responses["response_id"]))  # fmt: skip


@dataclass
class CountsChart:
    """Mentions per category with their 95% intervals; shows itself in a notebook."""

    figure: object  # matplotlib.figure.Figure

    def _repr_png_(self) -> bytes:
        buf = io.BytesIO()
        self.figure.savefig(buf, format="png", dpi=100, bbox_inches="tight")
        return buf.getvalue()

    def save(self, path: str | Path) -> Path:
        self.figure.savefig(path, bbox_inches="tight")
        return Path(path)


def plot_counts(run: RunView, max_title: int = 60) -> CountsChart:
    """Horizontal bars of mentions (human-coded part darker), the corrected estimate as a diamond, and its interval."""
    from matplotlib.figure import Figure

    c = run.counts
    human = run.assignments[run.assignments["coded_by"] == "human"].drop_duplicates(["response_id", "category_id"])
    n_human = human.groupby("category_id").size().reindex(c["category_id"]).fillna(0).to_numpy()
    names = (c["title"] if "title" in c.columns else c["category_id"]).where(lambda t: t != "", c["category_id"])
    titles = [t if len(t) <= max_title else t[: max_title - 1] + "…" for t in names]
    y = np.arange(len(c))[::-1]
    m = c["mentions"].to_numpy()
    fig = Figure(figsize=(9, 0.45 * len(c) + 1.2))
    ax = fig.add_subplot()
    ax.barh(y, m - n_human, left=n_human, color="#9ecae1", label="coded by the model")
    ax.barh(y, n_human, color="#3182bd", label="coded by a person")
    # drawn from low to high about its own middle: the interval is for the true count and can lie above the bar
    low, high = c["low"].to_numpy(float), c["high"].to_numpy(float)
    ax.errorbar((low + high) / 2, y, xerr=(high - low) / 2, fmt="none", ecolor="black", capsize=3, label="95% interval")
    if "estimated_mentions" in c.columns:  # runs before it was written have no estimate
        ax.plot(
            c["estimated_mentions"].to_numpy(float),
            y,
            "D",
            color="black",
            markersize=4,
            label="estimated mentions, corrected for model errors",
        )
    ax.set_yticks(y, titles, fontsize=8)
    ax.set_xlabel("mentions (responses raising the category)")
    ax.set_title(f"{run.name}: mentions per category")
    ax.legend(loc="lower right", fontsize=8)
    fig.tight_layout()
    return CountsChart(fig)


def _view_columns(a: pd.DataFrame) -> pd.DataFrame:
    return a[["response_id", "category_id", "response", "evidence", "score", "coded_by", "low_confidence"]]


def category_evidence(run: RunView, category_id: str | None = None, n: int | None = 20) -> pd.DataFrame:
    """The responses coded with a category (default: the most mentioned), strongest first, with their evidence."""
    if category_id is None:
        category_id = str(run.counts.sort_values("mentions", ascending=False, kind="stable")["category_id"].iloc[0])
    if category_id not in run.codebook.ids:
        raise ConsultError(
            "E300", f"category '{category_id}' is not in the codebook. Use one of: {', '.join(run.codebook.ids)}."
        )
    a = run.assignments[run.assignments["category_id"] == category_id]
    # the model's codes first, strongest first: they carry evidence; human codes (no evidence needed) after
    a = a.assign(_h=a["coded_by"] == "human").sort_values(["_h", "score"], ascending=[True, False], kind="stable")
    return _view_columns(a.head(n) if n else a).reset_index(drop=True)


def low_confidence_queue(run: RunView) -> pd.DataFrame:
    """Every code of each response with a doubtful one (a score near its threshold): what to review first."""
    return _view_columns(review_queue(run.assignments)).reset_index(drop=True)


@dataclass(frozen=True)
class Correction:
    """A response's corrected, complete set of codes, as the analyst named them; empty until they name both."""

    response_id: str
    category_ids: tuple[str, ...]
    current: tuple[str, ...]  # its codes in the run
    reason: str

    @property
    def empty(self) -> bool:
        return not self.response_id


def propose_correction(
    run: RunView, response_id: str | None = None, category_ids: Iterable[str] | str | None = None
) -> Correction:
    """The correction the analyst names: a response and its complete, correct codes ([] or 'none': no category).

    Nothing is proposed until both are named: a model's doubt is a reason to look, not a decision.
    """
    if response_id is None or category_ids is None:
        return Correction("", (), (), "name a response_id and its category_ids to propose a correction")
    a = run.assignments
    if response_id not in set(run.responses_ids):
        raise ConsultError("E301", f"response '{response_id}' is not in this consultation. Check the id.")
    mine = a[a["response_id"] == response_id]
    current = ordered_ids(mine["category_id"], run.codebook)
    ids = as_ids(category_ids, run.codebook, f"correction for {response_id}")
    return Correction(response_id, ids, current, "as named")


def apply_correction(
    run: RunView, correction: Correction, *, write: bool = False, replace: bool = False, reviewer: str | None = None
) -> LabelsUpdate | None:
    """Record a named correction in labels.csv (and the audit record) when write=True; otherwise show what would
    change. An empty correction records nothing."""
    if correction.empty:
        return None
    return record_correction(run.consultation_dir, correction.response_id, correction.category_ids,
                             replace=replace, dry_run=not write, reviewer=reviewer)  # fmt: skip
