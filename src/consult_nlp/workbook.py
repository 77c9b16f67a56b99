"""The review workbook: every code the model or a person gave, by category, to confirm or reject in Excel.

A response the model coded becomes human-coded when every category the workbook shows for it has a decision (or
with `accept_undecided`, when any has: its undecided codes are then kept as the model had them). Its codes are the
confirmed ones plus any the reviewer added. Responses with only some decisions are reported, not written, so no
reviewer's work is silently dropped and no model guess silently becomes a human code.
"""

from __future__ import annotations

import hashlib
import io
from dataclasses import dataclass, field
from pathlib import Path

import numpy as np
import pandas as pd

from .artefacts import atomic_write_bytes, safe_cell, sha256_file
from .codebook import Codebook, label_sets, load_consultation
from .errors import ConsultError
from .labels import LabelsUpdate, Proposal, apply_codes, cell_text, ordered_ids, parse_category_ids
from .redaction import shown_texts
from .tables import ASSIGNMENTS

DECISIONS = ("confirm", "reject")
REVIEW_COLUMNS = [
    "response_id", "category_id", "response", "evidence", "score", "coded_by", "low_confidence", "other_codes",
    "decision", "add_category_ids",
]  # fmt: skip
QUEUE_SHEET = "Low confidence"
INSTRUCTIONS_SHEET = "How to review"
XLSX_CELL_LIMIT = 32_000  # Excel refuses cells over 32,767 characters
REVIEWER_LABEL = "Reviewer (write your name in the next cell):"

# -- the review workbook ------------------------------------------------------------------------------------------


def assignments_for_review(assignments: pd.DataFrame, responses: pd.DataFrame) -> pd.DataFrame:
    """Assignments (as read or as the pipeline built them), typed, with each response's redacted text."""
    a = ASSIGNMENTS.conform(assignments[assignments["category_id"].astype(str) != ""], source="assignments")
    return a.assign(response=a["response_id"].map(shown_texts(responses)).fillna(""))


def review_queue(a: pd.DataFrame) -> pd.DataFrame:
    """Every code of each response that has a doubtful one, so a reviewer can settle the whole response at once,
    the responses whose review would most change the counts first.

    A doubtful code is wrong with probability about 1 - score; wrong, it moves its category's count by one, which
    matters more for a small category. A response's weight is the sum of (1 - score) / count over its doubtful
    codes; ties keep the assignments' order."""
    doubtful = a[a["low_confidence"]]
    if doubtful.empty:
        return a.iloc[0:0]
    size = a.groupby("category_id")["response_id"].nunique()
    weight = (
        ((1 - doubtful["score"].astype(float)) / doubtful["category_id"].map(size).clip(lower=1))
        .groupby(doubtful["response_id"])
        .sum()
    )
    first = {r: i for i, r in enumerate(dict.fromkeys(a["response_id"]))}
    order = sorted(weight.index, key=lambda r: (-round(float(weight[r]), 12), first[r]))
    rank = {r: i for i, r in enumerate(order)}
    q = a[a["response_id"].isin(rank)]
    return q.assign(_r=q["response_id"].map(rank)).sort_values("_r", kind="stable").drop(columns="_r")


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
    sha256: str  # of what was written: the next run knows an untouched workbook by it


