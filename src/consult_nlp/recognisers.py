"""The registry of recognisers: each kind of personal data, how it is found, and the cheap cue that decides
whether it runs. redaction.py explains the whole approach.
"""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass
from typing import TYPE_CHECKING

from .redaction_patterns import (
    _ADDRESS_START,
    _AREA_SET,
    _CAPWORD,
    _DIGITS4,
    _HANDLE_CUE,
    _HOME_EVENT,
    _HOUSE,
    _ID_CUE,
    _LIVE,
    _LIVE_NEAR,
    _LIVE_RIGHT,
    _LO,
    _LOWER_WORD,
    _NER_WORD,
    _NHS_CUE,
    _NO_DIGITS,
    _NUMBERED,
    _ORG_LAST,
    _PARTICLES,
    _PHONE,
    _PLACE_NAME,
    _PUNCT_TO_SPACE,
    _REF_CUE,
    _ROLE_MAILBOX,
    _STOP,
    _STREET,
    _STREET_IN,
    _STREET_LOWER,
    _STREET_NAME,
    _UP,
    _VEHICLE_CUE,
    _WELSH_STREET,
    _WORDS,
    ADDRESS,
    ADDRESS_DE,
    ADDRESS_LOWER,
    BOAT_HOME,
    DATE_OF_BIRTH,
    EMAIL,
    EMAIL_SPELLED,
    EMAIL_SPELLED_CAPS,
    FLAT,
    FLAT_ANY,
    FLAT_STREET_AFTER,
    HANDLE,
    HOME_BY_NAME,
    ID_NUMBER,
    NHS_NUMBER,
    NI_NUMBER,
    OTHER_HOME,
    POSTCODE,
    POSTCODE_CUED,
    POSTCODE_EU,
    QUOTED_HOUSE,
    REF_WORDS,
    RELATIVE_LOWER,
    TITLED_NAME,
    VEHICLE_REG,
    Span,
    name_lists,
)

if TYPE_CHECKING:  # an annotation only: redaction.py imports this module
    from .redaction import Redactor


def _street_like(seg: str, keep: set[str] = frozenset()) -> bool:
    """A street named by its suffix, numbered or not, in capitals or in lower case ('fenwick lane'); not a known
    place that happens to end like one ('Paddock Wood')."""
    words = [w for w in seg.split()[:-1] if not w[:1].isdigit()]
    if words and all(w in keep for w in words):
        return False
    if seg[:1].islower() and any(w in _STOP for w in words):
        return False  # 'is by the green' is a phrase, not a street in lower case
    return bool(_STREET_SEGMENT.fullmatch(seg) or ADDRESS_DE.fullmatch(seg))


_STREET_SEGMENT = re.compile(rf"(?:\d{{1,4}}[A-Za-z]?,?\s+)?(?:{_STREET_NAME}|{_STREET_LOWER}|{_WELSH_STREET})\.?")


def _house_like(seg: str, keep: set[str]) -> bool:
    """A house name: a short capitalised run ('Rowan Cottage', 'Hillcrest', 'Tigh na Mara') that is no known place
    (and not in capitals: a heading such as 'DISABILITY FORUM' is no house)."""
    toks = seg.split()
    if seg.isupper():
        return False
    if not 1 <= len(toks) <= 4 or any(t in keep for t in toks if t not in ("The", "the")):
        return False
    if len(toks) == 1 and _PLACE_NAME.fullmatch(toks[0]):
        return False  # 'our cottage at Inversnaid': a village's shape, not a house's
    caps = [t for t in toks if t[:1].isupper()]
    return bool(caps) and all(t[:1].isupper() or t in _PARTICLES or t in _HOUSE_PARTICLES for t in toks)


# the small words inside Gaelic and Welsh house names: 'Tigh an Uillt', 'Bryn y Môr', "Cnoc a' Bhaile"
_HOUSE_PARTICLES = frozenset("an na nan a' y yr ar".split())


