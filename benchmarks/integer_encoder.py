"""Would 8-bit integer products (AMX, AVX-512 VNNI) make the exact encoder faster without costing quality? (#14)

embed.py's `ExactLinear` multiplies 9-bit integers in float32 blocks whose sums stay exact, so vectors are the same
bytes on any CPU. Integer products are exact too, and a CPU with AMX or VNNI multiplies 8-bit integers several
times faster than float32 (`torch._int_mm`, int32 sums). Two ways to use them, measured here beside today's:

- `int8_split_9bit`: the same 9-bit integers, each split into two 8-bit parts, four integer products per layer. Its
  vectors must be byte-identical to today's (checked here); the question is speed alone.
- `int8_8bit`: weights and inputs rounded to 8 bits instead of 9, one integer product per layer: faster, but a
  coarser grid, so its vectors differ; the question is how far (cosine to plain float64, on real sentences) and
  what that costs the classifier (micro-F1 on Kent held out, trained on labels.csv as classify_kent does).

Speed is wall seconds to embed 2,000 distinct sentences of real NHS patient feedback (../shared, read in place)
and Kent's responses, one process, no cache, after a warm-up batch. Run: python -m benchmarks.integer_encoder
"""

from __future__ import annotations

import copy
import re
import tempfile
import time
from pathlib import Path

import numpy as np

from consult_nlp.embed import Embedder, load_encoder

from .classify_scale import texts_from_shared

N_SENTENCES = 2_000


