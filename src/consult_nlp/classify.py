"""The classify stage: code a consultation's responses.

It trains the `CodebookClassifier` (classifier.py) on the coded sample and the codebook, or loads it from
models/NAME/. The cache key covers everything that changes its predictions: the code, the encoder, spaCy, the
codebook and the coded texts. It then writes one row per category assigned, with scores and evidence quoted from
redacted text. Human codes are kept as they are, and the model never overwrites them.
"""

from __future__ import annotations

import functools
import hashlib
import inspect
import json
from dataclasses import dataclass
from typing import TYPE_CHECKING

import numpy as np
import pandas as pd

from . import __version__
from .artefacts import atomic_write_json
from .classifier import (
    CodebookClassifier,
    Encoded,
    Split,
    encode_texts,
    load_classifier,
    reencode,
    save_classifier,
    split_texts,
)

# the classifier's names, where callers have always taken them from
from .classifier import _logit as _logit
from .classifier import _steady as _steady
from .classifier import head_path as head_path
from .classifier import multi_lr as multi_lr
from .codebook import Codebook, label_sets
from .errors import ConsultError
from .tables import ASSIGNMENTS
from .workspace import release_memory

if TYPE_CHECKING:
    from .workspace import Workspace


# -- the cascade: a static encoder for every response, the transformer near a threshold ------------------------
CASCADE_FROM = 5_000  # responses to code; below this the transformer codes them all (about 90 s per 1,000)
CASCADE_SHARE = 0.10  # of the uncoded responses recoded by the transformer: within 1 micro-F1 point of the float64
# transformer alone on Kent, FFT and Care Opinion with room to spare (built with exact products: Kent 0.26 and Care
# Opinion 0.41 points under it, FFT 0.13 over); 5% was within it too, but by 0.31 on Kent, under a test set's noise


@dataclass
class Cascade:
    """The static encoder's classifier (`fast`) codes every response; the transformer's recodes the responses whose
    static scores lie nearest a threshold.

    `margin` is fixed at training, in logits: the `share` quantile of the uncoded responses' smallest distance from
    any category's threshold. A response is recoded when its own distance is below it, so its codes never depend on
    the responses batched or partitioned with it."""

    fast: CodebookClassifier
    embedder: object  # embed.Embedder over embed.StaticEncoder
    margin: float
    share: float

    def recode(self, proba: np.ndarray) -> np.ndarray:
        """Which rows of the fast model's probabilities the transformer recodes."""
        return _margins(self.fast, proba) < self.margin

    def scores(self, clf: CodebookClassifier, enc: Encoded, embedder, keep: list[int] = (), show_progress=False,
               proba: np.ndarray | None = None):  # fmt: skip
        """The static probabilities of every response in `enc` (static vectors; `proba` if already computed), the
        rows the transformer recodes (never those in `keep`), and the transformer's encoding and probabilities of
        those rows."""
        proba = self.fast.predict_proba(enc) if proba is None else proba
        redo = self.recode(proba)
        redo[list(keep)] = False
        full_enc = reencode(enc.take(np.flatnonzero(redo)), embedder, show_progress)
        return proba, redo, full_enc, clf.predict_proba(full_enc)

    def predict(self, clf: CodebookClassifier, enc: Encoded, embedder) -> np.ndarray:
        """The cascade's codes (responses x categories, 0/1) for `enc` (static vectors); for benchmarks."""
        proba, redo, _, full = self.scores(clf, enc, embedder)
        pred = (proba >= self.fast.thresholds_).astype(int)
        pred[redo] = (full >= clf.thresholds_).astype(int)
        return pred

    def describe(self) -> dict:
        return {"used": True, "static": self.embedder.describe(), "recoded_share_of_uncoded": self.share,
                "margin_logit": round(self.margin, 4),
                "static_classifier": self.fast.describe()}  # fmt: skip


def _margins(clf: CodebookClassifier, proba: np.ndarray) -> np.ndarray:
    """Each response's smallest distance, in logits, from any category's threshold."""
    if not len(proba):
        return np.zeros(0)
    return np.abs(_logit(proba) - _logit(clf.thresholds_)[None, :]).min(axis=1)


