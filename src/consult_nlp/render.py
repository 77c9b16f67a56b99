"""The appendix in HTML, Word, PDF and Markdown from one view model.

One view model feeds every format, so the four documents never disagree. The layout follows the published
"you said, we did" appendix: title, introduction, numbered action areas, then the table "Category of
comment/concern | No. of mentions | Response | Action Area 1 to 4" ordered by mentions, then the "Other concerns"
rows without counts. Templates autoescape; Word is built with python-docx; the PDF is WeasyPrint's tagged PDF/UA
rendering of the same HTML, whose print stylesheet repeats the header row on every page.

What is published is the writer's choice, never the program's: which number (`count`), the row order, whether the
breakdown appears, and where the sentence about the period and responses goes (the `{facts}` field).
"""

from __future__ import annotations

import datetime as dt
import io
import re
from dataclasses import dataclass
from pathlib import Path

import pandas as pd
from jinja2 import Environment, PackageLoader, select_autoescape

from . import layout
from .artefacts import atomic_write_bytes, atomic_write_text, fixed_zip
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
) -> AppendixView:
    """Main rows ordered by the published number (ties keep codebook order) or as in the codebook; other rows in
    codebook order, without counts.

    count: 'estimated' publishes estimated_mentions, 'coded' mentions (default: consultation.yaml's appendix.count).
    order: 'mentions' or 'codebook' (default: appendix.order). breakdown_label: what the breakdown column holds
    (default: appendix.breakdown_label, else the column's name). source names the counts file in error messages.
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
    )


# -- HTML and PDF -------------------------------------------------------------------------------------------------
def template_env() -> Environment:
    return Environment(
        loader=PackageLoader("consult_nlp", "templates"),
        autoescape=select_autoescape(enabled_extensions=("html", "htm", "xml", "j2"), default=True),
        trim_blocks=True,
        lstrip_blocks=True,
        keep_trailing_newline=True,
    )


def render_html(view: AppendixView) -> str:
    return template_env().get_template("appendix.html.j2").render(v=view, placeholder=PLACEHOLDER, notice=DRAFT_NOTICE)


def render_pdf(view: AppendixView) -> bytes:
    """Tagged PDF/UA-1: structure tree, /Lang, title in the Info and XMP metadata, title shown by viewers."""
    from weasyprint import HTML

    return HTML(string=render_html(view)).write_pdf(pdf_variant="pdf/ua-1", pdf_identifier=False)


# -- Markdown -----------------------------------------------------------------------------------------------------
_MD_SPECIAL = re.compile(r"([\\`*_\[\]<>|#])")
_MD_LINE_START = re.compile(r"^(#|>|[-+] |\d+[.)] )")


def md_escape(s: str) -> str:
    """Text that Markdown shows as written: no emphasis, links, HTML or table breaks from the text itself."""
    s = _MD_SPECIAL.sub(r"\\\1", str(s))
    s = re.sub(r"&(?=#?\w+;)", "&amp;", s)
    return _MD_LINE_START.sub(lambda m: "\\" + m.group(1), s)


def _md_cell(row: Row) -> str:
    """A response's paragraphs and lists on one table line, separated by <br> as GitHub and pandoc read them."""
    parts = []
    for b in row.response:
        if b.kind == "p":
            text = md_escape(b.items[0])
            parts.append(f"*{text}*" if row.placeholder else text)
        else:
            marks = ["•"] * len(b.items) if b.kind == "ul" else [f"{b.start + i}." for i in range(len(b.items))]
            parts.append("<br>".join(f"{m} {md_escape(i)}" for m, i in zip(marks, b.items, strict=True)))
    if row.see:
        parts.append(md_escape(row.see.text))
    return "<br><br>".join(parts)


def render_md(view: AppendixView) -> str:
    env = template_env()
    env.autoescape = False  # Markdown is not HTML: text is escaped for Markdown instead, by the md filter
    env.filters["md"] = md_escape
    env.filters["cell"] = _md_cell
    return env.get_template("appendix.md.j2").render(v=view, notice=DRAFT_NOTICE)


