"""Turn what a consultation team receives into responses.csv: normalised, redacted, flagged, campaigns grouped.

Survey exports (CSV in any common encoding, XLSX, JSONL) and folders of letters (.txt, .docx, .pdf, .eml) become
one row per (respondent, open question). Inputs are never modified; rows that cannot be read are listed in
ingest_report.json and the on-screen summary, never dropped silently.
"""

from __future__ import annotations

import csv
import difflib
import email
import email.policy
import email.utils
import functools
import io
import json
import re
import unicodedata
from collections import Counter
from collections.abc import Iterable, Sequence
from dataclasses import asdict, dataclass, field
from pathlib import Path

import numpy as np
import pandas as pd
import yaml
from pydantic import BaseModel, ConfigDict, ValidationError

from .artefacts import atomic_write_csv, atomic_write_json, sha256_file
from .errors import ConsultError

RESPONSE_COLUMNS = [
    "response_id", "text", "redacted_text", "respondent_type", "question_id", "campaign_id", "flags",
    "respondent_id", "raw_text", "duplicate_of", "source",
]  # fmt: skip
TABLE_SUFFIXES = {".csv", ".tsv", ".txt", ".xlsx", ".xlsm", ".jsonl", ".ndjson"}
LETTER_SUFFIXES = {".txt", ".docx", ".pdf", ".eml"}
NO_ANSWER = re.compile(
    r"^\s*(?:n\s*/?\s*a|none|no|nil|nothing|no comments?|(?:i have |i've )?nothing (?:else |more )?to (?:add|say)|"
    r"no further comments?|not applicable|no opinion|don'?t know|-+|\.+|x|no comments? at this (?:time|stage))"
    r"\s*[.!]*\s*$",
    re.I,
)

# ---------------------------------------------------------------------------------------------------------------
# Normalising


_ZERO_WIDTH = re.compile("[\u200b\u200c\u200d\u2060\ufeff]")


def normalise(text: str) -> str:
    """Repair mojibake and HTML entities, unify Unicode and whitespace, keep paragraph breaks."""
    if not isinstance(text, str):
        return ""
    t = text
    if not t.isascii() or "&" in t:
        import ftfy

        t = ftfy.fix_text(t, normalization="NFC")
    t = _ZERO_WIDTH.sub("", t)
    t = unicodedata.normalize("NFC", t).replace("\r\n", "\n").replace("\r", "\n").replace("\u00a0", " ")
    t = "\n".join(re.sub(r"[ \t\f\v]+", " ", ln).strip() for ln in t.split("\n"))
    return re.sub(r"\n{3,}", "\n\n", t).strip()


def flags_for(text: str) -> str:
    """'blank' or 'no_answer' (N/A, no comment, ...) so they can be left out of coding without being lost."""
    if not text.strip():
        return "blank"
    if NO_ANSWER.match(text):
        return "no_answer"
    return ""


# ---------------------------------------------------------------------------------------------------------------
# Personal data

EMAIL = re.compile(r"(?<![\w.+-])[\w.+-]+@[\w-]+(?:\.[\w-]+)*\.[A-Za-z]{2,}\b")
_PHONE = re.compile(r"(?<![\w+])(?:\+44[\s-]?(?:\(0\)[\s-]?)?|\(?0)\d[\d\s()\-]{7,14}\d(?![\w])")
_AREAS = (
    "AB AL B BA BB BD BH BL BN BR BS BT CA CB CF CH CM CO CR CT CV CW DA DD DE DG DH DL DN DT DY E EC EH EN EX "
    "FK FY G GL GU GY HA HD HG HP HR HS HU HX IG IM IP IV JE KA KT KW KY L LA LD LE LL LN LS LU M ME MK ML N NE NG "
    "NN NP NR NW OL OX PA PE PH PL PO PR RG RH RM S SA SE SG SK SL SM SN SO SP SR SS ST SW SY TA TD TF TN TQ TR TS "
    "TW UB W WA WC WD WF WN WR WS WV YO ZE"
).split()
_AREA_SET = frozenset(_AREAS)
POSTCODE = re.compile(r"\b([A-Za-z]{1,2})\d[A-Za-z\d]?[ \t]*\d[ABD-HJLNP-UW-Zabd-hjlnp-uw-z]{2}\b")
_STREET = (
    "Road|Rd|Street|St|Avenue|Ave|Lane|Ln|Close|Drive|Way|Crescent|Cres|Gardens|Gdns|Place|Court|Terrace|"
    "Grove|Hill|Park|Rise|View|Walk|Square|Mews|Row|Parade|Green|Meadow|Meadows|Villas|Cottages|Vale|Wharf|"
    "Yard|Boulevard|Chase|Approach|Gate|Ride|Field|Fields|Bank|Wood|End|Hollow|Heights|Common"
)
ADDRESS = re.compile(r"\b\d{1,4}[A-Za-z]?(?:-\d{1,4})?,?\s+(?:[A-Z][a-z'’]+\s+){1,3}(?:" + _STREET + r")\b\.?")
_FLAT = re.compile(r"\b(?:Flat|Apartment|Apt|Unit)\s+\d+[A-Za-z]?,?\s+$")
_TITLE = r"(?:Mr|Mrs|Ms|Miss|Mx|Dr|Prof|Professor|Sir|Dame|Rev|Revd|Cllr|Councillor)"
_NAME_TOKEN = r"(?:Mc|Mac|O['’]|D['’])?[A-Z][a-z]+(?:-[A-Z][a-z]+)*"
TITLED_NAME = re.compile(rf"\b{_TITLE}\.?\s+((?:[A-Z]\.?\s+)*{_NAME_TOKEN}(?:[ -]{_NAME_TOKEN})?)")
MY_NAME = re.compile(rf"\b(?:[Mm]y name is|[Mm]y name's|I am called|I'm called)\s+({_NAME_TOKEN}(?: {_NAME_TOKEN})?)")
SIGN_OFF = re.compile(
    r"(?m)\b(?i:yours\s+(?:sincerely|faithfully|truly)|kind(?:est)?\s+regards|best\s+(?:wishes|regards)|"
    r"warm(?:est)?\s+regards|many\s+thanks|with\s+thanks|regards|sincerely|thank\s+you|thanks)[,.!]?[ \t]*"
    rf"(?:\n\s*|[ \t]+)((?:{_TITLE}\.?\s+)?{_NAME_TOKEN}(?:[ \t]+(?:[A-Z]\.?[ \t]+)?{_NAME_TOKEN}){{0,2}})"
    r"(?=[ \t]*(?:[,(\n]|$))"
)
_RELATIONS = (
    r"son|daughter|child|grandson|granddaughter|grandchild|nephew|niece|husband|wife|partner|brother|sister|boy|"
    r"girl|twins?|stepson|stepdaughter|sons|daughters|children"
)
RELATIVE = re.compile(
    rf"\b(?:[Mm]y|[Oo]ur|[Hh]is|[Hh]er|[Tt]heir)\s+(?:[\w-]+\s+){{0,3}}?(?:{_RELATIONS})"
    rf"\s*,?\s+({_NAME_TOKEN}(?: (?:and|&) {_NAME_TOKEN})?)"
)
# lower-case names ("my name is karen whitlock", "her son alfie dunmore"): found after a cue, confirmed by NER
MY_NAME_LOWER = re.compile(r"\bmy name(?: is|'s)\s+([a-z][a-z'-]+(?: [a-z][a-z'-]+)?)")
RELATIVE_LOWER = re.compile(
    rf"\b(?:my|our|his|her|their)\s+(?:[\w-]+\s+){{0,3}}?(?:{_RELATIONS})\s*,?\s+([a-z][a-z'-]+(?: [a-z][a-z'-]+)?)"
)
_SCHOOL_TYPE = r"(?:School|Academy|College|Primary|Infants|Juniors)"
_SCHOOL_CUE = re.compile(rf"[a-z] {_SCHOOL_TYPE}\b")
SCHOOL = re.compile(rf"(?<![\w'’-])((?:{_NAME_TOKEN} ){{1,5}}{_SCHOOL_TYPE})\b")
SCHOOL_LOWER = re.compile(
    r"\b(?:at|to|attends|attending|from|in)\s+((?:[a-z][a-z-]+ ){2,3}(?:(?:primary|infant|junior)(?: school)?|"
    r"infants|juniors|academy))\b"
)
# words that describe a kind of school rather than name one: "our village primary", "a special school"
_SCHOOL_WORDS = set(
    """local village special mainstream primary secondary new current old nearest catchment grammar independent
    private state community faith catholic church infant infants junior juniors first middle high feeder same
    different another every each other boarding day residential forest nursery pre prep preparatory free
    alternative hospital home sixth form secondary specialist small big large good outstanding rural town
    previous last next old former chosen preferred named designated resourced unit sen send senco senior kids
    kid childrens sons daughters grandsons granddaughters own partner whichever nearby lovely great""".split()
)
_DIGIT = re.compile(r"\d")
_STOP = frozenset(
    """a an the and or but if of to in on at by for with from about into over after before is are was were be been
    being has have had do does did will would can could should may might must shall who which that this these
    those he she they we you it his her their our your its him them us me my mine i im i'm who's not no nor so
    too very just also as than then there here when where why how what all any some each every both either
    neither one two three four five six seven eight nine ten eleven twelve year years old aged age is has got
    goes went attends attended struggles struggled loves needs needed wants wanted cant dont wont isnt doesnt
    didnt im ive hes shes theyre hasnt wasnt couldnt wouldnt shouldnt aint youre were weve theyve""".split()
)
_NAME_PATTERNS = [
    (TITLED_NAME, re.compile(r"\b(?:mrs?|ms|miss|mx|dr|prof|professor|sir|dame|revd?|cllr|councillor)\b")),
    (MY_NAME, re.compile(r"name|called")),
    (RELATIVE, re.compile(_RELATIONS)),
    (SIGN_OFF, re.compile(r"sincerely|faithfully|truly|regards|wishes|thank")),
]
# after a first name, a place-like word is a surname ("Theo Marsh", "Amy Wood"), unless it is an ordinary word
_KEEP_AFTER_NAME = frozenset(
    "Year Years School Primary Academy College Council County Team Service Services Trust Centre Hospital "
    "Monday Tuesday Wednesday Thursday Friday Saturday Sunday".split()
)
_NAME_TOKEN_RE = re.compile(_NAME_TOKEN)
_NEXT_NAME = re.compile(rf" ({_NAME_TOKEN})\b")
_CAP_SPAN = re.compile(rf"(?<![\w'’-]){_NAME_TOKEN}(?: {_NAME_TOKEN})*\b")
_LOWER_WORD = re.compile(r"\b[a-z][a-z'’]+\b")
_CAP_WORD = re.compile(r"\b[A-Z][a-z'’]+\b")

