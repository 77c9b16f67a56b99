"""Turn what a consultation team receives into responses.csv: normalised, redacted, flagged, campaigns grouped.

Survey exports (readers.py) and folders of letters (letters.py) become one row per (respondent, open question);
redaction.py takes out personal data and campaigns.py groups copies. Inputs are never modified; rows that cannot
be read are listed in ingest_report.json and the on-screen summary, never dropped silently.
"""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Sequence
from concurrent.futures import Future
from dataclasses import asdict, dataclass, field
from pathlib import Path

import pandas as pd

from .artefacts import atomic_write_json, sha256_file
from .campaigns import describe_campaigns, find_duplicates, template_groups
from .errors import ConsultError
from .language import detect_languages
from .letters import LETTER_SUFFIXES, read_letters
from .readers import Mapping, load_mapping, read_csv_table, read_jsonl_table, read_xlsx_table, sheet_records
from .recognisers import PROCESS_FROM
from .redaction import Redactor, default_redactor
from .tables import RESPONSES, write_csv
from .text import CONTROL, normalise
from .workspace import submit

NO_ANSWER = re.compile(
    r"^\s*(?:n\s*/?\s*a|none|no|nil|nothing|no comments?|(?:i have |i've )?nothing (?:else |more )?to (?:add|say)|"
    r"no further comments?|not applicable|no opinion|don'?t know|-+|\.+|x|no comments? at this (?:time|stage)|"
    # Welsh and German: "no comment", "nothing to add", "not stated"
    r"dim sylw(?:adau)?|dim byd(?: i'?w (?:ychwanegu|ddweud))?|dim|keine angaben?|kein kommentar|keine kommentare|"
    r"nichts(?: hinzuzufügen)?|k\.? ?a\.?)"
    r"\s*[.!]*\s*$",
    re.I,
)


def _phrase(text: str) -> str:
    return " ".join(re.findall(r"\w+", text.lower()))


def flags_for(text: str, no_answer: frozenset[str] = frozenset()) -> str:
    """'blank' or 'no_answer' (N/A, no comment, ...) so they can be left out of coding without being lost.

    `no_answer`: a consultation's own phrases (the mapping's no_answer_phrases), compared word for word,
    ignoring case and punctuation ("Did not answer", "did not answer.")."""
    if not text.strip():
        return "blank"
    if NO_ANSWER.match(text) or (no_answer and _phrase(text) in no_answer):
        return "no_answer"
    return ""


