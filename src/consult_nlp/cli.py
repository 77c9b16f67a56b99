"""The `consult-nlp` command: each verb parses its arguments, calls one library function, prints its result."""

from __future__ import annotations

import functools
import sys
from pathlib import Path
from typing import Annotated

import typer

from .errors import ConsultError

app = typer.Typer(
    help="Code consultation responses into categories, count them, and publish the 'you said, we did' appendix.",
    no_args_is_help=True,
    add_completion=False,
    pretty_exceptions_enable=False,
)
Quiet = Annotated[bool, typer.Option("--quiet", "-q", help="Print nothing but errors.")]
Count = Annotated[
    str | None,
    typer.Option("--count", help="The number the appendix publishes: 'estimated' (estimated_mentions, the model's "
                 "count corrected for its measured errors) or 'coded' (mentions). Default: consultation.yaml's "
                 "appendix.count, else estimated."),
]  # fmt: skip
Order = Annotated[
    str | None,
    typer.Option("--order", help="Row order: 'mentions' (most first) or 'codebook' (as in codebook.yaml). Default: "
                 "consultation.yaml's appendix.order, else mentions."),
]  # fmt: skip
Reviewer = Annotated[
    str | None,
    typer.Option(help="Who made these decisions, for the audit record (default: the workbook's reviewer cell, "
                 "else your login name)."),
]  # fmt: skip


def _errors(fn):
    """A ConsultError becomes its message and exit code 1; anything else a one-line message and a log file.

    No traceback reaches the user: an unexpected error (a bug) is written to a log file whose path is printed, with
    the code E900, so it can be reported.
    """

    @functools.wraps(fn)
    def wrapper(*args, **kwargs):
        try:
            return fn(*args, **kwargs)
        except ConsultError as e:
            typer.echo(f"Error {e.code}: {e.message}", err=True)
            raise typer.Exit(1) from None
        except (typer.Exit, typer.Abort, KeyboardInterrupt):
            raise
        except Exception as e:  # noqa: BLE001 - the last line of defence: log it, never show a traceback
            log = _log_unexpected(fn.__name__)
            typer.echo(
                f"Error E900: an unexpected error in `consult-nlp {fn.__name__}` ({type(e).__name__}: {e}). "
                f"The details are in {log}; please report it with that file.",
                err=True,
            )
            raise typer.Exit(2) from None

    return wrapper


def _log_unexpected(verb: str) -> Path:
    import datetime as dt
    import tempfile
    import traceback

    stamp = dt.datetime.now().strftime("%Y%m%d-%H%M%S")
    fd, name = tempfile.mkstemp(prefix=f"consult-nlp-{verb}-{stamp}-", suffix=".log")
    with open(fd, "w", encoding="utf-8") as f:
        f.write(f"consult-nlp {verb}: argv {sys.argv}\n\n")
        f.write(traceback.format_exc())
    return Path(name)


def _say(quiet: bool, msg: str) -> None:
    if not quiet:
        typer.echo(msg)


def _warn(quiet: bool, warnings) -> None:
    """What the writer should know before publishing, on stderr (--quiet keeps it quiet)."""
    for w in warnings:
        if not quiet:
            typer.echo(f"Warning: {w}", err=True)


@app.command()
@_errors
def init(
    folder: Annotated[Path, typer.Argument(help="The new consultation folder, e.g. corpora/my-consultation.")],
    from_export: Annotated[
        Path | None, typer.Option("--from", help="A survey export: guess a mapping from its columns.")
    ] = None,
    quiet: Quiet = False,
):
    """Start a consultation folder: consultation.yaml and an empty codebook to fill in, and a mapping guessed from
    an export; then says what to do next. Existing files are never overwritten.

    Example: consult-nlp init corpora/my-consultation --from export.csv
    """
    from .scaffold import init_consultation

    _say(quiet, init_consultation(folder, from_export).summary())


