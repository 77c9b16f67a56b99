"""Addresses: where someone lives, found by its shape (a numbered street, a flat, a Welsh street), by what is said
around it ('I live on', 'my shed was broken into on', 'we farm at') or by its place in an address block. Streets
named as landmarks, and towns, stay. recognisers.py registers it as one recogniser."""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

from .cued import Cued
from .redaction_patterns import (
    _ADDRESS_START,
    _CAPWORD,
    _HOME_BEFORE,
    _HOME_EVENT,
    _HOUSE,
    _LIVE,
    _LIVE_NEAR,
    _LIVE_RIGHT,
    _LO,
    _NUMBERED,
    _OFFICE_WORDS,
    _PARTICLES,
    _PLACE_NAME,
    _STOP,
    _STREET,
    _STREET_IN,
    _STREET_LOWER,
    _STREET_NAME,
    _STREET_ONLY,
    _UP,
    _WELSH_STREET,
    ADDRESS,
    ADDRESS_DE,
    ADDRESS_LOWER,
    BLOCK_HOME,
    BOAT_HOME,
    FLAT,
    FLAT_ANY,
    FLAT_DESCRIBED,
    FLAT_STREET_AFTER,
    HOME_BY_NAME,
    NUMBERED_BLOCK,
    OTHER_HOME,
    POSTCODE,
    QUOTED_HOUSE,
    TITLED_NAME,
    Span,
    _org_line_shape,
)

if TYPE_CHECKING:  # an annotation only
    from .recognisers import _Text


def _own_street_name(seg: str, keep: set[str]) -> bool:
    """Its words name a street of its own: not only known words ('Paddock Wood'), nor a business or country park
    ('the move to Hallfields Business Park')."""
    words = [w for w in seg.split()[:-1] if not w[:1].isdigit()]
    return not (words and all(w in keep for w in words)) and not _NOT_HOME_PARK.search(seg)


def _street_like(seg: str, keep: set[str] = frozenset()) -> bool:
    """A street named by its suffix, numbered or not, in capitals or in lower case ('fenwick lane'); not a known
    place that happens to end like one ('Paddock Wood')."""
    words = [w for w in seg.split()[:-1] if not w[:1].isdigit()]
    if not _own_street_name(seg, keep):
        return False
    if seg[:1].islower() and any(w in _STOP for w in words):
        return False  # 'is by the green' is a phrase, not a street in lower case
    return bool(_STREET_SEGMENT.fullmatch(seg) or ADDRESS_DE.fullmatch(seg))


_NOT_HOME_PARK = re.compile(r"\b(?:Business|Retail|Industrial|Science|Technology|Country|Enterprise|Trading) Park$")
_STREET_SEGMENT = re.compile(rf"(?:\d{{1,4}}[A-Za-z]?,?\s+)?(?:{_STREET_NAME}|{_STREET_LOWER}|{_WELSH_STREET})\.?")


def _house_like(seg: str, keep: set[str]) -> bool:
    """A house name: a short capitalised run ('Rowan Cottage', 'Hillcrest', 'Tigh na Mara') that is no known place
    (and not in capitals: a heading such as 'DISABILITY FORUM' is no house)."""
    toks = seg.split()
    if seg.isupper():
        return False
    if not 1 <= len(toks) <= 4 or toks[-1] in _VILLAGE_LAST or any(t in keep for t in toks if t not in ("The", "the")):
        return False
    if all(t in _OFFICE_WORDS for t in toks):
        return False  # 'Niall Devenney, Club Captain, 028 ...': a post, not a house
    if len(toks) == 1 and _PLACE_NAME.fullmatch(toks[0]):
        return False  # 'our cottage at Inversnaid': a village's shape, not a house's
    return _house_shaped(toks)


def _house_shaped(toks: list[str]) -> bool:
    """Capitalised words, with the small words of Gaelic, Irish and Welsh names between them (no island: 'lived on
    Canvey Island')."""
    if toks[-1:] in (["Island"], ["Isle"], ["Islands"]):
        return False
    return any(t[:1].isupper() for t in toks) and all(
        t[:1].isupper() or t in _PARTICLES or t in _HOUSE_PARTICLES or _ECLIPSED.fullmatch(t) for t in toks
    )


_ECLIPSED = re.compile(rf"(?:n|t|h-)[{_UP}][{_LO}]+")  # Irish and Gaelic: 'Tír na nÓg', 'Sràid na h-Eaglaise'


def _named_home(name: str, keep: set[str]) -> bool:
    """A name a strong cue gives a home ('our house, Station House', 'we've farmed High Bleakrigg'): shaped like a
    house's name, and not only everyday words."""
    toks = name.split()
    if name.isupper() or not 1 <= len(toks) <= 4 or toks[-1] in _VILLAGE_LAST:
        return False  # (a village: 'I live out at Chew Magna')
    return _house_shaped(toks) and any(t not in keep for t in toks if t[:1].isupper() and t != "The")


