"""render: the published layout in four formats, accessible, and faithful to Kent's published appendix.

Rendered documents are checked through their extracted text (never their bytes): pdftotext for PDF, python-docx
for Word, the parsed HTML, and the Markdown with its markup removed.
"""

import difflib
import os
import re
import shutil
import subprocess
from collections import Counter
from dataclasses import replace
from html.parser import HTMLParser
from pathlib import Path

import pandas as pd
import pytest
from conftest import SHARED
from typer.testing import CliRunner

from consult_nlp import ConsultError
from consult_nlp.cli import app
from consult_nlp.codebook import Category, Codebook, load_consultation
from consult_nlp.render import PLACEHOLDER, areas_header, blocks, build_view, render, whole_numbers

REPO = Path(__file__).resolve().parents[1]
GOLDEN = Path(__file__).parent / "fixtures" / "golden"
KENT = REPO / "corpora" / "kent-send-locality"


SEED = SHARED / "seed" / "kcc-locality-model-appendix-two.txt"
AXE = REPO / "node_modules" / "axe-core" / "axe.min.js"
# `make test` installs the tools first and sets this, so there a missing tool fails instead of skipping
REQUIRE_TOOLS = os.environ.get("CONSULT_NLP_REQUIRE_TOOLS") == "1"


def need(ok: bool, what: str) -> None:
    if not ok:
        if REQUIRE_TOOLS:
            pytest.fail(f"{what} is missing; `make sysdeps` installs it")
        pytest.skip(f"{what} is missing; `make sysdeps` installs it")


def need_pdftotext() -> None:
    need(shutil.which("pdftotext") is not None, "pdftotext (poppler-utils)")


# -- text extraction -------------------------------------------------------------------------------------------
def pdf_text(path: Path, *args: str, page: int | None = None) -> str:
    pages = ["-f", str(page), "-l", str(page)] if page else []
    return subprocess.run(
        ["pdftotext", *args, *pages, str(path), "-"], capture_output=True, text=True, check=True
    ).stdout


def pdf_pages(path: Path) -> int:
    from pypdf import PdfReader

    return len(PdfReader(path).pages)


def docx_text(path: Path) -> str:
    """Body paragraphs and table cells in document order (merged cells once), as python-docx reads them."""
    from docx import Document
    from docx.table import Table
    from docx.text.paragraph import Paragraph

    doc = Document(str(path))
    out = []
    for el in doc.element.body.iterchildren():
        if el.tag.endswith("}p"):
            out.append(Paragraph(el, doc).text)
        elif el.tag.endswith("}tbl"):
            for row in Table(el, doc).rows:
                seen = []
                for cell in row.cells:
                    if cell._tc not in seen:
                        seen.append(cell._tc)
                        out.append(cell.text)
    return "\n".join(out)


INLINE = {"a", "span", "strong", "em", "b", "i", "abbr", "code"}  # text runs on across these; other tags separate


class _HTMLText(HTMLParser):
    """The text a reader gets: body text, no <head>, and the table rows as lists of cell texts."""

    def __init__(self):
        super().__init__()
        self.text, self.rows, self.skip = [], [], 0
        self._cell: list[str] | None = None

    def _gap(self, tag):
        if tag not in INLINE:
            self.text.append(" ")
            if self._cell is not None:
                self._cell.append(" ")

    def handle_starttag(self, tag, attrs):
        if tag in ("head", "style", "script"):
            self.skip += 1
        elif tag == "tr":
            self.rows.append([])
        elif tag in ("td", "th") and self.rows:
            self._cell = []
        self._gap(tag)

    def handle_endtag(self, tag):
        if tag in ("head", "style", "script"):
            self.skip -= 1
        elif tag in ("td", "th") and self._cell is not None:
            self.rows[-1].append(" ".join("".join(self._cell).split()))
            self._cell = None
        self._gap(tag)

    def handle_data(self, data):
        if not self.skip:
            self.text.append(data)
            if self._cell is not None:
                self._cell.append(data)


def html_parse(path: Path) -> _HTMLText:
    p = _HTMLText()
    p.feed(Path(path).read_text(encoding="utf-8"))
    return p


def html_text(path: Path) -> str:
    return "".join(html_parse(path).text)


def md_text(path: Path) -> str:
    """The Markdown as a reader of the rendered page sees it: no table pipes, rules, <br>, emphasis or escapes."""
    lines = []
    for ln in Path(path).read_text(encoding="utf-8").splitlines():
        if re.fullmatch(r"\|?[-:| ]+\|?", ln):
            continue
        ln = re.sub(r"^#+ |^Table: ", "", ln)
        ln = re.sub(r"(?<!\\)\|", " ", ln).replace("<br>", " ")
        ln = re.sub(r"(?<!\\)\*+", "", ln)
        lines.append(re.sub(r"\\(.)", r"\1", ln))
    return "\n".join(lines)


def md_rows(path: Path) -> list[list[str]]:
    rows = []
    for ln in Path(path).read_text(encoding="utf-8").splitlines():
        if ln.startswith("| ") and not re.fullmatch(r"\|[-:| ]+\|", ln):
            cells = re.split(r"(?<!\\)\|", ln.strip()[1:-1])
            rows.append([re.sub(r"\\(.)", r"\1", c.strip().replace("<br>", " ")).strip("*") for c in cells])
    return rows


def words(text: str) -> list[str]:
    return text.split()


