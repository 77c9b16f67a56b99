"""The analysis report: one offline HTML page per run, for the team and committee, not for publication.

The appendix publishes one number per concern; the people who stand behind it need the rest: each count with its
interval, mentions by respondent type, by question and without campaign copies, a few quotes per category, how
well the classifier did on each category, and what people coded against what the model coded. Everything quoted is
redacted text, the chart is inline SVG, and the page loads nothing, so it can be emailed or opened offline.
"""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

import pandas as pd

from . import layout
from .artefacts import atomic_write_text
from .codebook import Codebook, ConsultationFacts
from .render import COUNT_COLUMN, template_env

QUOTES = 3  # per category
QUOTE_WORDS = 60  # a longer quote is cut, with an ellipsis
# the chart's geometry, in SVG user units (it scales to the page)
CHART_W, LABEL_W, ROW_H, TOP, AXIS_H = 820, 300, 26, 10, 40


@dataclass(frozen=True)
class ReportInputs:
    """What a run knows when it writes the report."""

    name: str
    facts: ConsultationFacts
    codebook: Codebook
    counts: pd.DataFrame  # counts.csv
    assignments: pd.DataFrame  # assignments.csv (evidence is redacted)
    responses: pd.DataFrame  # with redacted_text
    errors: dict[str, tuple[int, ...]]  # category -> cross-validated (tp, fp, fn, tn)
    by_type: pd.DataFrame | None = None  # counts_by_respondent_type.csv
    by_question: pd.DataFrame | None = None  # counts_by_question.csv
    breakdown_label: str | None = None
    count: str = "estimated"  # the number the appendix publishes
    n_human_coded: int = 0  # responses in labels.csv


@dataclass(frozen=True)
class Matrix:
    """Mentions of each category (rows) by the values of one column (columns)."""

    title: str
    label: str
    columns: tuple[str, ...]
    rows: tuple[tuple[str, tuple[int, ...]], ...]
    key: str


@dataclass(frozen=True)
class ChartRow:
    title: str
    y: float
    bar: float  # width of the published number's bar
    human: float  # width of its part coded by people
    low: float
    high: float
    other: float  # x of the number not published
    text: str  # what the row says, for the table and the SVG's own text


def _pct(x: float) -> str:
    return f"{100 * x:.0f}%"


def _matrix(df: pd.DataFrame | None, codebook: Codebook, order: list[str], title: str, label: str, key: str):
    if df is None or not len(df):
        return None
    col = next(c for c in df.columns if c not in ("category_id", "mentions"))
    d = df.assign(**{col: df[col].astype(str).replace("", "Not stated")})
    totals = d.groupby(col)["mentions"].sum()
    names = tuple(sorted(totals.index, key=lambda t: (t == "Not stated", -int(totals[t]), t)))
    piv = d.pivot_table(index="category_id", columns=col, values="mentions", aggfunc="sum", fill_value=0)
    titles = {c.id: c.title for c in codebook.categories}
    rows = tuple(
        (titles[c], tuple(int(piv.loc[c, t]) if c in piv.index else 0 for t in names)) for c in order if c in titles
    )
    return Matrix(title, label, names, rows, key)


def chart_label(title: str, room_px: float = LABEL_W - 12, font_px: float = 12) -> str:
    """A title cut at a word, with an ellipsis, to fit the chart's label column."""
    words, out = title.split(), ""
    for w in words:
        nxt = f"{out} {w}".strip()
        if layout.text_width(nxt + "…", font_px * 0.75) * 96 / 2.54 > room_px:
            return out.rstrip(".,;:–-") + "…"
        out = nxt
    return out


def _quote(text: str) -> str:
    words = str(text).split()
    return " ".join(words[:QUOTE_WORDS]) + ("…" if len(words) > QUOTE_WORDS else "")


