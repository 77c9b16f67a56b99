"""Letters in: one response per file, from .txt, .docx, .pdf with a text layer, and .eml with its attachments.

A letter that cannot be read goes into the ingest report with the reason and a fix that fits the kind of file.
"""

from __future__ import annotations

import email
import email.policy
import email.utils
import hashlib
import io
import re
from dataclasses import dataclass, field
from pathlib import Path
from typing import TYPE_CHECKING

from .addresses import _THE, _named_home, _org_line_shape, _street_like
from .errors import ConsultError
from .name_lists import name_lists
from .readers import decode_text
from .redaction_patterns import POSTCODE, TITLED_NAME, Span
from .text import is_list_item

if TYPE_CHECKING:
    from .ingest import IngestReport

LETTER_SUFFIXES = {".txt", ".docx", ".pdf", ".eml"}


@dataclass
class Letter:
    path: Path
    text: str
    sender: str = ""
    problems: list[str] = field(default_factory=list)  # parts that could not be read (the rest is kept)


def _docx_text(data: bytes | Path) -> str:
    from docx import Document

    doc = Document(io.BytesIO(data) if isinstance(data, bytes) else str(data))
    parts = [p.text for p in doc.paragraphs]
    for table in doc.tables:
        for row in table.rows:
            parts.append(" | ".join(c.text for c in row.cells))
    return "\n".join(parts)


def _pdf_text(data: bytes | Path) -> str:
    from pypdf import PdfReader

    reader = PdfReader(io.BytesIO(data) if isinstance(data, bytes) else str(data))
    if reader.is_encrypted and not reader.decrypt(""):
        raise LetterError("the PDF is protected by a password.", "Ask the sender for an unprotected copy, or save one.")
    pages = [p.extract_text() or "" for p in reader.pages]
    return _unwrap("\n\n".join(pages))


def _unwrap(text: str) -> str:
    """Join the hard line breaks of a laid-out page back into paragraphs; short lines (addresses) stay."""
    lines = text.split("\n")
    out: list[str] = []
    for ln in lines:
        s = ln.strip()
        if out and out[-1] and s and len(out[-1]) >= 45 and out[-1][-1] not in ".!?:" and not is_list_item(s):
            out[-1] = (out[-1][:-1] if out[-1].endswith("-") and s[0].islower() else out[-1] + " ") + s
        else:
            out.append(s)
    return "\n".join(out)


def _html_text(markup: str) -> str:
    from html.parser import HTMLParser

    class P(HTMLParser):
        def __init__(self):
            super().__init__()
            self.parts: list[str] = []
            self.skip = 0

        def handle_starttag(self, tag, attrs):
            if tag in ("script", "style"):
                self.skip += 1
            if tag in ("br", "p", "div", "li", "tr", "h1", "h2", "h3"):
                self.parts.append("\n")

        def handle_endtag(self, tag):
            if tag in ("script", "style"):
                self.skip -= 1
            if tag in ("p", "div", "li", "tr"):
                self.parts.append("\n")

        def handle_data(self, data):
            if not self.skip:
                self.parts.append(data)

    p = P()
    p.feed(markup)
    return "".join(p.parts)


class LetterError(ValueError):
    """A letter (or part of one) that cannot be read, with the fix that fits it."""

    def __init__(self, reason: str, fix: str):
        super().__init__(reason)
        self.reason, self.fix = reason, fix


def _eml_text(data: bytes, problems: list[str] | None = None) -> tuple[str, str]:
    """The body of an email (plain text preferred), with readable attachments appended, and the sender's address.

    An attachment that cannot be read is named in `problems`; the body and the other attachments are kept."""
    msg = email.message_from_bytes(data, policy=email.policy.default)
    sender = ""
    if msg["From"]:
        addrs = email.utils.getaddresses([str(msg["From"])])
        sender = addrs[0][1] if addrs else ""
    body = msg.get_body(preferencelist=("plain", "html"))
    parts = []
    if body is not None:
        content = body.get_content()
        if body.get_content_type() == "text/html":
            content = _html_text(content)
        parts.append(_strip_quoted(content))
    for att in msg.iter_attachments():
        name = (att.get_filename() or "").lower()
        try:
            payload = att.get_payload(decode=True) or b""
            if name.endswith(".docx"):
                parts.append(_docx_text(payload))
            elif name.endswith(".pdf"):
                parts.append(_pdf_text(payload))
            elif name.endswith(".txt") or att.get_content_type() == "text/plain":
                parts.append(decode_text(Path(name), payload)[0])
        except Exception as e:  # noqa: BLE001 - one broken attachment must not lose the email
            if problems is not None:
                problems.append(f"the attachment '{att.get_filename()}' cannot be read ({type(e).__name__}: {e})")
    return "\n\n".join(p for p in parts if p.strip()), sender


def _strip_quoted(text: str) -> str:
    """Drop the quoted earlier message of a reply: lines starting '>' and anything after 'Original Message'."""
    cut = re.search(r"(?im)^-{2,}\s*Original Message\s*-{2,}|^On .{5,200} wrote:\s*$", text)
    if cut:
        text = text[: cut.start()]
    return "\n".join(ln for ln in text.split("\n") if not ln.lstrip().startswith(">"))


