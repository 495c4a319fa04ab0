"""Facts of one show that contradict each other, found when the base is read.

An answer built from contradicting facts contradicts itself ("season 4 hasn't been announced.
Netflix has renewed it for a fourth season"), so `showbot check` warns about them while the admin
can still fix the file. These are warnings, not errors: the entry stays usable, and the answers
prefer the show's own status where its parts disagree.
"""

from __future__ import annotations

from collections.abc import Iterator

from bot.core.models import Show, Status
from bot.core.text import fold

_ONGOING = frozenset({Status.RENEWED, Status.RETURNING, Status.AIRING, Status.IN_DEVELOPMENT})


def contradictions(show: Show) -> Iterator[tuple[str, str]]:
    """(field, message) for each pair of facts of `show` that cannot both be true."""
    if show.status.is_over and show.seasons:
        for season in show.seasons:
            if season.status in _ONGOING:
                yield (
                    "seasons.status",
                    f"season {season.number} is `{season.status}` but the show is "
                    f"`{show.status}`; mark the season `canceled` or change the show's status",
                )
    premiered = show.premiered
    if premiered is not None:
        if show.status_date is not None and show.status.is_over and show.status_date < premiered:
            yield (
                "status_date",
                f"the show was {show.status} ({show.status_date}) before it premiered "
                f"({premiered}); check both dates",
            )
        if show.finale is not None and show.finale < premiered:
            yield (
                "finale",
                f"the last episode ({show.finale}) is dated before the premiere ({premiered})",
            )
        for season in show.seasons:
            if season.premiered is not None and season.premiered < premiered:
                yield (
                    "seasons.premiered",
                    f"season {season.number} premiered ({season.premiered}) before the show "
                    f"did ({premiered})",
                )
    credits = [c for c in (*show.cast, *show.companies) if c.next]
    if not credits:
        return
    title = fold(show.title)
    for credit in credits:
        for work in credit.next:
            if fold(work.title) == title and _same_run(show, work.year):
                yield (
                    "cast.next",
                    f"{credit.name}'s next work is {show.title} itself; list what came after it",
                )


def _same_run(show: Show, year: int | None) -> bool:
    """A next work with the show's title is the show itself unless it is dated after the show
    premiered (a remake or a revival is another work)."""
    if year is None or show.premiered is None:
        return True
    return year <= show.premiered.year