@dataclass
class IngestReport:
    """What ingest did, for ingest_report.json and the on-screen summary. Nothing time-dependent, so reruns match."""

    inputs: list[dict] = field(default_factory=list)
    rows_in: int = 0
    rows_out: int = 0
    respondents: int = 0
    questions: dict[str, int] = field(default_factory=dict)
    unreadable: list[dict] = field(default_factory=list)
    flagged: dict[str, int] = field(default_factory=dict)
    campaigns: list[dict] = field(default_factory=list)
    duplicates: int = 0
    redactions: dict[str, int] = field(default_factory=dict)
    # the file name behind each letter's opaque id: names often hold personal data, so this report is marked as
    # holding it (`contains_personal_data`) and no later stage reads it
    letter_files: dict[str, str] = field(default_factory=dict)
    cleaned: dict[str, int] = field(default_factory=dict)  # characters removed at the edge, e.g. control characters
    warnings: list[str] = field(default_factory=list)  # things read that may not be what was meant
    contains_personal_data: bool = True
    columns: dict[str, str] = field(default_factory=dict)  # e.g. respondent_type -> the export's column it came from
    languages: dict[str, int] = field(default_factory=dict)

    def unreadable_row(self, path: Path, row: int | None, reason: str, fix: str) -> None:
        """A row or file that could not be read: kept in the report with the reason and the fix, never dropped."""
        self.unreadable.append({"file": str(path), "row": row, "reason": reason, "fix": fix})

    def summary(self) -> str:
        lines = [f"{self.rows_out} responses from {self.respondents or self.rows_out} respondents "
                 f"({self.rows_in} rows or letters) in {len(self.inputs)} input(s)"]  # fmt: skip
        for inp in self.inputs:
            enc = f", encoding {inp['encoding']}" if inp.get("encoding") else ""
            lines.append(f"  {inp['path']}: {inp['format']}, {inp['rows']} rows{enc}")
        if len(self.questions) > 1 or any(self.questions):
            lines.append("  questions: " + ", ".join(f"{q or '(none)'} {n}" for q, n in self.questions.items()))
        for k, v in sorted(self.flagged.items()):
            lines.append(f"  flagged {k}: {v}")
        if self.languages:
            lines.append("  languages: " + ", ".join(f"{k} {v}" for k, v in self.languages.items()))
        if self.redactions:
            lines.append("  redacted: " + ", ".join(f"{k} {v}" for k, v in sorted(self.redactions.items())))
        for k, v in sorted(self.cleaned.items()):
            lines.append(f"  {k.replace('_', ' ')}: {v}")
        for w in self.warnings:
            lines.append(f"  WARNING: {w}")
        copies = sum(c["size"] for c in self.campaigns)
        lines.append(f"  campaigns: {len(self.campaigns)} ({copies} responses)")
        lines.append(f"  repeat submissions (duplicate_of set): {self.duplicates}")
        if self.unreadable:
            lines.append(f"  UNREADABLE: {len(self.unreadable)} row(s) or file(s), listed in ingest_report.json:")
            for u in self.unreadable[:10]:
                where = f"{u['file']}" + (f" row {u['row']}" if u.get("row") else "")
                lines.append(f"    {where}: {u['reason']} Fix: {u['fix']}")
            if len(self.unreadable) > 10:
                lines.append(f"    ... and {len(self.unreadable) - 10} more")
        return "\n".join(lines)


# prepare: the in-memory part, shared with the pipeline