# Words that stay however they are capitalised: the field's vocabulary, Kent's places, calendar words. A
# consultation elsewhere adds its own with the mapping's `keep_words`.
FIELD_WORDS = """
SEND SEN SENCO SENCo Senco SENCos SENCOs EHCP EHCPs EHC SRP SRPs CAMHS PCN PCNs KCC NHS GP GPs OT OTs SALT SaLT
ASD ADHD ASC PDA SEMH SLCN MLD SLD PMLD LSA TA TAs Ofsted DfE EP EPs STLS LIFT IPSEA SENDIASS IASK NASEN Nasen
Locality Localities Cluster Clusters Model Council County Borough District Parish Academy Academies Trust MAT
Mainstream Special School Schools Primary Secondary Grammar Infant Junior College University Nursery Reception
Year Years Key Stage Autism Autistic Dyslexia Down Syndrome Tourette Education Health Care Plan Plans Needs
Needs Provision Provisions Resource Resourced Unit Base Hub Hubs Team Teams Service Services Local Offer
Authority Government Minister Department Parent Parents Carer Carers Forum Kent Medway Maidstone Ashford Canterbury
Dartford Dover Folkestone Hythe Gravesend Gravesham Sevenoaks Swale Sittingbourne Faversham Thanet Margate
Ramsgate Broadstairs Tonbridge Malling Tunbridge Wells Whitstable Herne Bay Deal Sandwich Tenterden Cranbrook
Edenbridge Swanley Westerham Paddock Wood Romney Marsh New Lydd Sheerness Sheppey Minster Queenborough Snodland
West East North South Weald Downs Dungeness Bluewater
Aylesford Larkfield Ditton Hoo Rochester Chatham Gillingham Strood Birchington Westgate
Westgate-on-Sea Shepway Isle London England English Britain British UK Sussex Essex Surrey Wales Scotland
Monday Tuesday Wednesday Thursday Friday Saturday Sunday January February March April May June July August
September October November December Christmas Easter Covid COVID God Google Facebook Zoom Teams
Mr Mrs Ms Miss Mx Dr Prof Professor Sir Dame Rev Revd Cllr Councillor Dear Madam Regards Kind Best Yours
""".split()


@dataclass(frozen=True)
class Span:
    """A piece of personal data found in a text: [start, end) and its kind (NAME, EMAIL, ...)."""

    start: int
    end: int
    kind: str


def _phone_spans(text: str) -> list[Span]:
    out = []
    for m in _PHONE.finditer(text):
        digits = re.sub(r"\D", "", m.group())
        if digits.startswith("44"):
            digits = "0" + digits[2:].lstrip("0")
        if 10 <= len(digits) <= 11 and digits.startswith("0"):
            out.append(Span(m.start(), m.end(), "PHONE"))
    return out


def _postcode_spans(text: str) -> list[Span]:
    out = []
    for m in POSTCODE.finditer(text):
        g = m.group()
        if m.group(1).upper() not in _AREA_SET:
            continue
        if g.isupper() or (g.islower() and " " in g and g[1].isalpha()):
            out.append(Span(m.start(), m.end(), "POSTCODE"))
    return out


def _sentence_initial(text: str, i: int) -> bool:
    j = i - 1
    while j >= 0 and text[j] in " \t\"'“‘([*•·-–":
        j -= 1
    return j < 0 or text[j] in ".!?:;\n"


def _merge(spans: Iterable[Span]) -> list[Span]:
    """Overlapping spans become one, keeping the kind of the earliest-starting (longest on ties)."""
    out: list[Span] = []
    for s in sorted(spans, key=lambda s: (s.start, -s.end)):
        if out and s.start < out[-1].end:
            last = out[-1]
            out[-1] = Span(last.start, max(last.end, s.end), last.kind)
        else:
            out.append(s)
    return out


def apply_spans(text: str, spans: Sequence[Span]) -> str:
    """The text with each span replaced by its typed placeholder, e.g. [NAME]."""
    parts, pos = [], 0
    for s in _merge(spans):
        parts.append(text[pos : s.start])
        parts.append(f"[{s.kind}]")
        pos = s.end
    parts.append(text[pos:])
    return "".join(parts)