def _address_spans(x: _Text, keep: set[str]) -> list[Span]:
    """Addresses: numbered streets, flats, German streets, and what follows a residence cue or sits in an address
    chain (the lines or comma-separated parts before a postcode or around a street). Towns are left alone."""
    text, out = x.text, []
    street = x.has(_STREET_WORDS)
    if x.digit and street:
        out += [Span(m.start(), m.end(), "ADDRESS") for m in ADDRESS.finditer(text)]
        out += [
            Span(m.start(), m.end(), "ADDRESS")
            for m in ADDRESS_LOWER.finditer(text)
            if _ADDRESS_START.search(text, max(0, m.start() - 4), m.start())
        ]
    if x.digit and x.has(_FLAT_WORDS):
        flats = [Span(m.start(), m.end(), "ADDRESS") for m in (*FLAT.finditer(text), *FLAT_ANY.finditer(text))]
        for f in flats:  # and the street it is on
            after = FLAT_STREET_AFTER.match(text, f.end)
            words = [w for w in after.group(1).split()[:-1] if not w[:1].isdigit()] if after else []
            if after and not (words and all(w in keep for w in words)):
                out.append(Span(after.start(1), after.end(1), "ADDRESS"))
        out += flats
    if x.digit and x.has(_OTHER_HOME_WORDS):
        out += [Span(m.start(), m.end(), "ADDRESS") for m in OTHER_HOME.finditer(text)]
    if x.has(_BOAT_WORDS):
        out += [
            Span(m.start(1), m.end(1), "ADDRESS") for m in BOAT_HOME.finditer(text) if _house_like(m.group(1), keep)
        ]
    if x.digit and street and ("'" in text or "‘" in text or '"' in text or "“" in text):
        out += [Span(m.start(1), m.end(1), "ADDRESS") for m in QUOTED_HOUSE.finditer(text)]
    if x.digit and _DE_STREET_CUE.search(x.low):
        out += [Span(m.start(), m.end(), "ADDRESS") for m in ADDRESS_DE.finditer(text)]
    lives = _lives(x)
    for m in _LIVE.finditer(text) if lives else ():
        prep = next((g for g in m.groups() if g), "").lower()
        pos = m.end()
        first = True
        while pos < len(text):
            seg_m = re.match(r"[^,\n/.;:!?()]+", text[pos:])
            if not seg_m:
                break
            seg = seg_m.group().strip()
            seg = re.split(r"\s+(?:on|and|for|since|with|just|which|where|right|near|behind|in|at)\s+", seg)[0]
            seg = seg.strip()
            if not seg:
                break
            a = text.find(seg, pos)
            ok = _street_like(seg, keep) or FLAT.fullmatch(seg) or ADDRESS.fullmatch(seg) or _NUMBERED.fullmatch(seg)
            if not ok and first and prep in ("at", "on", "") and _house_like(seg, keep):
                ok = True
            if not ok and not first and _house_like(seg, keep) and re.search(rf"\b(?:{_HOUSE})$", seg):
                ok = True
            if not ok and not first:  # the street begins the next part: 'at The Gables, Moor End Lane took an hour'
                lead = _STREET_LEAD.match(seg)
                if lead and not all(w in keep for w in lead.group(1).split()):
                    out.append(Span(a, a + lead.end(), "ADDRESS"))
                break
            if not ok:
                break
            out.append(Span(a, a + len(seg), "ADDRESS"))
            first = False
            nxt = re.match(r"\s*(?:,|\s+on)\s*", text[a + len(seg) :])
            if not nxt:
                break
            pos = a + len(seg) + nxt.end()
    # "we live at the bottom of Sedgecombe Road", "I live just off fenwick lane": a street soon after the cue
    pats = ((_LIVE_NEAR, 60), (_LIVE_RIGHT, 0), *([(_HOME_EVENT, 0)] if x.has(_HOME_EVENT_WORDS) else []))
    for pat, width in pats if lives else ():
        for m in pat.finditer(text):
            window = re.split(r"[.!?\n;]", text[m.end() : m.end() + 60], maxsplit=1)[0]
            st = _STREET_IN.search(window)
            if not st or st.start() > width:
                continue
            a, b = m.end() + st.start(), m.end() + st.end()
            if not st.group(1) and not _WELSH_STREET_RE.match(st.group()):  # 'on wilmot close' is 'wilmot close'
                words = st.group().split()
                while len(words) > 1 and words[0] in _STOP:
                    a += len(words[0]) + 1
                    words = words[1:]
                if len(words) < 2 or any(w in _STOP for w in words[:-1]):
                    continue  # 'our house is by the green': a phrase, not a street in lower case
            # right after the cue, a street is one even if its words are common ('our road, Station Road')
            if st.start() > 4 and st.group(1) and all(w in keep for w in st.group(1).split()):
                continue
            if pat is _HOME_EVENT and m.group().rstrip().endswith("in") and not _TOWN_STREET.search(st.group()):
                continue  # 'my daughter's house in Jordan Hill': a district, where a road would be 'in X Road'
            out.append(Span(a, b, "ADDRESS"))
    # a home's own name: "our house, 'Brambles', is by the green", 'my cottage is called Tegfan'
    for m in _HOME_NAMED.finditer(text) if lives and x.has(_HOME_NAMED_WORDS) else ():
        name = m.group(1).rstrip("'’")
        if _house_like(name, keep) and not _street_like(name, keep):
            out.append(Span(m.start(1), m.start(1) + len(name), "ADDRESS"))
            if on := _ON_STREET.match(text, m.start(1) + len(name) + (len(m.group(1)) - len(name))):
                out.append(Span(on.start(1), on.end(1), "ADDRESS"))
    for m in _MOVED_TO.finditer(text) if "move" in x.low else ():
        st = m.group(1)
        words = [w for w in st.split()[:-1] if not w[:1].isdigit()]
        if _WELSH_STREET_RE.match(st.lstrip("0123456789, ")) or not (words and all(w in keep for w in words)):
            out.append(Span(m.start(1), m.end(1), "ADDRESS"))
    # a street right before its postcode: 'on Stryd y Capel (SY23 4QX) where we live'
    welsh = x.has(_WELSH_STREET_WORDS)
    for m in POSTCODE.finditer(text) if x.digits >= 2 and (street or welsh) else ():
        window = text[max(0, m.start() - 60) : m.start()]
        last = window.rstrip(" \t(").rsplit(None, 1)[-1:]  # a street's last word, or a Welsh street's, must end it
        if last and (_STREET_END.fullmatch(last[0]) or welsh) and (before := _STREET_BEFORE_POSTCODE.search(window)):
            a = m.start() - len(window)
            out.append(Span(a + before.start(1), a + before.end(1), "ADDRESS"))
    # a numbered Welsh street: '7 Rhes y Coed'
    out += [Span(m.start(), m.end(), "ADDRESS") for m in _WELSH_NUMBERED.finditer(text)] if x.digit and welsh else []
    for m in HOME_BY_NAME.finditer(text) if x.has(_HOME_BY_NAME_WORDS) else ():
        if _house_like(m.group(1), keep) or m.group(1).split()[0] not in keep:
            out.append(Span(m.start(1), m.end(1), "ADDRESS"))
    # a farm is a home: 'We farm at High Beechburn', 'we have farmed 340 acres at Low Skelby Farm'
    for m in _WE_FARM.finditer(text) if "farm" in x.low else ():
        if _house_like(m.group(1), keep) and not _PLACE_NAME.fullmatch(m.group(1)):
            out.append(Span(m.start(1), m.end(1), "ADDRESS"))
    # "permits on Harcourt Road. We live at number 22.": a house number given without its street names the street
    # the sentence before or after it names
    for m in _HOME_NUMBER.finditer(text) if x.digit and street else ():
        for st in _STREET_IN.finditer(text, max(0, m.start() - 160), min(len(text), m.end() + 160)):
            if not (st.group(1) and all(w in keep for w in st.group(1).split())) and _street_like(st.group(), keep):
                out.append(Span(st.start(), st.end(), "ADDRESS"))
    out += _chain_spans(text, keep, out)
    return _join_adjacent(text, out)


