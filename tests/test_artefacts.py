import os
import stat

import pytest

from consult_nlp import ConsultError
from consult_nlp.artefacts import OutputSet, atomic_write_text, safe_cell


def test_safe_cell_leaves_numbers_and_plain_text():
    assert safe_cell(-3) == -3
    assert safe_cell("plain") == "plain"
    assert safe_cell("@SUM(A1)") == "'@SUM(A1)"


def test_atomic_write_leaves_no_temp(tmp_path):
    atomic_write_text(tmp_path / "a.txt", "hello")
    assert [p.name for p in tmp_path.iterdir()] == ["a.txt"]


def test_outputs_get_ordinary_permissions(tmp_path):
    p = atomic_write_text(tmp_path / "b.txt", "x")
    mask = os.umask(0)
    os.umask(mask)
    assert stat.S_IMODE(p.stat().st_mode) == 0o666 & ~mask


def test_output_set_swaps_in_whole_and_carries_other_files(tmp_path):
    out = tmp_path / "run"
    with OutputSet(out) as stage:
        (stage / "a.txt").write_text("one")
        (stage / "b.txt").write_text("one")
    assert {p.name for p in out.iterdir()} == {"a.txt", "b.txt"}
    (out / "mine.xlsx").write_text("someone's review")  # not a run output: kept
    (out / "discover").mkdir()
    (out / "discover" / "themes.csv").write_text("t")
    with OutputSet(out, previous={"a.txt", "b.txt"}) as stage:
        (stage / "a.txt").write_text("two")
        # before the swap the reader still sees the old complete set
        assert (out / "a.txt").read_text() == "one" and (out / "b.txt").exists()
    assert (out / "a.txt").read_text() == "two"
    assert not (out / "b.txt").exists()  # the old run's output that this run did not write is gone
    assert (out / "mine.xlsx").read_text() == "someone's review"
    assert (out / "discover" / "themes.csv").read_text() == "t"
    assert not list(tmp_path.glob(".run.staging-*"))  # nothing left behind


def test_output_set_failure_keeps_the_previous_set(tmp_path):
    out = tmp_path / "run"
    with OutputSet(out) as stage:
        (stage / "a.txt").write_text("one")
    with pytest.raises(RuntimeError), OutputSet(out, previous={"a.txt"}) as stage:
        (stage / "a.txt").write_text("half")
        raise RuntimeError("killed")
    assert (out / "a.txt").read_text() == "one"
    assert not list(tmp_path.glob(".run.staging-*"))


def test_output_set_refuses_a_file_as_target(tmp_path):
    (tmp_path / "f").write_text("x")
    with pytest.raises(ConsultError) as e, OutputSet(tmp_path / "f"):
        pass
    assert e.value.code == "E503"
