import os
import shutil
import subprocess
from pathlib import Path

import pytest

os.environ.setdefault("HF_HUB_OFFLINE", "1")
os.environ.setdefault("TRANSFORMERS_OFFLINE", "1")

FIXTURES = Path(__file__).parent / "fixtures"
REPO = Path(__file__).resolve().parents[1]


def _shared() -> Path:
    """../shared beside the repository; from a git worktree, beside the main checkout (as benchmarks/ finds it)."""
    here = REPO.parent / "shared"
    if here.exists():
        return here
    try:
        common = subprocess.run(["git", "-C", str(REPO), "rev-parse", "--path-format=absolute", "--git-common-dir"],
                                capture_output=True, text=True, check=True).stdout.strip()  # fmt: skip
    except (OSError, subprocess.CalledProcessError):
        return here
    return Path(common).parent.parent / "shared"


SHARED = _shared()


@pytest.fixture
def example_dir(tmp_path) -> Path:
    """A copy of the example consultation, so no test can modify the fixture."""
    dst = tmp_path / "example"
    shutil.copytree(FIXTURES / "example", dst)
    return dst


FAST = os.environ.get("CONSULT_NLP_FAST") == "1"  # `make test-fast`: a fake encoder, no browser


@pytest.fixture(scope="session")
def encoder():
    """The packaged sentence encoder; in the fast tier a hashing stand-in (tests that need meaning are `slow`)."""
    if FAST:
        from fakes import HashEncoder

        return HashEncoder()
    from consult_nlp.embed import load_encoder

    return load_encoder()


@pytest.fixture
def cascading(monkeypatch):
    """The cascade from the first response, with a words-only fake standing in for the static encoder."""
    from fakes import UnigramEncoder

    import consult_nlp.classify as classify
    from consult_nlp.embed import Embedder
    from consult_nlp.workspace import Workspace

    monkeypatch.setattr(classify, "CASCADE_FROM", 0)
    monkeypatch.setattr(Workspace, "static_embedder",
                        property(lambda self: Embedder(encoder=UnigramEncoder(), model_id="unigram")))  # fmt: skip


@pytest.fixture(scope="session")
def nlp():
    from consult_nlp.text import load_spacy

    return load_spacy()


PII_EMAIL, PII_PHONE = "jo.bloggs@example.com", "07700 900123"


@pytest.fixture(scope="session")
def ran(tmp_path_factory, encoder):
    """The example consultation with personal data and a formula in two uncoded responses, and one run of it."""
    import pandas as pd

    from consult_nlp.pipeline import run

    base = tmp_path_factory.mktemp("ran")
    folder = base / "example"
    shutil.copytree(FIXTURES / "example", folder)
    resp = pd.read_csv(folder / "responses.csv", dtype=str, keep_default_na=False)
    resp.loc[resp["response_id"] == "R22", "text"] = (
        f"Email {PII_EMAIL} or ring {PII_PHONE}: I commute to London and only get back at seven, "
        "so weekday evenings matter to me."
    )
    resp.loc[resp["response_id"] == "R24", "text"] = '=HYPERLINK("http://x") My grandmother uses the library computer.'
    resp.to_csv(folder / "responses.csv", index=False)
    models = base / "models"
    run(folder, base / "run", models_dir=models, encoder=encoder, formats=("md",))
    return folder, base / "run", models


@pytest.fixture
def consultation(ran, tmp_path) -> Path:
    """A fresh copy of the run's consultation folder, for tests that write labels.csv."""
    dst = tmp_path / "example"
    shutil.copytree(ran[0], dst)
    return dst


def pytest_collection_modifyitems(config, items):
    """Tests that drive headless Chromium are `browser` tests: make test runs them, make test-fast does not."""
    for item in items:
        if "chromium" in getattr(item, "fixturenames", ()):
            item.add_marker(pytest.mark.browser)
