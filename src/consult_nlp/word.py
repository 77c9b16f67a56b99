"""The appendix as a Word document, built with python-docx from the view model (appendix.py): a real table whose
header row repeats, heading styles, bookmarks for the cross-references, title and language.
"""

from __future__ import annotations

import io

from .appendix import (
    BREAKDOWN_PT,
    CAPTION,
    DOCX_PT,
    DRAFT_NOTICE,
    PLACEHOLDER,
    PORTRAIT_CM,
    WIDE_MARGIN_CM,
    AppendixView,
    Block,
    Row,
)

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
    if view.campaign_note:
        doc.add_paragraph(view.campaign_note, style="Normal")

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
