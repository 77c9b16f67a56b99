"""The appendix in HTML, Word, PDF and Markdown from one view model.

One view model feeds every format, so the four documents never disagree. Templates autoescape; Word is built
with python-docx; the PDF is WeasyPrint's tagged PDF/UA rendering of the same HTML.
"""

from __future__ import annotations

import datetime as dt
import io
import re
from dataclasses import dataclass, field
from pathlib import Path

import pandas as pd
from jinja2 import Environment, PackageLoader, select_autoescape

from . import ConsultError
from .artefacts import atomic_write_bytes, atomic_write_text
from .codebook import Codebook, ConsultationFacts

FORMATS = ("html", "docx", "pdf", "md")
PLACEHOLDER = "[Response to be written]"


@dataclass(frozen=True)
class Block:
    """A paragraph ('p') or a bullet list ('ul') of a multi-paragraph cell."""

    kind: str
    items: tuple[str, ...]


@dataclass(frozen=True)
class Row:
    category_id: str
    title: str
    mentions: int | None
    interval: str
    response: tuple[Block, ...]
    action_areas: str


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
    breakdown_types: tuple[str, ...] = ()
    breakdown_rows: tuple[tuple[str, tuple[int, ...]], ...] = field(default_factory=tuple)


def blocks(text: str) -> tuple[Block, ...]:
    """Paragraphs are separated by blank lines; lines starting with '- ' or '• ' are bullet items."""
    out: list[Block] = []
    for para in re.split(r"\n\s*\n", (text or "").strip()):
        lines = [ln.strip() for ln in para.split("\n") if ln.strip()]
        prose: list[str] = []
        bullets: list[str] = []
        for ln in lines:
            m = re.match(r"^[-•*]\s+(.*)$", ln)
            if m:
                if prose:
                    out.append(Block("p", (" ".join(prose),)))
                    prose = []
                bullets.append(m.group(1))
            elif bullets and not prose:
                bullets[-1] += " " + ln  # a wrapped bullet line
            else:
                prose.append(ln)
        if bullets:
            out.append(Block("ul", tuple(bullets)))
        if prose:
            out.append(Block("p", (" ".join(prose),)))
    return tuple(out)


def _areas(areas: tuple[int, ...]) -> str:
    return "&".join(str(a) for a in sorted(areas))


def _date(d: dt.date) -> str:
    day = d.day
    suffix = "th" if 11 <= day % 100 <= 13 else {1: "st", 2: "nd", 3: "rd"}.get(day % 10, "th")
    return f"{day}{suffix} {d.strftime('%B %Y')}"


def build_view(
    facts: ConsultationFacts,
    codebook: Codebook,
    counts: pd.DataFrame,
    *,
    draft: bool = False,
    show_intervals: bool = False,
    breakdown: pd.DataFrame | None = None,
    lang: str = "en-GB",
) -> AppendixView:
    """Main rows ordered by mentions (ties keep codebook order); other rows in codebook order, without counts."""
    counts = counts.set_index("category_id")
    missing = [c.id for c in codebook.categories if c.section == "main" and c.id not in counts.index]
    if missing:
        raise ConsultError(f"counts: no row for main categories {missing}. Run `consult-nlp count` again.")
    intro = facts.introduction
    if facts.responses_received is not None and str(facts.responses_received) not in intro and facts.period:
        intro += (
            f"\n\nThe consultation period ran from {_date(facts.period.start)} to {_date(facts.period.end)}. "
            f"{facts.responses_received} responses were received."
        )
    main, other = [], []
    for order, c in enumerate(codebook.categories):
        resp = c.response.strip() or (PLACEHOLDER if draft else "")
        mentions = int(counts.loc[c.id, "mentions"]) if c.id in counts.index else None
        interval = ""
        if show_intervals and c.id in counts.index and "low" in counts.columns:
            interval = f"{int(counts.loc[c.id, 'low'])}–{int(counts.loc[c.id, 'high'])}"
        row = Row(
            c.id,
            c.title,
            mentions if c.section == "main" else None,
            interval,
            blocks(resp),
            _areas(c.action_areas),
        )
        (main if c.section == "main" else other).append((-(mentions or 0), order, row))
    types: tuple[str, ...] = ()
    brows: list[tuple[str, tuple[int, ...]]] = []
    if breakdown is not None and len(breakdown):
        col = [c for c in breakdown.columns if c not in ("category_id", "mentions")][0]
        types = tuple(sorted(breakdown[col].unique()))
        piv = breakdown.pivot_table(index="category_id", columns=col, values="mentions", aggfunc="sum", fill_value=0)
        for _, _, r in sorted(main):
            vals = tuple(int(piv.loc[r.category_id, t]) if r.category_id in piv.index else 0 for t in types)
            brows.append((r.title, vals))
    return AppendixView(
        title=facts.title,
        lang=lang,
        introduction=blocks(intro),
        action_areas=tuple(sorted(facts.action_areas.items())),
        main_rows=tuple(r for *_, r in sorted(main, key=lambda x: (x[0], x[1]))),
        other_rows=tuple(r for *_, r in sorted(other, key=lambda x: x[1])),
        draft=draft,
        show_intervals=show_intervals,
        breakdown_types=types,
        breakdown_rows=tuple(brows),
    )


