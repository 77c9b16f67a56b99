"""Writing outputs safely: atomic replace, hashing, and spreadsheet-safe cells.

Every file the pipeline writes goes through here, so a crash never leaves a half-written artefact and no
exported cell can run as a spreadsheet formula.
"""

from __future__ import annotations

import hashlib
import io
import json
import os
import tempfile
from pathlib import Path

import pandas as pd

FORMULA_PREFIXES = ("=", "+", "-", "@", "\t", "\r")


def atomic_write_bytes(path: str | Path, data: bytes) -> Path:
    """Write to a temporary file beside the target, then rename it into place."""
    path = Path(path)
    path.parent.mkdir(parents=True, exist_ok=True)
    fd, tmp = tempfile.mkstemp(prefix=f".{path.name}.", suffix=".tmp", dir=path.parent)
    try:
        os.fchmod(fd, 0o666 & ~_umask())  # mkstemp makes 0600; an output should get the usual permissions
        with os.fdopen(fd, "wb") as f:
            f.write(data)
            f.flush()
            os.fsync(f.fileno())
        os.replace(tmp, path)
    except BaseException:
        Path(tmp).unlink(missing_ok=True)
        raise
    return path


def _umask() -> int:
    mask = os.umask(0)
    os.umask(mask)
    return mask


def atomic_write_text(path: str | Path, text: str) -> Path:
    return atomic_write_bytes(path, text.encode("utf-8"))


def atomic_write_json(path: str | Path, obj) -> Path:
    return atomic_write_text(path, json.dumps(obj, indent=2, sort_keys=True, default=str) + "\n")


def safe_cell(value):
    """Neutralise spreadsheet formula injection: a text cell starting with = + - @ gets a leading quote."""
    if isinstance(value, str) and value.startswith(FORMULA_PREFIXES):
        return "'" + value
    return value


def spreadsheet_safe(df: pd.DataFrame, columns: list[str] | None = None) -> pd.DataFrame:
    """A copy of df whose free-text columns cannot be read as formulas."""
    out = df.copy()
    for col in columns or [c for c in out.columns if out[c].dtype == object or pd.api.types.is_string_dtype(out[c])]:
        out[col] = out[col].map(safe_cell)
    return out


def atomic_write_csv(path: str | Path, df: pd.DataFrame, *, text_columns: list[str] | None = None) -> Path:
    """CSV with a fixed float format and formula-safe text, so identical inputs give identical bytes."""
    buf = io.StringIO()
    spreadsheet_safe(df, text_columns).to_csv(buf, index=False, lineterminator="\n", float_format="%.6g")
    return atomic_write_text(path, buf.getvalue())


def sha256_file(path: str | Path) -> str:
    h = hashlib.sha256()
    with open(path, "rb") as f:
        for chunk in iter(lambda: f.read(1 << 20), b""):
            h.update(chunk)
    return h.hexdigest()


def sha256_text(text: str) -> str:
    return hashlib.sha256(text.encode("utf-8")).hexdigest()