def joined(ws: list[str]) -> list[str]:
    """Words a line break split after '/' or '-' joined again ('comment/' 'concern' -> 'comment/concern'; '/'
    'SENDCOs' -> '/SENDCOs'); a lone '-' is a dash between words ('Two - KCC's') and stays."""
    out: list[str] = []
    for w in ws:
        if out and (out[-1].endswith("/") or (out[-1].endswith("-") and len(out[-1]) > 1)):
            out[-1] += w
        else:
            out.append(w)
    return out


def ratio(a: list[str], b: list[str]) -> float:
    return difflib.SequenceMatcher(None, a, b, autojunk=False).ratio()


# -- the view model ---------------------------------------------------------------------------------------------
@pytest.fixture
def example(example_dir):
    return load_consultation(example_dir)


@pytest.fixture
def counts():
    return pd.DataFrame(
        {
            "category_id": ["evening-hours", "children-activities", "digital-access", "staffing"],
            "mentions": [9, 12, 10, 6],
            "estimated_mentions": [9, 12, 10, 6],
            "low": [7, 10, 8, 4],
            "high": [11, 14, 12, 8],
        }
    )


@pytest.fixture
def view(example, counts):
    return build_view(example.facts, example.codebook, counts, show_intervals=True)


def test_rows_ordered_by_mentions_and_other_last_without_counts(view):
    assert [r.category_id for r in view.main_rows] == ["children-activities", "digital-access", "evening-hours"]
    assert [r.mentions for r in view.main_rows] == [12, 10, 9]
    assert [r.category_id for r in view.other_rows] == ["staffing"]
    assert view.other_rows[0].mentions is None and view.other_rows[0].mentions_text == ""
    assert view.main_rows[0].action_areas == "1&2"
    assert view.headers == ("Category of comment/concern", "No. of mentions (95% interval)", "Response",
                            "Action Areas 1 and 2")  # fmt: skip


def test_campaign_handling_is_said_in_one_sentence_only_when_copies_change_a_count(example, counts, tmp_path):
    plain = build_view(
        example.facts, example.codebook, counts.assign(mentions_without_campaign_copies=counts["mentions"])
    )
    assert plain.campaign_note == ""
    fewer = counts.assign(mentions_without_campaign_copies=counts["mentions"] - [0, 4, 1, 0])
    v = build_view(example.facts, example.codebook, fewer)
    title = next(c.title for c in example.codebook.categories if c.id == "children-activities")
    assert v.campaign_note.count(". ") == 0 and f"\u201c{title}\u201d most, by 4." in v.campaign_note
    for fmt in ("md", "html", "docx"):
        out = render(v, fmt, tmp_path / f"appendix.{fmt}")
        if fmt == "docx":
            from docx import Document

            text = "\n".join(p.text for p in Document(str(out)).paragraphs)
        else:
            text = out.read_text(encoding="utf-8")
        assert "lower the count for" in text and "by 4." in text, fmt


def test_ties_keep_codebook_order(example, counts):
    v = build_view(example.facts, example.codebook, counts.assign(estimated_mentions=5))
    assert [r.category_id for r in v.main_rows] == ["evening-hours", "children-activities", "digital-access"]


def _intro(view) -> str:
    return " ".join(" ".join(b.items) for b in view.introduction)


def test_introduction_states_period_and_responses_where_the_writer_put_them(view):
    intro = _intro(view)
    assert "Exampleshire. The consultation period ran from 1st March 2024 to 12th April 2024. 36 responses were " \
           "received." in intro  # fmt: skip
    assert intro.endswith("with the council's response.") and view.warnings == ()


def _facts(example, **changes):
    return example.facts.model_copy(update=changes)


def test_the_writer_moves_rewords_or_drops_the_facts_sentence(example, counts):
    from consult_nlp.codebook import AppendixSettings

    def intro(**changes) -> tuple[str, tuple[str, ...]]:
        v = build_view(_facts(example, **changes), example.codebook, counts)
        return _intro(v), v.warnings

    text, warnings = intro(introduction="We consulted.\n\nWe will take three approaches:")
    assert text == "We consulted. We will take three approaches:"  # nothing added, least of all before the list
    assert "states neither the consultation period nor the number of responses" in warnings[0]
    text, warnings = intro(introduction="Between {period}, {responses_received} people wrote to us. {x} stays.")
    assert text == "Between 1st March 2024 to 12th April 2024, 36 people wrote to us. {x} stays." and not warnings
    text, _ = intro(introduction="{facts}\n\nThanks.", appendix=AppendixSettings(facts_sentence="We heard from "
                    "{responses_received} people between {start} and {end}."))  # fmt: skip
    assert text == "We heard from 36 people between 1st March 2024 and 12th April 2024. Thanks."
    with pytest.raises(ConsultError, match=r"introduction uses \{start\}, but 'period' is not set") as e:
        build_view(_facts(example, period=None, introduction="From {start}."), example.codebook, counts)
    assert e.value.code == "E103"


@pytest.mark.parametrize(
    "areas, header",
    [([1], "Action Area"), ([1, 2], "Action Areas 1 and 2"), ([1, 2, 3, 4], "Action Area 1 to 4"),
     ([1, 3, 5], "Action Areas 1, 3 and 5"), ([2, 1, 3], "Action Area 1 to 3")],
)  # fmt: skip
def test_action_area_header_reads_correctly_for_any_number_of_areas(areas, header):
    assert areas_header(areas) == header


