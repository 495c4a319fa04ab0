"""The three TVMaze files: what each row becomes, and which rows are refused."""

from __future__ import annotations

import datetime as dt

from bot.importing import run_import

BREAKING_BAD = {
    "Name": "Breaking Bad",
    # As in the real file: "End Date" holds the premiere, "Premiere Date" the end.
    "End Date": "1/20/2008",
    "Premiere Date": "10/11/2019",
    "Network": "AMC",
    "Rating": "9.2",
    "Total Seasons": "5",
    "Total Episodes": "62",
    "Genres": "['Drama', 'Crime', 'Thriller']",
    "Average Runtime": "60",
    "Summary": "<p>A <b>chemistry teacher</b> turns to crime &amp; meth.</p>",
    "Person Names": "0-Bryan Cranston, 1-Aaron Paul",
    "Character Names": "0-Walter White, 1-Jesse Pinkman",
}
ONE_PIECE = {
    "Name": "One Piece",
    "End Date": "10/20/1999",
    "Premiere Date": "",
    "Network": "Fuji TV",
    "Total Seasons": "11",
}


class TestTopShows:
    def test_swapped_date_columns_give_the_premiere_and_the_end(
        self, top_csv, tmp_path, shows_by_id
    ):
        run_import("tvmaze-top", top_csv([BREAKING_BAD]), tmp_path / "kb")

        show = shows_by_id(tmp_path / "kb")["breaking-bad"]
        assert show["premiered"] == dt.date(2008, 1, 20)
        assert show["finale"] == dt.date(2019, 10, 11)
        assert "status_date" not in show  # a last episode is no announcement

    def test_an_end_date_means_ended_and_the_note_does_not_claim_a_cancellation(
        self, top_csv, tmp_path, shows_by_id
    ):
        run_import("tvmaze-top", top_csv([BREAKING_BAD]), tmp_path / "kb")

        show = shows_by_id(tmp_path / "kb")["breaking-bad"]
        assert show["status"] == "ended"
        assert "TVMaze" in show["status_note"]
        assert "does not record whether the show was canceled or concluded" in show["status_note"]

    def test_no_end_date_means_unknown_with_a_note_naming_the_source(
        self, top_csv, tmp_path, shows_by_id
    ):
        run_import("tvmaze-top", top_csv([ONE_PIECE]), tmp_path / "kb")

        show = shows_by_id(tmp_path / "kb")["one-piece"]
        assert show["status"] == "unknown"
        assert "status_date" not in show
        assert show["status_note"].startswith(
            "The TVMaze top shows data from 2024-06 lists 11 seasons and no end date"
        )

    def test_known_facts_are_mapped_and_unknown_ones_left_out(self, top_csv, tmp_path, shows_by_id):
        run_import("tvmaze-top", top_csv([BREAKING_BAD]), tmp_path / "kb")

        show = shows_by_id(tmp_path / "kb")["breaking-bad"]
        assert show["network"] == "AMC"
        assert show["seasons"] == [{"number": n} for n in range(1, 6)]
        assert show["reception"] == {"tvmaze": 9.2}
        assert show["popularity"] == 92.0
        assert show["sources"][0]["published"] == "2024-06"
        assert "CC BY-SA 4.0" in show["sources"][0]["title"]
        assert show["genres"] == ["Drama", "Crime", "Thriller"]
        assert show["episodes"] == 62
        assert show["runtime"] == 60
        assert show["summary"] == "A chemistry teacher turns to crime & meth."
        assert "aliases" not in show
        assert "creators" not in show

    def test_cast_pairs_people_and_characters_by_index(self, top_csv, tmp_path, shows_by_id):
        row = {
            **ONE_PIECE,
            # A comma inside a name must not split it; one actor may voice two characters.
            "Person Names": "0-Sammy Davis, Jr., 1-Dee Bradley Baker, 2-Dee Bradley Baker, 3-Mako",
            "Character Names": "0-Himself, 1-Appa, 2-Momo",
        }
        run_import("tvmaze-top", top_csv([row]), tmp_path / "kb")

        assert shows_by_id(tmp_path / "kb")["one-piece"]["cast"] == [
            {"name": "Sammy Davis, Jr.", "role": "Himself"},
            {"name": "Dee Bradley Baker", "role": "Appa / Momo"},
            {"name": "Mako"},
        ]

    def test_unknown_season_count_writes_no_seasons(self, top_csv, tmp_path, shows_by_id):
        run_import("tvmaze-top", top_csv([{**ONE_PIECE, "Total Seasons": ""}]), tmp_path / "kb")

        assert "seasons" not in shows_by_id(tmp_path / "kb")["one-piece"]

    def test_bad_dates_are_reported_with_their_line(self, top_csv, tmp_path, load_shows):
        rows = [
            BREAKING_BAD,
            {**ONE_PIECE, "End Date": "31/12/1999"},  # D/M/Y: no month 31
            {
                **ONE_PIECE,
                "Name": "Backwards",
                "End Date": "3/18/2015",
                "Premiere Date": "8/26/2011",
            },
        ]

        report = run_import("tvmaze-top", top_csv(rows), tmp_path / "kb")

        assert [line for line, _ in report.skipped_rows] == [3, 4]
        assert "bad date in 'End Date': '31/12/1999'" in report.skipped_rows[0][1]
        assert "inconsistent dates" in report.skipped_rows[1][1]
        assert [show["title"] for show in load_shows(tmp_path / "kb")] == ["Breaking Bad"]

    def test_same_title_and_premiere_day_is_one_show(self, top_csv, tmp_path, load_shows):
        report = run_import("tvmaze-top", top_csv([BREAKING_BAD, BREAKING_BAD]), tmp_path / "kb")

        assert report.merged == 1
        assert len(load_shows(tmp_path / "kb")) == 1

    def test_same_title_and_year_on_different_days_stays_two_shows(
        self, top_csv, tmp_path, load_shows
    ):
        rows = [
            {"Name": "Big Brother", "End Date": "7/5/2000", "Network": "CBS"},
            {"Name": "Big Brother", "End Date": "7/18/2000", "Network": "Channel 5"},
        ]

        report = run_import("tvmaze-top", top_csv(rows), tmp_path / "kb")

        assert report.merged == 0
        assert sorted(show["id"] for show in load_shows(tmp_path / "kb")) == [
            "big-brother-cbs-2000",
            "big-brother-channel-5-2000",
        ]


