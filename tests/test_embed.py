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


def _exact_reference(lin, x):
    """What ExactLinear computes, with the integer products summed in float64 (exact to 2^53)."""
    from consult_nlp.embed import INT_BITS

    top = 2 ** (INT_BITS - 1) - 1
    w = lin.weight.detach().double().numpy()
    w_scale = np.maximum(np.abs(w).max(axis=1), 1e-30) / top
    x = x.double().numpy()
    x_scale = np.maximum(np.abs(x).max(axis=-1, keepdims=True), 1e-30) / top
    ints = np.round(x / x_scale) @ np.round(w / w_scale[:, None]).T  # integers: exact in float64
    return ints * x_scale * w_scale + lin.bias.detach().double().numpy()


def test_exact_linear_sums_integer_products_exactly_even_at_the_worst_case():
    """Every input at full scale against every weight at full scale: one float32 sum over 1,536 products of 255 x
    255 would pass 2^24 and round; the blocks keep each sum exact, so the result is the integer arithmetic's."""
    import torch

    from consult_nlp.embed import ExactLinear

    torch.manual_seed(0)
    lin = torch.nn.Linear(1536, 8).double()
    with torch.no_grad():
        lin.weight[0] = 1.0  # full-scale row: 1,536 products of 255 x 255 (99.9 million, odd: not in float32)
    x = torch.ones(5, 1536, dtype=torch.float64)
    x[1] = torch.randn(1536, dtype=torch.float64)
    # 200 inputs at full scale sum to 13,005,000 (below 2^24); 259 to 16,841,475, odd and above 2^24, which one
    # float32 sum would round
    x[2], x[3] = 0.0, 0.0
    x[2, :200], x[3, :259] = 1.0, 1.0
    x[4] = torch.nn.functional.gelu(torch.randn(1536, dtype=torch.float64) - 2)  # mostly near zero, like a layer's
    exact = ExactLinear(lin)
    assert np.array_equal(exact(x).numpy(), _exact_reference(lin, x))
    for row in range(5):  # alone, each row gives what it gives in the batch
        assert np.array_equal(exact(x[row : row + 1]).numpy(), _exact_reference(lin, x[row : row + 1]))
    assert np.abs(exact(x).numpy() - lin(x).detach().numpy()).max() < 0.05 * np.abs(lin(x).detach().numpy()).max()


def test_exact_linear_is_the_same_for_any_batch_or_thread_count():
    import torch

    from consult_nlp.embed import ExactLinear

    torch.manual_seed(1)
    lin = torch.nn.Linear(384, 1536).double()
    exact = ExactLinear(lin)
    x = torch.randn(7, 11, 384, dtype=torch.float64)
    whole = exact(x).numpy()
    threads = torch.get_num_threads()
    try:
        torch.set_num_threads(1)
        rows = np.concatenate([exact(x[i : i + 1]).numpy() for i in range(7)])
    finally:
        torch.set_num_threads(threads)
    assert whole.tobytes() == rows.tobytes()
    assert np.array_equal(whole, _exact_reference(lin, x))


def test_make_exact_converts_once_and_the_model_pickles_by_name():
    import pickle

    import torch

    from consult_nlp.embed import ExactLinear, make_exact

    model = torch.nn.Sequential(torch.nn.Linear(6, 4), torch.nn.GELU(), torch.nn.Linear(4, 2))
    make_exact(model)
    assert [type(m) for m in model] == [ExactLinear, torch.nn.GELU, ExactLinear]
    first = model[0]
    make_exact(model)
    assert model[0] is first  # not converted twice
    x = torch.randn(5, 6, dtype=torch.float64)
    again = pickle.loads(pickle.dumps(model))
    assert again(x).numpy().tobytes() == model(x).numpy().tobytes()


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


@pytest.mark.slow
def test_one_stream_per_core_gives_the_same_vectors_as_one_stream(encoder, monkeypatch):
    import torch

    from consult_nlp import embed

    texts = [f"{t} ({k})" for k in range(3) for t in TEXTS]
    threads = torch.get_num_threads()
    torch.set_num_threads(2)
    try:
        monkeypatch.setattr(embed, "THREADED_FROM", 10**9)
        one = Embedder(encoder=encoder, batch_size=4).encode(texts)
        monkeypatch.setattr(embed, "THREADED_FROM", 1)
        per_core = Embedder(encoder=encoder, batch_size=4).encode(texts)
        assert torch.get_num_threads() == 2  # the caller's setting comes back
    finally:
        torch.set_num_threads(threads)
    assert one.tobytes() == per_core.tobytes()


def test_embed_batch_size_from_the_environment_is_checked(monkeypatch):
    from consult_nlp import ConsultError

    monkeypatch.setenv("CONSULT_NLP_EMBED_BATCH", "zero")
    with pytest.raises(ConsultError) as e:
        Embedder(encoder=CountingEncoder()).encode(["a"])
    assert e.value.code == "E306" and "CONSULT_NLP_EMBED_BATCH" in str(e.value)


def _static_with_table(tmp_path, dim: int = 4):
    """A StaticEncoder whose table is already in its models folder (a small random one: no distilling)."""
    from consult_nlp.embed import StaticEncoder

    static = StaticEncoder(tmp_path)
    table = np.round(np.random.default_rng(0).normal(size=(30522, dim)) * 2**16) / 2**16
    np.save(static.table_path, table.astype(np.float32), allow_pickle=False)
    return static, table


def test_a_static_vector_is_the_mean_of_its_word_pieces(tmp_path):
    static, table = _static_with_table(tmp_path)
    texts = ["The library closes on Sundays.", "", "library"]
    got = static.encode(texts)
    for t, v in zip(texts, got, strict=True):
        ids = static.tokenizer.encode(t, add_special_tokens=False).ids
        assert np.allclose(v, table[ids].mean(axis=0) if ids else 0.0, atol=1e-12), t
    # batched in any company, the same vector
    assert np.array_equal(static.encode(texts[:1])[0], got[0])


def test_the_static_encoder_travels_with_its_table_and_without_its_tokenizer(tmp_path):
    import pickle

    static, _ = _static_with_table(tmp_path)
    static.encode(["warm the tokenizer"])
    copy = pickle.loads(pickle.dumps(static))  # what Dask sends to a worker
    assert "tokenizer" not in copy.__dict__ and np.array_equal(copy.table, static.table)
    assert np.array_equal(copy.encode(["bus routes"]), static.encode(["bus routes"]))


def test_a_damaged_static_table_is_a_clear_error(tmp_path):
    from consult_nlp.embed import StaticEncoder
    from consult_nlp.errors import ConsultError

    static = StaticEncoder(tmp_path)
    static.table_path.write_bytes(b"not an array")
    with pytest.raises(ConsultError, match="static encoder's table is damaged"):
        static.encode(["x"])


@pytest.mark.slow
def test_the_static_table_is_distilled_once_on_the_grid_and_knows_words(tmp_path):
    from consult_nlp.embed import StaticEncoder

    static = StaticEncoder(tmp_path)
    table = static.table
    assert static.table_path.exists()
    assert np.array_equal(np.round(table * 2**GRID_BITS) / 2**GRID_BITS, table)
    special = [static.tokenizer.token_to_id(t) for t in ("[PAD]", "[CLS]", "[SEP]", "[MASK]", "[unused5]")]
    assert not table[special].any()
    assert np.array_equal(StaticEncoder(tmp_path).table, table)  # read back, not distilled again
    v = Embedder(encoder=static, model_id=static.model_id).encode(["libraries", "library", "parking charges"])
    assert v[0] @ v[1] > v[0] @ v[2] + 0.1
