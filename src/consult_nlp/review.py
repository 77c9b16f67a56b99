"""The analyst's loop: pick responses worth coding, review the model's codes, and write the decisions to labels.csv.

labels.csv is the only place a human decision lives, so every route in here (a filled-in sample CSV, a filled-in
review workbook, a correction from a notebook) ends in `apply_codes`, which validates the ids, never overwrites
an existing human code unless told to, and writes the file atomically. The next `run` reads labels.csv, and for
every response it lists, the human codes replace the model's.

What "coded" means. A response in labels.csv is coded: its rows there are its complete set of categories (one
row with an empty category_id when it raises none). So a review decision on one (response, category) pair cannot
be written alone. A response the model coded becomes human-coded when every category the workbook shows for it
has a decision (or with `accept_undecided`, when any has: its undecided codes are then kept as the model had
them). Its codes are the confirmed ones plus any the reviewer added. Responses with only some decisions are
reported, not written, so no reviewer's work is silently dropped and no model guess silently becomes a human code.
"""

from __future__ import annotations

import hashlib
import io
import re
import warnings
from collections.abc import Iterable
from dataclasses import dataclass, field
from pathlib import Path

import numpy as np
import pandas as pd

from .artefacts import atomic_write_bytes, atomic_write_csv, atomic_write_text, safe_cell, sha256_file
from .codebook import Codebook, label_sets, load_consultation, read_table, restore_cell
from .errors import ConsultError
from .ingest import redact

SAMPLE_COLUMNS = [
    "response_id", "text", "suggested_categories", "suggested_scores", "unsure_about", "uncertainty", "category_ids",
]  # fmt: skip
NO_CATEGORY = "none"  # in a category_ids cell: coded, and raises no category
DECISIONS = ("confirm", "reject")
REVIEW_COLUMNS = [
    "response_id", "category_id", "response", "evidence", "score", "source", "low_confidence", "other_codes",
    "decision", "add_category_ids",
]  # fmt: skip
QUEUE_SHEET = "Low confidence"
INSTRUCTIONS_SHEET = "How to review"
XLSX_CELL_LIMIT = 32_000  # Excel refuses cells over 32,767 characters


# -- applying human codes to labels.csv ---------------------------------------------------------------------------


@dataclass(frozen=True)
class Proposal:
    """A response's complete set of codes, as a human decided it, and where that decision came from."""

    response_id: str
    category_ids: tuple[str, ...]  # codebook order; () means coded, no category
    where: str  # "FILE row N" or "FILE sheet 'S' row N", for messages


@dataclass(frozen=True)
class Conflict:
    """A decision that would change an existing human code; it is not applied without `replace`."""

    response_id: str
    existing: tuple[str, ...]
    proposed: tuple[str, ...]
    where: str

    def __str__(self) -> str:
        def show(c):
            return "; ".join(c) or NO_CATEGORY

        return (
            f"{self.where}: response {self.response_id} is already coded [{show(self.existing)}] in labels.csv, "
            f"but this says [{show(self.proposed)}]. Kept the existing codes; pass --replace "
            "(replace=True) to take the new ones."
        )


@dataclass
class LabelsUpdate:
    """What a merge did (or, with dry_run, would do) to labels.csv."""

    labels_path: Path
    added: list[str] = field(default_factory=list)
    replaced: list[str] = field(default_factory=list)
    unchanged: list[str] = field(default_factory=list)
    conflicts: list[Conflict] = field(default_factory=list)
    written: bool = False
    n_labelled: int = 0  # responses coded in labels.csv afterwards

    def summary(self) -> str:
        verb = "wrote" if self.written else ("would write" if self.added or self.replaced else "no change to")
        return (
            f"{verb} {self.labels_path}: {len(self.added)} response(s) newly coded, {len(self.replaced)} replaced, "
            f"{len(self.unchanged)} already coded the same, {len(self.conflicts)} conflict(s); "
            f"{self.n_labelled} responses coded in all."
        )


def _ordered(ids: Iterable[str], codebook: Codebook) -> tuple[str, ...]:
    order = {c: i for i, c in enumerate(codebook.ids)}
    return tuple(sorted(set(ids), key=order.__getitem__))


def apply_codes(
    consultation_dir: str | Path,
    proposals: list[Proposal],
    *,
    replace: bool = False,
    dry_run: bool = False,
) -> LabelsUpdate:
    """Merge complete code sets into labels.csv: new responses are added, existing human codes stay unless replace.

    Validates every id against the consultation, then rewrites labels.csv atomically (keeping its other rows and
    columns as they were).
    """
    cons = load_consultation(consultation_dir)
    folder = Path(consultation_dir)
    path = folder / "labels.csv"
    known_cats, known_ids = set(cons.codebook.ids), set(cons.responses["response_id"])
    seen: dict[str, Proposal] = {}
    for p in proposals:
        if p.response_id not in known_ids:
            raise ConsultError(
                "E301",
                f"{p.where}: response '{p.response_id}' is not in {folder / 'responses.csv'}. "
                "Fix the id or remove the row.",
            )
        bad = [c for c in p.category_ids if c not in known_cats]
        if bad:
            raise ConsultError(
                "E300",
                f"{p.where}: unknown category id(s) {bad}. Use the codebook's ids ({', '.join(cons.codebook.ids)}) "
                f"or '{NO_CATEGORY}'.",
            )
        prev = seen.get(p.response_id)
        if prev is not None and set(prev.category_ids) != set(p.category_ids):
            raise ConsultError(
                "E302",
                f"{p.where}: response {p.response_id} is coded [{'; '.join(p.category_ids) or NO_CATEGORY}] here "
                f"but [{'; '.join(prev.category_ids) or NO_CATEGORY}] at {prev.where}. Make them agree.",
            )
        seen.setdefault(p.response_id, p)

    existing = label_sets(cons.labels)
    update = LabelsUpdate(labels_path=path)
    new_rows: list[dict] = []
    drop: set[str] = set()
    for rid, p in seen.items():
        want = _ordered(p.category_ids, cons.codebook)
        if rid in existing:
            have = _ordered(existing[rid], cons.codebook)
            if set(have) == set(want):
                update.unchanged.append(rid)
                continue
            if not replace:
                update.conflicts.append(Conflict(rid, have, want, p.where))
                continue
            update.replaced.append(rid)
            drop.add(rid)
        else:
            update.added.append(rid)
        new_rows.extend({"response_id": rid, "category_id": c} for c in (want or ("",)))

    raw = (
        read_table(path, ["response_id", "category_id"])
        if path.exists()
        else pd.DataFrame(columns=["response_id", "category_id"], dtype=str)
    )
    merged = pd.concat(
        [raw[~raw["response_id"].isin(drop)], pd.DataFrame(new_rows, columns=["response_id", "category_id"])],
        ignore_index=True,
    ).fillna("")
    update.n_labelled = int(merged["response_id"].nunique())
    if new_rows and not dry_run:
        atomic_write_csv(path, merged)
        update.written = True
    return update


