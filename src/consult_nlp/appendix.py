"""The appendix as a view model: rows, blocks, cross-references, the breakdown and the column widths.

One view model feeds every format (render.py), so the four documents never disagree. The layout follows the
published "you said, we did" appendix: title, introduction, numbered action areas, then the table "Category of
comment/concern | No. of mentions | Response | Action Area 1 to 4" ordered by mentions, then the "Other concerns"
rows without counts.

What is published is the writer's choice, never the program's: which number (`count`), the row order, whether the
breakdown appears, and where the sentence about the period and responses goes (the `{facts}` field).
"""

from __future__ import annotations

import datetime as dt
import re
from dataclasses import dataclass
from pathlib import Path

import pandas as pd

from . import layout
from .codebook import Codebook, ConsultationFacts
from .errors import ConsultError
from .text import BULLET, NUMBERED

FORMATS = ("html", "docx", "pdf", "md")
COUNT_CHOICES = ("estimated", "coded")  # estimated_mentions or mentions, from counts.csv
COUNT_COLUMN = {"estimated": "estimated_mentions", "coded": "mentions"}
ORDERS = ("mentions", "codebook")
PLACEHOLDER = "[Response to be written]"
DRAFT_NOTICE = "Draft – not for publication."
CAPTION = "Comments and concerns raised, and the response to each"
OTHER_HEADING = "Other concerns"
# said once under the table when there are campaigns (ingest's campaign_id and campaign_role; count's column)
CAMPAIGN_NOTE = (
    "Responses that copy an organised campaign's text are each counted here; counting each campaign's standard "
    "text once (edited copies still count on their own) would lower the count for “{title}” most, by {n}."
)
CAMPAIGN_NOTE_NO_CHANGE = (
    "{members} responses belong to {k} organised campaign{s} and each is counted here; {edited} of them were edited "
    "by their senders and count on their own, so counting each campaign's standard text once would change no count."
)
INTERVAL_NOTE = (
    "The range after each number is a 95% interval for the true number of responses that raised the concern. It "
    "allows for the errors the coding model made when checked against responses coded by people, so it can lie "
    "above the number counted where the model is known to miss that concern."
)
# the fields a writer may put in the introduction; {facts} is the sentence in `appendix.facts_sentence`
FIELDS = ("facts", "period", "start", "end", "responses_received")
_FIELD = re.compile(r"\{(" + "|".join(FIELDS) + r")\}")
# print geometry shared by the PDF and Word: A4 less 2 cm margins, portrait for the main table, landscape for the
# breakdown; the PDF's table text is 10.5 pt, Word's 11 pt
PORTRAIT_CM, LANDSCAPE_CM = 17.0, 26.7
PDF_PT, DOCX_PT, BREAKDOWN_PT = 10.5, 11.0, 9.0
WIDE_MARGIN_CM = 1.5  # landscape pages for a wide breakdown
MIN_CATEGORY_CM = 5.0  # the breakdown's category column is never narrower; more types split the table in parts
KEEP_LINES = 12  # a row up to this many lines is never split across pages


@dataclass(frozen=True)
class Block:
    """A paragraph ('p'), a bullet list ('ul') or a numbered list ('ol') of a multi-paragraph text."""

    kind: str
    items: tuple[str, ...]
    start: int = 1


@dataclass(frozen=True)
class Ref:
    """A response that refers to another category's response: named by that category's title, wherever it sits."""

    category_id: str
    label: str  # the title, shortened

    @property
    def anchor(self) -> str:
        return anchor(self.category_id)

    @property
    def lead(self) -> str:
        return "See the response to ‘"

    @property
    def tail(self) -> str:
        return "’."

    @property
    def text(self) -> str:
        return f"{self.lead}{self.label}{self.tail}"


def anchor(category_id: str) -> str:
    """The HTML id of a category's row (codebook ids are slugs, so this is a valid, unique id)."""
    return f"cat-{category_id}"