class Redactor:
    """Find personal data with patterns, and people's names with spaCy NER run only where it can matter.

    NER costs ~8,000 tokens/s on one core, so it never sees whole responses: each run of capitalised words that
    is not the field's vocabulary, a known place or a common word is sent with a short window of context, and a
    capitalised phrase that recurs is decided once from its first `votes` contexts.
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
            from spacy.lang.en.stop_words import STOP_WORDS

            keep = set(FIELD_WORDS) | {w for k in self.keep_words for w in re.split(r"\s+", k) if w}
            self._keep_cache = keep | {w.capitalize() for w in STOP_WORDS}
        return self._keep_cache

    @staticmethod
    def _counts(texts: Sequence[str]) -> tuple[Counter[str], Counter[str]]:
        lower: Counter[str] = Counter()
        cap: Counter[str] = Counter()
        for t in texts:
            lower.update(_LOWER_WORD.findall(t))
            cap.update(_CAP_WORD.findall(t))
        return lower, cap

    def _common(self, texts: Sequence[str], counts=None) -> set[str]:
        """Capitalised words that the corpus itself writes in lower case more often: ordinary words, not names."""
        lower, cap = counts or self._counts(texts)
        return {w for w, n in cap.items() if lower.get(w.lower(), 0) >= max(2, n)}

    # -- finding
    def find(self, texts: Sequence[str], counts: dict[str, int] | None = None) -> list[list[Span]]:
        """Personal-data spans for each text (merged, in order)."""
        keep = self._keep()
        lower, cap = self._counts(texts)
        common = self._common(texts, (lower, cap))
        found: list[list[Span]] = []
        lower_cues: list[tuple[int, int, int]] = []  # lower-case names after a cue, for NER to confirm
        for i, t in enumerate(texts):
            spans, cues = self._pattern_spans(t, keep, common)
            found.append(spans)
            # a word the corpus writes in lower case often is an ordinary word, not a name typed in lower case
            lower_cues.extend(
                (i, a, b)
                for a, b in cues
                if all(lower[w] <= 3 or cap[w.capitalize()] >= lower[w] for w in t[a:b].split())
            )
        if self.use_ner:
            for i, spans in self._ner_spans(texts, found, keep, common, lower_cues).items():
                found[i].extend(spans)
        merged = [_merge(self._propagate(t, sp, keep, common)) for t, sp in zip(texts, found, strict=True)]
        if counts is not None:
            for spans in merged:
                for sp in spans:
                    counts[sp.kind.lower()] = counts.get(sp.kind.lower(), 0) + 1
        return merged

    def _name_ok(self, name: str, keep: set[str], common: set[str]) -> bool:
        toks = name.replace("-", " ").split()
        return any(t not in keep and t not in common for t in toks if t[:1].isupper())

    def _pattern_spans(self, text: str, keep: set[str], common: set[str]) -> tuple[list[Span], list[tuple]]:
        # each pattern runs only where its cheap precondition holds: 50,000 texts x 10 patterns adds up
        spans = [Span(m.start(), m.end(), "EMAIL") for m in EMAIL.finditer(text)] if "@" in text else []
        if _DIGIT.search(text):
            spans += _phone_spans(text) + _postcode_spans(text)
            for m in ADDRESS.finditer(text):
                flat = _FLAT.search(text, max(0, m.start() - 20), m.start())
                spans.append(Span(flat.start() if flat else m.start(), m.end(), "ADDRESS"))
        low = text.lower()
        for pat, cue in _NAME_PATTERNS:
            if not cue.search(low):
                continue
            for m in pat.finditer(text):
                name = m.group(1)
                if pat is TITLED_NAME or self._name_ok(name, keep, common):
                    start = m.start(1)
                    if pat is SIGN_OFF:  # keep the title, redact the name
                        t = re.match(rf"{_TITLE}\.?\s+", name)
                        start += t.end() if t else 0
                    end = m.end(1)
                    # a surname after the first name a pattern found: "my son Oliver Bennett"
                    nxt = _NEXT_NAME.match(text, end)
                    while nxt and nxt.group(1) not in _KEEP_AFTER_NAME and nxt.group(1) not in common:
                        end = nxt.end()
                        nxt = _NEXT_NAME.match(text, end)
                    spans.append(Span(start, end, "NAME"))
        if "school" in low or "academy" in low or "college" in low or "primary" in low or "infants" in low:
            spans += self._school_spans(text, low, keep, common)
        cues: list[tuple[int, int]] = []
        if "name" in low or _NAME_PATTERNS[2][1].search(low):
            for pat in (MY_NAME_LOWER, RELATIVE_LOWER):
                for m in pat.finditer(text):
                    words = m.group(1).split()
                    while words and (words[-1] in _STOP or len(words[-1]) < 3):
                        words.pop()
                    if words and not any(w in _STOP or "'" in w for w in words):
                        cues.append((m.start(1), m.start(1) + len(" ".join(words))))
        return spans, cues

    def _school_spans(self, text: str, low: str, keep: set[str], common: set[str]) -> list[Span]:
        """A named school identifies a child: 'Hazelmere Vale Primary School', 'hawthorn vale primary'."""
        out = []
        for m in SCHOOL.finditer(text) if _SCHOOL_CUE.search(text) else ():
            toks = list(re.finditer(r"\S+", m.group(1)))
            while toks and (toks[0].group() in keep or toks[0].group() in common):
                toks = toks[1:]  # "At", "The", "Kent", "Special" ... are not the school's own name
            if len(toks) >= 2 and self._name_ok(" ".join(t.group() for t in toks[:-1]), keep, common):
                out.append(Span(m.start(1) + toks[0].start(), m.end(1), "SCHOOL"))
        lower_cue = "primary" in low or "infant" in low or "junior" in low or "academy" in low
        for m in SCHOOL_LOWER.finditer(text) if lower_cue else ():
            words = m.group(1).split()
            name = words[:-1]
            while name and (name[0] in _STOP or name[0] in _SCHOOL_WORDS):
                name = name[1:]
            if len(name) >= 2 and not any(w in _STOP or w in _SCHOOL_WORDS for w in name):
                out.append(Span(m.end(1) - len(" ".join([*name, words[-1]])), m.end(1), "SCHOOL"))
        return out

    def _propagate(self, text: str, spans: list[Span], keep: set[str], common: set[str]) -> list[Span]:
        """A name found once in a text is redacted wherever else it appears there ('Isla Pettigrew' ... 'Isla')."""
        if not spans:
            return spans
        names = {
            w
            for sp in spans
            if sp.kind == "NAME"
            for w in _NAME_TOKEN_RE.findall(text[sp.start : sp.end])
            if w not in keep and w not in common
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
                while toks and (toks[0].group() in keep or toks[0].group() in common) and toks[0].group() not in names:
                    toks = toks[1:]
                while (
                    toks and (toks[-1].group() in keep or toks[-1].group() in common) and toks[-1].group() not in names
                ):
                    toks = toks[:-1]
                out.append(Span(m.start() + toks[0].start(), m.start() + toks[-1].end(), "NAME"))
                new |= {t.group() for t in toks if t.group() not in keep and t.group() not in common} - names
            names = new
        return out

    def _candidates(self, text: str, taken: list[Span], keep: set[str], common: set[str]):
        """(start, end) of capitalised runs that might be a person's name and no pattern has claimed."""
        for m in _CAP_SPAN.finditer(text):
            g = m.group()
            if " " not in g and (g in keep or g in common):
                continue  # the usual case, decided without building token lists
            toks, pos = [], m.start()
            for w in g.split(" "):
                toks.append((pos, pos + len(w), w))
                pos += len(w) + 1
            if _sentence_initial(text, m.start()):
                while toks and (toks[0][2] in common or toks[0][2] in keep):
                    toks = toks[1:]
            while toks and toks[-1][2] in keep:
                toks = toks[:-1]
            while toks and toks[0][2] in keep:
                toks = toks[1:]
            if not toks or len(toks) > 4:
                continue
            words = [t[2] for t in toks]
            if any(w in keep for w in words):
                continue
            if len(words) == 1 and words[0] in common:
                continue
            s, e = toks[0][0], toks[-1][1]
            if any(sp.start < e and s < sp.end for sp in taken):
                continue  # inside an address, email or a name a pattern found
            yield s, e

    @staticmethod
    def _window(text: str, s: int, e: int, width: int = 70) -> tuple[int, int]:
        a = max(0, s - width)
        b = min(len(text), e + width)
        left = max(text.rfind(". ", a, s), text.rfind("\n", a, s), text.rfind("? ", a, s), text.rfind("! ", a, s))
        if left >= 0:
            a = left + 1
        elif a > 0:
            sp = text.find(" ", a, s)
            a = sp + 1 if sp >= 0 else a
        rights = [i for i in (text.find(". ", e, b), text.find("\n", e, b), text.find("? ", e, b)) if i >= 0]
        if rights:
            b = min(rights) + 1
        elif b < len(text):
            sp = text.rfind(" ", e, b)
            b = sp if sp >= 0 else b
        while a < s and text[a].isspace():
            a += 1
        return a, b

    def _ner_spans(self, texts, found, keep, common, lower_cues=()) -> dict[int, list[Span]]:
        occurrences: dict[str, list[tuple[int, int, int]]] = {}
        for i, t in enumerate(texts):
            for s, e in self._candidates(t, found[i], keep, common):
                occurrences.setdefault(t[s:e], []).append((i, s, e))
        if not occurrences and not lower_cues:
            return {}
        jobs: dict[str, tuple[int, int]] = {}  # window text -> (span start, span end) within it
        plan: list[tuple[str, list[tuple[int, int, int]], list[str]]] = []
        for name, occ in occurrences.items():
            windows = []
            for i, s, e in occ[: self.votes]:
                a, b = self._window(texts[i], s, e)
                w = texts[i][a:b]
                jobs.setdefault(w, (s - a, e - a))
                windows.append(w)
            plan.append((name, occ, windows))
        for i, s, e in lower_cues:  # each on its own, written as a name would be
            a, b = self._window(texts[i], s, e)
            t = texts[i]
            w = t[a:s] + t[s:e].title() + t[e:b]
            jobs.setdefault(w, (s - a, e - a))
            plan.append((t[s:e], [(i, s, e)], [w]))
        nlp = self.nlp or _ner_pipeline()
        keys = list(jobs)
        verdict: dict[str, bool] = {}
        docs = nlp.pipe(keys, batch_size=self.batch_size, n_process=self.n_process if len(keys) > 4000 else 1)
        for w, doc in zip(keys, docs, strict=True):
            s, e = jobs[w]
            verdict[w] = any(ent.label_ == "PERSON" and ent.start_char < e and s < ent.end_char for ent in doc.ents)
        out: dict[int, list[Span]] = {}
        for _name, occ, windows in plan:
            hits = [verdict[w] for w in windows]
            if len(occ) <= self.votes:
                decided = zip(occ, hits, strict=True)
            else:  # a recurring phrase: the majority of its first contexts decides every occurrence
                yes = sum(hits) * 2 > len(hits)
                decided = ((o, yes) for o in occ)
            for (i, s, e), yes in decided:
                if yes:
                    out.setdefault(i, []).append(Span(s, e, "NAME"))
        return out

    def redact(self, texts: Sequence[str], counts: dict[str, int] | None = None) -> list[str]:
        return [apply_spans(t, s) for t, s in zip(texts, self.find(texts, counts), strict=True)]


