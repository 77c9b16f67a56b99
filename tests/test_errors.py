"""Coded errors: every code used is declared, and the README's table is the same as errors.CODES."""

import re
from pathlib import Path

import pytest

import consult_nlp
from consult_nlp.errors import CODES, ConsultError

SRC = Path(consult_nlp.__file__).parent
README = (Path(__file__).resolve().parents[1] / "README.md").read_text(encoding="utf-8")


def test_every_code_raised_is_declared():
    used = set()
    for f in SRC.glob("*.py"):
        used |= set(re.findall(r'ConsultError\(\s*"(E\d{3})"', f.read_text(encoding="utf-8")))
    assert used and used <= set(CODES)


def test_readme_table_matches_the_codes():
    rows = dict(re.findall(r"^\| (E\d{3}) \| (.+?) \| .+ \|$", README, re.M))
    assert rows == {c: what for c, (what, _) in CODES.items()}


def test_an_unknown_code_is_refused_and_the_message_carries_the_code():
    with pytest.raises(ValueError):
        ConsultError("E999", "nope")
    e = ConsultError("E100", "x.csv: file not found.")
    assert e.code == "E100" and str(e) == "x.csv: file not found. [E100]"