@app.command()
@_errors
def ingest(
    inputs: Annotated[list[Path], typer.Argument(help="CSV/XLSX/JSONL exports, or folders of letters.")],
    out: Annotated[Path, typer.Option(help="Where to write responses.csv.")],
    mapping: Annotated[Path | None, typer.Option(help="YAML saying which columns are id, answers, type.")] = None,
    quiet: Quiet = False,
):
    """Read survey exports and letters into a consultation's responses.csv (redacted, flagged, campaigns grouped).

    Example: consult-nlp ingest export.csv --out corpora/my-consultation/responses.csv
    """
    from .ingest import ingest as run_ingest

    kwargs = {"mapping": mapping} if mapping else {}
    report = run_ingest(inputs, out, **kwargs)
    _say(quiet, report.summary())
    _say(quiet, f"wrote {out}")


@app.command()
@_errors
def classify(
    consultation: Annotated[Path, typer.Option(help="The consultation folder, e.g. corpora/NAME.")],
    input: Annotated[Path, typer.Option("--input", help="CSV with response_id and text to code.")],
    out: Annotated[Path, typer.Option(help="Where to write the predictions CSV.")],
    labels: Annotated[
        Path | None,
        typer.Option(help="A coded sample of INPUT's rows (labels.csv format); those rows keep it."),
    ] = None,
    seed: Annotated[int, typer.Option(help="Random seed.")] = 0,
    models_dir: Annotated[Path | None, typer.Option(help="Model cache folder (default models/NAME).")] = None,
    quiet: Quiet = False,
):
    """Code each response into the codebook's categories: one row per category assigned, with its score.

    Example: consult-nlp classify --consultation corpora/kent-send-locality --input new.csv --out pred.csv
    """
    from .pipeline import classify_file

    res = classify_file(consultation, input, out, labels, models_dir=models_dir, seed=seed, show_progress=not quiet)
    how = "loaded from cache" if res.loaded_from_cache else "trained"
    _say(quiet, f"classifier {res.model_key} ({how}); {res.n_responses} responses -> {res.n_assignments} "
         f"assignments ({res.n_human} human-coded kept); wrote {res.out}")  # fmt: skip


@app.command()
@_errors
def count(
    consultation: Annotated[Path, typer.Option(help="The consultation folder.")],
    assignments: Annotated[Path, typer.Option(help="labels.csv-format or assignments.csv file.")],
    out: Annotated[Path, typer.Option(help="Where to write counts.csv.")],
    errors: Annotated[
        Path | None, typer.Option(help="classifier_errors.json from a run, for intervals on model codes.")
    ] = None,
    seed: Annotated[int, typer.Option(help="Random seed for the interval bootstrap.")] = 0,
    quiet: Quiet = False,
):
    """Count mentions per category (a response counts once per category), with 95% intervals.

    Example: consult-nlp count --consultation corpora/kent-send-locality --assignments labels.csv --out counts.csv
    """
    from .pipeline import count_file

    counts = count_file(consultation, assignments, out, errors_json=errors, seed=seed)
    _say(quiet, counts[["category_id", "mentions", "estimated_mentions", "low", "high"]].to_string(index=False))


@app.command()
@_errors
def render(
    consultation: Annotated[Path, typer.Option(help="The consultation folder.")],
    counts: Annotated[Path, typer.Option(help="counts.csv from `consult-nlp count`.")],
    format: Annotated[str, typer.Option("--format", help="html, docx, pdf or md.")],
    out: Annotated[Path, typer.Option(help="The file to write.")],
    draft: Annotated[bool, typer.Option(help="Placeholders for unwritten responses, and a watermark.")] = False,
    show_intervals: Annotated[bool, typer.Option(help="Show each count's 95% interval.")] = False,
    breakdown: Annotated[
        Path | None, typer.Option(help="counts_by_respondent_type.csv, for a table by respondent type.")
    ] = None,
    count: Count = None,
    order: Order = None,
    quiet: Quiet = False,
):
    """Render the appendix table (the published layout) as HTML, Word, PDF or Markdown.

    Warns, naming the categories, when a published number lies outside its own 95% interval.

    Example: consult-nlp render --consultation corpora/kent-send-locality --counts counts.csv --format pdf --out a.pdf
    """
    from .pipeline import render_file

    res = render_file(consultation, counts, format, out, draft=draft, show_intervals=show_intervals,
                      breakdown_csv=breakdown, count=count, order=order)  # fmt: skip
    _warn(quiet, res.warnings)
    if res.unwritten and not quiet:
        how = "marked [Response to be written]" if draft else "left blank; --draft marks them"
        typer.echo(f"Note: {len(res.unwritten)} response(s) not written yet ({', '.join(res.unwritten)}): {how}.",
                   err=True)  # fmt: skip
    _say(quiet, f"wrote {res.out}")


