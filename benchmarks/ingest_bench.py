"""Ingest benchmarks: redaction on the Kent corpus's invented personal details, and 50,000 responses' speed.

Redaction: every detail listed in corpora/kent-send-locality/personal_data.csv (response_id, kind, text) must be
redacted (no character of it left visible), and redactions that cover no personal detail are counted as false
redactions per 100 responses (a redaction of part of a listed detail, e.g. "Isla" of "Isla Pettigrew", is true).
Campaigns: whether the corpus's known campaign comes out as one group and nothing else joins it. Speed: 50,000
synthetic-but-varied responses (16,667 respondents x 3 open questions: names, contact details, places, a campaign,
blanks) through the whole `ingest()` call, file to file. The generator draws from a small sentence bank, so some
short answers repeat word for word; the campaigns it reports are those real copies.

Run: python -m benchmarks.ingest_bench [--n 50000] [--repo PATH]
"""

from __future__ import annotations

import argparse
import os
import random
import re
import sys
import tempfile
import time
from collections import Counter
from pathlib import Path

import pandas as pd

from consult_nlp.campaigns import find_campaigns
from consult_nlp.ingest import ingest
from consult_nlp.redaction import Redactor
from consult_nlp.text import normalise

# -- synthetic survey text ----------------------------------------------------------------------------------------

FIRST = """Oliver Amelia Jack Isla Harry Ava George Mia Noah Grace Leo Freya Arthur Lily Muhammad Priya Charlie
Sophie Jacob Ella Thomas Chloe Oscar Zara James Evie William Aisha Henry Poppy Alfie Ruby Joshua Daisy
Ethan Layla Kai Maya Reuben Niamh Tomasz Agnieszka Chidi Ngozi Sanjay Deepa Rhys Bethan Callum Eilidh""".split()
LAST = """Smith Jones Taylor Brown Williams Wilson Johnson Davies Patel Wright Robinson Thompson Evans Walker White
Roberts Green Hall Wood Jackson Clarke Khan Hughes Edwards Turner Hill Moore Cooper Kowalski Okafor Nowak
Singh Ahmed Begum Murphy O'Brien McDonald Fletcher Harrison Gill Chapman Bennett Lloyd Whitfield""".split()
PLACES = ("Maidstone Ashford Canterbury Dartford Dover Folkestone Gravesend Sevenoaks Sittingbourne Faversham "
          "Margate Ramsgate Tonbridge Whitstable Deal Tenterden Swanley Sheerness Hythe Cranbrook").split()  # fmt: skip
STREETS = "Oak Mill Church Station London Park Queens Kings Victoria Albert Manor Orchard Willow Chestnut".split()
SUFFIX = "Road Street Lane Close Avenue Drive Way Gardens Crescent Grove".split()
OPENERS = [
    "As a parent of a child with {need}, I am worried about {topic}.",
    "I work as a {role} in {place} and {topic} is my main concern.",
    "The proposals for {topic} do not go far enough.",
    "We moved to {place} two years ago and {topic} has been a struggle.",
    "Our experience in {place} shows that {topic} needs urgent attention.",
    "I agree with the aim of the Locality Model but not with {topic}.",
    "Please reconsider {topic} before the plans go ahead in {month}.",
    "My {relation} has an EHCP and {topic} affects us every day.",
]
MIDDLES = [
    "The SENCO at our school is overstretched and cannot attend every review.",
    "Waiting lists for CAMHS in {place} are over eighteen months.",
    "Specialist Resource Provisions (SRP) must stay open for children who need them.",
    "Mainstream schools do not have the training or the staff to include every child.",
    "The EHCP process takes far longer than the twenty weeks the law allows.",
    "Transport to a special school in {place} costs families time and money.",
    "Clusters of schools could share expertise if they had the funding.",
    "Teaching assistants are leaving because the pay is too low.",
    "The PCN and the health visitors should be part of the cluster team.",
    "Parents were not told about the consultation until {month}.",
    "Kent County Council must publish how the money will be shared out.",
    "Children with SEMH needs are being excluded instead of supported.",
    "Speech and language therapy (SALT) waiting times in {place} are shocking.",
    "Early help from the STLS team made a real difference to us.",
    "The Local Offer website is hard to use and out of date.",
    "{name} at the Education People was very helpful when we called.",
    "I spoke to Mrs {last} at the school and she agreed the support is not there.",
    "My son {first} waited two years for an autism assessment.",
    "Our daughter {first} {last} is in Year {year} and has not been in school since {month}.",
]
CLOSERS = [
    "",
    "",
    "",
    "Thank you for listening.",
    "Please contact me on {phone} if you want to discuss this.",
    "You can email me at {email}.",
    "I live at {number} {street} {suffix}, {place} {postcode}.",
    "Yours sincerely,\n{name}",
    "Kind regards, {name}",
]
TOPICS = ("the loss of specialist places", "the speed of EHCP assessments", "support for autistic children",
          "home to school transport", "the role of the SENCO", "funding for mainstream inclusion",
          "access to CAMHS", "the future of the SRPs", "training for teaching assistants")  # fmt: skip