_HOME_NUMBER = re.compile(
    r"(?i:\b(?:live|lives|living|lived|we're|we are|i'm|i am)\s+at\s+(?:number|no\.?)\s*\d{1,4}[a-z]?\b"
    r"|\b(?:my|our) (?:house|home|flat|door) is (?:number|no\.?)\s*\d{1,4}[a-z]?\b)"
)


def _repeat_addresses(text: str, spans: list[Span]) -> list[Span]:
    """A street or house redacted once is redacted wherever else the text names it ('from Thornby Moor Road')."""
    out: list[Span] = []
    for sp in spans:
        part = text[sp.start : sp.end]
        if sp.kind != "ADDRESS" or " " not in part or "\n" in part:
            continue
        forms = [part]
        bare = _HOUSE_NUMBER.sub("", part, count=1)  # '5 Gull Row' ... 'Gull Row is the last street'
        if bare != part and " " in bare and _STREET_END.fullmatch(bare.split()[-1]):
            forms.append(bare)
        for form in forms:  # str.find, not a regex per form: 50,000 texts would compile one each
            i = text.find(form)
            while i >= 0:
                j = i + len(form)
                whole = (i == 0 or not _WORD_CHAR(text[i - 1])) and (j == len(text) or not _WORD_CHAR(text[j]))
                if whole and not any(x.start < j and i < x.end for x in (*spans, *out)):
                    out.append(Span(i, j, "ADDRESS"))
                i = text.find(form, i + 1)
    return out