def _int_linear_class():
    import torch

    class IntLinear(torch.nn.Module):
        """nn.Linear with 8-bit integer products (`torch._int_mm`); inputs and weights of `bits` bits (8 or 9: a
        9-bit integer is split into two 8-bit parts, x = 128 a + b, and so is each weight)."""

        def __init__(self, linear, bits: int):
            super().__init__()
            self.bits = bits
            top = 2 ** (bits - 1) - 1
            w = linear.weight.detach().to(torch.float64)
            self.w_scale = w.abs().amax(dim=1).clamp_min(1e-30) / top
            wi = torch.round(w / self.w_scale[:, None]).to(torch.int16).t().contiguous()  # in x out
            self.n = wi.shape[1]
            if bits > 8:
                hi = torch.div(wi, 128, rounding_mode="floor")
                wi = torch.cat([hi, wi - 128 * hi], 1)
            self.w = wi.to(torch.int8).contiguous()
            self.b = None if linear.bias is None else linear.bias.detach().to(torch.float64)

        def forward(self, x):
            x = x.to(torch.float64)
            top = 2 ** (self.bits - 1) - 1
            x_scale = x.abs().amax(dim=-1, keepdim=True).clamp_min_(1e-30).div_(top)
            lead = x.shape[:-1]
            xi = torch.div(x, x_scale).round_().reshape(-1, x.shape[-1]).to(torch.int16)
            m = xi.shape[0]
            if self.bits > 8:
                hi = torch.div(xi, 128, rounding_mode="floor")
                xi = torch.cat([hi, xi - 128 * hi])
            rows = xi.to(torch.int8)
            if rows.shape[0] <= 16 or rows.shape[0] % 8:  # the kernel wants more than 16 rows, a multiple of 8
                pad = max(24, -(-rows.shape[0] // 8) * 8) - rows.shape[0]
                rows = torch.cat([rows, torch.zeros(pad, rows.shape[1], dtype=torch.int8)])
            p = torch._int_mm(rows, self.w).to(torch.int64)
            if self.bits > 8:
                p = p[:m] * 128 + p[m : 2 * m]
                p = p[:, : self.n] * 128 + p[:, self.n :]
            y = p[:m].to(torch.float64).reshape(*lead, self.n)
            y.mul_(x_scale).mul_(self.w_scale)  # as ExactLinear: integer sum, then the input's and weight's scales
            return y if self.b is None else y.add_(self.b)

    return IntLinear


def _variant(base, bits: int | None):
    """A copy of the packaged encoder: today's exact one (bits None) or with IntLinear layers."""
    import torch

    model = copy.deepcopy(base)
    if bits is None:
        return model
    model.to(torch.float64)
    cls = _int_linear_class()
    for module in list(model.modules()):
        for name, child in list(module.named_children()):
            if isinstance(child, torch.nn.Linear):
                setattr(module, name, cls(child, bits))
    model.consult_nlp_exact = True  # embed.make_exact leaves it as it is
    return model


def _sentences() -> list[str]:
    pool = (s.strip() for t in texts_from_shared() for s in re.split(r"(?<=[.!?])\s+", t))
    return list(dict.fromkeys(s for s in pool if len(s.split()) >= 3))[:N_SENTENCES]


def _kent_f1(emb: Embedder) -> float:
    """Micro-F1 on Kent held out, as benchmarks/classify_kent.py trains and scores its ensemble."""
    import pandas as pd

    from consult_nlp.classify import CodebookClassifier, encode_texts
    from consult_nlp.codebook import label_sets, load_labels
    from consult_nlp.evaluate import evaluate
    from consult_nlp.workspace import Workspace

    from .classify_kent import KENT

    ws = Workspace(KENT, models_dir=Path(tempfile.mkdtemp(prefix="bench-int8-")))  # no cache left in models/
    cons = ws.consultation
    truth = load_labels(KENT / "labels_true.csv", cons.codebook)
    coded = label_sets(cons.labels)
    texts = dict(zip(ws.responses["response_id"], ws.responses["redacted_text"], strict=True))
    train, test = sorted(coded), sorted(set(texts) - set(coded))
    enc_tr = encode_texts([texts[r] for r in train], emb, ws.nlp)
    enc_te = encode_texts([texts[r] for r in test], emb, ws.nlp)
    clf = CodebookClassifier(random_state=0)
    clf.fit(enc_tr, [coded[r] for r in train], codebook=cons.codebook, embedder=emb, unlabelled=enc_te)
    pred = clf.predict_proba(enc_te) >= clf.thresholds_
    rows = [(test[i], clf.classes_[k]) for i, k in zip(*np.nonzero(pred), strict=True)]
    gold = truth[truth["response_id"].isin(test)]
    return evaluate(pd.DataFrame(rows, columns=["response_id", "category_id"]), gold, cons.codebook.ids).micro_f1


def main() -> dict:
    import torch

    base = load_encoder()
    sents = _sentences()
    ref = copy.deepcopy(base).to(torch.float64)
    with torch.inference_mode():
        r = ref.encode(sents, batch_size=16, convert_to_tensor=True).numpy()
    r /= np.linalg.norm(r, axis=1, keepdims=True)
    figures: dict = {"sentences": len(sents), "cpu_capability": torch.backends.cpu.get_cpu_capability()}
    today = None
    for name, bits in (("exact_9bit_float32_blocks", None), ("int8_split_9bit", 9), ("int8_8bit", 8)):
        emb = Embedder(encoder=_variant(base, bits))
        try:
            emb.encode(sents[:64])  # warm-up: kernels chosen, threads started
        except RuntimeError as e:  # a torch build or CPU without integer products on the CPU
            figures[name] = {"not_available": str(e)[:200]}
            continue
        t0 = time.perf_counter()
        v = emb.encode(sents)
        secs = time.perf_counter() - t0
        cos = np.sum(v.astype(np.float64) * r, axis=1)
        row = {"embed_s": round(secs, 2), "cosine_to_float64_mean": round(float(cos.mean()), 5),
               "cosine_to_float64_min": round(float(cos.min()), 4)}  # fmt: skip
        if today is None:
            today = v
        else:
            row["identical_to_exact_9bit"] = bool(np.array_equal(v, today))
        if name != "int8_split_9bit":  # its vectors are today's when identical: the same F1
            row["kent_heldout_micro_f1"] = round(_kent_f1(emb), 4)
        figures[name] = row
        print(name, row, flush=True)
    return figures


if __name__ == "__main__":
    import json

    print(json.dumps(main(), indent=2))