NEEDS = ("autism", "ADHD", "Down syndrome", "dyslexia", "SEMH needs", "a speech and language need", "cerebral palsy")
ROLES = ("teacher", "SENCO", "teaching assistant", "headteacher", "health visitor", "school governor")
MONTHS = "January February March April May June September October November December".split()
RELATIONS = ("son", "daughter", "grandson", "granddaughter", "child")
TYPES = ("Parent or carer", "School staff", "Health professional", "Resident", "Organisation", "Other")
CAMPAIGN = (
    "I object to the Locality Model because it will remove specialist places that children in {place} depend on. "
    "Kent must keep every SRP open, fund the SENCO role properly, and consult parents before any change is made. "
    "Children with EHCPs deserve better than this."
)


FILLER = ("really", "honestly", "frankly", "still", "already", "now", "for years", "every term", "this year",
          "at the moment", "in our area", "as far as I can see", "in my experience", "sadly", "clearly")  # fmt: skip
WORDS = """support need child family school staff time wait plan money place help change class teacher home travel
meeting review report budget therapy group assessment anxiety trust voice choice training safety friend routine
transition lunch bus classroom uniform homework diagnosis letter appointment""".split()


def _varied(rng: random.Random, sentence: str) -> str:
    """Vary a sentence the way people do: a qualifier here, a personal aside there."""
    words = sentence.split(" ")
    if len(words) > 4 and rng.random() < 0.6:
        words.insert(rng.randint(1, len(words) - 1), rng.choice(FILLER))
    out = " ".join(words)
    if rng.random() < 0.4:
        aside = " ".join(rng.choice(WORDS) for _ in range(rng.randint(4, 9)))
        out += f" The {aside} matters to us after {rng.randint(2, 40)} weeks."
    return out


def _postcode(rng: random.Random) -> str:
    area = rng.choice(["ME", "CT", "TN", "DA", "BR"])
    return f"{area}{rng.randint(1, 20)} {rng.randint(1, 9)}{rng.choice('ABDEFGHJLNPQRSTUWXYZ')}{rng.choice('ABDEFGHJ')}"