# -- Word ---------------------------------------------------------------------------------------------------------
_W = "http://schemas.openxmlformats.org/wordprocessingml/2006/main"
_WATERMARK = """<w:p xmlns:w="{w}" xmlns:v="urn:schemas-microsoft-com:vml" xmlns:o="urn:schemas-microsoft-com:office:office"
  xmlns:w10="urn:schemas-microsoft-com:office:word"><w:pPr><w:pStyle w:val="Header"/></w:pPr><w:r><w:pict>
<v:shapetype id="_x0000_t136" coordsize="21600,21600" o:spt="136" adj="10800" path="m@7,l@8,m@5,21600l@6,21600e">
<v:formulas><v:f eqn="sum #0 0 10800"/><v:f eqn="prod #0 2 1"/><v:f eqn="sum 21600 0 @1"/><v:f eqn="sum 0 0 @2"/>
<v:f eqn="sum 21600 0 @3"/><v:f eqn="if @0 @3 0"/><v:f eqn="if @0 21600 @1"/><v:f eqn="if @0 0 @2"/>
<v:f eqn="if @0 @4 21600"/><v:f eqn="mid @5 @6"/><v:f eqn="mid @8 @5"/><v:f eqn="mid @7 @8"/><v:f eqn="mid @6 @7"/>
<v:f eqn="sum @6 0 @5"/></v:formulas>
<v:path textpathok="t" o:connecttype="custom" o:connectlocs="@9,0;@10,10800;@11,21600;@12,10800"
  o:connectangles="270,180,90,0"/>
<v:textpath on="t" fitshape="t"/><v:handles><v:h position="#0,bottomRight" xrange="6629,14971"/></v:handles>
<o:lock v:ext="edit" text="t" shapetype="t"/></v:shapetype>
<v:shape id="PowerPlusWaterMarkObject1" o:spid="_x0000_s2049" type="#_x0000_t136" o:allowincell="f"
  style="position:absolute;margin-left:0;margin-top:0;width:415pt;height:138pt;rotation:315;z-index:-251657216;mso-position-horizontal:center;mso-position-horizontal-relative:margin;mso-position-vertical:center;mso-position-vertical-relative:margin"
  fillcolor="#d4351c" stroked="f"><v:fill opacity=".15"/>
<v:textpath style="font-family:&quot;Arial&quot;;font-size:1pt" string="DRAFT"/>
<w10:wrap anchorx="margin" anchory="margin"/></v:shape></w:pict></w:r>
<w:r><w:t xml:space="preserve">{notice}</w:t></w:r></w:p>"""  # noqa: E501 - the VML Word writes for a text watermark


