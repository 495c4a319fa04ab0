"""What matching a question against a name index returns, and the scores that decide it.

A ranking is a list of `Scored` names, best first; `NameIndex.resolve` turns it into one
`Resolution`: a `Match` only when one owner is clearly ahead, `Ambiguous` when several are
equally good, `NoMatch` (with suggestions) when none is good enough.
"""

from __future__ import annotations

from dataclasses import dataclass

POPULAR = 80.0
"""Popularity (0-100) from which fans call a show by its initials or a short name, and a bare
everyday word can mean it: the index makes up initials only for shows this popular."""
CONFIDENT = 88.0
"""Lowest similarity (0-100) between a name and the question for a confident answer."""
SUGGEST = 62.0
"""Lowest similarity for a name to be offered as a suggestion."""
TIE_MARGIN = 4.0
"""Two owners whose ranking scores are this close are equally good matches."""
ALIAS, INITIALS, SHORT = 1, 2, 4
"""Name flags (`Scored.flags`): written as an alias; initials made up by the index; a short name
derived from the title (`bot.core.shortnames`)."""


@dataclass(frozen=True, slots=True)
class Scored:
    """How well one owner matched: `similarity` decides confidence, `rank` decides order."""

    owner: int
    similarity: float
    rank: float
    popularity: float
    name: str
    start: int = 0
    end: int = 0
    """The stretch of the question's words that matched."""
    coverage: float = 1.0
    """The share of the name's weight the question holds."""
    flags: int = 0
    """`ALIAS`, `INITIALS`, `SHORT`: how the name was written (`SHORT`: derived from the title,
    `bot.core.shortnames`)."""
    exact: bool = True
    """The whole name, as written."""
    longer: bool = False
    """The question seems to name a longer title around it ("squid game *the challenge*")."""
    near: bool = False
    """Taken although it only comes close: a slip in a popular title."""
    everyday: bool = False
    """Everyday words taken as a title for where they stand: weaker than a title's own words."""


@dataclass(frozen=True, slots=True)
class Match:
    best: Scored


@dataclass(frozen=True, slots=True)
class Ambiguous:
    candidates: tuple[Scored, ...]


@dataclass(frozen=True, slots=True)
class NoMatch:
    suggestions: tuple[Scored, ...]


Resolution = Match | Ambiguous | NoMatch
