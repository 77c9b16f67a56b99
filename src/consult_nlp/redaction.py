"""Personal data out of every text that reaches a report: a registry of recognisers, and spaCy NER for names.

Everything that finds personal data is declared once, in RECOGNISERS: each entry names its kind (the placeholder,
e.g. [NAME]), what it finds and the cheap test that decides whether it runs on a text. Shapes (emails, phone,
NHS and NI numbers, postcodes, vehicle registrations, handles, reference numbers) are found by patterns, with a
check digit or a context word where the shape alone is ambiguous; addresses, dates of birth, schools and most
names are found from their context: a title, a role word ("my carer", "pupil", "the driver"), "my name is", a
sign-off or a signature line, "I live on", an address block. A capitalised run that no recogniser claimed and that
is not the field's vocabulary, a place, an ordinary word (in English, German or Welsh) or a word many responses
share goes to spaCy's NER with a short window of context. Faker's lists of first names and surnames (86 locales)
give a second opinion: a known first name the corpus never writes as a word is a name mid-sentence even where NER
hesitates, a lone word NER calls a person that no list knows is taken for a place, and a lower-case word after a
cue that is a known name is one. A name found once is redacted wherever else it occurs in the text.

Policy: every personal name is redacted, public figures (councillors, MPs, officers) included; places,
organisations, job titles, conditions named after people ("Down's syndrome") and characters ("Mr Men") stay.
"""

from __future__ import annotations

import copy
import functools
import re
from collections.abc import Callable, Iterable, Sequence

from .language import (
    _HAN,
    _LATIN_NAME_AFTER,
    _LATIN_NAME_BEFORE,
    GERMAN_EXTRA,
    WELSH_WORDS,
    foreign_ranges,
    known_lower_word,
    stop_words,
)
from .lower_names import BARE_SURE_AFTER, bare_lower_names, lower_name_cues, sure_lower_name
from .name_lists import countries_of_words, name_lists
from .people import (
    _QUOTED_NICKNAME,
    _ROYAL_BEFORE,
    _ROYAL_PLACE,
    NOT_NAME_WORDS,
    NOT_PEOPLE,
    SAID_OF_NAME,
    _caps_name,
    after_first_name,
    name_ok,
    names_before_births,
    names_by_verb,
    names_from_names,
    names_in_brackets,
    next_to_place,
    not_a_person,
    person_first,
    run_not_a_person,
    signature_spans,
    titled_thing,
    whole_word,
)
from .recognisers import (
    _CHILD_CUE,
    _INTRODUCED,
    _LOWER_SCHOOL_CUES,
    _SCHOOL_CUE,
    _SCHOOL_WORDS,
    _STREET_END,
    _TITLE_WORDS,
    _YEAR_AFTER,
    SCHOOL,
    SCHOOL_BY_CONTEXT,
    SCHOOL_CELTIC,
    SCHOOL_LOWER,
    _after_roles,
    _business_letterhead,
    _Ctx,
    _dates_after_names,
    _drop_public_addresses,
    _merge,
    _ner_window,
    _org_line,
    _recognise,
    _schools_of_children,
    _sentence_initial,
    _towns_after_addresses,
    apply_spans,
    in_workers,
    lower_schools_after_year,
    start_in_workers,
)
from .recognisers import RECOGNISERS as RECOGNISERS  # the registry, read where the redactor is
from .redaction_patterns import (
    _ADDRESS_AFTER,
    _AFTER_LOWER_NAME,
    _ALONE_AFTER,
    _AND_BEFORE,
    _CAP_SPAN,
    _CONTACT_AFTER,
    _FAMILY_CUE,
    _FIRM_AFTER,
    _GREW_UP_IN,
    _GROWN_AFTER,
    _KEEP_AFTER_NAME,
    _LANDMARK_AFTER,
    _LITTLE_CUE,
    _NAME_TOKEN_RE,
    _NER_WORD,
    _NEXT_CAP,
    _NEXT_NAME,
    _NICKNAME,
    _ORG_AFTER,
    _ORG_LAST,
    _PLACE_AFTER,
    _PLACE_BEFORE,
    _PLACE_BEFORE_ONE,
    _PLACE_FIRST,
    _PLACE_NAME,
    _POST_NOMINAL_CUE,
    _PUNCT_TO_SPACE,
    _REL_NAME,
    _SIGN_OFF_SHORT,
    _SIGN_OFF_WORDS,
    _STOP,
    _STOP_CAPS,
    _STREET_AFTER,
    _THE_BEFORE,
    CALLED_NAME,
    FAMILY_NAME,
    FIELD_WORDS,
    HAN_NAME,
    LITTLE_NAME,
    MY_NAME,
    POST_NOMINAL,
    RELATIVE,
    SIGN_IN,
    SIGN_IN_LOWER,
    SIGN_OFF,
    TITLED_NAME,
    overlaps,
)
from .redaction_patterns import Span as Span  # noqa: F811
from .repeats import repeat_addresses
from .text import load_spacy
from .vocabulary import common_words, count_words, many_responses, names_pattern, recase, recount, unknown_words


