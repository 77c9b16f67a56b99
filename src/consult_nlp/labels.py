"""labels.csv, where every human coding decision lives, and the routes into it.

A filled-in sample, a review workbook and a notebook correction all end in `apply_codes`, which validates the ids,
never overwrites an existing human code unless told to, writes the file atomically and appends each change to
the audit record. The next `run` reads labels.csv, and for every response it lists, the human codes replace the
model's.

What "coded" means. A response in labels.csv is coded: its rows there are its complete set of categories (one
row with an empty category_id when it raises none). So a decision on one (response, category) pair cannot be
written alone: see workbook.py for how a review becomes complete code sets.
"""

from __future__ import annotations

import csv
import datetime as dt
import getpass
import io
import os
import re
from collections.abc import Iterable
from dataclasses import dataclass, field
from pathlib import Path

import pandas as pd

from .artefacts import safe_cell
from .codebook import Codebook, label_sets, load_consultation
from .errors import ConsultError
from .tables import read_csv, restore_cell, write_csv

NO_CATEGORY = "none"  # in a category_ids cell: coded, and raises no category

# -- applying human codes to labels.csv ---------------------------------------------------------------------------


@dataclass(frozen=True)
class Proposal:
    """A response's complete set of codes, as a human decided it, and where that decision came from."""

    response_id: str
    category_ids: tuple[str, ...]  # codebook order; () means coded, no category
    where: str  # "FILE row N" or "FILE sheet 'S' row N", for messages and the audit record
    pick: str = ""  # how the response came to be coded: random (a seeded random pick), active, or '' (not said)


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


def ordered_ids(ids: Iterable[str], codebook: Codebook) -> tuple[str, ...]:
    order = {c: i for i, c in enumerate(codebook.ids)}
    return tuple(sorted(set(ids), key=order.__getitem__))


