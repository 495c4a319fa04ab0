"""Importing several sources into one directory: the same show becomes one entry."""

from __future__ import annotations

import datetime as dt

import pytest

from bot.importing import ImporterError, run_import

TOP_BREAKING_BAD = {
    "Name": "Breaking Bad",
    "End Date": "1/20/2008",
    "Premiere Date": "10/11/2019",
    "Network": "AMC",
    "Rating": "9.2",
    "Total Seasons": "5",
    "Person Names": "0-Bryan Cranston, 1-Aaron Paul",
    "Character Names": "0-Walter White, 1-Jesse Pinkman",
}
NETFLIX_BREAKING_BAD = {
    "show_id": "s9",
    "type": "TV Show",
    "title": "Breaking Bad",
    "cast": "Bryan Cranston, Aaron Paul, Anna Gunn",
    "date_added": "2-Aug-13",
    "release_year": "2013",
    "duration": "5 Seasons",
}


def test_the_same_show_from_two_sources_becomes_one_entry(
    top_csv, netflix_csv, tmp_path, load_shows
):
    out = tmp_path / "kb"
    run_import("tvmaze-top", top_csv([TOP_BREAKING_BAD]), out)

    report = run_import("netflix", netflix_csv([NETFLIX_BREAKING_BAD]), out)

    assert (report.merged, report.shows_written) == (1, 1)
    (show,) = load_shows(out)
    assert show["id"] == "breaking-bad"
    assert show["network"] == "AMC"  # the original network, not where it streams
    assert show["premiered"] == dt.date(2008, 1, 20)
    assert show["status"] == "ended"  # a known status beats an unverified one
    assert [member["name"] for member in show["cast"]] == [
        "Bryan Cranston",
        "Aaron Paul",
        "Anna Gunn",
    ]
    assert show["cast"][0]["role"] == "Walter White"
    assert [source["title"].split(" (")[0] for source in show["sources"]] == [
        "TVMaze top shows with cast",
        "Netflix catalogue",
    ]
    # each fact names the data set it comes from, dated by that data
    assert [(s["published"], s.get("backs")) for s in show["sources"]] == [
        ("2024-06", ["status", "finale", "premiere", "network", "seasons", "cast", "reception"]),
        ("2021-09", None),  # the catalogue's cast and seasons add nothing here
    ]


def test_import_order_does_not_change_the_result(top_csv, netflix_csv, tmp_path):
    top = top_csv([TOP_BREAKING_BAD])
    netflix = netflix_csv([NETFLIX_BREAKING_BAD])
    run_import("tvmaze-top", top, tmp_path / "a")
    run_import("netflix", netflix, tmp_path / "a")
    run_import("netflix", netflix, tmp_path / "b")
    run_import("tvmaze-top", top, tmp_path / "b")

    assert (tmp_path / "a" / "shows-0001.yaml").read_bytes() == (
        tmp_path / "b" / "shows-0001.yaml"
    ).read_bytes()


def test_an_ambiguous_title_is_not_merged(top_csv, netflix_csv, tmp_path, load_shows):
    out = tmp_path / "kb"
    offices = [
        {"Name": "The Office", "End Date": "3/24/2005", "Network": "NBC"},
        {"Name": "The Office", "End Date": "7/9/2001", "Network": "BBC Two"},
    ]
    run_import("tvmaze-top", top_csv(offices), out)

    report = run_import(
        "netflix", netflix_csv([{**NETFLIX_BREAKING_BAD, "title": "The Office"}]), out
    )

    assert report.merged == 0
    assert sorted(show["id"] for show in load_shows(out)) == [
        "the-office-bbc-two-2001",
        "the-office-nbc-2005",
        "the-office-netflix",
    ]


def test_a_show_cannot_merge_with_one_that_premiered_after_its_seasons(
    top_csv, netflix_csv, tmp_path, load_shows
):
    out = tmp_path / "kb"
    run_import("tvmaze-top", top_csv([{"Name": "Intelligence", "End Date": "1/7/2014"}]), out)
    canadian = {**NETFLIX_BREAKING_BAD, "title": "Intelligence", "release_year": "2007"}

    report = run_import("netflix", netflix_csv([canadian]), out)

    assert report.merged == 0
    assert len(load_shows(out)) == 2