# -- training from a consultation -----------------------------------------------------------------------------
def join_encoded(parts: list[Encoded]) -> Encoded:
    """Several Encoded, one after another, as one."""
    sizes = [len(p.sent) for p in parts]
    starts = np.concatenate([[0], np.cumsum(sizes)[:-1]]) if parts else np.zeros(0, dtype=np.int64)
    offsets = np.concatenate([[0]] + [p.offsets[1:] + s for p, s in zip(parts, starts, strict=True)])
    return Encoded([t for p in parts for t in p.texts], [ss for p in parts for ss in p.sentences],
                   np.vstack([p.doc for p in parts]), np.vstack([p.sent for p in parts]),
                   offsets.astype(np.int64))  # fmt: skip


@dataclass
class Scored:
    """What training the cascade already computed for the uncoded texts: their sentences and the static model's
    probabilities, so coding them right after need not split and score them again. Their static vectors are made
    again a batch at a time (`Split`): fast, and far smaller than keeping them all."""

    rows: dict[str, int]  # text -> its row in enc and proba
    enc: Split
    proba: np.ndarray

    def lookup(self, texts: list[str], fresh) -> tuple[Encoded, np.ndarray]:
        """The static encoding and probabilities of `texts`, in order; `fresh(texts)` computes those of texts
        training did not see (the coded ones, or another file's)."""
        rows = [self.rows.get(t) for t in texts]
        have = [i for i, r in enumerate(rows) if r is not None]
        miss = [i for i, r in enumerate(rows) if r is None]
        taken = [rows[i] for i in have]
        if not miss:
            return self.enc.take(taken), self.proba[taken]
        enc, proba = fresh([texts[i] for i in miss])
        if not have:
            return enc, proba
        order = np.argsort(np.array(have + miss), kind="stable")  # back to the order of `texts`
        both = join_encoded([self.enc.take(taken), enc])
        return both.take(order), np.vstack([self.proba[taken], proba])[order]


@dataclass
class Trained:
    classifier: CodebookClassifier  # on the packaged transformer's vectors
    key: str
    loaded_from_cache: bool
    coded_ids: list[str]  # the coded responses in the order of the classifier's cv_scores_ rows
    cascade: Cascade | None = None
    scored: Scored | None = None  # only when the cascade was trained in this run


def error_counts(clf: CodebookClassifier, coded_ids: list[str], rows: set[str] | None = None,
                 cascade: Cascade | None = None) -> dict[str, tuple]:  # fmt: skip
    """category -> (tp, fp, fn, tn) of the cross-validated codes, over `rows` of the coded sample (default all).

    The count intervals take the model's error rates from these; measured on a representative part of the coded
    sample (not the responses picked for being hard), they describe the rest of the responses. With a cascade,
    the codes are the cascade's: the static model's, or the transformer's where the static scores are near a
    threshold (both models' folds are the same)."""
    mask = np.ones(len(coded_ids), dtype=bool) if rows is None else np.isin(coded_ids, sorted(rows))
    pred = clf.cv_scores_[mask] >= clf.thresholds_[None, :]
    if cascade is not None:
        fast = cascade.fast.cv_scores_[mask]
        pred = np.where(cascade.recode(fast)[:, None], pred, fast >= cascade.fast.thresholds_[None, :])
    y = clf.cv_labels_[mask] == 1
    return {
        str(c): (int((pred[:, k] & y[:, k]).sum()), int((pred[:, k] & ~y[:, k]).sum()),
                 int((~pred[:, k] & y[:, k]).sum()), int((~pred[:, k] & ~y[:, k]).sum()))
        for k, c in enumerate(clf.classes_)
    }  # fmt: skip


@functools.lru_cache(maxsize=1)
def code_hash() -> str:
    """The source of every module that shapes predictions, so a model saved by other code is never reused."""
    from . import embed, finetune, linear, text

    h = hashlib.sha256()
    for mod in (inspect.getmodule(CodebookClassifier), inspect.getmodule(code_hash), text, embed, finetune, linear):
        h.update(inspect.getsource(mod).encode("utf-8"))
    return h.hexdigest()


def model_key(ws: Workspace, clf: CodebookClassifier, coded: dict[str, str], sets: dict[str, set[str]],
              uncoded: list[str], codebook: Codebook, cascade: bool = False) -> str:  # fmt: skip
    """Everything that changes the model: code, settings, encoder, spaCy, codebook, coded texts, labels, the rest."""
    nlp = ws.nlp
    h = hashlib.sha256()
    if cascade:
        h.update(f"cascade {ws.static_embedder.model_id} {CASCADE_SHARE}\x00".encode())
    for part in (__version__, code_hash(), json.dumps(clf.get_params(), sort_keys=True, default=str),
                 ws.embedder.model_id, f"{nlp.meta.get('name', 'blank')} {nlp.meta.get('version', '')}",
                 codebook.model_dump_json()):  # fmt: skip
        h.update(part.encode("utf-8") + b"\x00")
    for r in sorted(coded):
        h.update(f"\x00{r}\x01{coded[r]}\x01{'|'.join(sorted(sets[r]))}".encode())
    for t in uncoded:
        h.update(f"\x02{t}".encode())
    return h.hexdigest()[:20]


