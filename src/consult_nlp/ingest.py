"""Turn what a consultation team receives into responses.csv: normalised, redacted, flagged, campaigns grouped.

Inputs are never modified. Rows that cannot be read are reported, never dropped.
"""

from __future__ import annotations

import re
import unicodedata
from dataclasses import dataclass, field
from pathlib import Path

import numpy as np
import pandas as pd

from . import ConsultError
from .artefacts import atomic_write_csv, atomic_write_json, sha256_file

RESPONSE_COLUMNS = [
    "response_id", "text", "redacted_text", "respondent_type", "question_id", "campaign_id", "flags",
]  # fmt: skip
NO_ANSWER = re.compile(
    r"^\s*(?:n/?a|none|no|nil|nothing|no comments?|nothing (?:else )?to add|no further comments?|not applicable|"
    r"-+|\.+|no comment at this (?:time|stage))\s*[.!]*\s*$",
    re.I,
)
EMAIL = re.compile(r"\b[\w.+-]+@[\w-]+(?:\.[\w-]+)+\b")
PHONE = re.compile(r"(?<!\w)(?:\+44\s?\(?0?\)?\s?|0)(?:\d[\s-]?){9,10}(?!\w)")
POSTCODE = re.compile(r"\b[A-Z]{1,2}\d[A-Z\d]?\s*\d[A-Z]{2}\b", re.I)


@dataclass
class IngestReport:
    """What ingest did, for ingest_report.json and the on-screen summary."""

    inputs: list[dict] = field(default_factory=list)
    rows_in: int = 0
    rows_out: int = 0
    unreadable: list[dict] = field(default_factory=list)
    flagged: dict[str, int] = field(default_factory=dict)
    campaigns: list[dict] = field(default_factory=list)
    redactions: dict[str, int] = field(default_factory=dict)

    def summary(self) -> str:
        lines = [f"{self.rows_out} responses from {self.rows_in} rows in {len(self.inputs)} file(s)"]
        for k, v in sorted(self.flagged.items()):
            lines.append(f"  flagged {k}: {v}")
        if self.redactions:
            lines.append("  redacted: " + ", ".join(f"{k} {v}" for k, v in sorted(self.redactions.items())))
        lines.append(f"  campaigns: {len(self.campaigns)}")
        if self.unreadable:
            lines.append(f"  UNREADABLE rows: {len(self.unreadable)} (listed in ingest_report.json)")
        return "\n".join(lines)


def normalise(text: str) -> str:
    """Repair common mojibake, unify Unicode and whitespace, keep paragraph breaks."""
    if not isinstance(text, str):
        return ""
    t = text
    if any(m in t for m in ("â€", "Ã", "Â")):
        try:
            t = t.encode("cp1252").decode("utf-8")
        except (UnicodeEncodeError, UnicodeDecodeError):
            pass
    t = unicodedata.normalize("NFC", t).replace("\r\n", "\n").replace("\r", "\n").replace("\u00a0", " ")
    t = "\n".join(re.sub(r"[ \t]+", " ", ln).strip() for ln in t.split("\n"))
    return re.sub(r"\n{3,}", "\n\n", t).strip()


def redact(text: str, counts: dict[str, int] | None = None) -> str:
    """Replace personal data found by patterns with [EMAIL], [PHONE], [POSTCODE]."""
    out = text
    for tag, pat in (("EMAIL", EMAIL), ("PHONE", PHONE), ("POSTCODE", POSTCODE)):
        out, n = pat.subn(f"[{tag}]", out)
        if counts is not None and n:
            counts[tag.lower()] = counts.get(tag.lower(), 0) + n
    return out


def flags_for(text: str) -> str:
    if not text.strip():
        return "blank"
    if NO_ANSWER.match(text):
        return "no_answer"
    return ""