def _WORD_CHAR(c: str) -> bool:
    return c.isalnum() or c in "_'’-"


_HOUSE_NUMBER = re.compile(r"^\d{1,4}[A-Za-z]?,?\s+")


def _join_adjacent(text: str, spans: list[Span]) -> list[Span]:
    """Parts of one address found apart ('Flat 3' and '18 Northgate Terrace') become one span with the comma
    between them, so nothing of the address is left showing."""
    if len(spans) < 2:
        return spans
    out: list[Span] = []
    for sp in sorted(spans, key=lambda s: (s.start, -s.end)):
        if out and sp.start >= out[-1].end and not text[out[-1].end : sp.start].strip(", \t"):
            out[-1] = Span(out[-1].start, max(out[-1].end, sp.end), "ADDRESS")
        elif out and sp.start < out[-1].end:
            out[-1] = Span(out[-1].start, max(out[-1].end, sp.end), "ADDRESS")
        else:
            out.append(sp)
    return out


def _chain_spans(text: str, keep: set[str], found: list[Span]) -> list[Span]:
    """In an address written as lines or comma-separated parts ('Rowan Cottage, Holloway Lane, LS28 7QJ'), the
    parts that are streets, and the house name before a street or flat, around a postcode or a numbered street."""
    if "\n" not in text and text.count(",") < 2:
        return []
    anchors = [m.start() for m in POSTCODE.finditer(text)] + [s.start for s in found]
    # a name signing the text with its address after it: 'Mr & Mrs O'Driscoll, The Old Rectory, Church Lane, Skelby.'
    signers = [
        m.start(1) for m in TITLED_NAME.finditer(text, max(0, len(text) - 200)) if text[m.end() : m.end() + 1] == ","
    ]
    anchors += signers
    signed: list[Span] = []
    if "\n" in text[-200:]:  # a signature's address: streets in the last lines
        tail = text.rfind("\n", 0, max(0, len(text) - 200))
        for m in re.finditer(r"[^,\n/]+", text[tail + 1 :]):
            g = m.group().strip()
            # in a line of three parts or more ('Margaret Pybus, Quince, Church Lane, Saxby'), a street is one even if
            # its words are common ones
            block = m.group().count(",") >= 0 and text[tail + 1 :].count(",") >= 2
            if (
                _street_like(g, keep)
                or (block and _street_like(g) and g[:1].isupper())
                or (re.search(rf"\b(?:{_HOUSE})$", g) and _house_like(g, keep))
            ):
                a = m.start() + tail + 1 + len(m.group()) - len(m.group().lstrip())
                anchors.append(a)
                if g[:1].isupper() or g[:1].isdigit():  # the street itself, not only what is next to it
                    signed.append(Span(a, a + len(g), "ADDRESS"))
    if not anchors:
        return []
    signed_at = {sp.start for sp in signed}
    out = signed
    # the parts of the text: separated by newlines or commas, with their offsets
    parts = [(m.start(), m.end(), m.group()) for m in re.finditer(r"[^,\n/]+", text)]
    parts = [(a + len(g) - len(g.lstrip()), b - len(g) + len(g.rstrip()), g.strip()) for a, b, g in parts if g.strip()]
    anchor_parts, signer_parts = set(), set()
    for x in anchors:
        for i, (a, b, _g) in enumerate(parts):
            if a <= x < b:
                anchor_parts.add(i)
                if x in signers:
                    signer_parts.add(i)
    for i in sorted(anchor_parts):
        # walk back up to four parts from the anchor: streets and the house name before them
        j = i
        prev_street = (
            _street_like(parts[i][2], keep)
            or FLAT.search(parts[i][2])
            or ADDRESS.search(parts[i][2])
            or parts[i][0] in signed_at  # a signature's street, common words and all
        )
        for k in range(i - 1, max(-1, i - 5), -1):
            a, b, g = parts[k]
            if len(g.split()) > 5 or (g[:1].islower() and not _street_like(g, keep)):
                break
            town = k == i - 1 and POSTCODE.search(parts[i][2]) and k > 0 and _street_like(parts[k - 1][2], keep)
            if (_street_like(g, keep) or FLAT.fullmatch(g)) and not town:  # 'Pinfold Lane, Oakworth Green, LS17'
                out.append(Span(a, b, "ADDRESS"))
                prev_street = True
            elif prev_street and _house_like(g, keep) and k == j - 1:
                out.append(Span(a, b, "ADDRESS"))
                prev_street = False
            elif re.search(rf"\b(?:{_HOUSE})$", g) and _house_like(g, keep):
                out.append(Span(a, b, "ADDRESS"))
            else:
                prev_street = False
            j = k
        # and forward: a street after a house name or flat, or a house name and its street after a name
        for k in range(i + 1, min(len(parts), i + 3)):
            a, b, g = parts[k]
            if _street_like(g, keep):
                out.append(Span(a, b, "ADDRESS"))
            elif (
                i in signer_parts
                and k == i + 1 < len(parts) - 1
                and _house_like(g, keep)
                and _street_like(parts[k + 1][2])
            ):
                # its own street beside it: 'The Old Rectory, Church Lane' (a street named like a place is still one)
                out += [Span(a, b, "ADDRESS"), Span(parts[k + 1][0], parts[k + 1][1], "ADDRESS")]
                break
            else:
                break
    return out


