import os
import shutil
from pathlib import Path

import pytest

os.environ.setdefault("HF_HUB_OFFLINE", "1")
os.environ.setdefault("TRANSFORMERS_OFFLINE", "1")

FIXTURES = Path(__file__).parent / "fixtures"
REPO = Path(__file__).resolve().parents[1]
SHARED = REPO.parent / "shared"


@pytest.fixture
def example_dir(tmp_path) -> Path:
    """A copy of the example consultation, so no test can modify the fixture."""
    dst = tmp_path / "example"
    shutil.copytree(FIXTURES / "example", dst)
    return dst


@pytest.fixture(scope="session")
def encoder():
    from consult_nlp.embed import load_encoder

    return load_encoder()


@pytest.fixture(scope="session")
def nlp():
    from consult_nlp.text import load_spacy

    return load_spacy()
