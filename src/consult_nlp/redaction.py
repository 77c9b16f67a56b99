"""Personal data out of every text that reaches a report: patterns for what has a shape, spaCy NER for names.

Emails, UK phone numbers and postcodes, street addresses, "Mrs X", "my son X", sign-offs and named schools are
found by patterns; a capitalised run that is not the field's vocabulary, a place or an ordinary word goes to
spaCy's NER with a short window of context. The kinds found become placeholders such as [NAME] and [EMAIL].
"""

from __future__ import annotations

import functools
import re
from collections import Counter
from collections.abc import Iterable, Sequence
from dataclasses import dataclass

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
