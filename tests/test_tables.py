"""The tables declared once: typed reads, validated atomic writes, formula safety, what a missing column means."""

import pandas as pd
import pytest

from consult_nlp import ConsultError
from consult_nlp.tables import ALL, ASSIGNMENTS, COUNTS, RESPONSES, assignments_from_file, read_csv, write_csv


def test_formula_cells_neutralised_and_restored(tmp_path):
    df = pd.DataFrame({"response_id": ["a", "b"], "text": ['=HYPERLINK("x")', "- a bullet"], "n": [1, 2]})
    p = write_csv(tmp_path / "x.csv", df)
    raw = p.read_text()
    assert "'=HYPERLINK" in raw and "'- a bullet" in raw
    back = read_csv(p, ["response_id", "text"])
    assert list(back["text"]) == ['=HYPERLINK("x")', "- a bullet"]


def test_read_types_columns_and_fills_defaults(tmp_path):
    p = tmp_path / "a.csv"
    p.write_text("response_id,category_id,score,low_confidence\nR1,x,0.5,True\nR2,y,0.25,False\n")
    a = ASSIGNMENTS.read(p)
    assert list(a.columns[:6]) == ASSIGNMENTS.names
    assert a["score"].dtype == float and a["low_confidence"].dtype == bool
    assert list(a["coded_by"]) == ["human", "human"]  # no coded_by: labels.csv format, all human codes


def test_old_assignments_source_column_means_who_coded():
    df = pd.DataFrame({"response_id": ["R1"], "category_id": ["x"], "source": ["model"]})
    assert list(assignments_from_file(df, "old.csv")["coded_by"]) == ["model"]


def test_missing_column_and_bad_numbers_name_file_row_and_column(tmp_path):
    p = tmp_path / "c.csv"
    p.write_text("category_id,mentions\nx,3\ny,lots\n")
    with pytest.raises(ConsultError) as e:
        COUNTS.read(p)
    assert e.value.code == "E500" and "row 3" in str(e.value) and "'mentions'" in str(e.value)
    p.write_text("category_id;mentions\nx;3\n")
    with pytest.raises(ConsultError) as e:
        COUNTS.read(p)
    assert e.value.code == "E106" and "separator" in str(e.value)


def test_key_must_be_unique(tmp_path):
    p = tmp_path / "r.csv"
    p.write_text("response_id,text\nR1,a\nR1,b\n")
    with pytest.raises(ConsultError) as e:
        RESPONSES.read(p)
    assert e.value.code == "E107" and "row 3" in str(e.value)


def test_written_tables_validate_and_read_back_the_same(tmp_path):
    for table in ALL:
        df = table.empty()
        p = table.write(tmp_path / table.name, df)
        assert list(table.read(p).columns) == table.names


def test_folder_or_non_utf8_file_is_a_clear_error(tmp_path):
    with pytest.raises(ConsultError) as e:
        read_csv(tmp_path, ["x"])
    assert e.value.code == "E101"
    p = tmp_path / "latin.csv"
    p.write_bytes("response_id,text\nR1,caf\xe9\n".encode("cp1252"))
    with pytest.raises(ConsultError) as e:
        read_csv(p, ["response_id"])
    assert e.value.code == "E105" and "line 2" in str(e.value)
