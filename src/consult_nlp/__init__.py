"""consult-nlp: code consultation responses into categories, count them, and publish the appendix offline.

The flat API a notebook uses: each stage is a function of DataFrames (or a consultation folder) to DataFrames.

    import consult_nlp as cn
    ws = cn.Workspace("corpora/kent-send-locality")
    responses = ws.responses                                   # response_id, text, redacted_text, ...
    assignments = cn.classify_responses(ws)                    # response_id, category_id, score, coded_by, ...
    counts = cn.count_mentions(assignments, ws.codebook)       # category_id, title, mentions, low, high, ...

Names are imported on first use, so `import consult_nlp` stays fast for the command line.
"""

import os
from importlib import import_module
from importlib.metadata import PackageNotFoundError, version

from .errors import ConsultError

# numba compiles UMAP's layout code for the CPU it runs on, and a differently vectorised float sum gives another
# layout (another set of themes) on another machine. Compiled for a generic x86-64 it is the same code everywhere,
# and no slower here (#11). Set before numba is imported; topics.py records whether it took effect.
os.environ.setdefault("NUMBA_CPU_NAME", "generic")

try:
    __version__ = version("consult-nlp")
except PackageNotFoundError:  # running from a source tree without install
    __version__ = "0.0.0"

# public name -> module that defines it
_API = {
    # the consultation folder and the shared workspace
    "Workspace": "workspace",
    "load_consultation": "codebook",
    "load_codebook": "codebook",
    "load_labels": "codebook",
    # ingest
    "ingest": "ingest",
    "prepare_responses": "ingest",
    "Redactor": "redaction",
    "find_campaigns": "campaigns",
    # discover
    "discover_themes": "discover",
    # classify
    "CodebookClassifier": "classify",
    "encode_texts": "classify",
    "classify_responses": "classify",
    # count, evaluate, render
    "count_mentions": "count",
    "breakdown": "count",
    "evaluate": "evaluate",
    "build_view": "render",
    "render": "render",
    # the whole pipeline
    "run": "pipeline",
    # coding by people
    "sample_for_coding": "sampling",
    "merge_sample": "labels",
    "apply_codes": "labels",
    "history": "labels",
    "read_review_workbook": "workbook",
    # a finished run, in a notebook
    "load_run": "runview",
    "plot_counts": "runview",
    "category_evidence": "runview",
    "low_confidence_queue": "runview",
    "propose_correction": "runview",
    "apply_correction": "runview",
    "record_correction": "labels",
}

__all__ = ["ConsultError", "__version__", *_API]


def __getattr__(name: str):
    if name in _API:
        value = getattr(import_module(f".{_API[name]}", __name__), name)
        globals()[name] = value
        return value
    raise AttributeError(f"module 'consult_nlp' has no attribute {name!r}")


def __dir__() -> list[str]:
    return sorted(__all__)
