"""The registry of recognisers: each kind of personal data, how it is found, and the cheap cue that decides
whether it runs. redaction.py explains the whole approach.
"""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass, field, replace
from typing import TYPE_CHECKING

from .addresses import (
    _HOME_BY_NAME_WORDS,
    _LAND_WORDS,
    _STREET_END,
    _address_spans,
    _lives,
)
from .cued import Cued
from .language import _common_english
from .letters import letter_head
from .redaction_patterns import (
    _AT_GAP,
    _CAPWORD,
    _DIGITS4,
    _IS_GAP,
    _NER_WORD,
    _NO_DIGITS,
    _ORG_LAST,
    _PLACE_NAME,
    _PRE_REL,
    _PUNCT_TO_SPACE,
    _REL_LAST,
    _REL_SET,
    _ROLE_GAP,
    _STAFF_AT,
    _STREET_ONLY,
    _TRADES,
    _WORDS,
    DATE_AFTER_NAME,
    SCRIPT_AFTER_NAME,
    Span,
    name_lists,
    widen_span,
)
from .shapes import (
    _AREA_SET,
    _HANDLE_BEFORE,
    _HANDLE_CUE,
    _ID_CUE,
    _NHS_CUE,
    _PHONE,
    _PLANNING_SUFFIX,
    _REF_CUE,
    _ROLE_MAILBOX,
    _VEHICLE_CUE,
    DATE_OF_BIRTH,
    EMAIL,
    EMAIL_SPELLED,
    EMAIL_SPELLED_CAPS,
    HANDLE,
    HANDLE_NETWORKS,
    ID_NUMBER,
    NHS_NUMBER,
    NI_NUMBER,
    OWN_NUMBER,
    POSTCODE,
    POSTCODE_CUED,
    POSTCODE_EU,
    REF_WORDS,
    SEPARATED_CODE,
    VEHICLE_REG,
)

if TYPE_CHECKING:  # an annotation only: redaction.py imports this module
    from .redaction import Redactor


# -- schools ---------------------------------------------------------------------------------------------------

