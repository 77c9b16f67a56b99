"""A street or house redacted once is redacted wherever else the same text names it: a finishing step after the
recognisers, so that a detail one pattern found is not left showing where no pattern would see it."""

from __future__ import annotations

import re

from .addresses import _STREET_END, _WELSH_STREET_RE
from .redaction_patterns import _CAPWORD, _STREET, Span, overlaps


def repeat_addresses(text: str, spans: list[Span]) -> list[Span]:
    """A street or house redacted once is redacted wherever else the text names it ('from Thornby Moor Road')."""
    out: list[Span] = []
    for sp in spans:
        part = text[sp.start : sp.end]
        if sp.kind != "ADDRESS" or " " not in part or "\n" in part:
            continue
        forms = [part]
        # '5 Gull Row' ... 'Gull Row is the last street'; 'flat 2/1, 38 Cairnbrathie Street' ... 'Cairnbrathie Street'
        for piece in [part, *part.split(", ")[1:]]:
            bare = _HOUSE_NUMBER.sub("", piece, count=1).rstrip(".")  # '4 Orchard Close.' ... 'on Orchard Close'
            # a street ends in its kind, or a Welsh one opens with it: '7 Rhes y Coed' ... 'Rhes y Coed is on the list'
            words = bare.split()  # (none where the piece was a number alone: 'Flat 3, 12')
            street = len(words) > 1 and (_STREET_END.fullmatch(words[-1]) or _WELSH_STREET_RE.match(bare))
            if bare != part and street:
                forms.append(bare)
        for form in forms:  # str.find, not a regex per form: 50,000 texts would compile one each
            i = text.find(form)
            while i >= 0:
                j = i + len(form)
                whole = (i == 0 or not _word_char(text[i - 1])) and (j == len(text) or not _word_char(text[j]))
                if whole and not overlaps(i, j, (*spans, *out)):
                    out.append(Span(i, j, "ADDRESS"))
                i = text.find(form, i + 1)
        # its other name in brackets after it: 'Sràid na h-Eaglaise (Church Street on the new signs)'
        if (m := _OTHER_NAME_AFTER.match(text, sp.end)) and not any(x.start < m.end(1) and m.start(1) < x.end
                                                                     for x in (*spans, *out)):  # fmt: skip
            out.append(Span(m.start(1), m.end(1), "ADDRESS"))
    return out


_OTHER_NAME_AFTER = re.compile(rf"\s*\(\s*((?:{_CAPWORD}\s+){{1,3}}(?:{_STREET}))\b")


def _word_char(c: str) -> bool:
    return c.isalnum() or c in "_'’-"


_HOUSE_NUMBER = re.compile(r"^\d{1,4}[A-Za-z]?,?\s+")