@pytest.fixture
def estimated():
    """Counts where the coded number and the estimate disagree, one coded number outside its interval."""
    return pd.DataFrame(
        {
            "category_id": ["evening-hours", "children-activities", "digital-access", "staffing"],
            "mentions": [20, 12, 2, 6],
            "estimated_mentions": [15, 13, 40, 6],
            "low": [11, 10, 10, 4],
            "high": [19, 16, 111, 8],
        }
    )


def test_count_chooses_the_published_number_and_warns_outside_its_interval(example, estimated):
    est = build_view(example.facts, example.codebook, estimated)  # the default
    coded = build_view(example.facts, example.codebook, estimated, count="coded", show_intervals=True)
    assert est.count == "estimated" and [(r.category_id, r.mentions) for r in est.main_rows] == [
        ("digital-access", 40), ("evening-hours", 15), ("children-activities", 13)]  # fmt: skip
    assert est.warnings == ()
    assert [r.mentions_text for r in coded.main_rows] == ["20 (11–19)", "12 (10–16)", "2 (10–111)"]
    (warning,) = coded.warnings
    assert "outside its own 95% interval for 2 categories" in warning
    assert "evening-hours (20, interval 11–19)" in warning and "digital-access (2, interval 10–111)" in warning
    assert "children-activities" not in warning


def test_count_estimated_needs_its_column_but_the_default_falls_back_and_says_so(example, counts):
    counts = counts.drop(columns="estimated_mentions")
    with pytest.raises(ConsultError, match="--count estimated publishes the estimated_mentions column") as e:
        build_view(example.facts, example.codebook, counts, count="estimated", source="c.csv")
    assert e.value.code == "E500"
    v = build_view(example.facts, example.codebook, counts, source="c.csv")
    assert v.count == "coded" and "c.csv has no estimated_mentions column" in v.warnings[0]
    with pytest.raises(ConsultError, match="unknown count 'guess'") as e:
        build_view(example.facts, example.codebook, counts, count="guess")
    assert e.value.code == "E502"


def test_order_is_by_mentions_or_as_in_the_codebook(example, estimated):
    from consult_nlp.codebook import AppendixSettings

    v = build_view(example.facts, example.codebook, estimated, order="codebook")
    assert [r.category_id for r in v.main_rows] == ["evening-hours", "children-activities", "digital-access"]
    yaml_order = _facts(example, appendix=AppendixSettings(order="codebook"))
    assert build_view(yaml_order, example.codebook, estimated).main_rows == v.main_rows


def test_blocks_keep_paragraphs_bullets_and_numbers():
    b = blocks("One.\n\nTwo:\n- a\n- b\n  wrapped\n\nThree.\n\n3. x\n4. y")
    assert [(x.kind, x.items, x.start) for x in b] == [
        ("p", ("One.",), 1),
        ("p", ("Two:",), 1),
        ("ul", ("a", "b wrapped"), 1),
        ("p", ("Three.",), 1),
        ("ol", ("x", "y"), 3),
    ]


def test_draft_puts_placeholder_only_where_no_response(example, counts):
    plain = build_view(example.facts, example.codebook, counts)
    draft = build_view(example.facts, example.codebook, counts, draft=True)
    assert plain.unwritten == draft.unwritten == ("digital-access",)
    row = {r.category_id: r for r in draft.main_rows}
    assert row["digital-access"].placeholder and row["digital-access"].response[0].items == (PLACEHOLDER,)
    assert not row["evening-hours"].placeholder
    assert {r.category_id: r for r in plain.main_rows}["digital-access"].response == ()


@pytest.mark.parametrize(
    "change, message",
    [
        (lambda c: c[c.category_id != "evening-hours"], "no row for main categories ['evening-hours']"),
        (lambda c: pd.concat([c, c.head(1)]), "more than one row"),
        (lambda c: c.assign(category_id=c.category_id.replace("staffing", "parking")), "['parking'] are not in"),
    ],
)
def test_counts_that_do_not_fit_the_codebook_are_named(example, counts, change, message):
    with pytest.raises(ConsultError, match=re.escape(message)):
        build_view(example.facts, example.codebook, change(counts), source="counts.csv")


def test_counts_must_be_whole_numbers():
    df = pd.DataFrame({"category_id": ["a", "b"], "mentions": ["3", "x"]})
    with pytest.raises(ConsultError, match=r"c.csv: row 3, column 'mentions' is 'x'"):
        whole_numbers(df, "c.csv", ("mentions",))
    assert whole_numbers(df.iloc[:1], "c.csv", ("mentions", "low"))["mentions"].tolist() == [3]


# -- HTML -------------------------------------------------------------------------------------------------------
def test_html_is_escaped(view, tmp_path):
    v = replace(view, title="<script>alert(1)</script> Appendix")
    v = replace(v, main_rows=(replace(v.main_rows[0], response=blocks('<img src=x onerror="alert(2)">')),))
    html = render(v, "html", tmp_path / "a.html").read_text()
    assert "<script>alert" not in html and "&lt;script&gt;" in html
    assert "<img" not in html and "&lt;img src=x" in html


