"""The tables that pass between stages, declared once: columns, types, key, and what a missing column means.

Every CSV a stage reads or writes goes through a `Table` here: `read()` returns a typed DataFrame (text columns as
str, counts as int, scores as float, flags as bool) and names the file, row and column of anything wrong;
`write()` validates, neutralises spreadsheet formulas and writes atomically. The schemas are pandera's, so a
notebook can validate a frame of its own with `RESPONSES.schema.validate(df)`.

Two meanings of "source" are kept apart: in responses.csv `source` is where a row came from (file and row); in
assignments.csv `coded_by` says who coded it (human or model). An assignments-like file without `coded_by` is in
labels.csv's format, so every code in it is a human code.
"""

from __future__ import annotations

import io
from dataclasses import dataclass
from pathlib import Path

import numpy as np
import pandas as pd
import pandera.pandas as pa

from .artefacts import atomic_write_text, spreadsheet_safe
from .errors import ConsultError

FORMULA_START = "=+-@\t\r"


def restore_cell(value: str) -> str:
    """Undo the quote that artefacts.safe_cell puts before a leading formula character."""
    if isinstance(value, str) and len(value) > 1 and value[0] == "'" and value[1] in FORMULA_START:
        return value[1:]
    return value


@dataclass(frozen=True)
class Col:
    """One column: its name, its type, whether a file must have it, and its value when the file lacks it."""

    name: str
    dtype: type = str  # str, int, float or bool
    required: bool = False
    default: object = ""
    doc: str = ""


_PANDERA = {str: pa.String, int: pa.Int64, float: pa.Float64, bool: pa.Bool}


@dataclass(frozen=True)
class Table:
    """A file format: its columns in order, its key, and how to read and write it."""

    name: str
    columns: tuple[Col, ...]
    key: tuple[str, ...] = ()
    doc: str = ""

    @property
    def names(self) -> list[str]:
        return [c.name for c in self.columns]

    @property
    def required(self) -> list[str]:
        return [c.name for c in self.columns if c.required]

    @property
    def schema(self) -> pa.DataFrameSchema:
        """The pandera schema: declared columns typed, others allowed, the key unique."""
        cols = {c.name: pa.Column(_PANDERA[c.dtype], nullable=c.dtype is float, required=c.required)
                for c in self.columns}  # fmt: skip
        return pa.DataFrameSchema(cols, strict=False, unique=list(self.key) or None, name=self.name)

    def empty(self) -> pd.DataFrame:
        return self.frame({c.name: [] for c in self.columns})

    def frame(self, data) -> pd.DataFrame:
        """A DataFrame of this table from records or a dict of columns, missing columns filled by their defaults."""
        df = pd.DataFrame(data)
        return self.conform(df, source=self.name)

    def conform(self, df: pd.DataFrame, source: str | Path = "") -> pd.DataFrame:
        """Typed columns in declared order (other columns after), defaults where a column is missing."""
        where = source or self.name
        missing = [c for c in self.required if c not in df.columns]
        if missing:
            raise ConsultError(
                "E106",
                f"{where}: missing column(s) {missing}; found {list(df.columns)}. Rename the columns or add them.",
            )
        out = df.copy()
        for c in self.columns:
            if c.name not in out.columns:
                out[c.name] = c.default
            out[c.name] = _typed(out[c.name], c, where)
        rest = [c for c in out.columns if c not in self.names]
        out = out[self.names + rest].reset_index(drop=True)
        if self.key and len(out):
            dup = out.duplicated(list(self.key), keep="first")
            if dup.any():
                i = int(np.flatnonzero(dup.to_numpy())[0])
                vals = ", ".join(f"{k} '{out[k].iloc[i]}'" for k in self.key)
                raise ConsultError("E107", f"{where}: row {i + 2} repeats {vals}. Each row's key must be unique.")
        return out

    def read(self, path: str | Path) -> pd.DataFrame:
        return self.conform(read_csv(path, self.required), source=path)

    def write(self, path: str | Path, df: pd.DataFrame, *, text_columns: list[str] | None = None) -> Path:
        """Validate, neutralise formulas, write atomically with a fixed float format (same input, same bytes)."""
        out = self.conform(df, source=path)
        self.schema.validate(out)
        return write_csv(path, out, text_columns=text_columns)