_SCHOOL_TYPE = r"(?:School|Academy|College|Primary|Infants|Juniors|High|Grammar|Nursery|J ?& ?I)"  # 'Stoneycroft J&I'
_SCHOOL_CUE = re.compile(rf"[\w'’] {_SCHOOL_TYPE}\b")
_SCHOOL_TOKEN = rf"(?:{_CAPWORD}|St\.?|RC|CE|C of E|CofE|of)"
SCHOOL = re.compile(  # 'Coldside Nursery and Infant School'; not a hospital named after one: "King's College Hospital"
    rf"(?<![\w'’-])({_SCHOOL_TOKEN} (?:(?:{_SCHOOL_TOKEN}|and) ){{0,5}}{_SCHOOL_TYPE})\b"
    r"(?! (?:Hospital|Infirmary|Medical|CIC|CIO|Ltd|Trust)\b)"
)
# Welsh, Gaelic and Irish schools put the kind first: 'Ysgol Bro Helyg', 'Bun-sgoil Thàrsaigh', 'Bunscoil Bhaile'
SCHOOL_CELTIC = Cued(
    re.compile(
        rf"\b((?:Ysgol|Sgoil|Bunscoil|Gaelscoil|Scoil|Meánscoil|Àrd-[Ss]goil|Bun-[Ss]goil)"
        rf"(?: (?:Gynradd|Uwchradd|Gymraeg|na|nan|nam|an|y|yr))*"
        rf"(?: {_CAPWORD}(?: (?:y|yr|na|an) {_CAPWORD})?){{1,3}})"  # 'Ysgol Maes y Dderwen'
    )
)
_LOWER_SCHOOL_CUES = ("primary", "infant", "junior", "academy", "high", "grammar", "college", "sixth form", " st ")
SCHOOL_LOWER = re.compile(
    r"\b(?:at|to|attends|attending|from|in|i go)\s+((?:[a-z][a-z'’-]+ ){1,3}(?:(?:primary|infant|junior)(?: school)?|"
    r"infants|juniors|academy|high school|high|grammar|college|sixth form)|st [a-z'’-]+ school)\b(?![-'’])"
)
# a school named by what children do there: "is in year 6 at St Columba's", "starts at Holy Cross"
SCHOOL_BY_CONTEXT = re.compile(
    rf"\b(?:(?:[Yy]ear|[Yy]r|P|[Rr]eception|[Nn]ursery)\s?\d{{0,2}} at|attends|attending|starts at|started at|"
    rf"moves up to|pupils? at|student at|place at|(?:unit|base|class|room) at|"
    rf"(?:first|second|third|final|last) year at)\s+((?:(?:{_SCHOOL_TOKEN}|y|yr)\s){{0,4}}{_CAPWORD})"
    # 'She is at Brookvale in Year 2', 'at BROOKVALE since nursery'
    rf"|\bat ((?:{_SCHOOL_TOKEN}\s){{0,3}}(?:{_CAPWORD}|C of E|CofE|RC|CE)) (?:in|since) "
    rf"(?:[Yy]ear|[Yy]r|[Nn]ursery|[Rr]eception|P\d)"
    # where a child has been, since or where: 'he has been at Larkspur since Christmas', 'she was at St Anne's where'
    rf"|\b(?:[Hh]e|[Ss]he)(?:['’]s| is| was| has been| had been|['’]s been) at (?:the )?"
    rf"((?:St\.? )?{_CAPWORD}(?: {_CAPWORD})?)"
    rf"(?= since\b| now\b| where\b[^.!?\n]{{0,40}}\b(?:teachers?|class|staff|school|head|reception|year)\b)"
    # a saint's school in lower case after the year, or where a child goes or went: 'in Year 4 at st wilfrids',
    # 'excluded twice from st aidan's'
    rf"|\b(?:[Yy]ear|[Yy]r)\s?\d{{1,2}} at ([Ss]t\.? [a-z]{{3,}}(?:['’]s)?)\b"
    rf"|\b(?:at|from|to) (st\.? [a-z]{{3,}}['’]s)(?!\w)|\bexcluded (?:\w+ ){{0,3}}from (St\.? {_CAPWORD}['’]s?)(?!\w)"
    # a school by its room for a child: 'the Rathmoyle nursery', 'the Elmhurst hearing resource base'
    rf"|\b(?:the|in) ({_CAPWORD}(?: {_CAPWORD})?) (?:(?:hearing|sensory|autism|ASC|speech)(?: and language)? )?"
    rf"(?:resource )?(?:nursery|unit|base)\b|\b(?:base|unit|class|hub) (?:called|named) (?:the )?({_CAPWORD})"
    rf"|\bthe ({_CAPWORD}), the (?:[\w-]+ )?(?:base|unit)\b"
)
# a school named in lower case after a child's year or class ('in P2 at lochview', 'in the nursery at rathmoyle'):
# taken when the name is no common English word ('year 6 at home', 'p2 at the moment' stay)
SCHOOL_LOWER_AFTER_YEAR = re.compile(
    r"\b(?:(?:[Yy]ear|[Yy]r|[Pp])\s?\d{1,2}|[Nn]ursery|[Rr]eception) (?:class )?at ([a-z]{4,}(?:-[a-z]+)?)\b(?![-'’])"
)
_YEAR_AFTER = re.compile(r" (?:in|since) (?:[Yy]ear|[Yy]r|[Nn]ursery|[Rr]eception|P\d)")


def lower_schools_after_year(text: str, common: set[str]) -> list[Span]:
    """SCHOOL_LOWER_AFTER_YEAR's names that are no common English word, no word many responses write and no first
    name (the name recognisers have those)."""
    out = []
    for m in SCHOOL_LOWER_AFTER_YEAR.finditer(text) if " at " in text else ():
        w = m.group(1)
        first = w.split("-")[0].capitalize() in name_lists()[0]
        if w not in _common_english() and w.capitalize() not in common and not first:
            out.append(Span(m.start(1), m.end(1), "SCHOOL"))
    return out


_SCHOOL_WORDS = set(
    """local village special mainstream primary secondary new current old nearest catchment grammar independent
    private state community faith catholic church infant infants junior juniors first middle high feeder same
    different another every each other boarding day residential forest nursery pre prep preparatory free
    alternative hospital home sixth form secondary specialist small big large good outstanding rural town
    previous last next old former chosen preferred named designated resourced unit sen send senco senior kids
    kid childrens sons daughters grandsons granddaughters own partner whichever nearby lovely great the a an
    my his her their our your this that which sunday music dance drama driving swimming football language summer
    holiday night art riding ski surf sailing flight cookery""".split()
)


def _merge(spans: Iterable[Span], text: str = "") -> list[Span]:
    """Overlapping spans become one, keeping the kind of the earliest-starting (longest on ties); with the text, each
    is first widened over what a recogniser leaves visible beside it (widen_span): a name's initials and particled
    surname, so '[Joaquina] da [Costa Soares]' is one name and 'da' is not left; a school's kind."""
    out: list[Span] = []
    common = _common_english()
    for s in sorted((widen_span(s, text, common) for s in spans) if text else spans, key=lambda s: (s.start, -s.end)):
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


def _sentence_initial(text: str, i: int) -> bool:
    j = i - 1
    while j >= 0 and text[j] in " \t\"'“‘([*•·-–":
        j -= 1
    return j < 0 or text[j] in ".!?:;\n"