class Redactor:
    """Run the registry's recognisers, then spaCy NER on the capitalised runs they left, only where it can matter.

    NER costs ~8,000 tokens/s on one core, so it never sees whole responses: each run of capitalised words that
    is not the field's vocabulary, a known place, a common word or a word many responses share is sent with a
    short window of context, and a capitalised phrase that recurs is decided once from its first `votes` contexts.
    Sentences in German or Welsh send nothing to the English NER: their capitals are nouns and mutated places.
    """

    def __init__(self, nlp=None, keep_words: Iterable[str] = (), use_ner: bool = True, votes: int = 3,
                 n_process: int = 1, batch_size: int = 256):  # fmt: skip
        self.nlp = nlp
        self.keep_words = tuple(keep_words)
        self.use_ner = use_ner
        self.votes = votes
        self.n_process = n_process
        self.batch_size = batch_size

    # -- vocabulary
    def _keep(self) -> set[str]:
        if getattr(self, "_keep_cache", None) is None:
            from faker.providers.address.en import Provider as Places

            DE, EN = stop_words("de"), stop_words("en")  # noqa: N806

            keep = set(FIELD_WORDS) | {w for k in self.keep_words for w in re.split(r"\s+", k) if w}
            foreign = set(DE) | set(WELSH_WORDS) | set(GERMAN_EXTRA)
            # 'I am from Eritrea', 'Roma from Slovakia' (Faker's 'Slovakia (Slovak Republic)')
            countries = {n for c in Places.countries if " " not in (n := c.split(" (")[0])}
            self._keep_cache = keep | {w.capitalize() for w in EN | foreign} | countries | NOT_NAME_WORDS
        return self._keep_cache

    @functools.cached_property
    def _not_people(self) -> dict[str, tuple[str, ...]]:
        """Those names by one word of each, its longest that is no everyday word and not the last ('sierra' of 'Sierra
        Leone'; a last word may carry an "'s"): a text holding none of the words holds none of the names, and one
        holding some is searched for theirs alone (one pattern of all of them costs ~80 us a search)."""
        names = {*NOT_PEOPLE, *countries_of_words(), *(k for k in self.keep_words if " " in k)}
        index: dict[str, list[str]] = {}
        for n in sorted(names):
            ws = n.lower().translate(_PUNCT_TO_SPACE).split()
            index.setdefault(max(ws[:-1] or ws, key=lambda w: (w not in _STOP, len(w))), []).append(n)
        return {w: tuple(ns) for w, ns in index.items()}

    # -- finding
    def find(
        self, texts: Sequence[str], counts: dict[str, int] | None = None, languages: Sequence[str] | None = None,
        meanwhile: Callable[[], object] | None = None,
    ) -> list[list[Span]]:  # fmt: skip
        """Personal-data spans for each text (merged, in order). `languages` (ISO codes, as ingest detects them):
        a text in another language than English gets every recogniser but not the English NER, whose verdict on
        German nouns or Welsh place names means nothing. `meanwhile` is called once the search is done: the caller
        puts its own work on the worker processes (`workspace.submit`), which NER would leave idle."""
        keep = self._keep()
        lower, cap, docs = count_words(texts)
        recased = [recase(t, lower, keep) for t in texts]  # a text in capitals is read as it would be written
        if changed := [i for i, (r, t) in enumerate(zip(recased, texts, strict=True)) if r is not t]:
            lower, cap, docs = recount((lower, cap, docs), [texts[i] for i in changed], [recased[i] for i in changed])
            texts = recased
        common = common_words(len(texts), (lower, cap, docs))
        # the names many responses share and seldom write in lower case: the consultation's own places
        shared = {w for w in common if docs[w] >= many_responses(len(texts)) and lower.get(w.lower(), 0) * 2 < cap[w]}
        ctx = _Ctx(keep, common, self, lower, cap, shared)
        found: list[list[Span]] = []
        candidates: list[list[tuple[int, int]]] = []  # capitalised runs for NER to judge
        lower_cues: list[tuple[int, int, int]] = []  # lower-case names after a cue, for NER to confirm
        bare: list[tuple[int, int, int]] = []  # lower-case first names with no cue, for NER alone to decide
        from .workspace import stop_workers

        try:
            # repeated texts (short answers, campaign copies) are searched once
            distinct = list(dict.fromkeys(texts))
            done = dict(zip(distinct, in_workers(_scan, distinct, ctx), strict=True))
            for i, t in enumerate(texts):
                spans, cues, runs, bare_ = done[t]
                found.append(list(spans))
                candidates.append(runs)
                lower_cues += [(i, a, b) for a, b in cues]
                bare += [(i, a, b) for a, b in bare_]
            if meanwhile is not None:
                meanwhile()
            # before NER, which adds names only: this drops addresses
            found = _drop_public_addresses(texts, found, distinct, done, many_responses(len(texts)))
            asked: set[int] = set()  # the texts NER may add a name to
            english = [not languages or lang in ("en", "") for lang in (languages or [""] * len(texts))]
            if self.use_ner:
                lower_cues = [c for c in lower_cues if english[c[0]] and known_lower_word(texts[c[0]][c[1] : c[2]])]
                bare = [c for c in bare if english[c[0]]]
                asked = {i for i, runs in enumerate(candidates) if runs and english[i]} | {c[0] for c in lower_cues}
                asked |= {c[0] for c in bare}
            else:  # without NER, a lower-case name after a cue stands if what follows reads like a name's sentence
                for i, a, b in lower_cues:
                    if _AFTER_LOWER_NAME.match(texts[i], b):
                        found[i].append(Span(a, b, "NAME"))
            # the other texts are finished in the workers while NER reads these in this process
            rest = [i for i in range(len(texts)) if i not in asked]
            early = start_in_workers(_finish, [(texts[i], found[i]) for i in rest], ctx)
            if asked:
                for i, spans in self._ner_spans(texts, candidates, lower_cues, english, lower, bare).items():
                    found[i].extend(spans)
            order = sorted(asked)
            at = dict(zip(order, in_workers(_finish, [(texts[i], found[i]) for i in order], ctx), strict=True))
            at.update(zip(rest, early(), strict=True))
            merged = [at[i] for i in range(len(texts))]
        finally:
            stop_workers()
        for kind in (sp.kind.lower() for spans in merged for sp in spans) if counts is not None else ():
            counts[kind] = counts.get(kind, 0) + 1
        return merged

    def without_nlp(self) -> Redactor:
        """The same settings without the NER pipeline: what worker processes get (the pipeline is large to send)."""
        lean = copy.copy(self)
        lean.nlp = None
        return lean

    def _drop_not_people(self, text: str, spans: list[Span], words: frozenset[str] | None = None) -> list[Span]:
        """Names that are characters, brands or conditions ('Mr Men', 'Peppa Pig', "Down's") are not redacted."""
        if not any(s.kind in ("NAME", _NER_WORD) for s in spans):
            return spans
        spans = [s for s in spans if s.kind not in ("NAME", _NER_WORD) or not not_a_person(text, s)]
        words = words if words is not None else frozenset(text.lower().translate(_PUNCT_TO_SPACE).split())
        if not (hits := words.intersection(self._not_people)):
            return spans
        pattern = names_pattern(tuple(sorted(n for w in hits for n in self._not_people[w])))
        # and the capitalised word right after it: 'Little Miss Sunshine', 'Mr Men Show'
        kept = [
            (m.start(), m.end() + (nxt.end() if (nxt := _NEXT_CAP.match(text, m.end())) else 0))
            for sp in spans
            if sp.kind in ("NAME", _NER_WORD)
            for m in pattern.finditer(text, max(0, sp.start - 40), sp.end + 40)
            if " " in m.group() or not after_first_name(text, m.start())  # 'Janet Bramley', not 'a Bramley'
        ]
        return [
            s for s in spans if s.kind not in ("NAME", _NER_WORD) or not any(a < s.end and s.start < b for a, b in kept)
        ]

    def _extend_surname(self, text: str, end: int, common: set[str]) -> int:
        """A surname after the first name a pattern found: 'my son Oliver Bennett', 'Thomas "Tommy" Ferguson'."""
        nick = _NICKNAME.match(text, end)
        if nick and _NEXT_NAME.match(text, nick.end()):
            end = nick.end()
        nxt = _NEXT_NAME.match(text, end)
        while nxt and nxt.group(1) not in _KEEP_AFTER_NAME and nxt.group(1) not in common:
            end = nxt.end()
            nxt = _NEXT_NAME.match(text, end)
        return end

    def _name_spans(self, text: str, keep: set[str], common: set[str], words: frozenset[str] | None = None):
        """Names found from their context: titles, role words, 'my name is', post-nominals, sign-offs, signatures."""
        low = text.lower()
        words = words if words is not None else frozenset(low.translate(_PUNCT_TO_SPACE).split())
        spans: list[Span] = []
        pats = []
        if not words.isdisjoint(_TITLE_WORDS):
            pats.append(TITLED_NAME)
        relations = _after_roles(text, low, words)
        first, last = name_lists()
        if "name" in low or "i'm" in low or "i am" in low or "ich " in low or "fy enw" in low:
            pats.append(MY_NAME)
        if _POST_NOMINAL_CUE.search(text):
            pats.append(POST_NOMINAL)
        tail = max(0, len(text) - 500)  # sign-offs close a text: only its end is searched
        if not words.isdisjoint(_SIGN_OFF_WORDS) or _SIGN_OFF_SHORT.search(text, max(0, len(text) - 80)):
            pats.append(SIGN_OFF)
        after = (_REL_NAME.match(text, e) or _caps_name(text, e, keep) for e in relations)
        for pat in [*pats, RELATIVE]:
            found = after if pat is RELATIVE else pat.finditer(text, tail if pat is SIGN_OFF else 0)
            for m in found:
                if m is None:
                    continue
                name = m.group(1)
                if pat is MY_NAME and " " not in name and not re.search(r"(?i)name|called|heiße|enw", m.group()):
                    # "I'm Welsh": one word after "I'm" is left to NER, unless it is a first name and a comma or
                    # a full stop follows ('I am Oksana, from Kharkiv')
                    if not (name in first and text[m.end(1) : m.end(1) + 1] in (",", ".")):
                        continue
                if (
                    _ORG_AFTER.match(text, m.end(1))
                    or (pat is RELATIVE and _PLACE_AFTER.match(text, m.end(1)))  # "the Child Protection team"
                    or (any(w in _ORG_LAST for w in name.split()) and not person_first(pat, name, first))
                    or name.lower() in _TITLE_WORDS  # 'Detective Inspector, Public Protection'
                ):
                    continue  # "Harcourt and Cowper Streets Residents' Association" is an organisation
                # a known first name after a role word or 'my name is' is a name, a place's too ('My name is Jordan')
                cued = pat is RELATIVE or (pat is MY_NAME and "name" in m.group().lower())
                known = cued and (name.split()[0] in first and name.split()[0] not in _STOP_CAPS or name[1:2] == ".")
                if pat is TITLED_NAME and titled_thing(text, m.start(), m.group()):
                    continue  # 'on the Sir Walter Scott' (a steamer), 'the Lord Nelson' (a pub)
                if pat is TITLED_NAME or name_ok(name, keep, common) or known:
                    end = m.end(1) if pat is POST_NOMINAL else self._extend_surname(text, m.end(1), common)
                    spans.append(Span(m.start(1), end, "NAME"))
        for m in SIGN_IN.finditer(text[:80]) if "here" in low[:80] or "writing" in low[:80] else ():
            if name_ok(m.group(1), keep, common) and not _org_line(m.group(1)):
                spans.append(Span(m.start(1), m.end(1), "NAME"))
        for m in SIGN_IN_LOWER.finditer(text[:40]) if "here" in low[:40] else ():
            if m.group(1).capitalize() in first and m.group(1).capitalize() not in keep:
                spans.append(Span(m.start(1), m.end(1), "NAME"))
        for m in CALLED_NAME.finditer(text) if "call" in low or "friends say" in low or "known" in low else ():
            if m.group(1) not in _STOP_CAPS and name_ok(m.group(1), keep, common):
                spans.append(Span(m.start(1), m.end(1), "NAME"))
        for pat, cue, names in ((FAMILY_NAME, _FAMILY_CUE, last), (LITTLE_NAME, _LITTLE_CUE, first)):
            if words.isdisjoint(cue):
                continue
            for m in pat.finditer(text):
                g = 1 if m.group(1) else 2  # LITTLE_NAME's second group: after 'our' and 'wor'
                name = m.group(g)
                # 'twins' and 'triplets' follow nothing but a surname; 'family' may follow a party or a firm
                listed = name.split()[0].split("-")[0] in names or m.group().endswith(("twins", "triplets"))
                if listed and name not in _STOP_CAPS and name_ok(name, keep, common):
                    spans.append(Span(m.start(g), m.end(g), "NAME"))
        for cue, pat in SAID_OF_NAME:
            if words.isdisjoint(cue) or (cue is _IS and ", is " not in text):
                continue
            for m in pat.finditer(text):
                for part in re.split(r",| and | & ", m.group(1)):
                    part = part.strip()
                    a = m.start(1) + m.group(1).find(part)
                    if part and name_ok(part, keep, common) and not _org_line(part):
                        spans.append(Span(a, a + len(part), "NAME"))
        for m in HAN_NAME.finditer(text) if _HAN.search(text) else ():
            # beside a name in Latin letters, or after 'I am': 'Chan Kwok Wing 陳國榮', '陈美玲 (Chan Mei Ling)'
            if (
                _LATIN_NAME_BEFORE.search(text, max(0, m.start() - 40), m.start())
                or _LATIN_NAME_AFTER.match(text, m.end())
                or re.search(r"(?i:\b(?:i am|i'm|name is|name:))\s*$", text[max(0, m.start() - 12) : m.start()])
            ):
                spans.append(Span(m.start(1), m.end(1), "NAME"))
        # a nickname in quotes between a first name and a surname: "Dilwyn 'Dil' Harries", 'Patrick "Paddy" Ward'
        for m in _QUOTED_NICKNAME.finditer(text) if "'" in text or "‘" in text or '"' in text or "“" in text else ():
            given, nick = m.group(2), m.group(3)
            if (given in first or given[:2] == nick[:2]) and name_ok(m.group(1), keep, common):
                spans.append(Span(m.start(1), m.end(1), "NAME"))
        spans += signature_spans(text, keep, common)
        return spans

    def _school_spans(self, text: str, keep: set[str], common: set[str], shared: set[str] = frozenset()) -> list[Span]:
        """A named school identifies a child: 'Hazelmere Vale Primary School', 'hawthorn vale primary'; after a
        child's cue ('in Year 2 at'), one whose name many responses share too ('the consultation's own school':
        `_schools_of_children` then asks that one child is said to go there)."""
        low = text.lower()
        out = []
        for m in SCHOOL.finditer(text) if _SCHOOL_CUE.search(text) else ():
            toks = list(re.finditer(r"\S+", m.group(1)))
            if toks[-1].group() in ("High", "Grammar") and (
                _STREET_AFTER.match(text, m.end(1)) or ("school" not in low and not _CHILD_CUE.search(text))
            ):
                continue  # 'Tonbridge High Street'; 'at Oakwood Park Grammar' beside a child is a school
            while toks and toks[0].group() in keep and toks[0].group() != "St":
                toks = toks[1:]  # "At", "The", "Kent", "Special" ... are not the school's own name
            if len(toks) >= 2 and name_ok(" ".join(t.group() for t in toks[:-1]), keep, set()):
                out.append(Span(m.start(1) + toks[0].start(), m.end(1), "SCHOOL"))
        for m in SCHOOL_CELTIC.finditer(text):
            out.append(Span(m.start(1), m.end(1), "SCHOOL"))
        for m in SCHOOL_BY_CONTEXT.finditer(text):
            g = next(i for i in range(1, m.re.groups + 1) if m.group(i))
            name = m.group(g)
            # a shared name after a child's own cue ('Year 2 at', 'attends', 'the base at Rowanbank since P1'), not
            # after a room's alone ('unit at Port Linnhe')
            child = not _ROOM_AT.match(m.group()) or _YEAR_AFTER.match(text, m.end(g))
            theirs = child and any(t in shared and t not in keep for t in name.split())
            if name_ok(name, keep, common) or theirs or name.startswith(("St", "st ")):
                out.append(Span(m.start(g), m.end(g), "SCHOOL"))
        out += lower_schools_after_year(text, common)
        lower_cue = any(w in low for w in _LOWER_SCHOOL_CUES)
        for m in SCHOOL_LOWER.finditer(text) if lower_cue else ():
            words = m.group(1).split()
            kind = 2 if " ".join(words[-2:]) in ("high school", "primary school", "infant school", "sixth form") else 1
            name = words[:-kind]
            while name and (name[0] in _STOP or name[0] in _SCHOOL_WORDS) and name[0] != "st":
                name = name[1:]
            possessive = any("'" in w or "’" in w for w in name) and name[0] != "st"  # 'my son's academy'
            if name and not possessive and not any((w in _STOP and w != "st") or w in _SCHOOL_WORDS for w in name):
                out.append(Span(m.end(1) - len(" ".join([*name, *words[-kind:]])), m.end(1), "SCHOOL"))
        return out

    def _propagate(self, text: str, spans: list[Span], keep: set[str], common: set[str], shared=frozenset()):
        """A name found once is redacted wherever else it appears in the text ('Isla Pettigrew' ... 'Isla')."""
        if not spans:
            return spans
        names = {
            w
            for sp in spans
            if sp.kind == "NAME"
            for w in _NAME_TOKEN_RE.findall(text[sp.start : sp.end])
            if w not in keep and w not in common and len(w) > 1
        }
        out = list(spans)
        while names:
            new: set[str] = set()
            for m in _CAP_SPAN.finditer(text):
                if any(sp.start < m.end() and m.start() < sp.end for sp in out):
                    continue
                toks = list(_NAME_TOKEN_RE.finditer(m.group()))
                if not any(t.group() in names for t in toks):
                    continue
                if _FIRM_AFTER.match(text, m.end()) or _ORG_AFTER.match(text, m.end()) or _FIRM_AFTER.search(m.group()):
                    continue  # 'Mr Hartley of Hartley & Dunn Chartered Surveyors': the firm keeps its name
                while toks and (toks[0].group() in keep or toks[0].group() in common) and toks[0].group() not in names:
                    toks = toks[1:]
                while (
                    toks and (toks[-1].group() in keep or toks[-1].group() in common) and toks[-1].group() not in names
                ):
                    toks = toks[:-1]
                out.append(Span(m.start() + toks[0].start(), m.start() + toks[-1].end(), "NAME"))
                new |= {t.group() for t in toks if t.group() not in keep and t.group() not in common} - names
            names = new
        out += names_from_names(text, spans, out, keep, common, shared)
        # a first name joined to a full name: 'Sunita and Raj Chaudhary', 'Kacper and Zuzanna Nowicki'
        first = name_lists()[0]
        for sp in spans:
            if sp.kind == "NAME" and " " in text[sp.start : sp.end].strip():
                b = _AND_BEFORE.search(text, max(0, sp.start - 30), sp.start)
                if b and b.group(1) in first and b.group(1) not in keep and b.group(1) not in _STOP_CAPS:
                    if not overlaps(b.start(1), b.end(1), out):
                        out.append(Span(b.start(1), b.end(1), "NAME"))
        # a lower-case name ('me and sharon ... sharon said') wherever else it occurs in lower case
        for sp in spans:
            word = text[sp.start : sp.end]
            if sp.kind in ("NAME", _NER_WORD) and word.islower() and " " not in word and len(word) > 2:
                for m in re.finditer(rf"(?<![\w'’-]){re.escape(word)}(?![\w-])", text):
                    if not overlaps(m.start(), m.end(), out):
                        out.append(Span(m.start(), m.end(), "NAME"))
        return out

    def _candidates(self, text: str, taken: list[Span], keep: set[str], common: set[str]):
        """(start, end) of capitalised runs that might be a person's name and no recogniser has claimed."""
        foreign = None  # worked out at the first run that needs it
        for m in _CAP_SPAN.finditer(text):
            g = m.group()
            if " " not in g and (g in keep or g in common):
                continue  # the usual case, decided without building token lists
            if foreign is None:
                foreign = foreign_ranges(text)
            if foreign and any(a <= m.start() < b for a, b in foreign):
                continue  # a German or Welsh sentence: its capitals are nouns and places, not for English NER
            toks, pos = [], m.start()
            for w in g.split(" "):
                toks.append((pos, pos + len(w), w))
                pos += len(w) + 1
            if run_not_a_person(text, m.start(), toks[0][2]):
                continue  # "Loch Laomainn", "Little Marston", however the rest is trimmed; "Save Larchfield House"
            if _sentence_initial(text, m.start()):
                while toks and (toks[0][2] in common or toks[0][2] in keep):
                    toks = toks[1:]
            if len(toks) > 1 and _STREET_END.fullmatch(toks[-1][2]):
                continue  # "Mercer Road": a street, for the address recognisers to judge, not a person
            while toks and toks[-1][2] in keep:
                toks = toks[:-1]
            while toks and toks[0][2] in keep:
                toks = toks[1:]
            if not toks or len(toks) > 4:
                continue
            if (
                _ORG_AFTER.match(text, toks[-1][1])
                or _FIRM_AFTER.match(text, toks[-1][1])
                or _LANDMARK_AFTER.match(text, toks[-1][1])
            ):
                continue  # "Kaya's Kitchen", "Hartley & Dunn Surveyors": a business named after someone
            words = [t[2] for t in toks]
            s_ = toks[0][0]
            if any(w in keep for w in words) or words[0] in _PLACE_FIRST or words[-1] in _ORG_LAST:
                continue
            if (
                _THE_BEFORE.search(text, max(0, s_ - 25), s_)
                or _PLACE_BEFORE.search(text, max(0, s_ - 28), s_)
                or _ROYAL_BEFORE.search(text, max(0, s_ - 9), s_)  # "King's Lynn", "Bishop's Stortford"
                or _ROYAL_PLACE.match(text, s_)  # and its "King"
            ):
                continue  # "the Dolphins", "the Crusty Cob"; "in Little Marston", "near Crianlarich": no person
            e_ = toks[-1][1]
            placed = _PLACE_AFTER.match(text, e_) or next_to_place(text, s_, e_, keep, common)
            # (not a known first name signing with its address: 'Chantelle, Glenview Park, bt35 6hx'; after an
            # address, a town or a person, for NER and _towns_after_addresses: '14 Market Street, Gavin Hirst, holds')
            after_address = any(sp.kind == "ADDRESS" and text[sp.end : s_] in (", ", ",") for sp in taken)
            if placed and not after_address and not (words[0] in name_lists()[0] and _ADDRESS_AFTER.match(text, e_)):
                continue
            if _GROWN_AFTER.match(text, toks[-1][1]) or _GREW_UP_IN.search(text, max(0, s_ - 24), s_):
                continue  # "Charlotte potatoes": a variety; "I grew up on Harris": a place
            if len(words) > 1 and _PLACE_NAME.fullmatch(words[0]) and _STREET_END.fullmatch(words[-1]):
                continue  # "Oakworth Green", "Ashbury Common": a village, not a person
            if len(words) == 1 and (
                words[0].endswith("ly")
                or _PLACE_NAME.fullmatch(words[0])
                or _PLACE_BEFORE_ONE.search(text, max(0, s_ - 8), s_)
            ):
                continue  # "Secondly"; a word shaped like a place ("Strathfillan", "Ashbury"); "at Greggs"
            if all(w in common for w in words):
                continue
            s, e = toks[0][0], toks[-1][1]
            if overlaps(s, e, taken):
                continue  # inside an address, email or a name a recogniser found
            yield s, e

    def _ner_spans(self, texts, candidates, lower_cues=(), english=None, lower=None, bare=()) -> dict[int, list[Span]]:
        occurrences: dict[str, list[tuple[int, int, int]]] = {}
        for i, t in enumerate(texts):
            if english is not None and not english[i]:
                continue
            for s, e in candidates[i]:
                occurrences.setdefault(t[s:e], []).append((i, s, e))
        if not occurrences and not lower_cues and not bare:
            return {}
        jobs: dict[str, tuple[int, int]] = {}  # window text -> (span start, span end) within it
        plan: list[tuple[str, list[tuple[int, int, int]], list[str]]] = []
        for name, occ in occurrences.items():
            windows = []
            for i, s, e in occ[: self.votes]:
                a, b = _ner_window(texts[i], s, e)
                w = texts[i][a:b]
                jobs.setdefault(w, (s - a, e - a))
                windows.append(w)
            plan.append((name, occ, windows))
        titled: dict[tuple[int, int, int], str] = {}
        for i, s, e in [*lower_cues, *bare]:  # each on its own, written as a name would be
            a, b = _ner_window(texts[i], s, e)
            t = texts[i]
            w = titled[i, s, e] = t[a:s] + t[s:e].title() + t[e:b]
            jobs.setdefault(w, (s - a, e - a))
            plan.append((t[s:e], [(i, s, e)], [w]))
        nlp = self.nlp or load_spacy(("ner",))
        keys = list(jobs)
        verdict: dict[str, bool] = {}
        docs = nlp.pipe(keys, batch_size=self.batch_size, n_process=self.n_process if len(keys) > 4000 else 1)
        for w, doc in zip(keys, docs, strict=True):
            s, e = jobs[w]
            verdict[w] = any(ent.label_ == "PERSON" and ent.start_char < e and s < ent.end_char for ent in doc.ents)
        first, last = name_lists()
        # 'my daughter amira is 9', 'my nan (pauline)': the sentence reads as a name's, or the word is a known name
        for i, s, e in lower_cues:
            t, w = texts[i], titled[i, s, e]
            known = all(p.capitalize() in first or p.capitalize() in last for x in t[s:e].split() for p in x.split("-"))
            verdict[w] = verdict.get(w, False) or bool(_AFTER_LOWER_NAME.match(t, e)) or known
        for i, s, e in bare:  # what follows it is said only of a person: 'kayleigh who does it now'
            verdict[titled[i, s, e]] = verdict.get(titled[i, s, e], False) or bool(BARE_SURE_AFTER.match(texts[i], e))
        out: dict[int, list[Span]] = {}
        for name, occ, windows in plan:
            hits = [verdict[w] for w in windows]
            words = name.split()
            if len(words) == 1 and name in occurrences and name not in first and name not in last:
                # one word no list knows as a name ('Crianlarich', 'Luss') is a place, unless introduced as a name
                hits = [
                    h and bool(_INTRODUCED.search(texts[i], max(0, s - 25), s))
                    for h, (i, s, _e) in zip(hits, occ, strict=False)
                ]
            elif name in occurrences and words[0] in first and (lower or {}).get(words[0].lower(), 0) <= 1:
                # a known first name the corpus never writes as a word ('especially Precious, who ...'), mid-sentence
                # and, of two words or more, one that is a sentence or a line by itself or stands before a phone
                # number or an email ('Nusrat Jahan. Please keep.', 'Hawre Mahmood 01632 960 884')
                hits = [
                    h
                    or not _sentence_initial(texts[i], s)
                    or (len(words) > 1 and bool(_ALONE_AFTER.match(texts[i], e)))
                    or bool(_ADDRESS_AFTER.match(texts[i], e))  # its address after it: 'Chantelle, Glenview Park, bt35'
                    for h, (i, s, e) in zip(hits, occ, strict=False)
                ]
            elif name in occurrences and len(words) > 1 and unknown_words(words, lower or {}, first, last):
                # a line of words no list or dictionary knows, before a phone or an email: 'Hawre Mahmood 01632 960 884'
                hits = [
                    h or (texts[i][s - 1 : s] in ("", "\n") and bool(_CONTACT_AFTER.match(texts[i], e)))
                    for h, (i, s, e) in zip(hits, occ, strict=False)
                ]
            if len(occ) <= self.votes:
                decided = zip(occ, hits, strict=True)
            else:  # a recurring phrase: the majority of its first contexts decides every occurrence
                yes = sum(hits) * 2 > len(hits)
                decided = ((o, yes) for o in occ)
            for (i, s, e), yes in decided:
                if yes:
                    # one word NER took for a name is redacted, but not spread: it may be a place it did not know
                    out.setdefault(i, []).append(Span(s, e, "NAME" if " " in texts[i][s:e] else _NER_WORD))
        return out

    def redact(self, texts: Sequence[str], counts=None, languages=None, meanwhile=None) -> list[str]:
        """The texts with their spans replaced by placeholders ([NAME], ...): see `find`."""
        spans = self.find(texts, counts, languages, meanwhile)
        return [apply_spans(t, s) for t, s in zip(texts, spans, strict=True)]


