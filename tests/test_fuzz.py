"""Generated hostile inputs: every one ends in a clear error (ConsultError) or a good result, never another exception,
and never a changed input. Derandomised, so CI sees the same cases on every machine."""

import hashlib
import shutil
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from consult_nlp import ConsultError
from consult_nlp.codebook import load_consultation
from consult_nlp.ingest import ingest
from consult_nlp.pipeline import count_file

FIXTURES = Path(__file__).parent / "fixtures"
pytestmark = pytest.mark.slow  # ~1 minute: part of make test, not of the fast tier
FUZZ = settings(max_examples=40, deadline=None, derandomize=True,
                suppress_health_check=[HealthCheck.function_scoped_fixture, HealthCheck.too_slow])  # fmt: skip

# pieces that have broken parsers before: quotes, separators, control characters, formulas, odd Unicode
NASTY = ["\x00", "\x07", "\x1b[31m", "\r", "\n", '"', "'", ",", ";", "\t", "=SUM(A1)", "+1", "-2+3", "@x",
         "\ufeff", "\u200b", "é", "ß", "😀", "\\", "{{ 7*7 }}", "<script>", "- ", "#", ":", "[", "]", "&"]  # fmt: skip
text = st.lists(st.one_of(st.sampled_from(NASTY), st.text(max_size=12)), max_size=12).map("".join)


def digest(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


def fresh(tmp_path: Path, n: int) -> Path:
    dst = tmp_path / f"c{n}"
    shutil.copytree(FIXTURES / "example", dst)
    return dst


_counter = iter(range(10**9))


@FUZZ
@given(
    title=text,
    intro=text,
    extra=st.sampled_from(
        ["", "title: again\n", "period: {start: 2024-13-01}\n", "action_areas: [1, 2]\n", "responses_received: -3\n"]
    ),
)
def test_consultation_yaml(tmp_path, title, intro, extra):
    folder = fresh(tmp_path, next(_counter))
    body = f"title: {title!r}\nintroduction: {intro!r}\n{extra}action_areas:\n  1: 'a'\n  2: 'b'\n"
    path = folder / "consultation.yaml"
    path.write_text(body, encoding="utf-8", errors="surrogatepass") if "\ud800" not in body else None
    before = digest(path)
    try:
        load_consultation(folder)
    except ConsultError as e:
        assert e.code.startswith("E1") and str(path) in str(e)
    assert digest(path) == before


@FUZZ
@given(cells=st.lists(st.tuples(text, text, text), min_size=1, max_size=6),
       encoding=st.sampled_from(["utf-8", "utf-8-sig", "cp1252", "utf-16", "latin-1"]))  # fmt: skip
def test_survey_csv(tmp_path, cells, encoding):
    n = next(_counter)
    src = tmp_path / f"export{n}.csv"
    lines = ["response_id,text,respondent_type"] + [",".join(c) for c in cells]
    try:
        src.write_bytes("\n".join(lines).encode(encoding))
    except UnicodeEncodeError:
        return  # not a file that encoding can hold
    before = digest(src)
    try:
        report = ingest([src], tmp_path / f"out{n}" / "responses.csv")
        assert report.rows_out >= 0
        out = (tmp_path / f"out{n}" / "responses.csv").read_text(encoding="utf-8")
        assert "\x00" not in out and "\x1b" not in out  # control characters never reach an output
    except ConsultError as e:
        assert e.code[:2] in ("E1", "E2")
    assert digest(src) == before


@FUZZ
@given(rows=st.lists(st.tuples(st.sampled_from(["R01", "R02", "R99", "", " R03"]),
                               st.one_of(st.sampled_from(["evening-hours", "staffing", "", "nope"]), text)),
                     max_size=8))  # fmt: skip
def test_assignments_file_for_count(tmp_path, rows):
    folder = fresh(tmp_path, next(_counter))
    a = folder.parent / f"{folder.name}-a.csv"
    a.write_text("response_id,category_id\n" + "\n".join(f'"{r}","{c}"' for r, c in rows) + "\n", encoding="utf-8")
    before = {p.name: digest(p) for p in folder.iterdir()} | {a.name: digest(a)}
    try:
        count_file(folder, a, folder.parent / f"{folder.name}-counts.csv")
    except ConsultError as e:
        assert e.code[:2] in ("E1", "E5")
    assert {p.name: digest(p) for p in folder.iterdir()} | {a.name: digest(a)} == before


@pytest.mark.parametrize("garbage", [b"", b"\x00" * 64, b"\xff\xfe\x00", b"PK\x03\x04junk", "é,\n".encode("cp1252")])
def test_garbage_bytes_as_a_survey_export(tmp_path, garbage):
    src = tmp_path / "export.csv"
    src.write_bytes(garbage)
    with pytest.raises(ConsultError) as e:
        ingest([src], tmp_path / "out" / "responses.csv")
    assert e.value.code[:2] in ("E1", "E2") and "export.csv" in str(e.value)
    assert src.read_bytes() == garbage
