"""What the title index knows of a show: its names, popularity and the words that point at it."""

from __future__ import annotations

import functools
from collections.abc import Sequence

from bot.core.matching import Entry
from bot.core.models import Show
from bot.core.questions import FUNCTION_WORDS
from bot.core.questions.vocabulary import COUNTRY_NETWORKS, COUNTRY_WORDS, NETWORKS
from bot.core.text import fold

CAST_CONTEXT = 15
"""Cast members whose names and roles point at a show ("who plays *harry bosch*")."""


def entry_of(show: Show, shared: dict[tuple[str, ...], tuple[str, ...]] | None = None) -> Entry:
    """The title index's entry for `show`; its context words the equal tuple of `shared`, when
    given one (which it joins otherwise)."""
    names = (show.title, *show.aliases) if show.aliases else (show.title,)
    context = context_of(show)
    if shared is not None:
        context = shared.setdefault(context, context)
    return Entry(names, show.popularity, context)


def entries_of(shows: Sequence[Show]) -> list[Entry]:
    """`entry_of` each show, equal context words held once: at 100,000 shows some 40,000
    contexts but a few thousand distinct ones, whose copies (and year texts) took 2 MB
    through the whole title index build."""
    shared: dict[tuple[str, ...], tuple[str, ...]] = {}
    return [entry_of(show, shared) for show in shows]


def context_of(show: Show) -> tuple[str, ...]:
    """Words that point at the show when a question names them: its network, its first year
    and decade, its top-billed cast's names and roles."""
    network = show.network or ""
    year = str(show.premiered.year) if show.premiered else ""
    places = _country_words(network)
    people = [part for c in show.cast[:CAST_CONTEXT] for part in (c.name, c.role) if part]
    if not people:
        return tuple(part for part in (network, *places, year, *_decade(year)) if part)
    # The words of the cast's names and roles, not the question words ("the", "dr").
    telling = dict.fromkeys(
        word
        for part in people
        for word in fold(part).split()
        if len(word) >= 3 and word not in FUNCTION_WORDS
    )
    return tuple(part for part in (network, *places, year, *_decade(year), *telling) if part)


@functools.cache
def _country_words(network: str) -> tuple[str, ...]:
    """How people name the country of a network's versions ("big brother *uk*" for Channel 5's
    Big Brother); not "us", which is most often a pronoun ("tell us about ...")."""
    known = NETWORKS.get(fold(network)) if network else None
    return tuple(
        word
        for word, country in COUNTRY_WORDS.items()
        if known in COUNTRY_NETWORKS[country] and word != "us"
    )


@functools.cache
def _decade(year: str) -> tuple[str, ...]:
    """How people name the decade of a year: "90s", "1990s" ("are you afraid of the dark 90s");
    cached, so 100,000 shows share a few hundred strings."""
    if len(year) != 4:
        return ()
    return f"{year[2]}0s", f"{year[:3]}0s"
