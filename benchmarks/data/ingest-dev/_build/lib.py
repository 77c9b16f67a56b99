"""Tiny authoring helper: each response is declared with its annotations."""
import re

RECORDS = []   # dicts


def R(rid, rtype, text, pii=(), keep=(), camp=None, consultation=None):
    RECORDS.append(dict(id=rid, type=rtype, text=text, pii=list(pii),
                        keep=list(keep), camp=camp, consultation=consultation))


# light-touch transforms that produce "exact" campaign copies
def ws(t):
    """whitespace-only change: double spaces after sentences, trailing newline."""
    return re.sub(r"\. ", ".  ", t) + "\n"


def lower(t):
    return t.lower()


def upper_first_para(t):
    return t.upper()


def nopunct(t):
    """punctuation-only change: drop commas and the final full stop."""
    s = t.replace(",", "")
    return s[:-1] if s.endswith(".") else s


def paras(t):
    """whitespace-only change: break into one sentence per line."""
    return re.sub(r"\. ", ".\n", t)
