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