def _docx_setup(doc, view: AppendixView) -> None:
    """A4 portrait as published; Arial; the document's language everywhere; heading styles that read as such."""
    from docx.enum.style import WD_STYLE_TYPE
    from docx.oxml.ns import qn
    from docx.shared import Cm, Pt, RGBColor

    sec = doc.sections[0]
    sec.page_width, sec.page_height = Cm(21), Cm(29.7)
    for side in ("left_margin", "right_margin", "top_margin", "bottom_margin"):
        setattr(sec, side, Cm(2))
    props = doc.core_properties
    props.title = view.title
    props.language = view.lang
    props.subject = CAPTION
    props.author = ""
    props.comments = ""
    props.keywords = ""
    styles = doc.styles
    # the language: docDefaults (every run inherits it) and the theme's font language
    rpr_default = styles.element.find(qn("w:docDefaults")).find(qn("w:rPrDefault")).find(qn("w:rPr"))
    lang = rpr_default.find(qn("w:lang"))
    for attr in ("w:val", "w:eastAsia"):
        lang.set(qn(attr), view.lang)
    theme_lang = doc.settings.element.find(qn("w:themeFontLang"))
    if theme_lang is not None:
        theme_lang.set(qn("w:val"), view.lang)
    black = RGBColor(0x0B, 0x0C, 0x0C)
    normal = styles["Normal"]
    normal.font.name = "Arial"
    normal.font.size = Pt(11)
    normal.paragraph_format.space_after = Pt(6)
    normal.paragraph_format.line_spacing = 1.15
    for name, size, before, after in (("Heading 1", 16, 0, 12), ("Heading 2", 13, 18, 6)):
        st = styles[name]
        st.font.name = "Arial"
        st.font.size = Pt(size)
        st.font.bold = True
        st.font.color.rgb = black
        st.paragraph_format.space_before = Pt(before)
        st.paragraph_format.space_after = Pt(after)
        rfonts = st.element.rPr.find(qn("w:rFonts"))
        for attr in ("w:asciiTheme", "w:hAnsiTheme", "w:eastAsiaTheme", "w:cstheme"):
            rfonts.attrib.pop(qn(attr), None)
    area = styles.add_style("Action Area", WD_STYLE_TYPE.PARAGRAPH)
    area.base_style = normal
    area.paragraph_format.left_indent = Cm(0.9)
    area.paragraph_format.first_line_indent = Cm(-0.9)
    area.paragraph_format.tab_stops.add_tab_stop(Cm(0.9))
    cell = styles.add_style("Table Text", WD_STYLE_TYPE.PARAGRAPH)
    cell.base_style = normal
    cell.paragraph_format.space_after = Pt(4)
    cell.paragraph_format.line_spacing = 1.0
    head = styles.add_style("Table Heading", WD_STYLE_TYPE.PARAGRAPH)
    head.base_style = cell
    head.font.bold = True
    head.paragraph_format.keep_with_next = True
    small = styles.add_style("Small Text", WD_STYLE_TYPE.PARAGRAPH)
    small.base_style = cell
    small.font.size = Pt(BREAKDOWN_PT)
    small.paragraph_format.space_after = Pt(2)
    small_head = styles.add_style("Small Heading", WD_STYLE_TYPE.PARAGRAPH)
    small_head.base_style = small
    small_head.font.bold = True
    small_head.paragraph_format.keep_with_next = True
    caption = styles.add_style("Table Caption", WD_STYLE_TYPE.PARAGRAPH)
    caption.base_style = normal
    caption.font.bold = True
    caption.paragraph_format.keep_with_next = True
    caption.paragraph_format.space_before = Pt(12)
    bullet = styles["List Bullet"]
    bullet.paragraph_format.space_after = Pt(4)
    bullet.paragraph_format.line_spacing = 1.0
    notice = styles.add_style("Draft Notice", WD_STYLE_TYPE.PARAGRAPH)
    notice.base_style = normal
    notice.font.bold = True
    notice.font.color.rgb = RGBColor(0xB5, 0x28, 0x14)


def _shade(cell, fill: str) -> None:
    from docx.oxml import OxmlElement
    from docx.oxml.ns import qn

    shd = OxmlElement("w:shd")
    shd.set(qn("w:val"), "clear")
    shd.set(qn("w:color"), "auto")
    shd.set(qn("w:fill"), fill)
    tcpr = cell._tc.get_or_add_tcPr()
    after = [qn(t) for t in ("w:noWrap", "w:tcMar", "w:textDirection", "w:tcFitText", "w:vAlign", "w:hideMark")]
    nxt = next((c for c in tcpr if c.tag in after), None)
    if nxt is not None:
        nxt.addprevious(shd)
    else:
        tcpr.append(shd)


def _header_row(row) -> None:
    """Mark a row as the table's header: Word repeats it on every page and reads it as headers; never split."""
    from docx.oxml import OxmlElement
    from docx.oxml.ns import qn

    trpr = row._tr.get_or_add_trPr()
    for tag in ("w:cantSplit", "w:tblHeader"):  # schema order: cantSplit before tblHeader
        el = OxmlElement(tag)
        el.set(qn("w:val"), "true")
        trpr.append(el)


def _table_props(table, caption: str, description: str) -> None:
    """Alt text (caption and description) for assistive technology, as Word's Table Properties > Alt Text does."""
    from docx.oxml import OxmlElement
    from docx.oxml.ns import qn

    tblpr = table._tbl.tblPr
    for tag, val in (("w:tblCaption", caption), ("w:tblDescription", description)):
        el = OxmlElement(tag)
        el.set(qn("w:val"), val)
        tblpr.append(el)


