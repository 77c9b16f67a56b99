"""Assemble the dev set from the hand-written records in t_*.py and letters.py."""
import csv, os, sys, importlib, re

HERE = os.path.dirname(os.path.abspath(__file__))
OUT = os.path.dirname(HERE)
sys.path.insert(0, HERE)
import lib
from campaigns import TEMPLATES

TOPICS = ["t_transport", "t_leisure", "t_waste", "t_parking", "t_care", "t_parks"]
PREFIX = {"TRN": "transport", "LEI": "leisure", "WST": "waste", "PRK": "parking",
          "CAR": "care", "PKS": "parks-scotland"}

for m in TOPICS:
    if os.path.exists(os.path.join(HERE, m + ".py")):
        importlib.import_module(m)

problems = []


def spans(text, needle):
    out, i = [], text.find(needle)
    while i >= 0:
        out.append((i, i + len(needle)))
        i = text.find(needle, i + 1)
    return out


def verify(rid, text, pii, keep):
    pspans = []
    for kind, t in pii:
        s = spans(text, t)
        if not s:
            problems.append(f"{rid}: pii {kind} {t!r} not in text")
        pspans += s
    for t, why in keep:
        s = spans(text, t)
        if not s:
            problems.append(f"{rid}: keep {t!r} not in text")
        for a, b in s:
            for c, d in pspans:
                if a < d and c < b:
                    problems.append(f"{rid}: keep {t!r} overlaps a personal span")


rows, pd_rows, mk_rows, ct_rows = [], [], [], []
seen = set()
for r in lib.RECORDS:
    if r["id"] in seen:
        problems.append("duplicate id " + r["id"])
    seen.add(r["id"])
    cons = r["consultation"] or PREFIX[r["id"][:3]]
    rows.append([r["id"], r["text"], r["type"], cons])
    verify(r["id"], r["text"], r["pii"], r["keep"])
    done = set()
    for kind, t in r["pii"]:
        if (kind, t) not in done:
            pd_rows.append([r["id"], kind, t]); done.add((kind, t))
    for t, why in r["keep"]:
        mk_rows.append([r["id"], t, why])
    if r["camp"]:
        c, role = r["camp"]
        if c not in TEMPLATES:
            problems.append(f"{r['id']}: unknown campaign {c}")
        if role == "template" and r["text"] != TEMPLATES[c]:
            problems.append(f"{r['id']}: template row differs from template")
        ct_rows.append([r["id"], c, role])

# letters
li_rows = []
if os.path.exists(os.path.join(HERE, "letters.py")):
    import letters as L
    for lt in L.LETTERS:
        rid = "letters/" + lt["name"]
        path = os.path.join(OUT, "letters", lt["name"] + "." + lt["ext"])
        text = L.write(lt, path)
        li_rows.append([rid, lt["consultation"], lt["type"]])
        verify(rid, text, lt["pii"], lt["keep"])
        done = set()
        for kind, t in lt["pii"]:
            if (kind, t) not in done:
                pd_rows.append([rid, kind, t]); done.add((kind, t))
        for t, why in lt["keep"]:
            mk_rows.append([rid, t, why])
        if lt.get("camp"):
            ct_rows.append([rid, lt["camp"][0], lt["camp"][1]])


def w(name, header, data):
    with open(os.path.join(OUT, name), "w", encoding="utf-8", newline="") as f:
        cw = csv.writer(f)
        cw.writerow(header)
        cw.writerows(data)


w("responses.csv", ["response_id", "text", "respondent_type", "consultation"], rows)
w("personal_data.csv", ["response_id", "kind", "text"], pd_rows)
w("must_keep.csv", ["response_id", "text", "why"], mk_rows)
w("campaign_true.csv", ["response_id", "campaign", "role"], ct_rows)
w("campaign_templates.csv", ["campaign", "template_text"], sorted(TEMPLATES.items()))
if li_rows:
    w("letters_index.csv", ["response_id", "consultation", "respondent_type"], li_rows)

from collections import Counter
print(f"responses {len(rows)}  pii rows {len(pd_rows)}  keep {len(mk_rows)}  campaign rows {len(ct_rows)}  letters {len(li_rows)}")
print("by topic", Counter(r[3] for r in rows))
print("pii kinds", Counter(r[1] for r in pd_rows))
wc = sorted(len(r[1].split()) for r in rows)
if wc:
    print("median words", wc[len(wc) // 2])
print("responses with pii", len({r[0] for r in pd_rows if not r[0].startswith('letters/')}))
for p in problems:
    print("PROBLEM", p)
sys.exit(1 if problems else 0)