def prepare(
    df: pd.DataFrame,
    report: IngestReport | None = None,
    *,
    redactor: Redactor | None = None,
    contact: pd.Series | None = None,
    no_answer_phrases: Sequence[str] = (),
) -> tuple[pd.DataFrame, IngestReport]:
    """Add normalised text, raw_text, redacted_text, question_id, campaign_id, duplicate_of and flags.

    df needs response_id and text; text may be raw (it is kept as raw_text). An 'email' column, or `contact`,
    lets repeat submissions by the same person be found.
    """
    report = report or IngestReport()
    out = df.copy().reset_index(drop=True)
    for col in out.columns:
        if not pd.api.types.is_string_dtype(out[col]):
            out[col] = out[col].fillna("").astype(str)
    if "raw_text" not in out.columns:
        out["raw_text"] = out["text"].fillna("").astype(str)
    out["text"] = out["raw_text"].map(normalise)
    for col in ("respondent_type", "question_id", "source"):
        if col not in out.columns:
            out[col] = ""
    if "respondent_id" not in out.columns:
        out["respondent_id"] = out["response_id"]
    redactor = redactor or default_redactor()
    n_control = int(out["raw_text"].str.count(CONTROL.pattern).sum())
    if n_control:  # text that did not come through a reader (a DataFrame from a notebook)
        report.cleaned["control_characters_removed"] = report.cleaned.get("control_characters_removed", 0) + n_control
        out["raw_text"] = out["raw_text"].str.replace(CONTROL.pattern, "", regex=True)
    out["language"] = detect_languages(list(out["text"]))
    report.languages = {k: int(v) for k, v in sorted(Counter(x for x in out["language"] if x).items())}
    texts = list(out["text"])
    # campaigns are grouped from the unredacted text, so a worker process can group them while NER runs here
    grouping: list[Future] = []
    meanwhile = (lambda: grouping.append(submit(template_groups, texts))) if len(texts) >= PROCESS_FROM else None
    out["redacted_text"] = redactor.redact(texts, report.redactions, list(out["language"]), meanwhile)
    out["respondent_type"] = redact_labels(out["respondent_type"], redactor)
    phrases = frozenset(_phrase(p) for p in no_answer_phrases)
    flags = [[f] if f else [] for f in (flags_for(t, phrases) for t in out["text"])]
    groups = grouping[0].result() if grouping else template_groups(texts)  # the redactor stopped the workers
    camps = describe_campaigns(groups, list(out["redacted_text"]))
    out["campaign_id"] = camps.ids
    out["campaign_role"] = camps.roles
    if contact is None and "email" in out.columns:
        contact = out["email"]
    dup = find_duplicates(out, contact)
    if "duplicate_of" in out.columns:
        dup = out["duplicate_of"].where(out["duplicate_of"].fillna("") != "", dup)
    out["duplicate_of"] = dup.fillna("")
    for fl, d in zip(flags, out["duplicate_of"], strict=True):
        if d:
            fl.append("duplicate")
    out["flags"] = [";".join(f) for f in flags]
    for fl in flags:
        for f in fl:
            report.flagged[f] = report.flagged.get(f, 0) + 1
    report.duplicates = int((out["duplicate_of"] != "").sum())
    report.campaigns = []
    red, ids = out["redacted_text"].tolist(), out["response_id"].tolist()
    for cid, grp in out[out["campaign_id"] != ""].groupby("campaign_id", sort=True):
        roles = Counter(grp["campaign_role"])
        t = camps.templates[cid]
        report.campaigns.append(
            {"campaign_id": cid, "size": len(grp), "identical_copies": roles["template"] + roles["exact"],
             "edited_copies": roles["edited"], "template_response_id": ids[t], "template": red[t],
             "edited": [{"response_id": ids[i], "added_words": camps.added[i]}
                        for i in grp.index if camps.roles[i] == "edited"],
             "first_response_ids": grp["response_id"].tolist()[:10]}
        )  # fmt: skip
    report.rows_out = len(out)
    report.respondents = int(out["respondent_id"].nunique())
    report.questions = {str(q): int(n) for q, n in out["question_id"].value_counts(sort=False).items()}
    out = out.drop(columns=[c for c in out.columns if c.startswith("_")])
    return RESPONSES.conform(out, source="responses"), report


def redact_labels(values: pd.Series, redactor: Redactor | None = None) -> pd.Series:
    """Short free-text fields that become table headings (respondent type): normalised and redacted, each distinct
    value once. "Other: parent of [NAME] ([EMAIL])" is what reaches an appendix, never the name."""
    redactor = redactor or default_redactor()
    values = values.fillna("").astype(str)
    distinct = sorted(set(values))
    clean = [normalise(v).replace("\n", " ") for v in distinct]
    return values.map(dict(zip(distinct, redactor.redact(clean), strict=True)))


def prepare_responses(df: pd.DataFrame, *, redactor: Redactor | None = None) -> pd.DataFrame:
    """A survey tool's responses made ready for the stages, in memory.

    In: response_id, text (and any other columns). Out: responses.csv's columns (tables.RESPONSES): text
    normalised, raw_text, redacted_text, flags, campaign_id, duplicate_of, ...; other columns kept.
    """
    return prepare(df, redactor=redactor)[0]


def _where(u: dict) -> str:
    return f"{u['file']} row {u['row']}" if u.get("row") else str(u["file"])


