import numpy as np

from consult_nlp.artefacts import sha256_file
from consult_nlp.embed import MODEL_SHA256, Embedder, model_path


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
    assert v.shape == (3, 3) and np.allclose(np.linalg.norm(v, axis=1), 1)
    e.close()
    e2 = Embedder(encoder=enc, cache_path=tmp_path / "c.sqlite")
    v2 = e2.encode(["xyz", "new"])
    assert enc.seen == ["abc", "xyz", "new"]
    assert np.allclose(v2[0], v[2])


def test_real_encoder_similarity(encoder):
    e = Embedder(encoder=encoder)
    v = e.encode(["The clusters are too large.", "Clusters of 14 schools are too big.", "I like rhyme time."])
    assert v[0] @ v[1] > v[0] @ v[2]
