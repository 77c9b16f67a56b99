"""Looking at the appendix as a reader does: its pages as images, against reference images of the Kent appendix.

The PDF's pages come from pdftoppm; Word's from LibreOffice headless, through PDF. The comparison (look.py) sees
where the ink is, not how each glyph was rasterised. UPDATE_REFERENCE=1 rewrites the reference images and the README's
page images after a deliberate change of layout: look at them before committing.
"""

import os
import re
from pathlib import Path

import pandas as pd
import pytest
from look import DPI, SOFFICE, TOLERANCE, distance, docx_to_pdf, pdf_images, save_reference, save_thumbnail
from test_render import KENT, html_text, joined, need, need_pdftotext, pdf_pages, pdf_text, words

from consult_nlp import render as rendering
from consult_nlp.codebook import load_consultation, load_labels
from consult_nlp.count import breakdown, count_mentions
from consult_nlp.render import build_view, render

pytestmark = pytest.mark.slow  # PDF, Word through LibreOffice and images: make test runs them, make test-fast does not
REPO = Path(__file__).resolve().parents[1]
REFERENCE = Path(__file__).parent / "fixtures" / "reference"
DOCS = REPO / "docs" / "images"
UPDATE = os.environ.get("UPDATE_REFERENCE") == "1"
README_PAGES = {"pdf": (1, 2), "docx": (2,)}  # the pages the README shows


def need_soffice() -> None:
    need(SOFFICE is not None, "LibreOffice (libreoffice-writer-nogui)")


def kent_view(**options):
    """Kent's appendix as published: every response coded by people (labels_true), the counts as published."""
    cons = load_consultation(KENT)
    truth = load_labels(KENT / "labels_true.csv", cons.codebook)
    counts = count_mentions(truth, cons.codebook)
    if options.pop("intervals", False):  # a run's shape: estimates and intervals beside the coded counts
        counts = counts.assign(low=counts["mentions"] - 17, high=counts["mentions"] + 23,
                               estimated_mentions=counts["mentions"] + 2)  # fmt: skip
        options["show_intervals"] = True
    if options.pop("with_breakdown", False):
        options["breakdown"] = breakdown(truth, cons.responses)
    return build_view(cons.facts, cons.codebook, counts, **options)


@pytest.fixture(scope="module")
def kent_files(tmp_path_factory):
    out = tmp_path_factory.mktemp("kent-look")
    view = kent_view()
    for fmt in ("pdf", "docx", "html"):
        render(view, fmt, out / f"appendix.{fmt}")
    return out


@pytest.fixture(scope="module")
def kent_pages(kent_files):
    need_pdftotext()
    need_soffice()
    return {
        "pdf": pdf_images(kent_files / "appendix.pdf"),
        "docx": pdf_images(docx_to_pdf(kent_files / "appendix.docx", kent_files / "word")),
    }


def _update(fmt: str, pages, pdf: Path) -> None:
    for old in REFERENCE.glob(f"kent-{fmt}-*.png"):
        old.unlink()
    for k, im in enumerate(pages, 1):
        save_reference(im, REFERENCE / f"kent-{fmt}-{k}.png")
    big = pdf_images(pdf, 60)
    for k in README_PAGES[fmt]:
        save_thumbnail(big[k - 1], DOCS / f"kent-appendix-{fmt}-page-{k}.png")


@pytest.mark.parametrize("fmt", ["pdf", "docx"])
def test_kent_pages_look_like_the_reference_images(kent_pages, kent_files, fmt, record_property):
    pages = kent_pages[fmt]
    if UPDATE:
        _update(fmt, pages, kent_files / ("appendix.pdf" if fmt == "pdf" else "word/appendix.pdf"))
    refs = sorted(REFERENCE.glob(f"kent-{fmt}-*.png"), key=lambda p: int(re.findall(r"\d+", p.stem)[-1]))
    assert refs, f"no reference images for {fmt}; UPDATE_REFERENCE=1 makes them"
    assert len(pages) == len(refs), f"{fmt}: {len(pages)} pages, the reference has {len(refs)}"
    from PIL import Image

    d = [round(distance(Image.open(ref), page), 3) for ref, page in zip(refs, pages, strict=True)]
    record_property(f"distance_{fmt}", d)
    assert max(d) <= TOLERANCE, f"{fmt}: pages differ from the reference by {d} (tolerance {TOLERANCE})"