def find_campaigns(texts: list[str], threshold: float = 0.8, min_size: int = 3) -> np.ndarray:
    """Campaign ids ('' for none) for groups of near-identical texts, via TF-IDF neighbours (never n x n)."""
    from sklearn.feature_extraction.text import TfidfVectorizer
    from sklearn.neighbors import NearestNeighbors

    n = len(texts)
    labels = np.array([""] * n, dtype=object)
    idx = [i for i, t in enumerate(texts) if len(t.split()) >= 15]
    if len(idx) < min_size:
        return labels
    x = TfidfVectorizer(ngram_range=(1, 3), min_df=1, sublinear_tf=True).fit_transform([texts[i] for i in idx])
    nn = NearestNeighbors(n_neighbors=min(30, len(idx)), metric="cosine").fit(x)
    dist, nbr = nn.kneighbors(x)
    parent = list(range(len(idx)))

    def find(a: int) -> int:
        while parent[a] != a:
            parent[a] = parent[parent[a]]
            a = parent[a]
        return a

    for a in range(len(idx)):
        for d, b in zip(dist[a], nbr[a], strict=True):
            if b != a and 1 - d >= threshold:
                parent[find(a)] = find(b)
    groups: dict[int, list[int]] = {}
    for a in range(len(idx)):
        groups.setdefault(find(a), []).append(a)
    big = sorted((g for g in groups.values() if len(g) >= min_size), key=lambda g: min(g))
    for k, g in enumerate(big, 1):
        for a in g:
            labels[idx[a]] = f"C{k:03d}"
    return labels


def prepare(df: pd.DataFrame, report: IngestReport | None = None) -> tuple[pd.DataFrame, IngestReport]:
    """Add redacted_text, question_id, campaign_id and flags to a frame with response_id and text."""
    report = report or IngestReport()
    out = df.copy()
    out["text"] = out["text"].map(normalise)
    for col in ("respondent_type", "question_id"):
        if col not in out.columns:
            out[col] = ""
    out["redacted_text"] = [redact(t, report.redactions) for t in out["text"]]
    out["flags"] = out["text"].map(flags_for)
    out["campaign_id"] = find_campaigns(list(out["text"]))
    for f in out["flags"]:
        if f:
            report.flagged[f] = report.flagged.get(f, 0) + 1
    for cid, grp in out[out["campaign_id"] != ""].groupby("campaign_id"):
        report.campaigns.append({"campaign_id": cid, "size": len(grp), "template": grp["redacted_text"].iloc[0][:500]})
    report.rows_out = len(out)
    rest = [c for c in out.columns if c not in RESPONSE_COLUMNS]
    return out[RESPONSE_COLUMNS + rest], report


def read_csv_input(path: Path, report: IngestReport) -> pd.DataFrame:
    from charset_normalizer import from_bytes

    raw = path.read_bytes()
    if not raw.strip():
        raise ConsultError(f"{path}: the file is empty. Export the survey again with a header row.")
    try:
        text, enc = raw.decode("utf-8-sig"), "utf-8"
    except UnicodeDecodeError:
        best = from_bytes(raw).best()
        if best is None:
            raise ConsultError(f"{path}: cannot detect the text encoding. Save it as UTF-8 CSV and retry.") from None
        text, enc = str(best), best.encoding
    import io

    df = pd.read_csv(io.StringIO(text), dtype=str, keep_default_na=False)
    report.inputs.append({"path": str(path), "sha256": sha256_file(path), "encoding": enc, "rows": len(df)})
    report.rows_in += len(df)
    for col in ("response_id", "text"):
        if col not in df.columns:
            raise ConsultError(
                f"{path}: no '{col}' column (found {list(df.columns)}). Rename the column, or pass --mapping "
                "to say which columns hold the respondent id and the answers."
            )
    return df


def ingest(inputs: list[str | Path], out: str | Path) -> IngestReport:
    """Read inputs, write responses.csv and ingest_report.json beside it (atomically)."""
    report = IngestReport()
    frames = [read_csv_input(Path(p), report) for p in inputs]
    df = pd.concat(frames, ignore_index=True)
    dup = df["response_id"][df["response_id"].duplicated()]
    if len(dup):
        raise ConsultError(f"response_id '{dup.iloc[0]}' appears more than once across the inputs; ids must be unique.")
    res, report = prepare(df, report)
    out = Path(out)
    atomic_write_csv(out, res)
    atomic_write_json(out.with_name("ingest_report.json"), report.__dict__)
    return report
