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

import re
from pathlib import Path

from jinja2 import Environment, PackageLoader, select_autoescape

# the view model's names that callers (pipeline, report, tests) take from here, where they always were
from .appendix import COUNT_CHOICES as COUNT_CHOICES
from .appendix import COUNT_COLUMN as COUNT_COLUMN
from .appendix import DRAFT_NOTICE, FORMATS, PLACEHOLDER, AppendixView, Row
from .appendix import ORDERS as ORDERS
from .appendix import areas_header as areas_header
from .appendix import blocks as blocks
from .appendix import build_view as build_view
from .appendix import whole_numbers as whole_numbers
from .artefacts import atomic_write_bytes, atomic_write_text, fixed_zip
from .errors import ConsultError
from .word import render_docx


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