# -- the shape recognisers -------------------------------------------------------------------------------------


def _phone_spans(text: str) -> list[Span]:
    out = []
    for m in _PHONE.finditer(text):
        digits = re.sub(r"\D", "", m.group())
        intl = m.group().lstrip().startswith("+") and not digits.startswith("44")
        if digits.startswith("44"):
            digits = "0" + digits[2:].lstrip("0")
        if (10 <= len(digits) <= 11 and digits.startswith("0")) or (intl and 9 <= len(digits) <= 15):
            out.append(Span(m.start(), m.end(), "PHONE"))
    return out


def _postcode_spans(text: str) -> list[Span]:
    out = [
        Span(m.start(), m.end(), "POSTCODE")
        for m in POSTCODE.finditer(text)
        if m.group(1).upper() in _AREA_SET
        or (
            (m.group().isupper() or m.group().islower())
            and (" " in m.group() or _ON_ADDRESS_LINE.search(text, 0, m.start()))
        )
    ]
    if "code" in text or "CODE" in text or "Code" in text:
        out += [Span(m.start(1), m.end(1), "POSTCODE") for m in POSTCODE_CUED.finditer(text)]
    return out + [
        Span(m.start(), m.end(), "POSTCODE")
        for m in POSTCODE_EU.finditer(text)
        if m.start() == 0 or text[m.start() - 1] == "\n" or text[max(0, m.start() - 2) : m.start()] == ", "
    ]


# an unknown area's postcode written unspaced counts at the end of an address: '27 Tannery Row, Castlebury HL13BS'
_ON_ADDRESS_LINE = re.compile(r"\d[^\n\d]{3,50}, [A-Z][a-z]+(?: [A-Z][a-z]+)? ?,? ?\Z")


def _nhs_ok(digits: str) -> bool:
    """The NHS (and CHI) number's modulus-11 check digit."""
    total = sum(int(d) * w for d, w in zip(digits[:9], range(10, 1, -1), strict=True))
    check = 11 - total % 11
    return (0 if check == 11 else check) == int(digits[9])


def _nhs_spans(text: str) -> list[Span]:
    out = []
    for m in NHS_NUMBER.finditer(text):
        digits = "".join(m.groups())
        cue = _NHS_CUE.search(text, max(0, m.start() - 40), m.start())
        if (_nhs_ok(digits) and not digits.startswith("0")) or cue:
            out.append(Span(m.start(), m.end(), "NHS_NUMBER"))
    return out


def _ni_spans(text: str) -> list[Span]:
    return [Span(m.start(), m.end(), "NI_NUMBER") for m in NI_NUMBER.finditer(text)]


def _vehicle_spans(text: str) -> list[Span]:
    out = []
    for m in VEHICLE_REG.finditer(text):
        g = m.group()
        current = bool(re.fullmatch(r"[A-Z]{2}\d{2} ?[A-Z]{3}", g))  # the shape alone is enough
        if current or _VEHICLE_CUE.search(text, max(0, m.start() - 80), min(len(text), m.end() + 40)):
            out.append(Span(m.start(), m.end(), "VEHICLE_REG"))
    return out


def _handle_spans(text: str) -> list[Span]:
    out = [Span(m.start(), m.end(), "HANDLE") for m in HANDLE.finditer(text)]
    for m in _HANDLE_BEFORE.finditer(text):
        g = 1 if m.group(1) else 2
        out.append(Span(m.start(g), m.end(g), "HANDLE"))
    out += [Span(m.start(1), m.end(1), "HANDLE") for m in _HANDLE_CUE.finditer(text)]
    if m := _HANDLE_AT_END.search(text, max(0, len(text) - 120)):  # 'add me on snap if u want to know ... jordz.k_06'
        out.append(Span(m.start(1), m.end(1), "HANDLE"))
    return out


_HANDLE_AT_END = re.compile(
    r"(?i:\b(?:snap|snapchat|insta|instagram|tiktok)\b)[^\n]{0,80}?\s((?=[\w.]*[a-z])[a-z0-9_]+[._][a-z0-9_.]*[0-9_][a-z0-9_]*)\W*$"
)


_ID_WORDS = frozenset("NHS CHI REF TEL MOB NI NO DOB ID PCN".split())