def test_different_imdb_ids_are_different_shows(titles_csv, tmp_path, load_shows):
    out = tmp_path / "kb"
    run_import("tvmaze-titles", titles_csv([{"name": "Kidnapped", "imdb_id": "tt0771329"}]), out)
    other = [{"name": "Kidnapped", "imdb_id": "tt0123456"}]

    run_import("tvmaze-titles", titles_csv(other, name="other.csv"), out)

    assert len(load_shows(out)) == 2


def test_imdb_ids_match_with_or_without_leading_zeros(titles_csv, tmp_path, load_shows):
    out = tmp_path / "kb"
    run_import("tvmaze-titles", titles_csv([{"name": "Emma", "imdb_id": "tt0317390"}]), out)

    run_import("tvmaze-titles", titles_csv([{"name": "Emma", "imdb_id": "tt317390"}], "b.csv"), out)

    assert len(load_shows(out)) == 1


def test_importing_the_same_file_twice_changes_nothing(titles_csv, tmp_path):
    rows = [
        {"name": "LEGO Masters", "imdb_id": ""},
        {"name": "LEGO Masters", "imdb_id": ""},
        {"name": "LEGO Masters", "imdb_id": "tt11229506"},
        {"name": "Full House", "imdb_id": "tt0092359"},
    ]
    file = titles_csv(rows)
    first = run_import("tvmaze-titles", file, tmp_path / "kb")
    before = (tmp_path / "kb" / "shows-0001.yaml").read_bytes()

    second = run_import("tvmaze-titles", file, tmp_path / "kb")

    assert (first.shows_written, second.shows_written, second.merged) == (4, 4, 4)
    assert (tmp_path / "kb" / "shows-0001.yaml").read_bytes() == before


def test_without_merge_an_import_replaces_earlier_ones(top_csv, netflix_csv, tmp_path, load_shows):
    out = tmp_path / "kb"
    run_import("tvmaze-top", top_csv([TOP_BREAKING_BAD]), out)

    run_import(
        "netflix", netflix_csv([{**NETFLIX_BREAKING_BAD, "title": "Dark"}]), out, merge=False
    )

    assert [show["id"] for show in load_shows(out)] == ["dark"]


def test_a_hand_written_show_inside_a_shard_stops_the_import(top_csv, tmp_path):
    out = tmp_path / "kb"
    run_import("tvmaze-top", top_csv([TOP_BREAKING_BAD]), out)
    shard = out / "shows-0001.yaml"
    mine = ',\n{"id": "mine", "title": "Mine", "status": "airing"}\n]}'
    shard.write_text(shard.read_text().replace("\n]}", mine))

    with pytest.raises(ImporterError, match="'mine' was not written by an import"):
        run_import("tvmaze-top", top_csv([TOP_BREAKING_BAD]), out)

    assert '"id": "mine"' in shard.read_text()  # nothing was lost


def test_shows_an_earlier_version_wrote_get_dated_sources_and_lose_the_shared_date(
    netflix_csv, tmp_path, load_shows
):
    out = tmp_path / "kb"
    out.mkdir()
    old = (
        '{"id": "dark", "title": "Dark", "status": "unknown", "status_note": "Unknown.", '
        '"sources": [{"title": "TVMaze show index (ayieko168/Eztv-torrent-scrapper, data of '
        '2022-10); TVMaze data, CC BY-SA 4.0"}], "updated": "2022-10"}'
    )
    (out / "shows-0001.yaml").write_text(
        f'# Written by `showbot import`; old.\n{{"shows": [\n{old}\n]}}\n', encoding="utf-8"
    )
    stranger = {**NETFLIX_BREAKING_BAD, "show_id": "s1", "title": "Stranger Things"}

    run_import("netflix", netflix_csv([stranger]), out)

    dark = next(show for show in load_shows(out) if show["id"] == "dark")
    assert "updated" not in dark
    assert [source["published"] for source in dark["sources"]] == ["2022-10"]


def _top_office(network: str, rating: str) -> dict[str, str]:
    return {"Name": "The Office", "Network": network, "Rating": rating, "Genres": "['Comedy']"}


