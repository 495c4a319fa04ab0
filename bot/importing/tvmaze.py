"""Rows of the three TVMaze-derived files, mapped to what each one really knows.

TVMaze's data is CC BY-SA 4.0, so every show names its data set and the licence in ``sources``.
None of these files has a status column: only an end date (in the top-shows file) proves anything,
and it proves only that the last episode aired, so such shows are ``ended``; every other show is
``unknown`` (to the source), with a note saying what the source knew.
"""

from __future__ import annotations

import re
from collections.abc import Mapping
from typing import Any

from bot.core.limits import MAX_EPISODES, MAX_RUNTIME, MAX_SEASONS

from .entry import ENDED, Dataset, Entry
from .fields import (
    RowError,
    clean_summary,
    clean_text,
    parse_float,
    parse_int,
    parse_list,
    parse_month_day_year,
    require_title,
)

__all__ = [
    "SERIES",
    "SERIES_COLUMNS",
    "TITLES",
    "TITLES_COLUMNS",
    "TOP",
    "TOP_COLUMNS",
    "parse_series_row",
    "parse_titles_row",
    "parse_top_row",
]

_LICENCE = "TVMaze data, CC BY-SA 4.0"

TOP = Dataset(
    name="tvmaze-top",
    label="TVMaze top shows",
    title=(
        f'TVMaze top shows with cast (Kaggle "1500+ TV Shows Ranked", data of 2024-06); {_LICENCE}'
    ),
    snapshot="2024-06",
    rank=0,
    url="https://www.kaggle.com/datasets/oleksiimartusiuk/1500-tv-shows-ranked",
)
SERIES = Dataset(
    name="tvmaze-series",
    label="TVMaze series",
    title=f"TVMaze series data (tadeha/tvmaze-recommender-api, data of 2022-08); {_LICENCE}",
    snapshot="2022-08",
    rank=2,
)
TITLES = Dataset(
    name="tvmaze-titles",
    label="the TVMaze show index",
    title=f"TVMaze show index (ayieko168/Eztv-torrent-scrapper, data of 2022-10); {_LICENCE}",
    snapshot="2022-10",
    rank=3,
    url="https://github.com/ayieko168/Eztv-torrent-scrapper",
)

TOP_COLUMNS = ("Name", "End Date", "Premiere Date", "Network", "Rating", "Total Seasons")
SERIES_COLUMNS = ("id", "name", "weight", "show_rating")
TITLES_COLUMNS = ("name", "imdb_id")

_IMDB_ID = re.compile(r"tt\d{1,10}")
#: "0-Bryan Cranston, 1-Aaron Paul": split before each ``<index>-``, not at every comma, because
#: names contain commas ("Sammy Davis, Jr.").
_INDEXED = re.compile(r"(?:^|,\s*)(\d+)-")


def _indexed_names(value: str, column: str) -> dict[int, str]:
    text = clean_text(value)
    if not text:
        return {}
    parts = _INDEXED.split(text)
    if parts[0].strip():
        raise RowError(f"malformed {column!r}: expected '0-Name, 1-Name', got {text[:40]!r}")
    names: dict[int, str] = {}
    for index, name in zip(parts[1::2], parts[2::2], strict=True):
        if name.strip():
            names.setdefault(int(index), name.strip())
    return names


def _cast(people: str, characters: str) -> list[tuple[str, str | None]]:
    """Pair ``Person Names`` with ``Character Names`` by index; one actor may play two roles."""
    roles = _indexed_names(characters, "Character Names")
    cast: dict[str, tuple[str, list[str]]] = {}
    for index, name in sorted(_indexed_names(people, "Person Names").items()):
        _, their_roles = cast.setdefault(name.casefold(), (name, []))
        role = roles.get(index)
        if role and role not in their_roles:
            their_roles.append(role)
    return [(name, " / ".join(their_roles) or None) for name, their_roles in cast.values()]


def _seasons(count: int) -> str:
    return f"{count} season{'s' if count != 1 else ''}"


