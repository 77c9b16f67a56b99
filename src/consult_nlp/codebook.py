"""Load and validate a consultation folder: consultation.yaml, codebook.yaml, responses.csv, labels.csv.

The folder is the contract other tools rely on, so every error names the file, the entry or line, and the fix,
and nothing is loaded half-valid.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, field
from pathlib import Path
from typing import Literal

import pandas as pd
import yaml
from pydantic import BaseModel, ConfigDict, Field, ValidationError, field_validator

from .errors import ConsultError
from .tables import read_csv

SLUG = r"^[a-z0-9]+(?:-[a-z0-9]+)*$"


class Period(BaseModel):
    model_config = ConfigDict(extra="forbid", frozen=True)
    start: dt.date
    end: dt.date


FACTS_SENTENCE = "The consultation period ran from {start} to {end}. {responses_received} responses were received."


class AppendixSettings(BaseModel):
    """consultation.yaml's optional `appendix:` block: the writer's choices about the published appendix.

    The command line's --count, --order and --breakdown override them for one run or render.
    """

    model_config = ConfigDict(extra="forbid", frozen=True)
    count: Literal["estimated", "coded"] = "estimated"  # which number is published (see the README for why)
    order: Literal["mentions", "codebook"] = "mentions"  # how the main rows are ordered
    breakdown: bool = False  # add the table of mentions by respondent type to the published appendix
    breakdown_label: str | None = Field(default=None, min_length=1)  # what the breakdown's column holds
    facts_sentence: str = Field(default=FACTS_SENTENCE, min_length=1)  # the wording of {facts} in the introduction


class ConsultationFacts(BaseModel):
    """consultation.yaml: what the appendix says about the consultation itself."""

    model_config = ConfigDict(extra="forbid", frozen=True)
    title: str = Field(min_length=1)
    introduction: str = ""
    period: Period | None = None
    responses_received: int | None = Field(default=None, ge=0)
    action_areas: dict[int, str] = Field(default_factory=dict)
    keep_words: tuple[str, ...] = ()  # local places and terms that redaction never removes, in every stage
    appendix: AppendixSettings = Field(default_factory=AppendixSettings)


class Category(BaseModel):
    """One codebook entry: what counts as raising it, and the authority's answer to it."""

    model_config = ConfigDict(extra="forbid", frozen=True)
    id: str = Field(pattern=SLUG)
    title: str = Field(min_length=1)
    description: str = ""
    examples: tuple[str, ...] = ()
    section: str = "main"
    response: str = ""
    see: str = ""  # another category's id: the response refers to that category's response, wherever its row falls
    action_areas: tuple[int, ...] = Field(min_length=1)

    @property
    def answered(self) -> bool:
        """A response is written, or the entry refers to another category's response."""
        return bool(self.response.strip() or self.see)

    @field_validator("section")
    @classmethod
    def _section(cls, v: str) -> str:
        if v not in ("main", "other"):
            raise ValueError(f"section must be 'main' or 'other', not {v!r}")
        return v

    @field_validator("response", "description", "see", mode="before")
    @classmethod
    def _none_is_empty(cls, v):
        return "" if v is None else v


class Codebook(BaseModel):
    """codebook.yaml: the categories, in the order the appendix lists them."""

    model_config = ConfigDict(extra="forbid", frozen=True)
    version: int = 1
    categories: tuple[Category, ...] = Field(min_length=1)

    @property
    def ids(self) -> list[str]:
        return [c.id for c in self.categories]

    def get(self, category_id: str) -> Category:
        for c in self.categories:
            if c.id == category_id:
                return c
        raise KeyError(category_id)


@dataclass(frozen=True)
class Consultation:
    """A loaded, validated consultation folder."""

    folder: Path
    facts: ConsultationFacts
    codebook: Codebook
    responses: pd.DataFrame  # response_id, text, respondent_type, ... as strings
    labels: pd.DataFrame = field(default_factory=lambda: pd.DataFrame(columns=["response_id", "category_id"]))

    @property
    def name(self) -> str:
        return self.folder.resolve().name


def _pydantic_message(err: ValidationError, path: Path, entries: list | None = None) -> str:
    lines = []
    for e in err.errors():
        loc = list(e["loc"])
        where = ".".join(str(x) for x in loc)
        if entries is not None and len(loc) >= 2 and loc[0] == "categories" and isinstance(loc[1], int):
            idx = loc[1]
            cid = entries[idx].get("id", "?") if idx < len(entries) and isinstance(entries[idx], dict) else "?"
            where = f"category #{idx + 1} (id: {cid}) field '{'.'.join(str(x) for x in loc[2:]) or '?'}'"
        msg = e["msg"]
        if e["type"] == "extra_forbidden":
            msg = "unknown key; remove it or check its spelling against the schema in the README"
        lines.append(f"  - {where}: {msg}")
    return f"{path}: invalid\n" + "\n".join(lines)