def _id_spans(x: _Text) -> list[Span]:
    text, out = x.text, []
    for m in ID_NUMBER.finditer(text) if x.digits4 else ():
        letters = re.match(r"[A-Z]*", m.group()).group()
        if sum(c.isdigit() for c in m.group()) >= 6 and letters not in _ID_WORDS:
            out.append(Span(m.start(), m.end(), "ID_NUMBER"))
    for m in _ID_CUE.finditer(text) if x.has(_ID_WORDS_SET) else ():
        if sum(c.isdigit() for c in m.group(1)) >= 5:
            out.append(Span(m.start(1), m.end(1), "ID_NUMBER"))
    for m in _REF_CUE.finditer(text) if x.has(REF_WORDS) and ("/" in text or "-" in text) else ():
        out.append(Span(m.start(1), m.end(1), "ID_NUMBER"))
    for m in SEPARATED_CODE.finditer(text) if x.digits4 or "/" in text or "-" in text else ():
        if not _PLANNING_SUFFIX.search(m.group()) or _OWN_BEFORE.search(text, max(0, m.start() - 80), m.start()):
            out.append(Span(m.start(), m.end(), "ID_NUMBER"))
    for m in OWN_NUMBER.finditer(text) if x.digits >= 4 and x.has(_OWN_WORDS) else ():
        g = m.group(1)
        if sum(c.isdigit() for c in g) >= 4 and not _YEARISH.fullmatch(g):
            out.append(Span(m.start(1), m.start(1) + len(g.rstrip(" /-")), "ID_NUMBER"))
    return out


_OWN_WORDS = frozenset("my our his her their".split())
_OWN_BEFORE = re.compile(r"(?i:\b(?:my|our) own\b|\bmy (?:application|appeal)\b)")
_YEARISH = re.compile(r"(?:19|20)\d\d(?:[/-]\d{2,4})?")  # '2024', '2024-25': a year, not a number of one's own


def _dob_spans(text: str) -> list[Span]:
    """A date of birth with its cue where only small words part them ('born on the 3rd of June 2016', 'd.o.b.
    12/03/2014'): whichever of the two a reader counts as the detail, all of it goes. A cue further off ('born in
    Leeds on ...') leaves the words between."""
    out = []
    for m in DATE_OF_BIRTH.finditer(text):
        start = m.start() if _DOB_FILLER.fullmatch(text, m.end("cue"), m.start("date")) else m.start("date")
        out.append(Span(start, m.end("date"), "DATE_OF_BIRTH"))
    return out


_DOB_FILLER = re.compile(r"(?i)[\s:,(–-]*(?:(?:is|was|on|the|of|:)[\s:,]*)*")


def _email_spans(text: str) -> list[Span]:
    out = [Span(m.start(), m.end(), "EMAIL") for m in EMAIL.finditer(text) if not _ROLE_MAILBOX.match(m.group())]
    if " dot " in text or "[at]" in text or "(at)" in text or "{at}" in text or " @" in text or "@ " in text:
        out += [Span(m.start(), m.end(), "EMAIL") for m in EMAIL_SPELLED.finditer(text)]
    if " DOT " in text:
        out += [Span(m.start(), m.end(), "EMAIL") for m in EMAIL_SPELLED_CAPS.finditer(text)]
    return out


# -- the registry ----------------------------------------------------------------------------------------------


@dataclass(frozen=True)
class _Text:
    """A text and what every recogniser's cue asks of it, computed once."""

    text: str
    low: str
    digits: int  # how many digits: a phone or NHS number needs ten, an NI number six
    digits4: bool  # four digits in a row: reference numbers have them
    words: frozenset[str]  # its lower-case words: a set lookup is far cheaper than a regex scan per cue

    def has(self, cue: frozenset[str]) -> bool:
        return not self.words.isdisjoint(cue)

    @property
    def digit(self) -> bool:
        return self.digits > 0


@dataclass
class _Ctx:
    """What every text's search needs of the corpus: its vocabulary, and how often it writes each word in lower
    case and with a capital."""

    keep: set[str]
    common: set[str]
    redactor: Redactor
    lower: Counter[str] = field(default_factory=Counter)
    cap: Counter[str] = field(default_factory=Counter)
    shared: set[str] = field(default_factory=set)  # names many responses share: the consultation's own places


@dataclass(frozen=True)
class Recogniser:
    """One kind of personal data: the placeholder it becomes, how it is found, and when it is worth looking.

    `find(text, ctx)` returns spans; `cue(text)` is a cheap test on the text (and its lower case and digits) that
    must hold for `find` to run: 50,000 texts x a dozen recognisers adds up. Recognisers of names, schools and
    addresses need the redactor's vocabulary, which `ctx` carries.
    """

    name: str
    kind: str
    find: Callable[[_Text, _Ctx], list[Span]]
    cue: Callable[[_Text], bool]
    doc: str


