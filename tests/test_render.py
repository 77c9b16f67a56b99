import io
import re

import pandas as pd
import pytest

from consult_nlp.codebook import load_consultation
from consult_nlp.render import blocks, build_view, render


@pytest.fixture
def view(example_dir):
    c = load_consultation(example_dir)
    counts = pd.DataFrame(
        {
            "category_id": c.codebook.ids,
            "mentions": [9, 12, 10, 6],
            "low": [7, 10, 8, 4],
            "high": [11, 14, 12, 8],
        }
    )
    return build_view(c.facts, c.codebook, counts, show_intervals=True)


def test_rows_ordered_by_mentions_and_other_last(view):
    assert [r.category_id for r in view.main_rows] == [
        "children-activities",
        "digital-access",
        "evening-hours",
    ]
    assert [r.category_id for r in view.other_rows] == ["staffing"]
    assert view.main_rows[0].action_areas == "1&2"


def test_blocks_keep_paragraphs_and_bullets():
    b = blocks("One.\n\nTwo:\n- a\n- b\n\nThree.")
    assert [(x.kind, x.items) for x in b] == [
        ("p", ("One.",)),
        ("p", ("Two:",)),
        ("ul", ("a", "b")),
        ("p", ("Three.",)),
    ]


def test_html_is_escaped_and_semantic(view, tmp_path):
    from dataclasses import replace

    v = replace(view, title="<script>alert(1)</script> Appendix")
    html = render(v, "html", tmp_path / "a.html").read_text()
    assert "<script>alert" not in html and "&lt;script&gt;" in html
    assert '<html lang="en-GB">' in html and "<caption>" in html and 'scope="col"' in html
    assert "10 (8–12)" in html


def test_all_formats_carry_the_same_text(view, tmp_path):
    from docx import Document
    from pypdf import PdfReader

    md = render(view, "md", tmp_path / "a.md").read_text()
    docx = Document(io.BytesIO(render(view, "docx", tmp_path / "a.docx").read_bytes()))
    pdf = PdfReader(render(view, "pdf", tmp_path / "a.pdf"))
    dtext = "\n".join(p.text for p in docx.paragraphs) + "\n".join(
        c.text for t in docx.tables for row in t.rows for c in row.cells
    )
    ptext = re.sub(r"\s+", " ", " ".join(p.extract_text() for p in pdf.pages))
    for text in (md, dtext, ptext):
        assert "Rhyme time stays on weekday mornings." in text
        assert "Concerns about volunteers replacing staff." in text
    assert pdf.metadata.title.startswith("Appendix A")
