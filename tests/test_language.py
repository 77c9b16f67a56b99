"""language.stop_words reads spaCy's lists without importing spaCy (which redaction worker processes never need)."""

import subprocess
import sys


def test_stop_words_are_spacys_own():
    from spacy.lang.de.stop_words import STOP_WORDS as DE
    from spacy.lang.en.stop_words import STOP_WORDS as EN

    from consult_nlp.language import stop_words

    assert stop_words("en") == frozenset(EN) and "n’t" in stop_words("en")
    assert stop_words("de") == frozenset(DE)


def test_the_redactors_word_lists_load_without_spacy():
    code = (
        "import sys; from consult_nlp.language import foreign_ranges; "
        "assert foreign_ranges('Wir brauchen mehr Radwege in der Stadt und nicht weniger.'); "
        "assert 'spacy' not in sys.modules and 'torch' not in sys.modules"
    )
    subprocess.run([sys.executable, "-c", code], check=True)
