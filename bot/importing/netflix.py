"""Rows of the Netflix catalogue (Kaggle "Netflix Movies and TV Shows", data of 2021-09).

What the catalogue knows about a show: that it streams on Netflix, how many seasons Netflix
had, its cast (names only) and when Netflix added it. Its ``release_year`` is the year of the
latest season, not the premiere, so it is not written as ``premiered``; it only helps reject a
wrong merge (a show cannot have a season out before it premiered).
"""

from __future__ import annotations

import re
from collections.abc import Mapping

from .entry import Dataset, Entry
from .fields import (
    RowError,
    clean_summary,
    clean_text,
    parse_day_month_year,
    parse_year,
    require_title,
)

__all__ = ["COLUMNS", "NETFLIX", "parse_row"]

NETFLIX = Dataset(
    name="netflix",
    label="the Netflix catalogue",
    title=(
        'Netflix catalogue (Kaggle "Netflix Movies and TV Shows" by Shivam Bansal, data of '
        "2021-09); licence unverified, usually listed as CC0"
    ),
    snapshot="2021-09",
    rank=1,
    url="https://www.kaggle.com/datasets/shivamb/netflix-shows",
)

COLUMNS = ("show_id", "type", "title", "cast", "date_added", "release_year", "duration")

_SEASONS = re.compile(r"(\d+) Seasons?", re.IGNORECASE)
_KINDS = ("TV Show", "Movie")


def parse_row(cells: Mapping[str, str], line: int) -> Entry | None:
    """One catalogue row; ``None`` for a movie (not an error, just not a show)."""
    kind = clean_text(cells["type"])
    if kind not in _KINDS:
        raise RowError(f"unknown 'type': {kind!r} (expected 'TV Show' or 'Movie')")
    if kind != "TV Show":
        return None
    title = require_title(cells["title"], "title")
    added = parse_day_month_year(cells["date_added"], "date_added")
    latest_year = parse_year(cells["release_year"], "release_year")
    duration = clean_text(cells["duration"])
    seasons = 0
    if duration:
        match = _SEASONS.fullmatch(duration)
        if match is None:
            raise RowError(f"bad 'duration' for a TV show: {duration!r} (expected 'N Seasons')")
        seasons = int(match.group(1))
    cast: dict[str, tuple[str, None]] = {}
    for name in clean_text(cells["cast"]).split(","):
        if name.strip():
            cast.setdefault(name.strip().casefold(), (name.strip(), None))

    facts = [f"lists {seasons} season{'s' if seasons != 1 else ''}"] if seasons else []
    if added is not None:
        facts.append(f"dates its addition to Netflix {added}")
    facts.append("records no renewal or cancellation")
    known = ", ".join(facts[:-1]) + ", and " + facts[-1] if len(facts) > 1 else facts[0]
    show_id = clean_text(cells["show_id"])
    return Entry.from_row(
        NETFLIX,
        line,
        title,
        key=f"netflix-{show_id}" if show_id else None,
        network="Netflix",
        seasons=seasons,
        cast=list(cast.values()),
        latest_year=latest_year,
        summary=clean_summary(cells.get("description")) or None,
        status_note=f"{NETFLIX.data_from} {known}.",
    )
