"""Assemble the held-out ingest evaluation set from source_data/.

Run with: /work/scratch/venv-eval/bin/python build.py   (python-docx needed for the .docx letters)
"""
import csv
import os
import random
import sys
from collections import Counter
from email.message import EmailMessage
from email.policy import SMTP

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, os.path.join(HERE, "source_data"))

import docx  # noqa: E402

import campaigns  # noqa: E402
import letters as letters_mod  # noqa: E402
import pln, lib, bus, hos, wal  # noqa: E402,E401

CONS = [("PLN", pln), ("LIB", lib), ("BUS", bus), ("HOS", hos), ("WAL", wal)]


def main():
    responses, pd_rows, keep_rows, camp_rows, near_rows = [], [], [], [], []
    for prefix, mod in CONS:
        items = list(mod.C.items)
        random.Random("ingest-eval-" + prefix).shuffle(items)
        for i, it in enumerate(items, 1):
            rid = f"{prefix}-{i:03d}"
            responses.append((rid, it["text"], it["rtype"], mod.C.consultation))
            for kind, t in it["pd"]:
                pd_rows.append((rid, kind, t))
            for t, why in it["keep"]:
                keep_rows.append((rid, t, why))
            if it["camp"]:
                camp_rows.append((rid, it["camp"][0], it["camp"][1]))
            if it.get("near"):
                near_rows.append((rid, it["near"][0], it["near"][1]))

    # letters
    ldir = os.path.join(HERE, "letters")
    os.makedirs(ldir, exist_ok=True)
    for f in os.listdir(ldir):
        os.remove(os.path.join(ldir, f))
    letter_index = []
    for L in letters_mod.L:
        rid = "letters/" + L["name"]
        path = os.path.join(ldir, L["name"] + "." + L["ext"])
        if L["ext"] == "txt":
            with open(path, "w", encoding="utf-8", newline="\n") as fh:
                fh.write(L["text"])
        elif L["ext"] == "docx":
            d = docx.Document()
            for line in L["text"].rstrip("\n").split("\n"):
                p = d.add_paragraph()
                run = p.add_run(line)
                if line.startswith(("RE:", "Objection:", "Ymgynghoriad", "Consultation on")):
                    run.bold = True
            d.save(path)
        elif L["ext"] == "eml":
            m = EmailMessage()
            h = L["headers"]
            m["From"] = h["From"]
            m["To"] = h["To"]
            m["Subject"] = h["Subject"]
            m["Date"] = h["Date"]
            m["Message-ID"] = "<%s.consultation@mail.example.test>" % L["name"]
            body = L["text"]
            if body.isascii():
                m.set_content(body)
            else:
                m.set_content(body, cte="quoted-printable")
            with open(path, "wb") as fh:
                fh.write(m.as_bytes(policy=SMTP))
        else:
            raise ValueError(L["ext"])
        letter_index.append((rid, L["consultation"], L["rtype"]))
        for kind, t in L["pd"]:
            pd_rows.append((rid, kind, t))
        for t, why in L["keep"]:
            keep_rows.append((rid, t, why))
        if L["camp"]:
            camp_rows.append((rid, L["camp"][0], L["camp"][1]))

    def write(name, header, rows):
        with open(os.path.join(HERE, name), "w", encoding="utf-8", newline="") as fh:
            w = csv.writer(fh, quoting=csv.QUOTE_MINIMAL)
            w.writerow(header)
            w.writerows(rows)

    write("responses.csv", ["response_id", "text", "respondent_type", "consultation"], responses)
    write("personal_data.csv", ["response_id", "kind", "text"], pd_rows)
    write("must_keep.csv", ["response_id", "text", "why"], keep_rows)
    camp_rows.sort(key=lambda r: (r[1], {"template": 0, "exact": 1, "edited": 2}[r[2]], r[0]))
    write("campaign_true.csv", ["response_id", "campaign", "role"], camp_rows)
    write("campaign_templates.csv", ["campaign", "template_text"], sorted(campaigns.TEMPLATES.items()))
    write("campaign_near_misses.csv", ["response_id", "campaign", "why"], near_rows)
    write("letters_index.csv", ["response_id", "consultation", "respondent_type"], letter_index)

    print("responses", len(responses), "letters", len(letter_index))
    print("personal details", len(pd_rows), Counter(k for _, k, _ in pd_rows))
    print("must_keep", len(keep_rows))
    print("campaign rows", len(camp_rows), Counter((c, r) for _, c, r in camp_rows))


if __name__ == "__main__":
    main()