def build_report(inp: ReportInputs) -> dict:
    """Everything the template shows, computed here so the template only lays it out."""
    counts = inp.counts.set_index("category_id")
    published = COUNT_COLUMN[inp.count]
    other_col = COUNT_COLUMN["coded" if inp.count == "estimated" else "estimated"]
    order = sorted(inp.codebook.ids, key=lambda c: (-int(counts.loc[c, published]), inp.codebook.ids.index(c)))
    a = inp.assignments
    a = a[a["category_id"].astype(str) != ""]
    per = a.drop_duplicates(["response_id", "category_id"])
    human = per[per["coded_by"] == "human"].groupby("category_id").size()
    model = per[per["coded_by"] != "human"].groupby("category_id").size()
    low_conf = per[per["low_confidence"].astype(str).str.lower() == "true"].groupby("category_id").size()
    titles = {c.id: c.title for c in inp.codebook.categories}
    sections = {c.id: c.section for c in inp.codebook.categories}

    table, chart, quality, evidence = [], [], [], []
    top = max([int(counts.loc[c, "high"]) for c in order] + [int(counts.loc[c, published]) for c in order] + [1])
    scale = (CHART_W - LABEL_W - 20) / top
    redacted = inp.responses.set_index("response_id")["redacted_text"]
    for k, c in enumerate(order):
        row = counts.loc[c]
        n, est, low, high = int(row[published]), int(row[other_col]), int(row["low"]), int(row["high"])
        h = int(human.get(c, 0))
        table.append({
            "id": c, "title": titles[c], "section": "main" if sections[c] == "main" else "other",
            "published": n, "other": est, "low": low, "high": high,
            "without_campaigns": int(row.get("mentions_without_campaign_copies", row["mentions"])),
            "human": h, "model": int(model.get(c, 0)), "low_confidence": int(low_conf.get(c, 0)),
        })  # fmt: skip
        chart.append(ChartRow(
            chart_label(titles[c]), TOP + k * ROW_H, n * scale, min(h, n) * scale, low * scale, high * scale,
            est * scale, f"{n} (95% interval {low}–{high}; {other_col.replace('_', ' ')} {est})",
        ))  # fmt: skip
        tp, fp, fn, tn = (list(inp.errors.get(c, ())) + [0, 0, 0, 0])[:4]
        quality.append({
            "title": titles[c], "examples": tp + fn, "tp": tp, "fp": fp, "fn": fn,
            "precision": _pct(tp / (tp + fp)) if tp + fp else "–", "recall": _pct(tp / (tp + fn)) if tp + fn else "–",
        })  # fmt: skip
        mine = (
            per[per["category_id"] == c]
            .assign(
                _h=lambda d: d["coded_by"] != "human",
                _s=lambda d: -pd.to_numeric(d["score"], errors="coerce").fillna(0),
            )
            .sort_values(["_h", "_s", "response_id"], kind="stable")
        )
        # people's codes first, and the model's surest last (it coded most responses), so both kinds can be seen
        people, by_model = mine[~mine["_h"]], mine[mine["_h"]]
        take = pd.concat([people.head(QUOTES - min(len(by_model), 1)), by_model]).head(QUOTES)
        quotes = []
        for r in take.itertuples():
            text = r.evidence if str(r.evidence).strip() else redacted.get(r.response_id, "")
            who = "coded by a person" if r.coded_by == "human" else f"coded by the model, score {float(r.score):.2f}"
            quotes.append({"text": _quote(text), "response_id": r.response_id, "who": who})
        evidence.append({"id": c, "title": titles[c], "n": n, "quotes": quotes})
    ticks = _ticks(top)
    n_responses = len(inp.responses)
    coded_people = int(inp.n_human_coded)
    return {
        "name": inp.name,
        "title": f"Analysis report: {inp.facts.title}",
        "appendix_title": inp.facts.title,
        "count": inp.count,
        "published": published,
        "other_col": other_col,
        "table": table,
        "chart": {
            "rows": chart,
            "width": CHART_W,
            "height": TOP + len(order) * ROW_H + AXIS_H,
            "label_w": LABEL_W,
            "row_h": ROW_H,
            "axis_y": TOP + len(order) * ROW_H,
            "ticks": [(t, LABEL_W + t * scale) for t in ticks],
        },  # fmt: skip
        "by_type": _matrix(
            inp.by_type,
            inp.codebook,
            order,
            f"Mentions by {inp.breakdown_label or 'respondent type'}",
            inp.breakdown_label or "respondent type",
            "type",
        ),  # fmt: skip
        "by_question": _matrix(inp.by_question, inp.codebook, order, "Mentions by question", "question", "question"),
        "quality": quality,
        "evidence": evidence,
        "quotes": QUOTES,
        "n_responses": n_responses,
        "n_people": coded_people,
        "n_model": n_responses - coded_people,
        "codes_people": int((per["coded_by"] == "human").sum()),
        "codes_model": int((per["coded_by"] != "human").sum()),
        "low_confidence": int(low_conf.sum()),
        "campaign_copies": int(inp.responses.get("campaign_id", pd.Series(dtype=str)).astype(str).ne("").sum()),
    }


def _ticks(top: int) -> list[int]:
    """About five round numbers from 0 to top."""
    step = max(1, top // 5)
    mag = 10 ** (len(str(step)) - 1)
    step = next(m * mag for m in (1, 2, 5, 10) if m * mag >= step)
    return list(range(0, top + 1, step))


def render_report(inp: ReportInputs) -> str:
    return template_env().get_template("report.html.j2").render(r=build_report(inp))


def write_report(path: str | Path, inp: ReportInputs) -> Path:
    """Write the analysis report atomically."""
    return atomic_write_text(path, render_report(inp))