def train_or_load(
    ws: Workspace, labels: pd.DataFrame, texts: dict[str, str], codebook: Codebook | None = None, *,
    cascade: bool = False,
) -> Trained:  # fmt: skip
    """Fit the classifier on the coded responses, or load it from models/NAME/ when its inputs are unchanged.

    `texts` maps response ids to the text the model learns from: the redacted text, so no saved model holds
    personal data. `cascade` (for large consultations, see wants_cascade) also fits the static encoder's
    classifier, and the transformer's then learns from the coded responses alone, so that the uncoded ones are
    never run through the transformer here.
    """
    sets = label_sets(labels)
    missing = [r for r in sets if r not in texts]
    if missing:
        raise ConsultError("E108", f"labels name response(s) with no text: {missing[:5]}. Add them to responses.csv.")
    codebook = codebook or ws.codebook
    clf = CodebookClassifier(random_state=ws.seed)
    coded = {r: texts[r] for r in sets}
    uncoded = [t for r, t in texts.items() if r not in sets]
    cascade = cascade and ws.static_embedder is not None
    key = model_key(ws, clf, coded, sets, uncoded, codebook, cascade)
    path = ws.model_file("classifier", key)
    fast_path, meta_path = ws.model_file("classifier-static", key), ws.model_file("cascade", key, ".json")
    ids = sorted(sets)
    if path.exists() and (not cascade or (fast_path.exists() and meta_path.exists())):
        casc = None
        if cascade:
            try:
                meta = json.loads(meta_path.read_text())
                margin, share = float(meta["margin"]), float(meta["share"])
            except (OSError, ValueError, KeyError, TypeError) as e:
                raise ConsultError("E400", f"{meta_path}: the saved cascade cannot be read ({type(e).__name__}: {e}). "
                                   "Delete it; the next run trains the classifier again.") from None  # fmt: skip
            casc = Cascade(load_classifier(fast_path), ws.static_embedder, margin, share)
        return Trained(load_classifier(path), key, True, ids, casc)
    if not sets:
        raise ConsultError(
            "E305",
            f"{ws.labels_path}: no coded responses to learn from (the file is missing or has only its header). "
            f"Pick responses to code with `consult-nlp sample --consultation {ws.folder}`, fill in the CSV, and merge "
            "it with `--merge`.",
        )
    if cascade:
        trained = _train_cascade(ws, clf, coded, sets, uncoded, codebook, key, ids)
        release_memory()  # training's working copies (distilling the table, the views' fits) are freed
        return trained
    X = encode_texts([coded[r] for r in ids], ws.embedder, ws.nlp)
    rest = encode_texts(uncoded, ws.embedder, ws.nlp) if uncoded else None
    clf.fit(X, [sets[r] for r in ids], codebook=codebook, embedder=ws.embedder, unlabelled=rest)
    save_classifier(clf, path)
    return Trained(clf, key, False, ids)


def wants_cascade(ws: Workspace, n_to_code: int) -> bool:
    """The cascade pays when encoding dominates: CASCADE_FROM responses or more, with the packaged encoder (the
    static table is distilled from it: with a custom encoder the workspace has no static embedder)."""
    return n_to_code >= CASCADE_FROM and ws.static_embedder is not None


def _train_cascade(ws, clf, coded, sets, uncoded, codebook, key, ids) -> Trained:
    static = ws.static_embedder
    X_fast = encode_texts([coded[r] for r in ids], static, ws.nlp)
    rest = split_texts(uncoded, static, ws.nlp) if uncoded else None  # embedded a batch at a time
    casc, scores = fit_cascade(clf, X_fast, [sets[r] for r in ids], codebook=codebook, static=static,
                               embedder=ws.embedder, unlabelled=rest)  # fmt: skip
    save_classifier(clf, ws.model_file("classifier", key))
    atomic_write_json(ws.model_file("cascade", key, ".json"), {"margin": casc.margin, "share": casc.share})
    save_classifier(casc.fast, ws.model_file("classifier-static", key))  # last: its presence marks a complete set
    scored = None
    if rest is not None:
        scored = Scored({t: i for i, t in reversed(list(enumerate(rest.texts)))}, rest, scores)  # a repeat: 1st row
    return Trained(clf, key, False, ids, casc, scored)


