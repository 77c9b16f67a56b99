"""The appendix in HTML, Word, PDF and Markdown from one view model.

One view model feeds every format, so the four documents never disagree. The layout follows the published
"you said, we did" appendix: title, introduction, numbered action areas, then the table "Category of
comment/concern | No. of mentions | Response | Action Area 1 to 4" ordered by mentions, then the "Other concerns"
rows without counts. Templates autoescape; Word is built with python-docx; the PDF is WeasyPrint's tagged PDF/UA
rendering of the same HTML, whose print stylesheet repeats the header row on every page.
"""

from __future__ import annotations

import datetime as dt
import io
import re
from dataclasses import dataclass, field
from pathlib import Path

import pandas as pd
from jinja2 import Environment, PackageLoader, select_autoescape

from .artefacts import atomic_write_bytes, atomic_write_text, fixed_zip
from .codebook import Codebook, ConsultationFacts
from .errors import ConsultError
from .text import BULLET, NUMBERED

FORMATS = ("html", "docx", "pdf", "md")
PLACEHOLDER = "[Response to be written]"
DRAFT_NOTICE = "Draft – not for publication."
CAPTION = "Comments and concerns raised, and the response to each"
OTHER_HEADING = "Other concerns"
INTERVAL_NOTE = (
    "The range after each number is a 95% interval for the true number of responses that raised the concern. It "
    "allows for the errors the coding model made when checked against responses coded by people, so it can lie "
    "above the number counted where the model is known to miss that concern."
)


@dataclass(frozen=True)
class Block:
    """A paragraph ('p'), a bullet list ('ul') or a numbered list ('ol') of a multi-paragraph text."""

    kind: str
    items: tuple[str, ...]
    start: int = 1


@dataclass(frozen=True)
class Row:
    category_id: str
    title: str
    mentions: int | None
    interval: str
    response: tuple[Block, ...]
    action_areas: str
    placeholder: bool = False

    @property
    def mentions_text(self) -> str:
        if self.mentions is None:
            return ""
        return f"{self.mentions} ({self.interval})" if self.interval else str(self.mentions)


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
    breakdown_by: str = "respondent type"
    breakdown_types: tuple[str, ...] = ()
    breakdown_rows: tuple[tuple[str, tuple[int, ...]], ...] = field(default_factory=tuple)
    unwritten: tuple[str, ...] = ()
    caption: str = CAPTION
    other_heading: str = OTHER_HEADING

    @property
    def interval_note(self) -> str:
        """Said under the table whenever intervals are shown: what the range means, and why it can exclude the count."""
        return INTERVAL_NOTE if self.show_intervals else ""

    @property
    def headers(self) -> tuple[str, str, str, str]:
        """The published column headings; the last names the range of action areas ('Action Area 1 to 4')."""
        nums = [n for n, _ in self.action_areas]
        areas = "Action Area" if len(nums) < 2 else f"Action Area {min(nums)} to {max(nums)}"
        mentions = "No. of mentions (95% interval)" if self.show_intervals else "No. of mentions"
        return ("Category of comment/concern", mentions, "Response", areas)

    @property
    def breakdown_title(self) -> str:
        return f"Mentions by {self.breakdown_by}"


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


def _introduction(facts: ConsultationFacts) -> str:
    """The written introduction, plus the period and number of responses when it does not state them."""
    intro = facts.introduction.strip()
    extra = []
    if facts.period and _date(facts.period.start) not in intro and facts.period.start.isoformat() not in intro:
        extra.append(f"The consultation period ran from {_date(facts.period.start)} to {_date(facts.period.end)}.")
    if facts.responses_received is not None and not re.search(rf"\b{facts.responses_received}\b", intro):
        n = facts.responses_received
        extra.append(f"{n} response{'s were' if n != 1 else ' was'} received.")
    return intro + ("\n\n" + " ".join(extra) if extra else "")


def build_view(
    facts: ConsultationFacts,
    codebook: Codebook,
    counts: pd.DataFrame,
    *,
    draft: bool = False,
    show_intervals: bool = False,
    breakdown: pd.DataFrame | None = None,
    lang: str = "en-GB",
    source: str | Path = "counts",
) -> AppendixView:
    """Main rows ordered by mentions (ties keep codebook order); other rows in codebook order, without counts.

    source names the counts file in error messages.
    """
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
    if show_intervals and not {"low", "high"} <= set(counts.columns):
        raise ConsultError(
            "E500", f"{source}: --show-intervals needs the low and high columns that `consult-nlp count` writes."
        )
    main, other = [], []
    for order, c in enumerate(codebook.categories):
        unwritten = not c.response.strip()
        resp = blocks(PLACEHOLDER) if unwritten and draft else blocks(c.response)
        is_main = c.section == "main"
        mentions = int(counts.loc[c.id, "mentions"]) if is_main else None
        interval = ""
        if show_intervals and is_main:
            interval = f"{int(counts.loc[c.id, 'low'])}–{int(counts.loc[c.id, 'high'])}"
        row = Row(c.id, c.title, mentions, interval, resp, _areas(c.action_areas), unwritten and draft)
        (main if is_main else other).append((-(mentions or 0), order, row))
    main_rows = tuple(r for *_, r in sorted(main, key=lambda x: (x[0], x[1])))
    types: tuple[str, ...] = ()
    brows: list[tuple[str, tuple[int, ...]]] = []
    by = "respondent type"
    if breakdown is not None and len(breakdown):
        cols = [c for c in breakdown.columns if c not in ("category_id", "mentions")]
        if not cols:
            raise ConsultError(
                "E500", "breakdown: needs a column besides category_id and mentions, e.g. respondent_type."
            )
        col = cols[0]
        by = col.replace("_", " ")
        types = tuple(sorted(breakdown[col].astype(str).unique()))
        piv = breakdown.pivot_table(index="category_id", columns=col, values="mentions", aggfunc="sum", fill_value=0)
        for r in main_rows:
            vals = tuple(int(piv.loc[r.category_id, t]) if r.category_id in piv.index else 0 for t in types)
            brows.append((r.title, vals))
    return AppendixView(
        title=facts.title,
        lang=lang,
        introduction=blocks(_introduction(facts)),
        action_areas=tuple(sorted(facts.action_areas.items())),
        main_rows=main_rows,
        other_rows=tuple(r for *_, r in sorted(other, key=lambda x: x[1])),
        draft=draft,
        show_intervals=show_intervals,
        breakdown_by=by,
        breakdown_types=types,
        breakdown_rows=tuple(brows),
        unwritten=tuple(c.id for c in codebook.categories if not c.response.strip()),
    )