def test_html_is_a_semantic_table(view, tmp_path):
    path = render(view, "html", tmp_path / "a.html")
    html = path.read_text()
    assert '<html lang="en-GB">' in html and "<title>Appendix A" in html
    assert html.count("<caption>") == 1
    assert re.findall(r'<th scope="col"[^>]*>([^<]*)</th>', html) == list(view.headers)
    assert len(re.findall(r'<th scope="row"', html)) == len(view.main_rows) + len(view.other_rows)
    assert '<th scope="rowgroup" colspan="4"' in html
    levels = [int(h) for h in re.findall(r"<h([1-6])[ >]", html)]
    assert levels[0] == 1 and all(b - a <= 1 for a, b in zip(levels, levels[1:], strict=False))
    rows = html_parse(path).rows
    assert rows[0] == list(view.headers)
    assert rows[1][:2] == ["Children's activities such as rhyme time must continue.", "12 (10–14)"]
    assert rows[1][3] == "1&2"
    assert "Rhyme time stays on weekday mornings." in rows[1][2]
    assert rows[-2] == ["Other concerns"] and rows[-1][1] == ""
    assert "@media print" in html and "display: table-header-group" in html


def test_html_breakdown_table(example, counts, tmp_path):
    by = pd.DataFrame(
        {"category_id": ["evening-hours", "evening-hours", "digital-access"],
         "respondent_type": ["Parent", "Working adult", "Parent"], "mentions": [2, 7, 10]}
    )  # fmt: skip
    v = build_view(example.facts, example.codebook, counts, breakdown=by)
    assert v.breakdown.types == ("Parent", "Working adult")  # most mentions first
    assert dict(v.breakdown.rows)["Evening opening is needed for people who work during the day."] == (2, 7)
    assert not v.breakdown.landscape and len(v.breakdown.parts) == 1  # two types fit a portrait page
    path = render(v, "html", tmp_path / "a.html")
    html = path.read_text()
    # one heading names the table; no caption repeats it
    assert '<h2 id="breakdown-title">Mentions by respondent type</h2>' in html
    assert "Mentions of each category by" not in html
    assert ["People rely on library computers and wifi.", "10", "0"] in html_parse(path).rows


# -- Markdown ---------------------------------------------------------------------------------------------------
def test_markdown_table_and_escaping(view, tmp_path):
    v = replace(view, title="Appendix *A* [x](javascript:alert(1)) | <b>")
    md = render(v, "md", tmp_path / "a.md").read_text()
    assert md.startswith(r"# Appendix \*A\* \[x\](javascript:alert(1)) \| \<b\>")
    assert "| Category of comment/concern | No. of mentions (95% interval) | Response | Action Areas 1 and 2 |" in md
    rows = md_rows(tmp_path / "a.md")
    assert rows[1][1] == "12 (10–14)" and rows[1][3] == "1&2"
    assert "Children's sessions will continue at every branch.<br><br>• Rhyme time stays" in md
    assert "| **Other concerns** | | | |" in md
    assert "1. Where concerns are based on a misunderstanding" in md


def test_markdown_renders_as_one_table_and_nothing_from_the_text_becomes_markup(view, tmp_path):
    markdown_it = pytest.importorskip("markdown_it")
    hostile = "Hello <b>bold</b> [x](javascript:alert(1)) **loud** | pipe"
    v = replace(view, title=hostile, main_rows=(replace(view.main_rows[0], title=hostile), *view.main_rows[1:]))
    html = markdown_it.MarkdownIt("commonmark").enable("table").render(render(v, "md", tmp_path / "a.md").read_text())
    assert html.count("<table>") == 1
    assert html.count("<tr>") == 1 + len(v.main_rows) + 1 + len(v.other_rows)
    assert html.count("<td>") == 4 * (len(v.main_rows) + 1 + len(v.other_rows))
    assert "<a " not in html and "<b>" not in html and "<strong>loud" not in html
    assert "<strong>Other concerns</strong>" in html and "<br>" in html


# -- Word -------------------------------------------------------------------------------------------------------
def _docx(view, tmp_path):
    from docx import Document

    return Document(str(render(view, "docx", tmp_path / "a.docx")))


def test_docx_real_table_with_repeating_header(view, tmp_path):
    from docx.oxml.ns import qn

    doc = _docx(view, tmp_path)
    table = doc.tables[0]
    assert [c.text for c in table.rows[0].cells] == list(view.headers)
    trpr = table.rows[0]._tr.trPr
    assert trpr.find(qn("w:tblHeader")).get(qn("w:val")) == "true"
    assert all(r._tr.trPr is None or r._tr.trPr.find(qn("w:tblHeader")) is None for r in table.rows[1:])
    body = [[c.text for c in r.cells] for r in table.rows[1:]]
    assert body[0][0] == "Children's activities such as rhyme time must continue."
    assert body[0][1] == "12\n(10–14)" and body[0][3] == "1&2"  # the interval on its own line, never split
    bullets = [p for p in table.rows[1].cells[2].paragraphs if p.style.name == "List Bullet"]
    assert [p.text for p in bullets] == [
        "Rhyme time stays on weekday mornings.",
        "Homework clubs move to after school.",
    ]
    assert body[-2] == ["Other concerns"] * 4  # one cell merged across the row
    assert body[-1][1] == ""
    assert table._tbl.tblPr.find(qn("w:tblCaption")).get(qn("w:val")) == view.caption


