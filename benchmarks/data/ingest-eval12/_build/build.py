#!/usr/bin/env python3
"""Write the ingest-eval12 CSVs and letters from the hand-written sources in this folder
(build.py of ingest-dev3, with this set's topic modules and an ASCII check on .eml bodies).

Run from the set folder:  /work/main/.venv/bin/python _build/build.py
It also prints authoring lints (warnings only; check.py is the real gate).
"""
import csv, os, re, statistics, sys
from collections import Counter
from email.message import EmailMessage
import email.policy

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from common import render, Letter  # noqa: E402
import t_aut, t_ntr, t_slc, t_ptt, t_acc, t_dpy, t_letters  # noqa: E402

HERE = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
TOPICS = [t_aut, t_ntr, t_slc, t_ptt, t_acc, t_dpy]

responses, pd_rows, mk_rows, camp_rows, templates = [], [], [], [], {}
warnings = []
occ = {}  # rid -> (text, pd spans with start)


def add_annotations(rid, text, pd, mk):
    seen_pd, seen_mk = set(), set()
    for kind, t, start in pd:
        if (kind, t) not in seen_pd:
            seen_pd.add((kind, t))
            pd_rows.append((rid, kind, t))
    for t, why, start in mk:
        if t not in seen_mk:
            seen_mk.add(t)
            mk_rows.append((rid, t, why))
    occ[rid] = (text, pd, mk)


for mod in TOPICS:
    for i, r in enumerate(mod.ITEMS, 1):
        rid = f"{mod.PREFIX}-{i:03d}"
        text, pd, mk = render(r.marked)
        responses.append((rid, text, r.rtype, mod.CONSULTATION))
        add_annotations(rid, text, pd, mk)
        if r.camp:
            camp_rows.append((rid, r.camp, r.role))
            if r.role == "template":
                templates[r.camp] = text

# ------------------------------------------------------------------ letters
ldir = os.path.join(HERE, "letters")
os.makedirs(ldir, exist_ok=True)
for f in os.listdir(ldir):
    os.remove(os.path.join(ldir, f))
letters_index = []
for L in t_letters.LETTERS:
    rid = "letters/" + L.name
    rendered = [render(p) for p in L.paras]
    paras = [x[0] for x in rendered]
    path = os.path.join(ldir, f"{L.name}.{L.fmt}")
    if L.fmt == "txt":
        sep = "\n\n"
        body = sep.join(paras) + "\n"
        with open(path, "w", encoding="utf-8", newline="\n") as f:
            f.write(body)
    elif L.fmt == "docx":
        import docx
        sep = "\n"
        d = docx.Document()
        for p in paras:
            d.add_paragraph(p)
        d.core_properties.author = ""
        d.core_properties.last_modified_by = ""
        d.core_properties.title = ""
        d.core_properties.comments = ""
        d.save(path)
        body = sep.join(paras)
    else:
        sep = "\n\n"
        body = sep.join(paras) + "\n"
        if not body.isascii():
            raise SystemExit(f"{rid}: .eml body is not ASCII")
        msg = EmailMessage(policy=email.policy.default)
        for k, v in L.headers.items():
            msg[k] = v
        msg.set_content(body, charset="utf-8", cte="8bit")
        with open(path, "wb") as f:
            f.write(msg.as_bytes())
        body = email.message_from_string(open(path, encoding="utf-8").read(),
                                         policy=email.policy.default).get_body(("plain",)).get_content()
        body_b = email.message_from_bytes(open(path, "rb").read(),
                                          policy=email.policy.default).get_body(("plain",)).get_content()
        if body != body_b:
            raise SystemExit(f"{rid}: .eml body reads differently from str and bytes (keep bodies ASCII)")
    # offsets in the letter body
    pd_all, mk_all, off = [], [], 0
    for (t, pd, mk) in rendered:
        pos = body.find(t, off)
        if pos < 0:
            raise SystemExit(f"{rid}: paragraph not found in body")
        pd_all += [(k, s, pos + st) for k, s, st in pd]
        mk_all += [(s, w, pos + st) for s, w, st in mk]
        off = pos + len(t)
    add_annotations(rid, body, pd_all, mk_all)
    letters_index.append((rid, L.consultation, L.rtype))
    if L.camp:
        camp_rows.append((rid, L.camp, L.role))