# -- schools ---------------------------------------------------------------------------------------------------

_SCHOOL_TYPE = r"(?:School|Academy|College|Primary|Infants|Juniors|High|Grammar)"
_SCHOOL_CUE = re.compile(rf"[\w'’] {_SCHOOL_TYPE}\b")
_SCHOOL_TOKEN = rf"(?:{_CAPWORD}|St\.?|RC|CE|C of E|CofE|of)"
SCHOOL = re.compile(rf"(?<![\w'’-])((?:{_SCHOOL_TOKEN} ){{1,6}}{_SCHOOL_TYPE})\b")
SCHOOL_LOWER = re.compile(
    r"\b(?:at|to|attends|attending|from|in)\s+((?:[a-z][a-z-]+ ){1,3}(?:(?:primary|infant|junior)(?: school)?|"
    r"infants|juniors|academy|high school))\b"
)
# a school named by what children do there: "is in year 6 at St Columba's", "starts at Holy Cross"
SCHOOL_BY_CONTEXT = re.compile(
    rf"\b(?:(?:[Yy]ear|[Yy]r|P|[Rr]eception|[Nn]ursery)\s?\d{{0,2}} at|attends|attending|starts at|started at|"
    rf"moves up to|pupils? at|student at|place at)\s+((?:{_SCHOOL_TOKEN}\s){{0,4}}{_CAPWORD})"
)
_SCHOOL_WORDS = set(
    """local village special mainstream primary secondary new current old nearest catchment grammar independent
    private state community faith catholic church infant infants junior juniors first middle high feeder same
    different another every each other boarding day residential forest nursery pre prep preparatory free
    alternative hospital home sixth form secondary specialist small big large good outstanding rural town
    previous last next old former chosen preferred named designated resourced unit sen send senco senior kids
    kid childrens sons daughters grandsons granddaughters own partner whichever nearby lovely great the a an
    my his her their our your this that which""".split()
)


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
        if m.group(1).upper() in _AREA_SET or (" " in m.group() and (m.group().isupper() or m.group().islower()))
    ]
    if "code" in text or "CODE" in text or "Code" in text:
        out += [Span(m.start(1), m.end(1), "POSTCODE") for m in POSTCODE_CUED.finditer(text)]
    return out + [
        Span(m.start(), m.end(), "POSTCODE")
        for m in POSTCODE_EU.finditer(text)
        if m.start() == 0 or text[m.start() - 1] == "\n" or text[max(0, m.start() - 2) : m.start()] == ", "
    ]


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
    return out + [Span(m.start(1), m.end(1), "HANDLE") for m in _HANDLE_CUE.finditer(text)]


_ID_WORDS = frozenset("NHS CHI REF TEL MOB NI NO DOB ID PCN".split())


def _id_spans(x: _Text) -> list[Span]:
    text, out = x.text, []
    for m in ID_NUMBER.finditer(text) if x.digits4 else ():
        letters = re.match(r"[A-Z]*", m.group()).group()
        if sum(c.isdigit() for c in m.group()) >= 6 and letters not in _ID_WORDS:
            out.append(Span(m.start(), m.end(), "ID_NUMBER"))
    for m in _ID_CUE.finditer(text) if x.has(_ID_WORDS_SET) else ():
        if sum(c.isdigit() for c in m.group(1)) >= 6:
            out.append(Span(m.start(1), m.end(1), "ID_NUMBER"))
    for m in _REF_CUE.finditer(text) if x.has(REF_WORDS) and ("/" in text or "-" in text) else ():
        out.append(Span(m.start(1), m.end(1), "ID_NUMBER"))
    return out