def read_letter(path: Path) -> Letter:
    """One letter's text; raises LetterError (or ValueError) with a reason a person can act on."""
    suffix = path.suffix.lower()
    if suffix == ".txt":
        raw = path.read_bytes()
        return Letter(path, decode_text(path, raw)[0] if raw.strip() else "")
    if suffix == ".docx":
        return Letter(path, _docx_text(path))
    if suffix == ".pdf":
        text = _pdf_text(path)
        if not text.strip():
            raise LetterError("the PDF has no text layer (a scan?).",
                              "Run OCR on it (or type it in) and save it as .txt beside the original.")  # fmt: skip
        return Letter(path, text)
    if suffix == ".eml":
        problems: list[str] = []
        text, sender = _eml_text(path.read_bytes(), problems)
        return Letter(path, text, sender, problems)
    raise ValueError(f"'{suffix}' files are not read.")


_LETTER_FIX = {
    ".pdf": "Run OCR on it (or type it in) and save it as .txt beside the original.",
    ".docx": "Open it in Word and save it again as .docx, or save its text as .txt.",
    ".eml": "Save the email again as .eml, or paste its text into a .txt file.",
    ".txt": "Save it as UTF-8 text.",
}


def letter_id(folder: Path, rel: Path, content: bytes) -> str:
    """An opaque, stable id for a letter: file names often carry a person's name, email or postcode, and an id is
    published. It hashes the file's bytes with its path, so it cannot be guessed from a name, survives other
    letters being added, and two copies of one letter still get two ids."""
    h = hashlib.sha256(hashlib.sha256(content).digest() + rel.as_posix().encode("utf-8")).hexdigest()
    return f"{folder.name}/L-{h[:10]}"


def read_letters(folder: Path, report: IngestReport) -> list[tuple[str, Letter]]:
    """(response_id, letter) for each readable file in folder, in name order; the rest go in the report.

    The id is opaque (`letter_id`); the report keeps each id's file name, as personal data.
    """
    files = sorted(p for p in folder.rglob("*") if p.is_file())
    out = []
    for p in files:
        rel = p.relative_to(folder)
        if any(part.startswith((".", "~$")) for part in rel.parts):
            continue
        if p.suffix.lower() not in LETTER_SUFFIXES:
            fix = "Convert it to .txt, .docx, .pdf or .eml, or pass a survey export as its own INPUT."
            report.unreadable_row(p, None, f"'{p.suffix or p.name}' files are not read as letters.", fix)
            continue
        try:
            letter = read_letter(p)
        except LetterError as e:
            report.unreadable_row(p, None, e.reason, e.fix)
            continue
        except ConsultError as e:
            report.unreadable_row(p, None, str(e), _LETTER_FIX.get(p.suffix.lower(), ""))
            continue
        except Exception as e:  # noqa: BLE001 - a broken file of any kind is reported, not fatal
            report.unreadable_row(p, None, f"cannot read it ({type(e).__name__}: {e}).", _LETTER_FIX[p.suffix.lower()])
            continue
        rid = letter_id(folder, rel, p.read_bytes())
        report.letter_files[rid] = str(p)
        for problem in letter.problems:
            report.unreadable_row(
                p,
                None,
                f"{problem}; the rest of the email is kept as {rid}.",
                "Ask the sender to send the attachment again, or paste its text into a .txt file.",
            )
        out.append((rid, letter))
    return out


def letter_head(text: str, keep: set[str]) -> list[Span]:
    """A letter's sender address, the short lines above its greeting ('The Limes\nMoorside Lane\nWharfeton\n\nDear
    ...'), with no postcode or house number to anchor it: its streets, and its first line when shaped like a house's
    name, above the town. A block with an organisation's line in it ('Planning Team', 'County Hall') is the
    recipient's, and stays."""
    head = _LETTER_HEAD.match(text)
    if not head:
        return []
    lines = [(m.start(), m.end(), m.group()) for m in re.finditer(r"[^\n]+", text[: head.end(1)])]
    lines = [(a, b, g.strip().rstrip(",")) for a, b, g in lines if g.strip() and not _DATE_LINE.fullmatch(g.strip())]
    if not 2 <= len(lines) <= 6 or any(_org_line_shape(g) or len(g.split()) > 6 for _a, _b, g in lines):
        return []
    if POSTCODE.fullmatch(lines[-1][2]):
        lines = lines[:-1]  # the postcode's own recogniser has it; the town is above it
    home = [ln for ln in lines[:-1] if not TITLED_NAME.match(ln[2])]  # the last line is the town
    out = []
    for k, (a, _b, g) in enumerate(home):
        # the first line, unless it reads as a person's name ('Jane Hollis'): the name's own recognisers have that
        first = k == 0 and _named_home(_THE.sub("", g), keep) and g.split()[0] not in name_lists()[0]
        if _street_like(g, keep) or first:
            out.append(Span(a, a + len(g), "ADDRESS"))
    return out


# the lines before a greeting at the very top of a text: 'Dear', 'To the', 'Annwyl', 'Hello' (not 'To be honest')
_LETTER_HEAD = re.compile(
    r"((?:[^\n]{0,60}\n){2,10})\s*(?:Dear|To (?:the|whom|all)\b|To:|Annwyl|Hello|Hi|F\.?A\.?O\.?|Re:)\b"
)
_DATE_LINE = re.compile(
    r"(?i:\d{1,2}(?:st|nd|rd|th)?\s+\w+\s*\d{0,4}|\w+\s+\d{1,2}(?:st|nd|rd|th)?,?\s*\d{0,4}|\d{1,2}[/.-]\d{1,2}[/.-]\d{2,4})"
)