def read_input(path: Path, m: Mapping, mapping_path: Path | None, report: IngestReport) -> list[dict]:
    """Records from one INPUT: a survey export or a folder of letters."""
    if not path.exists():
        raise ConsultError("E100", f"{path}: not found. Check the path.")
    if path.is_dir():
        letters = read_letters(path, report)
        files = {lt.path.relative_to(path).as_posix(): sha256_file(lt.path) for _, lt in letters}
        report.inputs.append({"path": str(path), "format": "letters", "rows": len(letters), "encoding": None,
                              "files": files})  # fmt: skip
        report.rows_in += len(letters)
        return [
            {"response_id": rid, "respondent_id": rid, "question_id": "", "respondent_type": "",
             "raw_text": lt.text, "source": rid, "_submission": f"letter:{rid}",
             "_contact": lt.sender}
            for rid, lt in letters
        ]  # fmt: skip
    suffix = path.suffix.lower()
    if suffix in (".xlsx", ".xlsm"):
        table = read_xlsx_table(path, report, m.sheet)
    elif suffix in (".jsonl", ".ndjson"):
        table = read_jsonl_table(path, report, m.encoding)
    elif suffix in (".csv", ".tsv", ".txt"):
        table = read_csv_table(path, report, m.encoding)
    elif suffix == ".xls":
        raise ConsultError("E201", f"{path}: old Excel .xls files are not read. Save it as .xlsx or as CSV UTF-8.")
    elif suffix in LETTER_SUFFIXES:
        raise ConsultError("E201", f"{path}: a single letter. Put letters in a folder and pass the folder as INPUT.")
    else:
        raise ConsultError(
            "E201",
            f"{path}: unknown kind of file '{suffix}'. Give a .csv, .xlsx or .jsonl export, or a folder of letters.",
        )
    if not table.rows and not report.unreadable:
        raise ConsultError(
            "E203", f"{path}: a header row but no responses. Export the survey again with its responses."
        )
    report.inputs.append({"path": str(path), "format": table.format, "rows": len(table.rows),
                          "encoding": table.encoding, "sha256": sha256_file(path)})  # fmt: skip
    report.rows_in += len(table.rows)
    return sheet_records(table, m, mapping_path, report)


def ingest(
    inputs: Sequence[str | Path],
    out: str | Path,
    mapping: str | Path | None = None,
    *,
    redactor: Redactor | None = None,
) -> IngestReport:
    """Read inputs, write responses.csv and ingest_report.json beside it (atomically); return the report."""
    out = Path(out)
    m = load_mapping(mapping) if mapping else Mapping()
    mapping_path = Path(mapping) if mapping else None
    paths = [Path(p) for p in inputs]
    if not paths:
        raise ConsultError("E203", "no INPUT given. Pass survey exports (.csv, .xlsx, .jsonl) or folders of letters.")
    seen = [p.resolve() for p in paths]
    if len(set(seen)) < len(seen):
        twice = next(p for p, r in zip(paths, seen, strict=True) if seen.count(r) > 1)
        raise ConsultError("E204", f"{twice}: given more than once as INPUT. Pass each export or folder once.")
    for p in paths:
        if p.exists() and out.exists() and p.resolve() == out.resolve():
            raise ConsultError(
                "E204", f"{out}: --out is also an INPUT; ingest never overwrites its inputs. Choose another."
            )
    report = IngestReport()
    records: list[dict] = []
    owner: dict[str, str] = {}
    for p in paths:
        recs = read_input(p, m, mapping_path, report)
        for r in recs:
            prev = owner.setdefault(r["response_id"], f"{p}: {r['source']}")
            if not prev.startswith(f"{p}: "):
                raise ConsultError(
                    "E204",
                    f"{p}: response_id '{r['response_id']}' ({r['source']}) is also in {prev}. Ids must be unique "
                    "across inputs: give each export its own ids (e.g. a prefix), or put one person's two "
                    "submissions in one file so they are flagged as a repeat.",
                )
        records.extend(recs)
    if not records:
        problems = "; ".join(_where(u) + f": {u['reason']}" for u in report.unreadable[:5]) or "nothing to read"
        raise ConsultError("E203", f"{', '.join(map(str, paths))}: no readable responses ({problems}). Fix those rows.")
    df = pd.DataFrame.from_records(records).fillna("")
    redactor = redactor or (Redactor(keep_words=m.keep_words) if m.keep_words else None)
    res, report = prepare(df, report, redactor=redactor, contact=df["_contact"], no_answer_phrases=m.no_answer_phrases)
    write_csv(out, res)
    atomic_write_json(out.with_name("ingest_report.json"), asdict(report))
    return report