def _ner_pipeline():
    from .text import load_spacy

    return load_spacy(("ner",))


_DEFAULT_REDACTOR = Redactor()


@functools.lru_cache(maxsize=1 << 16)
def _redact_one(text: str) -> str:
    return _DEFAULT_REDACTOR.redact([text])[0]


def redact(text: str, counts: dict[str, int] | None = None) -> str:
    """Replace personal data with [NAME], [EMAIL], [PHONE], [POSTCODE], [ADDRESS], [SCHOOL]; places and the
    field's vocabulary stay. For many texts at once, Redactor.redact is faster (it batches NER)."""
    if not isinstance(text, str) or not text:
        return text if isinstance(text, str) else ""
    if counts is None:
        return _redact_one(text)  # evidence quotes repeat: redact each distinct sentence once
    return _DEFAULT_REDACTOR.redact([text], counts)[0]


# ---------------------------------------------------------------------------------------------------------------
# Campaigns and duplicates


_WORD = re.compile(r"\w+")


def find_campaigns(
    texts: Sequence[str],
    threshold: float = 0.6,
    min_size: int = 3,
    min_words: int = 15,
    n_perm: int = 96,
    bands: int = 24,
    seed: int = 0,
) -> np.ndarray:
    """Campaign ids ('' for none) for groups of identical or near-identical texts.

    Near-identical means a Jaccard similarity of word 3-shingles of at least `threshold`. MinHash signatures
    and locality-sensitive hashing propose the pairs, an exact Jaccard check confirms them, so 50,000 responses
    never need an n x n comparison. Identical texts are hashed once.
    """
    n = len(texts)
    labels = np.array([""] * n, dtype=object)
    keys: dict[str, int] = {}  # exact text (lower-cased words) -> distinct index
    members: list[list[int]] = []
    words_of: list[list[str]] = []
    for i, t in enumerate(texts):
        words = _WORD.findall(t.lower())
        if len(words) < min_words:
            continue
        key = " ".join(words)
        d = keys.get(key)
        if d is None:
            d = keys[key] = len(members)
            members.append([])
            words_of.append(words)
        members[d].append(i)
    m = len(members)
    if m:
        # word 3-shingles of every distinct text at once: ids from one factorisation, hashed in numpy
        codes = pd.factorize(pd.Series([w for ws in words_of for w in ws], dtype=object))[0].astype(np.uint64)
        lens = np.array([len(ws) for ws in words_of])
        big = np.uint64(1_000_003)
        with np.errstate(over="ignore"):
            h = (codes[:-2] * big + codes[1:-1]) * big + codes[2:]
        valid = np.ones(len(h), dtype=bool)
        ends = np.cumsum(lens)
        valid[np.r_[ends - 2, ends - 1][np.r_[ends - 2, ends - 1] < len(h)]] = False
        flat = h[valid]
        bounds = np.r_[0, np.cumsum(lens - 2)]
        shingles = [flat[bounds[d] : bounds[d + 1]] for d in range(m)]
    m = len(members)
    parent = list(range(m))

    def find(x: int) -> int:
        while parent[x] != x:
            parent[x] = parent[parent[x]]
            x = parent[x]
        return x

    if m > 1:
        rng = np.random.default_rng(seed)
        mul = rng.integers(1, 1 << 63, n_perm, dtype=np.uint64) | np.uint64(1)
        add = rng.integers(0, 1 << 63, n_perm, dtype=np.uint64)
        starts = bounds[:-1]
        sig = np.empty((m, n_perm), dtype=np.uint64)
        rows = n_perm // bands
        band_mul = rng.integers(1, 1 << 63, rows, dtype=np.uint64) | np.uint64(1)
        sets: dict[int, set] = {}
        checked: set[tuple[int, int]] = set()
        idx = np.arange(m)
        with np.errstate(over="ignore"):
            for j in range(n_perm):  # multiply-shift hashing: one random permutation per column
                sig[:, j] = np.minimum.reduceat((flat * mul[j] + add[j]) >> np.uint64(32), starts)
            for band in range(bands):
                key = (sig[:, band * rows : (band + 1) * rows] * band_mul).sum(axis=1)
                order = np.argsort(key, kind="stable")
                ks = key[order]
                same = ks[1:] == ks[:-1]
                if not same.any():
                    continue
                run_start = np.maximum.accumulate(np.where(np.r_[True, ~same], idx, 0))
                pos = np.flatnonzero(same) + 1
                first, other = order[run_start[pos]], order[pos]
                # the signatures' agreement estimates the Jaccard similarity; only plausible pairs get the exact check
                est = (sig[first] == sig[other]).mean(axis=1)
                for a, d in zip(first[est >= threshold - 0.15].tolist(), other[est >= threshold - 0.15].tolist(),
                                strict=True):  # fmt: skip
                    if find(a) == find(d) or (a, d) in checked:
                        continue
                    checked.add((a, d))
                    x = sets.get(a) or sets.setdefault(a, set(shingles[a].tolist()))
                    y = sets.get(d) or sets.setdefault(d, set(shingles[d].tolist()))
                    if len(x & y) >= threshold * len(x | y):
                        parent[find(d)] = find(a)
    groups: dict[int, list[int]] = {}
    for d in range(m):
        groups.setdefault(find(d), []).extend(members[d])
    big = sorted((sorted(g) for g in groups.values() if len(g) >= min_size), key=lambda g: g[0])
    for k, g in enumerate(big, 1):
        labels[g] = f"C{k:03d}"
    return labels