def _typed(s: pd.Series, c: Col, where) -> pd.Series:
    if c.dtype is str:
        return s.fillna("").astype(str)
    if c.dtype is bool:
        if s.dtype == bool:
            return s
        return s.map(lambda v: str(v).strip().lower() in ("true", "1", "yes")).astype(bool)
    values = pd.to_numeric(s.astype(str).str.strip().replace("", np.nan) if s.dtype == object else s, errors="coerce")
    if c.dtype is float:
        return values.astype(float)
    bad = values.isna() | (values % 1 != 0)
    if bad.any():
        i = int(np.flatnonzero(bad.to_numpy())[0])
        raise ConsultError(
            "E500",
            f"{where}: row {i + 2}, column '{c.name}' is {s.iloc[i]!r}, not a whole number. "
            "Fix the cell, or write the file again with the command that made it.",
        )
    return values.astype("int64")


def read_csv(path: str | Path, required: list[str] | tuple[str, ...] = ()) -> pd.DataFrame:
    """A CSV of ours, every column as str; names the file, the missing column and the fix."""
    path = Path(path)
    if not path.exists():
        raise ConsultError("E100", f"{path}: file not found.")
    if path.is_dir():
        raise ConsultError("E101", f"{path}: is a folder, not a CSV file. Pass the file's path.")
    raw = path.read_bytes()
    try:
        text = raw.decode("utf-8-sig")
    except UnicodeDecodeError as e:
        line = raw[: e.start].count(b"\n") + 1
        raise ConsultError(
            "E105",
            f"{path}: not UTF-8 text (line {line}, byte {e.start}). Save it as 'CSV UTF-8' from your spreadsheet "
            "program.",
        ) from e
    if not text.strip():
        raise ConsultError("E105", f"{path}: the file is empty; it needs a header row with {', '.join(required)}.")
    header = text.split("\n", 1)[0]
    other = next((sep for sep in ";\t|" if sep in header), None)
    if other and header.count(other) >= max(1, header.count(",")) and len(required) > 1:
        name = {";": "semicolons", "\t": "tabs", "|": "bars"}[other]
        raise ConsultError(
            "E106",
            f"{path}: the header row is separated by {name}, not commas, so the column(s) {list(required)} are not "
            "found. Save it as comma-separated CSV (the separator is set in the spreadsheet's save dialogue).",
        )
    try:
        df = pd.read_csv(io.StringIO(text), dtype=str, keep_default_na=False)
    except pd.errors.ParserError as e:
        raise ConsultError("E105", f"{path}: cannot parse as CSV ({e}). Check quoting on the row it names.") from e
    df.columns = [str(c) for c in df.columns]
    missing = [c for c in required if c not in df.columns]
    if missing:
        hint = ""
        if len(df.columns) == 1 and any(sep in df.columns[0] for sep in ";\t|"):
            hint = " The file seems to use another separator than commas: save it as comma-separated CSV."
        raise ConsultError(
            "E106",
            f"{path}: missing column(s) {missing}; found {list(df.columns)}. Rename the columns or add them.{hint}",
        )
    for col in df.columns:
        df[col] = df[col].map(restore_cell)
    return df


def write_csv(path: str | Path, df: pd.DataFrame, *, text_columns: list[str] | None = None) -> Path:
    """CSV with a fixed float format and formula-safe text, so identical inputs give identical bytes."""
    buf = io.StringIO()
    spreadsheet_safe(df, text_columns).to_csv(buf, index=False, lineterminator="\n", float_format="%.6g")
    return atomic_write_text(path, buf.getvalue())