_P_YEAR = re.compile(r"\bp\d")  # a Scottish school year: "in P6 at"
_DOB_WORDS = frozenset("born dob birth birthday birthdate geboren geb ganwyd geni".split())
_ID_WORDS_SET = frozenset(
    """hospital patient mrn record account acct reference ref customer case client tenancy claim membership payroll
    tax service matric matriculation student staff employee licence license index no pcn badge permit""".split()
)
_SCHOOL_WORDS_SET = frozenset(
    """school academy college primary infant infants junior juniors year yr attends attending starts started pupil
    pupils reception nursery high grammar sixth ysgol sgoil bunscoil gaelscoil scoil unit base since where
    excluded now mynd""".split()
)
_TITLE_WORDS = frozenset(
    """mr mrs ms miss mx dr prof professor sir dame rev revd cllr councillor sister nurse ranger father pastor imam
    rabbi canon lord lady baroness herr frau hr fr cynghorydd cyng pc pcso dc ds di dci sgt sergeant inspector
    constable detective alderman""".split()
)


RECOGNISERS: tuple[Recogniser, ...] = (
    Recogniser("email", "EMAIL", lambda x, c: _email_spans(x.text),
               lambda x: "@" in x.text or " dot " in x.low or "[at]" in x.low or "(at)" in x.low,
               "an email address, also spelled out against spam ('jo at example dot com', 'jo[at]example.com')"),
    Recogniser("phone", "PHONE", lambda x, c: _phone_spans(x.text), lambda x: x.digits >= 9,
               "a UK phone number in any layout (+44, (01632), spaces, dashes), or an international one with +"),
    Recogniser("nhs_number", "NHS_NUMBER", lambda x, c: _nhs_spans(x.text), lambda x: x.digits >= 10,
               "ten digits (3-3-4) with a valid NHS/CHI check digit, or any after 'NHS', 'CHI', 'patient'"),
    Recogniser("ni_number", "NI_NUMBER", lambda x, c: _ni_spans(x.text), lambda x: x.digits >= 6,
               "a National Insurance number, any case and spacing (QQ 12 34 56 C)"),
    Recogniser("postcode", "POSTCODE", lambda x, c: _postcode_spans(x.text), lambda x: x.digits >= 2,
               "a UK postcode with a real area, in any case and with or without its space (or any area, written "
               "with its space); a five-digit continental postcode before a town in an address"),
    Recogniser("vehicle_registration", "VEHICLE_REG", lambda x, c: _vehicle_spans(x.text), lambda x: x.digits >= 1,
               "a current-format registration (AB12 CDE); lower-case and older formats near a word about cars"),
    Recogniser("id_number", "ID_NUMBER", lambda x, c: _id_spans(x),
               lambda x: x.digits >= 6 or (x.digits >= 3 and x.has(REF_WORDS)) or (x.digits >= 4 and x.has(_OWN_WORDS)),
               "a hospital, account or reference number: letters with six or more digits, digits after "
               "'hospital number', 'account', 'reference', or letters and digits with / or - after 'crime "
               "number', 'ref', 'case' ('NM/23/118472'); not a planning application's public number"),
    Recogniser("date_of_birth", "DATE_OF_BIRTH", lambda x, c: _dob_spans(x.text),
               lambda x: x.digits >= 2 and (x.has(_DOB_WORDS) or "b" in x.words),
               "a date after 'born', 'b.', 'DOB', 'd.o.b', 'date of birth', 'geboren'; other dates stay"),
    Recogniser("social_handle", "HANDLE", lambda x, c: _handle_spans(x.text),
               lambda x: "@" in x.text or ".com/" in x.low or x.has(HANDLE_NETWORKS),
               "an @handle, a social-media profile address, or a handle after 'Instagram', 'Facebook', ..."),
    Recogniser("address", "ADDRESS", lambda x, c: _address_spans(x, c.keep),
               lambda x: x.digit or "\n" in x.text or x.text.count(",") >= 2 or _lives(x) or x.has(_HOME_BY_NAME_WORDS)
               or x.has(_LAND_WORDS),
               "a numbered street, a flat, a street or house name after 'I live on/at', 'my address is', and "
               "the streets and house names of an address block; towns and landmark streets stay"),
    Recogniser("letter_head", "ADDRESS", lambda x, c: letter_head(x.text, c.keep), lambda x: x.text.count("\n") >= 2,
               "a letter's own address above its greeting, with no postcode or number: its streets and house line"),
    Recogniser("school", "SCHOOL", lambda x, c: c.redactor._school_spans(x.text, c.keep, c.common, c.shared),
               lambda x: x.has(_SCHOOL_WORDS_SET) or bool(_P_YEAR.search(x.low)),
               "a named school (by its type word, or after 'year 6 at', 'attends', 'starts at')"),
    Recogniser("name", "NAME", lambda x, c: c.redactor._name_spans(x.text, c.keep, c.common, x.words),
               lambda x: True,
               "a name after a title (Mrs, Dr, Cllr, Herr, PC), a role word (my son, my carer, pupil, the driver), "
               "'my name is', 'me and', before MP/MSP, in a sign-off or on a signature line; then spaCy NER on the "
               "capitalised runs nothing else claimed, with Faker's name lists as a second opinion, and every "
               "other occurrence of a name found, with its nickname"),
)  # fmt: skip


