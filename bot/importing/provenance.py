"""Which data set each fact of an imported show comes from.

Merged entries combine several data sets of different dates: the status from the Netflix
catalogue of 2021, the cast from the TVMaze data of 2024. Each fact remembers its data set, and
the writer lists the facts under that source's ``backs``, so an answer cites, and is dated by,
the data behind the very fact asked.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from .entry import Entry

__all__ = ["BACKED_ORDER", "merge_backing", "stated_facts"]

BACKED_ORDER = [
    "status",
    "finale",
    "premiere",
    "network",
    "summary",
    "genres",
    "seasons",
    "episodes",
    "runtime",
    "cast",
    "reception",
]
"""The facts whose data set an entry remembers (``sources[].backs`` names), in the order
``backs`` lists them."""


def stated_facts(entry: Entry) -> list[str]:
    """The facts (by their ``backs`` names) ``entry`` states."""
    stated = {
        "status": True,  # even "unknown": the note says what the data set recorded
        "finale": entry.finale is not None,
        "premiere": entry.premiered is not None,
        "network": bool(entry.network),
        "summary": bool(entry.summary),
        "genres": bool(entry.genres),
        "seasons": bool(entry.seasons),
        "episodes": entry.episodes is not None,
        "runtime": entry.runtime is not None,
        "cast": bool(entry.cast),
        "reception": bool(entry.reception),
    }
    return [fact for fact, known in stated.items() if known]


def merge_backing(first: Entry, second: Entry, decided: Entry) -> dict[str, str]:
    """Which data set each fact of two merged entries comes from, mirroring ``Entry.absorb``:
    the status from the entry that decided it, the seasons from the one that lists more, any
    other fact from the better-ranked ``first`` when it states it."""
    backed = {**second.backed, **first.backed}
    for fact in ("status", "finale"):
        backed.pop(fact, None)
        if fact in decided.backed:
            backed[fact] = decided.backed[fact]
    if "seasons" in second.backed and second.seasons > first.seasons:
        backed["seasons"] = second.backed["seasons"]
    return backed