def _parse_category_ids(cell: str, where: str, codebook: Codebook) -> tuple[str, ...] | None:
    """A category_ids cell: ids separated by ';' (or ',' or spaces); 'none' = no category; empty = not coded yet."""
    tokens = [t.lower() for t in re.split(r"[;,\s]+", str(cell).strip()) if t]
    if not tokens:
        return None
    if NO_CATEGORY in tokens:
        if len(tokens) > 1:
            raise ConsultError(
                "E303",
                f"{where}: '{cell}' mixes '{NO_CATEGORY}' with category ids. Write either '{NO_CATEGORY}' or the ids.",
            )
        return ()
    bad = [t for t in tokens if t not in codebook.ids]
    if bad:
        raise ConsultError(
            "E300",
            f"{where}: unknown category id(s) {bad} in '{cell}'. Use the codebook's ids "
            f"({', '.join(codebook.ids)}) separated by ';', or '{NO_CATEGORY}' for a response that raises none.",
        )
    return _ordered(tokens, codebook)


# -- choosing what to code next -----------------------------------------------------------------------------------


def choose_diverse(
    vectors: np.ndarray,
    n: int,
    priority: np.ndarray | None = None,
    *,
    pool_factor: int = 4,
    max_pool: int = 20_000,
    seed: int = 0,
) -> np.ndarray:
    """Indices of n rows that come first by priority (lower first: the most uncertain) and are unlike each other.

    With a priority, take the pool_factor*n first rows, cluster them into n groups by k-means on their embeddings,
    and take each group's first member: uncertainty alone would pick n near-copies of the same doubtful case.
    Without one (nothing coded yet), cluster everything and take each group's most central member, a
    representative sample. Returned in priority order.
    """
    m = len(vectors)
    if n <= 0 or m == 0:
        return np.zeros(0, dtype=np.int64)
    if n >= m:
        return np.arange(m) if priority is None else np.argsort(priority, kind="stable")
    rng = np.random.default_rng(seed)
    if priority is not None:
        pool = np.argsort(priority, kind="stable")[: max(n, pool_factor * n)]
    else:
        pool = np.arange(m) if m <= max_pool else np.sort(rng.choice(m, max_pool, replace=False))
    if len(pool) <= n:
        return pool
    from sklearn.cluster import KMeans, MiniBatchKMeans

    x = vectors[pool].astype(np.float64)
    km_cls = KMeans if len(pool) <= 5000 else MiniBatchKMeans
    with warnings.catch_warnings():
        warnings.simplefilter("ignore")  # identical vectors give fewer distinct clusters; handled below
        km = km_cls(n_clusters=n, n_init=3, random_state=seed).fit(x)
    dist = np.linalg.norm(x - km.cluster_centers_[km.labels_], axis=1)
    key = priority[pool] if priority is not None else dist
    chosen = []
    for c in range(n):
        members = np.flatnonzero(km.labels_ == c)
        if len(members):
            best = members[np.lexsort((dist[members], key[members]))[0]]
            chosen.append(int(pool[best]))
    if len(chosen) < n:  # empty clusters: fill with the next rows by priority (or centrality)
        taken = set(chosen)
        rest = [int(pool[i]) for i in np.lexsort((dist, key)) if int(pool[i]) not in taken]
        chosen.extend(rest[: n - len(chosen)])
    out = np.array(chosen, dtype=np.int64)
    order = np.lexsort((out, priority[out])) if priority is not None else np.argsort(out)
    return out[order]


def uncertainty(proba: np.ndarray, thresholds: np.ndarray, band: float) -> tuple[np.ndarray, np.ndarray]:
    """How unsure the model is about each response, and the priority order that follows from it.

    A response has one decision per category; each decision whose score lies within `band` of its threshold adds
    up to 1 (1 at the threshold), so a response with several doubtful categories outranks one with a single
    borderline category. Ties (e.g. nothing within the band) go to the smallest distance to any threshold.
    """
    gap = np.abs(proba - thresholds[None, :])
    u = np.clip(1 - gap / band, 0, None).sum(axis=1)
    rank = np.empty(len(u), dtype=np.int64)
    rank[np.lexsort((gap.min(axis=1) if len(u) else u, -u))] = np.arange(len(u))
    return u, rank


