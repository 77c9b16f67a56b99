"""Load and validate a consultation folder: consultation.yaml, codebook.yaml, responses.csv, labels.csv.

The folder is the contract other tools rely on, so every error names the file, the entry or line, and the fix,
and nothing is loaded half-valid.
"""

from __future__ import annotations

import datetime as dt
import re
from dataclasses import dataclass, field
from pathlib import Path
from typing import Literal

import pandas as pd
import yaml
from pydantic import BaseModel, ConfigDict, Field, ValidationError, field_validator, model_validator

from .errors import ConsultError
from .tables import read_csv

SLUG = r"^[a-z0-9]+(?:-[a-z0-9]+)*$"
# control characters other than tab and newline: they break Word files and terminals, and mean nothing in a title
CONTROL = re.compile(r"[\x00-\x08\x0b\x0c\x0e-\x1f\x7f]")


def _clean_text(v):
    """Text fields: no control characters (refused, naming them), and not only spaces where text is required."""
    if isinstance(v, str):
        bad = CONTROL.search(v)
        if bad:
            raise ValueError(f"contains the control character {bad.group()!r}; remove it")
    return v


class Period(BaseModel):
    model_config = ConfigDict(extra="forbid", frozen=True)
    start: dt.date
    end: dt.date

    @model_validator(mode="after")
    def _order(self):
        if self.end < self.start:
            raise ValueError(f"the period ends ({self.end}) before it starts ({self.start}); swap or fix the dates")
        return self


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

    @field_validator("title", "introduction", mode="after")
    @classmethod
    def _text(cls, v: str, info) -> str:
        _clean_text(v)
        if info.field_name == "title" and not v.strip():
            raise ValueError("is only spaces; give the consultation's title")
        return v

    @field_validator("action_areas", mode="after")
    @classmethod
    def _areas(cls, v: dict[int, str]) -> dict[int, str]:
        for n, text in v.items():
            _clean_text(text)
            if not str(text).strip():
                raise ValueError(f"area {n} has no text; write what the area means")
        return v


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

    @field_validator("title", "description", "response", mode="after")
    @classmethod
    def _text(cls, v: str, info) -> str:
        _clean_text(v)
        if info.field_name == "title" and not v.strip():
            raise ValueError("is only spaces; give the category's title as published")
        return v

    @field_validator("examples", mode="after")
    @classmethod
    def _examples(cls, v: tuple[str, ...]) -> tuple[str, ...]:
        for x in v:
            _clean_text(x)
        return v

    @field_validator("response", "description", "see", mode="before")
    @classmethod
    def _none_is_empty(cls, v):
        return "" if v is None else v


class Codebook(BaseModel):
    """codebook.yaml: the categories, in the order the appendix lists them."""

    model_config = ConfigDict(extra="forbid", frozen=True)
    version: int = 1
    categories: tuple[Category, ...] = ()  # empty only while a consultation is being set up (`consult-nlp init`)

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


class _StrictLoader(yaml.SafeLoader):
    """YAML as a person writes it: a repeated key is an error (not 'the last one wins'), and dates stay text for
    the schema to check, so an impossible date is reported against its field instead of crashing the parser."""


_StrictLoader.yaml_implicit_resolvers = {
    k: [(tag, rx) for tag, rx in v if tag != "tag:yaml.org,2002:timestamp"]
    for k, v in yaml.SafeLoader.yaml_implicit_resolvers.items()
}


def _mapping(loader: _StrictLoader, node: yaml.MappingNode, deep: bool = False) -> dict:
    seen: dict = {}
    for key_node, _ in node.value:
        key = loader.construct_object(key_node, deep=deep)
        if key in seen:
            raise yaml.constructor.ConstructorError(
                None, None, f"the key {key!r} appears twice (also on line {seen[key] + 1})", key_node.start_mark
            )
        seen[key] = key_node.start_mark.line
    return loader.construct_mapping(node, deep=deep)


_StrictLoader.add_constructor(yaml.resolver.BaseResolver.DEFAULT_MAPPING_TAG, _mapping)


def read_yaml(path: Path, what: str = "A consultation folder needs this file (see the README).") -> dict:
    """A YAML mapping from a UTF-8 file; every problem is an E100/E102 error naming the file, line and fix."""
    path = Path(path)
    if not path.exists():
        raise ConsultError("E100", f"{path}: file not found. {what}")
    if path.is_dir():
        raise ConsultError("E101", f"{path}: is a folder, not a YAML file.")
    raw = path.read_bytes()
    try:
        text = raw.decode("utf-8-sig")
    except UnicodeDecodeError as e:
        line = raw[: e.start].count(b"\n") + 1
        raise ConsultError(
            "E102", f"{path}: line {line} is not UTF-8 text (byte 0x{raw[e.start]:02x}). Save the file as UTF-8."
        ) from None
    try:
        data = yaml.load(text, Loader=_StrictLoader)  # noqa: S506 - a SafeLoader subclass
    except yaml.YAMLError as e:
        mark = getattr(e, "problem_mark", None)
        where = f" line {mark.line + 1}" if mark else ""
        problem = getattr(e, "problem", None) or str(e)
        raise ConsultError("E102", f"{path}{where}: not valid YAML ({problem}). Fix the syntax there.") from None
    if not isinstance(data, dict):
        raise ConsultError("E102", f"{path}: expected a mapping of keys at the top level (key: value lines).")
    return data


def load_facts(path: str | Path) -> ConsultationFacts:
    path = Path(path)
    data = read_yaml(path)
    try:
        return ConsultationFacts.model_validate(data)
    except ValidationError as e:
        raise ConsultError("E103", _pydantic_message(e, path)) from e


def load_codebook(path: str | Path, facts: ConsultationFacts | None = None) -> Codebook:
    """Validate the codebook, including action areas against the consultation's."""
    path = Path(path)
    data = read_yaml(path)
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
    spaced = df.index[df["response_id"] != df["response_id"].str.strip()]
    if len(spaced):
        i = spaced[0]
        raise ConsultError(
            "E107",
            f"{path}: row {i + 2} has spaces around its response_id {df['response_id'].iloc[i]!r}. Remove them: "
            "labels.csv and the review workbook name responses by the exact id.",
        )
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
    if not book.categories:
        raise ConsultError(
            "E104",
            f"{folder / 'codebook.yaml'}: no categories yet. Draft some with `consult-nlp discover --consultation "
            f"{folder}`, edit codebook.draft.yaml, and copy its categories into codebook.yaml.",
        )
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