def _dob_spans(text: str) -> list[Span]:
    return [Span(m.start(1), m.end(1), "DATE_OF_BIRTH") for m in DATE_OF_BIRTH.finditer(text)]


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
    keep: set[str]
    common: set[str]
    redactor: Redactor


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


_STREET_WORDS = frozenset(_STREET.lower().split("|"))
_FLAT_WORDS = frozenset("flat apartment apt unit fflat maisonette bedsit".split())
_OTHER_HOME_WORDS = frozenset("caravan chalet mobile pitch room".split())
_HOME_BY_NAME_WORDS = frozenset("cottage farmhouse bungalow croft farm".split())
_BOAT_WORDS = frozenset("narrowboat boat houseboat barge".split())
_DE_STREET_CUE = re.compile(r"straße|strasse|str\.|weg |gasse|allee|platz|ring |damm|ufer|steig|pfad")
_P_YEAR = re.compile(r"\bp\d")  # a Scottish school year: "in P6 at"
_HANDLE_WORDS = frozenset("instagram insta facebook fb tiktok twitter threads snapchat snap".split())
_LIVE_WORDS = frozenset(
    "live lives living lived reside resides residing resident residents address flat apartment bred byw".split()
)
_WELSH_STREET_RE = re.compile(_WELSH_STREET)
# the cheap word tests that must hold for the patterns above to be worth running
_WELSH_STREET_WORDS = frozenset("heol ffordd stryd lôn clos rhodfa cilgant teras llys rhes maes".split())
_HOME_NAMED_WORDS = frozenset("house home cottage bungalow farm farmhouse".split())
_HOME_EVENT_WORDS = frozenset(
    "house home shed garage garden fence bungalow cottage caravan flat door gate roof window windows driveway".split()
)
_HOME_WORDS = frozenset(
    "road street close lane house home bungalow cottage garden gate drive driveway door".split()
    + "shed garage fence caravan".split()
)
_HOME_NAMED = re.compile(
    r"(?i:\b(?:my|our|his|her|their|[a-z]+['’]s) (?:house|home|cottage|bungalow|farm|farmhouse))"
    rf"(?:,| is called| called| \(called)\s+['‘\"“]?((?:The )?{_CAPWORD}(?: {_CAPWORD}){{0,2}})['’\"”]?"
    r"(?=[,.;)]| is\b| on\b| in\b| at\b)"
)
# the street a home's name is on: "his house, Hollybank on Spalding Road"
_ON_STREET = re.compile(rf",?\s+(?:on|in|at)\s+((?:\d{{1,4}}[A-Za-z]?,?\s+)?(?:{_STREET_NAME}|{_WELSH_STREET}))")
# moving house names where: 'we moved here in 2019 to Larch Close', 'moved from Leeds to Clos yr Hafod'
_MOVED_TO = re.compile(
    rf"\b(?:moved|moving|move)\b[^.!?\n]{{0,40}}?\b(?:to|into)\s+((?:\d{{1,4}}[A-Za-z]?,?\s+)?(?:{_STREET_NAME}|{_WELSH_STREET}))"
)
# (after a comma, the address chain decides: 'Pinfold Lane, Oakworth Green, LS17' ends in a village)
_STREET_BEFORE_POSTCODE = re.compile(rf"((?:{_STREET_NAME}|{_WELSH_STREET}))[ \t]*\(?[ \t]*\Z")
_WELSH_NUMBERED = re.compile(rf"(?<![\w£$€.,/-])\d{{1,4}}[A-Za-z]?,?\s+{_WELSH_STREET}\b")
_WE_FARM = re.compile(
    rf"\b(?:[Ww]e|I|[Mm]y family)(?: have| had| still)? farm(?:ed)?\b(?: [\w,]+){{0,4}}? (?:at|on) "
    rf"((?:The )?{_CAPWORD}(?: {_CAPWORD}){{0,2}})\b"
)
_STREET_LEAD = re.compile(rf"(?:\d{{1,4}}[A-Za-z]?,?\s+)?((?:{_CAPWORD}\s+){{1,3}})(?:{_STREET})(?= [a-z])")
# the suffixes only a street has: 'Hill', 'Park', 'Green' or 'End' also name districts and villages
_TOWN_STREET = re.compile(
    r"\b(?:Road|Street|Lane|Close|Avenue|Drive|Terrace|Crescent|Way|Gardens|Court|Place|Row|Walk|Mews)$"
)
_DOB_WORDS = frozenset("born dob birth birthday birthdate geboren geb ganwyd geni".split())
_ID_WORDS_SET = frozenset(
    """hospital patient mrn record account acct reference ref customer case client tenancy claim membership payroll
    tax service""".split()
)
_SCHOOL_WORDS_SET = frozenset(
    """school academy college primary infant infants junior juniors year yr attends attending starts started pupil
    pupils reception nursery high grammar ysgol""".split()
)
_TITLE_WORDS = frozenset(
    """mr mrs ms miss mx dr prof professor sir dame rev revd cllr councillor sister nurse ranger father pastor imam
    rabbi canon lord lady baroness herr frau hr fr cynghorydd cyng pc pcso dc ds di dci sgt sergeant inspector
    constable detective alderman""".split()
)