def _env() -> Environment:
    return Environment(
        loader=PackageLoader("consult_nlp", "templates"),
        autoescape=select_autoescape(enabled_extensions=("html", "htm", "xml", "j2"), default=True),
        trim_blocks=True,
        lstrip_blocks=True,
        keep_trailing_newline=True,
    )


def render_html(view: AppendixView) -> str:
    return _env().get_template("appendix.html.j2").render(v=view)


def _md_escape(s: str) -> str:
    return s.replace("|", "\\|").replace("<", "&lt;").replace(">", "&gt;")


def render_md(view: AppendixView) -> str:
    env = _env()
    env.autoescape = False  # Markdown is not HTML; cells are escaped for pipes and angle brackets instead
    env.filters["md"] = _md_escape
    return env.get_template("appendix.md.j2").render(v=view)


def render_pdf(view: AppendixView) -> bytes:
    from weasyprint import HTML

    html = render_html(view)
    return HTML(string=html).write_pdf(pdf_variant="pdf/ua-1", pdf_identifier=False)


def render_docx(view: AppendixView) -> bytes:
    from docx import Document
    from docx.enum.section import WD_ORIENT
    from docx.oxml import OxmlElement
    from docx.oxml.ns import qn
    from docx.shared import Cm, Pt

    doc = Document()
    sec = doc.sections[0]
    sec.orientation = WD_ORIENT.LANDSCAPE
    sec.page_width, sec.page_height = sec.page_height, sec.page_width
    for side in ("left_margin", "right_margin", "top_margin", "bottom_margin"):
        setattr(sec, side, Cm(1.8))
    doc.core_properties.title = view.title
    doc.core_properties.language = view.lang
    styles = doc.styles
    for name in ("Normal", "Heading 1", "Heading 2", "List Bullet", "List Number"):
        rpr = styles[name].element.get_or_add_rPr()
        lang = rpr.find(qn("w:lang")) or OxmlElement("w:lang")
        lang.set(qn("w:val"), view.lang)
        rpr.append(lang)
    styles["Normal"].font.name = "Arial"
    styles["Normal"].font.size = Pt(11)
    styles["Normal"].paragraph_format.space_after = Pt(6)

    def add_blocks(container, bl: tuple[Block, ...], first_par=None):
        par = first_par
        for b in bl:
            for item in b.items:
                if par is None:
                    par = container.add_paragraph(style="List Bullet" if b.kind == "ul" else None)
                elif b.kind == "ul":
                    par.style = styles["List Bullet"]
                par.add_run(item)
                par = None

    doc.add_heading(view.title + (" (DRAFT)" if view.draft else ""), level=1)
    add_blocks(doc, view.introduction)
    for _n, text in view.action_areas:
        doc.add_paragraph(text, style="List Number")
    headers = ["Category of comment/concern", "No. of mentions", "Response", "Action Area 1 to 4"]
    table = doc.add_table(rows=1, cols=4)
    table.style = "Table Grid"
    widths = [Cm(7), Cm(2.5), Cm(13), Cm(2.5)]
    hdr = table.rows[0]
    trpr = hdr._tr.get_or_add_trPr()
    el = OxmlElement("w:tblHeader")
    el.set(qn("w:val"), "true")
    trpr.append(el)
    for cell, h, w in zip(hdr.cells, headers, widths, strict=True):
        cell.width = w
        cell.paragraphs[0].add_run(h).bold = True

    def add_row(r: Row | None, heading: str | None = None):
        cells = table.add_row().cells
        if heading is not None:
            merged = cells[0].merge(cells[3])
            merged.paragraphs[0].add_run(heading).bold = True
            return
        assert r is not None
        for cell, w in zip(cells, widths, strict=True):
            cell.width = w
        cells[0].paragraphs[0].add_run(r.title)
        m = "" if r.mentions is None else str(r.mentions)
        if r.interval:
            m += f" ({r.interval})"
        cells[1].paragraphs[0].add_run(m)
        add_blocks(cells[2], r.response, cells[2].paragraphs[0])
        cells[3].paragraphs[0].add_run(r.action_areas)

    for r in view.main_rows:
        add_row(r)
    if view.other_rows:
        add_row(None, "Other concerns")
        for r in view.other_rows:
            add_row(r)
    if view.breakdown_rows:
        doc.add_heading("Mentions by respondent type", level=2)
        t2 = doc.add_table(rows=1, cols=1 + len(view.breakdown_types))
        t2.style = "Table Grid"
        for cell, h in zip(t2.rows[0].cells, ("Category",) + view.breakdown_types, strict=True):
            cell.paragraphs[0].add_run(h).bold = True
        for title, vals in view.breakdown_rows:
            cells = t2.add_row().cells
            cells[0].text = title
            for c, v in zip(cells[1:], vals, strict=True):
                c.text = str(v)
    if view.draft:
        hp = sec.header.paragraphs[0]
        hp.text = "DRAFT – not for publication"
    buf = io.BytesIO()
    doc.save(buf)
    return buf.getvalue()


def render(view: AppendixView, fmt: str, out: str | Path) -> Path:
    """Write one format atomically."""
    if fmt not in FORMATS:
        raise ConsultError(f"unknown format '{fmt}'. Use one of: {', '.join(FORMATS)}.")
    if fmt == "html":
        return atomic_write_text(out, render_html(view))
    if fmt == "md":
        return atomic_write_text(out, render_md(view))
    if fmt == "pdf":
        return atomic_write_bytes(out, render_pdf(view))
    return atomic_write_bytes(out, render_docx(view))
