"""Assemble the written responses (one JSON object per line: response_id, respondent_type, text, pii) into
responses.csv and personal_data.csv. Usage: python assemble.py PARTS_DIR CORPUS_DIR
"""

import csv
import json
import sys
from pathlib import Path

parts, corpus = Path(sys.argv[1]), Path(sys.argv[2])
rows = {}
for f in sorted(parts.glob("part-*.jsonl")):
    for line in f.read_text(encoding="utf-8").splitlines():
        if line.strip():
            r = json.loads(line)
            rows[r["response_id"]] = r
with open(corpus / "responses.csv", "w", newline="", encoding="utf-8") as f:
    w = csv.writer(f, lineterminator="\n")
    w.writerow(["response_id", "text", "respondent_type"])
    for rid in sorted(rows):
        w.writerow([rid, rows[rid]["text"], rows[rid]["respondent_type"]])
with open(corpus / "personal_data.csv", "w", newline="", encoding="utf-8") as f:
    w = csv.writer(f, lineterminator="\n")
    w.writerow(["response_id", "kind", "text"])
    for rid in sorted(rows):
        for p in rows[rid].get("pii", []):
            w.writerow([rid, p["kind"], p["text"]])
print(len(rows), "responses")
