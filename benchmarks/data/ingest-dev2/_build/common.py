"""Authoring helpers: each response is written by hand with its annotations next to it."""
RESPONSES = []   # dicts: id, type, text, cons, p, k, c

WHY = {
    "place": "real town, city or place name",
    "place-name": "real place that looks like a personal name",
    "landmark": "landmark or public building used as a location",
    "pubst": "street named as a public location or route, not a home",
    "org": "organisation",
    "org-person": "organisation named after a person",
    "shop": "business or shop name",
    "fict-org": "invented public body or organisation (not a person)",
    "title": "job title / role without a name",
    "cond": "medical condition named after a person",
    "med": "medical term",
    "char": "fictional character or named thing that looks like a name",
    "date": "date, month, weekday or year (not a date of birth)",
    "road": "road number",
    "bus": "bus or route number",
    "caps": "ALL CAPS slogan or shouted word",
    "irish": "Irish-language phrase",
    "ulster": "Ulster-Scots phrase",
    "law": "legislation, scheme or benefit name",
    "num": "number that is not personal (reference to policy, money, count)",
    "word": "ordinary word that is also used as a first name",
    "foreign": "non-English ordinary word or phrase",
    "church": "church, cemetery or crematorium named after a saint or place",
    "school-public": "school named as a public place/venue, no child attending named",
}


def R(rid, rtype, text, p=(), k=(), c=None):
    cons = CONS[rid[:3]]
    RESPONSES.append(dict(id=rid, type=rtype, text=text, cons=cons, p=list(p), k=list(k), c=c))


CONS = {"REG": "regeneration", "CEM": "cemetery-fees", "PCC": "police-precept",
        "CAZ": "clean-air", "YTH": "youth-centres", "CST": "coastal"}
TEMPLATES = {}
