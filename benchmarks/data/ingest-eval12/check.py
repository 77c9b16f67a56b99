#!/usr/bin/env python3
"""Verify the ingest-eval12 held-out evaluation set (stdlib + python-docx).

This is ingest-dev3's check.py with this set's topics, prefixes and counts, and a few checks added
(one campaign per consultation, campaign members from one consultation, a template pasted verbatim into one
letter and an edited copy into another, ASCII .eml bodies, two rambles of 250+ words, every Ofcom drama range).

Run:  /work/main/.venv/bin/python check.py
Exit status 0 when every check passes.
"""
import csv, email, email.policy, os, re, statistics, sys
from collections import Counter, defaultdict

HERE = os.path.dirname(os.path.abspath(__file__))
TOPICS = {"autism-strategy", "nursery-transport", "slc-base", "part-time-timetables", "access-card", "direct-payments"}
PREFIX = {"AUT": "autism-strategy", "NTR": "nursery-transport", "SLC": "slc-base", "PTT": "part-time-timetables",
          "ACC": "access-card", "DPY": "direct-payments"}
KINDS = {"person", "street", "house_name", "flat", "postcode", "phone", "email", "nhs_number",
         "ni_number", "date_of_birth", "vehicle_registration", "social_handle", "school", "hospital_number",
         "account_number"}
ROLES = {"template", "exact", "edited"}
TITLES = ("Mr ", "Mrs ", "Ms ", "Miss ", "Dr ", "Cllr ", "Councillor ", "PC ", "DC ", "PCSO ", "Sergeant ", "Alderman ",
          "Father ", "Nurse ", "Sister ", "Rev ", "Revd ")

fails = []


def fail(msg):
    fails.append(msg)


def read_csv(name, header):
    path = os.path.join(HERE, name)
    with open(path, encoding="utf-8", newline="") as f:
        rows = list(csv.reader(f))
    if not rows or rows[0] != header:
        fail(f"{name}: header {rows[0] if rows else None} != {header}")
        return []
    for i, r in enumerate(rows[1:], 2):
        if len(r) != len(header):
            fail(f"{name}: line {i} has {len(r)} fields")
    return [dict(zip(header, r)) for r in rows[1:]]


# ------------------------------------------------------------------ texts
responses = read_csv("responses.csv", ["response_id", "text", "respondent_type", "consultation"])
texts, cons = {}, {}
for r in responses:
    rid = r["response_id"]
    if rid in texts:
        fail(f"duplicate response_id {rid}")
    if not re.fullmatch(r"[A-Z]{3}-\d{3}", rid):
        fail(f"bad id {rid}")
    if r["consultation"] not in TOPICS or PREFIX.get(rid[:3]) != r["consultation"]:
        fail(f"{rid}: consultation {r['consultation']} does not match its prefix")
    if not r["respondent_type"].strip():
        fail(f"{rid}: empty respondent_type")
    texts[rid] = r["text"]
    cons[rid] = r["consultation"]


def read_letter(path):
    """The text of a letter as the pipeline sees it: .txt whole, .docx paragraphs joined with \\n,
    .eml the plain-text body only (headers are not part of the text)."""
    ext = path.rsplit(".", 1)[-1]
    if ext == "txt":
        return open(path, encoding="utf-8").read()
    if ext == "docx":
        import docx
        d = docx.Document(path)
        if d.core_properties.author or d.core_properties.last_modified_by:
            fail(f"{os.path.basename(path)}: docx author metadata is not blank")
        return "\n".join(p.text for p in d.paragraphs)
    if ext == "eml":
        raw = open(path, encoding="utf-8").read()
        msg = email.message_from_string(raw, policy=email.policy.default)
        if not msg["From"]:
            fail(f"{os.path.basename(path)}: no From: header")
        body = msg.get_body(preferencelist=("plain",)).get_content()
        if not body.isascii():
            fail(f"{os.path.basename(path)}: .eml body is not ASCII")
        return body
    raise ValueError(path)


letters_dir = os.path.join(HERE, "letters")
letter_files = sorted(f for f in os.listdir(letters_dir) if not f.startswith("."))
letters_index = read_csv("letters_index.csv", ["response_id", "consultation", "respondent_type"])
for r in letters_index:
    if r["consultation"] not in TOPICS:
        fail(f"{r['response_id']}: unknown consultation")
    cons[r["response_id"]] = r["consultation"]
letter_texts = {}
for f in letter_files:
    letter_texts["letters/" + f.rsplit(".", 1)[0]] = read_letter(os.path.join(letters_dir, f))
if {r["response_id"] for r in letters_index} != set(letter_texts):
    fail("letters_index ids do not match letters/ files")