@app.command()
@_errors
def evaluate(
    pred: Annotated[Path, typer.Option(help="Predictions (response_id, category_id[, score]).")],
    gold: Annotated[Path, typer.Option(help="Human coding in labels.csv format.")],
    out: Annotated[Path | None, typer.Option(help="Where to write the per-category CSV.")] = None,
    consultation: Annotated[Path | None, typer.Option(help="Consultation folder, for category order.")] = None,
    quiet: Quiet = False,
):
    """Precision, recall, F1 and count error per category, and micro/macro F1, on the responses GOLD codes.

    Example: consult-nlp evaluate --pred pred.csv --gold corpora/kent-send-locality/labels_true.csv --out eval.csv
    """
    from .pipeline import evaluate_files

    ev = evaluate_files(pred, gold, out, consultation)
    _say(quiet, ev.per_category.to_string(index=False))
    _say(quiet, f"micro-F1 {ev.micro_f1:.3f}  macro-F1 {ev.macro_f1:.3f}  on {ev.n_responses} responses")


@app.command()
@_errors
def discover(
    consultation: Annotated[Path, typer.Option(help="The consultation folder, e.g. corpora/NAME.")],
    out: Annotated[Path | None, typer.Option(help="Output folder (default reports/NAME/discover).")] = None,
    fresh: Annotated[bool, typer.Option(help="Ignore codebook.yaml and draft a codebook from nothing.")] = False,
    max_themes: Annotated[int, typer.Option(help="Merge themes down to at most this many.")] = 40,
    seed: Annotated[int, typer.Option(help="Random seed (UMAP); the same seed gives the same themes.")] = 0,
    models_dir: Annotated[Path | None, typer.Option(help="Embedding cache folder (default models/NAME).")] = None,
    quiet: Quiet = False,
):
    """Discover themes in the responses' sentences (BERTopic) and draft a codebook; with codebook.yaml, its
    categories guide the model and leftover themes are reported as candidate new categories.

    Writes themes.csv, theme_sentences.csv, codebook.draft.yaml, candidate_themes.{csv,md} (with a codebook),
    theme_mentions.csv, mentions.png and interactive topic_map/topic_barchart/topic_hierarchy HTML.

    Example: consult-nlp discover --consultation corpora/kent-send-locality --out reports/kent-send-locality/discover
    """
    from .pipeline import discover_folder

    res = discover_folder(consultation, out, fresh=fresh, models_dir=models_dir, seed=seed, max_themes=max_themes)
    st = res.stats
    _say(quiet, res.themes[["theme_id", "size", "title"]].to_string(index=False, max_colwidth=90))
    _say(quiet, f"{st['n_sentences']} sentences -> {st['n_themes']} themes ({st['n_known_themes']} known categories); "
         f"outliers {st['outlier_share']:.1%}; {st['timings_seconds']['total']:.1f}s")  # fmt: skip
    for note in res.notes:
        _say(quiet, f"note: {note}")
    _say(quiet, f"wrote {len(res.files)} files to {res.out_dir}")


