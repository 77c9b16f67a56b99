"""Markup shared by the authoring files of ingest-eval2.

In the authoring source a response is written once, with its annotations inline:

    [[kind:surface text]]      a personal span of the given kind
    {{surface text|code}}      a must-keep span; `code` is a key of WHY

`parse` splits a marked-up string into segments, `render` strips the markup and returns
(text, personal rows, must-keep rows), each distinct surface form once.
`transform` applies a string function to every segment (used for exact campaign copies:
case, whitespace and punctuation changes only) and returns marked-up text again.
"""
import re

WHY = {
    "rp": "real place",
    "rpn": "real place that looks like a personal name",
    "ip": "invented place, council or public body",
    "org": "organisation or business",
    "orgp": "organisation or business named after a person",
    "role": "job title or role without a name",
    "date": "date, month, season or weekday (not a birth date)",
    "num": "money, percentage, count or other number",
    "st": "street named as a public place, route or landmark",
    "road": "road number",
    "lm": "landmark or public building",
    "hosp": "hospital",
    "wor": "place of worship",
    "sch": "school named as an institution or venue (no pupil identified)",
    "law": "law, scheme, benefit or licence type",
    "med": "medical term",
    "medp": "medical term named after a person",
    "char": "character, saint or figure of story",
    "slogan": "slogan",
    "lang": "phrase or word in another language or dialect",
    "langname": "name of a language or people",
    "event": "named storm, event or festival",
    "word": "ordinary word that is also used as a name elsewhere",
    "river": "river or natural feature",
    "idiom": "idiom or saying containing a name-like word",
}

KINDS = {"person", "street", "house_name", "flat", "postcode", "phone", "email", "nhs_number",
         "ni_number", "date_of_birth", "vehicle_registration", "social_handle", "school", "hospital_number",
         "account_number"}

TOK = re.compile(r"\[\[(\w+):(.+?)\]\]|\{\{(.+?)\|(\w+)\}\}", re.S)


def parse(marked):
    segs, pos = [], 0
    for m in TOK.finditer(marked):
        if m.start() > pos:
            segs.append(("plain", marked[pos:m.start()], None))
        if m.group(1):
            if m.group(1) not in KINDS:
                raise ValueError(f"unknown kind {m.group(1)!r} in {marked[:60]!r}")
            segs.append(("pii", m.group(2), m.group(1)))
        else:
            if m.group(4) not in WHY:
                raise ValueError(f"unknown why code {m.group(4)!r} for {m.group(3)!r}")
            segs.append(("keep", m.group(3), m.group(4)))
        pos = m.end()
    if pos < len(marked):
        segs.append(("plain", marked[pos:], None))
    for t, s, _ in segs:
        if t == "plain" and ("[[" in s or "]]" in s or "{{" in s or "}}" in s):
            raise ValueError(f"stray markup in {s!r}")
    return segs


def render(marked):
    segs = parse(marked)
    text = "".join(s for _, s, _ in segs)
    pii, keep = [], []
    for t, s, x in segs:
        if t == "pii" and (x, s) not in pii:
            pii.append((x, s))
        if t == "keep" and (s, WHY[x]) not in keep and s not in [k for k, _ in keep]:
            keep.append((s, WHY[x]))
    return text, pii, keep


def unmark(marked):
    return render(marked)[0]


def transform(marked, fn):
    out = []
    for t, s, x in parse(marked):
        s2 = fn(s)
        if t == "plain":
            out.append(s2)
        elif t == "pii":
            out.append(f"[[{x}:{s2}]]")
        else:
            out.append("{{" + s2 + "|" + x + "}}")
    return "".join(out)


class Topic:
    def __init__(self, consultation, prefix):
        self.consultation, self.prefix = consultation, prefix
        self.items = []          # (id, respondent_type, marked, campaign, role)

    def add(self, rtype, marked, camp=None, role=None):
        rid = f"{self.prefix}-{len(self.items) + 1:03d}"
        self.items.append((rid, rtype, marked, camp, role))
        return rid