def test_the_comparison_forgives_rasterisation_but_sees_layout(kent_files, kent_pages, tmp_path, monkeypatch):
    """The test above can fail: a column 1 cm wider fails it; pages drawn without antialiasing, or at another
    resolution, pass."""
    pdf = kent_files / "appendix.pdf"
    pages = kent_pages["pdf"]
    for other in (pdf_images(pdf, DPI, "-aa", "no", "-aaVector", "no"),
                  [im.resize(p.size) for im, p in zip(pdf_images(pdf, DPI + 1), pages, strict=True)]):  # fmt: skip
        assert max(distance(a, b) for a, b in zip(pages, other, strict=True)) <= TOLERANCE
    assert min(distance(a, b) for a, b in zip(pages, pages[1:], strict=False)) > TOLERANCE
    widths = rendering.AppendixView.widths

    def wider_category(self, total, size):
        w = widths(self, total, size)
        return (w[0] + 1, w[1], w[2] - 1, w[3])

    monkeypatch.setattr(rendering.AppendixView, "widths", wider_category)
    wider = pdf_images(render(kent_view(), "pdf", tmp_path / "wider.pdf"))
    moved = [distance(a, b) for a, b in zip(pages, wider, strict=False)]
    assert max(moved) > TOLERANCE, moved


def _fragments(pdf: Path, html: Path) -> list[str]:
    """Words in the PDF that are not words of the same document's HTML: pieces of broken words.

    A line may break after '/' or '-' (as the published appendix does), so such pieces are joined first; list
    numbers and bullets are drawn by the renderer, not written.
    """
    source = set(joined(words(html_text(html))))
    drawn = joined(words(pdf_text(pdf, "-raw")))
    return [w for w in drawn if w not in source and not re.fullmatch(r"\d+\.|•", w)]


def test_no_word_is_broken_in_the_kent_pdf(kent_files):
    need_pdftotext()
    assert _fragments(kent_files / "appendix.pdf", kent_files / "appendix.html") == []


def test_the_demo_layout_with_its_breakdown_reads_in_at_most_ten_pages(tmp_path, record_property):
    """A run's appendix with the breakdown by respondent type (12 columns) and intervals: no broken word, no page
    crushed, at most 10 pages."""
    need_pdftotext()
    view = kent_view(intervals=True, with_breakdown=True, count="coded")
    assert len(view.breakdown.types) == 11 and view.breakdown.landscape
    pdf, html = render(view, "pdf", tmp_path / "a.pdf"), render(view, "html", tmp_path / "a.html")
    assert _fragments(pdf, html) == []
    n = pdf_pages(pdf)
    record_property("pages", n)
    assert n <= 10
    # the breakdown's pages are landscape, and its category column holds whole titles, not four letters a line
    from pypdf import PdfReader

    sizes = [(round(float(p.mediabox.width)), round(float(p.mediabox.height))) for p in PdfReader(pdf).pages]
    assert sizes[0] == (595, 842) and sizes[-1] == (842, 595)
    last = pdf_text(pdf, "-raw", page=n)
    assert "Mainstream education, based on inclusion, is not suitable for all" in " ".join(last.split())


def test_a_table_that_crushed_its_columns_would_be_caught(tmp_path):
    """The fragment check finds the issue's "Consi / dera / ble": columns too narrow for their words."""
    need_pdftotext()
    view = kent_view(with_breakdown=True)
    html = render(view, "html", tmp_path / "a.html")
    crushed = html.read_text(encoding="utf-8").replace("overflow-wrap: normal", "overflow-wrap: anywhere")
    crushed = crushed.replace("section.breakdown.wide { page: wide; }", "")
    from weasyprint import HTML

    pdf = tmp_path / "crushed.pdf"
    HTML(string=crushed).write_pdf(pdf)
    assert len(_fragments(pdf, html)) > 20


@pytest.mark.parametrize("fmt", ["html", "md", "docx", "pdf"])
def test_a_reference_names_its_concern_wherever_the_rows_fall(tmp_path, fmt):
    """Kent's 'See response in relation to issue above.' once the model's counts put another row above it."""
    from test_render import EXTRACT

    if fmt == "pdf":
        need_pdftotext()
    view = kent_view()
    counts = pd.DataFrame({"category_id": [r.category_id for r in view.main_rows],
                           "mentions": [266, 105, 106, 102, 103, 81, 87, 81]})  # fmt: skip
    cons = load_consultation(KENT, labels=False)
    demo = build_view(cons.facts, cons.codebook, counts, count="coded")
    ids = [r.category_id for r in demo.main_rows]
    assert ids.index("cluster-management-burden") < ids.index("not-enough-information")  # no longer above it
    text = " ".join(EXTRACT[fmt](render(demo, fmt, tmp_path / f"a.{fmt}")).split())
    assert "See the response to ‘Not enough information has been given…’." in text
    assert "issue above" not in text
    if fmt == "html":
        html = (tmp_path / "a.html").read_text(encoding="utf-8")
        assert '<a href="#cat-not-enough-information">Not enough information has been given…</a>' in html
        assert '<tr role="row" id="cat-not-enough-information"' in html
    if fmt == "docx":  # an internal link to a bookmark on the concern's title
        import zipfile

        body = zipfile.ZipFile(tmp_path / "a.docx").read("word/document.xml").decode()
        anchor = re.search(r'<w:hyperlink w:anchor="([^"]+)"', body).group(1)
        assert re.search(rf'<w:bookmarkStart w:id="\d+" w:name="{anchor}"/>', body)