@dataclass(frozen=True)
class Row:
    category_id: str
    title: str
    mentions: int | None
    interval: str
    response: tuple[Block, ...]
    action_areas: str
    placeholder: bool = False
    see: Ref | None = None

    @property
    def anchor(self) -> str:
        return anchor(self.category_id)

    @property
    def mentions_text(self) -> str:
        if self.mentions is None:
            return ""
        return f"{self.mentions} ({self.interval})" if self.interval else str(self.mentions)

    def response_paragraphs(self) -> tuple[tuple[str, bool], ...]:
        """The response as (paragraph, indented) pairs, list items indented: what a column must hold."""
        out = [(item, b.kind != "p") for b in self.response for item in b.items]
        if self.see:
            out.append((self.see.text, False))
        return tuple(out)


@dataclass(frozen=True)
class BreakdownPart:
    """One table of the breakdown: some of the types, with column widths in cm for a landscape page."""

    caption: str
    types: tuple[str, ...]
    rows: tuple[tuple[str, tuple[int, ...]], ...]
    widths: tuple[float, ...]  # the category column, then one per type

    @property
    def percent_widths(self) -> tuple[float, ...]:
        return tuple(round(100 * w / sum(self.widths), 2) for w in self.widths)


@dataclass(frozen=True)
class Breakdown:
    """Mentions of each main category by respondent type (or whatever the breakdown column holds).

    On paper each type's column is as wide as its widest word and the category column at least MIN_CATEGORY_CM, so
    nothing is crushed: on a portrait page when all fit, else on landscape pages, in as many parts as needed.
    """

    label: str  # what the column holds, e.g. 'respondent type'
    types: tuple[str, ...]  # most mentions first, 'Not stated' last
    rows: tuple[tuple[str, tuple[int, ...]], ...]  # (title, mentions per type), in the main table's order
    parts: tuple[BreakdownPart, ...]
    landscape: bool = False  # on landscape pages, when its types do not fit beside the categories on portrait

    @property
    def title(self) -> str:
        return f"Mentions by {self.label}"


@dataclass(frozen=True)
class AppendixView:
    title: str
    lang: str
    introduction: tuple[Block, ...]
    action_areas: tuple[tuple[int, str], ...]
    main_rows: tuple[Row, ...]
    other_rows: tuple[Row, ...]
    draft: bool = False
    show_intervals: bool = False
    count: str = "estimated"
    order: str = "mentions"
    breakdown: Breakdown | None = None
    unwritten: tuple[str, ...] = ()
    warnings: tuple[str, ...] = ()  # said by `run` and `render`: what the writer should know before publishing
    caption: str = CAPTION
    other_heading: str = OTHER_HEADING
    campaign_note: str = ""  # how campaign copies are counted, when they change a count

    @property
    def interval_note(self) -> str:
        """Said under the table whenever intervals are shown: what the range means, and why it can exclude the count."""
        return INTERVAL_NOTE if self.show_intervals else ""

    @property
    def headers(self) -> tuple[str, str, str, str]:
        """The published column headings; the last names the action areas ('Action Area 1 to 4')."""
        mentions = "No. of mentions (95% interval)" if self.show_intervals else "No. of mentions"
        return ("Category of comment/concern", mentions, "Response", areas_header([n for n, _ in self.action_areas]))

    def widths(self, total_cm: float, size_pt: float) -> tuple[float, ...]:
        """The main table's column widths in cm, from its content (see layout.py)."""
        rows = self.main_rows + self.other_rows
        cols = [
            layout.Column(self.headers[0], tuple(((r.title, False),) for r in rows)),
            layout.Column(self.headers[1], tuple(((r.mentions_text, False),) for r in rows), fit=True),
            layout.Column(self.headers[2], tuple(r.response_paragraphs() for r in rows)),
            layout.Column(self.headers[3], tuple(((r.action_areas, False),) for r in rows), fit=True),
        ]
        return tuple(layout.column_widths(cols, total_cm, size_pt))

    @property
    def long_rows(self) -> frozenset[str]:
        """Rows taller than KEEP_LINES on paper: they may split across pages; shorter ones are kept whole."""
        widths = self.widths(PORTRAIT_CM, PDF_PT)
        return frozenset(
            r.category_id
            for r in self.main_rows + self.other_rows
            if max(layout.lines(((r.title, False),), widths[0], PDF_PT),
                   layout.lines(r.response_paragraphs(), widths[2], PDF_PT, indent_cm=0.6)) > KEEP_LINES
        )  # fmt: skip

    @property
    def print_columns(self) -> tuple[tuple[str, float], ...]:
        """(column class, width as a percentage of the table) for the HTML's print stylesheet."""
        pct = (round(100 * w / PORTRAIT_CM, 2) for w in self.widths(PORTRAIT_CM, PDF_PT))
        return tuple(zip(("category", "mentions", "response", "areas"), pct, strict=True))