def _scan(texts: Sequence[str], ctx: _Ctx) -> list[tuple[list[Span], list[tuple[int, int]], list[tuple[int, int]]]]:
    """Per text, what it and the corpus vocabulary alone decide: the recognisers' spans, the lower-case names after
    a cue (for NER to confirm) and the capitalised runs nothing claimed (for NER to judge)."""
    r, lower, cap = ctx.redactor, ctx.lower, ctx.cap
    out = []
    for t, (spans, words) in zip(texts, _recognise(texts, ctx), strict=True):
        cues = []
        # a word the corpus writes in lower case often is an ordinary word, not a name typed in lower case
        # (its first and last words: 'her name is violet may tindall' has a word the corpus uses inside it); a
        # name of the project's own list the corpus seldom writes in lower case needs no NER ('me n kyle')
        spans = spans + names_by_verb(t, lower, ctx.keep, ctx.common, ctx.shared)
        for a, b in lower_name_cues(t, t.lower(), lower, r._keep()):
            ends = t[a:b].split()
            if all(lower[w] <= 3 or cap[w.capitalize()] >= lower[w] for w in {ends[0], ends[-1]}):
                if sure_lower_name(ends[0], lower, t, a):
                    spans = [*spans, Span(a, b, "NAME")]
                else:
                    cues.append((a, b))
        runs = list(r._candidates(t, spans, ctx.keep, ctx.common)) if r.use_ner else []
        bare = []
        if r.use_ner:
            taken = [*spans, *(Span(a, b, "NAME") for a, b in cues)]
            bare = [(a, b) for a, b in bare_lower_names(t, words, lower, cap) if not overlaps(a, b, taken)]
        out.append((spans, cues, runs, bare))
    return out