def test_docx_headings_title_and_language(view, tmp_path):
    from docx.oxml.ns import qn

    doc = _docx(view, tmp_path)
    assert doc.paragraphs[0].style.name == "Heading 1" and doc.paragraphs[0].text == view.title
    assert doc.core_properties.title == view.title and doc.core_properties.language == "en-GB"
    lang = doc.styles.element.find(qn("w:docDefaults")).find(qn("w:rPrDefault")).find(qn("w:rPr")).find(qn("w:lang"))
    assert lang.get(qn("w:val")) == "en-GB"
    areas = [p.text for p in doc.paragraphs if p.style.name == "Action Area"]
    assert areas[0].startswith("1.\tWhere concerns") and areas[1].startswith("2.\tWhere we have listened")


def test_docx_has_no_empty_paragraphs_for_spacing(example, counts, tmp_path):
    by = pd.DataFrame({"category_id": ["evening-hours"], "respondent_type": ["Parent"], "mentions": [9]})
    v = build_view(example.facts, example.codebook, counts, draft=True, breakdown=by)
    doc = _docx(v, tmp_path)
    assert doc.paragraphs and all(p.text.strip() for p in doc.paragraphs)
    for table in doc.tables:
        for row in table.rows:
            for cell in row.cells:
                # a cell must hold one paragraph; only an empty cell may have it empty
                assert len(cell.paragraphs) == 1 or all(p.text.strip() for p in cell.paragraphs)
    assert [p.style.name for p in doc.paragraphs if p.style.name.startswith("Heading")] == ["Heading 1", "Heading 2"]


def test_docx_draft_watermark_and_placeholder(example, counts, tmp_path):
    doc = _docx(build_view(example.facts, example.codebook, counts, draft=True), tmp_path)
    header = doc.sections[0].header
    assert "Draft – not for publication." in header.paragraphs[0].text
    assert 'string="DRAFT"' in header._element.xml and "v:textpath" in header._element.xml
    placeholder = [r for row in doc.tables[0].rows for p in row.cells[2].paragraphs for r in p.runs
                   if r.text == PLACEHOLDER]  # fmt: skip
    assert placeholder and placeholder[0].italic and placeholder[0].font.highlight_color is not None


# -- PDF --------------------------------------------------------------------------------------------------------
def _struct_tags(reader) -> set[str]:
    seen, tags, todo = set(), set(), [reader.trailer["/Root"]["/StructTreeRoot"]]
    while todo:
        node = todo.pop()
        node = node.get_object() if hasattr(node, "get_object") else node
        if isinstance(node, list):
            todo.extend(node)
            continue
        if not hasattr(node, "get") or id(node) in seen:
            continue
        seen.add(id(node))
        if "/S" in node:
            tags.add(str(node["/S"]))
        if "/K" in node:
            todo.append(node["/K"])
    return tags


def test_pdf_is_tagged_pdf_ua_with_title_and_language(view, tmp_path):
    from pypdf import PdfReader

    reader = PdfReader(render(view, "pdf", tmp_path / "a.pdf"))
    root = reader.trailer["/Root"]
    assert bool(root["/MarkInfo"]["/Marked"]) and "/StructTreeRoot" in root
    assert root["/Lang"] == "en-GB"
    assert root["/ViewerPreferences"]["/DisplayDocTitle"]
    assert reader.metadata.title == view.title
    xmp = reader.xmp_metadata.stream.get_data().decode()
    assert 'pdfuaid:part="1"' in xmp and view.title.replace("'", "&#39;")[:20] in xmp
    assert {"/H1", "/Table", "/TR", "/TH", "/TD", "/Caption", "/L", "/LI"} <= _struct_tags(reader)


@pytest.fixture
def long_view(example, counts):
    """A table long enough for several pages."""
    text = "The response runs to several sentences so that each row takes some room on the page. " * 6
    cats = tuple(
        Category(id=f"topic-{i:02d}", title=f"Topic number {i} raised by respondents", response=text,
                 action_areas=(1 + i % 2,), section="main" if i < 20 else "other")
        for i in range(26)
    )  # fmt: skip
    book = Codebook(categories=cats)
    c = pd.DataFrame({"category_id": [x.id for x in cats], "mentions": [100 - i for i in range(26)]})
    return build_view(example.facts, book, c)


def test_pdf_repeats_the_header_row_on_every_page(long_view, tmp_path):
    need_pdftotext()
    path = render(long_view, "pdf", tmp_path / "a.pdf")
    n = pdf_pages(path)
    assert n >= 3
    header = joined(words(" ".join(long_view.headers)))
    for page in range(1, n + 1):
        ws = joined(words(pdf_text(path, "-raw", page=page)))
        at = [i for i in range(len(ws)) if ws[i : i + len(header)] == header]
        assert len(at) == 1, f"page {page}: header row found {len(at)} times"
        assert ws[at[0] + len(header)] in ("Topic", "Other"), f"page {page}: no row after the header"


def _reddish_pixels(pdf: Path, tmp_path: Path) -> int:
    """Red-tinted pixels on page 1 right of the left margin (the draft notice's red bar sits in the margin)."""
    from PIL import Image

    subprocess.run(["pdftoppm", "-png", "-r", "30", "-f", "1", "-l", "1", str(pdf), str(tmp_path / "p")], check=True)
    im = Image.open(next(tmp_path.glob("p*.png"))).convert("RGB")
    px, (w, h) = im.load(), im.size
    return sum(1 for y in range(h) for x in range(int(w * 0.15), w) if px[x, y][0] - px[x, y][1] > 8)