def areas_header(nums: list[int]) -> str:
    """'Action Area' for one, 'Action Areas 1 and 2' for two, 'Action Area 1 to 4' (as published) for a run of
    three or more, 'Action Areas 1, 3 and 5' otherwise."""
    nums = sorted(nums)
    if len(nums) < 2:
        return "Action Area"
    if len(nums) > 2 and nums == list(range(nums[0], nums[-1] + 1)):
        return f"Action Area {nums[0]} to {nums[-1]}"
    return "Action Areas " + ", ".join(map(str, nums[:-1])) + f" and {nums[-1]}"


def blocks(text: str) -> tuple[Block, ...]:
    """Paragraphs are separated by blank lines; lines starting '- ' or '• ' are bullets, '1. ' numbered items.

    A line that follows a list item without a marker continues that item (a wrapped line).
    """
    out: list[Block] = []
    for para in re.split(r"\n\s*\n", (text or "").strip()):
        prose: list[str] = []
        lst: Block | None = None  # the list being read
        for ln in (ln.strip() for ln in para.split("\n")):
            if not ln:
                continue
            bullet, numbered = BULLET.match(ln), NUMBERED.match(ln)
            if bullet or numbered:
                if prose:
                    out.append(Block("p", (" ".join(prose),)))
                    prose = []
                kind = "ul" if bullet else "ol"
                item = bullet.group(1) if bullet else numbered.group(2)
                if lst is not None and lst.kind != kind:
                    out.append(lst)
                    lst = None
                if lst is None:
                    lst = Block(kind, (item,), int(numbered.group(1)) if numbered else 1)
                else:
                    lst = Block(kind, lst.items + (item,), lst.start)
            elif lst is not None and not prose:
                lst = Block(lst.kind, lst.items[:-1] + (lst.items[-1] + " " + ln,), lst.start)
            else:
                prose.append(ln)
        if lst is not None:
            out.append(lst)
        if prose:
            out.append(Block("p", (" ".join(prose),)))
    return tuple(out)


def whole_numbers(df: pd.DataFrame, source: str | Path, columns: tuple[str, ...]) -> pd.DataFrame:
    """The count columns as integers; a blank or non-numeric cell is an error naming the file, row and column."""
    df = df.copy()
    for col in columns:
        if col not in df.columns:
            continue
        values = pd.to_numeric(df[col].astype(str).str.strip(), errors="coerce")
        bad = values.isna() | (values < 0) | (values % 1 != 0)
        if bad.any():
            i = int(bad.to_numpy().nonzero()[0][0])
            raise ConsultError(
                "E500",
                f"{source}: row {i + 2}, column '{col}' is {df[col].iloc[i]!r}, not a whole number of mentions. "
                "Fix the cell, or write the file again with `consult-nlp count`.",
            )
        df[col] = values.astype(int)
    return df


def _areas(areas: tuple[int, ...]) -> str:
    """As the appendix prints them: '3&4'."""
    return "&".join(str(a) for a in sorted(areas))