def _add_blocks(cell_or_doc, bl: tuple[Block, ...], *, style: str, first=None, placeholder: bool = False) -> None:
    """Paragraphs and lists as real Word paragraphs; the first reuses a cell's own (required) paragraph."""
    from docx.enum.text import WD_COLOR_INDEX

    par = first
    for b in bl:
        for k, item in enumerate(b.items):
            pstyle = {"p": style, "ul": "List Bullet", "ol": style}[b.kind]
            if par is None:
                par = cell_or_doc.add_paragraph(style=pstyle)
            else:
                par.style = pstyle
            if b.kind == "ol":
                from docx.shared import Cm

                par.paragraph_format.left_indent = Cm(0.75)
                par.paragraph_format.first_line_indent = Cm(-0.75)
                par.paragraph_format.tab_stops.add_tab_stop(Cm(0.75))
                item = f"{b.start + k}.\t{item}"
            run = par.add_run(item)
            if placeholder:
                run.italic = True
                run.font.highlight_color = WD_COLOR_INDEX.YELLOW
            par = None


def _bookmark(par, name: str, bid: int) -> None:
    """A bookmark around a paragraph's text, the target of a cross-reference."""
    from docx.oxml import OxmlElement
    from docx.oxml.ns import qn

    start, end = OxmlElement("w:bookmarkStart"), OxmlElement("w:bookmarkEnd")
    start.set(qn("w:id"), str(bid))
    start.set(qn("w:name"), name)
    end.set(qn("w:id"), str(bid))
    par._p.insert(1 if par._p.pPr is not None else 0, start)
    par._p.append(end)


def _internal_link(par, text: str, bookmark: str) -> None:
    """A hyperlink to a bookmark in the same document, drawn as a link (blue, underlined)."""
    from docx.oxml import OxmlElement
    from docx.oxml.ns import qn

    link = OxmlElement("w:hyperlink")
    link.set(qn("w:anchor"), bookmark)
    run = OxmlElement("w:r")
    rpr = OxmlElement("w:rPr")
    color, underline = OxmlElement("w:color"), OxmlElement("w:u")
    color.set(qn("w:val"), "1D70B8")
    underline.set(qn("w:val"), "single")
    rpr.append(color)
    rpr.append(underline)
    run.append(rpr)
    t = OxmlElement("w:t")
    t.text = text
    t.set(qn("xml:space"), "preserve")
    run.append(t)
    link.append(run)
    par._p.append(link)


def _bookmark_name(category_id: str, index: dict[str, int]) -> str:
    """Word bookmark names are at most 40 letters, digits and underscores, starting with a letter."""
    return f"cat_{index[category_id]}"


def _docx_table(doc, headers, widths, *, style_head: str, caption: str, description: str):
    """A table with its header row marked (repeated on every page), its columns at the given widths in cm."""
    from docx.shared import Cm

    table = doc.add_table(rows=1, cols=len(headers))
    table.style = "Table Grid"
    table.autofit = False
    _table_props(table, caption, description)
    for col, w in zip(table.columns, widths, strict=True):
        col.width = Cm(w)
    hdr = table.rows[0]
    _header_row(hdr)
    for cell, h, w in zip(hdr.cells, headers, widths, strict=True):
        cell.width = Cm(w)
        par = cell.paragraphs[0]
        par.style = style_head
        par.add_run(h)
        _shade(cell, "E8F0F8")
    return table