def test_pdf_draft_watermark_is_visible(example, counts, tmp_path):
    need(shutil.which("pdftoppm") is not None, "pdftoppm (poppler-utils)")
    red = {}
    for draft in (False, True):
        out = tmp_path / f"d{draft}"
        out.mkdir()
        pdf = render(build_view(example.facts, example.codebook, counts, draft=draft), "pdf", out / "a.pdf")
        red[draft] = _reddish_pixels(pdf, out)
    assert red[False] == 0 and red[True] > 200, red


# -- golden files: the extracted text of the example appendix ----------------------------------------------------
EXTRACT = {
    "html": html_text,
    "md": md_text,
    "docx": docx_text,
    "pdf": lambda p: pdf_text(p, "-raw"),
}


@pytest.mark.parametrize("fmt", ["html", "md", "docx", "pdf"])
def test_golden_text(example, counts, tmp_path, fmt):
    """The words of each format, in order, match the reviewed golden file; UPDATE_GOLDEN=1 rewrites them."""
    if fmt == "pdf":
        need_pdftotext()
    by = pd.DataFrame({"category_id": ["evening-hours"], "respondent_type": ["Working adult"], "mentions": [9]})
    v = build_view(example.facts, example.codebook, counts, draft=True, show_intervals=True, breakdown=by)
    got = " ".join(joined(words(EXTRACT[fmt](render(v, fmt, tmp_path / f"a.{fmt}")))))
    golden = GOLDEN / f"example.{fmt}.txt"
    if os.environ.get("UPDATE_GOLDEN") == "1":
        golden.parent.mkdir(exist_ok=True)
        golden.write_text("\n".join(got.split(" ")) + "\n", encoding="utf-8")
    want = " ".join(golden.read_text(encoding="utf-8").split())
    assert got == want, "\n".join(difflib.unified_diff(want.split(), got.split(), "golden", "rendered", lineterm=""))


# -- Kent: faithful to the published appendix ------------------------------------------------------------------
# The published table (Appendix Two): category -> (No. of mentions, Action Area as printed); None = no count
PUBLISHED = {
    "mainstream-not-suitable": (261, "2"),
    "not-enough-information": (115, "3"),
    "cluster-management-burden": (112, "3"),
    "predictable-exceptional-definitions": (100, "2"),
    "more-specialist-places": (98, "1"),
    "cost-cutting": (87, "1"),
    "training-needed": (82, "3&4"),
    "funding-transparency": (80, "3&4"),
    "keep-specialist-placements": (None, "1"),
    "tatc-capacity": (None, "3"),
    "existing-services-fit": (None, "3"),
    "health-engagement": (None, "3"),
    "pcn-boundaries-mats": (None, "3&4"),
    "cluster-size": (None, "3&4"),
    "in-year-funding": (None, "2"),
    "dispute-resolution": (None, "3&4"),
    "bureaucracy-pressure": (None, "3&4"),
}
runner = CliRunner()


def seed_words() -> list[str]:
    need(SEED.exists(), f"the published appendix {SEED} (it lives outside the repository, in ../shared/seed)")
    return SEED.read_text(encoding="utf-8").split()


@pytest.fixture(scope="module")
def kent(tmp_path_factory):
    """Kent's appendix from labels_true, through the CLI exactly as a user runs it: count, then render."""
    out = tmp_path_factory.mktemp("kent")
    res = runner.invoke(app, ["count", "--consultation", str(KENT), "--assignments", str(KENT / "labels_true.csv"),
                              "--out", str(out / "counts.csv"), "--quiet"])  # fmt: skip
    assert res.exit_code == 0, res.output
    for fmt in ("html", "docx", "pdf", "md"):
        res = runner.invoke(app, ["render", "--consultation", str(KENT), "--counts", str(out / "counts.csv"),
                                  "--format", fmt, "--out", str(out / f"appendix.{fmt}"), "--quiet"])  # fmt: skip
        assert res.exit_code == 0, res.output
    cons = load_consultation(KENT, labels=False)
    counts = pd.read_csv(out / "counts.csv")
    return out, build_view(cons.facts, cons.codebook, counts)


def test_published_table_is_what_the_seed_says():
    """The table above, checked against the published text: each count follows its title; each area is in its row."""
    seed = joined(seed_words())
    cons = load_consultation(KENT, labels=False)
    starts = []
    for c in cons.codebook.categories:
        t = joined(words(c.title))
        k = min(6, len(t))
        at = [i for i in range(len(seed)) if seed[i : i + k] == t[:k]]  # a page break may split a long title
        assert len(at) == 1, c.id
        whole = seed[at[0] : at[0] + len(t)] == t
        starts.append((at[0], at[0] + (len(t) if whole else k)))
        assert whole or c.section == "other", f"{c.id}: a counted title must be whole, its count right after it"
    for k, c in enumerate(cons.codebook.categories):
        count, area = PUBLISHED[c.id]
        end = starts[k + 1][0] if k + 1 < len(starts) else len(seed)
        segment = seed[starts[k][1] : end]
        if count is not None:
            assert segment[0] == str(count), c.id
        assert area in segment, c.id


