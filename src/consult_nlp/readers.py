"""Survey exports in: the mapping file, and CSV (any common encoding), XLSX and JSONL read into rows.

Each reader returns a `Sheet`: the header and every row with the row number a person would look for. A row that
cannot be read goes into the ingest report with the reason and the fix; a file that cannot be read at all stops
with an error naming the file, the line and the fix.
"""

from __future__ import annotations

import csv
import difflib
import io
import json
import re
from collections import Counter
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING

from pydantic import BaseModel, ConfigDict, ValidationError

from .codebook import read_yaml
from .errors import ConsultError
from .tables import RESPONSES
from .text import CONTROL, normalise

if TYPE_CHECKING:
    from .ingest import IngestReport

TABLE_SUFFIXES = {".csv", ".tsv", ".txt", ".xlsx", ".xlsm", ".jsonl", ".ndjson"}


class Mapping(BaseModel):
    """Which columns of a survey export hold what. See the README's 'Mapping file' section."""

    model_config = ConfigDict(extra="forbid")
    id: str = "response_id"
    questions: dict[str, str] | list[str] | str = "text"
    question_column: str | None = None  # long format: the column naming each row's question ...
    answer_column: str | None = None  # ... and the column holding its answer
    respondent_type: str | None = None
    email: str | None = None
    keep: list[str] = []
    keep_words: list[str] = []
    no_answer_phrases: list[str] = []  # answers that mean "no answer" here, besides the built-in ones
    encoding: str | None = None
    sheet: str | None = None

    @property
    def long(self) -> bool:
        return self.question_column is not None

    def long_questions(self) -> dict[str, str] | None:
        """Long format: question text -> question id for the questions to keep; None keeps every question."""
        if "questions" not in self.model_fields_set:
            return None
        if isinstance(self.questions, str):
            return {self.questions: _slug(self.questions)}
        if isinstance(self.questions, list):
            return {q: _slug(q) for q in self.questions}
        return dict(self.questions)

    def question_map(self) -> dict[str, str]:
        if isinstance(self.questions, str):
            return {self.questions: ""}
        if isinstance(self.questions, list):
            return {c: _slug(c) for c in self.questions}
        return dict(self.questions)


def _slug(name: str) -> str:
    s = re.sub(r"[^a-z0-9]+", "-", name.lower()).strip("-")
    return s[:40].rsplit("-", 1)[0] if len(s) > 40 and "-" in s[:40] else s[:40] or "q"


def load_mapping(path: str | Path) -> Mapping:
    path = Path(path)
    if not path.is_file():
        raise ConsultError("E100", f"{path}: mapping file not found. Pass the path of a YAML mapping (see the README).")
    data = read_yaml(path, "Pass the path of a YAML mapping (see the README).")
    try:
        m = Mapping(**data)
    except ValidationError as e:
        err = e.errors()[0]
        where = ".".join(str(x) for x in err["loc"])
        raise ConsultError(
            "E200", f"{path}: entry '{where}': {err['msg']}. Allowed keys: {', '.join(Mapping.model_fields)}."
        ) from e
    if (m.question_column is None) != (m.answer_column is None):
        raise ConsultError(
            "E200", f"{path}: a long-format export needs both 'question_column' and 'answer_column'. Give both, or "
            "neither for one column per question.",
        )  # fmt: skip
    if m.long:
        ids = list((m.long_questions() or {}).values())
        if len(set(ids)) != len(ids) or "" in ids:
            raise ConsultError("E200", f"{path}: 'questions' gives duplicate or empty question ids {ids}.")
        return m
    qs = m.question_map()
    if not qs:
        raise ConsultError("E200", f"{path}: 'questions' is empty. List the open-question columns.")
    ids = list(qs.values())
    if len(qs) > 1 and (len(set(ids)) != len(ids) or "" in ids):
        raise ConsultError(
            "E200", f"{path}: 'questions' gives duplicate or empty question ids {ids}. Make each unique."
        )
    return m


@dataclass
class Sheet:
    """Rows of one spreadsheet-like input, each with the row number a person would look for."""

    path: Path
    format: str
    columns: list[str]
    rows: list[tuple[int, dict[str, str]]]
    encoding: str | None = None