def synthetic_export(n: int, seed: int = 0) -> pd.DataFrame:
    """A survey export of n/3 respondents (so ~n responses): id, respondent type, email, three open questions."""
    rng = random.Random(seed)

    def fill(s: str) -> str:
        first, last = rng.choice(FIRST), rng.choice(LAST)
        return s.format(
            need=rng.choice(NEEDS), topic=rng.choice(TOPICS), role=rng.choice(ROLES), place=rng.choice(PLACES),
            month=rng.choice(MONTHS), relation=rng.choice(RELATIONS), first=first, last=last,
            name=f"{first} {last}", year=rng.randint(1, 11),
            phone=f"07{rng.randint(100, 999)} {rng.randint(100000, 999999)}",
            email=f"{first.lower()}.{last.lower().replace(chr(39), '')}{rng.randint(1, 99)}@example.org",
            number=rng.randint(1, 200), street=rng.choice(STREETS), suffix=rng.choice(SUFFIX),
            postcode=_postcode(rng),
        )  # fmt: skip

    def answer() -> str:
        r = rng.random()
        if r < 0.04:
            return rng.choice(["", "N/A", "No comment", "n/a", "None", "-"])
        if r < 0.07:
            return fill(CAMPAIGN) + rng.choice(["", "", " Please listen to us."])
        parts = [_varied(rng, fill(rng.choice(OPENERS)))]
        parts += [_varied(rng, fill(rng.choice(MIDDLES))) for _ in range(rng.randint(0, 4))]
        parts.append(fill(rng.choice(CLOSERS)))
        return " ".join(p for p in parts if p)

    rows = []
    for i in range(-(-n // 3)):
        rid = f"R{i + 1:06d}" if rng.random() > 0.01 or i == 0 else f"R{rng.randint(1, i):06d}"  # some repeats
        rows.append(
            {
                "Respondent ID": rid,
                "Are you responding as...": rng.choice(TYPES),
                "Email": f"person{rng.randint(1, 50 * n)}@example.net" if rng.random() < 0.3 else "",
                "Q1 What do you think of the proposals?": answer(),
                "Q2 What would help your family or school?": answer() if rng.random() < 0.9 else "",
                "Q3 Any other comments?": answer() if rng.random() < 0.8 else "",
            }
        )
    return pd.DataFrame(rows)


MAPPING = """\
id: Respondent ID
respondent_type: Are you responding as...
email: Email
questions:
  Q1 What do you think of the proposals?: q1
  Q2 What would help your family or school?: q2
  Q3 Any other comments?: q3
"""


def speed(n: int = 50_000, seed: int = 0) -> dict:
    """Seconds for ingest() of n responses (n/3 respondents x 3 questions), CSV in to responses.csv out."""
    df = synthetic_export(n, seed)
    with tempfile.TemporaryDirectory() as tmp:
        src = Path(tmp) / "export.csv"
        df.to_csv(src, index=False)
        (Path(tmp) / "mapping.yaml").write_text(MAPPING)
        t = time.perf_counter()
        report = ingest([src], Path(tmp) / "out" / "responses.csv", mapping=Path(tmp) / "mapping.yaml")
        secs = time.perf_counter() - t
    return {
        "responses": report.rows_out,
        "respondents": report.respondents,
        "non_blank_answers": report.rows_out - report.flagged.get("blank", 0),
        "seconds": round(secs, 1),
        "responses_per_second": round(report.rows_out / secs),
        "campaigns": len(report.campaigns),
        "repeat_submissions": report.duplicates,
        "cores": os.cpu_count(),
    }


# -- redaction on the Kent corpus ------------------------------------------------------------------------------


def _occurrences(text: str, detail: str) -> list[tuple[int, int]]:
    pat = r"\s+".join(re.escape(w) for w in detail.split())
    return [(m.start(), m.end()) for m in re.finditer(pat, text)]


def redaction(corpus: Path) -> dict:
    """Recall over the corpus's listed personal details, and false redactions per 100 responses."""
    responses = pd.read_csv(corpus / "responses.csv", dtype=str, keep_default_na=False)
    details = pd.read_csv(corpus / "personal_data.csv", dtype=str, keep_default_na=False)
    texts = [normalise(t) for t in responses["text"]]
    ids = list(responses["response_id"])
    t = time.perf_counter()
    spans = Redactor().find(texts)
    secs = time.perf_counter() - t
    by_id = dict(zip(ids, range(len(ids)), strict=True))
    truth: dict[int, list[tuple[int, int]]] = {}
    missed, found, not_in_text = [], 0, 0
    per_kind: dict[str, list[int]] = {}
    for rid, kind, detail in details[["response_id", "kind", "text"]].itertuples(index=False):
        i = by_id.get(rid)
        occ = _occurrences(texts[i], normalise(detail)) if i is not None else []
        if not occ:
            not_in_text += 1
            continue
        truth.setdefault(i, []).extend(occ)
        ok = all(
            all(any(s.start <= c < s.end for s in spans[i]) for c in range(a, b) if not texts[i][c].isspace())
            for a, b in occ
        )
        per_kind.setdefault(kind, [0, 0])[0] += ok
        per_kind[kind][1] += 1
        if ok:
            found += 1
        else:
            missed.append({"response_id": rid, "kind": kind, "text": detail})
    # a redaction is true if it overlaps a listed detail, or repeats part of one ("Isla" of "Isla Pettigrew")
    parts: dict[str, set[str]] = {}
    for rid, detail in details[["response_id", "text"]].itertuples(index=False):
        parts.setdefault(rid, set()).update(normalise(detail).lower().split())
    false = []
    for i, sp in enumerate(spans):
        for s in sp:
            words = texts[i][s.start : s.end].lower().split()
            if words and all(w in parts.get(ids[i], ()) for w in words):
                continue
            if not any(s.start < b and a < s.end for a, b in truth.get(i, [])):
                ctx = texts[i][max(0, s.start - 40) : s.end + 40].replace("\n", " ")
                false.append({"response_id": ids[i], "kind": s.kind, "text": texts[i][s.start : s.end], "context": ctx})
    total = found + len(missed)
    return {
        "responses": len(texts),
        "details": total,
        "details_not_found_in_text": not_in_text,
        "redacted": found,
        "recall": round(found / total, 4) if total else None,
        "recall_by_kind": {k: f"{v[0]}/{v[1]}" for k, v in sorted(per_kind.items())},
        "false_redactions": len(false),
        "false_per_100_responses": round(100 * len(false) / max(1, len(texts)), 2),
        "seconds": round(secs, 1),
        "missed": missed[:20],
        "false_examples": false[:50],
    }


def campaigns(corpus: Path) -> dict:
    """How well campaign grouping recovers the corpus's known campaign (campaign_true.csv: response_id, campaign)."""
    responses = pd.read_csv(corpus / "responses.csv", dtype=str, keep_default_na=False)
    truth = pd.read_csv(corpus / "campaign_true.csv", dtype=str, keep_default_na=False)
    texts = Redactor().redact([normalise(t) for t in responses["text"]])
    labels = dict(zip(responses["response_id"], find_campaigns(texts), strict=True))
    out = {}
    for name, grp in truth.groupby("campaign"):
        members = set(grp["response_id"])
        found = Counter(labels[r] for r in members if labels.get(r))
        best, hits = found.most_common(1)[0] if found else ("", 0)
        size = sum(1 for v in labels.values() if v == best) if best else 0
        out[name] = {"members": len(members), "grouped_together": hits, "group_size": size,
                     "others_in_group": size - hits}  # fmt: skip
    out["campaigns_found"] = len({v for v in labels.values() if v})
    return out


def main(argv: list[str] | None = None) -> dict:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--n", type=int, default=50_000)
    ap.add_argument("--repo", type=Path, default=Path.cwd(), help="the repository (default: here)")
    args = ap.parse_args(argv or [])
    figures: dict = {}
    kent = args.repo / "corpora" / "kent-send-locality"
    if (kent / "personal_data.csv").exists() and (kent / "responses.csv").exists():
        figures["kent_redaction"] = redaction(kent)
        if (kent / "campaign_true.csv").exists():
            figures["kent_campaigns"] = campaigns(kent)
    else:
        figures["kent_redaction"] = f"skipped: no {kent}/personal_data.csv"
    figures["ingest_speed"] = speed(args.n)
    print("ingest benchmark")
    for k, v in figures.items():
        print(f"  {k}:")
        if isinstance(v, dict):
            for kk, vv in v.items():
                print(f"    {kk}: {vv}")
        else:
            print(f"    {v}")
    return figures


if __name__ == "__main__":
    main(sys.argv[1:])
