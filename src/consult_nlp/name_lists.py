"""The names people are given: Faker's person lists in every locale and the project's own list of names carried in
the UK (names/uk_names.tsv). The redactor's second opinion beside NER."""

from __future__ import annotations

import functools
import importlib
import pkgutil
from pathlib import Path


@functools.cache
def name_lists() -> tuple[frozenset[str], frozenset[str]]:
    """(first names, surnames) from Faker's person providers, about 30,000 first names in 86 locales, and the
    project's own list of names carried in the UK (names/uk_names.tsv): a second
    opinion beside NER for a capitalised word no cue introduced, and the test that a lower-case word after a
    sign-off is a name. Read from the installed package (offline, a tenth of a second), never from the network."""
    import faker.providers.person as person

    first: set[str] = set()
    last: set[str] = set()
    for mod in sorted(m.name for m in pkgutil.iter_modules(person.__path__)):
        provider = getattr(importlib.import_module(f"{person.__name__}.{mod}"), "Provider", None)
        for attr, into in (("first_names", first), ("first_names_male", first), ("first_names_female", first),
                           ("last_names", last), ("last_names_male", last), ("last_names_female", last)):  # fmt: skip
            names = getattr(provider, attr, None)
            if isinstance(names, (dict, list, tuple, set, frozenset)):
                into.update(n for n in names if isinstance(n, str) and n[:1].isupper() and " " not in n)
                # written in Latin letters as a respondent would write them here: 'Оксана' is 'Oksana'
                table = _CYRILLIC.get(mod)
                if table:
                    into.update(
                        n.translate(table).capitalize()
                        for n in names
                        if isinstance(n, str) and " " not in n and n[:1].isupper()
                    )
    # names Faker's locales lack: Welsh, Gaelic, Irish, South Asian, African, nicknames (names/README.md)
    for kind, community, name in uk_names():
        if community != "word-name" and " " not in name:
            (first if kind == "first" else last).add(name)
    return frozenset(first), frozenset(last)


@functools.cache
def uk_names() -> tuple[tuple[str, str, str], ...]:
    """names/uk_names.tsv as (kind, community, name) rows, read once."""
    text = (Path(__file__).parent / "names" / "uk_names.tsv").read_text(encoding="utf-8")
    return tuple(tuple(line.split("\t")) for line in text.splitlines() if line.count("\t") == 2)


_RU = dict(
    zip(
        "абвгдеёжзийклмнопрстуфхцчшщъыьэюя",
        "a b v g d e yo zh z i y k l m n o p r s t u f kh ts ch sh shch _ y _ e yu ya".split(),
        strict=True,
    )
)
_UK = {**_RU, "г": "h", "ґ": "g", "е": "e", "є": "ye", "и": "y", "і": "i", "ї": "yi", "й": "y"}
_CYRILLIC = {
    loc: str.maketrans({**{k: v.replace("_", "") for k, v in t.items()},
                        **{k.upper(): v.replace("_", "").capitalize() for k, v in t.items()}, "'": "", "’": ""})
    for loc, t in (("uk_UA", _UK), ("ru_RU", _RU), ("bg_BG", _RU))
}  # fmt: skip


@functools.cache
def uk_first_names() -> frozenset[str]:
    """The project's own list of first names carried in the UK, without those that are words ('Hope'): Faker's
    86 locales also hold words ('Doctor', 'Page'), too loose where no capital or cue marks a name."""
    return frozenset(name for kind, community, name in uk_names() if kind == "first" and community != "word-name")


@functools.cache
def countries_of_words() -> tuple[str, ...]:
    """Countries named in more than one word ('Hong Kong', 'Sierra Leone'), from Faker's list: never people."""
    from faker.providers.address.en import Provider as Places

    return tuple(sorted({n for c in Places.countries if " " in (n := c.split(" (")[0].split(",")[0])}))