def fit_cascade(clf: CodebookClassifier, X_fast: Encoded, y: list[set[str]], *, codebook: Codebook, static, embedder,
                unlabelled: Encoded | Split | None = None,
                share: float = CASCADE_SHARE) -> tuple[Cascade, np.ndarray | None]:  # fmt: skip
    """Fit `clf` on the transformer's vectors of the coded responses (X_fast re-embedded), and a twin with the same
    settings on their static vectors (X_fast, with the uncoded `unlabelled`, also static); the margin recodes
    `share` of the uncoded (of the coded sample's out-of-fold scores if there are none). Returns the cascade and
    the static model's probabilities of `unlabelled` (None without it), which coding can reuse."""
    fast = CodebookClassifier(**{**clf.get_params(), "finetune": "never"})  # fine-tuning adapts the transformer
    fast.fit(X_fast, y, codebook=codebook, embedder=static, unlabelled=unlabelled)
    clf.fit(reencode(X_fast, embedder), y, codebook=codebook, embedder=embedder)
    scores = fast.__dict__.pop("_uncoded_proba", None)  # the uncoded, as fit scored them
    if scores is None and unlabelled is not None and len(unlabelled):
        scores = fast.predict_proba(unlabelled)
    if scores is None or not len(scores):
        scores = fast.cv_scores_
    margin = float(np.quantile(_margins(fast, scores), share)) if len(scores) else 0.0
    return Cascade(fast, static, margin, share), (scores if unlabelled is not None and len(unlabelled) else None)


# -- assignments ----------------------------------------------------------------------------------------------
def _evidence_scores(clf: CodebookClassifier, encoded: Encoded, proba: np.ndarray,
                     human: dict[int, set[str]]) -> np.ndarray:  # fmt: skip
    """sentence_scores for the responses whose evidence needs choosing: those with a code and more than one
    sentence (a one-sentence response's evidence is that sentence). Sentences are scored one by one, so the rows
    are the same as scoring the whole batch; the rest stay zero, unread."""
    n_sent = np.diff(encoded.offsets)
    coded = np.array([bool(human[i]) if i in human else bool((proba[i] >= clf.thresholds_).any())
                      for i in range(len(encoded))], dtype=bool)  # fmt: skip
    need = np.flatnonzero(coded & (n_sent > 1))
    out = np.zeros((len(encoded.sent), len(clf.classes_)))
    if len(need):
        rows = np.concatenate([np.arange(encoded.offsets[i], encoded.offsets[i + 1]) for i in need])
        out[rows] = clf.sentence_scores(encoded.take(need))
    return out


def assignments_from(
    clf: CodebookClassifier,
    response_ids: list[str],
    encoded: Encoded,
    proba: np.ndarray,
    human: dict[int, set[str]] | None = None,
    evidence: bool = True,
) -> pd.DataFrame:
    """Rows for every category assigned, each with the sentence that carries it (from the text the model read).

    `human` maps a row index to its human codes: those replace the model's for that response, still with evidence.
    """
    rows = []
    th = clf.thresholds_
    index = {c: k for k, c in enumerate(clf.classes_)}
    human = human or {}
    scores = _evidence_scores(clf, encoded, proba, human) if evidence else None
    for i, rid in enumerate(response_ids):
        if i in human:
            cats = [(index[c], 1.0, "human") for c in clf.classes_ if c in human[i]]
        else:
            cats = [(int(k), float(proba[i, k]), "model") for k in np.flatnonzero(proba[i] >= th)]
        for k, p, who in cats:
            ev = clf.evidence(encoded, i, k, max_sentences=1, scores=scores) if evidence else []
            rows.append(
                {
                    "response_id": rid,
                    "category_id": str(clf.classes_[k]),
                    "score": round(p, 4),
                    "coded_by": who,
                    "evidence": " ".join(e for e in ev if e),
                    "low_confidence": who == "model" and abs(p - th[k]) < clf.low_confidence_margin,
                }
            )
    return ASSIGNMENTS.frame(rows) if rows else ASSIGNMENTS.empty()


