#!/usr/bin/env python3
"""Assemble the ingest-dev2 CSVs and letters from the hand-written t_*.py files.
Run: /work/main/.venv/bin/python _build/build.py  (from the set directory or anywhere)."""
import csv, os, sys
from email.message import EmailMessage

HERE = os.path.dirname(os.path.abspath(__file__))
OUT = os.path.dirname(HERE)
sys.path.insert(0, HERE)
from common import RESPONSES, TEMPLATES, WHY  # noqa: E402
import t_reg, t_cem, t_pcc, t_caz, t_yth, t_cst  # noqa: E402,F401
from t_letters import LETTERS  # noqa: E402


def write(name, header, rows):
    with open(os.path.join(OUT, name), "w", encoding="utf-8", newline="") as f:
        w = csv.writer(f, quoting=csv.QUOTE_MINIMAL, lineterminator="\r\n")
        w.writerow(header)
        w.writerows(rows)


ids = [r["id"] for r in RESPONSES]
assert len(ids) == len(set(ids)), "duplicate ids"
resp_rows, pd_rows, mk_rows, ct_rows = [], [], [], []
for r in RESPONSES:
    resp_rows.append([r["id"], r["text"], r["type"], r["cons"]])
for r in RESPONSES + [dict(id=f"letters/letter-{L['n']:02d}", **L) for L in LETTERS]:
    seen = set()
    for kind, t in r["p"]:
        if (kind, t) not in seen:
            seen.add((kind, t))
            pd_rows.append([r["id"], kind, t])
    for t, why in r["k"]:
        mk_rows.append([r["id"], t, WHY[why]])
    if r.get("c"):
        ct_rows.append([r["id"], r["c"][0], r["c"][1]])

write("responses.csv", ["response_id", "text", "respondent_type", "consultation"], resp_rows)
write("personal_data.csv", ["response_id", "kind", "text"], pd_rows)
write("must_keep.csv", ["response_id", "text", "why"], mk_rows)
write("campaign_true.csv", ["response_id", "campaign", "role"], ct_rows)
write("campaign_templates.csv", ["campaign", "template_text"], sorted(TEMPLATES.items()))
write("letters_index.csv", ["response_id", "consultation", "respondent_type"],
      [[f"letters/letter-{L['n']:02d}", L["cons"], L["type"]] for L in LETTERS])

ldir = os.path.join(OUT, "letters")
os.makedirs(ldir, exist_ok=True)
for f in os.listdir(ldir):
    os.remove(os.path.join(ldir, f))
for L in LETTERS:
    path = os.path.join(ldir, f"letter-{L['n']:02d}.{L['ext']}")
    if L["ext"] == "txt":
        with open(path, "w", encoding="utf-8", newline="\n") as f:
            f.write(L["text"])
    elif L["ext"] == "docx":
        import docx
        d = docx.Document()
        d.core_properties.author = ""
        d.core_properties.last_modified_by = ""
        for para in L["text"].rstrip("\n").split("\n"):
            d.add_paragraph(para)
        # python-docx's default template starts with no paragraphs, so the text is exactly ours
        d.save(path)
    elif L["ext"] == "eml":
        lines = [f"{k}: {v}" for k, v in L["headers"].items()]
        lines += ["MIME-Version: 1.0", "Content-Type: text/plain; charset=utf-8", "Content-Transfer-Encoding: 8bit"]
        with open(path, "w", encoding="utf-8", newline="\n") as f:
            f.write("\n".join(lines) + "\n\n" + L["text"])
print(f"{len(resp_rows)} responses, {len(pd_rows)} personal rows, {len(mk_rows)} must_keep rows, "
      f"{len(ct_rows)} campaign rows, {len(LETTERS)} letters")