@pytest.mark.parametrize("fmt, mode", [("html", ""), ("docx", ""), ("pdf", ""), ("pdf", "-raw"), ("md", "")])
def test_kent_words_match_the_published_appendix(kent, fmt, mode, record_property):
    """At least 95% of the published words, in order (difflib ratio over word sequences)."""
    seed = seed_words()
    if fmt == "pdf":
        need_pdftotext()
    out, _ = kent
    path = out / f"appendix.{fmt}"
    text = pdf_text(path, *([mode] if mode else [])) if fmt == "pdf" else EXTRACT[fmt](path)
    r = ratio(words(text), seed)
    record_property(f"fidelity_{fmt}{mode}", round(r, 4))
    print(f"fidelity {fmt}{mode}: {r:.4f}")
    assert r >= 0.95, f"{fmt}{mode}: only {r:.3f} of the published words in order"


def _table_rows(rows: list[list[str]]) -> list[list[str]]:
    """Category rows: four cells, not the header row, not the 'Other concerns' row (one cell merged across four)."""
    return [r for r in rows[1:] if len(r) == 4 and r[3] and r[3] != r[0]]


def _pdf_rows(path: Path, view) -> dict[str, list[str]]:
    """Each row's words in the PDF that are not its title or response: its count and its action areas.

    pdftotext -raw gives the words in drawing order, row by row; the repeated header row, the 'Other concerns'
    row and list markers (drawn at the end of a page) are taken out first. A long row may split across pages, title
    and all: a row is found by its title's first words, and the rest of its title is taken out wherever it lies.
    """
    ws = joined(words(pdf_text(path, "-raw")))
    for drop in (joined(words(" ".join(view.headers))), ["Other", "concerns"], ["DRAFT"]):
        i = 0
        while i < len(ws):
            if ws[i : i + len(drop)] == drop:
                del ws[i : i + len(drop)]
            else:
                i += 1
    rows = view.main_rows + view.other_rows
    spans, pos = [], 0
    for r in rows:
        t = joined(words(r.title))[:6]
        i = next(i for i in range(pos, len(ws)) if ws[i : i + len(t)] == t)
        spans.append((i, i + len(t)))
        pos = i + len(t)
    out = {}
    for k, r in enumerate(rows):
        seg = ws[spans[k][1] : spans[k + 1][0] if k + 1 < len(rows) else len(ws)]
        rest = joined(words(r.title))[6:]
        # the rest of the title first (in one piece, or two when the row splits), then the response
        blocks = difflib.SequenceMatcher(None, seg, rest, autojunk=False).get_matching_blocks()
        drop = {i for a, _, n in blocks if n >= 3 for i in range(a, a + n)}
        seg = [w for i, w in enumerate(seg) if i not in drop]
        resp = joined(words(" ".join(p for p, _ in r.response_paragraphs())))
        ops = difflib.SequenceMatcher(None, seg, resp, autojunk=False).get_opcodes()
        left = [w for op, i1, i2, _, _ in ops if op in ("delete", "replace") for w in seg[i1:i2]]
        stray = Counter(rest)  # title words on the next page, after the row's first part
        kept = []
        for w in left:
            if stray[w]:
                stray[w] -= 1
            elif not re.fullmatch(r"\d+\.|•", w):
                kept.append(w)
        out[r.category_id] = kept
    return out


@pytest.mark.parametrize("fmt", ["html", "docx", "md", "pdf"])
def test_kent_counts_and_action_areas_in_their_rows(kent, fmt):
    from docx import Document

    out, view = kent
    path = out / f"appendix.{fmt}"
    cats = {r.category_id: r for r in view.main_rows + view.other_rows}
    assert [r.category_id for r in view.main_rows] == list(PUBLISHED)[:8]  # ordered by mentions, as published
    if fmt == "pdf":
        need_pdftotext()
        got = _pdf_rows(path, view)
        for cid, (count, area) in PUBLISHED.items():
            assert got[cid] == ([str(count)] if count is not None else []) + [area], cid
        return
    if fmt == "html":
        rows = html_parse(path).rows
    elif fmt == "md":
        rows = md_rows(path)
    else:
        rows = [[c.text for c in r.cells] for r in Document(str(path)).tables[0].rows]
    by_title = {" ".join(r[0].split()): r for r in _table_rows(rows)}
    for cid, (count, area) in PUBLISHED.items():
        row = by_title[" ".join(cats[cid].title.split())]
        assert row[1] == ("" if count is None else str(count)), cid
        assert row[3] == area, cid
    titles = [" ".join(r[0].split()) for r in _table_rows(rows)]
    assert titles == [" ".join(cats[c].title.split()) for c in PUBLISHED], "rows out of the published order"


# -- in a real browser: axe-core, reflow at 320 CSS px (400% zoom), printing --------------------------------------
@pytest.fixture(scope="module")
def chromium():
    from browser import CHROMIUM, Chromium

    need(CHROMIUM.exists(), f"Debian chromium ({CHROMIUM})")
    need(AXE.exists(), f"axe-core ({AXE.relative_to(REPO)}; `npm ci`)")
    with Chromium() as c:
        yield c