@dataclass
class SampleResult:
    """The responses picked for coding, written as a CSV to fill in."""

    out: Path
    consultation_dir: Path
    frame: pd.DataFrame = field(repr=False)
    n_candidates: int
    strategy: str
    model_key: str | None

    def summary(self) -> str:
        return (
            f"picked {len(self.frame)} of {self.n_candidates} uncoded responses ({self.strategy}); wrote {self.out}. "
            "Fill in its category_ids column (codebook ids separated by ';', or 'none'), then merge it with "
            f"`consult-nlp sample --consultation {self.consultation_dir} --merge {self.out}`."
        )


def redacted_texts(responses: pd.DataFrame) -> pd.Series:
    """response_id -> the text safe to show: responses.csv's redacted_text where ingest wrote it, else redact(text)."""
    if "redacted_text" in responses.columns:
        red = responses["redacted_text"].where(responses["redacted_text"] != "", responses["text"].map(redact))
    else:
        red = responses["text"].map(redact)
    return pd.Series(red.values, index=responses["response_id"].values, name="response")


def _candidates(responses: pd.DataFrame, coded: set[str]) -> pd.DataFrame:
    """Uncoded responses worth a coder's time: not blank or 'no comment', one per campaign and per identical text,
    and none that repeats a coded response's text or campaign."""
    done = responses["response_id"].isin(coded)
    c = responses[~done & ~responses["text"].isin(set(responses.loc[done, "text"]))]
    c = c[c["text"].str.strip() != ""]
    if "flags" in c.columns:
        c = c[c["flags"] == ""]
    c = c.drop_duplicates("text")
    if "campaign_id" in c.columns:
        seen = set(responses.loc[done, "campaign_id"]) - {""}
        in_camp = c["campaign_id"] != ""
        camp = c[in_camp & ~c["campaign_id"].isin(seen)].drop_duplicates("campaign_id")
        c = pd.concat([c[~in_camp], camp]).sort_index()
    return c


def sample_for_coding(
    consultation_dir: str | Path,
    n: int = 50,
    out: str | Path | None = None,
    *,
    models_dir: str | Path | None = None,
    seed: int = 0,
    encoder=None,
    pool_factor: int = 4,
    batch_size: int = 1024,
    show_progress: bool = False,
) -> SampleResult:
    """`consult-nlp sample`: the n uncoded responses whose coding would most improve the model, as a CSV to fill in.

    The classifier trained on labels.csv (loaded from models/NAME/ when unchanged) scores every candidate;
    `uncertainty` ranks them by how many of their category decisions sit near the threshold, and among the first
    `choose_diverse` keeps n unlike each other (pool_factor=1: the n most uncertain, no diversity). With nothing
    coded yet, it picks n representative responses.
    """
    from .classify import encode_texts
    from .pipeline import _embedder_for, _with_prepared, seed_everything, train_or_load
    from .text import load_spacy

    if n < 1:
        raise ConsultError("E306", f"--n must be at least 1, not {n}.")
    seed_everything(seed)
    cons = load_consultation(consultation_dir)
    responses = _with_prepared(cons.responses)
    cand = _candidates(responses, set(cons.labels["response_id"]))
    out = Path(out) if out else Path("reports") / cons.name / "sample.csv"
    models = Path(models_dir) if models_dir else Path("models") / cons.name
    emb = _embedder_for(models, encoder)
    nlp = load_spacy()
    texts = list(cand["text"])
    clf, key = None, None
    if len(cons.labels):
        texts_all = dict(zip(responses["response_id"], responses["text"], strict=True))
        trained = train_or_load(cons, cons.labels, texts_all, embedder=emb, nlp=nlp, models_dir=models, seed=seed)
        clf, key = trained.classifier, trained.key
    docs, probas = [], []
    for a in range(0, len(texts), batch_size):  # in batches, so sentence vectors never pile up
        chunk = texts[a : a + batch_size]
        enc = clf.encode(chunk, show_progress) if clf is not None else encode_texts(chunk, emb, nlp, show_progress)
        docs.append(enc.doc)
        if clf is not None:
            probas.append(clf.predict_proba(encoded=enc))
    emb.close()
    vectors = np.vstack(docs) if docs else np.zeros((0, 384), np.float32)
    priority = None
    if clf is not None:
        proba = np.vstack(probas) if probas else np.zeros((0, len(clf.classes_)))
        band = float(getattr(clf, "low_confidence_margin", 0.15))
        unsure, priority = uncertainty(proba, clf.thresholds_, band)
        gap = np.abs(proba - clf.thresholds_[None, :])
    picked = choose_diverse(vectors, n, priority, pool_factor=pool_factor, seed=seed)

    red = redacted_texts(responses)
    rows = []
    for i in picked:
        rid = cand["response_id"].iloc[i]
        row = {"response_id": rid, "text": red[rid], "suggested_categories": "", "suggested_scores": "",
               "unsure_about": "", "uncertainty": np.nan, "category_ids": ""}  # fmt: skip
        if clf is not None:
            p = proba[i]
            on = [k for k in np.argsort(-p, kind="stable") if p[k] >= clf.thresholds_[k]]
            row["suggested_categories"] = "; ".join(str(clf.classes_[k]) for k in on)
            row["suggested_scores"] = "; ".join(f"{p[k]:.2f}" for k in on)
            near = [int(k) for k in np.argsort(gap[i], kind="stable")[:3] if gap[i, k] < band] or [int(gap[i].argmin())]
            row["unsure_about"] = "; ".join(
                f"{clf.classes_[k]} ({p[k]:.3f} vs threshold {clf.thresholds_[k]:.3f})" for k in near
            )
            row["uncertainty"] = round(float(unsure[i]), 3)
        rows.append(row)
    frame = pd.DataFrame(rows, columns=SAMPLE_COLUMNS)
    atomic_write_csv(out, frame)
    if clf is None:
        strategy = "no coded responses yet: k-means representatives"
    elif pool_factor > 1:
        strategy = "categories near their thresholds, then k-means diversity"
    else:
        strategy = "categories near their thresholds"
    return SampleResult(
        out=out,
        consultation_dir=Path(consultation_dir),
        frame=frame,
        n_candidates=len(cand),
        strategy=strategy,
        model_key=key,
    )