def decode_text(path: Path, raw: bytes, encoding: str | None = None) -> tuple[str, str]:
    """The file's text and the encoding used, detected when not given; errors name the row and the fix."""
    if raw[:4] == b"PK\x03\x04":
        raise ConsultError("E201", f"{path}: this is a zipped file (an Excel .xlsx or Word .docx?), not text. Give it "
                           "its proper extension, or save it as CSV.")  # fmt: skip
    if encoding:
        try:
            return raw.decode(encoding), encoding
        except LookupError as e:
            raise ConsultError("E202", f"{path}: unknown encoding '{encoding}' in the mapping; use e.g. cp1252.") from e
        except UnicodeDecodeError as e:
            row = raw[: e.start].count(b"\n") + 1
            raise ConsultError(
                "E202",
                f"{path}: line {row} is not valid {encoding} (byte 0x{raw[e.start]:02x}). Fix the mapping's "
                "'encoding' (remove it to detect the encoding), or re-save the file as UTF-8.",
            ) from e
    utf16 = "utf-16" if raw.startswith((b"\xff\xfe", b"\xfe\xff")) else _utf16_without_bom(raw)
    if utf16:
        try:
            return raw.decode(utf16), utf16 if utf16 == "utf-16" else f"{utf16} (detected, no byte-order mark)"
        except UnicodeDecodeError as e:
            raise ConsultError(
                "E202",
                f"{path}: looks like UTF-16 but is cut short or damaged at byte {e.start}. Export it again, "
                "as CSV UTF-8 if you can.",
            ) from None
    try:
        return raw.decode("utf-8-sig"), "utf-8"
    except UnicodeDecodeError as e:
        bad_line = raw[: e.start].count(b"\n") + 1
    if b"\x00" in raw:
        raise ConsultError(
            "E201", f"{path}: binary data at line {bad_line}; this is not a text file. Export it as CSV."
        )
    from charset_normalizer import from_bytes

    best = from_bytes(raw, cp_isolation=["cp1252", "latin_1", "iso8859_15", "mac_roman", "cp850", "utf_16",
                                         "cp1250", "iso8859_2", "shift_jis", "gb18030", "big5"]).best()  # fmt: skip
    if best is None:
        raise ConsultError(
            "E202",
            f"{path}: not UTF-8 (line {bad_line}) and no other common encoding fits. Open it in a spreadsheet "
            "and save as 'CSV UTF-8', or name the encoding in the mapping ('encoding: cp1252').",
        )
    enc = best.encoding
    if enc in ("latin_1", "iso8859_15", "cp1250", "iso8859_2") and not any(0x80 <= c < 0xA0 for c in raw):
        enc = enc  # no cp1252-only bytes: the detected one is as good
    elif enc in ("latin_1", "iso8859_15"):
        enc = "cp1252"  # bytes 0x80-0x9F are curly quotes and dashes in Windows files, control codes in Latin-1
    try:
        return raw.decode(enc), f"{enc} (detected; not UTF-8 from line {bad_line})"
    except UnicodeDecodeError:
        return str(best), f"{best.encoding} (detected; not UTF-8 from line {bad_line})"


def _utf16_without_bom(raw: bytes) -> str | None:
    """'utf-16-le'/'utf-16-be' when the bytes look like mostly-ASCII text in UTF-16 (every other byte a NUL)."""
    head = raw[:4000]
    if len(head) < 4 or len(head) % 2:
        head = head[: len(head) - len(head) % 2]
    if len(head) < 4:
        return None
    even, odd = head[0::2], head[1::2]
    if odd.count(0) > 0.9 * len(odd) and even.count(0) < 0.1 * len(even):
        return "utf-16-le"
    if even.count(0) > 0.9 * len(even) and odd.count(0) < 0.1 * len(odd):
        return "utf-16-be"
    return None


