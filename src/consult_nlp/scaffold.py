"""`consult-nlp init`: a new consultation folder, with what the team must fill in said plainly.

From an export it also writes a mapping with the columns it found: the respondent id, the open questions (the
columns whose answers are long free text), the respondent type, an email column, and whether the export is in long
format (one row per respondent and question). The guesses are written as comments too, so a person checks them.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from pathlib import Path

from .artefacts import atomic_write_text
from .errors import ConsultError

CONSULTATION_TEMPLATE = """\
# The consultation's facts, as the published appendix states them. Fill in the title before `consult-nlp run`;
# `consult-nlp discover` works without it.
title: ""                      # e.g. "Appendix A - Our response to the consultation on ..."
introduction: |
  Write the appendix's opening paragraphs here. A blank line starts a new paragraph; a line starting "- " is a
  bullet.
# period: {{start: 2025-01-06, end: 2025-03-31}}
# responses_received: {n_responses}
action_areas:                  # what the authority will do; each category names one or more of these
  1: "Where concerns are based on a misunderstanding, we will explain the proposal more clearly."
  2: "Where we have listened and will change the proposal."
# keep_words: []               # local places or terms that redaction must never remove
"""

CODEBOOK_TEMPLATE = """\
# The categories responses are coded into, in the order the appendix lists them. Start from the draft that
# `consult-nlp discover --consultation {folder}` writes (reports/{name}/discover/codebook.draft.yaml): edit it, and
# copy its categories here. Each category:
#   - id: a-short-slug
#     title: "The concern, as the appendix will print it"
#     description: "What counts as raising it, for coders and for the classifier"
#     examples: ["A sentence that raises it", "Another"]
#     section: main                # main: listed with its count; other: listed under "Other concerns"
#     response: ""                 # the authority's response, written later
#     action_areas: [1]
version: 1
categories: []
"""


@dataclass
class InitResult:
    folder: Path
    written: list[Path]
    guesses: dict[str, object] = field(default_factory=dict)
    next_steps: list[str] = field(default_factory=list)

    def summary(self) -> str:
        lines = [f"wrote {', '.join(p.name for p in self.written)} in {self.folder}"]
        for k, v in self.guesses.items():
            lines.append(f"  guessed {k}: {v}")
        lines.append("next:")
        lines += [f"  {i}. {step}" for i, step in enumerate(self.next_steps, 1)]
        return "\n".join(lines)


def _guess_mapping(export: Path) -> tuple[dict, str, int]:
    """Columns of the export: id, open questions (or long format), respondent type, email; and the row count."""
    from .ingest import IngestReport
    from .readers import read_csv_table, read_jsonl_table, read_xlsx_table

    report = IngestReport()
    suffix = export.suffix.lower()
    if suffix in (".xlsx", ".xlsm"):
        sheet = read_xlsx_table(export, report)
    elif suffix in (".jsonl", ".ndjson"):
        sheet = read_jsonl_table(export, report)
    else:
        sheet = read_csv_table(export, report)
    cols, rows = sheet.columns, [r for _, r in sheet.rows]
    if not rows:
        raise ConsultError("E203", f"{export}: a header row but no responses; export the survey with its answers.")

    def values(c):
        return [str(r.get(c, "")) for r in rows]

    def mean_words(c):
        vs = [v for v in values(c) if v.strip()]
        return sum(len(v.split()) for v in vs) / max(len(vs), 1)

    # the respondent's id first (a per-answer id would hide who answered several questions), then any id
    ids = sorted((c for c in cols if re.search(r"\bid\b|identifier|respondent|reference", c, re.I)),
                 key=lambda c: not re.search(r"respondent|person|participant", c, re.I))  # fmt: skip
    id_col = next((c for c in ids if len(set(values(c))) >= 0.3 * len(rows)), ids[0] if ids else cols[0])
    email = next((c for c in cols if re.search(r"e-?mail", c, re.I)), None)
    rtype = next((c for c in cols if c != id_col and re.search(r"respond\w* (as|type)|capacity|role|who are you|"
                                                               r"type of|\btype\b", c, re.I)), None)  # fmt: skip
    free = [c for c in cols if c not in (id_col, email, rtype) and mean_words(c) >= 6]
    n_ids = len(set(values(id_col)))
    question_col = None
    if n_ids <= 0.7 * len(rows):  # most respondents on several rows: long format, if a column names the question
        # a short column whose few values recur across respondents and differ within one respondent's rows
        short = [c for c in cols if c not in (id_col, email, rtype, *free)
                 and 1 < len(set(values(c))) <= min(30, len(rows) // 2)]  # fmt: skip
        question_col = next((c for c in short if re.search(r"question", c, re.I)), short[0] if short else None)
    mapping: dict = {"id": id_col}
    if question_col and free:
        mapping["question_column"] = question_col
        mapping["answer_column"] = max(free, key=mean_words)
        # every question found, with an id to edit; a question left out of this list is reported, not read
        mapping["questions"] = {q: _qid(q) for q in dict.fromkeys(values(question_col)) if q.strip()}
    else:
        mapping["questions"] = {c: _qid(c) for c in free} if len(free) > 1 else (free[0] if free else "")
    if rtype:
        mapping["respondent_type"] = rtype
    if email:
        mapping["email"] = email
    return mapping, sheet.format, len(rows)


def _qid(column: str) -> str:
    words = re.findall(r"[a-z0-9]+", column.lower())
    return "-".join(words[:4]) or "q"


def _mapping_yaml(mapping: dict, export: Path) -> str:
    import yaml

    head = (
        f"# Which columns of {export.name} hold what, as `consult-nlp init` guessed them: check every line.\n"
        "# See the README's 'Ingesting what a consultation team receives' for every key.\n"
    )
    return head + yaml.safe_dump(mapping, sort_keys=False, allow_unicode=True, width=110)


def init_consultation(folder: str | Path, export: str | Path | None = None) -> InitResult:
    """Create FOLDER with consultation.yaml and an empty codebook.yaml; with an export, a mapping and responses.csv.

    Never overwrites: a file that exists is left as it is and not listed as written.
    """
    folder = Path(folder)
    if folder.exists() and not folder.is_dir():
        raise ConsultError("E101", f"{folder}: is a file. Pass the path of a new consultation folder.")
    folder.mkdir(parents=True, exist_ok=True)
    name = folder.resolve().name
    written: list[Path] = []
    guesses: dict[str, object] = {}
    n_rows = 0

    def write(path: Path, text: str) -> None:
        if not path.exists():
            written.append(atomic_write_text(path, text))

    steps = []
    if export is not None:
        export = Path(export)
        if not export.is_file():
            raise ConsultError("E100", f"{export}: not found. Pass the survey export (.csv, .xlsx or .jsonl).")
        mapping, fmt, n_rows = _guess_mapping(export)
        guesses = {k: v for k, v in mapping.items()}
        write(folder / "mapping.yaml", _mapping_yaml(mapping, export))
        steps.append(f"check {folder / 'mapping.yaml'}, then: consult-nlp ingest {export} --out "
                     f"{folder / 'responses.csv'} --mapping {folder / 'mapping.yaml'}")  # fmt: skip
    write(folder / "consultation.yaml", CONSULTATION_TEMPLATE.format(n_responses=n_rows or 0))
    write(folder / "codebook.yaml", CODEBOOK_TEMPLATE.format(folder=folder, name=name))
    if export is None and not (folder / "responses.csv").exists():
        steps.append(f"put the responses in {folder / 'responses.csv'} (response_id, text), or ingest an export: "
                     f"consult-nlp ingest EXPORT --out {folder / 'responses.csv'}")  # fmt: skip
    steps += [
        f"draft categories: consult-nlp discover --consultation {folder}",
        f"edit reports/{name}/discover/codebook.draft.yaml and copy its categories into {folder / 'codebook.yaml'}",
        f"code a random sample: consult-nlp sample --consultation {folder} --random 100, fill it in, then --merge it",
        f"fill in the title, introduction and action areas in {folder / 'consultation.yaml'}",
        f"consult-nlp run {folder}",
    ]
    return InitResult(folder=folder, written=written, guesses=guesses, next_steps=steps)