# -- HTML and PDF -------------------------------------------------------------------------------------------------
def _env() -> Environment:
    return Environment(
        loader=PackageLoader("consult_nlp", "templates"),
        autoescape=select_autoescape(enabled_extensions=("html", "htm", "xml", "j2"), default=True),
        trim_blocks=True,
        lstrip_blocks=True,
        keep_trailing_newline=True,
    )


def render_html(view: AppendixView) -> str:
    return _env().get_template("appendix.html.j2").render(v=view, placeholder=PLACEHOLDER, notice=DRAFT_NOTICE)


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


def _md_cell(bl: tuple[Block, ...], placeholder: bool = False) -> str:
    """A cell's paragraphs and lists on one table line, separated by <br> as GitHub and pandoc read them."""
    parts = []
    for b in bl:
        if b.kind == "p":
            text = md_escape(b.items[0])
            parts.append(f"*{text}*" if placeholder else text)
        else:
            marks = ["•"] * len(b.items) if b.kind == "ul" else [f"{b.start + i}." for i in range(len(b.items))]
            parts.append("<br>".join(f"{m} {md_escape(i)}" for m, i in zip(marks, b.items, strict=True)))
    return "<br><br>".join(parts)


def render_md(view: AppendixView) -> str:
    env = _env()
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


def render_docx(view: AppendixView) -> bytes:
    from docx import Document
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

    # 17 cm: A4 less 2 cm margins, in the published proportions; intervals need a wider count column
    widths = [Cm(6.2), Cm(2.5), Cm(6.7), Cm(1.6)] if view.show_intervals else [Cm(6.2), Cm(1.9), Cm(7.3), Cm(1.6)]
    table = doc.add_table(rows=1, cols=4)
    table.style = "Table Grid"
    table.autofit = False
    _table_props(
        table, view.caption, "For each category of comment or concern: the number of mentions, the response and "
        "the action areas that apply. Categories are ordered by number of mentions; other concerns follow."
    )  # fmt: skip
    for col, w in zip(table.columns, widths, strict=True):
        col.width = w
    hdr = table.rows[0]
    _header_row(hdr)
    for cell, h, w in zip(hdr.cells, view.headers, widths, strict=True):
        cell.width = w
        par = cell.paragraphs[0]
        par.style = "Table Heading"
        par.add_run(h)
        _shade(cell, "E8F0F8")

    def add_row(r: Row) -> None:
        cells = table.add_row().cells
        for cell, w in zip(cells, widths, strict=True):
            cell.width = w
            cell.paragraphs[0].style = "Table Text"
        cells[0].paragraphs[0].add_run(r.title)
        if r.mentions is not None:
            cells[1].paragraphs[0].add_run(r.mentions_text)
        _add_blocks(cells[2], r.response, style="Table Text", first=cells[2].paragraphs[0], placeholder=r.placeholder)
        cells[3].paragraphs[0].add_run(r.action_areas)

    for r in view.main_rows:
        add_row(r)
    if view.other_rows:
        cells = table.add_row().cells
        merged = cells[0].merge(cells[3])
        merged.width = sum(widths, Cm(0))
        merged.paragraphs[0].style = "Table Heading"
        merged.paragraphs[0].add_run(view.other_heading)
        _shade(merged, "F3F2F1")
        for r in view.other_rows:
            add_row(r)
    if view.interval_note:
        doc.add_paragraph(view.interval_note, style="Normal")

    if view.breakdown_rows:
        doc.add_heading(view.breakdown_title, level=2)
        t2 = doc.add_table(rows=1, cols=1 + len(view.breakdown_types))
        t2.style = "Table Grid"
        _table_props(
            t2, f"Mentions of each category by {view.breakdown_by}", "One row per category, as in the table above."
        )
        _header_row(t2.rows[0])
        for cell, h in zip(t2.rows[0].cells, ("Category of comment/concern",) + view.breakdown_types, strict=True):
            cell.paragraphs[0].style = "Table Heading"
            cell.paragraphs[0].add_run(h)
            _shade(cell, "E8F0F8")
        for title, vals in view.breakdown_rows:
            cells = t2.add_row().cells
            for c, text in zip(cells, (title, *map(str, vals)), strict=True):
                c.paragraphs[0].style = "Table Text"
                c.paragraphs[0].add_run(text)

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
