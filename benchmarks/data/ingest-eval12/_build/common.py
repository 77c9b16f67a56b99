"""Shared helpers for the ingest-eval12 authoring source.

Responses are written with inline annotations:

    [[kind:surface text]]   a personal-data span (kind may be a short alias, see KIND)
    {{surface text|why}}    a must-keep span (why may be a short code, see WHY)

`render()` strips the markup and returns the plain text plus the annotation rows, so every
annotated span is an exact substring of the text by construction.
"""
import re

KIND = {
    "p": "person", "st": "street", "hn": "house_name", "fl": "flat", "pc": "postcode",
    "ph": "phone", "em": "email", "nhs": "nhs_number", "ni": "ni_number", "dob": "date_of_birth",
    "vr": "vehicle_registration", "sh": "social_handle", "sch": "school", "hosp": "hospital_number",
    "acc": "account_number",
}
KINDS = set(KIND.values())

WHY = {
    "place": "real place",
    "placename": "real place that looks like a personal name",
    "inv": "invented place, body or programme",
    "org": "organisation or business",
    "orgp": "organisation or business named after a person",
    "role": "job title or role without a name",
    "date": "date, month or weekday (not a date of birth)",
    "num": "money, percentage or non-personal number",
    "route": "street named as a public place or route, not a home",
    "landmark": "landmark, public building or site",
    "hosp": "hospital or health building",
    "church": "church, chapel or place of worship",
    "venue": "school named only as a venue or institution",
    "law": "law, policy, scheme or benefit",
    "med": "medical condition or term (incl. named after a person)",
    "char": "fictional character or brand character",
    "road": "road number",
    "slogan": "slogan",
    "welsh": "Welsh-language phrase",
    "gaelic": "Scottish Gaelic phrase",
    "scots": "Scots phrase",
    "lang": "phrase in another language",
    "salut": "salutation or closing",
    "plant": "plant or crop variety (some named after people)",
    "event": "event or festival",
    "word": "ordinary word that is also a name elsewhere",
    "own": "the consultation's own site, service or scheme",
    "office": "public office without a name",
    "pet": "pet or animal with a name",
    "brand": "brand or product",
    "dialect": "dialect phrase",
    "ship": "boat or ship that is not a home",
    "club": "club or team",
    "species": "animal or plant species (some named after people)",
    "term": "SEND, ALN or ASN term, service or approach",
}

TOK = re.compile(r"\[\[([a-z_]+):(.+?)\]\]|\{\{(.+?)\|(.+?)\}\}", re.S)


def parse(marked):
    """Split a marked-up string into segments: ('t', text) / ('pd', kind, text) / ('mk', text, why)."""
    segs, pos = [], 0
    for m in TOK.finditer(marked):
        if m.start() > pos:
            segs.append(("t", marked[pos:m.start()]))
        if m.group(1):
            k = KIND.get(m.group(1), m.group(1))
            if k not in KINDS:
                raise ValueError(f"unknown kind {m.group(1)!r} in {marked[:60]!r}")
            segs.append(("pd", k, m.group(2)))
        else:
            segs.append(("mk", m.group(3), WHY.get(m.group(4), m.group(4))))
        pos = m.end()
    if pos < len(marked):
        segs.append(("t", marked[pos:]))
    return segs


def seg_text(s):
    return s[1] if s[0] in ("t", "mk") else s[2]


def render(marked):
    """Return (plain text, personal rows [(kind, text, start)], must-keep rows [(text, why, start)])."""
    out, pd, mk, n = [], [], [], 0
    for s in parse(marked):
        t = seg_text(s)
        if s[0] == "pd":
            pd.append((s[1], t, n))
        elif s[0] == "mk":
            mk.append((t, s[2], n))
        out.append(t)
        n += len(t)
    text = "".join(out)
    for leftover in ("[[", "]]", "{{", "}}"):
        if leftover in text:
            raise ValueError(f"stray markup {leftover!r} in {text[:80]!r}")
    return text, pd, mk


def plain(marked):
    return render(marked)[0]


def remark(segs):
    out = []
    for s in segs:
        if s[0] == "t":
            out.append(s[1])
        elif s[0] == "pd":
            out.append(f"[[{s[1]}:{s[2]}]]")
        else:
            out.append("{{" + s[1] + "|" + s[2] + "}}")
    return "".join(out)


def each(marked, fn):
    """Apply fn to the text of every segment, keeping the annotations (for exact campaign copies)."""
    segs = []
    for s in parse(marked):
        if s[0] == "t":
            segs.append(("t", fn(s[1])))
        elif s[0] == "pd":
            segs.append(("pd", s[1], fn(s[2])))
        else:
            segs.append(("mk", fn(s[1]), s[2]))
    return remark(segs)


def plain_only(marked, fn):
    """Apply fn to the unannotated text only."""
    return remark([("t", fn(s[1])) if s[0] == "t" else s for s in parse(marked)])


def sents(marked):
    """Split a marked-up template into sentences (markup never contains sentence breaks)."""
    return [s for s in re.split(r"(?<=[.!?])\s+", marked.strip()) if s]


class R:
    def __init__(self, rtype, text, camp=None, role=None):
        self.rtype, self.marked, self.camp, self.role = rtype, text, camp, role


class Letter:
    def __init__(self, name, fmt, consultation, rtype, paras, camp=None, role=None, headers=None):
        self.name, self.fmt, self.consultation, self.rtype = name, fmt, consultation, rtype
        self.paras, self.camp, self.role, self.headers = paras, camp, role, headers or {}
