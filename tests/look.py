"""Looking at rendered pages in tests: PDF pages as images (pdftoppm), Word through LibreOffice, and a comparison
that sees layout but not rasterisation.

Pages are drawn at 30 dpi in grey and compared as ink maps averaged over 8 x 8 pixel blocks (about 7 mm), each
normalised to its own total ink: the distance is the share of a page's ink that sits in another place (0: the same
layout, 1: nothing in common). On the Kent appendix, antialiasing switched off moves at most 0.11 of a page's ink and a
page drawn at 31 dpi instead of 30 at most 0.12, while the category column 1 cm wider moves 0.28 to 0.49 on the pages
the table fills, and one page against the next differs by 0.19 or more. Never bytes.
"""

from __future__ import annotations

import os
import shutil
import subprocess
import tempfile
from pathlib import Path

import numpy as np
from PIL import Image

DPI = 30
BLOCK = 8
TOLERANCE = 0.15  # share of a page's ink allowed to sit elsewhere than in the reference
SOFFICE = shutil.which("soffice") or shutil.which("libreoffice")


def pdf_images(pdf: Path, dpi: int = DPI, *extra: str) -> list[Image.Image]:
    """Every page of a PDF as a grey image."""
    with tempfile.TemporaryDirectory() as d:
        subprocess.run(["pdftoppm", "-r", str(dpi), "-gray", "-png", *extra, str(pdf), f"{d}/p"], check=True)
        return [Image.open(f).convert("L").copy() for f in sorted(Path(d).glob("p-*.png"))]


def docx_to_pdf(docx: Path, out_dir: Path) -> Path:
    """Word to PDF through LibreOffice headless, with a profile of its own (no clash with a running office)."""
    out_dir.mkdir(parents=True, exist_ok=True)
    with tempfile.TemporaryDirectory() as profile:
        subprocess.run(
            [SOFFICE, f"-env:UserInstallation=file://{profile}", "--headless", "--norestore", "--convert-to", "pdf",
             "--outdir", str(out_dir), str(docx)],
            check=True, capture_output=True, timeout=180, env={**os.environ, "HOME": profile},
        )  # fmt: skip
    return out_dir / (docx.stem + ".pdf")


def _ink(im: Image.Image) -> np.ndarray:
    size = (max(1, im.width // BLOCK), max(1, im.height // BLOCK))
    ink = 255.0 - np.asarray(im.convert("L").resize(size, Image.BOX), dtype=float)
    return ink / max(ink.sum(), 1e-9)


def distance(a: Image.Image, b: Image.Image) -> float:
    """The share of ink that sits in another place on b than on a (pages of different sizes: 1)."""
    if a.size != b.size:
        return 1.0
    return float(np.abs(_ink(a) - _ink(b)).sum() / 2)


def save_reference(im: Image.Image, path: Path) -> Path:
    """A reference page: grey, 16 levels, so the file stays small."""
    path.parent.mkdir(parents=True, exist_ok=True)
    im.convert("L").quantize(16, dither=Image.Dither.NONE).save(path, optimize=True)
    return path


def save_thumbnail(im: Image.Image, path: Path, colours: int = 32) -> Path:
    """A page for the README: as drawn, in few colours, so the file stays small."""
    path.parent.mkdir(parents=True, exist_ok=True)
    im.convert("RGB").quantize(colours, dither=Image.Dither.NONE).save(path, optimize=True)
    return path