def _read_any_table(path: Path) -> list[tuple[int, dict[str, str]]]:
    """Rows of a filled-in CSV or XLSX as (spreadsheet row number, {column: text}); tolerant of Excel's encodings."""
    if not path.exists():
        raise ConsultError("E100", f"{path}: file not found.")
    if path.suffix.lower() in (".xlsx", ".xlsm"):
        from openpyxl import load_workbook

        try:
            wb = load_workbook(path, read_only=True, data_only=True)
        except Exception as e:  # openpyxl raises several types for a damaged file
            raise ConsultError(
                "E304", f"{path}: cannot read as an Excel workbook ({e}). Save it again as .xlsx."
            ) from e
        rows = list(wb.worksheets[0].iter_rows(values_only=True))
        wb.close()
        if not rows:
            return []
        header = [str(h or "").strip() for h in rows[0]]
        return [
            (i, {h: _cell_text(v) for h, v in zip(header, r, strict=False) if h})
            for i, r in enumerate(rows[1:], start=2)
        ]
    raw = path.read_bytes()
    try:
        text = raw.decode("utf-8-sig")
    except UnicodeDecodeError:
        text = raw.decode("cp1252", errors="replace")  # Excel's "CSV" on Windows; only ids matter here
    try:
        df = pd.read_csv(io.StringIO(text), dtype=str, keep_default_na=False)
    except pd.errors.EmptyDataError as e:
        raise ConsultError(
            "E304", f"{path}: the file is empty; it needs the header row `consult-nlp sample` wrote."
        ) from e
    except pd.errors.ParserError as e:
        raise ConsultError("E304", f"{path}: cannot parse as CSV ({e}). Check quoting on the row it names.") from e
    df.columns = [str(c).strip() for c in df.columns]
    return [(i, {k: restore_cell(v) for k, v in r.items()}) for i, r in enumerate(df.to_dict("records"), start=2)]


def _cell_text(v) -> str:
    if v is None:
        return ""
    if isinstance(v, float) and v.is_integer():
        v = int(v)
    return restore_cell(str(v))


@dataclass
class MergeResult:
    """A filled-in sample merged into labels.csv."""

    update: LabelsUpdate
    n_rows: int
    n_blank: int  # rows left uncoded, so not merged

    def summary(self) -> str:
        return f"{self.n_rows} rows read, {self.n_blank} left blank (not merged). {self.update.summary()}"


def merge_sample(
    consultation_dir: str | Path,
    filled: str | Path,
    *,
    replace: bool = False,
    dry_run: bool = False,
) -> MergeResult:
    """`consult-nlp sample --merge`: a filled-in sample (CSV or XLSX) into labels.csv.

    Each row's category_ids is that response's complete coding: ids separated by ';', or 'none' when it raises
    no category. Rows left empty are skipped.
    """
    filled = Path(filled)
    cons = load_consultation(consultation_dir)
    rows = _read_any_table(filled)
    if rows and not {"response_id", "category_ids"} <= set(rows[0][1]):
        raise ConsultError(
            "E106",
            f"{filled}: needs columns response_id and category_ids; found {sorted(rows[0][1])}. "
            "Fill in the file `consult-nlp sample` wrote, keeping its header row.",
        )
    proposals, blank = [], 0
    for line, r in rows:
        rid = r.get("response_id", "").strip()
        where = f"{filled} row {line}"
        ids = _parse_category_ids(r.get("category_ids", ""), where, cons.codebook)
        if not rid:
            if ids is None:
                continue
            raise ConsultError("E303", f"{where}: has category_ids but no response_id. Add the id or clear the row.")
        if ids is None:
            blank += 1
            continue
        proposals.append(Proposal(rid, ids, where))
    update = apply_codes(consultation_dir, proposals, replace=replace, dry_run=dry_run)
    return MergeResult(update=update, n_rows=len(rows), n_blank=blank)


# -- the review workbook ------------------------------------------------------------------------------------------


def _flag(v) -> bool:
    return str(v).strip().lower() in ("true", "1", "yes")


def _normalise_assignments(assignments: pd.DataFrame, responses: pd.DataFrame) -> pd.DataFrame:
    """assignments.csv rows (as read or as the pipeline built them) with typed score/flag and the redacted text."""
    a = assignments[assignments["category_id"].astype(str) != ""].copy()
    for col, default in (("source", "model"), ("evidence", ""), ("low_confidence", False), ("score", np.nan)):
        if col not in a.columns:
            a[col] = default
    a["score"] = pd.to_numeric(a["score"], errors="coerce")
    a["low_confidence"] = a["low_confidence"].map(_flag)
    a["evidence"] = a["evidence"].fillna("").astype(str)
    a["response"] = a["response_id"].map(redacted_texts(responses)).fillna("")
    return a.reset_index(drop=True)


def _queue(a: pd.DataFrame) -> pd.DataFrame:
    """Every code of each response that has a doubtful one, so a reviewer can settle the whole response at once."""
    doubtful = set(a.loc[a["low_confidence"], "response_id"])
    return a[a["response_id"].isin(doubtful)]