def read_csv_table(path: Path, report: IngestReport, encoding: str | None = None) -> Sheet:
    raw = path.read_bytes()
    if not raw.strip():
        raise ConsultError("E203", f"{path}: the file is empty. Export the survey again, with a header row.")
    text, enc = decode_text(path, raw, encoding)
    first = text.lstrip("\ufeff").split("\n", 1)[0]
    delim = max([",", ";", "\t", "|"], key=lambda d: (first.count(d), d == ","))
    csv.field_size_limit(2**31 - 1)  # a long letter pasted into one cell is an answer, not a quoting error
    reader = csv.reader(io.StringIO(text.lstrip("\ufeff"), newline=""), delimiter=delim)
    try:
        header = next(reader)
    except (StopIteration, csv.Error) as e:
        raise ConsultError("E105", f"{path}: cannot read the header row ({e}). Export the survey again as CSV.") from e
    header = _header(header)
    rows: list[tuple[int, dict[str, str]]] = []
    row_no = 1
    while True:
        start_line = reader.line_num + 1
        try:
            rec = next(reader)
        except StopIteration:
            break
        except csv.Error as e:
            row_no += 1
            report.unreadable_row(path, row_no, f"line {start_line}: {e}.", "Fix the quoting on that line.")
            continue
        if not rec or not any(c.strip() for c in rec):
            continue
        row_no += 1
        extra = rec[len(header) :]
        if len(rec) < len(header) or any(c.strip() for c in extra):
            report.unreadable_row(
                path, row_no,
                f"line {start_line}: {len(rec)} fields where the header has {len(header)}.",
                "An unquoted comma or quote in an answer splits it; quote the field, or re-export the file.",
            )  # fmt: skip
            continue
        rows.append((row_no, dict(zip(header, rec, strict=False))))
    return Sheet(path, "csv", header, rows, enc)


def _header(cells: list) -> list[str]:
    out, seen = [], Counter()
    for i, c in enumerate(cells):
        name = normalise(str(c)) if c is not None and str(c).strip() else f"column_{i + 1}"
        seen[name] += 1
        out.append(name if seen[name] == 1 else f"{name}.{seen[name] - 1}")
    return out


def _cell(v) -> str:
    if v is None:
        return ""
    if isinstance(v, float) and v.is_integer():
        return str(int(v))
    if hasattr(v, "isoformat"):
        return v.isoformat()
    return str(v)


def read_xlsx_table(path: Path, report: IngestReport, sheet: str | None = None) -> Sheet:
    import zipfile

    from openpyxl import load_workbook

    if path.stat().st_size == 0:
        raise ConsultError("E203", f"{path}: the file is empty. Export the survey again.")
    try:
        wb = load_workbook(path, read_only=True, data_only=True)
    except (zipfile.BadZipFile, KeyError, OSError, ValueError) as e:
        raise ConsultError("E201", f"{path}: not a readable .xlsx workbook ({e}). Open it in a spreadsheet program and "
                           "save it as .xlsx (not .xls) or as CSV UTF-8.") from e  # fmt: skip
    try:
        if sheet is not None and sheet not in wb.sheetnames:
            raise ConsultError(
                "E200", f"{path}: no sheet '{sheet}' (sheets: {wb.sheetnames}). Fix 'sheet' in the mapping."
            )
        ws = wb[sheet] if sheet else wb.worksheets[0]
        if sheet is None:  # other sheets with data are not read: say so, never drop them silently
            for other in wb.worksheets[1:]:
                if any(any(v not in (None, "") for v in r) for r in other.iter_rows(values_only=True, max_row=50)):
                    report.unreadable_row(
                        path, None, f"sheet '{other.title}' has data but only the first sheet ('{ws.title}') is read.",
                        "Set `sheet:` in the mapping to read another sheet, or pass each sheet as its own export.",
                    )  # fmt: skip
        it = ws.iter_rows(values_only=True)
        header = None
        row_no = 0
        rows: list[tuple[int, dict[str, str]]] = []
        for vals in it:
            row_no += 1
            cells = [_cell(v) for v in vals]
            if not any(c.strip() for c in cells):
                continue
            if header is None:
                header = _header(cells)
                continue
            if len(cells) > len(header) and any(c.strip() for c in cells[len(header) :]):
                report.unreadable_row(path, row_no, f"values beyond the last header column ({len(cells)} cells).",
                            "Give those columns a header, or delete the stray cells.")  # fmt: skip
                continue
            rows.append((row_no, dict(zip(header, cells + [""] * (len(header) - len(cells)), strict=False))))
    finally:
        wb.close()
    if header is None:
        raise ConsultError(
            "E203", f"{path}: the sheet '{ws.title}' is empty. Export the survey again, with a header row."
        )
    return Sheet(path, "xlsx", header, rows, None)