exts = Counter(f.rsplit(".", 1)[-1] for f in letter_files)
all_texts = {**texts, **letter_texts}


def spans_in(view, needle):
    out, i = [], view.find(needle)
    while i >= 0:
        out.append((i, i + len(needle)))
        i = view.find(needle, i + 1)
    return out


# ------------------------------------------------------------------ personal data
def nhs_ok(digits):
    d = [int(x) for x in digits]
    c = 11 - sum(x * (10 - i) for i, x in enumerate(d[:9])) % 11
    c = 0 if c == 11 else c
    return c != 10 and c == d[9]


# Every Ofcom drama range: 07700 900xxx, 01632 960xxx, 0113-0118 / 0121 / 0131 / 0141 / 0151 / 0161 496 0xxx,
# 0191 498 0xxx, 020 7946 0xxx, 028 9649 6xxx, 029 2018 0xxx, 0808 157 0xxx, 0909 879 0xxx, 03069 990xxx
# (with or without +44, spaces or brackets).
PHONE_OK = re.compile(r"^(\+44\s?7700|07700)\s?900\s?\d{3}$|^(\+44\s?)?\(?0?1632\)?\s?960\s?\d{3}$"
                      r"|^(\+44\s?)?\(?0?28\)?\s?9649\s?6\d{3}$"
                      r"|^(\+44\s?)?\(?0?20\)?\s?7946\s?0\d{3}$|^(\+44\s?)?\(?0?29\)?\s?2018\s?0\d{3}$"
                      r"|^(\+44\s?)?\(?0?1(?:1[3-8]|[2-6]1)\)?\s?496\s?0\d{3}$|^(\+44\s?)?\(?0?191\)?\s?498\s?0\d{3}$"
                      r"|^(\+44\s?)?\(?0?808\)?\s?157\s?0\d{3}$|^(\+44\s?)?\(?0?909\)?\s?879\s?0\d{3}$"
                      r"|^(\+44\s?)?\(?0?3069\)?\s?990\s?\d{3}$")
pd_rows = read_csv("personal_data.csv", ["response_id", "kind", "text"])
pspans = defaultdict(list)
seen = set()
for r in pd_rows:
    rid, kind, t = r["response_id"], r["kind"], r["text"]
    if kind not in KINDS:
        fail(f"{rid}: unknown kind {kind}")
    if (rid, kind, t) in seen:
        fail(f"{rid}: duplicate personal row {kind} {t!r}")
    seen.add((rid, kind, t))
    if rid not in all_texts:
        fail(f"personal_data: unknown response {rid}")
        continue
    if not t.strip() or t != t.strip():
        fail(f"{rid}: empty or padded personal text {t!r}")
    s = spans_in(all_texts[rid], t)
    if not s:
        fail(f"{rid}: personal {kind} {t!r} is not an exact substring")
    pspans[rid] += s
    if kind == "person" and t.startswith(TITLES):
        fail(f"{rid}: title inside person span {t!r}")
    if kind == "nhs_number":
        dg = re.sub(r"\D", "", t)
        if len(dg) != 10 or not dg.startswith("999") or not nhs_ok(dg):
            fail(f"{rid}: NHS number {t!r} not a valid 999-range number")
    if kind == "phone" and not PHONE_OK.match(re.sub(r"[-.]", " ", t).replace("  ", " ")):
        fail(f"{rid}: phone {t!r} not in a reserved drama range")
    if kind == "email" and not re.search(r"example(\.| dot )(com|org|net)$", t):
        fail(f"{rid}: email {t!r} not at example.com/.org/.net")
    if kind == "ni_number" and not re.fullmatch(r"[Qq]{2}\s?\d{2}\s?\d{2}\s?\d{2}\s?[A-Da-d]", t):
        fail(f"{rid}: NI number {t!r} is not a QQ specimen number")

# ------------------------------------------------------------------ must keep
mk_rows = read_csv("must_keep.csv", ["response_id", "text", "why"])
for r in mk_rows:
    rid, t = r["response_id"], r["text"]
    if rid not in all_texts:
        fail(f"must_keep: unknown response {rid}")
        continue
    if not r["why"].strip():
        fail(f"{rid}: must_keep {t!r} has no reason")
    s = spans_in(all_texts[rid], t)
    if not s:
        fail(f"{rid}: must_keep {t!r} is not an exact substring")
    for a, b in s:
        for c, d in pspans[rid]:
            if a < d and c < b:
                fail(f"{rid}: must_keep {t!r} overlaps a personal span")