_VILLAGE_LAST = frozenset("Magna Parva Regis Episcopi".split())
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
        for m in OTHER_HOME.finditer(text):  # and the street it is on: 'plot 4, Fairground Yard on Whinmoor Lane'
            out.append(Span(m.start(), m.end(), "ADDRESS"))
            if after := FLAT_STREET_AFTER.match(text, m.end()):
                out.append(Span(after.start(1), after.end(1), "ADDRESS"))
    out += _described_homes(x)
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
            seg = _SEGMENT_END.split(seg)[0]
            seg = seg.strip()
            if not seg:
                break
            a = text.find(seg, pos)
            ok = _street_like(seg, keep) or FLAT.fullmatch(seg) or ADDRESS.fullmatch(seg) or _NUMBERED.fullmatch(seg)
            # Welsh 'byw yn' (live in) names a house as 'live at' does: 'Dw i'n byw yn Bryn Awelon ers 1968'
            if (
                not ok
                and first
                and prep in ("at", "on", "", "yn", "ym", "yng", "ar")
                and (_house_like(seg, keep) or _named_home(seg, keep))
            ):
                # 'our cottage at Inversnaid': a village; 'we live at Penrhiw, SA44 6QT': the house
                ok = not (" " not in seg and _PLACE_NAME.fullmatch(seg)) or _before_address(text, a + len(seg), keep)
            if not ok and not first and _house_like(seg, keep) and re.search(rf"\b(?:{_HOUSE})$", seg):
                ok = True
            if not ok and not first:  # the street begins the next part: 'at The Gables, Moor End Lane took an hour'
                lead = _STREET_LEAD.match(seg)
                if lead and not all(w in keep for w in lead.group(1).split()):
                    out.append(Span(a, a + lead.end(), "ADDRESS"))
                break
            if not ok or (first and _GROUP_LIVES.search(text, max(0, m.start() - 40), m.start())):
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
                if st.start() > 4 and words[-1] in _NOUN_STREETS:
                    continue  # 'living with dementia, to leave the only place': a noun, unless right after the cue
            # right after the cue, a street is one even if its words are common ('our road, Station Road')
            if st.start() > 4 and st.group(1) and all(w in keep for w in st.group(1).split()):
                continue
            if _GROUP_LIVES.search(text, max(0, m.start() - 40), m.start()):
                continue  # 'the people who live at Ashlea Court': a place many live in, not one home
            if pat is _HOME_EVENT and m.group().rstrip().endswith("in") and not _TOWN_STREET.search(st.group()):
                continue  # 'my daughter's house in Jordan Hill': a district, where a road would be 'in X Road'
            out.append(Span(a, b, "ADDRESS"))
    # where we are, when it is a house by its name: "We're at Cloghog House, Drumcraw Road", "We're in An Teach Bán,"
    for m in _WE_ARE_AT.finditer(text) if lives and x.has(_WE_ARE_WORDS) else ():
        name = m.group(1)
        # (or any house name before its street or postcode: 'We are at Greystones, Mill Lane')
        housey = (
            re.search(rf"\b(?:{_HOUSE})$", name) or _CELTIC_SMALL.search(name) or _before_address(text, m.end(1), keep)
        )
        if _WELSH_STREET_RE.fullmatch(name) or (housey and _named_home(name, keep)):
            out.append(Span(m.start(1), m.end(1), "ADDRESS"))  # a house, or a Welsh street: 'We are at Maes yr Ysgol'
            if on := _ON_STREET.match(text, m.end(1)):
                out.append(Span(on.start(1), on.end(1), "ADDRESS"))
    for m in _ABOARD.finditer(text) if x.has(_ABOARD_WORDS) else ():
        g = next(i for i in (1, 2, 3) if m.group(i))
        if _named_home(_THE.sub("", m.group(g)), keep) and not _org_line_shape(m.group(g)):
            out.append(Span(m.start(g), m.end(g), "ADDRESS"))
    # a home's name and what it is: 'I live in Hafan Deg, the bungalow at the end', 'at the far end of Bràigh an
    # Dùin, the last house', 'Cold Knuckles (our farm)', 'my own land at Hazelbank', 'the croft at Achnabreck'
    apposed = (lives or x.has(_LAND_WORDS)) and any(w in x.low for w in _APPOSED_KEYS)
    for m in _HOME_APPOSED.finditer(text) if apposed else ():
        g = next(i for i in range(1, 7) if m.group(i))
        if _named_home(_THE.sub("", m.group(g)), keep) and not _org_line_shape(m.group(g)):
            out.append(Span(m.start(g), m.end(g), "ADDRESS"))
    # a home by what it was: 'we live at the old school house', "we're at the old forge"
    for m in _OLD_BUILDING.finditer(text) if lives and "the old " in x.low else ():
        out.append(Span(m.start(1), m.end(1), "ADDRESS"))
    # a street said to be where someone lives after it: 'at the top of Chapel Hill where we live', 'Byron Terrace
    # residents like me'
    for m in _STREET_THEN_LIVE.finditer(text) if lives and any(k in x.low for k in _THEN_LIVE_KEYS) else ():
        out.append(Span(m.start(), m.start() + len(m.group(0)) - len(m.group("tail")), "ADDRESS"))
    # a home's own name: "our house, 'Brambles', is by the green", 'my cottage is called Tegfan'
    for m in _HOME_NAMED.finditer(text) if x.has(_HOME_NAMED_WORDS) and (lives or "home" in x.words) else ():
        name = m.group(1).rstrip("'’")
        if _named_home(_THE.sub("", name), keep) and not _street_like(name, keep):
            out.append(Span(m.start(1), m.start(1) + len(name), "ADDRESS"))
            if on := _ON_STREET.match(text, m.end(1)):
                out.append(Span(on.start(1), on.end(1), "ADDRESS"))
    for m in _MOVED_TO.finditer(text) if "move" in x.low else ():
        st = m.group(1)
        if _WELSH_STREET_RE.match(st.lstrip("0123456789, ")) or _own_street_name(st, keep):
            out.append(Span(m.start(1), m.end(1), "ADDRESS"))
    # before a postcode: a street ('on Stryd y Capel (SY23 4QX) where we live'), or a house number and its street's
    # words whatever the street is called ('at 14 Nant y Felin, LL55 4AB'; not 'Ward 7 Ysbyty Gwynedd, LL57 2PW':
    # the number opens a line or follows 'at', 'on' or ','); a postcode has two digits at least, a house one
    welsh = x.has(_WELSH_STREET_WORDS)
    near_street = street or welsh
    for m in POSTCODE.finditer(text) if x.digits >= 3 or (x.digits >= 2 and near_street) else ():
        window = text[max(0, m.start() - 60) : m.start()]
        # a street's last word, or a Welsh street's, must end the window
        last = window.rstrip(" \t(").rsplit(None, 1)[-1:] if near_street else []
        if last and (_STREET_END.fullmatch(last[0]) or welsh) and (before := _STREET_BEFORE_POSTCODE.search(window)):
            a = m.start() - len(window)
            # 'on Quarry Lane in Holloway Green (HL11 4JW)': 'in' a Green, Hill or End is a village
            if not (_IN_BEFORE.search(window, 0, before.start(1)) and not _TOWN_STREET.search(before.group(1))):
                out.append(Span(a + before.start(1), a + before.end(1), "ADDRESS"))
        if before := _NUMBERED_BEFORE_POSTCODE.search(text, max(0, m.start() - 60), m.start()):
            out.append(Span(before.start(1), before.end(1), "ADDRESS"))
    # a numbered Welsh street: '7 Rhes y Coed'
    out += [Span(m.start(), m.end(), "ADDRESS") for m in _WELSH_NUMBERED.finditer(text)] if x.digit and welsh else []
    for m in HOME_BY_NAME.finditer(text) if x.has(_HOME_BY_NAME_WORDS) else ():
        if _house_like(m.group(1), keep) or _named_home(m.group(1), keep):
            out.append(Span(m.start(1), m.end(1), "ADDRESS"))
    # a house named before its street where a home is spoken of: 'at Moorcroft, Cragg Vale Road', 'from Glenmore
    # House, Tullyroan Road' (and not 'at Tesco, Station Road' in a text about no home)
    homely = street and ", " in text and ("c/o " in text or _HOME_CONTEXT.search(text))
    for m in _HOUSE_BEFORE_STREET.finditer(text) if homely else ():
        # 'c/o' is a postal address whatever the text is about: 'c/o Glenview, Altmore Road'
        if _named_home(m.group(1), keep) and (m.group().startswith("c/o") or _HOME_CONTEXT.search(text)):
            out += [Span(m.start(1), m.end(1), "ADDRESS"), Span(m.start(2), m.end(2), "ADDRESS")]
    for m in _HOUSE_NAMED.finditer(text) if "name" in x.low else ():  # 'we live in Saltmere, house name Dhaulagiri'
        if _named_home(m.group(1), keep):
            out.append(Span(m.start(1), m.end(1), "ADDRESS"))
    for m in _COTTAGE_ROW.finditer(text) if lives and "cottages" in x.low else ():
        out.append(Span(m.start(1), m.end(1), "ADDRESS"))
    for m in _ITS_CALLED.finditer(text) if "called" in x.words else ():
        g = 1 if m.group(1) else 2
        if _house_like(_THE.sub("", m.group(g)), keep) and _HOME_CONTEXT.search(
            text, max(0, m.start() - 160), m.start()
        ):
            out.append(Span(m.start(g), m.end(g), "ADDRESS"))
    for m in _CALLED_HOME.finditer(text) if x.has(_HOME_NAMED_WORDS) else ():
        if re.search(r"(?i:\b(?:house|home|cottage|bungalow|farm)\b)", text[max(0, m.start() - 160) : m.start()]):
            out.append(Span(m.start(1), m.end(1), "ADDRESS"))
    # a farm is a home: 'We farm at High Beechburn', 'we have farmed 340 acres at Low Skelby Farm'
    for m in _WE_FARM.finditer(text) if "farm" in x.low or "croft" in x.low or "keep" in x.words else ():
        g = 1 if m.group(1) else 2
        village = _PLACE_NAME.fullmatch(m.group(g)) and not _before_address(text, m.end(g), keep)
        if _named_home(m.group(g), keep) and not village:  # 'We farm at Cwmgwyn, LD3 7UF': the farm's name
            out.append(Span(m.start(g), m.end(g), "ADDRESS"))
    for m in _NAMED_FARM.finditer(text) if "Farm" in text else ():  # a farm by its name is someone's home
        if _named_home(m.group(1), keep) and "'" not in m.group(1) and "’" not in m.group(1):
            out.append(Span(m.start(1), m.end(1), "ADDRESS"))
    # "permits on Harcourt Road. We live at number 22.": a house number given without its street names the street
    # the sentence before or after it names
    for m in _HOME_NUMBER.finditer(text) if x.digit and street else ():
        for st in _STREET_IN.finditer(text, max(0, m.start() - 160), min(len(text), m.end() + 160)):
            if not (st.group(1) and all(w in keep for w in st.group(1).split())) and _street_like(st.group(), keep):
                out.append(Span(st.start(), st.end(), "ADDRESS"))
    out += _chain_spans(text, keep, out)
    return _join_adjacent(text, out)