def classify_frame(
    ws: Workspace,
    clf: CodebookClassifier,
    frame: pd.DataFrame,
    human: pd.DataFrame,
    *,
    text_column: str = "redacted_text",
    show_progress: bool = False,
    evidence: bool = True,
    batch_size: int = 2000,
    cascade: Cascade | None = None,
    scored: Scored | None = None,
) -> pd.DataFrame:
    """Assignments for every row of frame (response_id and the text column); human codes kept, with evidence.

    Responses a human coded keep exactly their codes ('coded, no category' included); the model only supplies
    the sentence that carries each human code. Responses are encoded and scored in batches, so sentence vectors
    never pile up for a large consultation. With `cascade` (Trained.cascade) the static model codes them and the
    transformer's classifier (`clf`) recodes those near a threshold; `scored` (Trained.scored) supplies the static
    encoding and scores training already computed.
    """
    coded = label_sets(human[human["response_id"].isin(set(frame["response_id"]))])
    parts = []
    for a in range(0, len(frame), batch_size):
        chunk = frame.iloc[a : a + batch_size]
        ids = list(chunk["response_id"])
        human_rows = {i: coded[r] for i, r in enumerate(ids) if r in coded}
        texts = list(chunk[text_column])
        pre = None
        if scored is not None and cascade is not None:

            def fresh(some: list[str]) -> tuple[Encoded, np.ndarray]:
                enc = encode_texts(some, cascade.embedder, ws.nlp)
                return enc, cascade.fast.predict_proba(enc)

            pre = scored.lookup(texts, fresh)
        parts.append(code_chunk(clf, ids, texts, human_rows, ws.embedder, ws.nlp, cascade=cascade,
                                evidence=evidence, show_progress=show_progress, pre=pre))  # fmt: skip
        release_memory(collect=False)  # a batch's vectors and TF-IDF rows are freed: hand them back
    return pd.concat(parts, ignore_index=True) if parts else ASSIGNMENTS.empty()


def code_chunk(
    clf: CodebookClassifier, ids: list[str], texts: list[str], human: dict[int, set[str]], embedder, nlp, *,
    cascade: Cascade | None = None, evidence: bool = True, show_progress: bool = False,
    pre: tuple[Encoded, np.ndarray] | None = None,
) -> pd.DataFrame:  # fmt: skip
    """Assignments for one batch of responses (the local engine and each Dask partition run this same code);
    `pre`: the batch's static encoding and static probabilities, when training already computed them."""
    if cascade is None:
        enc = encode_texts(texts, embedder, nlp, show_progress)
        return assignments_from(clf, ids, enc, clf.predict_proba(enc), human=human, evidence=evidence)
    enc, known = pre if pre is not None else (encode_texts(texts, cascade.embedder, nlp, show_progress), None)
    # human codes stand: the static model only finds their evidence
    proba, redo, full_enc, full_proba = cascade.scores(
        clf, enc, embedder, keep=list(human), show_progress=show_progress, proba=known
    )
    keep, redo = np.flatnonzero(~redo), np.flatnonzero(redo)
    if not len(redo):
        return assignments_from(cascade.fast, ids, enc, proba, human=human, evidence=evidence)
    kept_human = {j: human[i] for j, i in enumerate(keep) if i in human}
    fast = assignments_from(cascade.fast, [ids[i] for i in keep], enc.take(keep), proba[keep], human=kept_human,
                            evidence=evidence)  # fmt: skip
    full = assignments_from(clf, [ids[i] for i in redo], full_enc, full_proba, evidence=evidence)
    both = pd.concat([fast, full], ignore_index=True)
    order = {r: i for i, r in enumerate(ids)}
    return both.iloc[np.argsort(both["response_id"].map(order).to_numpy(), kind="stable")].reset_index(drop=True)


def classify_responses(
    ws: Workspace,
    responses: pd.DataFrame | None = None,
    labels: pd.DataFrame | None = None,
    *,
    show_progress: bool = False,
) -> pd.DataFrame:
    """Code every response: the model's codes, and the coded sample's human codes kept exactly.

    In: the workspace's responses (response_id, redacted_text) and labels (response_id, category_id), unless
    given. Out: assignments, one row per (response, category): response_id, category_id, score, coded_by
    (human or model), evidence (the redacted sentence that carries it), low_confidence.
    """
    responses = ws.responses if responses is None else ws.prepare(responses)
    labels = ws.consultation.labels if labels is None else labels
    texts = dict(zip(responses["response_id"], responses["redacted_text"], strict=True))
    trained = train_or_load(ws, labels, texts, cascade=wants_cascade(ws, len(responses)))
    return classify_frame(ws, trained.classifier, responses, labels, show_progress=show_progress,
                          cascade=trained.cascade, scored=trained.scored)  # fmt: skip
