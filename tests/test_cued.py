"""cued.Cued finds exactly what its pattern finds, only faster: every redaction pattern wrapped in it is checked
against the bare pattern on texts made of its own openings, cased any way, with odd letters and windows."""

import re

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from consult_nlp import addresses, people, recognisers, redaction_patterns
from consult_nlp.cued import Cued

WRAPPED = {
    f"{m.__name__.rsplit('.', 1)[1]}.{k}": v
    for m in (redaction_patterns, people, addresses, recognisers)
    for k, v in vars(m).items()
    if isinstance(v, Cued)
}
WORDS = (
    "I live at 4 Rose Lane . we're in Flat 2 , my name is jo , our son Ben lives on Mill Road and my carer "
    "Mrs Ann Lee MP said born 3 May 2015 ref AB123456 @jo_b Insta the Smith family Ysgol y Graig her "
    "address : Tŷ Gwyn , Bryn Awelon we stay with us on hospital number 12345678 x Kath \n Thanks , Sue"
).split(" ")
ODD = ["ſ", "K", "İ", "ı", "é", "’", "Ŵ"]


def _same(pattern: Cued, text: str, pos: int = 0, endpos: int | None = None) -> None:
    raw = pattern._re
    end = len(text) if endpos is None else endpos
    got = [(m.span(), m.groups()) for m in pattern.finditer(text, pos, end)]
    want = [(m.span(), m.groups()) for m in raw.finditer(text, pos, end)]
    assert got == want, (pattern.pattern[:60], text)
    a, b = pattern.search(text, pos, end), raw.search(text, pos, end)
    assert (a and (a.span(), a.groups())) == (b and (b.span(), b.groups()))


def test_the_redaction_modules_wrap_their_costly_patterns():
    assert len(WRAPPED) >= 20
    # each reads its openings from the pattern: none is searched the slow way unnoticed
    assert [k for k, v in WRAPPED.items() if v._finder is None] == []


@pytest.mark.parametrize("name", sorted(WRAPPED))
def test_the_same_matches_on_words_the_patterns_look_for(name):
    pattern = WRAPPED[name]
    for text in (" ".join(WORDS), " ".join(WORDS).upper(), " ".join(WORDS).lower(), ""):
        _same(pattern, text)
        _same(pattern, text, 5, 60)


@settings(max_examples=150, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(
    words=st.lists(st.sampled_from(WORDS + ODD), min_size=1, max_size=40),
    cases=st.lists(st.sampled_from(["lower", "upper", "title", "same"]), min_size=40, max_size=40),
    seps=st.lists(st.sampled_from([" ", "", "\n", ", ", "  "]), min_size=40, max_size=40),
    window=st.tuples(st.integers(0, 80), st.integers(0, 400)),
)
def test_the_same_matches_on_any_mix(words, cases, seps, window):
    text = "".join(w + s for w, s in zip([getattr(w, c)() if c != "same" else w for w, c in
                                          zip(words, cases, strict=False)], seps, strict=False))  # fmt: skip
    for pattern in WRAPPED.values():
        _same(pattern, text)
        _same(pattern, text, *window)


def test_openings_are_read_through_groups_alternatives_and_case():
    p = Cued(re.compile(r"(?i:\b(?:live|stay)s?\s+(?:at|on)\b|\bmy (?:road|street))"))
    assert p._finder is not None
    text = "We LIVE AT Hill Top; my Street is quiet; olives on toast"
    assert [m.group() for m in p.finditer(text)] == ["LIVE AT", "my Street"]
    assert p.search(text, 8).group() == "my Street"


def test_a_pattern_that_may_open_with_anything_is_searched_as_it_was():
    assert Cued(re.compile(r"\w+ Road"))._finder is None
    assert Cued(re.compile(r"(?:the )?Road"))._finder is not None  # 'the ' or 'Road' opens it
    assert Cued(re.compile(r"x*y"))._finder.pattern in ("x|y", "y|x")  # any number of x, then y
    assert Cued(re.compile(r"x*"))._finder is None  # it may match nothing


def test_letters_that_lower_case_unevenly_fall_back():
    # 'ſ' (long s) matches 's' under IGNORECASE but lower-cases to itself; 'İ' lower-cases to two characters
    p = Cued(re.compile(r"(?i)\bstay at\b"))
    for text in ("we ſtay at home", "İ stay at home", "İİ ſtay at"):
        _same(p, text)


def test_threads_searching_different_texts_get_their_own_matches():
    from concurrent.futures import ThreadPoolExecutor

    pattern = WRAPPED["redaction_patterns._LIVE"]
    texts = [f"{'x ' * (i % 7)}We live at {i} Rose Lane and STAY ON Mill Road" + " ok" * (i % 5) for i in range(400)]

    def both(text):
        return [m.span() for m in pattern.finditer(text)], [m.span() for m in pattern._re.finditer(text)]

    with ThreadPoolExecutor(4) as pool:
        for got, want in pool.map(both, texts * 5):
            assert got == want


def test_a_pattern_wrapped_for_short_windows_finds_there_what_it_found():
    """The words before a name that say it is no one's are searched for in 30 characters: openings first even there."""
    before = people._NOT_A_PERSON_BEFORE
    assert before._short == 0
    text = ("Our dog called Molly, the Lord Mayor, cans of Frosty Jack, we deliver for Castell Howell, skipper on the "
            "Girl Rachel, another Rachel and THE DUKE, my dogs, Bess & Tam, took the lifeboat Mary")  # fmt: skip
    hits = 0
    for m in re.finditer(r"[A-Z][a-z]+", text):
        _same(before, text, max(0, m.start() - 30), m.start())
        hits += bool(before.search(text, max(0, m.start() - 30), m.start()))
    assert hits >= 6
