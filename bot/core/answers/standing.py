"""Where a show stands, read once from its facts so every answer says the same thing: which
seasons aired, which one is next, whether more is coming.

The show's own status wins where its seasons disagree with it (`showbot check` warns about
such entries): a canceled show has no renewed season, whatever a season entry says.
"""

from __future__ import annotations

import datetime as dt

from bot.core.models import PartialDate, Season, Show, Status
from bot.core.questions import SeasonRef

_PLANNED = (Status.RENEWED, Status.RETURNING, Status.IN_DEVELOPMENT)


def has_aired(season: Season, today: dt.date) -> bool:
    """Whether a season has come out by `today` (a month or year counts once it is over)."""
    if season.status is Status.CANCELED:
        return False
    when = season.premiered or season.release
    if when is None:
        return season.premiered is None and season.release is None and season.exists
    if when.is_full:
        return when.earliest() <= today
    return _wholly_past(when, today)


def _wholly_past(date: PartialDate, today: dt.date) -> bool:
    if date.month is None:
        return date.year < today.year
    return (date.year, date.month) < (today.year, today.month)


def renewed_season(show: Show) -> int | None:
    """The season confirmed to come next, if any; never for a show that is over."""
    if show.status.is_over:
        return None
    for season in show.seasons:
        if season.status in _PLANNED:
            return season.number
    if show.status is Status.RENEWED:
        return show.last_season + 1 if show.seasons else None
    return None


def next_season(show: Show) -> int | None:
    """The season people mean by "next season"; None when the base knows no season of the
    show: a premiere alone does not say how many seasons followed (Money Heist had five)."""
    renewed = renewed_season(show)
    if renewed is not None:
        return renewed
    if show.seasons:
        return show.last_season + 1
    return None


def final_season(show: Show) -> int | None:
    """The season people mean by "the final season": the last that aired when the show is over,
    else the last one listed that is not canceled."""
    if show.status.is_over:
        return show.last_season or None
    listed = [s.number for s in show.seasons if s.status is not Status.CANCELED]
    return max(listed, default=None)


def season_asked(show: Show, number: int | None, ref: SeasonRef | None) -> int | None:
    """The season a question means: its number, or "the final" / "the next" one of this show."""
    if number is not None:
        return number
    if ref is SeasonRef.NEXT:
        return next_season(show)
    if ref is SeasonRef.FINAL:
        return final_season(show)
    return None


def upcoming_season(show: Show, today: dt.date) -> Season | None:
    """The first season with a release date that has not come out yet."""
    if show.status.is_over:
        return None
    for season in show.seasons:
        if season.status is not Status.CANCELED and season.release and not has_aired(season, today):
            return season
    return None


def never_made(show: Show, number: int) -> bool:
    """A season past the one that would have followed the last, of a show that is over:
    "there never was a season 3" (the show was canceled after season 1)."""
    # with no season known, how many there were is unknown too: no "never was" is said
    return show.status.is_over and show.last_season > 0 and number > show.last_season + 1
