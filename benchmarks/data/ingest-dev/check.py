#!/usr/bin/env python3
"""Verify the ingest development set (stdlib + python-docx).

Run:  /work/scratch/venv-dev/bin/python check.py
Exit status 0 when every check passes.
"""
import csv, email, email.policy, os, re, statistics, sys
from collections import Counter, defaultdict

HERE = os.path.dirname(os.path.abspath(__file__))
TOPICS = {"transport", "leisure", "waste", "parking", "care", "parks-scotland"}
KINDS = {"person", "street", "house_name", "flat", "postcode", "phone", "email", "nhs_number",
         "ni_number", "date_of_birth", "vehicle_registration", "social_handle", "school", "hospital_number"}
ROLES = {"template", "exact", "edited"}

fails, notes = [], []


def fail(msg):
    fails.append(msg)


def read_csv(name, header):
    path = os.path.join(HERE, name)
    with open(path, encoding="utf-8", newline="") as f:
        rows = list(csv.reader(f))
    if not rows or rows[0] != header:
        fail(f"{name}: header {rows[0] if rows else None} != {header}")
        return []
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
    if r["consultation"] not in TOPICS:
        fail(f"{rid}: unknown consultation {r['consultation']}")
    if not r["respondent_type"].strip():
        fail(f"{rid}: empty respondent_type")
    texts[rid] = r["text"]
    cons[rid] = r["consultation"]


def read_letter(path):
    """Return the list of texts a span may be found in (raw and decoded views)."""
    ext = path.rsplit(".", 1)[-1]
    if ext == "txt":
        return [open(path, encoding="utf-8").read()]
    if ext == "docx":
        import docx
        d = docx.Document(path)
        parts = [p.text for p in d.paragraphs]
        for t in d.tables:
            for row in t.rows:
                parts += [c.text for c in row.cells]
        return ["\n".join(parts)]
    if ext == "eml":
        raw = open(path, encoding="utf-8").read()
        msg = email.message_from_string(raw, policy=email.policy.default)
        hdrs = "\n".join(f"{k}: {v}" for k, v in msg.items())
        body = msg.get_body(preferencelist=("plain",)).get_content()
        return [raw, hdrs + "\n\n" + body]
    raise ValueError(path)


letters_dir = os.path.join(HERE, "letters")
letter_files = sorted(f for f in os.listdir(letters_dir) if not f.startswith("."))
letters_index = read_csv("letters_index.csv", ["response_id", "consultation", "respondent_type"])
letter_views = {}
for f in letter_files:
    rid = "letters/" + f.rsplit(".", 1)[0]
    letter_views[rid] = read_letter(os.path.join(letters_dir, f))
idx_ids = {r["response_id"] for r in letters_index}
if idx_ids != set(letter_views):
    fail(f"letters_index ids {sorted(idx_ids ^ set(letter_views))} do not match letters/ files")
for r in letters_index:
    if r["consultation"] not in TOPICS:
        fail(f"{r['response_id']}: unknown consultation")
    cons[r["response_id"]] = r["consultation"]
exts = Counter(f.rsplit(".", 1)[-1] for f in letter_files)


def views(rid):
    if rid in texts:
        return [texts[rid]]
    return letter_views.get(rid)


def spans_in(view, needle):
    out, i = [], view.find(needle)
    while i >= 0:
        out.append((i, i + len(needle)))
        i = view.find(needle, i + 1)
    return out


# ------------------------------------------------------------------ personal data
pd_rows = read_csv("personal_data.csv", ["response_id", "kind", "text"])
pspans = defaultdict(list)          # (rid, view_no) -> spans
seen = set()
for r in pd_rows:
    rid, kind, t = r["response_id"], r["kind"], r["text"]
    if kind not in KINDS:
        fail(f"{rid}: unknown kind {kind}")
    if (rid, kind, t) in seen:
        fail(f"{rid}: duplicate personal row {kind} {t!r}")
    seen.add((rid, kind, t))
    vs = views(rid)
    if vs is None:
        fail(f"personal_data: unknown response {rid}")
        continue
    if not t.strip():
        fail(f"{rid}: empty personal text")
    found = False
    for n, v in enumerate(vs):
        s = spans_in(v, t)
        if s:
            found = True
            pspans[(rid, n)] += s
    if not found:
        fail(f"{rid}: personal {kind} {t!r} is not an exact substring")

# ------------------------------------------------------------------ must keep
mk_rows = read_csv("must_keep.csv", ["response_id", "text", "why"])
for r in mk_rows:
    rid, t = r["response_id"], r["text"]
    vs = views(rid)
    if vs is None:
        fail(f"must_keep: unknown response {rid}")
        continue
    if not r["why"].strip():
        fail(f"{rid}: must_keep {t!r} has no reason")
    found = False
    for n, v in enumerate(vs):
        for a, b in spans_in(v, t):
            found = True
            for c, d in pspans[(rid, n)]:
                if a < d and c < b:
                    fail(f"{rid}: must_keep {t!r} overlaps a personal span")
    if not found:
        fail(f"{rid}: must_keep {t!r} is not an exact substring")

# ------------------------------------------------------------------ campaigns
tpl_rows = read_csv("campaign_templates.csv", ["campaign", "template_text"])
templates = {r["campaign"]: r["template_text"] for r in tpl_rows}
ct_rows = read_csv("campaign_true.csv", ["response_id", "campaign", "role"])


def norm(s):
    return re.sub(r"\s+", " ", re.sub(r"[^\w\s]", "", s.lower())).strip()


