"""A fake sentence encoder for the fast test tier: words hashed into 384 signed dimensions, deterministic anywhere.

Texts that share words get similar vectors, which is all the plumbing tests need; anything that depends on what
the real encoder knows about meaning is marked `slow` and runs in `make test`.
"""

import hashlib
import re

import numpy as np

DIM = 384
_WORD = re.compile(r"[a-z0-9]+")


def _slot(token: str) -> tuple[int, float]:
    h = int.from_bytes(hashlib.blake2b(token.encode("utf-8"), digest_size=8).digest(), "little")
    return h % DIM, 1.0 if (h >> 32) & 1 else -1.0


class HashEncoder:
    """Any object with encode(texts, batch_size=..., show_progress_bar=...) works as the encoder."""

    def encode(self, texts, batch_size: int = 64, show_progress_bar: bool = False) -> np.ndarray:
        out = np.zeros((len(texts), DIM), dtype=np.float32)
        for i, t in enumerate(texts):
            words = _WORD.findall(t.lower())
            for tok in words + [f"{a} {b}" for a, b in zip(words, words[1:], strict=False)]:
                j, sign = _slot(tok)
                out[i, j] += sign
            if not words:
                out[i, 0] = 1.0
        return out


class UnigramEncoder(HashEncoder):
    """A cruder fake, words only: the cascade's static encoder in the fast tier (the real one is distilled from
    the packaged model, which the fast tier does not load)."""

    def encode(self, texts, batch_size: int = 64, show_progress_bar: bool = False) -> np.ndarray:
        out = np.zeros((len(texts), DIM), dtype=np.float32)
        for i, t in enumerate(texts):
            for tok in _WORD.findall(t.lower()) or ["<empty>"]:
                j, sign = _slot(tok)
                out[i, j] += sign
        return out
