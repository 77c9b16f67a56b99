"""The analyst's notebook for any consultation: the packaged template, its parameters filled in, run or not.

The template (templates/review-categories.ipynb) holds no logic of its own; this only injects the parameters, with
absolute paths so the notebook finds the folder wherever Jupyter starts, and runs it with nbclient.
"""

from __future__ import annotations

import json
from dataclasses import dataclass
from pathlib import Path

from .artefacts import atomic_write_text
from .errors import ConsultError
from .workspace import Workspace

TEMPLATE = Path(__file__).parent / "templates" / "review-categories.ipynb"


@dataclass
class NotebookResult:
    path: Path
    executed: bool
    errors: list[str]


def _params_cell(nbformat, params: dict):
    src = "\n".join(f"{k} = {v!r}" for k, v in params.items())
    return nbformat.v4.new_code_cell(src, metadata={"tags": ["injected-parameters"]})


def review_notebook(
    consultation_dir: str | Path,
    *,
    run_dir: str | Path | None = None,
    out: str | Path | None = None,
    execute: bool = True,
    params: dict | None = None,
    timeout: int = 600,
) -> NotebookResult:
    """Write the review notebook for a consultation (default reports/NAME/review-categories.ipynb), executed."""
    import nbformat

    ws = Workspace(consultation_dir, out_dir=run_dir)
    run_dir = ws.out_dir
    if execute and not (run_dir / "assignments.csv").exists():
        raise ConsultError("E504", f"{run_dir}: no run to review. Run `consult-nlp run {ws.folder}` first.")
    out = Path(out) if out else run_dir / "review-categories.ipynb"
    if out.is_dir():
        raise ConsultError("E503", f"{out}: is a folder, but --out needs a notebook file name (.ipynb).")
    nb = nbformat.read(TEMPLATE, as_version=4)
    at = next(i for i, c in enumerate(nb.cells) if "parameters" in c.metadata.get("tags", []))
    values = {"consultation": str(ws.folder.resolve()), "run_dir": str(run_dir.resolve())} | (params or {})
    nb.cells.insert(at + 1, _params_cell(nbformat, values))
    errors: list[str] = []
    if execute:
        from nbclient import NotebookClient
        from nbclient.exceptions import CellExecutionError

        client = NotebookClient(nb, kernel_name="python3", timeout=timeout,
                                resources={"metadata": {"path": str(Path.cwd())}})  # fmt: skip
        try:
            client.execute()
        except CellExecutionError as e:
            errors.append(str(e).strip().splitlines()[-1] if str(e).strip() else type(e).__name__)
    atomic_write_text(out, json.dumps(nbformat.from_dict(nb), indent=1, ensure_ascii=False) + "\n")
    return NotebookResult(out, execute, errors)