def find_duplicates(df: pd.DataFrame, contact: pd.Series | None = None) -> pd.Series:
    """duplicate_of: for each row of a later submission by the same person, the matching row of their first.

    The same person is the same respondent_id submitting again (a repeated id gets a '#2' suffix in response_id)
    or the same email address. Each row's submission is the '_submission' column, else its respondent_id.
    """
    n = len(df)
    out = pd.Series([""] * n, index=df.index, dtype=object)
    if n == 0:
        return out
    rid = df["respondent_id"].astype(str).tolist()
    sub = df["_submission"].astype(str).tolist() if "_submission" in df.columns else rid
    mail = (contact.fillna("").astype(str).str.strip().str.lower().tolist()) if contact is not None else [""] * n
    parent: dict[str, str] = {}

    def find(x: str) -> str:
        parent.setdefault(x, x)
        while parent[x] != x:
            parent[x] = parent[parent[x]]
            x = parent[x]
        return x

    for s, r, e in zip(sub, rid, mail, strict=True):
        find("s:" + s)
        parent[find("s:" + s)] = find("r:" + r)
        if "@" in e:
            parent[find("m:" + e)] = find("r:" + r)
    first_sub: dict[str, str] = {}
    rows_of: dict[str, dict[str, str]] = {}
    qid = df["question_id"].astype(str).tolist()
    resp = df["response_id"].astype(str).tolist()
    for s, q, r in zip(sub, qid, resp, strict=True):
        rows_of.setdefault(s, {}).setdefault(q, r)
    for pos, (s, q) in enumerate(zip(sub, qid, strict=True)):
        person = find("s:" + s)
        orig = first_sub.setdefault(person, s)
        if orig != s:
            rows = rows_of[orig]
            out.iloc[pos] = rows.get(q, next(iter(rows.values())))
    return out


# ---------------------------------------------------------------------------------------------------------------
# The report


@dataclass
class IngestReport:
    """What ingest did, for ingest_report.json and the on-screen summary. Nothing time-dependent, so reruns match."""

    inputs: list[dict] = field(default_factory=list)
    rows_in: int = 0
    rows_out: int = 0
    respondents: int = 0
    questions: dict[str, int] = field(default_factory=dict)
    unreadable: list[dict] = field(default_factory=list)
    flagged: dict[str, int] = field(default_factory=dict)
    campaigns: list[dict] = field(default_factory=list)
    duplicates: int = 0
    redactions: dict[str, int] = field(default_factory=dict)

    def summary(self) -> str:
        lines = [f"{self.rows_out} responses from {self.respondents or self.rows_out} respondents "
                 f"({self.rows_in} rows or letters) in {len(self.inputs)} input(s)"]  # fmt: skip
        for inp in self.inputs:
            enc = f", encoding {inp['encoding']}" if inp.get("encoding") else ""
            lines.append(f"  {inp['path']}: {inp['format']}, {inp['rows']} rows{enc}")
        if len(self.questions) > 1 or any(self.questions):
            lines.append("  questions: " + ", ".join(f"{q or '(none)'} {n}" for q, n in self.questions.items()))
        for k, v in sorted(self.flagged.items()):
            lines.append(f"  flagged {k}: {v}")
        if self.redactions:
            lines.append("  redacted: " + ", ".join(f"{k} {v}" for k, v in sorted(self.redactions.items())))
        copies = sum(c["size"] for c in self.campaigns)
        lines.append(f"  campaigns: {len(self.campaigns)} ({copies} responses)")
        lines.append(f"  repeat submissions (duplicate_of set): {self.duplicates}")
        if self.unreadable:
            lines.append(f"  UNREADABLE: {len(self.unreadable)} row(s) or file(s), listed in ingest_report.json:")
            for u in self.unreadable[:10]:
                where = f"{u['file']}" + (f" row {u['row']}" if u.get("row") else "")
                lines.append(f"    {where}: {u['reason']} Fix: {u['fix']}")
            if len(self.unreadable) > 10:
                lines.append(f"    ... and {len(self.unreadable) - 10} more")
        return "\n".join(lines)


# ---------------------------------------------------------------------------------------------------------------
# prepare: the in-memory part, shared with the pipeline


def prepare(
    df: pd.DataFrame,
    report: IngestReport | None = None,
    *,
    redactor: Redactor | None = None,
    contact: pd.Series | None = None,
) -> tuple[pd.DataFrame, IngestReport]:
    """Add normalised text, raw_text, redacted_text, question_id, campaign_id, duplicate_of and flags.

    df needs response_id and text; text may be raw (it is kept as raw_text). An 'email' column, or `contact`,
    lets repeat submissions by the same person be found.
    """
    report = report or IngestReport()
    out = df.copy()
    for col in out.columns:
        if not pd.api.types.is_string_dtype(out[col]):
            out[col] = out[col].fillna("").astype(str)
    if "raw_text" not in out.columns:
        out["raw_text"] = out["text"].fillna("").astype(str)
    out["text"] = out["raw_text"].map(normalise)
    for col in ("respondent_type", "question_id", "source"):
        if col not in out.columns:
            out[col] = ""
    if "respondent_id" not in out.columns:
        out["respondent_id"] = out["response_id"]
    redactor = redactor or _DEFAULT_REDACTOR
    out["redacted_text"] = redactor.redact(list(out["text"]), report.redactions)
    flags = [[f] if f else [] for f in out["text"].map(flags_for)]
    out["campaign_id"] = find_campaigns(list(out["redacted_text"]))
    if contact is None and "email" in out.columns:
        contact = out["email"]
    dup = find_duplicates(out, contact)
    if "duplicate_of" in out.columns:
        dup = out["duplicate_of"].where(out["duplicate_of"].fillna("") != "", dup)
    out["duplicate_of"] = dup.fillna("")
    for fl, d in zip(flags, out["duplicate_of"], strict=True):
        if d:
            fl.append("duplicate")
    out["flags"] = [";".join(f) for f in flags]
    for fl in flags:
        for f in fl:
            report.flagged[f] = report.flagged.get(f, 0) + 1
    report.duplicates = int((out["duplicate_of"] != "").sum())
    report.campaigns = []
    for cid, grp in out[out["campaign_id"] != ""].groupby("campaign_id", sort=True):
        texts = grp["redacted_text"].tolist()
        tally = Counter(texts)
        template = max(tally, key=lambda t: (tally[t], -texts.index(t)))
        report.campaigns.append(
            {"campaign_id": cid, "size": len(grp), "identical_copies": tally[template], "template": template,
             "first_response_ids": grp["response_id"].tolist()[:10]}
        )  # fmt: skip
    report.rows_out = len(out)
    report.respondents = int(out["respondent_id"].nunique())
    report.questions = {str(q): int(n) for q, n in out["question_id"].value_counts(sort=False).items()}
    out = out.drop(columns=[c for c in out.columns if c.startswith("_")])
    rest = [c for c in out.columns if c not in RESPONSE_COLUMNS]
    return out[RESPONSE_COLUMNS + rest].reset_index(drop=True), report


# ---------------------------------------------------------------------------------------------------------------
# The mapping file


class Mapping(BaseModel):
    """Which columns of a survey export hold what. See the README's 'Mapping file' section."""

    model_config = ConfigDict(extra="forbid")
    id: str = "response_id"
    questions: dict[str, str] | list[str] | str = "text"
    respondent_type: str | None = None
    email: str | None = None
    keep: list[str] = []
    keep_words: list[str] = []
    encoding: str | None = None
    sheet: str | None = None

    def question_map(self) -> dict[str, str]:
        if isinstance(self.questions, str):
            return {self.questions: ""}
        if isinstance(self.questions, list):
            return {c: _slug(c) for c in self.questions}
        return dict(self.questions)


def _slug(name: str) -> str:
    s = re.sub(r"[^a-z0-9]+", "-", name.lower()).strip("-")
    return s[:40].rsplit("-", 1)[0] if len(s) > 40 and "-" in s[:40] else s[:40] or "q"


