#!/usr/bin/env python3
"""Self-check for the held-out ingest evaluation set. Standard library only
(python-docx is used as a cross-check for .docx letters if it happens to be installed).

Usage: python3 check.py        (exit status 1 if any check fails)
"""
import csv
import os
import re
import statistics
import sys
import zipfile
import xml.etree.ElementTree as ET
from collections import Counter, defaultdict
from email import policy
from email.parser import BytesParser

HERE = os.path.dirname(os.path.abspath(__file__))
W_NS = "{http://schemas.openxmlformats.org/wordprocessingml/2006/main}"
CONSULTATIONS = {"planning", "library", "buses", "hospital", "budget-wales"}
ROLES = {"template", "exact", "edited"}

problems = []


def fail(msg):
    problems.append(msg)


def read_csv(name):
    with open(os.path.join(HERE, name), encoding="utf-8", newline="") as fh:
        return list(csv.DictReader(fh))


def docx_text(path):
    """Paragraph texts joined with newlines (same convention as python-docx's paragraphs)."""
    with zipfile.ZipFile(path) as z:
        root = ET.fromstring(z.read("word/document.xml"))
    paras = []
    for p in root.iter(W_NS + "p"):
        paras.append("".join(t.text or "" for t in p.iter(W_NS + "t")))
    text = "\n".join(paras)
    try:  # optional cross-check
        import docx  # type: ignore
        alt = "\n".join(p.text for p in docx.Document(path).paragraphs)
        if alt != text:
            fail(f"{path}: python-docx text differs from zipfile text")
    except ImportError:
        pass
    return text


def eml_text(path):
    with open(path, "rb") as fh:
        msg = BytesParser(policy=policy.default).parse(fh)
    for h in ("From", "To", "Subject", "Date"):
        if not msg[h]:
            fail(f"{path}: missing {h} header")
    body = msg.get_body(preferencelist=("plain",))
    return body.get_content()


def letter_text(rid):
    name = rid.split("/", 1)[1]
    for ext, reader in (("txt", None), ("docx", docx_text), ("eml", eml_text)):
        p = os.path.join(HERE, "letters", f"{name}.{ext}")
        if os.path.exists(p):
            if reader is None:
                with open(p, encoding="utf-8") as fh:
                    return fh.read(), ext
            return reader(p), ext
    return None, None


def norm(t):
    return re.sub(r"[\W_]+", "", t.lower())