def _sheet_names(codebook: Codebook) -> dict[str, str]:
    names: dict[str, str] = {}
    used = {QUEUE_SHEET.lower(), INSTRUCTIONS_SHEET.lower()}
    for c in codebook.categories:
        name, k = c.id[:31], 2
        while name.lower() in used:
            name = f"{c.id[:27]}~{k}"
            k += 1
        used.add(name.lower())
        names[c.id] = name
    return names


def _xlsx_text(v) -> str:
    """Text safe for a cell: no control characters, within Excel's limit, and never read as a formula."""
    from openpyxl.cell.cell import ILLEGAL_CHARACTERS_RE

    s = ILLEGAL_CHARACTERS_RE.sub("", "" if v is None or (isinstance(v, float) and np.isnan(v)) else str(v))
    if len(s) > XLSX_CELL_LIMIT:
        s = s[:XLSX_CELL_LIMIT] + " [truncated]"
    return safe_cell(s)


@dataclass
class WorkbookResult:
    path: Path
    n_rows: int  # review rows over all category sheets
    n_queue: int  # rows on the low-confidence sheet
    kept_previous: Path | None  # a filled-in workbook that was in the way, kept under this name


def _sha256_bytes(data: bytes) -> str:
    return hashlib.sha256(data).hexdigest()


def _has_decisions(path: Path) -> bool:
    try:
        _, rows = _review_rows(path)
        return any(r.get("decision") or r.get("add_category_ids") for _, _, r in rows)
    except Exception:  # unreadable: treat as someone's work and keep it
        return True


def write_review_workbook(
    path: str | Path,
    assignments: pd.DataFrame,
    responses: pd.DataFrame,
    codebook: Codebook,
    *,
    consultation_dir: str | Path | None = None,
    keep_filled: bool = True,
) -> WorkbookResult:
    """reports/NAME/review.xlsx: one sheet per category and a low-confidence queue, each with a decision dropdown.

    Text is redacted and formula-safe. If a workbook with decisions already sits at `path` (someone's review not
    yet read back), it is kept beside it as review.filled-HASH.xlsx rather than overwritten. A hidden
    .review.xlsx.sha256 records what was written, so an untouched workbook is recognised without reading it.
    """
    from openpyxl import Workbook
    from openpyxl.cell import WriteOnlyCell
    from openpyxl.styles import Alignment, Font
    from openpyxl.utils import get_column_letter
    from openpyxl.worksheet.datavalidation import DataValidation

    path = Path(path)
    a = _normalise_assignments(assignments, responses)
    codes = a.groupby("response_id", sort=False)["category_id"].agg(list).to_dict()
    names = _sheet_names(codebook)
    wb = Workbook(write_only=True)
    bold, wrap = Font(bold=True), Alignment(wrap_text=True, vertical="top")
    widths = {"response_id": 14, "category_id": 24, "category": 40, "response": 80, "evidence": 50, "score": 8,
              "source": 8, "low_confidence": 10, "other_codes": 30, "decision": 11, "add_category_ids": 24}  # fmt: skip

    def header(ws, cols):
        for i, c in enumerate(cols, 1):
            ws.column_dimensions[get_column_letter(i)].width = widths.get(c, 12)
        ws.freeze_panes = "C2"
        ws.append([_styled(ws, c, bold) for c in cols])

    def _styled(ws, value, style):
        cell = WriteOnlyCell(ws, value=value)
        if isinstance(style, Font):
            cell.font = style
        else:
            cell.alignment = style
        return cell

    def rows_to(ws, frame: pd.DataFrame, cols: list[str]):
        header(ws, cols)
        for r in frame.itertuples(index=False):
            d = r._asdict()
            d["other_codes"] = "; ".join(c for c in codes.get(d["response_id"], []) if c != d["category_id"])
            d["category"] = codebook.get(d["category_id"]).title
            out = []
            for c in cols:
                v = d.get(c, "")
                if c in ("decision", "add_category_ids"):
                    out.append(None)
                elif c == "score":
                    out.append(None if pd.isna(v) else round(float(v), 4))
                elif c == "low_confidence":
                    out.append(bool(v))
                elif c in ("response", "evidence"):
                    out.append(_styled(ws, _xlsx_text(v), wrap))
                else:
                    out.append(_xlsx_text(v))
            ws.append(out)
        dv = DataValidation(type="list", formula1=f'"{",".join(DECISIONS)}"', allow_blank=True, showDropDown=False)
        dv.error, dv.errorTitle, dv.showErrorMessage = "Choose confirm or reject, or leave empty.", "Decision", True
        col = get_column_letter(cols.index("decision") + 1)
        dv.add(f"{col}2:{col}{max(len(frame), 1) + 1}")
        ws.data_validations.append(dv)

    intro = wb.create_sheet(INSTRUCTIONS_SHEET)
    intro.column_dimensions["A"].width = 34
    intro.column_dimensions["B"].width = 30
    intro.column_dimensions["C"].width = 90
    folder = str(consultation_dir) if consultation_dir else "corpora/NAME"
    lines = [
        "Review the model's codes",
        "Each category sheet lists every response counted under that category. In the decision column, choose "
        "confirm (the response raises this category) or reject (it does not); leave it empty to skip.",
        "add_category_ids: categories the response raises that nobody coded, as codebook ids separated by ';'.",
        "A response the model coded is recorded as human-coded once every one of its codes has a decision "
        "(other_codes lists the rest, on their own sheets). The 'Low confidence' sheet lists all the codes of "
        "each response with a doubtful one, so a response can be settled there.",
        "Rows with source 'human' come from labels.csv; rejecting or adding to them changes a human code, "
        "which is applied only with --replace.",
        f"Then run: consult-nlp review --consultation {folder} --workbook {path.name}",
        "Response text is redacted. Cells starting with = + - @ carry a leading apostrophe so they never run as "
        "formulas.",
        "",
    ]
    for ln in lines:
        intro.append([_xlsx_text(ln)])
    intro.append([_styled(intro, h, bold) for h in ("sheet", "category_id", "title")])
    for c in codebook.categories:
        intro.append([_xlsx_text(names[c.id]), _xlsx_text(c.id), _xlsx_text(c.title)])

    cols = REVIEW_COLUMNS
    n_rows = 0
    for c in codebook.categories:
        sub = a[a["category_id"] == c.id].sort_values("score", kind="stable")  # doubtful first
        rows_to(wb.create_sheet(names[c.id]), sub, cols)
        n_rows += len(sub)
    queue = _queue(a)
    qcols = cols[:2] + ["category"] + cols[2:]
    rows_to(wb.create_sheet(QUEUE_SHEET), queue, qcols)

    buf = io.BytesIO()
    wb.save(buf)
    kept = None
    marker = path.with_name(f".{path.name}.sha256")  # what we last wrote there: unchanged means nobody filled it in
    if keep_filled and path.exists():
        old = sha256_file(path)
        touched = old != marker.read_text().strip() if marker.exists() else _has_decisions(path)
        if touched:
            kept = path.with_name(f"{path.stem}.filled-{old[:8]}{path.suffix}")
            path.replace(kept)
    atomic_write_bytes(path, buf.getvalue())
    atomic_write_text(marker, _sha256_bytes(buf.getvalue()) + "\n")
    return WorkbookResult(path=path, n_rows=n_rows, n_queue=len(queue), kept_previous=kept)