def load_mapping(path: str | Path) -> Mapping:
    path = Path(path)
    if not path.is_file():
        raise ConsultError("E100", f"{path}: mapping file not found. Pass the path of a YAML mapping (see the README).")
    try:
        data = yaml.safe_load(path.read_text(encoding="utf-8"))
    except yaml.YAMLError as e:
        mark = getattr(e, "problem_mark", None)
        line = f" line {mark.line + 1}" if mark else ""
        raise ConsultError("E102", f"{path}{line}: not valid YAML ({getattr(e, 'problem', e)}). Fix the syntax.") from e
    except UnicodeDecodeError as e:
        raise ConsultError("E102", f"{path}: not UTF-8 text. Save the mapping as UTF-8.") from e
    if not isinstance(data, dict):
        raise ConsultError("E200", f"{path}: expected keys such as id, questions, respondent_type (see the README).")
    try:
        m = Mapping(**data)
    except ValidationError as e:
        err = e.errors()[0]
        where = ".".join(str(x) for x in err["loc"])
        raise ConsultError(
            "E200", f"{path}: entry '{where}': {err['msg']}. Allowed keys: {', '.join(Mapping.model_fields)}."
        ) from e
    qs = m.question_map()
    if not qs:
        raise ConsultError("E200", f"{path}: 'questions' is empty. List the open-question columns.")
    ids = list(qs.values())
    if len(qs) > 1 and (len(set(ids)) != len(ids) or "" in ids):
        raise ConsultError(
            "E200", f"{path}: 'questions' gives duplicate or empty question ids {ids}. Make each unique."
        )
    return m


# ---------------------------------------------------------------------------------------------------------------
# Readers


@dataclass
class Table:
    """Rows of one spreadsheet-like input, each with the row number a person would look for."""

    path: Path
    format: str
    columns: list[str]
    rows: list[tuple[int, dict[str, str]]]
    encoding: str | None = None


def _unreadable(report: IngestReport, path: Path, row: int | None, reason: str, fix: str) -> None:
    report.unreadable.append({"file": str(path), "row": row, "reason": reason, "fix": fix})


def decode_text(path: Path, raw: bytes, encoding: str | None = None) -> tuple[str, str]:
    """The file's text and the encoding used, detected when not given; errors name the row and the fix."""
    if raw[:4] == b"PK\x03\x04":
        raise ConsultError("E201", f"{path}: this is a zipped file (an Excel .xlsx or Word .docx?), not text. Give it "
                           "its proper extension, or save it as CSV.")  # fmt: skip
    if encoding:
        try:
            return raw.decode(encoding), encoding
        except LookupError as e:
            raise ConsultError("E202", f"{path}: unknown encoding '{encoding}' in the mapping; use e.g. cp1252.") from e
        except UnicodeDecodeError as e:
            row = raw[: e.start].count(b"\n") + 1
            raise ConsultError(
                "E202",
                f"{path}: line {row} is not valid {encoding} (byte 0x{raw[e.start]:02x}). Fix the mapping's "
                "'encoding' (remove it to detect the encoding), or re-save the file as UTF-8.",
            ) from e
    if raw.startswith((b"\xff\xfe", b"\xfe\xff")):
        return raw.decode("utf-16"), "utf-16"
    try:
        return raw.decode("utf-8-sig"), "utf-8"
    except UnicodeDecodeError as e:
        bad_line = raw[: e.start].count(b"\n") + 1
    if b"\x00" in raw:
        raise ConsultError(
            "E201", f"{path}: binary data at line {bad_line}; this is not a text file. Export it as CSV."
        )
    from charset_normalizer import from_bytes

    best = from_bytes(raw, cp_isolation=["cp1252", "latin_1", "iso8859_15", "mac_roman", "cp850", "utf_16",
                                         "cp1250", "iso8859_2", "shift_jis", "gb18030", "big5"]).best()  # fmt: skip
    if best is None:
        raise ConsultError(
            "E202",
            f"{path}: not UTF-8 (line {bad_line}) and no other common encoding fits. Open it in a spreadsheet "
            "and save as 'CSV UTF-8', or name the encoding in the mapping ('encoding: cp1252').",
        )
    enc = best.encoding
    if enc in ("latin_1", "iso8859_15", "cp1250", "iso8859_2") and not any(0x80 <= c < 0xA0 for c in raw):
        enc = enc  # no cp1252-only bytes: the detected one is as good
    elif enc in ("latin_1", "iso8859_15"):
        enc = "cp1252"  # bytes 0x80-0x9F are curly quotes and dashes in Windows files, control codes in Latin-1
    try:
        return raw.decode(enc), f"{enc} (detected; not UTF-8 from line {bad_line})"
    except UnicodeDecodeError:
        return str(best), f"{best.encoding} (detected; not UTF-8 from line {bad_line})"


def read_csv_table(path: Path, report: IngestReport, encoding: str | None = None) -> Table:
    raw = path.read_bytes()
    if not raw.strip():
        raise ConsultError("E203", f"{path}: the file is empty. Export the survey again, with a header row.")
    text, enc = decode_text(path, raw, encoding)
    first = text.lstrip("\ufeff").split("\n", 1)[0]
    delim = max([",", ";", "\t", "|"], key=lambda d: (first.count(d), d == ","))
    reader = csv.reader(io.StringIO(text.lstrip("\ufeff"), newline=""), delimiter=delim)
    try:
        header = next(reader)
    except (StopIteration, csv.Error) as e:
        raise ConsultError("E105", f"{path}: cannot read the header row ({e}). Export the survey again as CSV.") from e
    header = _header(header)
    rows: list[tuple[int, dict[str, str]]] = []
    row_no = 1
    while True:
        start_line = reader.line_num + 1
        try:
            rec = next(reader)
        except StopIteration:
            break
        except csv.Error as e:
            row_no += 1
            _unreadable(report, path, row_no, f"line {start_line}: {e}.", "Fix the quoting on that line.")
            continue
        if not rec or not any(c.strip() for c in rec):
            continue
        row_no += 1
        extra = rec[len(header) :]
        if len(rec) < len(header) or any(c.strip() for c in extra):
            _unreadable(
                report, path, row_no,
                f"line {start_line}: {len(rec)} fields where the header has {len(header)}.",
                "An unquoted comma or quote in an answer splits it; quote the field, or re-export the file.",
            )  # fmt: skip
            continue
        rows.append((row_no, dict(zip(header, rec, strict=False))))
    return Table(path, "csv", header, rows, enc)


def _header(cells: list) -> list[str]:
    out, seen = [], Counter()
    for i, c in enumerate(cells):
        name = normalise(str(c)) if c is not None and str(c).strip() else f"column_{i + 1}"
        seen[name] += 1
        out.append(name if seen[name] == 1 else f"{name}.{seen[name] - 1}")
    return out


def _cell(v) -> str:
    if v is None:
        return ""
    if isinstance(v, float) and v.is_integer():
        return str(int(v))
    if hasattr(v, "isoformat"):
        return v.isoformat()
    return str(v)


def read_xlsx_table(path: Path, report: IngestReport, sheet: str | None = None) -> Table:
    import zipfile

    from openpyxl import load_workbook

    if path.stat().st_size == 0:
        raise ConsultError("E203", f"{path}: the file is empty. Export the survey again.")
    try:
        wb = load_workbook(path, read_only=True, data_only=True)
    except (zipfile.BadZipFile, KeyError, OSError, ValueError) as e:
        raise ConsultError("E201", f"{path}: not a readable .xlsx workbook ({e}). Open it in a spreadsheet program and "
                           "save it as .xlsx (not .xls) or as CSV UTF-8.") from e  # fmt: skip
    try:
        if sheet is not None and sheet not in wb.sheetnames:
            raise ConsultError(
                "E200", f"{path}: no sheet '{sheet}' (sheets: {wb.sheetnames}). Fix 'sheet' in the mapping."
            )
        ws = wb[sheet] if sheet else wb.worksheets[0]
        it = ws.iter_rows(values_only=True)
        header = None
        row_no = 0
        rows: list[tuple[int, dict[str, str]]] = []
        for vals in it:
            row_no += 1
            cells = [_cell(v) for v in vals]
            if not any(c.strip() for c in cells):
                continue
            if header is None:
                header = _header(cells)
                continue
            if len(cells) > len(header) and any(c.strip() for c in cells[len(header) :]):
                _unreadable(report, path, row_no, f"values beyond the last header column ({len(cells)} cells).",
                            "Give those columns a header, or delete the stray cells.")  # fmt: skip
                continue
            rows.append((row_no, dict(zip(header, cells + [""] * (len(header) - len(cells)), strict=False))))
    finally:
        wb.close()
    if header is None:
        raise ConsultError(
            "E203", f"{path}: the sheet '{ws.title}' is empty. Export the survey again, with a header row."
        )
    return Table(path, "xlsx", header, rows, None)


