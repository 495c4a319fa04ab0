"""The Netflix catalogue: TV shows only, what the catalogue knows, bad rows reported."""

from __future__ import annotations

from bot.importing import run_import

STRANGER_THINGS = {
    "show_id": "s7",
    "type": "TV Show",
    "title": "Stranger Things",
    "cast": "Winona Ryder, David Harbour, Finn Wolfhard",
    "date_added": "4-Jul-19",
    "release_year": "2019",
    "duration": "3 Seasons",
    "listed_in": "TV Horror, TV Mysteries",
}
MOVIE = {
    "show_id": "s1",
    "type": "Movie",
    "title": "Dick Johnson Is Dead",
    "date_added": "25-Sep-21",
    "release_year": "2020",
    "duration": "90 min",
}


def test_tv_shows_are_imported_and_movies_counted_as_out_of_scope(
    netflix_csv, tmp_path, load_shows
):
    report = run_import("netflix", netflix_csv([MOVIE, STRANGER_THINGS]), tmp_path / "kb")

    assert (report.rows_read, report.imported, report.filtered, report.skipped) == (2, 1, 1, 0)
    assert [show["title"] for show in load_shows(tmp_path / "kb")] == ["Stranger Things"]


def test_a_show_gets_network_seasons_and_cast_names(netflix_csv, tmp_path, shows_by_id):
    run_import("netflix", netflix_csv([STRANGER_THINGS]), tmp_path / "kb")

    show = shows_by_id(tmp_path / "kb")["stranger-things"]
    assert show["network"] == "Netflix"
    assert show["seasons"] == [{"number": 1}, {"number": 2}, {"number": 3}]
    assert show["cast"] == [
        {"name": "Winona Ryder"},
        {"name": "David Harbour"},
        {"name": "Finn Wolfhard"},
    ]
    assert show["sources"][0]["published"] == "2021-09"
    assert show["sources"][0]["title"].startswith("Netflix catalogue")


def test_release_year_is_not_taken_for_the_premiere(netflix_csv, tmp_path, shows_by_id):
    # Stranger Things premiered in 2016; the catalogue's 2019 is its latest season.
    run_import("netflix", netflix_csv([STRANGER_THINGS]), tmp_path / "kb")

    assert "premiered" not in shows_by_id(tmp_path / "kb")["stranger-things"]


def test_status_is_unknown_and_the_note_says_what_the_catalogue_knew(
    netflix_csv, tmp_path, shows_by_id
):
    run_import("netflix", netflix_csv([STRANGER_THINGS]), tmp_path / "kb")

    show = shows_by_id(tmp_path / "kb")["stranger-things"]
    assert show["status"] == "unknown"
    assert show["status_note"] == (
        "The Netflix catalogue data from 2021-09 lists 3 seasons, dates its addition "
        "to Netflix 2019-07-04, and records no renewal or cancellation."
    )


def test_both_date_added_spellings_are_read(netflix_csv, tmp_path, load_shows):
    rows = [
        {**STRANGER_THINGS, "date_added": "25-Sep-21"},
        {**STRANGER_THINGS, "show_id": "s8", "title": "Other", "date_added": " July 1, 2017"},
    ]

    report = run_import("netflix", netflix_csv(rows), tmp_path / "kb")

    assert report.skipped_rows == ()
    notes = [show["status_note"] for show in load_shows(tmp_path / "kb")]
    assert any("2017-07-01" in note for note in notes)
    assert any("2021-09-25" in note for note in notes)


def test_bad_rows_are_reported_with_their_line(netflix_csv, tmp_path):
    rows = [
        STRANGER_THINGS,
        {**STRANGER_THINGS, "title": "  "},
        {**STRANGER_THINGS, "date_added": "31-Feb-21"},
        {**STRANGER_THINGS, "duration": "90 min"},
        {**STRANGER_THINGS, "type": "Podcast"},
    ]

    report = run_import("netflix", netflix_csv(rows), tmp_path / "kb")

    assert report.skipped_rows == (
        (3, "no title ('title' is empty)"),
        (4, "bad date in 'date_added': '31-Feb-21' (no such day)"),
        (5, "bad 'duration' for a TV show: '90 min' (expected 'N Seasons')"),
        (6, "unknown 'type': 'Podcast' (expected 'TV Show' or 'Movie')"),
    )
    assert report.rows_read == 5
    assert report.shows_written == 1


def test_line_numbers_count_physical_lines_when_a_cell_spans_lines(netflix_csv, tmp_path):
    rows = [
        {**MOVIE, "description": "A description\nover two lines"},
        {**STRANGER_THINGS, "title": ""},
    ]

    report = run_import("netflix", netflix_csv(rows), tmp_path / "kb")

    # Header is line 1, the movie takes lines 2-3, so the bad row starts on line 4.
    assert report.skipped_rows == ((4, "no title ('title' is empty)"),)


def test_a_title_with_a_line_break_is_cleaned(netflix_csv, tmp_path, load_shows):
    rows = [{**STRANGER_THINGS, "title": "The Memphis Belle: A Story of a\nFlying Fortress"}]

    run_import("netflix", netflix_csv(rows), tmp_path / "kb")

    assert load_shows(tmp_path / "kb")[0]["title"] == (
        "The Memphis Belle: A Story of a Flying Fortress"
    )