def apply_codes(
    consultation_dir: str | Path,
    proposals: list[Proposal],
    *,
    replace: bool = False,
    dry_run: bool = False,
    reviewer: str | None = None,
    via: str = "",
) -> LabelsUpdate:
    """Merge complete code sets into labels.csv: new responses are added, existing human codes stay unless replace.

    Validates every id against the consultation, rewrites labels.csv atomically (keeping its other rows and
    columns as they were), then appends one row per change to labels_audit.csv: who (`reviewer`, default the OS
    user), when, through what (`via`, e.g. 'review'), from where (file and row), and the codes before and after.
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
    changes: list[dict] = []
    drop: set[str] = set()
    for rid, p in seen.items():
        want = ordered_ids(p.category_ids, cons.codebook)
        before = ""
        if rid in existing:
            have = ordered_ids(existing[rid], cons.codebook)
            if set(have) == set(want):
                update.unchanged.append(rid)
                continue
            if not replace:
                update.conflicts.append(Conflict(rid, have, want, p.where))
                continue
            update.replaced.append(rid)
            drop.add(rid)
            before = "; ".join(have) or NO_CATEGORY
            action = "replaced"
        else:
            update.added.append(rid)
            action = "added"
        new_rows.extend({"response_id": rid, "category_id": c} for c in (want or ("",)))
        changes.append({"response_id": rid, "action": action, "before": before,
                        "after": "; ".join(want) or NO_CATEGORY, "where": p.where, "pick": p.pick})  # fmt: skip

    raw = (
        read_csv(path, ["response_id", "category_id"])
        if path.exists()
        else pd.DataFrame(columns=["response_id", "category_id"], dtype=str)
    )
    merged = pd.concat(
        [raw[~raw["response_id"].isin(drop)], pd.DataFrame(new_rows, columns=["response_id", "category_id"])],
        ignore_index=True,
    ).fillna("")
    update.n_labelled = int(merged["response_id"].nunique())
    if new_rows and not dry_run:
        write_csv(path, merged)
        append_audit(folder / AUDIT_FILE, changes, reviewer=reviewer, via=via)
        update.written = True
    return update


# -- the audit record -------------------------------------------------------------------------------------------

AUDIT_FILE = "labels_audit.csv"
AUDIT_COLUMNS = ["time", "reviewer", "via", "response_id", "action", "before", "after", "where", "pick"]


def default_reviewer() -> str:
    try:
        return getpass.getuser()
    except (KeyError, OSError):  # no login name (some containers)
        return "unknown"


def append_audit(path: Path, changes: list[dict], *, reviewer: str | None = None, via: str = "") -> None:
    """Append one row per change; the file is only ever appended to, in one write, and flushed to disk."""
    if not changes:
        return
    now = dt.datetime.now(dt.UTC).isoformat(timespec="seconds")
    who = (reviewer or "").strip() or default_reviewer()
    buf = io.StringIO()
    w = csv.DictWriter(buf, fieldnames=AUDIT_COLUMNS, lineterminator="\n")
    new = not path.exists() or path.stat().st_size == 0
    if new:
        w.writeheader()
    for c in changes:
        w.writerow({k: safe_cell(str(v)) for k, v in ({"time": now, "reviewer": who, "via": via} | c).items()})
    with open(path, "a", encoding="utf-8", newline="") as f:
        f.write(buf.getvalue())
        f.flush()
        os.fsync(f.fileno())


def read_audit(folder: str | Path) -> pd.DataFrame:
    """labels_audit.csv as a DataFrame (empty, with its columns, when nothing was recorded yet)."""
    path = Path(folder) / AUDIT_FILE
    if not path.exists():
        return pd.DataFrame(columns=AUDIT_COLUMNS, dtype=str)
    return read_csv(path, ["response_id", "action"])


def history(folder: str | Path, response_id: str) -> pd.DataFrame:
    """Every recorded decision about one response, oldest first."""
    audit = read_audit(folder)
    return audit[audit["response_id"] == response_id].reset_index(drop=True)


def parse_category_ids(cell: str, where: str, codebook: Codebook) -> tuple[str, ...] | None:
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
    return ordered_ids(tokens, codebook)


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
            (i, {h: cell_text(v) for h, v in zip(header, r, strict=False) if h})
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


def cell_text(v) -> str:
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
    reviewer: str | None = None,
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
        ids = parse_category_ids(r.get("category_ids", ""), where, cons.codebook)
        if not rid:
            if ids is None:
                continue
            raise ConsultError("E303", f"{where}: has category_ids but no response_id. Add the id or clear the row.")
        if ids is None:
            blank += 1
            continue
        proposals.append(Proposal(rid, ids, where, pick=r.get("pick", "").strip().lower()))
    update = apply_codes(
        consultation_dir, proposals, replace=replace, dry_run=dry_run, reviewer=reviewer, via="sample --merge"
    )
    return MergeResult(update=update, n_rows=len(rows), n_blank=blank)


def as_ids(category_ids: Iterable[str] | str, codebook: Codebook, where: str) -> tuple[str, ...]:
    if isinstance(category_ids, str):
        return parse_category_ids(category_ids, where, codebook) or ()
    ids = [str(c) for c in category_ids]
    if not ids:
        return ()
    return parse_category_ids(";".join(ids), where, codebook) or ()


def record_correction(
    consultation_dir: str | Path,
    response_id: str,
    category_ids: Iterable[str] | str,
    *,
    replace: bool = False,
    dry_run: bool = False,
    reviewer: str | None = None,
) -> LabelsUpdate:
    """Record a response's complete, correct codes in labels.csv ([] or 'none': it raises no category).

    A response already in labels.csv keeps its codes unless replace=True; the write is atomic and audited.
    """
    cons = load_consultation(consultation_dir)
    where = f"correction for {response_id}"
    ids = as_ids(category_ids, cons.codebook, where)
    return apply_codes(consultation_dir, [Proposal(str(response_id), ids, where)], replace=replace, dry_run=dry_run,
                       reviewer=reviewer, via="correction")  # fmt: skip


def picked_for_difficulty(folder: str | Path) -> set[str]:
    """Responses whose current codes came from a review, a correction or an active (uncertainty) sample: they
    were chosen for being hard or model-coded, so the classifier's error on them is not its error on the rest."""
    audit = read_audit(folder)
    if audit.empty:
        return set()
    last = audit.drop_duplicates("response_id", keep="last")
    hard = last["via"].isin(["review", "correction"]) | (last["pick"] == "active")
    return set(last.loc[hard, "response_id"])
