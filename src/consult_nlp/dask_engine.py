"""Beyond one machine: classification over a Dask dataframe partitioned by response, on any Dask cluster.

The classifier is trained (or loaded) where `run` starts, then sent to every worker once; each worker encodes and
codes its partitions with the same code the local engine runs, so the assignments are the same, byte for byte.
Without a scheduler address a LocalCluster starts on this machine; with one, the existing cluster is used
(dask-jobqueue, Kubernetes, or any scheduler). No scheduler or service of our own.
"""

from __future__ import annotations

import pandas as pd

from .classify import Cascade, CodebookClassifier, code_chunk
from .errors import ConsultError
from .tables import ASSIGNMENTS

_EMBEDDERS: dict = {}


def _worker_embedder(encoder):
    """One embedder per worker process and encoder: the encoder loads once, whatever the number of partitions."""
    from .embed import Embedder

    key = id(encoder)
    if key not in _EMBEDDERS:
        _EMBEDDERS[key] = Embedder(encoder=encoder)
    return _EMBEDDERS[key]


def _code_partition(part: pd.DataFrame, clf: CodebookClassifier, coded: dict, encoder, evidence: bool,
                    cascade: Cascade | None = None) -> pd.DataFrame:  # fmt: skip
    """The local engine's code_chunk on one partition (response_id, redacted_text)."""
    from .text import load_spacy

    if part.empty:
        return ASSIGNMENTS.empty()
    ids = list(part["response_id"])
    human = {i: set(coded[r]) for i, r in enumerate(ids) if r in coded}
    return code_chunk(clf, ids, list(part["redacted_text"]), human, _worker_embedder(encoder), load_spacy(),
                      cascade=cascade, evidence=evidence)  # fmt: skip


def client_for(scheduler: str | None, n_workers: int = 2):
    """A client of the cluster at `scheduler`, or of a new LocalCluster on this machine (one thread per worker)."""
    from dask.distributed import Client, LocalCluster

    if scheduler:
        try:
            return Client(scheduler, timeout="30s")
        except OSError as e:
            raise ConsultError(
                "E502", f"cannot reach the Dask scheduler at {scheduler} ({e}). Check the address (tcp://HOST:8786) "
                "and that the cluster is running, or leave out --scheduler to start one on this machine.",
            ) from None  # fmt: skip
    cluster = LocalCluster(n_workers=n_workers, threads_per_worker=1, processes=True, dashboard_address=None)
    return Client(cluster)


def classify_on_dask(
    clf: CodebookClassifier,
    frame: pd.DataFrame,
    human: dict[str, set[str]],
    *,
    scheduler: str | None = None,
    encoder=None,
    partition_size: int = 2000,
    evidence: bool = True,
    cascade: Cascade | None = None,
) -> pd.DataFrame:
    """Assignments for every row of frame (response_id, redacted_text), computed on a Dask cluster, in frame order."""
    import dask.dataframe as dd

    client = client_for(scheduler)
    try:
        # the trained model, the human codes and any custom encoder go to each worker once (the packaged
        # encoder is loaded by each worker from its own installation)
        # (a cascade's static model goes with its token table)
        model, coded, enc, casc = client.scatter([clf, {r: sorted(c) for r, c in human.items()}, encoder, cascade],
                                                 broadcast=True)  # fmt: skip
        parts = dd.from_pandas(frame[["response_id", "redacted_text"]].reset_index(drop=True), chunksize=partition_size,
                               sort=False)  # fmt: skip
        out = parts.map_partitions(_code_partition, model, coded, enc, evidence, casc, meta=ASSIGNMENTS.empty())
        result = out.compute()
    finally:
        cluster = getattr(client, "cluster", None)
        client.close()
        if cluster is not None and scheduler is None:
            cluster.close()
    return ASSIGNMENTS.conform(result.reset_index(drop=True), source="dask")