# -- the tables -----------------------------------------------------------------------------------------------------

RESPONSES = Table(
    "responses.csv",
    (
        Col("response_id", required=True, doc="unique id of a response (one answer to one open question)"),
        Col("text", required=True, doc="the answer as read, normalised"),
        Col("redacted_text", doc="text with personal data replaced by [NAME] etc.; what every report quotes"),
        Col("respondent_type"),
        Col("question_id"),
        Col("campaign_id", doc="C001...: a group of copies of one campaign text"),
        Col("campaign_role", doc="template, exact or edited, for a campaign's members"),
        Col("flags", doc="';'-separated: blank, no_answer, duplicate"),
        Col("respondent_id", doc="the respondent; empty means the response is its own respondent"),
        Col("raw_text"),
        Col("duplicate_of"),
        Col("language"),
        Col("source", doc="where the row came from: file and row, or letter file"),
    ),
    key=("response_id",),
)

LABELS = Table(
    "labels.csv",
    (
        Col("response_id", required=True),
        Col("category_id", required=True, doc="empty: coded, and raises no category"),
    ),
    doc="one row per (response, category); a repeated row says the same thing twice and is read once",
)

ASSIGNMENTS = Table(
    "assignments.csv",
    (
        Col("response_id", required=True),
        Col("category_id", required=True),
        Col("score", float, default=1.0, doc="calibrated probability; 1 for a human code"),
        Col("coded_by", default="human", doc="human or model; missing means labels.csv format: all human"),
        Col("evidence", doc="the redacted sentence that carries the code"),
        Col("low_confidence", bool, default=False),
    ),
    doc="one row per (response, category) coded; a response counts once per category however often it is listed",
)

PREDICTIONS = Table(  # `consult-nlp classify` output: a contract checked outside the project
    "predictions.csv",
    (Col("response_id", required=True), Col("category_id", required=True), Col("score", float, required=True)),
    key=("response_id", "category_id"),
)

COUNTS = Table(  # a contract checked outside the project
    "counts.csv",
    (
        Col("category_id", required=True),
        Col("title"),
        Col("section", default="main"),
        Col("mentions", int, required=True),
        Col("estimated_mentions", int, default=0),
        Col("low", int, default=0),
        Col("high", int, default=0),
        Col("mentions_without_campaign_copies", int, default=0),
    ),
    key=("category_id",),
)

SAMPLE = Table(
    "sample.csv",
    (
        Col("response_id", required=True),
        Col("text"),
        Col("suggested_categories"),
        Col("suggested_scores"),
        Col("unsure_about"),
        Col("uncertainty", float, default=np.nan),
        Col("pick", doc="random (a seeded random pick) or active (chosen by the model's uncertainty)"),
        Col("category_ids", doc="filled in by the coder: ids separated by ';', or 'none'"),
    ),
    key=("response_id",),
)

THEMES = Table(
    "themes.csv",
    (Col("theme_id", int, required=True), Col("size", int), Col("title"), Col("keywords")),
    key=("theme_id",),
)

THEME_SENTENCES = Table(
    "theme_sentences.csv",
    (Col("response_id", required=True), Col("sentence"), Col("theme_id", int, required=True)),
)

ALL = (RESPONSES, LABELS, ASSIGNMENTS, PREDICTIONS, COUNTS, SAMPLE, THEMES, THEME_SENTENCES)


def assignments_from_file(df: pd.DataFrame, source: str | Path) -> pd.DataFrame:
    """An assignments.csv, an older one whose `source` column meant who coded, or a labels.csv-format file."""
    if "coded_by" not in df.columns and "source" in df.columns and set(df["source"]) <= {"human", "model", ""}:
        df = df.rename(columns={"source": "coded_by"})
    return ASSIGNMENTS.conform(df, source)
