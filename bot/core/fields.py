"""The knowledge format as one table: every field of a show and of its entries, with its kind
and limits.

The checker (`bot.core.schema`) reads each field by its kind, the JSON fast path
(`bot.core.fastjson`) converts each by the same kind, and a test holds knowledge/README.md's
field reference to `described()` of each row, so the rules, the fast path and the docs cannot
drift. Adding a field is one row here, its wording in the README and a field on the model.
The numbers come from `bot.core.limits`, the one table of limits admins read.
"""

from __future__ import annotations

import datetime as dt
import enum
import functools
import re
from collections.abc import Callable
from dataclasses import dataclass
from typing import Any, Final

from bot.core import limits
from bot.core.models import PartialDate
from bot.core.text import MAX_ID_LENGTH

ID_PATTERN: Final = re.compile(r"^[a-z0-9]+(?:-[a-z0-9]+)*$")
"""A show's `id`: a lowercase slug."""
WEB_LINK: Final = ("http://", "https://")
"""How a source's `url` starts."""
EXTERNAL_SOURCES: Final = ("tvmaze", "imdb", "tmdb", "netflix")
"""The sources whose ids a show's `ids` may give: what imports write and what layering
matches a hand-written show to an imported one by."""
_PARTIAL_DATE: Final = re.compile(r"^(\d{4})(?:-(\d{2}))?(?:-(\d{2}))?$")


BACKED_FACTS: Final = (
    "status",
    "release",
    "premiere",
    "finale",
    "seasons",
    "episodes",
    "runtime",
    "network",
    "summary",
    "genres",
    "creators",
    "companies",
    "cast",
    "reasons",
    "reception",
    "viewership",
    "outlook",
)
"""What a source may say it backs, besides `season N`."""
SEASON_FACT: Final = re.compile(r"^season [1-9][0-9]{0,2}$")
"""A source's `season N` fact."""


class Kind(enum.Enum):
    """What a field's value is, which decides how it is read and described."""

    ID = "id"
    """A lowercase slug, defaulting to the title's."""
    TEXT = "text"
    TEXTS = "texts"
    DATE = "date"
    STATUS = "status"
    WHOLE = "whole"
    """A whole number from `lowest` to `highest`."""
    NUMBER = "number"
    """Any number from `lowest` to `highest`; 0 when missing."""
    URL = "url"
    """A web link (`http://` or `https://`)."""
    SEASONS = "seasons"
    RECEPTION = "reception"
    CREDITS = "credits"
    """A list of `{name, ...}` entries: cast or companies (`entries` says which fields)."""
    WORKS = "works"
    SOURCES = "sources"
    BACKS = "backs"
    """The facts a source backs."""
    IDS = "ids"
    """The show's own id in each outside source (`EXTERNAL_SOURCES`)."""


@dataclass(frozen=True, slots=True)
class Field:
    """One field of a show or of one of its entries."""

    name: str
    kind: Kind
    required: bool = False
    longest: int = limits.MAX_TEXT_LENGTH
    """Characters of a text, or of each text of a list."""
    most: int = limits.MAX_LIST_ITEMS
    """Items of a list or a mapping."""
    lowest: int = 0
    highest: int = 0
    entries: tuple[Field, ...] = ()
    """The fields of each entry of a compound field (cast, companies ...)."""

    def described(self) -> str:
        """The field's type as knowledge/README.md gives it, limits included."""
        return _DESCRIBE[self.kind](self)


def _name(name: str, kind: Kind = Kind.TEXT, *, required: bool = False) -> Field:
    """A name, not a paragraph: a title, alias, network, genre, person or company."""
    return Field(name, kind, required, longest=limits.MAX_NAME_LENGTH)


def _count(number: int) -> str:
    """A number as the README writes it: 100,000 and 1,440."""
    return f"{number:,}"


def _range(field: Field) -> str:
    """`lowest`-`highest`, years (1900-2200) without a thousands separator."""
    if field.lowest >= 1000:
        return f"{field.lowest}-{field.highest}"
    return f"{_count(field.lowest)}-{_count(field.highest)}"


def _texts(field: Field) -> str:
    return (
        f"list of up to {_count(field.most)} texts (each up to {_count(field.longest)} characters)"
    )


_DESCRIBE: dict[Kind, Callable[[Field], str]] = {
    Kind.ID: lambda f: f"text (up to {_count(f.longest)} characters)",
    Kind.TEXT: lambda f: f"text (up to {_count(f.longest)} characters)",
    Kind.TEXTS: _texts,
    Kind.DATE: lambda f: "date",
    Kind.STATUS: lambda f: "status",
    Kind.WHOLE: lambda f: f"whole number {_range(f)}",
    Kind.NUMBER: lambda f: f"number {_range(f)}",
    Kind.URL: lambda f: f"web link (up to {_count(f.longest)} characters)",
    Kind.SEASONS: lambda f: f"list of up to {_count(f.most)} seasons",
    Kind.RECEPTION: lambda f: f"mapping of up to {_count(f.most)} scores",
    Kind.CREDITS: lambda f: f"list of up to {_count(f.most)} entries",
    Kind.WORKS: lambda f: f"list of up to {_count(f.most)} works",
    Kind.SOURCES: lambda f: f"list of up to {_count(f.most)} sources",
    Kind.BACKS: lambda f: f"list of up to {_count(f.most)} facts",
    Kind.IDS: lambda f: (
        "mapping of "
        + ", ".join(f"`{name}`" for name in EXTERNAL_SOURCES)
        + f" to a text (up to {_count(f.longest)} characters) or a whole number"
    ),
}
"""How the README gives each kind's type."""

