"""Names typed in lower case ('me n kyle', 'my carer jackie', 'I asked kayleigh at the depot'): where one may
stand, after a cue or with none, for NER to confirm, and when a word is sure to be one. redaction.py uses them."""

from __future__ import annotations

import functools
import re
from collections import Counter

from .cued import Cued
from .language import _common_english
from .name_lists import uk_first_names, uk_names
from .redaction_patterns import (
    _END_LOWER,
    _LAST_LINE_LOWER,
    _NOT_A_NAME,
    _PUNCT_TO_SPACE,
    _REL_LAST,
    _SIGN_OFF_WORDS,
    _STOP,
    MY_NAME_LOWER,
    RELATIVE_LOWER,
    SIGN_OFF_LOWER,
    WITH_ME_LOWER,
    name_lists,
)

_VERB_SHAPE = re.compile(r"(?:es|ed|ing|s)$")
_WITH_ME_KEYS = ("me and ", "me n ", "me & ", " and me", " n me", " & me", " and i", " n i", " & i", "next door")
_LOWER_TITLES = frozenset("mr mrs ms miss dr auntie aunty uncle".split())
_TITLE_LOWER = Cued(
    re.compile(  # not the verb: 'we miss letters', 'i'll miss the bus'
        r"\b(?:mr|mrs|ms|dr|auntie|aunty|uncle"
        r"|(?<!\bi )(?<!\bwe )(?<!\byou )(?<!\bthey )(?<!\bto )(?<!\bll )(?<!\bdo )(?<!\bwill )miss)"
        r"\.? ([a-z][a-z'-]{2,})\b"
    )
)
_MORE_LOWER = re.compile(r"(?:,| and| n| &) ([a-z][a-z'-]+)\b")