def read_jsonl_table(path: Path, report: IngestReport, encoding: str | None = None) -> Sheet:
    raw = path.read_bytes()
    if not raw.strip():
        raise ConsultError("E203", f"{path}: the file is empty. It needs one JSON object per line.")
    text, enc = decode_text(path, raw, encoding)
    columns: dict[str, None] = {}
    rows: list[tuple[int, dict[str, str]]] = []
    for n, line in enumerate(text.lstrip("\ufeff").splitlines(), 1):
        if not line.strip():
            continue
        try:
            obj = json.loads(line)
        except json.JSONDecodeError as e:
            report.unreadable_row(path, n, f"line {n} is not valid JSON ({e.msg} at column {e.colno}).",
                        "Fix the JSON on that line (one object per line).")  # fmt: skip
            continue
        if not isinstance(obj, dict):
            report.unreadable_row(path, n, f"line {n} is a JSON {type(obj).__name__}, not an object.",
                        'Write each response as an object, e.g. {"response_id": "R1", "text": "..."}.')  # fmt: skip
            continue
        rec = {str(k): v if isinstance(v, str) else "" if v is None else
               json.dumps(v) if isinstance(v, (list, dict)) else _cell(v) for k, v in obj.items()}  # fmt: skip
        columns.update(dict.fromkeys(rec))
        rows.append((n, rec))
    cols = list(columns)
    return Sheet(path, "jsonl", cols, [(n, {c: r.get(c, "") for c in cols}) for n, r in rows], enc)


def _suggest(path: Path, columns: list[str], missing: str) -> str:
    close = difflib.get_close_matches(missing, columns, n=1, cutoff=0.5)
    return f" Did you mean '{close[0]}'?" if close else ""


def _no_control(value: str, report: IngestReport) -> str:
    """Control characters are removed at the edge (they break Word files, terminals and CSV readers), and counted."""
    if not CONTROL.search(value):
        return value
    n = len(CONTROL.findall(value))
    report.cleaned["control_characters_removed"] = report.cleaned.get("control_characters_removed", 0) + n
    return CONTROL.sub("", value)


def sheet_records(table: Sheet, m: Mapping, mapping_path: Path | None, report: IngestReport) -> list[dict]:
    """One record per (row, open question); repeated ids in one file become '#2', '#3' submissions."""
    path = table.path
    cols = set(table.columns)
    if mapping_path is not None and m.id not in cols and {"response_id", "text"} <= cols:
        mapping_path, m = None, Mapping()  # already in responses.csv form: the mapping is for the other inputs
    qmap = {m.answer_column: ""} if m.long else m.question_map()
    explicit = mapping_path is not None
    rtype = m.respondent_type or ("respondent_type" if "respondent_type" in cols else None)
    if rtype:  # the export's own name for it: the appendix's breakdown is labelled with it
        report.columns.setdefault("respondent_type", rtype)
    mail = m.email or (None if explicit else next((c for c in table.columns if c.lower() in ("email", "e-mail")),
                                                   None))  # fmt: skip
    own = {m.id, *qmap, rtype, "question_id", *RESPONSES.names}
    keep = m.keep if explicit else [c for c in table.columns if c not in own]
    where = f"the mapping {mapping_path}" if explicit else "--mapping"
    roles = [("id", m.id), *[("questions", q) for q in qmap], ("respondent_type", m.respondent_type),
             ("email", m.email), *[("keep", k) for k in m.keep]]  # fmt: skip
    if m.long:
        roles += [("question_column", m.question_column), ("answer_column", m.answer_column)]
    for role, col in roles:
        if col and col not in cols:
            if not explicit:
                raise ConsultError(
                    "E106",
                    f"{path}: no '{col}' column (found {table.columns}).{_suggest(path, table.columns, col)} Rename "
                    "the column, or pass --mapping MAPPING.yaml saying which columns hold the respondent id, the "
                    "open questions and the respondent type (see the README).",
                )
            raise ConsultError(
                "E106",
                f"{path}: no column '{col}', which {where} names as '{role}' (found {table.columns})."
                f"{_suggest(path, table.columns, col)} Fix the mapping or the file's header.",
            )
    if m.long:
        return _long_records(table, m, rtype, mail, keep, report)
    records = []
    seen: Counter[str] = Counter()
    for row_no, row in table.rows:
        row = {k: _no_control(v, report) for k, v in row.items()}
        rid = row[m.id].strip()
        if not rid:
            report.unreadable_row(path, row_no, f"the id column '{m.id}' is empty.", "Give the row an id.")
            continue
        seen[rid] += 1
        k = seen[rid]
        base = rid if k == 1 else f"{rid}#{k}"
        for col, qid in qmap.items():
            if len(qmap) == 1:
                resp_id = base
                qid = qid or (row.get("question_id", "") if not explicit else "")
            else:
                resp_id = f"{base}:{qid}"
            rec = {
                "response_id": resp_id,
                "respondent_id": rid,
                "question_id": qid,
                "respondent_type": normalise(row[rtype]) if rtype else "",
                "raw_text": row[col],
                "source": f"{path.name} row {row_no}",
                "_submission": f"{path}\x00{base}",
                "_contact": row[mail] if mail else "",
            }
            rec.update({c: row[c] for c in keep if c not in rec})
            records.append(rec)
    _warn_if_long(table, m, seen, report)
    return records


