"""layout: column widths from the content, so no word is broken and the table is about as short as it can be."""

import pytest

from consult_nlp.layout import Column, column_widths, lines, text_width, widest_word, words_of


def test_widths_follow_helvetica_metrics():
    # Helvetica's AFM: 'n' is 556/1000 em, bold 611; 'i' 222; a space 278
    assert text_width("n", 72) == pytest.approx(0.556 * 2.54)
    assert text_width("n", 72, bold=True) == pytest.approx(0.611 * 2.54)
    assert text_width("in i", 72) == pytest.approx((222 + 556 + 278 + 222) / 1000 * 2.54)
    assert text_width("é’–", 10) == pytest.approx((556 + 222 + 556) / 1000 * 10 / 72 * 2.54)  # as e, quoteright, endash
    assert text_width("mentions", 10) < text_width("mentions", 10, bold=True)


def test_a_line_breaks_at_spaces_and_after_hyphens_only():
    assert words_of("decision-making is co-ordinated") == ["decision-", "making", "is", "co-", "ordinated"]
    assert widest_word(["a Considerable b"], 10) == pytest.approx(text_width("Considerable", 10))


def test_number_columns_fit_their_widest_word_and_text_columns_share_the_rest():
    title = tuple(((t, False),) for t in ["A long title about many things " * 3, "Short", "Another title " * 4])
    count = tuple(((t, False),) for t in ["261", "2050 (1089–1534)", ""])
    resp = tuple(((t, False),) for t in ["word " * 120, "word " * 10, "word " * 60])
    cols = [Column("Category of comment/concern", title), Column("No. of mentions", count, fit=True),
            Column("Response", resp), Column("Action Area 1 to 4", (((("3&4"), False),),) * 3, fit=True)]  # fmt: skip
    w = column_widths(cols, 17.0, 10.5)
    assert sum(w) == pytest.approx(17.0, abs=0.01)
    assert w[1] >= text_width("(1089–1534)", 10.5) and w[1] >= text_width("mentions", 10.5, bold=True)
    assert w[1] < text_width("No. of mentions", 10.5, bold=True) + 0.5  # the header wraps at its space
    assert w[3] >= text_width("Action", 10.5, bold=True)
    assert w[2] > w[0]  # the longer text gets more room


def test_the_split_is_nearly_the_shortest_and_then_the_most_even():
    title = tuple(((t, False),) for t in ["word " * 30] * 5)
    resp = tuple(((t, False),) for t in ["word " * 60] * 5)
    a, b = column_widths([Column("T", title), Column("R", resp)], 16.0, 10)
    heights = {}
    for k in range(10, 150):
        wa = k / 10
        heights[wa] = sum(max(lines(ca, wa, 10), lines(cb, 16 - wa, 10)) for ca, cb in zip(title, resp, strict=True))
    shortest = min(heights.values())
    assert heights[round(a, 1)] <= shortest * 1.05 + 1
    assert a == pytest.approx(max(w for w, h in heights.items() if h <= shortest * 1.05 and w <= 8), abs=0.2)