@app.command()
@_errors
def run(
    folder: Annotated[Path, typer.Argument(help="The consultation folder, e.g. corpora/kent-send-locality.")],
    out: Annotated[Path | None, typer.Option(help="Output folder (default reports/NAME).")] = None,
    seed: Annotated[int, typer.Option(help="Random seed.")] = 0,
    models_dir: Annotated[Path | None, typer.Option(help="Model cache folder (default models/NAME).")] = None,
    engine: Annotated[str, typer.Option(help="local (default), or dask to code the responses on a Dask cluster.")] = (
        "local"
    ),
    scheduler: Annotated[
        str | None, typer.Option(help="With --engine dask: the scheduler address (default: a cluster on this machine).")
    ] = None,
    count: Count = None,
    order: Order = None,
    breakdown: Annotated[
        bool | None,
        typer.Option(
            "--breakdown/--no-breakdown",
            help="Add the table of mentions by respondent type to the "
            "published appendix (default: consultation.yaml's appendix.breakdown, else no). The analysis "
            "report always has it.",
        ),
    ] = None,  # fmt: skip
    quiet: Quiet = False,
):
    """Run the whole pipeline: classify, keep the coded sample's codes, count, render the appendix and the analysis
    report (analysis-report.html, for the team, not for publication), write manifest.json.

    Warns, naming the categories, when a published number lies outside its own 95% interval.

    Example: consult-nlp run corpora/kent-send-locality
    """
    from .pipeline import run as run_pipeline

    stage = (lambda s: None) if quiet else (lambda s: typer.echo(f"[{s}]", err=True))
    res = run_pipeline(folder, out, seed=seed, models_dir=models_dir, count=count, order=order, breakdown=breakdown,
                       progress=stage, show_progress=not quiet, engine=engine, scheduler=scheduler)  # fmt: skip
    for note in res.notes:
        typer.echo(f"Note: {note}", err=True)
    _warn(quiet, res.warnings)
    _say(quiet, res.counts[["category_id", "mentions", "estimated_mentions", "low", "high"]].to_string(index=False))
    _say(quiet, f"wrote {len(res.files)} files to {res.out_dir} in {res.timings['total']:.1f}s")


@app.command()
@_errors
def sample(
    consultation: Annotated[Path, typer.Option(help="The consultation folder, e.g. corpora/NAME.")],
    n: Annotated[int, typer.Option("--n", help="How many responses to pick.")] = 50,
    random: Annotated[
        int | None,
        typer.Option("--random", help="Instead: a seeded random pick of this many (keeps intervals honest)."),
    ] = None,
    out: Annotated[Path | None, typer.Option(help="Where to write the CSV (default reports/NAME/sample.csv).")] = None,
    merge: Annotated[
        Path | None,
        typer.Option(help="Instead of sampling: merge this filled-in sample (CSV or XLSX) into labels.csv."),
    ] = None,
    replace: Annotated[
        bool, typer.Option(help="With --merge: let the file change codes already in labels.csv.")
    ] = False,
    dry_run: Annotated[bool, typer.Option(help="With --merge: report what would change, write nothing.")] = False,
    seed: Annotated[int, typer.Option(help="Random seed.")] = 0,
    models_dir: Annotated[Path | None, typer.Option(help="Model cache folder (default models/NAME).")] = None,
    reviewer: Reviewer = None,
    quiet: Quiet = False,
):
    """Pick the uncoded responses whose coding would most improve the model (or --random N), as a CSV to fill in;
    or merge a filled-in one.

    Fill in category_ids: codebook ids separated by ';', 'none' for no category, empty to skip the row.

    Then --merge it into labels.csv; codes already there change only with --replace.

    Example: consult-nlp sample --consultation corpora/kent-send-locality --n 50 --out to-code.csv
    """
    from .labels import merge_sample
    from .sampling import sample_for_coding

    if merge:
        res = merge_sample(consultation, merge, replace=replace, dry_run=dry_run, reviewer=reviewer)
        for c in res.update.conflicts:
            typer.echo(f"Conflict: {c}", err=True)
        _say(quiet, res.summary())
        return
    if random is not None:
        from .sampling import random_sample

        _say(quiet, random_sample(consultation, random, out, seed=seed).summary())
        return
    picked = sample_for_coding(consultation, n, out, models_dir=models_dir, seed=seed, show_progress=not quiet)
    _say(quiet, picked.summary())


