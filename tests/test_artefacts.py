import pandas as pd

from consult_nlp.artefacts import atomic_write_csv, atomic_write_text, safe_cell
from consult_nlp.codebook import read_table


def test_formula_cells_neutralised_and_restored(tmp_path):
    df = pd.DataFrame({"response_id": ["a", "b"], "text": ['=HYPERLINK("x")', "- a bullet"], "n": [1, 2]})
    p = atomic_write_csv(tmp_path / "x.csv", df)
    raw = p.read_text()
    assert "'=HYPERLINK" in raw and "'- a bullet" in raw
    back = read_table(p, ["response_id", "text"])
    assert list(back["text"]) == ['=HYPERLINK("x")', "- a bullet"]


def test_safe_cell_leaves_numbers_and_plain_text():
    assert safe_cell(-3) == -3
    assert safe_cell("plain") == "plain"
    assert safe_cell("@SUM(A1)") == "'@SUM(A1)"


def test_atomic_write_leaves_no_temp(tmp_path):
    atomic_write_text(tmp_path / "a.txt", "hello")
    assert [p.name for p in tmp_path.iterdir()] == ["a.txt"]


def test_outputs_get_ordinary_permissions(tmp_path):
    import os
    import stat

    p = atomic_write_text(tmp_path / "b.txt", "x")
    mask = os.umask(0)
    os.umask(mask)
    assert stat.S_IMODE(p.stat().st_mode) == 0o666 & ~mask