# ------------------------------------------------------------------ coverage of identifier-shaped strings
# Every postcode-, phone-, email-, NHS- or NI-shaped string must sit inside a personal or must-keep span.
mkspans = defaultdict(list)
for r in mk_rows:
    if r["response_id"] in all_texts:
        mkspans[r["response_id"]] += spans_in(all_texts[r["response_id"]], r["text"])
SHAPES = {
    "postcode": r"\b[A-Za-z]{1,2}\d[A-Za-z\d]?\s?\d[A-Za-z]{2}\b",
    "phone": r"(?:\+44\s?|\b0)\(?\d{2,4}\)?[\s-]?\d{3,4}[\s-]?\d{3,4}\b",
    "email": r"[\w.+-]+@[\w-]+(?:\.[\w-]+)+|[\w.+-]+\s?(?:\[at\]|\(at\)| at )\s?example\s?(?:dot|\.)\s?(?:com|org|net)",
    "nhs": r"\b999[\s-]?\d{3}[\s-]?\d{4}\b",
    "ni": r"\b[Qq][Qq]\s?\d{2}",
}
for rid, t in all_texts.items():
    spans = pspans[rid] + mkspans[rid]
    for name, pat in SHAPES.items():
        for m in re.finditer(pat, t):
            if not any(a <= m.start() and m.end() <= b for a, b in spans):
                fail(f"{rid}: {name}-shaped {m.group(0)!r} is not annotated")

# ------------------------------------------------------------------ campaigns
tpl_rows = read_csv("campaign_templates.csv", ["campaign", "template_text"])
templates = {r["campaign"]: r["template_text"] for r in tpl_rows}
ct_rows = read_csv("campaign_true.csv", ["response_id", "campaign", "role"])


def norm(s):
    return re.sub(r"\s+", " ", re.sub(r"[^\w\s]", "", s.lower())).strip()


def grams(s, n=6):
    w = norm(s).split()
    return {tuple(w[i:i + n]) for i in range(len(w) - n + 1)}


def share(text, tpl):
    return len(grams(text) & grams(tpl)) / max(1, len(grams(tpl)))


members = defaultdict(list)
member_ids = set()
for r in ct_rows:
    rid, c, role = r["response_id"], r["campaign"], r["role"]
    if role not in ROLES:
        fail(f"{rid}: bad role {role}")
    if c not in templates:
        fail(f"{rid}: campaign {c} has no template")
        continue
    if rid in member_ids:
        fail(f"{rid}: in more than one campaign row")
    member_ids.add(rid)
    if rid not in all_texts:
        fail(f"campaign member {rid} does not exist")
        continue
    members[c].append((rid, role))
    text = all_texts[rid]
    tn, xn = norm(templates[c]), norm(text)
    if role == "template" and text != templates[c]:
        fail(f"{rid}: role template but text differs from campaign_templates.csv")
    if role == "exact":
        if rid.startswith("letters/"):
            if tn not in xn:
                fail(f"{rid}: exact letter does not contain the template")
        elif xn != tn:
            fail(f"{rid}: role exact but differs from template beyond case/whitespace/punctuation")
    if role == "edited":
        if tn in xn:
            fail(f"{rid}: role edited but contains the whole template")
        sh = share(text, templates[c])
        if sh < 0.3:
            fail(f"{rid}: edited copy shares only {sh:.0%} of template 6-grams")

tpl_words = {c: len(t.split()) for c, t in templates.items()}
for c, n in tpl_words.items():
    if not 110 <= n <= 130:
        fail(f"template {c} has {n} words (want 110-130)")
    roles = Counter(role for _, role in members[c])
    if roles["template"] != 1:
        fail(f"campaign {c} has {roles['template']} template rows (want 1)")
    if roles["exact"] < 2 or roles["edited"] < 2:
        fail(f"campaign {c} needs at least 2 exact and 2 edited copies")
if len(templates) != 6:
    fail(f"{len(templates)} campaigns (want 6)")
n_members = sum(len(m) for m in members.values())
if not 42 <= n_members <= 48:
    fail(f"{n_members} campaign members (want 42-48)")
camp_cons = {}
for c, ms in members.items():
    cs = {cons.get(rid) for rid, _ in ms}
    if len(cs) != 1:
        fail(f"campaign {c} spans consultations {cs}")
    camp_cons[c] = cs.pop() if cs else None
if sorted(camp_cons.values(), key=str) != sorted(TOPICS):
    fail(f"want one campaign per consultation, have {sorted(camp_cons.values(), key=str)}")
letter_roles = {role for ms in members.values() for rid, role in ms if rid.startswith("letters/")}
if letter_roles != {"exact", "edited"}:
    fail(f"want one template pasted verbatim into a letter and one edited into another; letter roles {letter_roles}")