def has_decisions(path: Path) -> bool:
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
    workbook_path: str | Path | None = None,
) -> WorkbookResult:
    """review.xlsx: one sheet per category and a low-confidence queue, each with a decision dropdown.

    Text is redacted and formula-safe. `workbook_path` is where a reviewer will find it (the instructions name
    it), when `path` is a staging place.
    """
    from openpyxl import Workbook
    from openpyxl.cell import WriteOnlyCell
    from openpyxl.styles import Alignment, Font
    from openpyxl.utils import get_column_letter
    from openpyxl.worksheet.datavalidation import DataValidation

    path = Path(path)
    a = assignments_for_review(assignments, responses)
    codes = a.groupby("response_id", sort=False)["category_id"].agg(list).to_dict()
    names = _sheet_names(codebook)
    wb = Workbook(write_only=True)
    bold, wrap = Font(bold=True), Alignment(wrap_text=True, vertical="top")
    widths = {"response_id": 14, "category_id": 24, "category": 40, "response": 80, "evidence": 50, "score": 8,
              "coded_by": 9, "low_confidence": 10, "other_codes": 30, "decision": 11,
              "add_category_ids": 24}  # fmt: skip

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
        ws.auto_filter.ref = f"A1:{get_column_letter(len(cols))}{max(len(frame), 1) + 1}"  # filter any column

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
        "Rows with coded_by 'human' come from labels.csv; rejecting or adding to them changes a human code, "
        "which is applied only with --replace.",
        f"Then run: consult-nlp review --consultation {folder} --workbook {workbook_path or path}",
        "Response text is redacted. Cells starting with = + - @ carry a leading apostrophe so they never run as "
        "formulas.",
        "",
    ]
    for ln in lines:
        intro.append([_xlsx_text(ln)])
    intro.append([_styled(intro, REVIEWER_LABEL, bold), None])  # the reviewer writes their name in column B
    intro.append([])
    intro.append([_styled(intro, h, bold) for h in ("sheet", "category_id", "title")])
    for c in codebook.categories:
        intro.append([_xlsx_text(names[c.id]), _xlsx_text(c.id), _xlsx_text(c.title)])

    cols = REVIEW_COLUMNS
    n_rows = 0
    for c in codebook.categories:
        sub = a[a["category_id"] == c.id].sort_values("score", kind="stable")  # doubtful first
        rows_to(wb.create_sheet(names[c.id]), sub, cols)
        n_rows += len(sub)
    queue = review_queue(a)
    qcols = cols[:2] + ["category"] + cols[2:]
    rows_to(wb.create_sheet(QUEUE_SHEET), queue, qcols)

    buf = io.BytesIO()
    wb.save(buf)
    atomic_write_bytes(path, buf.getvalue())
    return WorkbookResult(
        path=path, n_rows=n_rows, n_queue=len(queue), sha256=hashlib.sha256(buf.getvalue()).hexdigest()
    )


def keep_filled_workbook(previous: Path, written_sha256: str | None, stage: Path) -> Path | None:
    """A review.xlsx someone may have filled in, about to be replaced: kept as review.filled-HASH.xlsx.

    `written_sha256` is what the previous run wrote there (its manifest): a workbook still with that hash was
    never touched. Without it, a workbook with any decision in it is kept.
    """
    if not previous.is_file():
        return None
    old = sha256_file(previous)
    touched = old != written_sha256 if written_sha256 else has_decisions(previous)
    if not touched:
        return None
    kept = stage / f"{previous.stem}.filled-{old[:8]}{previous.suffix}"
    kept.write_bytes(previous.read_bytes())
    return kept


def _workbook_reviewer(path: Path) -> str | None:
    """The name written beside REVIEWER_LABEL on the instructions sheet, if any."""
    from openpyxl import load_workbook

    try:
        wb = load_workbook(path, read_only=True, data_only=True)
    except Exception:  # noqa: BLE001 - the caller has already read the workbook; a name is optional
        return None
    try:
        if INSTRUCTIONS_SHEET not in wb.sheetnames:
            return None
        for row in wb[INSTRUCTIONS_SHEET].iter_rows(values_only=True, max_col=2):
            if row and str(row[0] or "").startswith("Reviewer") and len(row) > 1 and row[1]:
                return str(row[1]).strip() or None
    finally:
        wb.close()
    return None


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
                cells = {c: cell_text(v).strip() for c, v in zip(cols, r, strict=False) if c}
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
    reviewer: str | None = None,
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
        sources.setdefault(rid, r.get("coded_by", r.get("source", "model")) or "model")
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
            ids = parse_category_ids(extra, where + " (add_category_ids)", cons.codebook)
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
                partial[rid] = [f"{c} ('{shown[rid][c]}')" for c in ordered_ids(undecided, cons.codebook)]
                continue
            want = yes | plus | (undecided if accept_undecided else set())
        proposals.append(Proposal(rid, ordered_ids(want, cons.codebook), first_where[rid]))
    who = reviewer or _workbook_reviewer(workbook)
    update = apply_codes(consultation_dir, proposals, replace=replace, dry_run=dry_run, reviewer=who, via="review")
    return ReviewResult(
        update=update,
        confirmed=confirmed,
        rejected=rejected,
        added=sum(len(v) for v in adds.values()),
        partial=partial,
    )
