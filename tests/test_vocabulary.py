from collections import Counter

from hypothesis import given, settings
from hypothesis import strategies as st

from consult_nlp.vocabulary import common_words, count_words, recase, recount

WORDS = ["the", "The", "bus", "Bus", "Leeds", "Amira", "amira", "Library", "library", "OPEN", "my", "Cllr", "Ysgol"]


@settings(max_examples=200, deadline=None)
@given(
    st.lists(st.lists(st.sampled_from(WORDS), max_size=12).map(" ".join), min_size=1, max_size=12),
    st.data(),
)
def test_recounting_the_changed_texts_is_counting_the_whole_corpus_again(texts, data):
    """Only the recased texts are counted again: the counts, and the common words, must be a full count's."""
    changed = data.draw(st.sets(st.integers(0, len(texts) - 1)))
    new = [t.upper() if i in changed and i % 2 else t.lower() if i in changed else t for i, t in enumerate(texts)]
    got = recount(count_words(texts), [texts[i] for i in sorted(changed)], [new[i] for i in sorted(changed)])
    want = count_words(new)
    assert got == want
    assert all(n > 0 for c in got for n in c.values())  # no word left behind at 0
    assert common_words(len(new), got) == common_words(len(new), want)


def test_counts_and_common_words():
    lower, cap, docs = count_words(["The bus to Leeds", "the bus, the Bus", "Amira took the bus to Leeds"])
    assert lower["the"] == 3 and cap["The"] == 1 and cap["Leeds"] == 2 and docs["Leeds"] == 2
    assert cap["Bus"] == 1 and lower["bus"] == 3
    # 'The' and 'Bus' are ordinary words the corpus writes in lower case; 'Leeds' and 'Amira' are not
    assert common_words(3, (lower, cap, docs)) == {"The", "Bus"}


def test_a_text_in_capitals_is_read_as_it_would_be_written_with_the_same_offsets():
    text = "MY CARER GURPREET COMES TWICE A DAY AND SHE IS VERY GOOD. MY CAR YT16 KXW IS OLD."
    out = recase(text, Counter(), set())
    assert len(out) == len(text) and out.lower() == text.lower()
    assert out.startswith("My carer Gurpreet comes twice") and "YT16 KXW" in out
    assert (
        recase("A normal text, Written as People write.", Counter(), set()) == "A normal text, Written as People write."
    )


def test_a_signature_in_capitals_is_written_as_a_name_before_a_street_or_a_phone_and_after_an_initial():
    said = "THE BINS ARE FULL OF RATS AND NOBODY COMES. WHO IS CHECKING THIS."
    for sig, want in (
        ("DOT FAIRCLOUGH, OSBORNE TERRACE", "Dot Fairclough, Osborne Terrace"),
        ("GARY SNELL 07700 900 618", "Gary Snell 07700 900 618"),  # not 'SNELL', kept as a code before a number
        ("MR T. JENKINS", "Mr T. Jenkins"),  # the initial's full stop ends no sentence
    ):
        out = recase(f"{said} {sig}", Counter(), set())
        assert out.endswith(want), out
    assert "Ellie's taxi" in recase("PLEASE DO NOT TAKE ELLIE'S TAXI AWAY, SHE NEEDS IT.", Counter(), set())
    # what follows must be a street or a phone, and the line must start with a name or a title
    assert recase(f"{said} PLEASE RECONSIDER, THANKS", Counter(), set()).endswith("Please reconsider, thanks")
    assert recase(f"{said} KEEP BUSES, OSBORNE TERRACE", Counter(), set()).endswith("Keep buses, Osborne Terrace")
