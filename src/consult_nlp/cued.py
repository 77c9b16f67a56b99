"""A compiled pattern searched only where one of its openings occurs: the redactor's speed on long texts.

Python's `re` tries a pattern that opens with `\\b` or is case-insensitive at every position of the text, and the
redactor's residence and name patterns are large alternations of that kind (~25 us a text each). Every match of
such a pattern opens with one of a few strings ('live', 'stay', 'my ', ...): `Cued` reads them from the pattern,
finds them in the lower-case text with one case-sensitive alternation (which `re` scans for in C), and tries the
pattern only there. The matches are the pattern's own, the same as `finditer` and `search` give; a pattern whose
openings cannot be read, or a text whose lower case does not line up with it, is searched as before.
"""

from __future__ import annotations

import re
from collections.abc import Iterator

try:  # the parser behind re.compile (Python 3.11+); without it every pattern is searched as before
    from re import _constants as _C
    from re import _parser
except ImportError:  # pragma: no cover
    _parser = None

_ZERO_WIDTH = () if _parser is None else (_C.AT, _C.ASSERT, _C.ASSERT_NOT)
_REPEATS = () if _parser is None else (_C.MAX_REPEAT, _C.MIN_REPEAT, _C.POSSESSIVE_REPEAT)
# letters that match ASCII ones under re.IGNORECASE but lower-case to something else (or to two characters)
_ODD_CASE = "ſKİı"
_SHORT = 48  # a window this short is searched directly: for most patterns, finding the openings would cost more


def _charset(items) -> set[str] | None:
    out: set[str] = set()
    for op, av in items:
        if op is _C.LITERAL:
            out.add(chr(av).lower())
        elif op is _C.RANGE and av[1] - av[0] <= 64:
            out.update(chr(c).lower() for c in range(av[0], av[1] + 1))
        else:
            return None  # a negated set, a category (\w, \d) or a wide range: anything may open
    return out


def _openings(items, k: int) -> tuple[set[str], bool] | None:
    """Lower-case strings of at most k characters, one of which opens every match of `items` (a parsed pattern),
    and whether they are the whole of what `items` matches. None if nothing can be said."""
    acc = {""}
    for i, (op, av) in enumerate(items):
        if op in _ZERO_WIDTH:
            continue
        if op is _C.LITERAL:
            part = ({chr(av).lower()}, True)
        elif op is _C.IN:
            chars = _charset(av)
            part = (chars, True) if chars else None
        elif op is _C.SUBPATTERN:
            part = _openings(av[-1], k)
        elif op is _C.BRANCH:
            alts = [_openings(alt, k) for alt in av[1]]
            part = None if None in alts else ({s for a in alts for s in a[0]}, all(a[1] for a in alts))
        elif op in _REPEATS and av[0] >= 1:
            sub = _openings(av[2], k)
            part = (sub[0], False) if sub else None  # one occurrence at least; what follows is unknown
        elif op in _REPEATS:  # optional ('(?:a |my )?council'): it opens the match, or what follows does
            sub, rest = _openings(av[2], k), _openings(items[i + 1 :], k)
            if sub is None or rest is None:
                return None
            return {(a + s)[:k] for a in acc for s in sub[0] | rest[0]}, False
        else:
            part = None
        if part is None:
            return acc, False
        acc = {(a + s)[:k] for a in acc for s in part[0]}
        if len(acc) > 400:
            return None
        if not part[1] or all(len(a) >= k for a in acc):
            return acc, False
    return acc, True


class Cued:
    """`re.Pattern`'s finditer and search, trying the pattern only where one of its openings is; everything else
    (match, sub, groups, ...) is the pattern's own."""

    def __init__(self, pattern: re.Pattern, k: int = 3, short: int = _SHORT):
        self._re = pattern
        self._short = short  # windows shorter than this are searched directly
        self.pattern = pattern.pattern
        self.match, self.fullmatch, self.sub = pattern.match, pattern.fullmatch, pattern.sub  # no __getattr__ a call
        self._finder = None
        if _parser is not None and isinstance(pattern.pattern, str):
            try:
                found = _openings(_parser.parse(pattern.pattern, pattern.flags).data, k)
            except Exception:  # an unusual construct: searched as before
                found = None
            if found and "" not in found[0]:
                self._finder = re.compile("|".join(re.escape(s) for s in sorted(found[0], key=len, reverse=True)))

    def __getattr__(self, name):
        return getattr(self._re, name)

    def __repr__(self) -> str:
        return f"Cued({self._re!r})"

    def finditer(self, text: str, pos: int = 0, endpos: int | None = None) -> Iterator[re.Match]:
        end = len(text) if endpos is None else min(endpos, len(text))
        low = _lower(text) if self._finder is not None else None
        if low is None:
            yield from self._re.finditer(text, pos, end)
            return
        find, match = self._finder.search, self._re.match
        while (c := find(low, pos, end)) is not None:
            p = c.start()
            m = match(text, p, end)
            if m is None:
                pos = p + 1
            else:
                yield m
                pos = m.end() if m.end() > p else p + 1

    def search(self, text: str, pos: int = 0, endpos: int | None = None) -> re.Match | None:
        end = len(text) if endpos is None else min(endpos, len(text))
        if self._finder is None or end - pos < self._short:
            return self._re.search(text, pos, end)
        return next(self.finditer(text, pos, end), None)


_last: tuple[str | None, str | None] = (None, None)


def _lower(text: str) -> str | None:
    """The text in lower case, position for position; None where that cannot be (a letter that lower-cases to two,
    or one re.IGNORECASE matches to an ASCII letter). The last text's is kept, as one tuple so that threads never
    see one text's lower case under another: several patterns search each text."""
    global _last
    last = _last
    if text is last[0]:
        return last[1]
    low = text.lower()
    if len(low) != len(text) or (not text.isascii() and any(c in text for c in _ODD_CASE)):
        low = None
    _last = (text, low)
    return low