# street words that are everyday nouns in lower case
_NOUN_STREETS = frozenset("place way walk view park green hill row side end court square gardens yard".split())


# who is said to live there: a group ('the people who live at Ashlea Court') lives in a place, not in one's home
_GROUP_LIVES = re.compile(
    r"(?i:\b(?:people|residents|those|everyone|everybody|anyone|families|tenants|folk|others|pensioners|patients)"
    r"\s+(?:who|that)\s+(?:now\s+|still\s+)?)$"
)


def _before_address(text: str, end: int, keep: set[str]) -> bool:
    """A postcode or a street follows, after a comma: what ends there is a line of an address, so a house, not a
    village ('we live at Trewartha, Lower Bolitho Lane'; 'we farm at Cwmgwyn, LD3 7UF')."""
    gap = re.match(r",?[ \t]*", text[end : end + 4])
    if POSTCODE.match(text, end + gap.end()):
        return True
    street = _STREET_IN.match(text, end + gap.end()) if gap.group().startswith(",") else None
    return bool(street and street.group(1)) and not all(w in keep for w in street.group(1).split())


_OLD_BUILDING = re.compile(
    r"(?i:\b(?:live|lives|living|lived|we['’]re|we are|i['’]m|i am)\s+(?:at|in)\s+)"
    r"(the old (?:school ?house|schoolhouse|school|forge|manse|rectory|vicarage|mill|smithy|chapel|post office|"
    r"station(?: house)?|bakery|dairy|barn|coach house|police house|toll house|lodge|granary|stables))\b"
)
_STREET_THEN_LIVE = re.compile(
    rf"(?:\d{{1,4}}[A-Za-z]?,?\s+)?({_CAPWORD}(?:\s+{_CAPWORD}){{0,2}})\s+(?:{_STREET}|{_HOUSE})\b"
    r"(?P<tail>,? (?:where (?:we|i|she|he|they|my \w+|our \w+) (?:live|lives|lived|grew up)"
    r"|residents like (?:me|us|myself)"
    r"|(?:right )?outside (?:my|our|wor|me|his|her) (?:own )?(?:front )?(?:door|house|hoose|home|gate)))"
)
_THEN_LIVE_KEYS = ("where ", "residents like", "outside ")  # one of which its tail holds
_THE = re.compile(r"^[Tt]he ")
_HOME_CONTEXT = Cued(
    re.compile(r"(?i:\b(?:house|home|cottage|bungalow|farm|static|caravan|mobile home|boat|wagon|live|lives|living)\b)")
)
_HOME_NUMBER = Cued(
    re.compile(
        r"(?i:\b(?:live|lives|living|lived|we're|we are|i'm|i am)\s+at\s+(?:number|no\.?)\s*\d{1,4}[a-z]?\b"
        r"|\b(?:my|our) (?:house|home|flat|door) is (?:number|no\.?)\s*\d{1,4}[a-z]?\b)"
    )
)


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