@app.command()
@_errors
def review(
    consultation: Annotated[Path, typer.Option(help="The consultation folder, e.g. corpora/NAME.")],
    workbook: Annotated[Path, typer.Option(help="A filled-in review.xlsx from `consult-nlp run`.")],
    replace: Annotated[bool, typer.Option(help="Let decisions change codes already in labels.csv.")] = False,
    accept_undecided: Annotated[
        bool, typer.Option(help="Record a response once any of its codes is decided, keeping undecided codes.")
    ] = False,
    dry_run: Annotated[bool, typer.Option(help="Report what would change, write nothing.")] = False,
    reviewer: Reviewer = None,
    quiet: Quiet = False,
):
    """Read a filled-in review workbook back into labels.csv, so reviewed codes win on the next run.

    confirm keeps a code, reject drops it, add_category_ids adds codes the model missed.

    A response the model coded is recorded once all its codes are decided; the rest are listed.

    Codes already in labels.csv change only with --replace.

    Example: consult-nlp review --consultation corpora/kent-send-locality --workbook review.xlsx
    """
    from .workbook import read_review_workbook

    res = read_review_workbook(consultation, workbook, replace=replace, accept_undecided=accept_undecided,
                               dry_run=dry_run, reviewer=reviewer)  # fmt: skip
    for c in res.update.conflicts:
        typer.echo(f"Conflict: {c}", err=True)
    _say(quiet, res.summary())


@app.command()
@_errors
def notebook(
    folder: Annotated[Path, typer.Argument(help="The consultation folder, e.g. corpora/NAME.")],
    run_dir: Annotated[Path | None, typer.Option(help="The run to review (default reports/NAME).")] = None,
    out: Annotated[
        Path | None, typer.Option(help="Notebook to write (default RUN_DIR/review-categories.ipynb).")
    ] = None,
    execute: Annotated[bool, typer.Option(help="Run it (--no-execute: only fill in the parameters).")] = True,
    quiet: Quiet = False,
):
    """Write the analyst's review notebook for a consultation, its paths filled in, and run it.

    Open the result in Jupyter to look at the counts, evidence and low-confidence queue, and to name corrections.

    Example: consult-nlp notebook corpora/kent-send-locality
    """
    from .notebook import review_notebook

    res = review_notebook(folder, run_dir=run_dir, out=out, execute=execute)
    if res.errors:
        typer.echo(f"Error E900: the notebook stopped with an error: {res.errors[0]}. It is saved at {res.path}.",
                   err=True)  # fmt: skip
        raise typer.Exit(1)
    _say(
        quiet, f"wrote {res.path}" + (" (executed)" if res.executed else "") + f"; open it with: jupyter lab {res.path}"
    )


@app.command()
@_errors
def history(
    response_id: Annotated[str, typer.Argument(help="The response whose coding history to show.")],
    consultation: Annotated[Path, typer.Option(help="The consultation folder, e.g. corpora/NAME.")],
    quiet: Quiet = False,
):
    """Show every recorded human decision about one response: who, when, through what, before and after.

    The record is labels_audit.csv beside labels.csv; review, sample --merge and notebook corrections append to it.

    Example: consult-nlp history KSL-0042 --consultation corpora/kent-send-locality
    """
    from .labels import history as read_history

    h = read_history(consultation, response_id)
    if h.empty:
        _say(quiet, f"{response_id}: no recorded decisions (codes in labels.csv before the audit record began, or "
             "none).")  # fmt: skip
        return
    _say(quiet, h[["time", "reviewer", "via", "action", "before", "after", "where"]].to_string(index=False))


def main() -> None:  # pragma: no cover
    sys.exit(app())


if __name__ == "__main__":  # pragma: no cover
    main()