def main():
    responses = read_csv("responses.csv")
    pd_rows = read_csv("personal_data.csv")
    keep_rows = read_csv("must_keep.csv")
    camp_rows = read_csv("campaign_true.csv")
    templates = {r["campaign"]: r["template_text"] for r in read_csv("campaign_templates.csv")}
    letters_index = read_csv("letters_index.csv")

    # ---- responses
    texts = {}
    per_cons = Counter()
    for r in responses:
        rid = r["response_id"]
        if rid in texts:
            fail(f"duplicate response_id {rid}")
        texts[rid] = r["text"]
        if r["consultation"] not in CONSULTATIONS:
            fail(f"{rid}: unknown consultation {r['consultation']!r}")
        if not r["respondent_type"].strip():
            fail(f"{rid}: empty respondent_type")
        per_cons[r["consultation"]] += 1
        prefix = {"planning": "PLN", "library": "LIB", "buses": "BUS", "hospital": "HOS", "budget-wales": "WAL"}[r["consultation"]]
        if not re.fullmatch(prefix + r"-\d{3}", rid):
            fail(f"{rid}: id does not match consultation {r['consultation']}")

    # ---- letters
    files = sorted(f for f in os.listdir(os.path.join(HERE, "letters")))
    ext_count = Counter(f.rsplit(".", 1)[1] for f in files)
    indexed = set()
    for r in letters_index:
        rid = r["response_id"]
        t, ext = letter_text(rid)
        if t is None:
            fail(f"{rid}: listed in letters_index.csv but no file")
            continue
        texts[rid] = t
        indexed.add(rid)
        if r["consultation"] not in CONSULTATIONS:
            fail(f"{rid}: unknown consultation")
    for f in files:
        if "letters/" + f.rsplit(".", 1)[0] not in indexed:
            fail(f"letters/{f} not in letters_index.csv")

    # ---- personal data
    kinds = Counter()
    pd_by_rid = defaultdict(list)
    for r in pd_rows:
        rid, kind, t = r["response_id"], r["kind"], r["text"]
        kinds[kind] += 1
        pd_by_rid[rid].append(t)
        if rid not in texts:
            fail(f"personal_data: unknown response {rid}")
        elif not t or t not in texts[rid]:
            fail(f"personal_data: {rid} {kind} {t!r} is not a substring of the text")
        if t != t.strip():
            fail(f"personal_data: {rid} {t!r} has surrounding whitespace")

    # ---- must keep
    for r in keep_rows:
        rid, t = r["response_id"], r["text"]
        if rid not in texts:
            fail(f"must_keep: unknown response {rid}")
            continue
        text = texts[rid]
        if not t or t not in text:
            fail(f"must_keep: {rid} {t!r} is not a substring of the text")
            continue
        if not r["why"].strip():
            fail(f"must_keep: {rid} {t!r} has no reason")
        # a must-keep span must have at least one occurrence that does not overlap a personal span
        spans = []
        for p in pd_by_rid.get(rid, []):
            for m in re.finditer(re.escape(p), text):
                spans.append((m.start(), m.end()))
        occ = [(m.start(), m.end()) for m in re.finditer(re.escape(t), text)]
        if spans and all(any(a < e and s < b for s, e in spans) for a, b in occ):
            fail(f"must_keep: {rid} {t!r} only occurs inside personal data spans")
        for p in pd_by_rid.get(rid, []):
            if p.lower() == t.lower():
                fail(f"must_keep: {rid} {t!r} is also listed as personal data")

    # ---- campaigns
    members = defaultdict(list)
    for r in camp_rows:
        rid = r["response_id"]
        if rid not in texts:
            fail(f"campaign_true: unknown response {rid}")
            continue
        if r["role"] not in ROLES:
            fail(f"campaign_true: {rid} bad role {r['role']!r}")
        members[r["campaign"]].append((rid, r["role"]))
    for camp, ms in members.items():
        if camp not in templates:
            fail(f"campaign {camp}: no row in campaign_templates.csv")
            continue
        tmpl = templates[camp]
        roles = Counter(role for _, role in ms)
        if len(ms) < 3:
            fail(f"campaign {camp}: only {len(ms)} members")
        if roles["template"] != 1:
            fail(f"campaign {camp}: {roles['template']} template rows (want 1)")
        for rid, role in ms:
            t = texts[rid]
            if role == "template" and t.strip() != tmpl.strip():
                fail(f"campaign {camp}: template row {rid} differs from campaign_templates.csv")
            if role == "exact" and norm(t) != norm(tmpl):
                fail(f"campaign {camp}: 'exact' row {rid} differs beyond case/space/punctuation")
            if role == "edited" and norm(t) == norm(tmpl):
                fail(f"campaign {camp}: 'edited' row {rid} is actually exact")
    in_campaign = {r["response_id"] for r in camp_rows}
    near_rows = read_csv("campaign_near_misses.csv")
    for r in near_rows:
        if r["response_id"] not in texts:
            fail(f"campaign_near_misses: unknown response {r['response_id']}")
        if r["response_id"] in in_campaign:
            fail(f"campaign_near_misses: {r['response_id']} is also a campaign member")
        if r["campaign"] not in templates:
            fail(f"campaign_near_misses: unknown campaign {r['campaign']}")
    for camp in templates:
        if camp not in members:
            fail(f"campaign {camp}: template but no members")

    # ---- thresholds
    n_resp = len(responses)
    with_pd = {r["response_id"] for r in pd_rows if not r["response_id"].startswith("letters/")}
    share = len(with_pd) / n_resp
    checks = [
        (n_resp >= 300, f"responses >= 300 ({n_resp})"),
        (all(per_cons[c] >= 60 for c in CONSULTATIONS), f"each consultation >= 60 ({dict(per_cons)})"),
        (len(pd_rows) >= 90, f"personal details >= 90 ({len(pd_rows)})"),
        (len(kinds) >= 12, f"kinds >= 12 ({len(kinds)})"),
        (len(keep_rows) >= 80, f"must_keep >= 80 ({len(keep_rows)})"),
        (len(members) >= 7, f"campaigns >= 7 ({len(members)})"),
        (len(letters_index) >= 10, f"letters >= 10 ({len(letters_index)})"),
        (all(ext_count[e] > 0 for e in ("txt", "docx", "eml")), f"letter formats txt/docx/eml ({dict(ext_count)})"),
        (0.24 <= share <= 0.31, f"share of responses with personal data in 25-30% ({share:.1%})"),
        (all(v >= 3 for v in kinds.values()), "every kind has >= 3 occurrences"),
    ]
    for ok, msg in checks:
        if not ok:
            fail("threshold: " + msg)

    # ---- summary
    words = [len(t.split()) for t in (r["text"] for r in responses)]
    print("== ingest held-out evaluation set: self-check ==")
    print(f"responses: {n_resp}  " + ", ".join(f"{c} {per_cons[c]}" for c in sorted(per_cons)))
    print(f"letters: {len(letters_index)}  " + ", ".join(f".{e} {n}" for e, n in sorted(ext_count.items())))
    print(f"words per response: median {statistics.median(words)}, min {min(words)}, max {max(words)}; "
          f"blank {sum(1 for w in words if w == 0)}")
    print(f"responses with personal data: {len(with_pd)} ({share:.1%}); letters with personal data: "
          f"{len({r['response_id'] for r in pd_rows} - with_pd)}")
    print(f"personal details: {len(pd_rows)} across {len(kinds)} kinds")
    for k, n in kinds.most_common():
        print(f"  {k:22s} {n}")
    print(f"must_keep: {len(keep_rows)}")
    print(f"campaign near-misses (must not join): {len(near_rows)}")
    print(f"campaigns: {len(members)}")
    for camp in sorted(members):
        roles = Counter(role for _, role in members[camp])
        n_letters = sum(1 for rid, _ in members[camp] if rid.startswith("letters/"))
        print(f"  {camp:26s} members {len(members[camp]):2d}  template {roles['template']} exact {roles['exact']} "
              f"edited {roles['edited']}  (letters {n_letters}; template {len(templates[camp].split())} words)")
    if problems:
        print(f"\nFAILED: {len(problems)} problem(s)")
        for p in problems:
            print("  -", p)
        sys.exit(1)
    print("\nALL CHECKS PASSED")


if __name__ == "__main__":
    main()