def _recognise(texts: Sequence[str], ctx: _Ctx) -> list[tuple[list[Span], frozenset[str]]]:
    """Every recogniser of the registry on each text (its cue first), names that are not people dropped; with the
    text's lower-case words, which the caller's own searches reuse."""
    out = []
    for t in texts:
        low = t.lower()
        digits = len(t) - len(t.translate(_NO_DIGITS))
        words = frozenset(low.translate(_PUNCT_TO_SPACE).split())
        x = _Text(t, low, digits, digits >= 4 and bool(_DIGITS4.search(t)), words)
        spans: list[Span] = []
        for rec in RECOGNISERS:
            if rec.cue(x):
                spans += rec.find(x, ctx)
        out.append((ctx.redactor._drop_not_people(t, spans, words), words))
    return out


# items from which a stage runs in worker processes: a process costs about a second to start
PROCESS_FROM = 5000


def in_workers(fn: Callable[[Sequence, _Ctx], list], items: Sequence, ctx: _Ctx) -> list:
    """`fn(chunk, ctx)` over contiguous chunks of `items`, its results joined in order: see `start_in_workers`."""
    return start_in_workers(fn, items, ctx)()


def start_in_workers(fn: Callable[[Sequence, _Ctx], list], items: Sequence, ctx: _Ctx) -> Callable[[], list]:
    """Start `fn(chunk, ctx)` over contiguous chunks of `items` on the worker processes when there are enough items
    to win back their start, and return what waits for the results, joined in order (below that, `fn` runs in
    this process when waited for). `fn` must give each item's result from the item and `ctx` alone, so the
    chunking never changes a result. The workers get a redactor without its NER pipeline, which they never use;
    they stay up for the stage's next call, and the stage stops them (`workspace.stop_workers`) when done."""
    if not items or len(items) < PROCESS_FROM:
        return lambda: fn(items, ctx)
    from .workspace import WORKERS, submit

    size = -(-len(items) // (4 * WORKERS))
    lean = replace(ctx, redactor=ctx.redactor.without_nlp())
    parts = [submit(fn, items[i : i + size], lean) for i in range(0, len(items), size)]
    return lambda: [r for part in parts for r in part.result()]


def _dates_after_names(text: str, spans: list[Span]) -> list[Span]:
    """A full date right after a person's name, in brackets or after a comma, is when they were born; the name in
    another script in brackets after it is the same name."""
    out = []
    for sp in spans:
        if sp.kind not in ("NAME", _NER_WORD):
            continue
        if m := DATE_AFTER_NAME.match(text, sp.end):
            out.append(Span(m.start(1), m.end(1), "DATE_OF_BIRTH"))
        elif m := SCRIPT_AFTER_NAME.match(text, sp.end):
            out.append(Span(m.start(1), m.end(1), "NAME"))  # the pattern allows no ASCII, so no Latin letter
        elif m := _STREET_OF_NAME.match(text, sp.end):  # 'Mrs Doreen Fairweather of Beech Close, Deal': her home
            out.append(Span(m.start(1), m.end(1), "ADDRESS"))
    return out


_STREET_OF_NAME = re.compile(rf" of ((?:\d{{1,4}} )?(?:{_CAPWORD} ){{1,3}}(?:{_STREET_ONLY}))\b")


def _drop_public_addresses(texts, found, distinct, done, many: int) -> list[list[Span]]:
    """An address `many` distinct responses give is the consultation's subject ('a betting shop licence at 14 Market
    Street', in a campaign and beyond it), not one person's home."""

    def key(t: str, s: Span) -> str:
        return " ".join(t[s.start : s.end].lower().split()).rstrip(".,")

    seen: Counter[str] = Counter()
    for t in distinct:
        seen.update({key(t, s) for s in done[t][0] if s.kind == "ADDRESS"})
    public = {a for a, n in seen.items() if n >= many}
    if not public:
        return found
    pairs = zip(texts, found, strict=True)
    return [[s for s in spans if s.kind != "ADDRESS" or key(t, s) not in public] for t, spans in pairs]


_TRADE_SET = frozenset(_TRADES)


def _business_letterhead(text: str, spans: list[Span]) -> list[Span]:
    """A letter headed by a business ("Hussain's Cars\nUnit 4, Ferry Wharf Road\nCaerwern"): the address block under
    it is the firm's premises, not anyone's home."""
    if not spans or "\n" not in text[:120]:
        return spans
    lines = text.lstrip().split("\n", 5)
    words = _WORDS.findall(lines[0])
    if not (1 < len(words) <= 5 and words[-1] in _TRADE_SET and not any(c.isdigit() for c in lines[0])):
        return spans
    blank = text.find("\n\n")
    end = min(blank if blank >= 0 else len(text), len(text) - len(lines[-1]) if len(lines) > 5 else len(text))
    return [sp for sp in spans if sp.kind != "ADDRESS" or sp.start >= end]


def _towns_after_addresses(text: str, spans: list[Span]) -> list[Span]:
    """What follows a street after a comma is its town ('lived on Front Street, Newton Aycliffe for 6 years'): a
    name NER saw there is dropped, unless a pattern also found it as an address."""
    ends = {sp.end for sp in spans if sp.kind == "ADDRESS"}
    if not ends:
        return spans
    town = {
        (sp.start, sp.end)
        for sp in spans
        if sp.kind in ("NAME", _NER_WORD)
        and any(text[e : sp.start] in (", ", ",") for e in ends)
        and not _NAMED_AFTER_ADDRESS(text, sp)
    }
    return [sp for sp in spans if (sp.start, sp.end) not in town or sp.kind not in ("NAME", _NER_WORD)]


def _NAMED_AFTER_ADDRESS(text: str, sp: Span) -> bool:  # noqa: N802 - reads as the rule it is
    """A person set off by commas after an address, the sentence going on with what they do: 'The manager for 14
    Market Street, Gavin Hirst, holds a licence' (a first name, then a word no place is shaped like)."""
    words = text[sp.start : sp.end].split()
    return (
        len(words) == 2
        and words[0] in name_lists()[0]
        and not _PLACE_NAME.fullmatch(words[1])
        and bool(_THEN_DOES.match(text, sp.end))
    )


_THEN_DOES = re.compile(
    r", (?:who\b|(?!(?:as|is|plus|thus|this|its|us|yes|across|towards|unless|always|perhaps)\b)[a-z]+s\b)"
)
_WORD_AT = re.compile(r"[\w'’-]+")  # _IS_GAP looks ahead to a capital, so a word always starts there


_INFORMAL_ROLES = frozenset("bro da lad lass wean bairn brither pal mate".split())


def _after_roles(text: str, low: str, words: frozenset[str] | None = None) -> list[int]:
    """Where a capitalised name starts right after a role word ('my carer, Dolores'; 'pupil Rowan Tessaly'):
    each role word the text holds is looked up where it occurs, so a text is never scanned for all of them."""
    present = _REL_LAST.intersection(low.translate(_PUNCT_TO_SPACE).split() if words is None else words)
    if not present or len(low) != len(text):
        return []
    first = name_lists()[0]
    out = []
    for w in present:
        i = low.find(w)
        while i >= 0:
            j = i + len(w)
            if low.startswith(("-in-law", " in law"), j):  # 'my mother-in-law, Mama Adunni'
                j += 7
            # an informal role word is written in lower case: 'Cymuned Bro Eifion' (Bro, Welsh for a region)
            informal = w in _INFORMAL_ROLES and text[i].isupper()
            if (i == 0 or not low[i - 1].isalnum()) and (j == len(low) or not low[j].isalnum()) and not informal:
                # a two-word role ('support worker') is looked for only where the word alone is none
                prev = None if w in _REL_SET else _PRE_REL.search(low, max(0, i - 20), i)
                if w in _REL_SET or (prev and f"{prev.group(2)} {w}" in _REL_SET):
                    g = _ROLE_GAP.match(text, j)
                    if g and g.end() < len(text) and text[g.end()].isupper():
                        out.append(g.end())
                    elif (g := _IS_GAP.match(text, j)) and _WORD_AT.match(text, g.end()).group().split("-")[0] in first:
                        out.append(g.end())  # 'my daughter is Liberty-Mae Hardcastle'
                    elif g := _AT_GAP.match(text, j):
                        out.append(g.end())  # 'the portage worker at Thornley, Niamh, visited'

            i = low.find(w, j)
    return sorted(out)


def _ner_window(text: str, s: int, e: int, width: int = 70) -> tuple[int, int]:
    """The sentence around a candidate name, cut to `width` characters either side: what NER reads."""
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


# -- helpers the redactor's name and school passes share --------------------------------------------------------

_INTRODUCED = re.compile(r"\b(?:called|named|known as|nicknamed)\b")


def _org_line(line: str) -> bool:
    """A line naming a business or body by its last word ('Weardale Motors'), not a street ('Leny Road')."""
    words = _WORDS.findall(line)
    return bool(words) and words[-1] in _ORG_LAST and not _STREET_END.fullmatch(words[-1])


def _schools_of_children(text: str, spans: list[Span], shared: set[str] = frozenset()) -> list[Span]:
    """A school is personal when it says where a child goes: a child, a school year, 'attends' or a named person
    near it. A school named as a place ('space in the school hall', 'a response from the headteacher of') stays,
    and so does one many responses name (the consultation's subject: 'our children have gone to Drumcarrow High')
    unless one child is said to go there."""
    schools = [s for s in spans if s.kind == "SCHOOL"]
    if not schools:
        return spans
    names = [s for s in spans if s.kind in ("NAME", _NER_WORD)]
    keep = []
    for sc in schools:
        a, b = max(0, sc.start - 160), min(len(text), sc.end + 80)
        own = [w for w in _WORD_AT.findall(text, sc.start, sc.end) if w[:1].isupper() and w not in _SCHOOL_KINDS]
        theirs, named = bool(own) and all(w in shared for w in own), any(a <= n.start < b for n in names)
        # (not where the writer works, no child named: 'I am SENCO at Hallambridge PRU', 'Head Teacher, X High')
        staff = not named and _STAFF_AT.search(text, a, sc.start)
        if ((_ONE_CHILD_CUE if theirs else _CHILD_CUE).search(text, a, b) or named
                or _AT_SCHOOL.search(text, max(0, sc.start - 20), sc.start)) and not (
                theirs and _only_the_institution(text, sc, names, a, b) or staff):  # fmt: skip
            keep.append(sc)
    return [s for s in spans if s.kind != "SCHOOL"] + keep


# someone is at it: 'Brook is at Holme Lane Primary', 'i go to kirkby scar school', 'the kids school X'
_AT_SCHOOL = re.compile(
    r"(?i:\b(?:is|are|was|goes|go|went|going) (?:at|to)|kids['’]? school|children['’]s school"
    r"|\b(?:i|we) go|\bmynd i"  # 'we go X High', Welsh 'going to'
    r"|(?<!\bno )\b(?:one|other|eldest|youngest)(?:['’]s| is)? at)\s*$"  # 'one at St Anselm's', not 'no one at'
    r"|\b[iI]m at\s*$"  # a young writer's texting: 'im at Fleetness College', not "I'm at it for a meeting"
)


def _only_the_institution(text: str, sc: Span, names: list[Span], a: int, b: int) -> bool:
    """The consultation's own school is what its sentence is about, with no child, name or going there in it
    ('Riverbank Meadows School can't open quick enough', after 'he's been sat at home since Easter')."""
    s0 = max((m.end() for m in _SENTENCE_END.finditer(text, a, sc.start)), default=a)
    s1 = next((m.start() for m in _SENTENCE_END.finditer(text, sc.end, b)), b)
    return not (
        _CHILD_CUE.search(text, s0, s1)
        or _ATTENDED.search(text, max(s0, sc.start - 30), sc.start)
        or any(s0 <= n.start < s1 for n in names)
    )


_ATTENDED = re.compile(
    r"(?i:\b(?:attends?|attended|attending|goes to|go to|went to|gone to|going to|is at|was at|been at|be at|"
    r"starts? at|started at|places? at|(?:year|yr) ?\d{1,2} at|p\d at|reception at|nursery at|pupil at|student at|"
    r"moved to|moving to|moves up to)\s+(?:the\s+)?)$"
)
_SENTENCE_END = re.compile(r"[.!?\n]\s")
_SCHOOL_KINDS = frozenset("School Academy College Primary Infants Juniors High Grammar Nursery Ysgol Sgoil".split())
_ONE_CHILD_CUE = re.compile(
    r"(?i:\b(?:son|daughter|grand(?:son|daughter|child)|lad|lass|bairn|wean|"
    r"(?:my|our|his|her|their) (?:\w+ )?(?:child|kid|twin|eldest|"
    r"youngest)|"
    r"year ?\d{1,2}|yr ?\d{1,2}|p\d|attends?|attending|he is|she is|he's|she's|he goes|she goes)\b)"
)
_CHILD_CUE = re.compile(  # one child, not children in general ('pupils at Tanfield use the bus' names no one)
    r"(?i:\b(?:sons?|daughters?|grand(?:son|daughter|child)s?|baby|boy|girl|lads?|lass(?:es)?|bairns?|weans?|"
    r"(?:my|our|his|her|their) "
    r"(?:\w+ )?(?:child|children|kids?|twins?|eldest|youngest)|year ?\d{1,2}|yr ?\d{1,2}|p\d|reception|attends?|"
    r"attending|starts? at|started at|moves? up to|place at|ehcp|(?:i|we) teach|i'?m in|i am in|he is|she is|he's|"
    r"she's|he goes|she goes|he went|she went|gcses?|i['’]?m 1[0-8]|im 1[0-8]|i am 1[0-8])\b)"
)