def _warn_if_long(table: Sheet, m: Mapping, seen: Counter[str], report: IngestReport) -> None:
    """Ids that repeat with a different value in some other column look like a long-format export read as wide:
    every answer after a respondent's first would be taken for a repeat submission. Say so, with counts."""
    repeated = {r for r, n in seen.items() if n > 1}
    if not repeated:
        return
    values: dict[str, dict[str, set[str]]] = {}
    for _, row in table.rows:
        rid = row[m.id].strip()
        if rid in repeated:
            for c, v in row.items():
                values.setdefault(c, {}).setdefault(rid, set()).add(v)
    varying = {c: sum(len(v) > 1 for v in by_id.values()) for c, by_id in values.items() if c != m.id}
    varying = {c: n for c, n in varying.items() if c not in m.question_map() and n >= max(1, len(repeated) // 2)}
    if varying:
        col = max(varying, key=lambda c: (varying[c], c))
        report.warnings.append(
            f"{table.path}: {len(repeated)} ids appear on more than one row, and column '{col}' differs between "
            f"them for {varying[col]}. If each row is one answer to the question in '{col}', this is a long-format "
            f'export: set `question_column: "{col}"` and `answer_column:` in the mapping. As read, '
            f"{sum(seen[r] - 1 for r in repeated)} rows are taken for repeat submissions."
        )


def _long_records(table: Sheet, m: Mapping, rtype, mail, keep, report: IngestReport) -> list[dict]:
    """One record per row of a long-format export (one row per respondent and question)."""
    wanted = m.long_questions()
    records = []
    seen: Counter[tuple[str, str]] = Counter()
    skipped: Counter[str] = Counter()
    for row_no, row in table.rows:
        row = {k: _no_control(v, report) for k, v in row.items()}
        rid = row[m.id].strip()
        if not rid:
            report.unreadable_row(table.path, row_no, f"the id column '{m.id}' is empty.", "Give the row an id.")
            continue
        question = normalise(row[m.question_column])
        if wanted is not None and question not in wanted:
            skipped[question] += 1
            continue
        qid = wanted[question] if wanted is not None else _slug(question)
        seen[(rid, qid)] += 1
        k = seen[(rid, qid)]
        sub = rid if k == 1 else f"{rid}#{k}"
        rec = {
            "response_id": f"{sub}:{qid}",
            "respondent_id": rid,
            "question_id": qid,
            "respondent_type": normalise(row[rtype]) if rtype else "",
            "raw_text": row[m.answer_column],
            "source": f"{table.path.name} row {row_no}",
            "_submission": f"{table.path}\x00{sub}",
            "_contact": row[mail] if mail else "",
        }
        rec.update({c: row[c] for c in keep if c not in rec})
        records.append(rec)
    if skipped:
        listed = ", ".join(f"'{q}' ({n})" for q, n in sorted(skipped.items())[:5])
        report.warnings.append(
            f"{table.path}: {sum(skipped.values())} rows answer questions the mapping's `questions` does not list, "
            f"and were not read: {listed}. Add them to `questions` to read them."
        )
    return records