def render_docx(view: AppendixView) -> bytes:
    from docx import Document
    from docx.enum.section import WD_ORIENT, WD_SECTION
    from docx.enum.text import WD_ALIGN_PARAGRAPH
    from docx.oxml import parse_xml
    from docx.shared import Cm

    doc = Document()
    _docx_setup(doc, view)
    doc.add_heading(view.title, level=1)
    if view.draft:
        doc.add_paragraph(f"{DRAFT_NOTICE} Responses not yet written are marked {PLACEHOLDER}.", style="Draft Notice")
    _add_blocks(doc, view.introduction, style="Normal")
    for n, text in view.action_areas:
        doc.add_paragraph(f"{n}.\t{text}", style="Action Area")

    widths = view.widths(PORTRAIT_CM, DOCX_PT)
    table = _docx_table(
        doc, view.headers, widths, style_head="Table Heading", caption=view.caption,
        description="For each category of comment or concern: the number of mentions, the response and the action "
        "areas that apply. Other concerns follow the counted ones.",
    )  # fmt: skip
    rows = view.main_rows + view.other_rows
    index = {r.category_id: k for k, r in enumerate(rows)}
    targets = {r.see.category_id for r in rows if r.see}

    def add_row(r: Row) -> None:
        cells = table.add_row().cells
        for cell, w in zip(cells, widths, strict=True):
            cell.width = Cm(w)
            cell.paragraphs[0].style = "Table Text"
        cells[0].paragraphs[0].add_run(r.title)
        if r.category_id in targets:
            _bookmark(cells[0].paragraphs[0], _bookmark_name(r.category_id, index), index[r.category_id])
        if r.mentions is not None:  # the interval on a line of its own: Word would break it after its dash
            run = cells[1].paragraphs[0].add_run(str(r.mentions))
            if r.interval:
                run.add_break()
                cells[1].paragraphs[0].add_run(f"({r.interval})")
        first = cells[2].paragraphs[0]
        _add_blocks(cells[2], r.response, style="Table Text", first=first, placeholder=r.placeholder)
        if r.see:
            par = first if not r.response else cells[2].add_paragraph(style="Table Text")
            par.add_run(r.see.lead)
            _internal_link(par, r.see.label, _bookmark_name(r.see.category_id, index))
            par.add_run(r.see.tail)
        cells[3].paragraphs[0].add_run(r.action_areas)

    for r in view.main_rows:
        add_row(r)
    if view.other_rows:
        cells = table.add_row().cells
        merged = cells[0].merge(cells[3])
        merged.width = Cm(sum(widths))
        merged.paragraphs[0].style = "Table Heading"
        merged.paragraphs[0].add_run(view.other_heading)
        _shade(merged, "F3F2F1")
        for r in view.other_rows:
            add_row(r)
    if view.interval_note:
        doc.add_paragraph(view.interval_note, style="Normal")

    if view.breakdown:
        b = view.breakdown
        if b.landscape:
            sec = doc.add_section(WD_SECTION.NEW_PAGE)
            sec.orientation = WD_ORIENT.LANDSCAPE
            sec.page_width, sec.page_height = Cm(29.7), Cm(21)
            for side in ("left_margin", "right_margin", "top_margin", "bottom_margin"):
                setattr(sec, side, Cm(WIDE_MARGIN_CM))
        doc.add_heading(b.title, level=2).paragraph_format.page_break_before = not b.landscape
        for part in b.parts:
            if len(b.parts) > 1:
                doc.add_paragraph(part.caption, style="Table Caption")
            t2 = _docx_table(
                doc, (view.headers[0], *part.types), part.widths, style_head="Small Heading",
                caption=part.caption, description="One row per category, as in the table above; one column per "
                f"{b.label}.",
            )  # fmt: skip
            for title, vals in part.rows:
                cells = t2.add_row().cells
                for c, text, w in zip(cells, (title, *map(str, vals)), part.widths, strict=True):
                    c.width = Cm(w)
                    c.paragraphs[0].style = "Small Text"
                    c.paragraphs[0].add_run(text)
                for c in cells[1:]:
                    c.paragraphs[0].alignment = WD_ALIGN_PARAGRAPH.RIGHT  # so the digits line up

    if view.draft:
        header = doc.sections[0].header
        header.is_linked_to_previous = False
        hp = header.paragraphs[0]._p
        hp.addprevious(parse_xml(_WATERMARK.format(w=_W, notice=DRAFT_NOTICE)))
        hp.getparent().remove(hp)
    buf = io.BytesIO()
    doc.save(buf)
    return buf.getvalue()


def render(view: AppendixView, fmt: str, out: str | Path) -> Path:
    """Write one format atomically."""
    if fmt not in FORMATS:
        raise ConsultError("E502", f"unknown format '{fmt}'. Use one of: {', '.join(FORMATS)}.")
    if fmt == "html":
        return atomic_write_text(out, render_html(view))
    if fmt == "md":
        return atomic_write_text(out, render_md(view))
    if fmt == "pdf":
        return atomic_write_bytes(out, render_pdf(view))
    return atomic_write_bytes(out, fixed_zip(render_docx(view)))