def _series_office(tvmaze_id: str, rating: str, genres: str = "Comedy") -> dict[str, str]:
    return {
        "id": tvmaze_id,
        "name": "The Office",
        "weight": "95",
        "show_rating": rating,
        "type": "Scripted",
        "genres": genres,
    }


def test_namesakes_rated_alike_by_tvmaze_become_one_entry_each(
    top_csv, series_csv, tmp_path, load_shows
):
    out = tmp_path / "kb"
    run_import(
        "tvmaze-top", top_csv([_top_office("NBC", "8.5"), _top_office("BBC Two", "7.7")]), out
    )

    report = run_import(
        "tvmaze-series",
        series_csv([_series_office("526", "8.3"), _series_office("1292", "7.6")]),
        out,
    )

    assert report.merged == 2
    ids = {show["network"]: show["ids"] for show in load_shows(out)}
    assert ids == {"NBC": {"tvmaze": "526"}, "BBC Two": {"tvmaze": "1292"}}


def test_namesakes_rated_apart_or_under_other_genres_stay_apart(
    top_csv, series_csv, tmp_path, load_shows
):
    out = tmp_path / "kb"
    run_import(
        "tvmaze-top", top_csv([_top_office("NBC", "8.5"), _top_office("BBC Two", "7.7")]), out
    )

    report = run_import(
        "tvmaze-series",
        series_csv([_series_office("1", "9.4"), _series_office("2", "7.6", genres="Drama")]),
        out,
    )

    assert report.merged == 0
    assert len(load_shows(out)) == 4


def _top_heroes(network: str, premiere: str, rating: str, genres: str) -> dict[str, str]:
    return {
        "Name": "Heroes",
        "End Date": premiere,
        "Network": network,
        "Rating": rating,
        "Genres": genres,
    }


def _series_heroes(tvmaze_id: str, rating: str, genres: str) -> dict[str, str]:
    return {
        "id": tvmaze_id,
        "name": "Heroes",
        "weight": "90",
        "show_rating": rating,
        "type": "Scripted",
        "genres": genres,
    }


def test_a_namesake_rated_near_under_fewer_genres_is_the_same_show(
    top_csv, series_csv, tmp_path, load_shows
):
    out = tmp_path / "kb"
    run_import(
        "tvmaze-top",
        top_csv([_top_heroes("NBC", "9/25/2006", "7.7", "['Drama', 'Action', 'Science-Fiction']")]),
        out,
    )

    report = run_import(
        "tvmaze-series",
        series_csv(
            [
                _series_heroes("134", "7.7", "Action|Science-Fiction"),
                _series_heroes("49433", "", "Action|Drama|History"),
            ]
        ),
        out,
    )

    assert report.merged == 1
    ids = {show["id"]: show.get("ids") for show in load_shows(out)}
    assert ids["heroes-nbc-2006"] == {"tvmaze": "134"}
    assert len(ids) == 2


def test_a_remake_rated_apart_is_not_the_original(top_csv, series_csv, tmp_path, load_shows):
    out = tmp_path / "kb"
    original = _top_heroes("Channel 4", "2/23/1999", "7.0", "['Drama']")
    run_import("tvmaze-top", top_csv([{**original, "Name": "Queer as Folk"}]), out)
    remakes = [
        {**_series_heroes("908", "8.2", "Drama|Romance"), "name": "Queer as Folk"},
        {**_series_heroes("54644", "6.3", "Drama|Romance"), "name": "Queer as Folk"},
    ]

    report = run_import("tvmaze-series", series_csv(remakes), out)

    assert report.merged == 0
    assert len(load_shows(out)) == 3


def test_a_row_near_two_namesakes_merges_with_neither(top_csv, series_csv, tmp_path, load_shows):
    out = tmp_path / "kb"
    namesakes = [
        _top_heroes("NBC", "9/14/1967", "7.6", "['Crime', 'Drama']"),
        _top_heroes("NBC", "10/2/2013", "7.7", "['Action', 'Crime', 'Drama']"),
    ]
    run_import("tvmaze-top", top_csv([{**show, "Name": "Ironside"} for show in namesakes]), out)

    report = run_import(
        "tvmaze-series",
        series_csv([{**_series_heroes("1245", "7.3", "Action|Crime|Drama"), "name": "Ironside"}]),
        out,
    )

    assert report.merged == 0
    assert len(load_shows(out)) == 3