def _read_yaml(path: Path) -> dict:
    if not path.exists():
        raise ConsultError("E100", f"{path}: file not found. A consultation folder needs this file (see the README).")
    try:
        data = yaml.safe_load(path.read_text(encoding="utf-8"))
    except yaml.YAMLError as e:
        raise ConsultError("E102", f"{path}: not valid YAML ({e}). Fix the syntax at the line shown.") from e
    if not isinstance(data, dict):
        raise ConsultError("E102", f"{path}: expected a mapping of keys at the top level.")
    return data


def load_facts(path: str | Path) -> ConsultationFacts:
    path = Path(path)
    data = _read_yaml(path)
    try:
        return ConsultationFacts.model_validate(data)
    except ValidationError as e:
        raise ConsultError("E103", _pydantic_message(e, path)) from e


def load_codebook(path: str | Path, facts: ConsultationFacts | None = None) -> Codebook:
    """Validate the codebook, including action areas against the consultation's."""
    path = Path(path)
    data = _read_yaml(path)
    entries = data.get("categories") or []
    try:
        book = Codebook.model_validate(data)
    except ValidationError as e:
        raise ConsultError("E104", _pydantic_message(e, path, entries)) from e
    seen: dict[str, int] = {}
    for i, c in enumerate(book.categories, 1):
        if c.id in seen:
            raise ConsultError(
                "E104",
                f"{path}: category #{i} repeats id '{c.id}' (first used by category #{seen[c.id]}). "
                "Give each category a unique id.",
            )
        seen[c.id] = i
        if facts is not None and facts.action_areas:
            bad = [a for a in c.action_areas if a not in facts.action_areas]
            if bad:
                raise ConsultError(
                    "E104",
                    f"{path}: category #{i} (id: {c.id}) names action area(s) {bad}, but consultation.yaml "
                    f"defines only {sorted(facts.action_areas)}. Use those numbers or add the area.",
                )
    for i, c in enumerate(book.categories, 1):
        if c.see and (c.see not in seen or c.see == c.id):
            what = "itself" if c.see == c.id else f"'{c.see}', which is not a category here"
            raise ConsultError(
                "E104",
                f"{path}: category #{i} (id: {c.id}) field 'see' names {what}. Use another category's id, "
                f"one of: {', '.join(x for x in seen if x != c.id)}.",
            )
    return book


def load_responses(path: str | Path) -> pd.DataFrame:
    path = Path(path)
    df = read_csv(path, ["response_id", "text"])
    blank = df.index[df["response_id"].str.strip() == ""]
    if len(blank):
        raise ConsultError("E107", f"{path}: row {blank[0] + 2} has an empty response_id. Every response needs an id.")
    dup = df["response_id"][df["response_id"].duplicated()]
    if len(dup):
        row = int(dup.index[0]) + 2
        raise ConsultError(
            "E107",
            f"{path}: row {row} repeats response_id '{dup.iloc[0]}'. Response ids must be unique; "
            "run `consult-nlp ingest` to assign them.",
        )
    if "respondent_type" not in df.columns:
        df["respondent_type"] = ""
    return df


def load_labels(path: str | Path, codebook: Codebook, response_ids: set[str] | None = None) -> pd.DataFrame:
    """labels.csv: one row per (response, category); an empty category_id means coded with no category."""
    path = Path(path)
    df = read_csv(path, ["response_id", "category_id"])
    known = set(codebook.ids)
    for i, row in enumerate(df.itertuples(index=False), start=2):
        if row.category_id and row.category_id not in known:
            raise ConsultError(
                "E108",
                f"{path}: line {i} names unknown category '{row.category_id}'. "
                f"Use one of the codebook's ids ({', '.join(codebook.ids)}) or add it to codebook.yaml.",
            )
        if response_ids is not None and row.response_id not in response_ids:
            raise ConsultError(
                "E108",
                f"{path}: line {i} names response '{row.response_id}', which is not in responses.csv. "
                "Fix the id or remove the line.",
            )
    return df[["response_id", "category_id"]].drop_duplicates().reset_index(drop=True)


def load_consultation(folder: str | Path, *, labels: bool = True) -> Consultation:
    """Load consultation.yaml, codebook.yaml, responses.csv and (if present) labels.csv from a folder."""
    folder = Path(folder)
    if not folder.is_dir():
        raise ConsultError("E101", f"{folder}: not a folder. Pass a consultation folder such as corpora/NAME.")
    facts = load_facts(folder / "consultation.yaml")
    book = load_codebook(folder / "codebook.yaml", facts)
    responses = load_responses(folder / "responses.csv")
    lab = pd.DataFrame(columns=["response_id", "category_id"], dtype=str)
    if labels and (folder / "labels.csv").exists():
        lab = load_labels(folder / "labels.csv", book, set(responses["response_id"]))
    return Consultation(folder=folder, facts=facts, codebook=book, responses=responses, labels=lab)


def label_sets(labels: pd.DataFrame) -> dict[str, set[str]]:
    """response_id -> set of categories (empty set for 'coded, no category')."""
    out: dict[str, set[str]] = {}
    for rid, cid in zip(labels["response_id"], labels["category_id"], strict=True):
        s = out.setdefault(rid, set())
        if cid:
            s.add(cid)
    return out
