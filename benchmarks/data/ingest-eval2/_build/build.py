#!/usr/bin/env python3
"""Write the ingest-eval2 CSVs and letters from the authoring files, and print authoring lints.

Run from the set's folder:  /work/main/.venv/bin/python _build/build.py
"""
import csv, email, email.policy, os, re, statistics, sys
from collections import Counter

BUILD = os.path.dirname(os.path.abspath(__file__))
HERE = os.path.dirname(BUILD)
sys.path.insert(0, BUILD)

from common import render, unmark  # noqa: E402
import t_school, t_toilets, t_market, t_hmo, t_flood, t_ctr, t_letters  # noqa: E402

MODULES = [t_school, t_toilets, t_market, t_hmo, t_flood, t_ctr]
warnings = []


def warn(msg):
    warnings.append(msg)


def occurrences(text, needle):
    out, i = [], text.find(needle)
    while i >= 0:
        out.append((i, i + len(needle)))
        i = text.find(needle, i + 1)
    return out


def lint(rid, marked, text, pii, keep):
    pspans = []
    for kind, s in pii:
        occ = occurrences(text, s)
        pspans += occ
        n_marked = marked.count(f"[[{kind}:{s}]]")
        if len(occ) > n_marked:
            warn(f"{rid}: personal {kind} {s!r} occurs {len(occ)}x but is marked {n_marked}x")
        for a, b in occ:
            if (a > 0 and text[a - 1].isalnum()) or (b < len(text) and text[b].isalnum()):
                warn(f"{rid}: personal {s!r} occurs inside a longer word: {text[max(0, a - 15):b + 15]!r}")
        low = [m.start() for m in re.finditer(re.escape(s.lower()), text.lower())]
        if len(low) > len(occ):
            warn(f"{rid}: personal {s!r} also occurs in another case")
    for s, why in keep:
        for a, b in occurrences(text, s):
            for c, d in pspans:
                if a < d and c < b:
                    raise SystemExit(f"ERROR {rid}: must-keep {s!r} overlaps a personal span")
    # identifier-shaped strings outside every span
    kspans = [o for s, _ in keep for o in occurrences(text, s)]
    for pat in (r"\b[A-Za-z]{1,2}\d[A-Za-z\d]?\s?\d[A-Za-z]{2}\b", r"(?:\+44\s?|\b0)\(?\d{2,4}\)?[\s-]?\d{3,4}[\s-]?\d{3,4}\b",
                r"@\w", r"\b999[\s-]?\d{3}", r"\b[Qq][Qq]\s?\d{2}", r"\b[A-Z]{2}\d{2}\s?[A-Z]{3}\b"):
        for m in re.finditer(pat, text):
            if not any(a <= m.start() and m.end() <= b for a, b in pspans + kspans):
                warn(f"{rid}: identifier-shaped {m.group(0)!r} is not annotated")


responses, pd_rows, mk_rows, ct_rows, tpl_rows = [], [], [], [], []
templates = {}
for mod in MODULES:
    for camp, marked in getattr(mod, "TEMPLATES", {}).items():
        templates[camp] = unmark(marked)
        tpl_rows.append((camp, templates[camp]))
    for rid, rtype, marked, camp, role in mod.T.items:
        text, pii, keep = render(marked)
        lint(rid, marked, text, pii, keep)
        responses.append((rid, text, rtype, mod.T.consultation))
        pd_rows += [(rid, k, s) for k, s in pii]
        mk_rows += [(rid, s, w) for s, w in keep]
        if camp:
            ct_rows.append((rid, camp, role))
            if role == "template" and text != templates[camp]:
                raise SystemExit(f"ERROR {rid}: template text differs from TEMPLATES")

# ------------------------------------------------------------------ letters
ldir = os.path.join(HERE, "letters")
for f in os.listdir(ldir):
    os.remove(os.path.join(ldir, f))