def _finish(items: Sequence[tuple[str, list[Span]]], ctx: _Ctx) -> list[list[Span]]:
    """Per text and the spans found in it: what follows from them (an address repeated, a date of birth after a
    name, a name's other occurrences, a child's school), names that are not people dropped, all merged."""
    r, out = ctx.redactor, []
    for t, found in items:
        found = found + repeat_addresses(t, found)
        found += _dates_after_names(t, found)
        found += names_before_births(t, found, ctx.keep) + names_in_brackets(t, found)
        found = _business_letterhead(t, _towns_after_addresses(t, found))
        spans = r._drop_not_people(t, r._propagate(t, found, ctx.keep, ctx.common, ctx.shared))
        spans = _schools_of_children(t, spans, ctx.shared)
        out.append(_merge((whole_word(t, Span(x.start, x.end, "NAME")) if x.kind in ("NAME", _NER_WORD) else x
                           for x in spans), t))  # fmt: skip
    return out


@functools.lru_cache(maxsize=1)
def default_redactor() -> Redactor:
    """The redactor with no consultation-specific keep_words, shared by every caller that has none."""
    return Redactor()


@functools.lru_cache(maxsize=1 << 16)
def _redact_one(text: str) -> str:
    return default_redactor().redact([text])[0]


def redact(text: str, counts: dict[str, int] | None = None) -> str:
    """Replace personal data with [NAME], [EMAIL], [PHONE], [POSTCODE], [ADDRESS], [SCHOOL]; places and the
    field's vocabulary stay. For many texts at once, Redactor.redact is faster (it batches NER)."""
    if not isinstance(text, str) or not text:
        return text if isinstance(text, str) else ""
    if counts is None:
        return _redact_one(text)  # evidence quotes repeat: redact each distinct sentence once
    return default_redactor().redact([text], counts)[0]


def shown_texts(responses) -> dict[str, str]:
    """response_id -> the text safe to show: the redacted_text ingest wrote, else the text redacted here."""
    red = responses["redacted_text"] if "redacted_text" in responses.columns else None
    out = {}
    for i, (rid, text) in enumerate(zip(responses["response_id"], responses["text"], strict=True)):
        r = red.iloc[i] if red is not None else ""
        out[rid] = r if isinstance(r, str) and r else redact(text)
    return out


_ROOM_AT = re.compile(r"(?:unit|base|class|room) at")
_IS = next(cue for cue, _pat in SAID_OF_NAME if cue == {"is"})  # its pattern needs ', is ' in the text