def lower_name_cues(text: str, low: str, lower: Counter[str] | None, keep: set[str]) -> list[tuple[int, int]]:
    """Where a name typed in lower case may stand: after 'my name is', a role word, 'me and', a sign-off, on the
    last line; for NER to confirm."""
    cues: list[tuple[int, int]] = []
    pats = [SIGN_OFF_LOWER]
    words_ = low.translate(_PUNCT_TO_SPACE).split()
    if "name" in low or _REL_LAST.intersection(words_):
        pats += [MY_NAME_LOWER, RELATIVE_LOWER]
    # a substring test first: 'i' and 'me' are in most texts ('me ellie n jess' needs 'me ' and ' n ')
    if any(k in low for k in _WITH_ME_KEYS) or ("me " in low and (" n " in low or " & " in low)):
        pats.append(WITH_ME_LOWER)
    if "\n" in text[-60:]:
        pats.append(_LAST_LINE_LOWER)
    if not _LOWER_TITLES.isdisjoint(words_):
        pats.append(_TITLE_LOWER)  # 'he loves miss lorna who does the singing
    if "m " in low and _I_AM_AGED.search(low):
        pats.append(_I_AM_AGED)  # 'im eilidh im 15'
    first, last = name_lists()
    if (end := _END_LOWER.search(text, max(0, len(text) - 40))) and end.group(1).split()[0].capitalize() in first:
        pats.append(_END_LOWER)
    # one first name ends the text after a sentence: 'the problem not the name. ann-marie' (one word: of the
    # project's own list, not a word-name such as 'sky')
    if (one := _END_ONE_LOWER.search(text, max(0, len(text) - 30))) and (parts := one.group(1).split("-")):
        known = all(p.capitalize() in first for p in parts)
        if known and (len(parts) > 1 or parts[0].capitalize() in uk_first_names()):
            pats.append(_END_ONE_LOWER)
    for pat in pats:
        # a lower-case sign-off ends the text: only its last words are searched
        for m in pat.finditer(text, max(0, len(text) - 60) if pat is SIGN_OFF_LOWER else 0):
            g = next(i for i in range(1, (m.re.groups or 1) + 1) if m.group(i))
            before = _WORD_BEFORE.search(text, max(0, m.start(g) - 20), m.start(g))
            if pat is WITH_ME_LOWER and before and before.group(1).lower() in _NOT_BEFORE_NAME:
                continue  # 'the house next door'
            if pat is WITH_ME_LOWER and m.group(g).capitalize() in keep:
                continue  # 'in december and i am'
            if pat is WITH_ME_LOWER and m.group(g).capitalize() not in first and (lower or {}).get(m.group(g), 0) > 1:
                continue  # 'me and sharon', 'baz next door': a known first name or a word the corpus never uses
            words = m.group(g).split()
            for k, w in enumerate(words):  # "my mate jonno's mum": the name, not the mum
                if w.endswith(("'s", "’s")):
                    words = [*words[:k], w[:-2]]
                    break
            while words and (words[-1] in _STOP or len(words[-1]) < 2):
                words.pop()
            while (
                pat is MY_NAME_LOWER
                and len(words) > 1
                and words[-1] in _common_english()
                and not (words[-1].capitalize() in first or words[-1].capitalize() in last)
            ):
                words.pop()  # 'her name is margie everyone knows her': the name, not the sentence after it
            if words and words[0] in _NOT_A_NAME:
                continue  # 'my son (born 2015)', 'my dad aged 90'
            if (
                pat is RELATIVE_LOWER
                and len(words) == 1
                and _VERB_SHAPE.search(words[0])
                and (words[0].capitalize() not in first)
            ):
                continue  # 'my son watches Mr Tumble': a verb after the role word, not a name in lower case
            if pat in (_LAST_LINE_LOWER, _END_LOWER, _END_ONE_LOWER) and (
                not words or words[0] in _SIGN_OFF_WORDS or words[0] in _STOP
            ):
                continue  # 'thanks', 'no': a last line that signs nobody
            if len(words) == 2 and (
                (lower is not None and lower.get(words[1], 0) >= 2)
                or (
                    re.search(r"(?:s|ed|ing)$", words[1])
                    and words[1].capitalize() not in first
                    and words[1].capitalize() not in last
                )
            ):
                words.pop()  # 'my carer gurpreet comes': a word the corpus uses, or a verb, is no surname
            # a stop word inside is a name's word only when it is also a first name ('violet may tindall')
            if words and not any(
                (w in _STOP and not (0 < k < len(words) - 1 and w.capitalize() in first)) or "'" in w or "’" in w
                for k, w in enumerate(words)
            ):
                cues.append((m.start(g), m.start(g) + len(" ".join(words))))
                end = cues[-1][1]
                while pat is WITH_ME_LOWER and (more := _MORE_LOWER.match(text, end)):
                    w = more.group(1)  # 'me and jayden and tommo', 'me n kyle, bex'
                    if (
                        w in _STOP
                        or w.capitalize() in keep
                        or (w.capitalize() not in first and (lower or {}).get(w, 0) > 1)
                    ):
                        break
                    cues.append((more.start(1), more.end(1)))
                    end = more.end(1)
    return cues


def sure_lower_name(word: str, lower: Counter[str], text: str = "", start: int = 0) -> bool:
    """A word after a cue for a name in lower case ('me n kyle', 'my carer jackie') that is a first name of the
    project's own list and that the corpus seldom writes in lower case: a name, whatever NER says of it. After 'her
    name is', or between 'im' and an age, any locale's first name is one ('her name is margie', 'im eilidh im 15')."""
    if lower.get(word, 0) > 2:
        return False
    if word.split("-")[0].capitalize() in uk_first_names():  # 'alfie-jay' too
        return True
    before = text[max(0, start - 12) : start]
    named = _NAME_IS_BEFORE.search(before)
    aged = _I_AM_BEFORE.search(before) and _AGE_NEXT.match(text, start + len(word))
    return bool((named or aged) and word.capitalize() in name_lists()[0] and word not in _STOP
                and (named or word not in _common_english()))  # fmt: skip


_NAME_IS_BEFORE = re.compile(r"\b(?i:name)(?: is|['’]?s)\s+$")
_I_AM_BEFORE = re.compile(r"(?<![\w'’])(?i:i['’]?m|i am) $")
_AGE_NEXT = re.compile(r",? (?:and )?(?:(?i:i['’]?m|i am) )?(?:aged? )?\d{1,2}\b")
# a name between 'im' and an age: 'im eilidh im 15', "i'm tayo, 12"
_I_AM_AGED = re.compile(r"(?<![\w'’])(?i:i['’]?m|i am) ([a-z][a-z'-]{2,})" + _AGE_NEXT.pattern)


