import numpy as np
import pytest

from consult_nlp.artefacts import sha256_file
from consult_nlp.embed import GRID_BITS, MODEL_SHA256, Embedder, model_path, quantise


def test_packaged_weights_are_the_expected_model():
    assert sha256_file(model_path() / "model.safetensors") == MODEL_SHA256


class CountingEncoder:
    def __init__(self):
        self.seen = []

    def encode(self, texts, batch_size=64, show_progress_bar=False):
        self.seen.extend(texts)
        return np.array([[len(t), 1.0, t.count("a")] for t in texts], dtype=np.float32)


def test_each_distinct_text_embedded_once_and_cached(tmp_path):
    enc = CountingEncoder()
    e = Embedder(encoder=enc, cache_path=tmp_path / "c.sqlite")
    v = e.encode(["abc", "abc", "xyz"])
    assert enc.seen == ["abc", "xyz"]
    assert v.shape == (3, 3) and np.allclose(np.linalg.norm(v, axis=1), 1, atol=1e-4)  # unit, on the grid
    e.close()
    e2 = Embedder(encoder=enc, cache_path=tmp_path / "c.sqlite")
    v2 = e2.encode(["xyz", "new"])
    assert enc.seen == ["abc", "xyz", "new"]
    assert np.allclose(v2[0], v[2])


def test_real_encoder_similarity(encoder):
    e = Embedder(encoder=encoder)
    v = e.encode(["The clusters are too large.", "Clusters of 14 schools are too big.", "I like rhyme time."])
    assert v[0] @ v[1] > v[0] @ v[2]


def test_quantised_vectors_are_on_the_grid_and_absorb_float64_noise():
    rng = np.random.default_rng(0)
    raw = rng.normal(size=(500, 384))
    q = quantise(raw)
    assert q.dtype == np.float32
    assert np.array_equal(q.astype(np.float64) * 2**GRID_BITS, np.round(q.astype(np.float64) * 2**GRID_BITS))
    # what threads, batches and CPU kernels do to a float64 forward pass (~1e-16, here 1e-13) changes nothing
    noisy = raw * (1 + rng.uniform(-1e-13, 1e-13, size=raw.shape))
    assert quantise(noisy).tobytes() == q.tobytes()
    # the scale of the raw vector does not matter either
    assert quantise(raw * 3.7).tobytes() == q.tobytes()


TEXTS = [
    "The clusters are too large.",
    "Clusters of 14 schools are too big, and the heads will never agree on anything at all in those meetings.",
    "I like rhyme time.",
    "Parking",
    "Please keep the library open on Saturdays so that working parents can bring their children.",
]


@pytest.mark.slow
def test_vectors_do_not_depend_on_batching_or_company(encoder):
    together = Embedder(encoder=encoder, batch_size=64).encode(TEXTS)
    alone = np.concatenate([Embedder(encoder=encoder, batch_size=1).encode([t]) for t in TEXTS])
    mixed = Embedder(encoder=encoder, batch_size=2).encode(list(reversed(TEXTS)) + ["Something else entirely."])
    assert together.tobytes() == alone.tobytes()
    assert mixed[: len(TEXTS)][::-1].tobytes() == together.tobytes()


def test_embed_batch_size_from_the_environment_is_checked(monkeypatch):
    from consult_nlp import ConsultError

    monkeypatch.setenv("CONSULT_NLP_EMBED_BATCH", "zero")
    with pytest.raises(ConsultError) as e:
        Embedder(encoder=CountingEncoder()).encode(["a"])
    assert e.value.code == "E306" and "CONSULT_NLP_EMBED_BATCH" in str(e.value)