def _described_homes(x) -> list[Span]:
    """A home in a building said in words, after a word of living there ('I live in the top flat at 9 Dunton Row',
    'my flat above the shop', 'I rent Room 2 at 58 Coleridge Street'), a named block lived in ('a flat in Harbour
    Court'), and a numbered flat in a named block ('We're in 27 Fenning House')."""
    text, out = x.text, []
    if x.has(_DESCRIBED_WORDS) or _EDINBURGH_FLAT.search(text):
        for m in FLAT_DESCRIBED.finditer(text):
            if _HOME_BEFORE.search(text, max(0, m.start() - 40), m.start()) or _ADDRESS_NEXT.match(text, m.end()):
                out.append(Span(m.start(), m.end(), "ADDRESS"))
    if x.has(_BLOCK_WORDS) and _BLOCK_CAP.search(text):
        if x.has(_DESCRIBED_WORDS):
            out += [Span(m.start(1), m.end(1), "ADDRESS") for m in BLOCK_HOME.finditer(text)]
        if x.digit:
            out += [Span(m.start(), m.end(), "ADDRESS") for m in NUMBERED_BLOCK.finditer(text)]
    return out


_DESCRIBED_WORDS = frozenset("flat maisonette bedsit room".split())
_BLOCK_WORDS = frozenset("house tower wharf mansions heights point buildings court".split())
# the words that end a home's name after 'live at', in English and Welsh ('byw yn Bryn Awelon ers 1968')
_SEGMENT_END = re.compile(
    r"\s+(?:on|and|for|since|with|just|which|where|right|near|behind|in|at|by|ers|gyda|efo|ger)\s+"
)
_ABOARD_WORDS = frozenset("aboard narrowboat houseboat boat barge ketch yacht mr mrs ms miss".split())
_LAND_WORDS = frozenset("croft farm land yard smallholding holding field fields quarters tenancy winters".split())
_WE_ARE_WORDS = frozenset("we we're we’re i i'm i’m he she he's she's he’s she’s".split())
# its address right after a home said in words: 'a basement flat at 7 Prospect Terrace'
_ADDRESS_NEXT = re.compile(r",? (?:at|on) (?:number )?\d{1,4}[A-Za-z]? [A-Z]")
_BLOCK_CAP = re.compile(r" (?:Court|House|Tower|Wharf|Mansions|Heights|Point|Buildings)\b")
_EDINBURGH_FLAT = re.compile(r"\b\d[FG]\d{1,2}\b")


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
        # in a block of three parts or more ('Margaret Pybus, Quince, Church Lane, Saxby'), a street is one even if its
        # words are common ones
        block = text[tail + 1 :].count(",") >= 2
        for m in re.finditer(r"[^,\n/]+", text[tail + 1 :]):
            g = m.group().strip()
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
        # walk back up to four parts from the anchor: streets and the house name before them; above a postcode on a
        # line of its own, a street line is one even if its words are common ones ('Larkspur Cottage\nChurch Lane')
        block = bool(POSTCODE.fullmatch(parts[i][2])) and _whole_line(text, *parts[i][:2])
        postal = bool(pc0 := POSTCODE.search(parts[i][2]))
        town_first = postal and parts[i][2][: pc0.start()].strip()[:1].isupper()  # 'Moorcroft, Skelderby HX7 2BN'
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
                line_start = a == 0 or text[a - 1] == "\n"
                if prev_street and k == i - 1 and line_start and _LOWER_HOUSE.fullmatch(g):
                    out.append(Span(a, b, "ADDRESS"))  # 'the willows, 3 sandpit lane': a house in lower case
                break
            # 'Pinfold Lane, Oakworth Green, LS17': the part before the postcode is the town
            town = k == i - 1 and k > 0 and (pc := POSTCODE.search(parts[i][2]))
            # (not where the town shares the postcode's line: 'Heol y Gamlas\nPontyrhos CF37 2HY')
            town = town and _street_part(text, parts[k - 1], keep, block) and not parts[i][2][: pc.start()].strip()
            if (_street_part(text, parts[k], keep, block) or FLAT.fullmatch(g)) and not town:
                out.append(Span(a, b, "ADDRESS"))
                prev_street = True
            elif (
                (prev_street or town_first) and k == j - 1 and (_house_like(g, keep) or postal and _named_home(g, keep))
            ):
                # before its street in a postcode's chain a house may look like a village ('Penhallow, Ship Lane,
                # BS49 5XJ'): a village comes after the street in an address
                out.append(Span(a, b, "ADDRESS"))
                prev_street = False
            elif re.search(rf"\b(?:{_HOUSE})$", g) and _house_like(g, keep):
                out.append(Span(a, b, "ADDRESS"))
            else:
                prev_street = False
            j = k
        # a rural address with no street: 'Druim Fada\nTarsay\nPA78 6TY', 'Low Gill Head\nSleddale\nby Kirkby
        # Scar\nDL12 0PW': the lines above the town, when the postcode stands on its own line
        pa, pb, pg = parts[i]
        above = [g for _a, _b, g in parts[max(0, i - 4) : i]]
        if POSTCODE.fullmatch(pg) and i >= 2 and _whole_line(text, pa, pb):
            streetless = not any(any(c.isdigit() for c in g) or _street_like(g, keep) for g in above[-3:])
            if streetless and _whole_line(text, *parts[i - 1][:2]):
                a, b, g = parts[i - 1]
                if _HOUSE_FIRST.match(g) and _named_home(g, keep):  # no town line: 'Iain Dòmhnallach\nTaigh na Mara'
                    out.append(Span(a, b, "ADDRESS"))
                for k in (i - 2, i - 3):
                    a, b, g = parts[k] if k >= 0 else (0, 0, "")
                    if not g or not _whole_line(text, a, b) or any(c.isdigit() for c in g) or _org_line_shape(g):
                        break
                    if _named_home(g, keep) or _street_like(g, keep):
                        out.append(Span(a, b, "ADDRESS"))
                    if a == 0 or text[max(0, a - 2) : a] == "\n\n":
                        break  # the block's first line
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


