"""The consultation's own vocabulary, which every text's search reads: how often each word is written in lower case
and with a capital, in how many texts each capitalised word occurs, and which capitalised words are ordinary (the
field's words, the consultation's places). A text written in capitals is first recased from it, so that the
recognisers, which read capitals as names, can work on it."""

from __future__ import annotations

import functools
import re
from collections import Counter
from collections.abc import Sequence

from .language import _common_english
from .name_lists import name_lists
from .redaction_patterns import (
    _CAP_WORD,
    _HOUSE,
    _LO,
    _LOWER_WORD,
    _STOP,
    _STREET,
    _UP,
    RELATIVE_LOWER,
    _org_line_shape,
)

Counts = tuple[Counter[str], Counter[str], Counter[str]]


def count_words(texts: Sequence[str]) -> Counts:
    """(lower, cap, docs): each word's count in lower case, each capitalised word's, and in how many texts each
    capitalised word occurs."""
    lower: Counter[str] = Counter()
    cap: Counter[str] = Counter()
    docs: Counter[str] = Counter()
    for t in texts:
        cw = _CAP_WORD.findall(t)
        lower.update(_LOWER_WORD.findall(t))
        cap.update(cw)
        docs.update(set(cw))
    return lower, cap, docs


def recount(counts: Counts, old: Sequence[str], new: Sequence[str]) -> Counts:
    """The counts of a corpus in which the texts `old` were replaced by `new` (texts recased): theirs taken out and
    the new ones' put in, the same as counting the whole corpus again, at the cost of counting those alone."""
    out = []
    for total, gone, added in zip(counts, count_words(old), count_words(new), strict=True):
        total = total.copy()
        total.subtract(gone)
        total.update(added)
        out.append(Counter({w: n for w, n in total.items() if n > 0}))  # a word no text holds is no key
    return out[0], out[1], out[2]


def common_words(n_texts: int, counts: Counts) -> set[str]:
    """Capitalised words that are not names: the corpus writes them in lower case as often (ordinary words), or many
    responses share them (the consultation's places and organisations; a private person is named in few responses,
    and a public figure is named with a title)."""
    lower, cap, docs = counts
    shared = many_responses(n_texts)
    return {w for w, n in cap.items() if lower.get(w.lower(), 0) >= max(2, n) or docs[w] >= shared}