def _review_rows(path: Path) -> tuple[int, list[tuple[str, int, dict[str, str]]]]:
    """The review sheets (those with a decision column): how many, and their non-empty rows as (sheet, row, cells)."""
    from openpyxl import load_workbook

    wb = load_workbook(path, read_only=True, data_only=True)
    n_sheets, out = 0, []
    try:
        for ws in wb.worksheets:
            rows = ws.iter_rows(values_only=True)
            cols = [str(h or "").strip() for h in next(rows, None) or ()]
            if "decision" not in cols:
                continue
            n_sheets += 1
            for i, r in enumerate(rows, start=2):
                cells = {c: _cell_text(v).strip() for c, v in zip(cols, r, strict=False) if c}
                if any(cells.values()):
                    out.append((ws.title, i, cells))
    finally:
        wb.close()
    return n_sheets, out


@dataclass
class ReviewResult:
    """A filled-in review workbook read back into labels.csv."""

    update: LabelsUpdate
    confirmed: int
    rejected: int
    added: int
    partial: dict[str, list[str]] = field(default_factory=dict)  # response -> its undecided codes, with sheets

    def summary(self) -> str:
        lines = [f"{self.confirmed} confirmed, {self.rejected} rejected, {self.added} added. {self.update.summary()}"]
        if self.partial:
            lines.append(
                f"{len(self.partial)} response(s) not recorded: some of their codes have no decision yet "
                "(decide them, or pass --accept-undecided to keep them as the model had them):"
            )
            lines += [f"  {rid}: {', '.join(left)}" for rid, left in list(self.partial.items())[:20]]
            if len(self.partial) > 20:
                lines.append(f"  ... and {len(self.partial) - 20} more")
        return "\n".join(lines)


def read_review_workbook(
    consultation_dir: str | Path,
    workbook: str | Path,
    *,
    replace: bool = False,
    accept_undecided: bool = False,
    dry_run: bool = False,
) -> ReviewResult:
    """`consult-nlp review`: the decisions in a filled-in workbook become labels.csv codes (see the module doc)."""
    workbook = Path(workbook)
    if not workbook.exists():
        raise ConsultError("E100", f"{workbook}: file not found. `consult-nlp run` writes reports/NAME/review.xlsx.")
    cons = load_consultation(consultation_dir)
    try:
        n_sheets, rows = _review_rows(workbook)
    except Exception as e:  # openpyxl raises several types for a damaged or non-xlsx file
        raise ConsultError(
            "E304", f"{workbook}: cannot read as an Excel workbook ({e}). Save it again as .xlsx."
        ) from e
    if not n_sheets:
        raise ConsultError(
            "E304", f"{workbook}: no review sheets (sheets with a decision column). Is this review.xlsx?"
        )

    shown: dict[str, dict[str, str]] = {}  # response -> category -> sheet it is on
    decided: dict[tuple[str, str], tuple[str, str]] = {}  # (response, category) -> (decision, where)
    adds: dict[str, set[str]] = {}
    first_where: dict[str, str] = {}
    sources: dict[str, str] = {}
    for sheet, i, r in rows:
        rid, cid = r.get("response_id", ""), r.get("category_id", "")
        if not rid:
            continue
        where = f"{workbook} sheet '{sheet}' row {i}"
        if cid not in cons.codebook.ids:
            raise ConsultError(
                "E300",
                f"{where}: category_id '{cid}' is not in {Path(consultation_dir) / 'codebook.yaml'}. "
                "Was this workbook written for another codebook? Re-run `consult-nlp run` and review the new one.",
            )
        shown.setdefault(rid, {}).setdefault(cid, sheet)
        sources.setdefault(rid, r.get("source", "model") or "model")
        d = r.get("decision", "").lower()
        if d:
            if d not in DECISIONS:
                raise ConsultError(
                    "E303",
                    f"{where}: decision '{r['decision']}' is not one of {', '.join(DECISIONS)}. "
                    "Choose from the dropdown or leave it empty.",
                )
            prev = decided.get((rid, cid))
            if prev and prev[0] != d:
                raise ConsultError(
                    "E302", f"{where}: {d}s {rid} / {cid}, but {prev[1]} says {prev[0]}. Make the two decisions agree."
                )
            decided[(rid, cid)] = (d, where)
            first_where.setdefault(rid, where)
        extra = r.get("add_category_ids", "")
        if extra:
            ids = _parse_category_ids(extra, where + " (add_category_ids)", cons.codebook)
            if not ids:
                raise ConsultError(
                    "E303",
                    f"{where}: add_category_ids takes category ids. To say the response raises no category, "
                    "reject its codes instead.",
                )
            adds.setdefault(rid, set()).update(ids)
            first_where.setdefault(rid, where)

    existing = label_sets(cons.labels)
    proposals, partial = [], {}
    confirmed = sum(d == "confirm" for d, _ in decided.values())
    rejected = sum(d == "reject" for d, _ in decided.values())
    for rid in first_where:
        yes = {c for c in shown[rid] if decided.get((rid, c), ("",))[0] == "confirm"}
        no = {c for c in shown[rid] if decided.get((rid, c), ("",))[0] == "reject"}
        plus = adds.get(rid, set())
        if rid in existing or sources[rid] == "human":
            # already human-coded: the decisions edit those codes (a change needs replace, see apply_codes)
            base = existing.get(rid, set(shown[rid]))
            want = (base - no) | yes | plus
        else:
            undecided = set(shown[rid]) - yes - no
            if undecided and not accept_undecided:
                partial[rid] = [f"{c} ('{shown[rid][c]}')" for c in _ordered(undecided, cons.codebook)]
                continue
            want = yes | plus | (undecided if accept_undecided else set())
        proposals.append(Proposal(rid, _ordered(want, cons.codebook), first_where[rid]))
    update = apply_codes(consultation_dir, proposals, replace=replace, dry_run=dry_run)
    return ReviewResult(
        update=update,
        confirmed=confirmed,
        rejected=rejected,
        added=sum(len(v) for v in adds.values()),
        partial=partial,
    )


