"""TVMaze's statuses, next episodes and seasons, read as the knowledge format's facts."""

from __future__ import annotations

import datetime as dt
from typing import Any

import pytest

from bot.importing.tvmaze_api import LIVE
from bot.importing.tvmaze_api.mapping import show_entry

from .fake_api import cast_member, episode, season, show

TODAY = dt.date(2026, 5, 28)


def detailed(status: str, next_episode: dict[str, Any] | None = None, **fields: Any) -> dict:
    body = show(1, "Under the Dome", status, **fields)
    body["_embedded"] = {"cast": [cast_member("Mike Vogel", "Dale Barbara")]}
    if next_episode is not None:
        body["_embedded"]["nextepisode"] = next_episode
    return body


def yaml_of(body: dict[str, Any], seasons: list[Any] | None = None) -> dict[str, Any]:
    entry = show_entry(body, seasons, TODAY)
    assert entry is not None
    entry.id = "under-the-dome"
    return entry.to_yaml()


@pytest.mark.parametrize(
    ("tvmaze", "status"),
    [
        ("Running", "returning"),
        ("To Be Determined", "undecided"),
        ("In Development", "in_development"),
        ("Ended", "ended"),
        ("Pilot Ordered", "unknown"),
    ],
)
def test_each_tvmaze_status_has_its_knowledge_status(tvmaze: str, status: str) -> None:
    written = yaml_of(detailed(tvmaze))

    assert written["status"] == status
    assert written["status_note"] == f"TVMaze listed it as {tvmaze} on 2026-05-28."


def test_a_next_episode_that_opens_a_season_is_a_renewal_with_its_release_date() -> None:
    seasons = [season(1, "2013-06-24", "2013-09-16", 13), season(2, "2026-07-01", None, 10)]

    written = yaml_of(detailed("Running", episode(2, 1, "2026-07-01")), seasons)

    assert written["status"] == "renewed"
    assert written["seasons"] == [
        {"number": 1, "premiered": dt.date(2013, 6, 24), "episodes": 13},
        {"number": 2, "release": dt.date(2026, 7, 1), "episodes": 10, "status": "renewed"},
    ]
    assert "season 2, episode 1) airs on 2026-07-01" in written["status_note"]


def test_a_season_listed_after_the_last_aired_one_is_a_renewal_without_a_date() -> None:
    seasons = [season(1, "2024-01-05", "2024-03-01", 8), season(2, None, None, None)]

    written = yaml_of(detailed("Running"), seasons)

    assert written["status"] == "renewed"
    assert written["status_note"].endswith(", with season 2 listed but not aired yet.")
    assert written["seasons"][1] == {"number": 2, "status": "renewed"}


def test_a_running_show_with_only_aired_seasons_is_returning() -> None:
    written = yaml_of(detailed("Running"), [season(1, "2024-01-05", "2024-03-01", 8)])

    assert written["status"] == "returning"


def test_a_next_episode_inside_a_season_means_it_is_airing() -> None:
    written = yaml_of(detailed("Running", episode(3, 4, "2026-06-04")))

    assert written["status"] == "airing"
    assert "season 3, episode 4" in written["status_note"]


def test_a_next_season_tvmaze_has_no_season_for_yet_is_added_with_its_date() -> None:
    written = yaml_of(detailed("Running", episode(2, 1, "2026-09-09")), [season(1, None, None, 8)])

    assert written["seasons"][-1] == {
        "number": 2,
        "release": dt.date(2026, 9, 9),
        "status": "renewed",
    }


def test_an_ended_show_has_its_finale_and_is_never_called_canceled() -> None:
    written = yaml_of(detailed("Ended", ended="2015-09-10"))

    assert (written["status"], written["finale"]) == ("ended", dt.date(2015, 9, 10))
    assert "status_date" not in written


def test_the_show_keeps_attribution_ids_and_readable_facts() -> None:
    entry = show_entry(detailed("Running", imdb="tt01553656"), None, TODAY)
    assert entry is not None

    assert entry.tvmaze == {"1"}
    assert entry.imdb == {"tt1553656"}
    assert entry.ids == {"tvmaze": "1", "imdb": "tt01553656"}
    assert entry.sources == [
        {"title": LIVE.title, "url": "https://www.tvmaze.com/shows/1", "published": "2026-05-28"}
    ]
    assert "CC BY-SA 4.0" in LIVE.title
    assert entry.summary == "Under the Dome is a show about a town & its people."
    assert entry.cast == [("Mike Vogel", "Dale Barbara")]
    assert (entry.network, entry.runtime, entry.popularity) == ("CBS", 60, 90.0)
    assert entry.reception == {"tvmaze": 6.6}


def test_missing_and_malformed_values_are_left_out_not_guessed() -> None:
    body = show(7, "Odd", "Running", network=None, premiered="someday")
    body.update(rating={"average": None}, weight=None, averageRuntime=None, runtime=None)
    body["_embedded"] = {"cast": [{"person": None}], "nextepisode": {"airdate": "", "season": 2}}

    written = yaml_of(body, [{"number": "two"}, season(0, None, None, None)])

    assert written["status"] == "returning"
    for absent in ("network", "premiered", "reception", "popularity", "runtime", "cast"):
        assert absent not in written
    assert "seasons" not in written


def test_a_show_without_a_name_is_skipped() -> None:
    assert show_entry({"id": 5, "name": ""}, None, TODAY) is None
    assert show_entry({"name": "No id"}, None, TODAY) is None


def test_names_longer_than_the_format_allows_are_left_out() -> None:
    body = detailed("Running")
    body["genres"] = ["Drama", "x" * 201]
    body["network"]["name"] = "n" * 201
    body["_embedded"]["cast"].append(cast_member("p" * 201, "Someone"))

    written = yaml_of(body)

    assert (written["genres"], "network" in written) == (["Drama"], False)
    assert [c["name"] for c in written["cast"]] == ["Mike Vogel"]
    assert show_entry(show(2, "t" * 201), None, TODAY) is None


def test_season_dates_survive_a_read_back_for_the_next_merge() -> None:
    from bot.importing.entry import Entry

    seasons = [season(1, "2013-06-24", None, 13)]
    written = yaml_of(detailed("Running", episode(2, 1, "2026-07-01")), seasons)

    again = Entry.from_yaml(written, {LIVE.title: LIVE})

    assert again is not None
    assert again.season_facts == {
        1: {"premiered": dt.date(2013, 6, 24), "episodes": 13},
        2: {"release": dt.date(2026, 7, 1), "status": "renewed"},
    }
    assert (again.tvmaze, again.to_yaml()["seasons"]) == ({"1"}, written["seasons"])


def test_the_other_titles_tvmaze_lists_are_aliases_each_once() -> None:
    body = detailed("Ended")
    body["name"] = "Money Heist"
    body["_embedded"]["akas"] = [
        {"name": "La casa de papel", "country": {"name": "Spain", "code": "ES"}},
        {"name": "Haus des Geldes", "country": {"name": "Germany", "code": "DE"}},
        {"name": "la casa de papel", "country": None},
        {"name": "Money Heist", "country": {"name": "United States", "code": "US"}},
        {"name": None},
        "not an aka",
    ]

    assert yaml_of(body)["aliases"] == ["La casa de papel", "Haus des Geldes"]