def many_responses(n_texts: int) -> int:
    """In how many of n_texts responses a word or an address is the consultation's own, not one person's: 1 in 100,
    and at least 4."""
    return max(4, n_texts // 100)


def recase(text: str, lower: Counter[str], keep: set[str]) -> str:
    """A text written in capitals ('MY CARER GURPREET COMES TWICE A DAY'), in the case it would be written in, so
    the recognisers, which read capitals as names, can work: lower case, with sentence starts, known first names
    the corpus does not use as words, and the words of a street or building ('DERWENT HOUSE') capitalised. Same
    length and offsets, so spans found in it hold for the original."""
    upper = len(_UPPER_CHAR.findall(text))  # a regex counts in C: this runs on every text
    if upper < 15 or upper < 0.7 * len(_LETTER_CHAR.findall(text)):
        return text
    low = text.lower()
    if len(low) != len(text):
        return text
    chars = list(low)
    first = name_lists()[0]
    for m in _SENTENCE_START.finditer(low):
        chars[m.start(1)] = chars[m.start(1)].upper()
    for m in _LOWER_WORD.finditer(low):
        w = m.group()
        w = w[:-2] if w.endswith(("'s", "’s")) else w  # "ELLIE'S TAXI"
        if w.capitalize() in first and w.capitalize() not in keep and lower.get(w, 0) <= 1:
            if not _NUMBER_BEFORE.search(low, max(0, m.start() - 12), m.start()):  # '38 MILES A DAY': a unit
                chars[m.start()] = chars[m.start()].upper()
                # and the surname after it ('IRIS PICKERING WAS', 'WALTER HOLDSWORTH, 6 ORCHARD PARK AVENUE')
                nxt = _NEXT_LOWER_WORD.match(low, m.end()) if w not in _STOP else None  # not 'MY CARER'
                if nxt and _surname(nxt.group(1), lower, keep):
                    chars[nxt.start(1)] = chars[nxt.start(1)].upper()
    for m in RELATIVE_LOWER.finditer(low):  # 'my carer gurpreet': the word after a role word, unless an ordinary one
        w = m.group(1).split()[0]
        if w not in _STOP and lower.get(w, 0) <= 1:
            chars[m.start(1)] = chars[m.start(1)].upper()
    for m in _PLACE_RUN.finditer(low):
        for w in re.finditer(r"[^\W\d_]+", m.group()):
            if w.group() not in _STOP:
                chars[m.start() + w.start()] = chars[m.start() + w.start()].upper()
    for m in _CODE_WORD.finditer(text):  # a reference keeps its letters: 'PCN CB24017718', 'ACCOUNT CT 3318 0726'
        if m.group().lower() not in _STOP:  # not 'CALL ME ON 07700 900 456'
            chars[m.start() : m.end()] = m.group()
    for m in _CURRENT_REG.finditer(text):  # and a registration its own: 'MY CAR YT16 KXW'
        chars[m.start() : m.end()] = m.group()
    # a short last line is a signature: each of its words as a name is written ('KEVIN DOUBLEDAY', 'MERVYN AND
    # IRENE STEWART'), up to an address after it ('DENNIS HARGREAVES FLAT 7 TALLOW LANE')
    ends = [m.end() for m in _LAST_LINE_START.finditer(low)]  # not after an initial or a title: 'mr t. jenkins'
    tail = ends[-1] if ends else 0
    sig = _SIGNATURE_WORDS.match(low, tail) if tail else None
    two = sig and len(re.findall(r"[^\W\d_]+", sig.group())) >= 2  # 'mr t. jenkins', "dai 'tractor' watkins"
    # after it, nothing, an address, or a street or a phone number if it starts with a title or a first name
    # ('DOT FAIRCLOUGH, OSBORNE TERRACE', 'GARY SNELL 07700 900 618')
    named = sig and (_TITLE_START.match(sig.group()) or sig.group().split()[0].capitalize() in first)
    contact = named and (
        _PHONE_AFTER_SIGNATURE.match(low, sig.end())
        or ((c := _COMMA.match(low, sig.end())) and _PLACE_RUN.match(low, c.end()))
    )
    if two and (sig.end() == len(low) or _ADDRESS_AFTER_SIGNATURE.match(low, sig.end()) or contact):
        for w in re.finditer(r"[^\W\d_]+", sig.group()):
            if w.group() not in ("and", "flat"):  # the whole word: a code's restored capitals too ('SNELL 07700')
                chars[tail + w.start() : tail + w.end()] = w.group().capitalize()
    out = "".join(chars)
    return out if len(out) == len(text) else text


_UPPER_CHAR = re.compile(rf"[{_UP}]")
_SIGNATURE_WORDS = re.compile(
    r"[ \t]*(?:[-–—~][ \t]*)?(?:(?:mr|mrs|ms|miss|dr)\.? )?(?:[^\W\d_]\. ?)*"
    r"(?!flat\b)[^\W\d_]+(?:(?: and |[ '’-]|\s['‘\"“][^'’\"”\n]{1,20}['’\"”]\s)(?!flat\b)[^\W\d_]+){0,3}[ \t]*"
)
_LAST_LINE_START = re.compile(r"(?:\n|(?<![\s.](?:mr|ms|dr|st))(?<!\bmrs)(?<![\s.][^\W\d_])[.!?] |[!?] )\s*")
_TITLE_START = re.compile(r"[ \t]*(?:[-–—~][ \t]*)?(?:mr|mrs|ms|miss|dr)\b")
_PHONE_AFTER_SIGNATURE = re.compile(r"[ \t,]*(?:tel:? |phone:? |mob:? )?\+?\d[\d ]{8,16}\d[^\n]{0,40}$")
_COMMA = re.compile(r",[ \t]*")
_ADDRESS_AFTER_SIGNATURE = re.compile(r"(?:flat|apartment|\d{1,4}[a-z]?) [^\n.!?]{1,60}$")
_CODE_WORD = re.compile(r"\b(?=[A-Za-z]*\d)(?=\d*[A-Za-z])[A-Za-z0-9]{4,}\b|\b[A-Za-z]{1,6}(?= \d{3})")
_CURRENT_REG = re.compile(r"(?<![\w-])[A-Z]{2}\d{2} ?[A-Z]{3}(?![\w-])")
_NUMBER_BEFORE = re.compile(r"(?<!number )(?<!no )(?<!no\. )\d[\d,.]* \Z")  # not a house's: 'AT NUMBER 6 IRIS'
_NEXT_LOWER_WORD = re.compile(r" ([a-z][a-z'’-]+)\b")


def _surname(word: str, lower: Counter[str], keep: set[str]) -> bool:
    """A word after a first name in a text in capitals that is a surname: one the lists know, or no everyday word."""
    if word in _STOP or lower.get(word, 0) > 1 or word.capitalize() in keep:
        return False
    return word.capitalize() in name_lists()[1] or word not in _common_english()


_LETTER_CHAR = re.compile(rf"[{_UP}{_LO}]")
_SENTENCE_START = re.compile(r"(?:^|[.!?]\s+|\n\s*)([^\W\d_])")
_PLACE_RUN = re.compile(rf"\b(?:[a-z'’]+ ){{1,2}}(?:{_STREET.lower()}|{_HOUSE.lower()})\b")


def unknown_words(words: list[str], lower: dict[str, int], first, last) -> bool:
    """Words the corpus never writes in lower case, each a known name or no common English word, and no
    organisation's ('Customer Services', 'Kent Highways' are not people)."""
    return not _org_line_shape(" ".join(words)) and all(
        not lower.get(w.lower(), 0) and (w in first or w in last or w.lower() not in _common_english()) for w in words
    )


@functools.lru_cache(maxsize=4096)
def names_pattern(names: tuple[str, ...]) -> re.Pattern:
    words = sorted(names, key=len, reverse=True)  # the longest first: 'Thomas the Tank Engine' before 'Thomas'
    return re.compile(r"(?<![\w])(?:" + "|".join(re.escape(w) for w in words) + r")(?![\w])", re.I)