# -- a finished run, for an analyst's notebook -------------------------------------------------------------------


def _locate(path: str | Path) -> Path:
    """A relative path from the current folder, or from the nearest parent that has it (a notebook runs in
    notebooks/, while its parameters name folders from the repository root)."""
    p = Path(path)
    if p.is_absolute() or p.exists():
        return p
    for parent in Path.cwd().parents[:3]:
        if (parent / p).exists():
            return parent / p
    return p


@dataclass(frozen=True)
class RunView:
    """A finished run: its counts, and its assignments with each response's redacted text (never the raw text)."""

    name: str
    consultation_dir: Path
    run_dir: Path
    codebook: Codebook = field(repr=False)
    counts: pd.DataFrame = field(repr=False)
    assignments: pd.DataFrame = field(repr=False)  # + response (redacted) and title columns
    manifest: dict = field(repr=False)
    changed_since_run: tuple[str, ...] = ()  # inputs whose hash differs from the run's manifest

    def __str__(self) -> str:
        a = self.assignments
        note = f"; changed since the run: {', '.join(self.changed_since_run)}" if self.changed_since_run else ""
        return (
            f"{self.name}: {a['response_id'].nunique()} responses with a category, {len(a)} codes "
            f"({int((a['source'] == 'human').sum())} human, {int(a['low_confidence'].sum())} low-confidence), "
            f"{len(self.counts)} categories{note}"
        )


def load_run(consultation_dir: str | Path, run_dir: str | Path | None = None) -> RunView:
    """Load reports/NAME/ (counts.csv, assignments.csv, manifest.json) with the consultation it was made from."""
    import json

    folder = _locate(consultation_dir)
    cons = load_consultation(folder)
    run_dir = _locate(run_dir) if run_dir else _locate(Path("reports") / cons.name)
    for name in ("counts.csv", "assignments.csv"):
        if not (run_dir / name).exists():
            raise ConsultError(
                "E504", f"{run_dir / name}: not found. Run `consult-nlp run {folder}` to make a run to review."
            )
    counts = read_table(run_dir / "counts.csv", ["category_id", "mentions", "low", "high"])
    for col in [c for c in ("mentions", "estimated_mentions", "low", "high") if c in counts.columns]:
        counts[col] = pd.to_numeric(counts[col], errors="coerce").fillna(0).astype(int)
    raw = read_table(run_dir / "assignments.csv", ["response_id", "category_id"])
    unknown = sorted(set(raw["category_id"]) - set(cons.codebook.ids) - {""})
    if unknown:
        raise ConsultError(
            "E504",
            f"{run_dir / 'assignments.csv'}: categories {unknown} are not in {folder / 'codebook.yaml'}. "
            "The codebook changed since this run; run `consult-nlp run` again.",
        )
    a = _normalise_assignments(raw, cons.responses)
    a["title"] = a["category_id"].map({c.id: c.title for c in cons.codebook.categories})
    manifest = {}
    if (run_dir / "manifest.json").exists():
        manifest = json.loads((run_dir / "manifest.json").read_text(encoding="utf-8"))
    changed = tuple(
        n
        for n, h in sorted(manifest.get("inputs", {}).items())
        if not (folder / n).exists() or sha256_file(folder / n) != h
    )
    return RunView(cons.name, folder, run_dir, cons.codebook, counts, a, manifest, changed)


@dataclass
class CountsChart:
    """Mentions per category with their 95% intervals; shows itself in a notebook."""

    figure: object  # matplotlib.figure.Figure

    def _repr_png_(self) -> bytes:
        buf = io.BytesIO()
        self.figure.savefig(buf, format="png", dpi=100, bbox_inches="tight")
        return buf.getvalue()

    def save(self, path: str | Path) -> Path:
        self.figure.savefig(path, bbox_inches="tight")
        return Path(path)


