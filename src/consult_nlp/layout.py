"""Table column widths from their content, measured in the appendix's typeface, so no word is ever broken.

Arial, Liberation Sans (what Debian draws for Arial) and Helvetica share their character widths, so Helvetica's
published metrics (the AFM files matplotlib ships) measure what Word, LibreOffice and WeasyPrint draw, whatever fonts
are installed. A number column is as wide as its widest unbreakable word; the text columns share the rest in the most
even split that keeps the table within 5% of its shortest, so a page holds about as much as it can.
"""

from __future__ import annotations

import functools
import math
import unicodedata
from dataclasses import dataclass
from pathlib import Path

# characters outside ASCII that the appendix uses, by their AFM glyph names
_GLYPHS = {
    "‘": "quoteleft", "’": "quoteright", "“": "quotedblleft", "”": "quotedblright", "–": "endash", "—": "emdash",
    "…": "ellipsis", "•": "bullet", "£": "sterling", "€": "Euro", "'": "quotesingle", "`": "grave", "\u00a0": "space",
}  # fmt: skip
CELL_PADDING = 0.4  # cm of a cell's left plus right padding, and a little for rounding between renderers
LINE_SLACK = 1.1  # wrapped lines waste some of each line: measured text over width, times this, is the line count
SHORTEST_SLACK = 0.05  # two text columns: the most even split whose table is at most 5% taller than the shortest


@functools.cache
def _metrics(bold: bool) -> tuple[dict[str, float], float]:
    """Glyph name -> width in thousandths of the font size; and the width of an unknown glyph ('n')."""
    import matplotlib

    afm = Path(matplotlib.get_data_path()) / "fonts" / "afm" / ("phvb8a.afm" if bold else "phvr8a.afm")
    widths: dict[str, float] = {}
    for line in afm.read_text(encoding="latin-1").splitlines():
        if line.startswith("C "):
            fields = dict(part.strip().split(" ", 1) for part in line.split(";") if part.strip())
            widths[fields["N"]] = float(fields["WX"])
    return widths, widths["n"]


@functools.cache
def _char_width(ch: str, bold: bool) -> float:
    widths, unknown = _metrics(bold)
    name = _GLYPHS.get(ch)
    if name is None:
        base = unicodedata.normalize("NFKD", ch)[:1] or ch  # an accented letter is about as wide as its letter
        name = _ASCII_NAMES.get(base, base)  # letters are named by themselves
    return widths.get(name, unknown)


_ASCII_NAMES = {
    " ": "space", "!": "exclam", '"': "quotedbl", "#": "numbersign", "$": "dollar", "%": "percent", "&": "ampersand",
    "(": "parenleft", ")": "parenright", "*": "asterisk", "+": "plus", ",": "comma", "-": "hyphen", ".": "period",
    "/": "slash", ":": "colon", ";": "semicolon", "<": "less", "=": "equal", ">": "greater", "?": "question",
    "@": "at", "[": "bracketleft", "\\": "backslash", "]": "bracketright", "^": "asciicircum", "_": "underscore",
    "{": "braceleft", "|": "bar", "}": "braceright", "~": "asciitilde", "0": "zero", "1": "one", "2": "two",
    "3": "three", "4": "four", "5": "five", "6": "six", "7": "seven", "8": "eight", "9": "nine",
}  # fmt: skip


def text_width(text: str, size_pt: float, bold: bool = False) -> float:
    """The width of a line of text in cm."""
    return sum(_char_width(ch, bold) for ch in text) * size_pt / 1000 / 72 * 2.54


def words_of(text: str) -> list[str]:
    """The pieces a line may not break inside: words, split at spaces and after hyphens."""
    out = []
    for word in text.split():
        parts = word.split("-")
        out += [p + "-" for p in parts[:-1]] + [parts[-1]] if len(parts) > 1 else [word]
    return [w for w in out if w]


def widest_word(texts, size_pt: float, bold: bool = False) -> float:
    return max((text_width(w, size_pt, bold) for t in texts for w in words_of(t)), default=0.0)


def lines(paragraphs, width_cm: float, size_pt: float, bold: bool = False, indent_cm: float = 0.0) -> int:
    """About how many lines these (paragraph, indented) pairs take in a column this wide."""
    return _lines(_measure(paragraphs, size_pt, bold), width_cm, indent_cm)


def _measure(paragraphs, size_pt: float, bold: bool = False) -> tuple[tuple[float, bool], ...]:
    return tuple((text_width(p, size_pt, bold) * LINE_SLACK, indented) for p, indented in paragraphs)


def _lines(measured: tuple[tuple[float, bool], ...], width_cm: float, indent_cm: float = 0.0) -> int:
    room = max(width_cm - CELL_PADDING, 0.1)
    return sum(max(1, math.ceil(w / max(room - (indent_cm if indented else 0), 0.1))) for w, indented in measured)


@dataclass(frozen=True)
class Column:
    """One column: its header, its cells (each a tuple of (paragraph, indented) pairs), and how it is sized.

    fit: as wide as its widest word (numbers, action areas); otherwise it shares what the fit columns leave.
    """

    header: str
    cells: tuple[tuple[tuple[str, bool], ...], ...]
    fit: bool = False


def column_widths(columns: list[Column], total_cm: float, size_pt: float, *, step: float = 0.005) -> list[float]:
    """Widths in cm that sum to total_cm: fit columns at their widest word, two text columns split for a short
    table, the most even split of those nearly as short as the shortest (each at least as wide as its widest word)."""
    fit = [c for c in columns if c.fit]
    need = {
        id(c): max(widest_word([c.header], size_pt, bold=True), widest_word([p for cell in c.cells for p, _ in cell],
                                                                             size_pt)) + CELL_PADDING
        for c in columns
    }  # fmt: skip
    widths = {id(c): need[id(c)] for c in fit}
    share = [c for c in columns if not c.fit]
    left = total_cm - sum(widths.values())
    if len(share) == 1:
        widths[id(share[0])] = max(left, need[id(share[0])])
    elif len(share) == 2:
        a, b = share
        cells = [(_measure(ca, size_pt), _measure(cb, size_pt)) for ca, cb in zip(a.cells, b.cells, strict=True)]
        tried = []
        for k in range(1, int(1 / step)):
            wa = left * k * step
            wb = left - wa
            if wa < need[id(a)] or wb < need[id(b)]:
                continue
            height = sum(max(_lines(ma, wa), _lines(mb, wb)) for ma, mb in cells)
            tried.append((height, wa, wb))
        if tried:  # of the splits within SHORTEST_SLACK of the shortest table, the most even
            low = min(h for h, _, _ in tried)
            _, wa, wb = max((t for t in tried if t[0] <= low * (1 + SHORTEST_SLACK)), key=lambda t: min(t[1], t[2]))
        else:
            wa = wb = left / 2
        widths[id(a)], widths[id(b)] = wa, wb
    elif share:
        for c in share:
            widths[id(c)] = left / len(share)
    return [round(widths[id(c)], 3) for c in columns]


def fit_width(texts, size_pt: float, header: str = "") -> float:
    """The width in cm of a column as wide as its widest unbreakable word (header in bold)."""
    return max(widest_word([header], size_pt, bold=True), widest_word(texts, size_pt)) + CELL_PADDING