_BARE_COMMUNITIES = frozenset("british-modern british-nickname scots irish welsh gaelic".split())
# English words among those names that the list does not mark word-name: a capital makes them names, lower case not
_WORD_NAMES_LOWER = frozenset(
    "grace rowan holly daisy ruby jasmine bonnie jack mason cooper harper piper reg sue rob mal les nat val una "
    "hector nova luna rio cal del dom ems fran hal lex liv lou luce sal stan stu ted vic wes rick tam pam sid ross "
    "marion mick paddy lacey brooke nic kris bel kat lulu ron tim".split()
)


@functools.cache
def _bare_lower_names() -> frozenset[str]:
    """First names of the project's list from Britain and Ireland (names/uk_names.tsv: british-modern,
    british-nickname, scots, irish, welsh, gaelic) in lower case, three letters or more, without those that are
    also English words: what a name typed in lower case with no cue before it may be ('I asked kayleigh at the depot',
    'jackie helps me'). Other communities' names are caught in lower case after a cue only: uncued, too many of them
    are words in some language a respondent writes ('wen', 'fares')."""
    return frozenset(
        w
        for kind, community, name in uk_names()
        if kind == "first" and community in _BARE_COMMUNITIES and len(w := name.lower()) >= 3
        and w not in _STOP and w not in _WORD_NAMES_LOWER
    )  # fmt: skip


_END_ONE_LOWER = re.compile(r"[.!?]\s+([a-z][a-z'’]+(?:-[a-z]+)?)[ \t]*[.!]?[ \t]*\Z")
# after a first name in lower case, what only a person is: 'kayleigh who does it now', 'callum on reception',
# 'kirsty at no. 29'
BARE_SURE_AFTER = re.compile(
    r"[ \t]+(?:who\b|on reception\b|(?:at|from) (?:no\.?|number) ?\d)"
    r"|['’]s (?:brothers?|sisters?|mum|mam|dad|nan|gran|mates?|house|account|phone|bike)\b"  # "callum's brothers"
)
_BARE_WORD = re.compile(r"(?<![\w'’@#/-])([a-z]+(?:-[a-z]+)?)(?![\w@/]|-\w)")
_WORD_BEFORE = re.compile(r"([A-Za-z'’]+)[ \t]+$")
_PLATE_AFTER = re.compile(r"[ \t]*(?:is[ \t]+|no\.?[ \t]*|number[ \t]+)?[A-Za-z]{2}\d{2}\b")
# a word such words stand after is no name: 'the rowan', 'a grace period', 'we sue', 'were bonnie'
_NOT_BEFORE_NAME = frozenset(
    "the a an this that these those every each some any no another such what which whose we they you i it he she "
    "to will would can could should may might must shall do does did very so too more most less least quite rather "
    "were was is are be been being am it's its their your his her".split()
)


def bare_lower_names(text: str, words: frozenset[str], lower: Counter[str], cap: Counter[str]) -> list[tuple[int, int]]:
    """Where a first name (`_bare_lower_names`) stands in lower case with no cue before it, for NER to judge
    written as a name would be. A word the corpus writes in lower case more than twice and more often than with a
    capital is a word; so is one after an article, a pronoun or a verb to be."""
    hits = {w.removesuffix("'s").removesuffix("’s") for w in words} & _bare_lower_names()  # "callum's" too
    if not hits:
        return []
    hits = {w for w in hits if lower.get(w, 0) <= 2 or cap.get(w.capitalize(), 0) >= lower.get(w, 0)}
    out = []
    for m in _BARE_WORD.finditer(text) if hits else ():
        if m.group(1).split("-")[0] not in hits:
            continue
        before = _WORD_BEFORE.search(text, max(0, m.start() - 20), m.start())
        if (before and before.group(1).lower() in _NOT_BEFORE_NAME) or _PLATE_AFTER.match(text, m.end()):
            continue
        out.append((m.start(1), m.end(1)))
    return out