def _date(d: dt.date) -> str:
    day = d.day
    suffix = "th" if 11 <= day % 100 <= 13 else {1: "st", 2: "nd", 3: "rd"}.get(day % 10, "th")
    return f"{day}{suffix} {d.strftime('%B %Y')}"


def _introduction(facts: ConsultationFacts) -> tuple[str, list[str]]:
    """The written introduction with its fields filled in, and a warning when it states neither the period nor
    the number of responses. Nothing is added that the writer did not write: the sentence about the period and
    responses appears where the introduction says {facts}, or not at all."""
    values: dict[str, str] = {}
    if facts.period:
        start, end = _date(facts.period.start), _date(facts.period.end)
        values |= {"start": start, "end": end, "period": f"{start} to {end}"}
    if facts.responses_received is not None:
        values["responses_received"] = str(facts.responses_received)

    def fill(text: str, where: str) -> str:
        def one(m: re.Match) -> str:
            name = m.group(1)
            if name == "facts":
                if where != "introduction":
                    raise ConsultError("E103", f"consultation.yaml: {where} cannot use {{facts}}, which is itself.")
                return fill(facts.appendix.facts_sentence, "appendix.facts_sentence")
            if name not in values:
                need = "responses_received" if name == "responses_received" else "period"
                raise ConsultError(
                    "E103",
                    f"consultation.yaml: {where} uses {{{name}}}, but '{need}' is not set. Add '{need}', or take "
                    f"the field out of {where}.",
                )
            return values[name]

        return _FIELD.sub(one, text)

    raw = facts.introduction.strip()
    intro = fill(raw, "introduction")
    period_stated = facts.period is not None and (values["start"] in raw or facts.period.start.isoformat() in raw)
    n = facts.responses_received
    count_stated = n is not None and re.search(rf"\b{n}\b", raw) is not None
    warnings = []
    if values and not (_FIELD.search(raw) or period_stated or count_stated):
        warnings.append(
            "consultation.yaml: the introduction states neither the consultation period nor the number of "
            "responses. Write {facts} where the sentence about them should go (its wording is appendix.facts_sentence)."
        )
    return intro, warnings


def short_title(title: str, words: int = 6) -> str:
    """A title short enough to name in a sentence: its first words, with an ellipsis if cut."""
    ws = title.split()
    if len(ws) <= words + 2:
        return " ".join(ws).rstrip(".")
    return " ".join(ws[:words]).rstrip(".,;:–-") + "…"


def column_label(column: str) -> str:
    """The breakdown's label from its column's name: 'respondent_type' -> 'respondent type'."""
    return column.replace("_", " ").strip()


