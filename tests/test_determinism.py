"""The determinism matrix (#11): the same inputs give byte-identical outputs under any thread count, embedding
batch size, cache state, process and CPU kernels.

Each cell runs `consult-nlp run` and `consult-nlp discover` on the example consultation in new processes. The
"other CPU" cell makes this machine compute as a different one would: PyTorch's generic (non-SIMD) kernels, MKL's
compatible code path, OpenBLAS's kernels for an older core, numpy without its AVX2/AVX-512 loops and glibc's
libm without its FMA variants. numba (UMAP) compiles for a generic x86-64 on every machine (consult_nlp sets
NUMBA_CPU_NAME), so its code does not depend on the CPU; test_numba_is_pinned checks that it is.
"""

import hashlib
import os
import shutil
import subprocess
import sys
from concurrent.futures import ThreadPoolExecutor
from pathlib import Path

import pytest
from conftest import FIXTURES

OUTPUTS = ["assignments.csv", "counts.csv", "discover/themes.csv", "discover/theme_sentences.csv"]
OTHER_CPU = {  # what differs on another machine: SIMD kernels in PyTorch, MKL, OpenBLAS, numpy and glibc's libm
    "ATEN_CPU_CAPABILITY": "default",
    "MKL_CBWR": "COMPATIBLE",
    "OPENBLAS_CORETYPE": "Prescott",
    "NPY_DISABLE_CPU_FEATURES": "X86_V3 X86_V4",
    "GLIBC_TUNABLES": "glibc.cpu.hwcaps=-AVX2,-FMA,-AVX512F",
}


def _cell(folder: Path, out: Path, models: Path, env: dict[str, str], discover_first: bool) -> None:
    full = {k: v for k, v in os.environ.items() if k != "CONSULT_NLP_FAST"} | env
    base = [sys.executable, "-m", "consult_nlp"]
    run = [*base, "run", str(folder), "--out", str(out), "--models-dir", str(models), "--quiet"]
    disc = [*base, "discover", "--consultation", str(folder), "--out", str(out / "discover"),
            "--models-dir", str(models), "--quiet"]  # fmt: skip
    for cmd in (disc, run) if discover_first else (run, disc):
        done = subprocess.run(cmd, env=full, capture_output=True, text=True, timeout=1200)
        assert done.returncode == 0, f"{' '.join(cmd)} with {env}:\n{done.stderr[-3000:]}"


def _hashes(out: Path) -> dict[str, str]:
    files = [out / f for f in OUTPUTS] + sorted(out.glob("*.md"))
    assert all(f.exists() for f in files) and any(f.suffix == ".md" for f in files)
    return {f.relative_to(out).as_posix(): hashlib.sha256(f.read_bytes()).hexdigest() for f in files}


@pytest.mark.slow
def test_outputs_are_identical_across_threads_batches_caches_processes_and_cpus(tmp_path):
    folder = tmp_path / "example"
    shutil.copytree(FIXTURES / "example", folder)
    cells = {  # name: (environment, models folder, discover first?)
        "2 threads, batch 64, cold": ({"OMP_NUM_THREADS": "2", "CONSULT_NLP_EMBED_BATCH": "64"}, "a", False),
        "1 thread, batch 1, cold, discover first": (
            {"OMP_NUM_THREADS": "1", "MKL_NUM_THREADS": "1", "CONSULT_NLP_EMBED_BATCH": "1"}, "b", True),
        "other CPU kernels, batch 7, cold": ({**OTHER_CPU, "CONSULT_NLP_EMBED_BATCH": "7"}, "c", False),
    }  # fmt: skip
    with ThreadPoolExecutor(max_workers=2) as pool:  # the cells are separate processes; two at a time on 2 cores
        jobs = [pool.submit(_cell, folder, tmp_path / f"out-{m}", tmp_path / f"models-{m}", env, first)
                for env, m, first in cells.values()]  # fmt: skip
        for j in jobs:
            j.result()
    # warm: a fresh process on the first cell's caches (embeddings and the trained classifier reused)
    _cell(folder, tmp_path / "out-warm", tmp_path / "models-a", {"CONSULT_NLP_EMBED_BATCH": "32"}, False)
    ref = _hashes(tmp_path / "out-a")
    results = {name: _hashes(tmp_path / f"out-{m}") for name, (_, m, _) in cells.items()}
    results["warm cache, batch 32"] = _hashes(tmp_path / "out-warm")
    differ = {name: sorted(k for k in ref if h.get(k) != ref[k]) for name, h in results.items()}
    assert not any(differ.values()), f"outputs that differ from the first cell: {differ}"
    assert (folder / "responses.csv").read_bytes() == (FIXTURES / "example" / "responses.csv").read_bytes()


def test_numba_is_pinned_to_a_generic_cpu():
    code = "import consult_nlp, numba.core.config as c; print(c.CPU_NAME)"
    env = {k: v for k, v in os.environ.items() if k != "NUMBA_CPU_NAME"}
    done = subprocess.run([sys.executable, "-c", code], env=env, capture_output=True, text=True, check=True)
    assert done.stdout.strip() == "generic"