class TestSeries:
    def test_row_keeps_tvmaze_page_weight_and_rating(self, series_csv, tmp_path, shows_by_id):
        rows = [{"id": "1", "name": "Under the Dome", "weight": "99", "show_rating": "6.5"}]

        run_import("tvmaze-series", series_csv(rows), tmp_path / "kb")

        show = shows_by_id(tmp_path / "kb")["under-the-dome"]
        assert show["popularity"] == 99
        assert show["reception"] == {"tvmaze": 6.5}
        assert show["sources"][0]["url"] == "https://www.tvmaze.com/shows/1"
        assert show["status"] == "unknown"
        assert "The TVMaze series data from 2022-08" in show["status_note"]
        assert show["sources"][0]["published"] == "2022-08"

    def test_missing_rating_is_left_out(self, series_csv, tmp_path, shows_by_id):
        rows = [{"id": "7", "name": "Homeland", "weight": "98", "show_rating": ""}]

        run_import("tvmaze-series", series_csv(rows), tmp_path / "kb")

        assert "reception" not in shows_by_id(tmp_path / "kb")["homeland"]

    def test_rows_without_id_or_with_a_bad_weight_are_reported(self, series_csv, tmp_path):
        rows = [
            {"id": "", "name": "No Id", "weight": "50"},
            {"id": "3", "name": "Heavy", "weight": "150"},
            {"id": "4", "name": "Fine", "weight": "50"},
        ]

        report = run_import("tvmaze-series", series_csv(rows), tmp_path / "kb")

        assert report.skipped_rows == (
            (2, "no TVMaze id ('id' is empty)"),
            (3, "bad number in 'weight': '150' (expected 0..100)"),
        )
        assert report.shows_written == 1

    def test_same_name_different_tvmaze_ids_are_two_shows(self, series_csv, tmp_path, load_shows):
        rows = [{"id": "10", "name": "Emma"}, {"id": "20", "name": "Emma"}]

        run_import("tvmaze-series", series_csv(rows), tmp_path / "kb")

        shows = load_shows(tmp_path / "kb")
        assert sorted(show["id"] for show in shows) == ["emma", "emma-2"]


class TestTitles:
    def test_imdb_id_is_kept_as_an_external_id_and_a_tvmaze_lookup_link(
        self, titles_csv, tmp_path, shows_by_id
    ):
        rows = [{"name": "The Imperfects", "imdb_id": "tt0014502728"}]

        run_import("tvmaze-titles", titles_csv(rows), tmp_path / "kb")

        show = shows_by_id(tmp_path / "kb")["the-imperfects"]
        assert show["ids"] == {"imdb": "tt0014502728"}  # as the source writes it
        assert show["sources"][0]["url"] == "https://api.tvmaze.com/lookup/shows?imdb=tt0014502728"
        assert show["status"] == "unknown"
        assert "TVMaze show index data from 2022-10" in show["status_note"]
        assert set(show) == {"id", "title", "ids", "status", "status_note", "sources"}

    def test_ids_of_two_sources_of_one_show_are_both_written(
        self, titles_csv, series_csv, tmp_path, shows_by_id
    ):
        run_import(
            "tvmaze-series",
            series_csv([{"id": "169", "name": "Breaking Bad", "weight": "99", "show_rating": ""}]),
            tmp_path / "kb",
        )
        titles = [{"name": "Breaking Bad", "imdb_id": "tt0903747"}]
        run_import("tvmaze-titles", titles_csv(titles), tmp_path / "kb")

        show = shows_by_id(tmp_path / "kb")["breaking-bad"]
        assert show["ids"] == {"tvmaze": "169", "imdb": "tt0903747"}

    def test_same_name_and_imdb_id_twice_is_one_show(self, titles_csv, tmp_path, load_shows):
        rows = [{"name": "Full House", "imdb_id": "tt0092359"}] * 2

        report = run_import("tvmaze-titles", titles_csv(rows), tmp_path / "kb")

        assert report.merged == 1
        assert len(load_shows(tmp_path / "kb")) == 1

    def test_malformed_imdb_id_is_reported(self, titles_csv, tmp_path):
        rows = [{"name": "Odd", "imdb_id": "nm0000123"}]

        report = run_import("tvmaze-titles", titles_csv(rows), tmp_path / "kb")

        assert report.skipped_rows == ((2, "malformed IMDb id in 'imdb_id': 'nm0000123'"),)

    def test_non_latin_titles_get_a_stable_fallback_id(self, titles_csv, tmp_path, load_shows):
        rows = [
            {"name": "Великолепный век", "imdb_id": "tt1885102"},
            {"name": "半沢直樹", "imdb_id": ""},
        ]

        run_import("tvmaze-titles", titles_csv(rows), tmp_path / "kb")

        titles = {show["id"]: show["title"] for show in load_shows(tmp_path / "kb")}
        assert titles == {"show-tt1885102": "Великолепный век", "show-tvmaze-titles-3": "半沢直樹"}