def grams(s, n=6):
    w = norm(s).split()
    return {tuple(w[i:i + n]) for i in range(len(w) - n + 1)}


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
    vs = views(rid)
    if vs is None:
        fail(f"campaign member {rid} does not exist")
        continue
    members[c].append((rid, role))
    text = vs[-1]
    tn, xn = norm(templates[c]), norm(text)
    if role == "template" and text != templates[c]:
        fail(f"{rid}: role template but text differs from campaign_templates.csv")
    if role == "exact":
        if rid.startswith("letters/"):
            if tn not in xn:                       # template pasted verbatim inside letter furniture
                fail(f"{rid}: exact letter does not contain the template")
        elif xn != tn:
            fail(f"{rid}: role exact but differs from template beyond case/whitespace/punctuation")
    if role == "edited":
        if xn == tn:
            fail(f"{rid}: role edited but is an exact copy")
        share = len(grams(text) & grams(templates[c])) / max(1, len(grams(templates[c])))
        if share < 0.3:
            fail(f"{rid}: edited copy shares only {share:.0%} of template 6-grams")

tpl_words = {c: len(t.split()) for c, t in templates.items()}
for c, n in tpl_words.items():
    if not 80 <= n <= 250:
        fail(f"template {c} has {n} words (want 80-250)")
    roles = Counter(role for _, role in members[c])
    if roles["template"] != 1:
        fail(f"campaign {c} has {roles['template']} template rows (want 1)")
if len(templates) < 6:
    fail(f"only {len(templates)} campaigns")
if not any(rid.startswith("letters/") for ms in members.values() for rid, _ in ms):
    fail("no campaign is pasted into letters")
if not any(len(ms) == 3 for ms in members.values()):
    fail("no campaign of exactly 3")

# independent responses must not be unlabelled copies; report near-misses
near_miss = []
for rid, t in list(texts.items()):
    if rid in member_ids or not t.strip():
        continue
    for c, tpl in templates.items():
        share = len(grams(t) & grams(tpl)) / max(1, len(grams(tpl)))
        if norm(t) == norm(tpl) or share >= 0.5:
            fail(f"{rid}: looks like an unlabelled copy of {c} ({share:.0%})")
        elif grams(t) & grams(tpl):
            near_miss.append(rid)
            break

# ------------------------------------------------------------------ counts and shape
kinds = Counter(r["kind"] for r in pd_rows)
n_pii = len(pd_rows)
resp_with_pii = {r["response_id"] for r in pd_rows if r["response_id"] in texts}
share_pii = len(resp_with_pii) / max(1, len(texts))
if len(texts) < 220:
    fail(f"only {len(texts)} responses")
if n_pii < 80:
    fail(f"only {n_pii} personal details")
if len(kinds) < 12:
    fail(f"only {len(kinds)} kinds")
for k in KINDS - {"hospital_number"}:
    if kinds[k] < 3:
        fail(f"kind {k} has only {kinds[k]} rows (want several)")
if not 0.2 <= share_pii <= 0.45:
    fail(f"{share_pii:.0%} of responses carry personal data (want ~30%)")
if len(mk_rows) < 80:
    fail(f"only {len(mk_rows)} must_keep rows")
if len(letter_files) < 8:
    fail(f"only {len(letter_files)} letters")
for e in ("txt", "docx", "eml"):
    if not exts[e]:
        fail(f"no .{e} letter")
person_texts = {r["text"].lower() for r in pd_rows if r["kind"] == "person"}
for f in letter_files:
    for p in person_texts:
        if len(p) > 2 and p in f.lower():
            fail(f"letter file name {f} contains a personal name")
wc = [len(t.split()) for t in texts.values()]
blank = sum(1 for t in texts.values() if not t.strip())
german = [rid for rid, t in list(texts.items()) + [(k, v[0]) for k, v in letter_views.items()]
          if re.search(r"\b(Ich|Keine Angabe|Sie|Die Stadt|Grüßen)\b", t)]
if len(german) < 3:
    fail("fewer than 3 partly-German responses")

# ------------------------------------------------------------------ summary
print("ingest dev set check")
print(f"  responses            {len(texts)}  ({', '.join(f'{k} {v}' for k, v in sorted(Counter(cons[r] for r in texts).items()))})")
print(f"  respondent types     {len(set(r['respondent_type'] for r in responses))}")
print(f"  words                median {statistics.median(wc)}, min {min(wc)}, max {max(wc)}, blank {blank}")
print(f"  letters              {len(letter_files)}  ({', '.join(f'.{k} {v}' for k, v in sorted(exts.items()))})")
print(f"  personal details     {n_pii} rows, {len(kinds)} kinds; {len(resp_with_pii)} responses ({share_pii:.0%}) + "
      f"{len({r['response_id'] for r in pd_rows} - resp_with_pii)} letters carry personal data")
print("    " + ", ".join(f"{k} {v}" for k, v in kinds.most_common()))
print(f"  must_keep            {len(mk_rows)} rows")
print(f"  campaigns            {len(templates)}; members {sum(len(m) for m in members.values())}")
for c in sorted(members):
    rc = Counter(role for _, role in members[c])
    nl = sum(1 for rid, _ in members[c] if rid.startswith("letters/"))
    print(f"    {c:30s} {len(members[c]):2d} members (template {rc['template']}, exact {rc['exact']}, "
          f"edited {rc['edited']}; letters {nl}); template {tpl_words[c]} words")
print(f"  near-miss responses  {len(near_miss)} (share a phrase with a template, not members)")
print(f"  partly German        {len(german)}")
if fails:
    print(f"FAILED: {len(fails)} problem(s)")
    for m in fails:
        print("  -", m)
    sys.exit(1)
print("all checks passed")