@pytest.fixture(scope="module")
def example_variants(tmp_path_factory, kent):
    """The pages checked in a browser: Kent as published; the example appendix with every option (draft, intervals,
    breakdown by respondent type); Kent with a run's options and its eleven respondent types."""
    from consult_nlp.codebook import load_labels
    from consult_nlp.count import breakdown

    out = tmp_path_factory.mktemp("variants")
    shutil.copytree(Path(__file__).parent / "fixtures" / "example", out / "example")
    cons = load_consultation(out / "example")
    counts = pd.DataFrame({"category_id": cons.codebook.ids, "mentions": [9, 12, 10, 6], "low": [7, 10, 8, 4],
                           "high": [11, 14, 12, 8]})  # fmt: skip
    by = pd.DataFrame({"category_id": ["evening-hours", "evening-hours", "digital-access"],
                       "respondent_type": ["Parent", "Working adult", "Parent"], "mentions": [2, 7, 10]})  # fmt: skip
    v = build_view(cons.facts, cons.codebook, counts, draft=True, show_intervals=True, breakdown=by)
    kent_cons = load_consultation(KENT)
    truth = load_labels(KENT / "labels_true.csv", kent_cons.codebook)
    kent_counts = pd.read_csv(kent[0] / "counts.csv").assign(low=lambda d: d["mentions"] - 9,
                                                             high=lambda d: d["mentions"] + 12)  # fmt: skip
    wide = build_view(kent_cons.facts, kent_cons.codebook, kent_counts, draft=True, show_intervals=True,
                      breakdown=breakdown(truth, kent_cons.responses))  # fmt: skip
    return {
        "kent": kent[0] / "appendix.html",
        "options": render(v, "html", out / "options.html"),
        "kent-breakdown": render(wide, "html", out / "kent-breakdown.html"),
    }


def _axe_report(result: dict) -> str:
    return "\n".join(
        f"{v['id']} ({v['impact']}): {v['help']} at {[n['target'] for n in v['nodes'][:3]]}"
        for v in result["violations"]
    )


@pytest.mark.parametrize("width", [1280, 320])
@pytest.mark.parametrize("which", ["kent", "options", "kent-breakdown"])
def test_axe_finds_no_wcag22_aa_violations(chromium, example_variants, which, width):
    path = example_variants[which]
    chromium.viewport(width)
    chromium.open(path)
    result = chromium.axe(AXE)
    assert result["testEngine"]["name"] == "axe-core" and result["toolOptions"]["runOnly"]["values"]
    assert result["violations"] == [], _axe_report(result)


@pytest.mark.parametrize("which", ["kent", "options", "kent-breakdown"])
def test_reflows_at_320_css_px_without_sideways_scrolling(chromium, example_variants, which, tmp_path):
    path = example_variants[which]
    chromium.viewport(320, 2000)
    chromium.open(path)
    assert chromium.evaluate("document.documentElement.scrollWidth") <= 320
    too_wide = chromium.evaluate(
        "[...document.querySelectorAll('main, main *')].filter(e => e.getBoundingClientRect().right > 320.5)"
        ".map(e => e.tagName + ' ' + (e.textContent || '').slice(0, 40))"
    )
    assert too_wide == []
    # every cell reads as a labelled line: the count and action area keep their column's name
    label = chromium.evaluate("getComputedStyle(document.querySelector('tbody td.num'), '::before').content")
    assert "No. of mentions" in label
    chromium.screenshot(tmp_path / "320.png")


def test_prints_with_the_header_row_on_every_page(chromium, kent, tmp_path):
    need_pdftotext()
    out, view = kent
    chromium.viewport(1280)
    chromium.open(out / "appendix.html")
    pdf = chromium.print_pdf(tmp_path / "printed.pdf")
    n = pdf_pages(pdf)
    assert n >= 3
    header = joined(words(" ".join(view.headers)))
    pages = [joined(words(pdf_text(pdf, "-raw", page=p))) for p in range(1, n + 1)]
    has = [any(ws[i : i + len(header)] == header for i in range(len(ws))) for ws in pages]
    first = has.index(True)
    assert all(has[first:]), f"header row missing on printed pages {[i + 1 for i, h in enumerate(has) if not h]}"
    printed = [w for ws in pages for w in ws]
    assert ratio(printed, joined(words(html_text(out / "appendix.html")))) > 0.9


def test_cli_render_names_bad_counts_and_unwritten_responses(example_dir, tmp_path):
    bad = tmp_path / "counts.csv"
    bad.write_text("category_id,mentions\nevening-hours,many\n", encoding="utf-8")
    args = ["render", "--consultation", str(example_dir), "--counts", str(bad), "--format", "md", "--out"]
    res = runner.invoke(app, [*args, str(tmp_path / "a.md")])
    assert res.exit_code == 1 and "Traceback" not in res.output
    assert f"{bad}: row 2, column 'mentions' is 'many'" in res.output
    bad.write_text("category_id,mentions\nevening-hours,3\nchildren-activities,2\ndigital-access,1\n", encoding="utf-8")
    res = runner.invoke(app, [*args, str(tmp_path / "a.pdfx"), "--format", "pdfx"])
    assert res.exit_code == 1 and "unknown format 'pdfx'" in res.output
    res = runner.invoke(app, [*args, str(tmp_path / "a.md")])
    assert res.exit_code == 0 and "1 response(s) not written yet (digital-access)" in res.output
    assert not (tmp_path / "a.pdfx").exists()


@pytest.mark.parametrize("fmt", ["html", "md", "docx"])
def test_intervals_come_with_a_note_saying_what_they_mean(example, counts, tmp_path, fmt):
    with_iv = build_view(example.facts, example.codebook, counts, show_intervals=True)
    without = build_view(example.facts, example.codebook, counts)
    text = " ".join(words(EXTRACT[fmt](render(with_iv, fmt, tmp_path / f"a.{fmt}"))))
    plain = " ".join(words(EXTRACT[fmt](render(without, fmt, tmp_path / f"b.{fmt}"))))
    assert "95% interval for the true number" in text and "interval" not in plain