def read_jsonl_table(path: Path, report: IngestReport, encoding: str | None = None) -> Table:
    raw = path.read_bytes()
    if not raw.strip():
        raise ConsultError("E203", f"{path}: the file is empty. It needs one JSON object per line.")
    text, enc = decode_text(path, raw, encoding)
    columns: dict[str, None] = {}
    rows: list[tuple[int, dict[str, str]]] = []
    for n, line in enumerate(text.lstrip("\ufeff").splitlines(), 1):
        if not line.strip():
            continue
        try:
            obj = json.loads(line)
        except json.JSONDecodeError as e:
            _unreadable(report, path, n, f"line {n} is not valid JSON ({e.msg} at column {e.colno}).",
                        "Fix the JSON on that line (one object per line).")  # fmt: skip
            continue
        if not isinstance(obj, dict):
            _unreadable(report, path, n, f"line {n} is a JSON {type(obj).__name__}, not an object.",
                        'Write each response as an object, e.g. {"response_id": "R1", "text": "..."}.')  # fmt: skip
            continue
        rec = {str(k): v if isinstance(v, str) else "" if v is None else
               json.dumps(v) if isinstance(v, (list, dict)) else _cell(v) for k, v in obj.items()}  # fmt: skip
        columns.update(dict.fromkeys(rec))
        rows.append((n, rec))
    cols = list(columns)
    return Table(path, "jsonl", cols, [(n, {c: r.get(c, "") for c in cols}) for n, r in rows], enc)


# -- letters


@dataclass
class Letter:
    path: Path
    text: str
    sender: str = ""


def _docx_text(data: bytes | Path) -> str:
    from docx import Document

    doc = Document(io.BytesIO(data) if isinstance(data, bytes) else str(data))
    parts = [p.text for p in doc.paragraphs]
    for table in doc.tables:
        for row in table.rows:
            parts.append(" | ".join(c.text for c in row.cells))
    return "\n".join(parts)


def _pdf_text(data: bytes | Path) -> str:
    from pypdf import PdfReader

    reader = PdfReader(io.BytesIO(data) if isinstance(data, bytes) else str(data))
    if reader.is_encrypted:
        reader.decrypt("")
    pages = [p.extract_text() or "" for p in reader.pages]
    return _unwrap("\n\n".join(pages))


def _unwrap(text: str) -> str:
    """Join the hard line breaks of a laid-out page back into paragraphs; short lines (addresses) stay."""
    lines = text.split("\n")
    out: list[str] = []
    for ln in lines:
        s = ln.strip()
        if out and out[-1] and s and len(out[-1]) >= 45 and out[-1][-1] not in ".!?:" and not _bulleted(s):
            out[-1] = (out[-1][:-1] if out[-1].endswith("-") and s[0].islower() else out[-1] + " ") + s
        else:
            out.append(s)
    return "\n".join(out)


def _bulleted(line: str) -> bool:
    return bool(re.match(r"^(?:[-*•·▪–]|\d{1,2}[.)])\s", line))


def _html_text(markup: str) -> str:
    from html.parser import HTMLParser

    class P(HTMLParser):
        def __init__(self):
            super().__init__()
            self.parts: list[str] = []
            self.skip = 0

        def handle_starttag(self, tag, attrs):
            if tag in ("script", "style"):
                self.skip += 1
            if tag in ("br", "p", "div", "li", "tr", "h1", "h2", "h3"):
                self.parts.append("\n")

        def handle_endtag(self, tag):
            if tag in ("script", "style"):
                self.skip -= 1
            if tag in ("p", "div", "li", "tr"):
                self.parts.append("\n")

        def handle_data(self, data):
            if not self.skip:
                self.parts.append(data)

    p = P()
    p.feed(markup)
    return "".join(p.parts)


def _eml_text(data: bytes) -> tuple[str, str]:
    """The body of an email (plain text preferred), with readable attachments appended, and the sender's address."""
    msg = email.message_from_bytes(data, policy=email.policy.default)
    sender = ""
    if msg["From"]:
        addrs = email.utils.getaddresses([str(msg["From"])])
        sender = addrs[0][1] if addrs else ""
    body = msg.get_body(preferencelist=("plain", "html"))
    parts = []
    if body is not None:
        content = body.get_content()
        if body.get_content_type() == "text/html":
            content = _html_text(content)
        parts.append(_strip_quoted(content))
    for att in msg.iter_attachments():
        name = (att.get_filename() or "").lower()
        payload = att.get_payload(decode=True) or b""
        if name.endswith(".docx"):
            parts.append(_docx_text(payload))
        elif name.endswith(".pdf"):
            parts.append(_pdf_text(payload))
        elif name.endswith(".txt") or att.get_content_type() == "text/plain":
            parts.append(decode_text(Path(name), payload)[0])
    return "\n\n".join(p for p in parts if p.strip()), sender


def _strip_quoted(text: str) -> str:
    """Drop the quoted earlier message of a reply: lines starting '>' and anything after 'Original Message'."""
    cut = re.search(r"(?im)^-{2,}\s*Original Message\s*-{2,}|^On .{5,200} wrote:\s*$", text)
    if cut:
        text = text[: cut.start()]
    return "\n".join(ln for ln in text.split("\n") if not ln.lstrip().startswith(">"))


def read_letter(path: Path) -> Letter:
    """One letter's text; raises ValueError with a reason a person can act on."""
    suffix = path.suffix.lower()
    if suffix == ".txt":
        raw = path.read_bytes()
        return Letter(path, decode_text(path, raw)[0] if raw.strip() else "")
    if suffix == ".docx":
        return Letter(path, _docx_text(path))
    if suffix == ".pdf":
        text = _pdf_text(path)
        if not text.strip():
            raise ValueError("the PDF has no text layer (a scan?).")
        return Letter(path, text)
    if suffix == ".eml":
        text, sender = _eml_text(path.read_bytes())
        return Letter(path, text, sender)
    raise ValueError(f"'{suffix}' files are not read.")


_LETTER_FIX = {
    ".pdf": "Run OCR on it (or type it in) and save it as .txt beside the original.",
    ".docx": "Open it in Word and save it again as .docx, or save its text as .txt.",
    ".eml": "Save the email again as .eml, or paste its text into a .txt file.",
    ".txt": "Save it as UTF-8 text.",
}


def read_letters(folder: Path, report: IngestReport) -> list[tuple[str, Letter]]:
    """(response_id, letter) for each readable file in folder, in name order; the rest go in the report."""
    files = sorted(p for p in folder.rglob("*") if p.is_file())
    out = []
    ids: Counter[str] = Counter()
    stems = Counter(p.relative_to(folder).with_suffix("").as_posix() for p in files)
    for p in files:
        rel = p.relative_to(folder)
        if any(part.startswith((".", "~$")) for part in rel.parts):
            continue
        if p.suffix.lower() not in LETTER_SUFFIXES:
            fix = "Convert it to .txt, .docx, .pdf or .eml, or pass a survey export as its own INPUT."
            _unreadable(report, p, None, f"'{p.suffix or p.name}' files are not read as letters.", fix)
            continue
        try:
            letter = read_letter(p)
        except ConsultError as e:
            _unreadable(report, p, None, str(e), _LETTER_FIX.get(p.suffix.lower(), ""))
            continue
        except Exception as e:  # noqa: BLE001 - a broken file of any kind is reported, not fatal
            _unreadable(report, p, None, f"cannot read it ({type(e).__name__}: {e}).", _LETTER_FIX[p.suffix.lower()])
            continue
        stem = rel.with_suffix("").as_posix()
        rid = f"{folder.name}/{stem if stems[stem] == 1 else rel.as_posix()}"
        ids[rid] += 1
        out.append((rid, letter))
    return out