def _street_part(text: str, part: tuple[int, int, str], keep: set[str], block: bool) -> bool:
    """A part of an address that is a street; in a block above a postcode line, common words and all."""
    a, b, g = part
    return _street_like(g, keep) or (block and g[:1].isupper() and _whole_line(text, a, b) and _street_like(g))


def _whole_line(text: str, a: int, b: int) -> bool:
    return (a == 0 or text[a - 1] == "\n") and (b == len(text) or text[b] == "\n")


_STREET_WORDS = frozenset(_STREET.lower().split("|"))
_FLAT_WORDS = frozenset("flat apartment apt unit fflat maisonette bedsit".split())
_OTHER_HOME_WORDS = frozenset("caravan chalet mobile pitch room plot".split())
_HOME_BY_NAME_WORDS = frozenset("cottage farmhouse bungalow croft farm".split())
_BOAT_WORDS = frozenset("narrowboat boat houseboat barge".split())
_DE_STREET_CUE = re.compile(r"straße|strasse|str\.|weg |gasse|allee|platz|ring |damm|ufer|steig|pfad")
_WHOSE = frozenset("my our her his their on".split())
_LIVE_WORDS = frozenset(
    "live lives living lived reside resides residing resident residents address flat apartment bred byw stay "
    "stays alone own".split()
)
# other ways of saying where one's home is ('those of us on', 'home is', 'where we live'), each behind a word the
# text must hold, so that one set lookup, not a scan, decides for most texts whether the residence patterns run
_LIVE_PHRASES = {
    "us": re.compile(r"those of us|us lot"),
    "ours": re.compile(r"ours on"),
    "two-bed": re.compile(r"two-bed"),
    "council": re.compile(r"council house"),
    "terraced": re.compile(r"terraced (?:house|home)"),
    "semi": re.compile(r"semi (?:house|home)"),
    "detached": re.compile(r"detached (?:house|home)"),
    "care": re.compile(r"care home"),
    "nursing": re.compile(r"nursing home"),
    "where": re.compile(r"where (?:we|i|she|he|they|my \w+|our \w+) (?:live|grew)"),
    "residents": re.compile(r"residents like"),
    "keep": re.compile(r"keep (?:sheep|cattle|ewes)"),
    "croft": re.compile(r"croft"),
    "farm": re.compile(r"farm "),
    "farmed": re.compile(r"farmed "),
    "home": re.compile(r"home is|our home"),
    "old": re.compile(r"the old "),
    "called": re.compile(r"it['’]?s called"),
    "outside": re.compile(r"outside (?:my|our|his|her) (?:own )?(?:front )?(?:door|house|home|gate)"),
    "we're": re.compile(r"we['’]re (?:at|in)"),
    "we’re": re.compile(r"we['’]re (?:at|in)"),
    "are": re.compile(r"we are (?:at|in)"),
    **{
        w: re.compile(r"(?:mum|mam|nan|gran|dad|da)['’]?s? on")
        for w in "mum mam nan gran dad da mums mams nans grans mum's mam's nan's gran's dad's".split()
    },
}
_WELSH_STREET_RE = re.compile(_WELSH_STREET)
# the cheap word tests that must hold for the patterns above to be worth running
_WELSH_STREET_WORDS = frozenset("heol ffordd stryd lôn clos rhodfa cilgant teras llys rhes maes".split())
_HOME_NAMED_WORDS = frozenset(
    "house home cottage bungalow farm farmhouse boat houseboat narrowboat wagon caravan van static croft".split()
)
_HOME_EVENT_WORDS = frozenset(
    "house hoose home hame shed garage garden fence bungalow cottage caravan flat door gate roof window windows "
    "driveway mortgage".split()
)
_HOME_WORDS = frozenset(
    "road street close lane house home bungalow cottage garden gate drive driveway door".split()
    + "shed garage fence caravan hoose hame mortgage place".split()
)
# a word of a house name: capitalised, or a Gaelic, Irish or Welsh small word ('Tír na nÓg', 'Sŵn y Don')
_HOUSE_WORD = rf"(?:{_CAPWORD}|na|nan|an|a['’]|y|yr|n[{_UP}][{_LO}]+)"
_WE_ARE_AT = Cued(
    re.compile(
        rf"(?i:\b(?:we['’]re|we are|i['’]m|i am|(?:he|she)(?:['’]s| is| lives))\s+(?:at|in)\s+)"
        rf"((?:The\s+)?{_HOUSE_WORD}(?: {_HOUSE_WORD}){{1,3}})(?=,|\s+(?:on|in|at|and|by)\b)"
    )
)
# a boat lived on by its name: 'we have lived aboard the Kittiwake', 'I live aboard Morwenna', 'a narrowboat ...,
# Dragonfly,'; a person's home after their name: 'Mrs Beynon at Cae'r Wern'
_ABOARD = Cued(
    re.compile(
        rf"(?i:\b(?:live|lives|living|lived) aboard(?: the)?) ((?:The )?{_CAPWORD}(?: {_CAPWORD}){{0,2}})\b"
        rf"|(?i:\b(?:narrowboat|houseboat|boat|barge|ketch|yacht)\b)[^.!?\n]{{0,40}}?, "
        rf"((?:The )?{_CAPWORD}(?: {_CAPWORD}){{0,2}}),"
        rf"|\b(?:Mr|Mrs|Ms|Miss) {_CAPWORD} at ((?:The )?{_HOUSE_WORD}(?: {_HOUSE_WORD}){{0,3}})(?=[,.;]| asked| said)"
    )
)
# a house's name by its first word, 'house' in Gaelic, Irish or Welsh: 'Taigh na Mara', 'Tigh an Uillt', 'Tŷ Gwyn'
_HOUSE_FIRST = re.compile(r"(?:Taigh|Tigh|Teach|Tŷ|Ty) ")
_CELTIC_SMALL = re.compile(r"\b(?:an|An|na|nan|a['’]|y|yr|Taigh|Tigh|Teach|Tŷ|Bryn|Pen|Cnoc|Druim|Baile|Bally)\b")
_HOME_APPOSED = re.compile(
    rf"\b(?:at|in|on|of) ((?:The )?{_HOUSE_WORD}(?: {_HOUSE_WORD}){{0,3}}), (?:the|a|our|my) (?:[\w-]+ ){{0,2}}"
    r"(?:bungalow|house|cottage|farmhouse|farm|croft|caravan|chalet|home)\b"
    rf"|\b((?:The )?{_CAPWORD}(?: {_CAPWORD}){{0,2}}) \((?:our|my|their|his|her) (?:farm|home|house|cottage|croft)\)"
    rf"|\b(?:[Tt]he|[Mm]y|[Oo]ur|[Hh]is|[Hh]er) (?:own |family |winter )?"
    rf"(?:croft|farm|land|yard|smallholding|holding|field|fields|quarters) at "
    rf"((?:The )?{_CAPWORD}(?: {_CAPWORD}){{0,2}})"
    # 'we live in the farm cottage, Beckside Cottage', 'the tenancy of Low Mossgill', 'our family winters at X'
    rf"|\b(?:the|my|our) (?:[\w-]+ ){{0,2}}(?:cottage|house|farmhouse|bungalow), "
    rf"((?:The )?{_CAPWORD}(?: {_CAPWORD}){{0,2}} (?:{_HOUSE}))\b"
    rf"|\b(?:the|our|my|his|her|their) tenancy of ((?:The )?{_CAPWORD}(?: {_CAPWORD}){{0,2}})"
    rf"|\b(?:[Ww]e|[Ff]amily|[Tt]hey) winters? at ((?:The )?{_CAPWORD}(?: {_CAPWORD}){{0,2}})"
)
_APPOSED_KEYS = tuple(
    "house home farm cottage bungalow croft caravan chalet land yard holding field quarters tenancy winters".split()
)
_VAN_MAKES = r"(?:Ford|Transit|Vauxhall|VW|Volkswagen|Mercedes|Renault|Citro[eë]n|Peugeot|Fiat|Iveco|LDV|Toyota)\b"
_HOME_NAMED = re.compile(
    r"(?i:\b(?:my|our|his|her|their|[a-z]+['’]s)(?: [\w-]+){0,2}? (?:house|home|cottage|bungalow|farm|farmhouse|boat|"
    r"houseboat|narrowboat|wagon|caravan|van|static|mobile home|croft)|\bhome(?= is\b)|\bnow our home|"
    r"\bthe house (?:i|we) (?:still )?live in)"
    rf"(?:,| is called| called| \(called|:| is)\s+['‘\"“]?(?!{_VAN_MAKES})"  # 'our van, Ford Transit': no home
    rf"((?:[Tt]he )?{_HOUSE_WORD}(?: {_HOUSE_WORD}){{0,3}})['’\"”]?"
    r"(?=[,.;:)]| is\b| on\b| in\b| at\b| that\b| which\b| burned\b| burnt\b)"
)
# the street a home's name is on: "his house, Hollybank on Spalding Road"
# a street, numbered or not, English or Welsh
_A_STREET = rf"(?:\d{{1,4}}[A-Za-z]?,?\s+)?(?:{_STREET_NAME}|{_WELSH_STREET})"
_LOWER_HOUSE = re.compile(r"(?:the )?(?!(?:the|my|our|a|an|and|but|we|i|it|this|that)\b)[a-z]+(?: [a-z]+)?")
# a row of cottages and the number in it: 'the old coastguard cottages, no. 4', 'number 3, Pilot Cottages'
_COTTAGE_ROW = re.compile(
    r"(?i:\b(?:live|lives|living|lived)\s+(?:in|at)\s+)((?:the\s+)?(?:[\w'’-]+\s+){0,3}cottages,?\s+(?:no\.?|number)\s*\d{1,3})"
)
# a home someone calls by its name: 'the house my grandfather built ... which we always just called Top House'
# what someone calls their home after it: 'the Rambler its called', 'plot 31, called Seaspray'
_ITS_CALLED = re.compile(
    rf"\b((?:[Tt]he )?{_CAPWORD}(?: {_CAPWORD}){{0,2}}),? (?:it['’]?s|is) called\b"
    rf"|(?:plot|pitch|static|caravan|van|boat|wagon) \d{{0,4}},? called ((?:The )?{_CAPWORD}(?: {_CAPWORD}){{0,2}})"
)
_CALLED_HOME = Cued(
    re.compile(rf"\b(?:called|named|known as)\s+(?:it\s+)?((?:The\s+)?(?:{_CAPWORD}\s+){{0,2}}(?:{_HOUSE}))\b")
)
_ON_STREET = re.compile(rf"(?:,\s+|,?\s+(?:on|in|at)\s+)({_A_STREET})")
# moving house names where: 'we moved here in 2019 to Larch Close', 'moved from Leeds to Clos yr Hafod'
_MOVED_TO = re.compile(rf"\b(?:moved|moving|move)\b[^.!?\n]{{0,40}}?\b(?:to|into)\s+({_A_STREET})")
# (after a comma, the address chain decides: 'Pinfold Lane, Oakworth Green, LS17' ends in a village)
_STREET_BEFORE_POSTCODE = re.compile(rf"((?:{_STREET_NAME}|{_WELSH_STREET}))[ \t]*\(?[ \t]*\Z")
_NUMBERED_BEFORE_POSTCODE = re.compile(
    r"(?m)(?:^|(?<=\bat )|(?<=\bon )|(?<=, ))[ \t]*(\d{1,4}[A-Za-z]? (?:(?:[A-Z][\w'’-]+|y|yr|na|an|de|la|le) ){0,4}"
    r"[A-Z][\w'’-]+),?[ \t]*\n?[ \t]*\(?[ \t]*\Z"
)
_WELSH_NUMBERED = re.compile(rf"(?<![\w£$€.,/-])\d{{1,4}}[A-Za-z]?,?\s+{_WELSH_STREET}\b")
# ('shepherd on Kirkstane Farm'; not a firm: 'collected by Dale Farm', "Maguire's Farm Kitchen")
_NAMED_FARM = re.compile(rf"(?<!\bby )\b((?:{_CAPWORD} ){{1,3}}Farm)\b(?! [A-Z])")
_WE_FARM = re.compile(
    rf"\b(?:[Ww]e|I|Ah|(?:[Mm]y|[Oo]ur|[Ww]hose) family)(?:['’]ve| have| has| had| still)? "
    rf"(?:farm(?:ed)?|croft(?:ed)?|keep (?:sheep|cattle|ewes))\b"
    rf"(?: [\w,]+){{0,6}}? (?:at|on) ((?:The )?{_HOUSE_WORD}(?: {_HOUSE_WORD}){{0,2}})(?<! na)(?<! an)(?<! y)\b"
    rf"|\b(?:[Ww]e|I|Ah)(?:['’]ve| have)? farm(?:ed)? ((?:The )?{_CAPWORD}(?: {_CAPWORD}){{0,2}})\b"
)
_STREET_LEAD = re.compile(rf"(?:\d{{1,4}}[A-Za-z]?,?\s+)?((?:{_CAPWORD}\s+){{1,3}})(?:{_STREET})(?= [a-z])")
_HOUSE_BEFORE_STREET = re.compile(
    rf"\b(?:[Aa]t|[Ff]rom|c/o) ((?:The )?{_CAPWORD}(?: {_CAPWORD}){{0,2}}), "
    rf"((?:{_CAPWORD} ){{1,3}}(?:{_STREET_ONLY}))\b"
)
_HOUSE_NAMED = re.compile(
    rf"\b(?:[Hh]ouse|[Hh]ome|[Cc]ottage|[Pp]roperty|[Bb]ungalow|[Ff]arm)[ -]?name(?:d| is|:)?\s+['‘\"“]?"
    rf"((?:The )?{_CAPWORD}(?: {_CAPWORD}){{0,2}})"
)
_IN_BEFORE = re.compile(r"\b(?:in|near)\s+\Z")
_TOWN_STREET = re.compile(rf"\b(?:{_STREET_ONLY})$")


def _lives(x: _Text) -> bool:
    """Whether the text says where someone lives: worth running the residence patterns."""
    return (
        x.has(_LIVE_WORDS)
        or any(_LIVE_PHRASES[w].search(x.low) for w in x.words.intersection(_LIVE_PHRASES))
        or (x.has(_WHOSE) and x.has(_HOME_WORDS | {"i'm", "we're"}))
    )


_STREET_END = re.compile(_STREET)
