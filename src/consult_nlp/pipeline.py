"""The verbs as library functions: `run` (every stage in order, with the manifest) and the single stages.

Each opens one `Workspace` for the consultation folder and passes it down; the CLI only parses arguments and
calls these. `run` publishes its outputs as one set: a reader sees the previous run's complete set until the new
one is complete.
"""

from __future__ import annotations

import json
import time
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path

import pandas as pd

from .artefacts import OutputSet, atomic_write_json, atomic_write_text, sha256_file
from .classify import CASCADE_FROM, classify_frame, train_or_load, wants_cascade
from .codebook import load_labels
from .count import breakdown as mentions_by
from .count import campaign_copies, count_mentions, count_units, respondents_of
from .errors import ConsultError
from .render import FORMATS, build_view, render, whole_numbers
from .report import ReportInputs, write_report
from .tables import COUNTS, PREDICTIONS, assignments_from_file, read_csv, write_csv
from .workbook import keep_filled_workbook, write_review_workbook
from .workspace import Workspace, seed_everything

Progress = Callable[[str], None]
MIN_CODED = 10  # fewer coded examples of a category than this, and run says how many more to code


@dataclass
class RunResult:
    out_dir: Path
    files: dict[str, Path]
    counts: pd.DataFrame
    timings: dict[str, float] = field(default_factory=dict)
    manifest: dict = field(default_factory=dict)
    notes: list[str] = field(default_factory=list)  # what the user should know: rare categories, sampling
    warnings: tuple[str, ...] = ()  # what the writer should know before publishing the appendix


def breakdown_label_of(ws: Workspace, column: str = "respondent_type") -> str | None:
    """What the breakdown column holds: consultation.yaml's appendix.breakdown_label, else the name of the export's
    column that ingest mapped to it (ingest_report.json beside responses.csv), else None (the column's own name)."""
    if ws.facts.appendix.breakdown_label:
        return ws.facts.appendix.breakdown_label
    try:
        report = json.loads(ws.path("ingest_report.json").read_text(encoding="utf-8"))
    except (OSError, ValueError):
        return None
    name = (report.get("columns") or {}).get(column) if isinstance(report, dict) else None
    return f"answer to ‘{name.strip()}’" if isinstance(name, str) and name.strip() and name != column else None


def _previous_manifest(out_dir: Path) -> dict:
    try:
        return json.loads((out_dir / "manifest.json").read_text(encoding="utf-8"))
    except (OSError, ValueError):
        return {}