li_rows = []
for L in t_letters.LETTERS:
    name = L["file"]
    rid = "letters/" + name.rsplit(".", 1)[0]
    path = os.path.join(ldir, name)
    ext = name.rsplit(".", 1)[1]
    text, pii, keep = render(L["body"])
    lint(rid, L["body"], text, pii, keep)
    if ext == "txt":
        with open(path, "w", encoding="utf-8", newline="\n") as f:
            f.write(text)
        back = open(path, encoding="utf-8").read()
    elif ext == "docx":
        import docx
        d = docx.Document()
        for para in text.split("\n"):
            d.add_paragraph(para)
        d.core_properties.author = ""
        d.core_properties.last_modified_by = ""
        d.core_properties.title = ""
        d.core_properties.comments = ""
        d.save(path)
        back = "\n".join(p.text for p in docx.Document(path).paragraphs)
    elif ext == "eml":
        if not text.isascii():
            raise SystemExit(f"ERROR {name}: eml body is not ASCII")
        head = "".join(f"{k}: {v}\n" for k, v in L["headers"])
        head += 'MIME-Version: 1.0\nContent-Type: text/plain; charset="utf-8"\nContent-Transfer-Encoding: 8bit\n'
        with open(path, "w", encoding="utf-8", newline="\n") as f:
            f.write(head + "\n" + text)
        msg = email.message_from_string(open(path, encoding="utf-8").read(), policy=email.policy.default)
        back = msg.get_body(preferencelist=("plain",)).get_content()
        msgb = email.message_from_bytes(open(path, "rb").read(), policy=email.policy.default)
        if msgb.get_body(preferencelist=("plain",)).get_content() != back:
            raise SystemExit(f"ERROR {name}: body differs when parsed as bytes")
    else:
        raise SystemExit(name)
    if back.rstrip("\n") != text.rstrip("\n"):
        raise SystemExit(f"ERROR {name}: text read back differs from the rendered text")
    li_rows.append((rid, L["consultation"], L["respondent_type"]))
    pd_rows += [(rid, k, s) for k, s in pii]
    mk_rows += [(rid, s, w) for s, w in keep]
    if L.get("campaign"):
        ct_rows.append((rid, L["campaign"], L["role"]))


def write(name, header, rows):
    with open(os.path.join(HERE, name), "w", encoding="utf-8", newline="") as f:
        w = csv.writer(f)
        w.writerow(header)
        w.writerows(rows)


write("responses.csv", ["response_id", "text", "respondent_type", "consultation"], responses)
write("personal_data.csv", ["response_id", "kind", "text"], pd_rows)
write("must_keep.csv", ["response_id", "text", "why"], mk_rows)
write("campaign_true.csv", ["response_id", "campaign", "role"], ct_rows)
write("campaign_templates.csv", ["campaign", "template_text"], tpl_rows)
write("letters_index.csv", ["response_id", "consultation", "respondent_type"], li_rows)

# ------------------------------------------------------------------ summary for the README
wc = [len(t.split()) for _, t, _, _ in responses]
print(f"responses {len(responses)}; median words {statistics.median(wc)}; max {max(wc)}; "
      f"blank {sum(1 for _, t, _, _ in responses if not t.strip())}")
print("respondent types", len({r[2] for r in responses}))
print("personal", len(pd_rows), dict(Counter(k for _, k, _ in pd_rows).most_common()))
with_pii = {r for r, _, _ in pd_rows if not r.startswith("letters/")}
print(f"responses with personal data {len(with_pii)} ({len(with_pii) / len(responses):.0%})")
print("must keep", len(mk_rows))
for w, n in Counter(w for _, _, w in mk_rows).most_common():
    print(f"   {n:4d} {w}")
print("templates", {c: len(t.split()) for c, t in templates.items()})
for c in templates:
    print("  ", c, Counter(r for _, cc, r in ct_rows if cc == c))
print("longest", sorted(((n, r[0]) for n, r in zip(wc, responses)), reverse=True)[:6])
if warnings:
    print(f"\n{len(warnings)} lint warning(s):")
    for w in warnings:
        print("  -", w)
