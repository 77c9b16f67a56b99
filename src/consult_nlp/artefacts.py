"""Writing outputs safely: atomic replace, whole output sets swapped in at once, hashing, spreadsheet-safe cells.

Every file the pipeline writes goes through here, so a crash never leaves a half-written artefact, a reader never
sees a mix of two runs' outputs, and no exported cell can run as a spreadsheet formula.
"""

from __future__ import annotations

import ctypes
import hashlib
import io
import json
import os
import shutil
import tempfile
from pathlib import Path

import pandas as pd

from .errors import ConsultError

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


def fixed_zip(data: bytes) -> bytes:
    """A zip container (docx, xlsx) rewritten with every entry's timestamp fixed, so the same content gives the
    same bytes whenever it is written (zip entries otherwise carry the time of writing)."""
    import zipfile

    src = zipfile.ZipFile(io.BytesIO(data))
    buf = io.BytesIO()
    with zipfile.ZipFile(buf, "w", zipfile.ZIP_DEFLATED) as out:
        for info in src.infolist():
            fixed = zipfile.ZipInfo(info.filename, date_time=(1980, 1, 1, 0, 0, 0))
            fixed.compress_type = zipfile.ZIP_DEFLATED
            fixed.external_attr = 0o644 << 16
            out.writestr(fixed, src.read(info.filename))
    return buf.getvalue()


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


def sha256_file(path: str | Path) -> str:
    h = hashlib.sha256()
    with open(path, "rb") as f:
        for chunk in iter(lambda: f.read(1 << 20), b""):
            h.update(chunk)
    return h.hexdigest()


def sha256_text(text: str) -> str:
    return hashlib.sha256(text.encode("utf-8")).hexdigest()


# -- a whole set of outputs at once --------------------------------------------------------------------------------
_RENAME_EXCHANGE = 2


def _exchange(a: Path, b: Path) -> bool:
    """Swap two folders in one step (Linux renameat2); False where the system cannot."""
    try:
        libc = ctypes.CDLL(None, use_errno=True)
        fn = libc.renameat2
    except (OSError, AttributeError):
        return False
    fn.argtypes = [ctypes.c_int, ctypes.c_char_p, ctypes.c_int, ctypes.c_char_p, ctypes.c_uint]
    at_fdcwd = -100
    return fn(at_fdcwd, os.fsencode(a), at_fdcwd, os.fsencode(b), _RENAME_EXCHANGE) == 0


def _link_tree(src: Path, dst: Path) -> None:
    """Hard links where the file system allows them (instant, no extra space), copies elsewhere."""
    if src.is_dir() and not src.is_symlink():
        dst.mkdir(exist_ok=True)
        for child in src.iterdir():
            _link_tree(child, dst / child.name)
        return
    try:
        os.link(src, dst)
    except OSError:
        shutil.copy2(src, dst)


class OutputSet:
    """Write a run's outputs into a hidden folder beside `target`, then swap it in whole.

    Until the swap, `target` holds the previous complete set; after it, the new complete set: a run killed at any
    moment leaves one or the other. Files in `target` that are not the previous run's outputs (`previous`: their
    names, from its manifest) are someone else's, such as a filled-in review workbook or discover/, and are
    carried over into the new set.
    """

    def __init__(self, target: str | Path, previous: set[str] = frozenset()):
        self.target = Path(target)
        self.previous = set(previous)
        self.stage: Path | None = None

    def __enter__(self) -> Path:
        if self.target.exists() and not self.target.is_dir():
            raise ConsultError("E503", f"{self.target}: is a file, but --out needs a folder. Choose another --out.")
        self.target.parent.mkdir(parents=True, exist_ok=True)
        for old in self.target.parent.glob(f".{self.target.name}.staging-*"):
            shutil.rmtree(old, ignore_errors=True)  # left by a run that was killed
        self.stage = Path(tempfile.mkdtemp(prefix=f".{self.target.name}.staging-", dir=self.target.parent))
        os.chmod(self.stage, 0o777 & ~_umask())
        return self.stage

    def __exit__(self, exc_type, exc, tb) -> None:
        stage = self.stage
        if exc_type is not None:
            shutil.rmtree(stage, ignore_errors=True)
            return
        if self.target.exists():
            written = {p.name for p in stage.iterdir()}
            for entry in self.target.iterdir():
                if entry.name not in written and entry.name not in self.previous:
                    _link_tree(entry, stage / entry.name)
            if not _exchange(stage, self.target):  # a system without the swap: two renames, a short gap
                old = self.target.with_name(f".{self.target.name}.old-{os.getpid()}")
                self.target.rename(old)
                stage.rename(self.target)
                stage = old
        else:
            stage.rename(self.target)
            stage = None
        if stage is not None:
            shutil.rmtree(stage, ignore_errors=True)