def plot_counts(run: RunView, max_title: int = 60) -> CountsChart:
    """Horizontal bars of mentions (human-coded part darker), the corrected estimate as a diamond, and its interval."""
    from matplotlib.figure import Figure

    c = run.counts
    human = run.assignments[run.assignments["source"] == "human"].drop_duplicates(["response_id", "category_id"])
    n_human = human.groupby("category_id").size().reindex(c["category_id"]).fillna(0).to_numpy()
    names = (c["title"] if "title" in c.columns else c["category_id"]).where(lambda t: t != "", c["category_id"])
    titles = [t if len(t) <= max_title else t[: max_title - 1] + "…" for t in names]
    y = np.arange(len(c))[::-1]
    m = c["mentions"].to_numpy()
    fig = Figure(figsize=(9, 0.45 * len(c) + 1.2))
    ax = fig.add_subplot()
    ax.barh(y, m - n_human, left=n_human, color="#9ecae1", label="coded by the model")
    ax.barh(y, n_human, color="#3182bd", label="coded by a person")
    # drawn from low to high about its own middle: the interval is for the true count and can lie above the bar
    low, high = c["low"].to_numpy(float), c["high"].to_numpy(float)
    ax.errorbar((low + high) / 2, y, xerr=(high - low) / 2, fmt="none", ecolor="black", capsize=3, label="95% interval")
    if "estimated_mentions" in c.columns:  # runs before it was written have no estimate
        ax.plot(
            c["estimated_mentions"].to_numpy(float),
            y,
            "D",
            color="black",
            markersize=4,
            label="estimated mentions, corrected for model errors",
        )
    ax.set_yticks(y, titles, fontsize=8)
    ax.set_xlabel("mentions (responses raising the category)")
    ax.set_title(f"{run.name}: mentions per category")
    ax.legend(loc="lower right", fontsize=8)
    fig.tight_layout()
    return CountsChart(fig)


def _view_columns(a: pd.DataFrame) -> pd.DataFrame:
    return a[["response_id", "category_id", "response", "evidence", "score", "source", "low_confidence"]]


def category_evidence(run: RunView, category_id: str | None = None, n: int | None = 20) -> pd.DataFrame:
    """The responses coded with a category (default: the most mentioned), strongest first, with their evidence."""
    if category_id is None:
        category_id = str(run.counts.sort_values("mentions", ascending=False, kind="stable")["category_id"].iloc[0])
    if category_id not in run.codebook.ids:
        raise ConsultError(
            "E300", f"category '{category_id}' is not in the codebook. Use one of: {', '.join(run.codebook.ids)}."
        )
    a = run.assignments[run.assignments["category_id"] == category_id]
    # the model's codes first, strongest first: they carry evidence; human codes (no evidence needed) after
    a = a.assign(_h=a["source"] == "human").sort_values(["_h", "score"], ascending=[True, False], kind="stable")
    return _view_columns(a.head(n) if n else a).reset_index(drop=True)


def low_confidence_queue(run: RunView) -> pd.DataFrame:
    """Every code of each response with a doubtful one (a score near its threshold): what to review first."""
    return _view_columns(_queue(run.assignments)).reset_index(drop=True)


@dataclass(frozen=True)
class Correction:
    """A response's corrected, complete set of codes, ready for record_correction."""

    response_id: str
    category_ids: tuple[str, ...]
    current: tuple[str, ...]  # its codes in the run
    reason: str


def propose_correction(
    run: RunView, response_id: str | None = None, category_ids: Iterable[str] | str | None = None
) -> Correction:
    """A correction to record: by default, the top of the low-confidence queue without its doubtful codes."""
    a = run.assignments
    if response_id is None:
        q = _queue(a)
        if q.empty:
            raise ConsultError("E306", "the run has no low-confidence codes; name the response_id to correct.")
        response_id = str(q["response_id"].iloc[0])
    mine = a[a["response_id"] == response_id]
    current = _ordered(mine["category_id"], run.codebook)
    if category_ids is None:
        doubtful = set(mine.loc[mine["low_confidence"], "category_id"])
        ids = _ordered(set(current) - doubtful, run.codebook)
        reason = f"reject the doubtful code(s) {sorted(doubtful) or 'none'}; keep the rest"
    else:
        ids = _as_ids(category_ids, run.codebook, f"correction for {response_id}")
        reason = "as given"
    return Correction(response_id, ids, current, reason)


def _as_ids(category_ids: Iterable[str] | str, codebook: Codebook, where: str) -> tuple[str, ...]:
    if isinstance(category_ids, str):
        return _parse_category_ids(category_ids, where, codebook) or ()
    ids = [str(c) for c in category_ids]
    if not ids:
        return ()
    return _parse_category_ids(";".join(ids), where, codebook) or ()


def record_correction(
    consultation_dir: str | Path,
    response_id: str,
    category_ids: Iterable[str] | str,
    *,
    replace: bool = False,
    dry_run: bool = False,
) -> LabelsUpdate:
    """Record a response's complete, correct codes in labels.csv ([] or 'none': it raises no category).

    A response already in labels.csv keeps its codes unless replace=True; the write is atomic.
    """
    folder = _locate(consultation_dir)
    cons = load_consultation(folder)
    where = f"correction for {response_id}"
    ids = _as_ids(category_ids, cons.codebook, where)
    return apply_codes(folder, [Proposal(str(response_id), ids, where)], replace=replace, dry_run=dry_run)