near_miss = []
for rid, t in all_texts.items():
    if rid in member_ids or not t.strip():
        continue
    for c, tpl in templates.items():
        sh = share(t, tpl)
        if norm(tpl) in norm(t) or sh >= 0.5:
            fail(f"{rid}: looks like an unlabelled copy of {c} ({sh:.0%})")
        elif grams(t) & grams(tpl):
            near_miss.append((rid, c, sh))
if len(near_miss) < 5:
    fail(f"only {len(near_miss)} near-miss non-members")

# ------------------------------------------------------------------ counts and shape
kinds = Counter(r["kind"] for r in pd_rows)
resp_with_pii = {r["response_id"] for r in pd_rows if r["response_id"] in texts}
share_pii = len(resp_with_pii) / max(1, len(texts))
if len(texts) != 150:
    fail(f"{len(texts)} responses (want 150)")
for c, n in Counter(cons[r] for r in texts).items():
    if n != 25:
        fail(f"consultation {c} has {n} responses (want 25)")
if len(pd_rows) < 250:
    fail(f"only {len(pd_rows)} personal details")
if len(kinds) != 15:
    fail(f"only {len(kinds)} kinds")
for k in KINDS:
    if kinds[k] < 3:
        fail(f"kind {k} has only {kinds[k]} rows (want several)")
if not 0.25 <= share_pii <= 0.6:
    fail(f"{share_pii:.0%} of responses carry personal data")
if len(mk_rows) < 400:
    fail(f"only {len(mk_rows)} must_keep rows")
if len(letter_files) != 6 or any(exts[e] != 2 for e in ("txt", "docx", "eml")):
    fail(f"want 6 letters, 2 each of .txt/.docx/.eml; have {dict(exts)}")
if set(cons[r] for r in texts) != TOPICS:
    fail("not all six consultations have responses")
person_texts = {r["text"].lower() for r in pd_rows if r["kind"] == "person"}
for f in letter_files:
    for p in person_texts:
        if len(p) > 2 and p in f.lower():
            fail(f"letter file name {f} contains a personal name")
wc = [len(t.split()) for t in texts.values()]
blank = sum(1 for t in texts.values() if not t.strip())
if not 35 <= statistics.median(wc) <= 65:
    fail(f"median length {statistics.median(wc)} words is outside 35-65")
if blank < 3 or sum(1 for n in wc if n >= 250) < 2:
    fail("want some blank responses and at least two rambles of 250+ words")

# ------------------------------------------------------------------ summary
print("ingest-eval12 set check (held out)")
print(f"  responses            {len(texts)}  ({', '.join(f'{k} {v}' for k, v in sorted(Counter(cons[r] for r in texts).items()))})")
print(f"  respondent types     {len(set(r['respondent_type'] for r in responses))}")
print(f"  words                median {statistics.median(wc)}, min {min(wc)}, max {max(wc)}, blank {blank}")
print(f"  letters              {len(letter_files)}  ({', '.join(f'.{k} {v}' for k, v in sorted(exts.items()))})")
print(f"  personal details     {len(pd_rows)} rows, {len(kinds)} kinds; {len(resp_with_pii)} responses ({share_pii:.0%}) + "
      f"{len({r['response_id'] for r in pd_rows} - resp_with_pii)} letters carry personal data")
print("    " + ", ".join(f"{k} {v}" for k, v in kinds.most_common()))
print(f"  must_keep            {len(mk_rows)} rows")
print("    " + ", ".join(f"{k}: {v}" for k, v in Counter(r['why'] for r in mk_rows).most_common()))
print(f"  campaigns            {len(templates)}; members {sum(len(m) for m in members.values())}")
for c in sorted(members):
    rc = Counter(role for _, role in members[c])
    nl = sum(1 for rid, _ in members[c] if rid.startswith("letters/"))
    print(f"    {c:32s} {len(members[c]):2d} members (template {rc['template']}, exact {rc['exact']}, "
          f"edited {rc['edited']}; letters {nl}); template {tpl_words[c]} words")
    for rid, role in sorted(members[c]):
        if role == "edited":
            print(f"      edited {rid}: {share(all_texts[rid], templates[c]):.0%}")
print(f"  near-miss non-members {len(near_miss)}: " + ", ".join(f"{r} {c.split('-')[0]} {s:.0%}" for r, c, s in near_miss))
if fails:
    print(f"FAILED: {len(fails)} problem(s)")
    for m in fails:
        print("  -", m)
    sys.exit(1)
print("all checks passed")
