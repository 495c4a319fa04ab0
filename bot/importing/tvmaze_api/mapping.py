"""A TVMaze API show (with its embeds and seasons) as an importer :class:`Entry`.

TVMaze's four statuses say less than the knowledge format's, so the mapping reads the next
episode too: a show TVMaze lists as Running whose next episode opens a season is ``renewed`` (and
that date is the season's ``release``); with a next episode inside a season it is ``airing``;
with none scheduled it is ``returning``. "To Be Determined" is ``undecided``, "In Development"
``in_development``, "Ended" ``ended`` (TVMaze does not say whether it was canceled or concluded,
so it is never called canceled). Anything else is ``unknown``: nothing is guessed.

The data is CC BY-SA 4.0: every show names TVMaze, the licence and its own TVMaze page in
``sources``, and says in ``updated`` the day it was read.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Mapping
from typing import Any

from bot.core.limits import MAX_EPISODES, MAX_NAME_LENGTH, MAX_RUNTIME, MAX_SEASONS

from ..entry import UNKNOWN, Dataset, Entry
from ..fields import clean_summary, clean_text

__all__ = ["LIVE", "STATUSES", "show_entry"]

LIVE = Dataset(
    name="tvmaze-api",
    label="TVMaze",
    title="TVMaze (live, api.tvmaze.com); TVMaze data, CC BY-SA 4.0",
    snapshot="live",
    rank=-1,  # read today: it beats every dated snapshot when two sources disagree
    url="https://www.tvmaze.com/",
)

#: TVMaze status -> knowledge status, before the next episode refines "Running".
STATUSES: Mapping[str, str] = {
    "Running": "returning",
    "Ended": "ended",
    "To Be Determined": "undecided",
    "In Development": "in_development",
}
_MAX_CAST = 1000


def show_entry(
    show: Mapping[str, Any], seasons: list[Any] | None, fetched: dt.date
) -> Entry | None:
    """The entry for one show as TVMaze served it on ``fetched``; ``None`` without a name.

    ``show`` is a show object from the index or from ``/shows/ID`` (``_embedded`` may hold
    ``cast`` and ``nextepisode``); ``seasons`` is ``/shows/ID/seasons`` when it was read.
    """
    title = _name(show.get("name"))
    show_id = show.get("id")
    if not title or not isinstance(show_id, int):
        return None
    embedded = _mapping(show.get("_embedded"))
    next_episode = _mapping(embedded.get("nextepisode")) or None
    ids: dict[str, str] = {"tvmaze": str(show_id)}
    facts: dict[str, Any] = {
        "ids": ids,
        "network": _network(show),
        "premiered": _date(show.get("premiered")),
        "summary": clean_summary(_text(show.get("summary"))) or None,
        "genres": [g for g in map(_name, show.get("genres") or ()) if g],
        "runtime": _whole(show.get("averageRuntime") or show.get("runtime"), MAX_RUNTIME) or None,
        "cast": _cast(embedded.get("cast")),
        "aliases": _akas(embedded.get("akas"), title),
    }
    imdb = _mapping(show.get("externals")).get("imdb")
    if isinstance(imdb, str) and imdb.startswith("tt") and imdb[2:].isdigit():
        ids["imdb"] = imdb
    rating = _mapping(show.get("rating")).get("average")
    if isinstance(rating, int | float) and 0 <= rating <= 10:
        facts["reception"] = {"tvmaze": rating}
    weight = show.get("weight")
    if isinstance(weight, int | float) and 0 <= weight <= 100:
        facts["popularity"] = float(weight)
    season_facts = _seasons(seasons or [], fetched)
    tvmaze_status = _name(show.get("status")) or None
    status, note = _status(tvmaze_status, next_episode, season_facts, fetched)
    if status == "renewed":
        _mark_ordered(season_facts)
    facts.update(status=status, status_note=note, season_facts=season_facts)
    if status == "ended":
        facts["finale"] = _date(show.get("ended"))
    facts["seasons"] = max(season_facts, default=0)
    entry = Entry.from_row(
        LIVE,
        show_id,
        title,
        key=f"tvmaze-{show_id}",
        url=f"https://www.tvmaze.com/shows/{show_id}",
        **facts,
    )
    for source in entry.sources:
        source["published"] = fetched.isoformat()  # the data is as of the day it was read
    return entry


def _status(
    tvmaze: str | None,
    next_episode: Mapping[str, Any] | None,
    seasons: dict[int, dict[str, Any]],
    fetched: dt.date,
) -> tuple[str, str]:
    """The knowledge status and a note saying what TVMaze said, on which day."""
    status = STATUSES.get(tvmaze or "", UNKNOWN)
    said = f"TVMaze listed it as {tvmaze}" if tvmaze else "TVMaze listed no status for it"
    note = f"{said} on {fetched.isoformat()}."
    if status != "returning":
        return status, note
    upcoming = _upcoming_season(seasons)
    if next_episode is None:
        if upcoming is None:
            return status, note
        listed = f"with season {upcoming} listed but not aired yet"
        return "renewed", f"{said} on {fetched.isoformat()}, {listed}."
    airdate = _date(next_episode.get("airdate"))
    season = _whole(next_episode.get("season"), MAX_SEASONS)
    number = _whole(next_episode.get("number"), MAX_EPISODES)
    if airdate is None or season is None or season < 1:
        return ("renewed", note) if upcoming is not None else (status, note)
    when = f"the next episode (season {season}, episode {number or '?'}) airs on {airdate}"
    if number == 1:
        seasons.setdefault(season, {}).pop("premiered", None)
        seasons[season]["release"] = airdate
        return "renewed", f"{said} on {fetched.isoformat()}; {when}."
    return "airing", f"{said} on {fetched.isoformat()}; {when}."


def _mark_ordered(seasons: dict[int, dict[str, Any]]) -> None:
    """Seasons after the last one that aired are ordered, not out: say so, or a season listed
    without dates would read as one that came out."""
    aired = [n for n, facts in seasons.items() if "premiered" in facts]
    for number, facts in seasons.items():
        if number > max(aired, default=0) and "premiered" not in facts:
            facts["status"] = "renewed"


def _upcoming_season(seasons: dict[int, dict[str, Any]]) -> int | None:
    """The first season TVMaze lists after the last one that aired: TVMaze adds a season once
    it is ordered, so its being there is the renewal. ``None`` when nothing aired yet."""
    aired = [n for n, facts in seasons.items() if "premiered" in facts]
    later = [n for n in seasons if aired and n > max(aired)]
    return min(later) if later else None


def _seasons(items: list[Any], fetched: dt.date) -> dict[int, dict[str, Any]]:
    """Season number -> what TVMaze knows: a start that is past is ``premiered``, one still
    ahead is ``release``; the ordered episode count is ``episodes``."""
    facts: dict[int, dict[str, Any]] = {}
    for item in items:
        if not isinstance(item, Mapping):
            continue
        number = _whole(item.get("number"), MAX_SEASONS)
        if number is None or number < 1:
            continue
        season: dict[str, Any] = {}
        start = _date(item.get("premiereDate"))
        if start is not None:
            season["premiered" if start <= fetched else "release"] = start
        episodes = _whole(item.get("episodeOrder"), MAX_EPISODES)
        if episodes is not None:
            season["episodes"] = episodes
        facts[number] = season
    return facts


def _network(show: Mapping[str, Any]) -> str | None:
    for key in ("network", "webChannel"):
        value = show.get(key)
        if isinstance(value, Mapping) and _name(value.get("name")):
            return _name(value["name"])
    return None


def _cast(items: Any) -> list[tuple[str, str | None]]:
    """TVMaze orders the main cast by appearances: the order is kept, one line per person."""
    cast: dict[str, tuple[str, list[str]]] = {}
    for item in items if isinstance(items, list) else ():
        if not isinstance(item, Mapping) or not isinstance(item.get("person"), Mapping):
            continue
        name = _name(item["person"].get("name"))
        if not name:
            continue
        character = item.get("character")
        role = _name(character.get("name")) if isinstance(character, Mapping) else ""
        _, roles = cast.setdefault(name.casefold(), (name, []))
        if role and role not in roles:
            roles.append(role)
    return [(name, " / ".join(roles) or None) for name, roles in cast.values()][:_MAX_CAST]


def _date(value: Any) -> dt.date | None:
    if not isinstance(value, str) or len(value) != 10:
        return None
    try:
        return dt.date.fromisoformat(value)
    except ValueError:
        return None


def _whole(value: Any, maximum: int) -> int | None:
    if isinstance(value, bool) or not isinstance(value, int) or not 0 <= value <= maximum:
        return None
    return value


def _akas(akas: Any, title: str) -> list[str]:
    """The show's other titles TVMaze lists (its name in other countries or languages: "La
    casa de papel" for Money Heist), as aliases, each once, at most `MAX_AKAS`: the names fans
    of those countries ask by."""
    found: list[str] = []
    seen = {title.casefold()}
    for aka in akas if isinstance(akas, list) else ():
        name = _name(_mapping(aka).get("name"))
        if name and name.casefold() not in seen:
            seen.add(name.casefold())
            found.append(name)
    return found[:MAX_AKAS]


MAX_AKAS = 20
"""Other titles kept per show: TVMaze lists up to a few dozen for a world-wide hit, and a
name no one of the bot's servers asks by only costs memory."""


def _name(value: Any) -> str:
    """A title, network, genre, person or role; empty when missing or longer than the format
    allows (one odd record must not make the whole base fail to load)."""
    text = clean_text(value) if isinstance(value, str) else ""
    return text if len(text) <= MAX_NAME_LENGTH else ""


def _mapping(value: Any) -> Mapping[str, Any]:
    """A JSON object, or an empty one for ``null`` or anything else TVMaze might send."""
    return value if isinstance(value, Mapping) else {}


def _text(value: Any) -> str:
    return value if isinstance(value, str) else ""