def parse_top_row(cells: Mapping[str, str], line: int) -> Entry:
    """``tvmaze_top_shows_with_cast.csv``.

    The file's date columns are swapped: "End Date" holds the premiere and "Premiere Date" the
    end. A row whose dates still run backwards after the swap is reported, not guessed at.
    """
    title = require_title(cells["Name"], "Name")
    premiered = parse_month_day_year(cells["End Date"], "End Date")
    ended = parse_month_day_year(cells["Premiere Date"], "Premiere Date")
    if premiered and ended and ended < premiered:
        raise RowError(
            f"inconsistent dates: premiere {premiered} ('End Date') is after the end {ended} "
            "('Premiere Date'); the columns are swapped in this file, but not on this row"
        )
    rating = parse_float(cells["Rating"], "Rating", minimum=0, maximum=10)
    seasons = parse_int(cells["Total Seasons"], "Total Seasons", maximum=MAX_SEASONS) or 0
    facts: dict[str, Any] = {
        "network": clean_text(cells["Network"]) or None,
        "premiered": premiered,
        "seasons": seasons,
        "cast": _cast(cells.get("Person Names", ""), cells.get("Character Names", "")),
        "summary": clean_summary(cells.get("Summary")) or None,
        "genres": parse_list(cells.get("Genres"), "Genres"),
        "episodes": parse_int(cells.get("Total Episodes"), "Total Episodes", maximum=MAX_EPISODES),
        "runtime": parse_int(cells.get("Average Runtime"), "Average Runtime", maximum=MAX_RUNTIME)
        or None,
    }
    if rating is not None:
        facts["reception"] = {"tvmaze": rating}
        facts["popularity"] = round(rating * 10, 1)
    if ended is not None:
        facts["status"] = ENDED
        facts["finale"] = ended
        facts["status_note"] = (
            f"{TOP.data_from} dates the last episode and does not record whether the show was "
            "canceled or concluded."
        )
    else:
        listed = f"{_seasons(seasons)} and no end date" if seasons else "no end date"
        facts["status_note"] = (
            f"{TOP.data_from} lists {listed}: the show was running or awaiting a decision then."
        )
    return Entry.from_row(TOP, line, title, **facts)


def parse_series_row(cells: Mapping[str, str], line: int) -> Entry:
    """``tvmaze_series_data.csv``: TVMaze id, name, weight (0-100), average rating, genres."""
    title = require_title(cells["name"], "name")
    show_id = parse_int(cells["id"], "id", minimum=1)
    if show_id is None:
        raise RowError("no TVMaze id ('id' is empty)")
    weight = parse_float(cells["weight"], "weight", minimum=0, maximum=100)
    rating = parse_float(cells["show_rating"], "show_rating", minimum=0, maximum=10)
    facts: dict[str, Any] = {
        "ids": {"tvmaze": str(show_id)},
        "status_note": (
            f"{SERIES.data_from} does not record whether the show is running, renewed or over."
        ),
    }
    if weight is not None:
        facts["popularity"] = weight
    if rating is not None:
        facts["reception"] = {"tvmaze": rating}
    genres = [g.strip() for g in (cells.get("genres") or "").split("|") if g.strip()]
    if genres:
        facts["genres"] = genres  # also tells namesakes apart when merging (merge.py rule 4)
    return Entry.from_row(
        SERIES,
        line,
        title,
        key=f"tvmaze-{show_id}",
        url=f"https://www.tvmaze.com/shows/{show_id}",
        **facts,
    )


def parse_titles_row(cells: Mapping[str, str], line: int) -> Entry:
    """``tvmaze_show_titles.csv``: a name and, for about half the rows, an IMDb id."""
    title = require_title(cells["name"], "name")
    imdb_id = clean_text(cells["imdb_id"])
    if imdb_id and not _IMDB_ID.fullmatch(imdb_id):
        raise RowError(f"malformed IMDb id in 'imdb_id': {imdb_id!r}")
    return Entry.from_row(
        TITLES,
        line,
        title,
        key=imdb_id or None,
        # TVMaze resolves its show from the IMDb id; the URL is also how a later import finds
        # the id again (entry.keys_from_url).
        url=f"https://api.tvmaze.com/lookup/shows?imdb={imdb_id}" if imdb_id else None,
        ids={"imdb": imdb_id} if imdb_id else {},
        status_note=f"{TITLES.data_from} lists only the title.",
    )