def _breakdown(breakdown: pd.DataFrame, main_rows: tuple[Row, ...], label: str | None) -> Breakdown:
    cols = [c for c in breakdown.columns if c not in ("category_id", "mentions")]
    if not cols:
        raise ConsultError("E500", "breakdown: needs a column besides category_id and mentions, e.g. respondent_type.")
    col = cols[0]
    b = breakdown.assign(**{col: breakdown[col].astype(str).replace("", "Not stated")})
    main = {r.category_id for r in main_rows}
    totals = b[b["category_id"].isin(main)].groupby(col)["mentions"].sum()
    names = sorted(b[col].unique(), key=lambda t: (t == "Not stated", -int(totals.get(t, 0)), t))
    piv = b.pivot_table(index="category_id", columns=col, values="mentions", aggfunc="sum", fill_value=0)
    rows = tuple(
        (r.title, tuple(int(piv.loc[r.category_id, t]) if r.category_id in piv.index else 0 for t in names))
        for r in main_rows
    )
    label = label or column_label(col)
    title_w = max(MIN_CATEGORY_CM, layout.widest_word([t for t, _ in rows], BREAKDOWN_PT) + layout.CELL_PADDING)
    fits = [layout.fit_width([str(v[i]) for _, v in rows], BREAKDOWN_PT, header=t) for i, t in enumerate(names)]
    # portrait when every type fits beside the category column, else landscape, in as few parts as fit the page
    page = PORTRAIT_CM if title_w + sum(fits) <= PORTRAIT_CM else LANDSCAPE_CM
    groups: list[list[int]] = [[]]
    for i, w in enumerate(fits):
        if groups[-1] and title_w + sum(fits[j] for j in groups[-1]) + w > page:
            groups.append([])
        groups[-1].append(i)
    if len(groups) > 1:  # as many parts as needed, with the types shared out evenly between them
        per = -(-len(names) // len(groups))
        even = [list(range(i, min(i + per, len(names)))) for i in range(0, len(names), per)]
        if all(title_w + sum(fits[j] for j in g) <= page for g in even):
            groups = even
    parts = []
    for k, idx in enumerate(groups, 1):
        caption = f"Mentions by {label}" + (f" ({k} of {len(groups)})" if len(groups) > 1 else "")
        type_w = [fits[i] for i in idx]
        first = min(page - sum(type_w), max(title_w, page / 2))  # the category column takes at most half the page
        spare = (page - first - sum(type_w)) / len(idx)  # the rest is shared by the types
        widths = (round(first, 3), *(round(w + spare, 3) for w in type_w))
        parts.append(BreakdownPart(
            caption, tuple(names[i] for i in idx), tuple((t, tuple(v[i] for i in idx)) for t, v in rows), widths
        ))  # fmt: skip
    return Breakdown(label, tuple(names), rows, tuple(parts), landscape=page == LANDSCAPE_CM)


def build_view(
    facts: ConsultationFacts,
    codebook: Codebook,
    counts: pd.DataFrame,
    *,
    draft: bool = False,
    show_intervals: bool = False,
    breakdown: pd.DataFrame | None = None,
    breakdown_label: str | None = None,
    count: str | None = None,
    order: str | None = None,
    lang: str = "en-GB",
    source: str | Path = "counts",
    campaigns: pd.DataFrame | None = None,
) -> AppendixView:
    """Main rows ordered by the published number (ties keep codebook order) or as in the codebook; other rows in
    codebook order, without counts.

    count: 'estimated' publishes estimated_mentions, 'coded' mentions (default: consultation.yaml's appendix.count).
    order: 'mentions' or 'codebook' (default: appendix.order). breakdown_label: what the breakdown column holds
    (default: appendix.breakdown_label, else the column's name). source names the counts file in error messages.
    campaigns: the responses' campaign_id and campaign_role, when known, so the campaign sentence is said even where
    campaign copies change no count.
    """
    settings = facts.appendix
    chosen = count is not None or "count" in settings.model_fields_set
    count = count or settings.count
    order = order or settings.order
    if count not in COUNT_CHOICES:
        raise ConsultError("E502", f"unknown count '{count}'. Use one of: {', '.join(COUNT_CHOICES)}.")
    if order not in ORDERS:
        raise ConsultError("E502", f"unknown order '{order}'. Use one of: {', '.join(ORDERS)}.")
    unknown = sorted(set(counts["category_id"]) - set(codebook.ids))
    if unknown:
        raise ConsultError(
            "E500",
            f"{source}: categories {unknown} are not in the codebook; the counts come from another codebook. "
            "Run `consult-nlp count` again.",
        )
    dup = counts["category_id"][counts["category_id"].duplicated()]
    if len(dup):
        raise ConsultError(
            "E500", f"{source}: category '{dup.iloc[0]}' has more than one row. Keep one row per category."
        )
    counts = counts.set_index("category_id")
    missing = [c.id for c in codebook.categories if c.section == "main" and c.id not in counts.index]
    if missing:
        raise ConsultError("E500", f"{source}: no row for main categories {missing}. Run `consult-nlp count` again.")
    column = COUNT_COLUMN[count]
    notes = []
    if column not in counts.columns:
        if chosen:
            raise ConsultError(
                "E500",
                f"{source}: --count {count} publishes the {column} column, which this file lacks. Write it again "
                "with `consult-nlp count`, or choose --count coded.",
            )
        count, column = "coded", "mentions"  # a file with counts of its own: publish them, and say so
        notes.append(
            f"{source} has no estimated_mentions column, so the appendix publishes its mentions (--count coded)."
        )
    has_interval = {"low", "high"} <= set(counts.columns)
    if show_intervals and not has_interval:
        raise ConsultError(
            "E500", f"{source}: --show-intervals needs the low and high columns that `consult-nlp count` writes."
        )
    titles = {c.id: c.title for c in codebook.categories}
    main, other, outside = [], [], []
    for k, c in enumerate(codebook.categories):
        unwritten = not c.answered
        resp = blocks(PLACEHOLDER) if unwritten and draft else blocks(c.response)
        see = Ref(c.see, short_title(titles[c.see])) if c.see else None
        is_main = c.section == "main"
        mentions = int(counts.loc[c.id, column]) if is_main else None
        interval = ""
        if is_main and has_interval:
            low, high = int(counts.loc[c.id, "low"]), int(counts.loc[c.id, "high"])
            if not low <= mentions <= high:
                outside.append(f"{c.id} ({mentions}, interval {low}–{high})")
            if show_intervals:
                interval = f"{low}–{high}"
        row = Row(c.id, c.title, mentions, interval, resp, _areas(c.action_areas), unwritten and draft, see)
        key = (-(mentions or 0), k) if order == "mentions" else (0, k)
        (main if is_main else other).append((key, row))
    main_rows = tuple(r for _, r in sorted(main, key=lambda x: x[0]))
    intro, warnings = _introduction(facts)
    warnings = notes + warnings
    if outside:
        fix = ("`--count estimated` publishes the estimate, which lies inside it" if count == "coded"
               else "check counts.csv")  # fmt: skip
        warnings.append(
            f"the published number (--count {count}: {column}) lies outside its own 95% interval for "
            f"{len(outside)} categor{'y' if len(outside) == 1 else 'ies'}: {'; '.join(outside)}. {fix}."
        )
    by = None
    if breakdown is not None and len(breakdown):
        by = _breakdown(breakdown, main_rows, breakdown_label or settings.breakdown_label)
    return AppendixView(
        title=facts.title,
        lang=lang,
        introduction=blocks(intro),
        action_areas=tuple(sorted(facts.action_areas.items())),
        main_rows=main_rows,
        other_rows=tuple(r for _, r in sorted(other, key=lambda x: x[0][1])),
        draft=draft,
        show_intervals=show_intervals,
        count=count,
        order=order,
        breakdown=by,
        unwritten=tuple(c.id for c in codebook.categories if not c.answered),
        warnings=tuple(warnings),
        campaign_note=_campaign_note(counts, main_rows, campaigns),
    )


def _campaign_note(counts: pd.DataFrame, main_rows: tuple[Row, ...], campaigns: pd.DataFrame | None = None) -> str:
    """The one sentence on campaign copies, naming the category whose count they raise most; empty without any."""
    col = "mentions_without_campaign_copies"
    if col not in counts.columns or not main_rows:
        return ""
    gaps = []
    for r in main_rows:
        a, b = counts.loc[r.category_id, "mentions"], counts.loc[r.category_id, col]
        if pd.notna(a) and pd.notna(b):
            gaps.append((int(a) - int(b), r.title))
    n, title = max(gaps, key=lambda g: g[0], default=(0, ""))  # the first of the largest, in table order
    if n > 0:
        return CAMPAIGN_NOTE.format(title=title, n=n)
    members = campaigns[campaigns["campaign_id"].astype(str) != ""] if campaigns is not None else None
    if members is not None and len(members):
        k = members["campaign_id"].nunique()
        edited = int((members.get("campaign_role", pd.Series(dtype=str)).astype(str) == "edited").sum())
        return CAMPAIGN_NOTE_NO_CHANGE.format(members=len(members), k=k, s="" if k == 1 else "s", edited=edited)
    return ""