# ---------------------------------------------------------------------------------------------------------------
# ingest: files in, responses.csv out


def _suggest(path: Path, columns: list[str], missing: str) -> str:
    close = difflib.get_close_matches(missing, columns, n=1, cutoff=0.5)
    return f" Did you mean '{close[0]}'?" if close else ""


def _table_records(table: Table, m: Mapping, mapping_path: Path | None, report: IngestReport) -> list[dict]:
    """One record per (row, open question); repeated ids in one file become '#2', '#3' submissions."""
    path = table.path
    cols = set(table.columns)
    if mapping_path is not None and m.id not in cols and {"response_id", "text"} <= cols:
        mapping_path, m = None, Mapping()  # already in responses.csv form: the mapping is for the other inputs
    qmap = m.question_map()
    explicit = mapping_path is not None
    rtype = m.respondent_type or ("respondent_type" if "respondent_type" in cols else None)
    mail = m.email or (None if explicit else next((c for c in table.columns if c.lower() in ("email", "e-mail")),
                                                   None))  # fmt: skip
    own = {m.id, *qmap, rtype, "question_id", *RESPONSE_COLUMNS}
    keep = m.keep if explicit else [c for c in table.columns if c not in own]
    where = f"the mapping {mapping_path}" if explicit else "--mapping"
    for role, col in [("id", m.id), *[("questions", q) for q in qmap], ("respondent_type", m.respondent_type),
                      ("email", m.email), *[("keep", k) for k in m.keep]]:  # fmt: skip
        if col and col not in cols:
            if not explicit:
                raise ConsultError(
                    "E106",
                    f"{path}: no '{col}' column (found {table.columns}).{_suggest(path, table.columns, col)} Rename "
                    "the column, or pass --mapping MAPPING.yaml saying which columns hold the respondent id, the "
                    "open questions and the respondent type (see the README).",
                )
            raise ConsultError(
                "E106",
                f"{path}: no column '{col}', which {where} names as '{role}' (found {table.columns})."
                f"{_suggest(path, table.columns, col)} Fix the mapping or the file's header.",
            )
    records = []
    seen: Counter[str] = Counter()
    for row_no, row in table.rows:
        rid = row[m.id].strip()
        if not rid:
            _unreadable(report, path, row_no, f"the id column '{m.id}' is empty.", "Give the row an id.")
            continue
        seen[rid] += 1
        k = seen[rid]
        base = rid if k == 1 else f"{rid}#{k}"
        for col, qid in qmap.items():
            if len(qmap) == 1:
                resp_id = base
                qid = qid or (row.get("question_id", "") if not explicit else "")
            else:
                resp_id = f"{base}:{qid}"
            rec = {
                "response_id": resp_id,
                "respondent_id": rid,
                "question_id": qid,
                "respondent_type": normalise(row[rtype]) if rtype else "",
                "raw_text": row[col],
                "source": f"{path.name} row {row_no}",
                "_submission": f"{path}\x00{base}",
                "_contact": row[mail] if mail else "",
            }
            rec.update({c: row[c] for c in keep if c not in rec})
            records.append(rec)
    return records


def read_input(path: Path, m: Mapping, mapping_path: Path | None, report: IngestReport) -> list[dict]:
    """Records from one INPUT: a survey export or a folder of letters."""
    if not path.exists():
        raise ConsultError("E100", f"{path}: not found. Check the path.")
    if path.is_dir():
        letters = read_letters(path, report)
        files = {lt.path.relative_to(path).as_posix(): sha256_file(lt.path) for _, lt in letters}
        report.inputs.append({"path": str(path), "format": "letters", "rows": len(letters), "encoding": None,
                              "files": files})  # fmt: skip
        report.rows_in += len(letters)
        return [
            {"response_id": rid, "respondent_id": rid, "question_id": "", "respondent_type": "",
             "raw_text": lt.text, "source": str(lt.path.relative_to(path.parent)), "_submission": f"letter:{rid}",
             "_contact": lt.sender}
            for rid, lt in letters
        ]  # fmt: skip
    suffix = path.suffix.lower()
    if suffix in (".xlsx", ".xlsm"):
        table = read_xlsx_table(path, report, m.sheet)
    elif suffix in (".jsonl", ".ndjson"):
        table = read_jsonl_table(path, report, m.encoding)
    elif suffix in (".csv", ".tsv", ".txt"):
        table = read_csv_table(path, report, m.encoding)
    elif suffix == ".xls":
        raise ConsultError("E201", f"{path}: old Excel .xls files are not read. Save it as .xlsx or as CSV UTF-8.")
    elif suffix in LETTER_SUFFIXES:
        raise ConsultError("E201", f"{path}: a single letter. Put letters in a folder and pass the folder as INPUT.")
    else:
        raise ConsultError(
            "E201",
            f"{path}: unknown kind of file '{suffix}'. Give a .csv, .xlsx or .jsonl export, or a folder of letters.",
        )
    if not table.rows and not report.unreadable:
        raise ConsultError(
            "E203", f"{path}: a header row but no responses. Export the survey again with its responses."
        )
    report.inputs.append({"path": str(path), "format": table.format, "rows": len(table.rows),
                          "encoding": table.encoding, "sha256": sha256_file(path)})  # fmt: skip
    report.rows_in += len(table.rows)
    return _table_records(table, m, mapping_path, report)


def ingest(
    inputs: Sequence[str | Path],
    out: str | Path,
    mapping: str | Path | None = None,
    *,
    redactor: Redactor | None = None,
) -> IngestReport:
    """Read inputs, write responses.csv and ingest_report.json beside it (atomically); return the report."""
    out = Path(out)
    m = load_mapping(mapping) if mapping else Mapping()
    mapping_path = Path(mapping) if mapping else None
    paths = [Path(p) for p in inputs]
    if not paths:
        raise ConsultError("E203", "no INPUT given. Pass survey exports (.csv, .xlsx, .jsonl) or folders of letters.")
    seen = [p.resolve() for p in paths]
    if len(set(seen)) < len(seen):
        twice = next(p for p, r in zip(paths, seen, strict=True) if seen.count(r) > 1)
        raise ConsultError("E204", f"{twice}: given more than once as INPUT. Pass each export or folder once.")
    for p in paths:
        if p.exists() and out.exists() and p.resolve() == out.resolve():
            raise ConsultError(
                "E204", f"{out}: --out is also an INPUT; ingest never overwrites its inputs. Choose another."
            )
    report = IngestReport()
    records: list[dict] = []
    owner: dict[str, str] = {}
    for p in paths:
        recs = read_input(p, m, mapping_path, report)
        for r in recs:
            prev = owner.setdefault(r["response_id"], f"{p}: {r['source']}")
            if not prev.startswith(f"{p}: "):
                raise ConsultError(
                    "E204",
                    f"{p}: response_id '{r['response_id']}' ({r['source']}) is also in {prev}. Ids must be unique "
                    "across inputs: give each export its own ids (e.g. a prefix), or put one person's two "
                    "submissions in one file so they are flagged as a repeat.",
                )
        records.extend(recs)
    if not records:
        problems = "; ".join(f"{u['file']} row {u['row']}: {u['reason']}" for u in report.unreadable[:5])
        raise ConsultError("E203", f"{', '.join(map(str, paths))}: no readable responses ({problems}). Fix those rows.")
    df = pd.DataFrame.from_records(records).fillna("")
    redactor = redactor or (Redactor(keep_words=m.keep_words) if m.keep_words else None)
    res, report = prepare(df, report, redactor=redactor, contact=df["_contact"])
    atomic_write_csv(out, res)
    atomic_write_json(out.with_name("ingest_report.json"), asdict(report))
    return report