def run(
    folder: str | Path,
    out: str | Path | None = None,
    *,
    seed: int = 0,
    models_dir: str | Path | None = None,
    encoder=None,
    formats: tuple[str, ...] = FORMATS,
    count: str | None = None,
    order: str | None = None,
    breakdown: bool | None = None,
    progress: Progress | None = None,
    show_progress: bool = False,
    engine: str = "local",
    scheduler: str | None = None,
) -> RunResult:
    """Classify every response, keep the coded sample's codes, count, render the appendix and the analysis report;
    write the manifest.

    count, order and breakdown override consultation.yaml's appendix settings (which number is published, the row
    order, and whether the appendix shows the breakdown by respondent type; the analysis report always does).

    engine="dask" codes the responses on a Dask cluster (`scheduler`, or a LocalCluster on this machine); the
    outputs are the same as the local engine's.
    """
    if engine not in ("local", "dask"):
        raise ConsultError("E502", f"unknown engine '{engine}'. Use local or dask.")
    say = progress or (lambda _s: None)
    timings: dict[str, float] = {}
    t0 = time.perf_counter()

    def lap(stage: str, start: float) -> float:
        now = time.perf_counter()
        timings[stage] = round(now - start, 3)
        return now

    seed_everything(seed)
    say("load")
    with Workspace(folder, out_dir=out, models_dir=models_dir, seed=seed, encoder=encoder) as ws:
        if ws.out_dir.exists() and not ws.out_dir.is_dir():
            raise ConsultError("E503", f"{ws.out_dir}: is a file, but --out needs a folder. Choose another --out.")
        cons = ws.consultation
        responses = ws.responses
        t = lap("load", t0)

        say("classify")
        texts = dict(zip(responses["response_id"], responses["redacted_text"], strict=True))
        trained = train_or_load(ws, cons.labels, texts, cascade=wants_cascade(ws, len(responses)))
        clf = trained.classifier
        if engine == "dask":
            from .codebook import label_sets
            from .dask_engine import classify_on_dask

            assignments = classify_on_dask(clf, responses, label_sets(cons.labels), scheduler=scheduler,
                                           encoder=encoder, cascade=trained.cascade)  # fmt: skip
        else:
            assignments = classify_frame(ws, clf, responses, cons.labels, show_progress=show_progress,
                                         cascade=trained.cascade, scored=trained.scored)  # fmt: skip
        trained.scored = None  # the training-time encodings are no longer needed: free them before counting
        t = lap("classify", t)

        say("count")
        errors, notes = _interval_errors(ws, trained)
        campaigns = campaign_copies(responses)
        who = respondents_of(responses)
        coded = set(cons.labels["response_id"])
        counts = count_mentions(
            assignments, cons.codebook, error_counts=errors, campaigns=campaigns, respondents=who, seed=seed,
            model_coded=count_units([r for r in responses["response_id"] if r not in coded], who),
        )  # fmt: skip
        by_type = mentions_by(assignments, responses)
        by_question = None
        if responses["question_id"].ne("").any():
            by_question = mentions_by(assignments, responses, by="question_id")
        t = lap("count", t)

        previous = _previous_manifest(ws.out_dir)
        files: dict[str, Path] = {}
        with OutputSet(ws.out_dir, previous=set(previous.get("outputs", {}).values()) | {"manifest.json"}) as stage:
            files["assignments"] = write_csv(stage / "assignments.csv", assignments)
            files["counts"] = write_csv(stage / "counts.csv", counts)
            files["counts_by_respondent_type"] = write_csv(stage / "counts_by_respondent_type.csv", by_type)
            if by_question is not None:
                files["counts_by_question"] = write_csv(stage / "counts_by_question.csv", by_question)
            files["classifier_errors"] = atomic_write_json(
                stage / "classifier_errors.json", {k: list(v) for k, v in errors.items()}
            )
            workbook = write_review_workbook(
                stage / "review.xlsx", assignments, responses, cons.codebook, consultation_dir=ws.folder,
                workbook_path=ws.out_dir / "review.xlsx",
            )  # fmt: skip
            files["review"] = workbook.path
            kept = keep_filled_workbook(
                ws.out_dir / "review.xlsx", previous.get("output_sha256", {}).get("review.xlsx"), stage
            )
            t = lap("review", t)

            say("render")
            unwritten = any(not c.answered for c in cons.codebook.categories)
            with_breakdown = cons.facts.appendix.breakdown if breakdown is None else breakdown
            label = breakdown_label_of(ws)
            members = responses.reindex(columns=["campaign_id", "campaign_role"]).fillna("")
            view = build_view(cons.facts, cons.codebook, counts, breakdown=by_type if with_breakdown else None,
                              breakdown_label=label, draft=unwritten, count=count, order=order,
                              campaigns=members)  # fmt: skip
            for fmt in formats:
                files[f"appendix.{fmt}"] = render(view, fmt, stage / f"appendix.{fmt}")
            files["analysis_report"] = write_report(
                stage / "analysis-report.html",
                ReportInputs(
                    name=ws.name, facts=cons.facts, codebook=cons.codebook, counts=counts, assignments=assignments,
                    responses=responses, errors=errors, by_type=by_type, by_question=by_question,
                    breakdown_label=view.breakdown.label if view.breakdown else label, count=view.count,
                    n_human_coded=len(coded),
                ),
            )  # fmt: skip
            t = lap("render", t)
            timings["total"] = round(time.perf_counter() - t0, 3)

            emb = ws.embedder
            manifest = ws.manifest(
                models={
                    "encoder": emb.describe(),
                    "spacy": f"{ws.nlp.meta.get('name', 'blank')} {ws.nlp.meta.get('version', '')}".strip(),
                    "classifier_key": {"key": trained.key, "loaded_from_cache": trained.loaded_from_cache},
                    "classifier": trained.classifier.describe(),  # views; frozen or fine-tuned, and why
                    "cascade": trained.cascade.describe() if trained.cascade else NO_CASCADE,
                },
                engine={"name": engine, "scheduler": scheduler or ("LocalCluster" if engine == "dask" else None)},
                n_responses=len(responses),
                n_human_coded=int(cons.labels["response_id"].nunique()),
                embeddings={"computed": emb.computed_, "from_cache": emb.cached_},
                timings_seconds=timings,
                outputs={k: v.name for k, v in files.items()},
                output_sha256={"review.xlsx": workbook.sha256},
                kept_filled_workbook=kept.name if kept else None,
                notes=notes,
            )
            files["manifest"] = atomic_write_json(stage / "manifest.json", manifest)
        files = {k: ws.out_dir / v.name for k, v in files.items()}
        if kept:
            files["review_filled"] = ws.out_dir / kept.name
    return RunResult(out_dir=ws.out_dir, files=files, counts=counts, timings=timings, manifest=manifest, notes=notes,
                     warnings=view.warnings)  # fmt: skip