# ------------------------------------------------------------------ write
def write(name, header, rows):
    with open(os.path.join(HERE, name), "w", encoding="utf-8", newline="") as f:
        w = csv.writer(f, quoting=csv.QUOTE_MINIMAL, lineterminator="\r\n")
        w.writerow(header)
        w.writerows(rows)


write("responses.csv", ["response_id", "text", "respondent_type", "consultation"], responses)
write("personal_data.csv", ["response_id", "kind", "text"], pd_rows)
write("must_keep.csv", ["response_id", "text", "why"], mk_rows)
write("campaign_true.csv", ["response_id", "campaign", "role"], camp_rows)
write("campaign_templates.csv", ["campaign", "template_text"], sorted(templates.items()))
write("letters_index.csv", ["response_id", "consultation", "respondent_type"], letters_index)

# ------------------------------------------------------------------ authoring lints
WORDCH = re.compile(r"\w")
for rid, (text, pd, mk) in occ.items():
    marked = {(k, t): set() for k, t, s in pd}
    for k, t, s in pd:
        marked[(k, t)].add(s)
    for (k, t), starts in marked.items():
        i = text.find(t)
        while i >= 0:
            j = i + len(t)
            inside_word = (i > 0 and WORDCH.match(text[i - 1]) and WORDCH.match(t[0])) or \
                          (j < len(text) and WORDCH.match(text[j]) and WORDCH.match(t[-1]))
            if inside_word:
                warnings.append(f"{rid}: personal {k} {t!r} also occurs inside a word at {i}")
            elif i not in starts and not any(a <= i and j <= a + len(u) for kk, u, a in pd if (kk, u) != (k, t)):
                warnings.append(f"{rid}: personal {k} {t!r} occurs unmarked at {i}: ...{text[max(0,i-25):j+25]!r}")
            i = text.find(t, i + 1)
    # case-insensitive, whole-word reuse of a personal form elsewhere in the same response
    for k, t, s0 in pd:
        for m in re.finditer(r"(?<!\w)" + re.escape(t) + r"(?!\w)", text, re.I):
            if m.group(0) != t and not any(a <= m.start() and m.end() <= a + len(u) for kk, u, a in pd):
                warnings.append(f"{rid}: personal {k} {t!r} also occurs as {m.group(0)!r} (case differs)")
    spans = [(s, s + len(t)) for k, t, s in pd] + [(s, s + len(t)) for t, w, s in mk]

    def covered(a, b):
        return any(x <= a and b <= y for x, y in spans)
    pats = {
        "postcode": r"\b[A-Za-z]{1,2}\d[A-Za-z\d]?\s?\d[A-Za-z]{2}\b",
        "phone": r"(?:\+44\s?|\b0)\(?\d{2,4}\)?[\s-]?\d{3,4}[\s-]?\d{3,4}\b",
        "email": r"[\w.+-]+@[\w-]+(?:\.[\w-]+)+|[\w.+-]+\s?(?:\[at\]|\(at\)| at )\s?example\s?(?:dot|\.)\s?(?:com|org|net)",
        "nhs": r"\b999[\s-]?\d{3}[\s-]?\d{4}\b",
        "ni": r"\b[Qq][Qq]\s?\d{2}",
    }
    for name, pat in pats.items():
        for m in re.finditer(pat, text):
            if not covered(m.start(), m.end()):
                warnings.append(f"{rid}: {name}-shaped {m.group(0)!r} not annotated")

wc = [len(t.split()) for _, t, _, _ in responses]
kinds = Counter(k for _, k, _ in pd_rows)
with_pii = {r for r, _, _ in pd_rows if not r.startswith("letters/")}
print(f"responses {len(responses)}; median words {statistics.median(wc)}; max {max(wc)}; "
      f"blank {sum(1 for _, t, _, _ in responses if not t.strip())}")
print(f"personal rows {len(pd_rows)}; responses with pii {len(with_pii)} ({len(with_pii)/len(responses):.0%})")
print("  " + ", ".join(f"{k} {v}" for k, v in kinds.most_common()))
print(f"must-keep rows {len(mk_rows)}")
print(f"campaign rows {len(camp_rows)}; templates {len(templates)}")
for c, t in sorted(templates.items()):
    print(f"  {c}: {len(t.split())} words")
for w in warnings:
    print("WARN", w)