def _lives(x: _Text) -> bool:
    """Whether the text says where someone lives: worth running the residence patterns."""
    return x.has(_LIVE_WORDS) or (
        ("my" in x.words or "our" in x.words or "on" in x.words) and x.has(_HOME_WORDS | {"i'm", "we're"})
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
               lambda x: x.digits >= 6 or (x.digits >= 3 and x.has(REF_WORDS)),
               "a hospital, account or reference number: letters with six or more digits, digits after "
               "'hospital number', 'account', 'reference', or letters and digits with / or - after 'crime "
               "number', 'ref', 'case' ('NM/23/118472'); not a planning application's public number"),
    Recogniser("date_of_birth", "DATE_OF_BIRTH", lambda x, c: _dob_spans(x.text),
               lambda x: x.digits >= 2 and (x.has(_DOB_WORDS) or "b" in x.words),
               "a date after 'born', 'b.', 'DOB', 'd.o.b', 'date of birth', 'geboren'; other dates stay"),
    Recogniser("social_handle", "HANDLE", lambda x, c: _handle_spans(x.text),
               lambda x: "@" in x.text or ".com/" in x.low or x.has(_HANDLE_WORDS),
               "an @handle, a social-media profile address, or a handle after 'Instagram', 'Facebook', ..."),
    Recogniser("address", "ADDRESS", lambda x, c: _address_spans(x, c.keep),
               lambda x: x.digit or "\n" in x.text or x.text.count(",") >= 2 or _lives(x),
               "a numbered street, a flat, a street or house name after 'I live on/at', 'my address is', and "
               "the streets and house names of an address block; towns and landmark streets stay"),
    Recogniser("school", "SCHOOL", lambda x, c: c.redactor._school_spans(x.text, c.keep, c.common),
               lambda x: x.has(_SCHOOL_WORDS_SET) or bool(_P_YEAR.search(x.low)),
               "a named school (by its type word, or after 'year 6 at', 'attends', 'starts at')"),
    Recogniser("name", "NAME", lambda x, c: c.redactor._name_spans(x.text, c.keep, c.common, x.words),
               lambda x: True,
               "a name after a title (Mrs, Dr, Cllr, Herr, PC), a role word (my son, my carer, pupil, the driver), "
               "'my name is', 'me and', before MP/MSP, in a sign-off or on a signature line; then spaCy NER on the "
               "capitalised runs nothing else claimed, with Faker's name lists as a second opinion, and every "
               "other occurrence of a name found, with its nickname"),
)  # fmt: skip


def _recognise(texts: Sequence[str], ctx: _Ctx) -> list[list[Span]]:
    """Every recogniser of the registry on each text (its cue first), names that are not people dropped."""
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
        out.append(ctx.redactor._drop_not_people(t, spans, words))
    return out


# distinct texts from which the recognisers run in worker processes: a process costs about a second to start
PROCESS_FROM = 5000