NO_CASCADE = {"used": False, "why": f"under {CASCADE_FROM:,} responses to code, or a custom encoder: the transformer "
              "codes every response"}  # fmt: skip


def _interval_errors(ws: Workspace, trained) -> tuple[dict, list[str]]:
    """The classifier's error counts for the intervals, from the representative part of the coded sample, and notes
    for the user: too few coded examples of a category, or too little representative coding."""
    from .classify import error_counts
    from .labels import picked_for_difficulty

    clf, ids = trained.classifier, trained.coded_ids
    notes = []
    positives = clf.cv_labels_.sum(axis=0)
    few = [(str(c), int(n)) for c, n in zip(clf.classes_, positives, strict=True) if n < MIN_CODED]
    if few:
        notes.append(
            f"{len(few)} categor{'y has' if len(few) == 1 else 'ies have'} fewer than {MIN_CODED} coded examples: "
            + ", ".join(f"{c} ({n}; code {MIN_CODED - n} more)" for c, n in few)
            + f". Their counts are uncertain; `consult-nlp sample --consultation {ws.folder}` picks likely examples."
        )
    hard = picked_for_difficulty(ws.folder) & set(ids)
    representative = set(ids) - hard
    if not hard:
        return error_counts(clf, ids, cascade=trained.cascade), notes
    if len(representative) >= max(50, len(ids) // 3):
        notes.append(f"intervals use the {len(representative)} coded responses that were not picked for being hard "
                     f"({len(hard)} from review or active sampling are left out of the error rates).")  # fmt: skip
        return error_counts(clf, ids, representative, cascade=trained.cascade), notes
    notes.append(
        f"only {len(representative)} of {len(ids)} coded responses are a representative sample (the rest came from "
        "review or active sampling), so the intervals may be too narrow. Code a random sample: "
        f"`consult-nlp sample --consultation {ws.folder} --random 100`."
    )
    return error_counts(clf, ids, cascade=trained.cascade), notes


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
    with Workspace(consultation_dir, models_dir=models_dir, seed=seed, encoder=encoder) as ws:
        cons = ws.consultation
        frame = read_csv(input_csv, ["response_id", "text"])
        dup = frame["response_id"][frame["response_id"].duplicated()]
        if len(dup):
            raise ConsultError("E107", f"{input_csv}: row {int(dup.index[0]) + 2} repeats response_id '{dup.iloc[0]}'.")
        responses = ws.responses
        own = dict(zip(responses["response_id"], responses["text"], strict=True))
        # the consultation's own coded sample applies to FILE rows only where the text is the same response
        same = frame[frame["response_id"].map(own).eq(frame["text"])]
        human = cons.labels[cons.labels["response_id"].isin(set(same["response_id"]))]
        frame = ws.prepare(frame[["response_id", "text"]])  # the model reads redacted text only
        texts = dict(zip(responses["response_id"], responses["redacted_text"], strict=True))
        train_labels = cons.labels
        if sample_csv:
            sample = load_labels(sample_csv, cons.codebook, set(frame["response_id"]))
            file_texts = dict(zip(frame["response_id"], frame["redacted_text"], strict=True))
            # sample ids are FILE's ids: key them apart from the consultation's own ids for training
            texts.update({f"sample::{r}": file_texts[r] for r in sample["response_id"]})
            train_labels = pd.concat(
                [cons.labels, sample.assign(response_id="sample::" + sample["response_id"])], ignore_index=True
            )
            human = pd.concat([human[~human["response_id"].isin(set(sample["response_id"]))], sample])
        trained = train_or_load(ws, train_labels, texts, cascade=wants_cascade(ws, len(frame)))
        rows = classify_frame(ws, trained.classifier, frame, human, show_progress=show_progress, evidence=False,
                              cascade=trained.cascade, scored=trained.scored)  # fmt: skip
        PREDICTIONS.write(out, rows[PREDICTIONS.names])
    return ClassifyResult(
        out=Path(out),
        n_responses=len(frame),
        n_assignments=len(rows),
        n_human=int((rows["coded_by"] == "human").sum()),
        model_key=trained.key,
        loaded_from_cache=trained.loaded_from_cache,
    )


def _error_counts(path: str | Path) -> dict[str, tuple[int, ...]]:
    """classifier_errors.json: category -> (tp, fp, fn, tn)."""
    try:
        data = json.loads(Path(path).read_text(encoding="utf-8"))
    except FileNotFoundError:
        raise ConsultError(
            "E100", f"{path}: file not found. `consult-nlp run` writes classifier_errors.json."
        ) from None
    except (OSError, UnicodeDecodeError, ValueError) as e:
        raise ConsultError("E501", f"{path}: not a JSON file ({e}). Use the classifier_errors.json a run wrote.") from e
    if not isinstance(data, dict) or not all(isinstance(v, list) for v in data.values()):
        raise ConsultError(
            "E501", f"{path}: expected an object of category -> [tp, fp, fn, tn]. Use the file a run wrote."
        )
    try:
        return {str(k): tuple(int(x) for x in v) for k, v in data.items()}
    except (TypeError, ValueError) as e:
        raise ConsultError("E501", f"{path}: the counts must be whole numbers ({e}). Re-run `consult-nlp run`.") from e


def count_file(
    consultation_dir: str | Path,
    assignments_csv: str | Path,
    out: str | Path,
    *,
    errors_json: str | Path | None = None,
    seed: int = 0,
) -> pd.DataFrame:
    """`consult-nlp count`: counts.csv from a labels.csv-format or assignments.csv file."""
    with Workspace(consultation_dir, seed=seed) as ws:
        cons = ws.consultation
        a = assignments_from_file(read_csv(assignments_csv, ["response_id", "category_id"]), assignments_csv)
        unknown = sorted(set(a["category_id"]) - set(cons.codebook.ids) - {""})
        if unknown:
            raise ConsultError(
                "E500",
                f"{assignments_csv}: category id(s) {unknown} are not in {ws.path('codebook.yaml')}. "
                "Fix the ids or add the categories.",
            )
        errors = _error_counts(errors_json) if errors_json else None
        responses = ws.responses
        campaigns = campaign_copies(responses)
        who = respondents_of(responses)
        human = set(cons.labels["response_id"]) | set(a.loc[a["coded_by"] == "human", "response_id"])
        model_coded = count_units([r for r in responses["response_id"] if r not in human], who)
        if not (a["coded_by"] == "model").any():
            model_coded = 0  # a labels.csv-format file: every code is a person's
        try:
            counts = count_mentions(
                a, cons.codebook, error_counts=errors if model_coded else None, campaigns=campaigns,
                respondents=who, seed=seed, model_coded=model_coded,
            )  # fmt: skip
        except ValueError as e:
            raise ConsultError("E501", f"{errors_json}: {e}") from None
        _writable_file(out)
        COUNTS.write(out, counts)
    return counts


def _writable_file(out: str | Path) -> None:
    if Path(out).is_dir():
        raise ConsultError("E503", f"{out}: is a folder, but --out needs a file name. Add the file name.")


@dataclass
class RenderResult:
    out: Path
    unwritten: tuple[str, ...]  # categories whose response is not written yet
    warnings: tuple[str, ...] = ()  # what the writer should know before publishing


def render_file(
    consultation_dir: str | Path,
    counts_csv: str | Path,
    fmt: str,
    out: str | Path,
    *,
    draft: bool = False,
    show_intervals: bool = False,
    breakdown_csv: str | Path | None = None,
    count: str | None = None,
    order: str | None = None,
) -> RenderResult:
    """`consult-nlp render`: one format of the appendix from counts.csv (and a breakdown file, when named)."""
    with Workspace(consultation_dir) as ws:
        counts = whole_numbers(read_csv(counts_csv, ["category_id", "mentions"]), counts_csv,
                               ("mentions", "estimated_mentions", "low", "high"))  # fmt: skip
        by_type = None
        if breakdown_csv:
            by_type = whole_numbers(read_csv(breakdown_csv, ["category_id", "mentions"]), breakdown_csv, ("mentions",))
        _writable_file(out)
        if not ws.codebook.categories:
            raise ConsultError("E104", f"{ws.path('codebook.yaml')}: no categories to render. Add them first.")
        view = build_view(ws.facts, ws.codebook, counts, draft=draft, show_intervals=show_intervals,
                          breakdown=by_type, breakdown_label=breakdown_label_of(ws), count=count, order=order,
                          source=counts_csv)  # fmt: skip
        return RenderResult(out=render(view, fmt, out), unwritten=view.unwritten, warnings=view.warnings)


def evaluate_files(pred_csv: str | Path, gold_csv: str | Path, out: str | Path | None = None, consultation_dir=None):
    """`consult-nlp evaluate`: scores, and the per-category table as CSV."""
    from .evaluate import evaluate

    pred = read_csv(pred_csv, ["response_id", "category_id"])
    gold = read_csv(gold_csv, ["response_id", "category_id"])
    cats = Workspace(consultation_dir).codebook.ids if consultation_dir else None
    ev = evaluate(pred, gold, cats)
    if out:
        _writable_file(out)
        write_csv(out, ev.to_frame())
    return ev


def _sentence_coder(ws: Workspace, book, responses: pd.DataFrame):
    """With a coded sample, the consultation's classifier coding single sentences, so guided discovery never offers
    an existing category back as a new one; None without coded responses."""
    from .classify import encode_texts
    from .codebook import load_labels

    if not ws.labels_path.exists():
        return None
    labels = load_labels(ws.labels_path, book, set(responses["response_id"]))
    if labels.empty:
        return None
    texts = dict(zip(responses["response_id"], responses["redacted_text"], strict=True))
    clf = train_or_load(ws, labels, texts, book).classifier

    def code(sentences: list[str]):
        return clf.predict(encode_texts(sentences, ws.embedder, ws.nlp))

    return code


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
    from .codebook import load_codebook, load_responses
    from .discover import candidates_markdown, discover_themes
    from .tables import THEME_SENTENCES, THEMES

    if max_themes < 1:
        raise ConsultError("E306", f"--max-themes must be at least 1, not {max_themes}.")
    seed_everything(seed)
    with Workspace(consultation_dir, models_dir=models_dir, seed=seed, encoder=encoder) as ws:
        facts = None
        if ws.path("consultation.yaml").exists():
            try:  # discovery comes before the writing: an unfinished consultation.yaml is no obstacle
                facts = ws.facts
            except ConsultError:
                facts = None
        book = None
        if not fresh and ws.path("codebook.yaml").exists():
            book = load_codebook(ws.path("codebook.yaml"), facts)  # action areas checked when facts are written
            book = book if book.categories else None
        responses = ws.prepare(load_responses(ws.path("responses.csv")))
        out_dir = Path(out) if out else ws.out_dir / "discover"
        if out_dir.exists() and not out_dir.is_dir():
            raise ConsultError("E503", f"{out_dir}: is a file, but --out needs a folder. Choose another --out.")
        res = discover_themes(responses, embedder=ws.embedder, assign_embedder=ws.static_embedder, facts=facts,
                              codebook=book, nlp=ws.nlp, seed=seed, max_themes=max_themes,
                              **(discover_params or {}))  # fmt: skip
        files: dict[str, Path] = {}
        files["themes"] = THEMES.write(out_dir / "themes.csv", res.themes, text_columns=["title", "keywords"])
        files["theme_sentences"] = THEME_SENTENCES.write(
            out_dir / "theme_sentences.csv", res.sentences, text_columns=["response_id", "sentence"]
        )
        files["theme_mentions"] = write_csv(out_dir / "theme_mentions.csv", res.mentions)
        files["codebook_draft"] = atomic_write_text(out_dir / "codebook.draft.yaml", res.draft_yaml)
        if res.set_aside is not None:
            files["set_aside"] = write_csv(out_dir / "set_aside.csv", res.set_aside, text_columns=["sentence"])
        if res.candidates is not None:
            files["candidate_themes"] = write_csv(out_dir / "candidate_themes.csv", res.candidates)
            files["candidate_themes_md"] = atomic_write_text(
                out_dir / "candidate_themes.md", candidates_markdown(res.candidates, ws.name)
            )
        for key, fig in res.figures.items():
            html = fig.to_html(include_plotlyjs=True, full_html=True, div_id=key)
            files[key] = atomic_write_text(out_dir / f"{key}.html", html)
        if res.bar_png is not None:
            import io

            from .artefacts import atomic_write_bytes

            buf = io.BytesIO()
            res.bar_png.savefig(buf, format="png", metadata={"Software": None})
            files["mentions_png"] = atomic_write_bytes(out_dir / "mentions.png", buf.getvalue())
        report = ws.manifest(
            inputs={n: sha256_file(ws.path(n)) for n in ("consultation.yaml", "codebook.yaml", "responses.csv")
                    if ws.path(n).exists()},
            stats=res.stats, notes=res.notes, outputs=sorted(p.name for p in files.values()),
        )  # fmt: skip
        files["report"] = atomic_write_json(out_dir / "discover_report.json", report)
    return DiscoverResult(out_dir=out_dir, files=files, stats=res.stats, notes=res.notes, themes=res.themes)