WORK: tuple[Field, ...] = (
    _name("title", required=True),
    Field("year", Kind.WHOLE, lowest=limits.MIN_WORK_YEAR, highest=limits.MAX_YEAR),
    _name("network"),
    Field("note", Kind.TEXT),
)
"""What a person or company made next (`next`)."""
CREDIT: tuple[Field, ...] = (
    _name("name", required=True),
    Field("role", Kind.TEXT),
    Field("next", Kind.WORKS, entries=WORK),
)
"""A cast member."""
COMPANY: tuple[Field, ...] = (
    _name("name", required=True),
    Field("next", Kind.WORKS, entries=WORK),
)
"""A production company."""
SEASON: tuple[Field, ...] = (
    Field("number", Kind.WHOLE, True, lowest=1, highest=limits.MAX_SEASON_NUMBER),
    Field("status", Kind.STATUS),
    Field("premiered", Kind.DATE),
    Field("release", Kind.DATE),
    Field("episodes", Kind.WHOLE, lowest=0, highest=limits.MAX_EPISODES),
    Field("note", Kind.TEXT),
)
SOURCE: tuple[Field, ...] = (
    Field("url", Kind.URL, longest=limits.MAX_URL_LENGTH),
    Field("title", Kind.TEXT),
    Field("published", Kind.DATE),
    Field("backs", Kind.BACKS, longest=limits.MAX_NAME_LENGTH),
)
SHOW: tuple[Field, ...] = (
    Field("id", Kind.ID, longest=MAX_ID_LENGTH),
    _name("title", required=True),
    _name("aliases", Kind.TEXTS),
    Field("ids", Kind.IDS, longest=limits.MAX_NAME_LENGTH, most=len(EXTERNAL_SOURCES)),
    _name("network"),
    Field("premiered", Kind.DATE),
    Field("finale", Kind.DATE),
    Field("status", Kind.STATUS, required=True),
    Field("status_date", Kind.DATE),
    Field("status_note", Kind.TEXT),
    Field("summary", Kind.TEXT),
    _name("genres", Kind.TEXTS),
    Field("seasons", Kind.SEASONS, most=limits.MAX_SEASONS, entries=SEASON),
    Field("episodes", Kind.WHOLE, lowest=0, highest=limits.MAX_EPISODES),
    Field("runtime", Kind.WHOLE, lowest=1, highest=limits.MAX_RUNTIME),
    Field("reasons", Kind.TEXTS),
    Field("reception", Kind.RECEPTION, longest=limits.MAX_NAME_LENGTH),
    Field("viewership", Kind.TEXTS),
    Field("outlook", Kind.TEXTS),
    _name("creators", Kind.TEXTS),
    Field("companies", Kind.CREDITS, entries=COMPANY),
    Field("cast", Kind.CREDITS, most=limits.MAX_CAST, entries=CREDIT),
    Field("popularity", Kind.NUMBER, lowest=0, highest=limits.MAX_POPULARITY),
    Field("sources", Kind.SOURCES, entries=SOURCE),
    Field("updated", Kind.DATE),
)
"""A show's fields, in the order the README lists them and `showbot import` writes them."""

ENTRIES: dict[str, tuple[Field, ...]] = {
    "show": SHOW,
    "season": SEASON,
    "cast": CREDIT,
    "company": COMPANY,
    "work": WORK,
    "source": SOURCE,
}
"""Every kind of entry by the name the README gives it."""


def names(entry: tuple[Field, ...]) -> tuple[str, ...]:
    """The field names of an entry, in order."""
    return tuple(field.name for field in entry)


def to_partial_date(value: Any) -> PartialDate | None:
    """Read a YAML date, a YYYY / YYYY-MM / YYYY-MM-DD string or a bare year; None if invalid."""
    if isinstance(value, str):
        return _text_date(value)
    return _to_partial_date(value)


@functools.lru_cache(maxsize=65536)
def _text_date(value: str) -> PartialDate | None:
    """Imported bases repeat the same dates thousands of times: parse each once."""
    return _to_partial_date(value)


def _to_partial_date(value: Any) -> PartialDate | None:
    if isinstance(value, dt.datetime):
        value = value.date()
    if isinstance(value, dt.date):
        return PartialDate(value.year, value.month, value.day)
    if isinstance(value, bool):
        return None
    if isinstance(value, int):
        value = str(value)
    if not isinstance(value, str):
        return None
    match = _PARTIAL_DATE.match(value.strip())
    if match is None:
        return None
    year = int(match.group(1))
    month, day = (int(g) if g else None for g in match.groups()[1:])
    try:
        dt.date(year, month or 1, day or 1)
    except ValueError:
        return None
    if not limits.MIN_YEAR <= year <= limits.MAX_YEAR:
        return None
    return PartialDate(year, month, day)