def recognise_all(texts: Sequence[str], ctx: _Ctx, workers: int = 2) -> list[list[Span]]:
    """`_recognise` on many texts, in contiguous chunks on `workers` processes when there are enough texts to win
    back their start. Each text's spans depend on the text and the corpus vocabulary in `ctx` alone, so the
    chunking never changes a result; the workers get a redactor without its NER pipeline, which they never use."""
    if workers <= 1 or len(texts) < PROCESS_FROM:
        return _recognise(texts, ctx)
    from joblib import Parallel, delayed

    size = -(-len(texts) // (4 * workers))
    lean = _Ctx(ctx.keep, ctx.common, type(ctx.redactor)(keep_words=ctx.redactor.keep_words))
    from .workspace import stop_workers

    try:
        parts = Parallel(n_jobs=workers, backend="loky")(
            delayed(_recognise)(texts[i : i + size], lean) for i in range(0, len(texts), size)
        )
    finally:
        stop_workers()
    return [spans for part in parts for spans in part]


# -- helpers the redactor's name and school passes share --------------------------------------------------------

_STREET_END = re.compile(_STREET)
_INTRODUCED = re.compile(r"\b(?:called|named|known as|nicknamed)\b")


def _org_line(line: str) -> bool:
    """A line naming a business or body by its last word ('Weardale Motors'), not a street ('Leny Road')."""
    words = _WORDS.findall(line)
    return bool(words) and words[-1] in _ORG_LAST and not _STREET_END.fullmatch(words[-1])


def _schools_of_children(text: str, spans: list[Span]) -> list[Span]:
    """A school is personal when it says where a child goes: a child, a school year, 'attends' or a named person
    near it. A school named as a place ('space in the school hall', 'a response from the headteacher of') stays."""
    schools = [s for s in spans if s.kind == "SCHOOL"]
    if not schools:
        return spans
    names = [s for s in spans if s.kind in ("NAME", _NER_WORD)]
    keep = []
    for sc in schools:
        a, b = max(0, sc.start - 160), min(len(text), sc.end + 80)
        if _CHILD_CUE.search(text, a, b) or any(a <= n.start < b for n in names):
            keep.append(sc)
    return [s for s in spans if s.kind != "SCHOOL"] + keep


_CHILD_CUE = re.compile(  # one child, not children in general ('pupils at Tanfield use the bus' names no one)
    r"(?i:\b(?:sons?|daughters?|grand(?:son|daughter|child)s?|baby|boy|girl|(?:my|our|his|her|their) "
    r"(?:\w+ )?(?:child|children|kids?|twins?)|year ?\d{1,2}|yr ?\d{1,2}|p\d|reception|attends?|attending|"
    r"starts? at|started at|moves? up to|place at|ehcp|(?:i|we) teach|i'?m in|i am in|he is|she is|he's|she's|"
    r"he goes|she goes|he went|she went)\b)"
)


def _recase(text: str, lower: Counter[str], keep: set[str]) -> str:
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
        if w.capitalize() in first and w.capitalize() not in keep and lower.get(w, 0) <= 1:
            chars[m.start()] = chars[m.start()].upper()
    for m in RELATIVE_LOWER.finditer(low):  # 'my carer gurpreet': the word after a role word, unless an ordinary one
        w = m.group(1).split()[0]
        if w not in _STOP and lower.get(w, 0) <= 1:
            chars[m.start(1)] = chars[m.start(1)].upper()
    for m in _PLACE_RUN.finditer(low):
        for w in re.finditer(r"[^\W\d_]+", m.group()):
            if w.group() not in _STOP:
                chars[m.start() + w.start()] = chars[m.start() + w.start()].upper()
    # a short last line is a signature: each of its words as a name is written ('KEVIN DOUBLEDAY')
    tail = max(low.rfind("\n"), low.rfind(". "), low.rfind("! "), low.rfind("? ")) + 1
    while tail and tail < len(low) and low[tail].isspace():
        tail += 1
    if tail and _SIGNATURE_WORDS.fullmatch(low[tail:]):
        for w in re.finditer(r"[^\W\d_]+", low[tail:]):
            chars[tail + w.start()] = chars[tail + w.start()].upper()
    out = "".join(chars)
    return out if len(out) == len(text) else text


_UPPER_CHAR = re.compile(rf"[{_UP}]")
_SIGNATURE_WORDS = re.compile(r"[ \t]*(?:[-–—~][ \t]*)?[^\W\d_]+(?:[ '’-][^\W\d_]+){1,2}[ \t]*")
_LETTER_CHAR = re.compile(rf"[{_UP}{_LO}]")
_SENTENCE_START = re.compile(r"(?:^|[.!?]\s+|\n\s*)([^\W\d_])")
_PLACE_RUN = re.compile(rf"\b(?:[a-z'’]+ ){{1,2}}(?:{_STREET.lower()}|{_HOUSE.lower()})\b")
