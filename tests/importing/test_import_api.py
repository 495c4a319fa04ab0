"""The public API the CLI uses: sources, limits, progress, reports and clear errors."""

from __future__ import annotations

import dataclasses
import re

import pytest

from bot.importing import ImporterError, ImportReport, list_sources, run_import


def test_every_source_is_listed_with_a_one_line_description():
    sources = list_sources()

    assert [source.name for source in sources] == [
        "tvmaze-top",
        "netflix",
        "tvmaze-series",
        "tvmaze-titles",
    ]
    for source in sources:
        assert source.description
        assert "\n" not in source.description
        assert source.filename.endswith(".csv")


def test_limit_is_honoured(titles_csv, tmp_path, load_shows):
    rows = [{"name": f"Show {n}", "imdb_id": ""} for n in range(10)]

    report = run_import("tvmaze-titles", titles_csv(rows), tmp_path / "kb", limit=3)

    assert report.rows_read == 3
    assert [show["title"] for show in load_shows(tmp_path / "kb")] == ["Show 0", "Show 1", "Show 2"]


def test_limit_counts_rows_out_of_scope_and_bad_rows_too(netflix_csv, tmp_path):
    rows = [
        {"show_id": "s1", "type": "Movie", "title": "A film"},
        {"show_id": "s2", "type": "TV Show", "title": ""},
        {"show_id": "s3", "type": "TV Show", "title": "Dark"},
        {"show_id": "s4", "type": "TV Show", "title": "Ozark"},
    ]

    report = run_import("netflix", netflix_csv(rows), tmp_path / "kb", limit=3)

    assert (report.rows_read, report.filtered, report.skipped, report.imported) == (3, 1, 1, 1)


def test_progress_is_reported_every_thousand_rows_and_at_the_end(titles_csv, tmp_path):
    rows = [{"name": f"Show {n}", "imdb_id": ""} for n in range(2500)]
    calls: list[tuple[int, int]] = []

    run_import(
        "tvmaze-titles", titles_csv(rows), tmp_path / "kb", progress=lambda *c: calls.append(c)
    )

    assert calls == [(1000, 2500), (2000, 2500), (2500, 2500)]


def test_progress_total_respects_the_limit(titles_csv, tmp_path):
    rows = [{"name": f"Show {n}", "imdb_id": ""} for n in range(30)]
    calls: list[tuple[int, int]] = []

    run_import(
        "tvmaze-titles",
        titles_csv(rows),
        tmp_path / "kb",
        limit=5,
        progress=lambda *c: calls.append(c),
    )

    assert calls == [(5, 5)]


def test_the_report_adds_up_and_cannot_be_changed(netflix_csv, tmp_path):
    rows = [
        {"show_id": "s1", "type": "Movie", "title": "A film"},
        {"show_id": "s2", "type": "TV Show", "title": ""},
        {"show_id": "s3", "type": "TV Show", "title": "Dark"},
    ]

    report = run_import("netflix", netflix_csv(rows), tmp_path / "kb")

    assert isinstance(report, ImportReport)
    assert report.rows_read == report.imported + report.filtered + report.skipped
    assert report.skipped_rows == ((3, "no title ('title' is empty)"),)
    assert "read 3 rows" in report.summary()
    with pytest.raises(dataclasses.FrozenInstanceError):
        report.merged = 5  # type: ignore[misc]


def test_rows_with_the_wrong_number_of_cells_are_reported(tmp_path, load_shows):
    file = tmp_path / "titles.csv"
    file.write_text("name,imdb_id\nGood,tt0000001\nToo,many,cells\nAlso Good,\n", encoding="utf-8")

    report = run_import("tvmaze-titles", file, tmp_path / "kb")

    assert report.skipped_rows == ((3, "malformed row: 3 cells, the header has 2"),)
    assert [show["title"] for show in load_shows(tmp_path / "kb")] == ["Also Good", "Good"]


def test_undecodable_bytes_are_reported_not_fatal(tmp_path, load_shows):
    file = tmp_path / "titles.csv"
    file.write_bytes(b"\xef\xbb\xbfname,imdb_id\nCaf\xe9,\nFine,\n")  # BOM, then Latin-1 bytes

    report = run_import("tvmaze-titles", file, tmp_path / "kb")

    assert report.skipped_rows == ((2, "malformed row: not valid UTF-8"),)
    assert [show["title"] for show in load_shows(tmp_path / "kb")] == ["Fine"]


def test_blank_lines_are_not_rows(tmp_path):
    file = tmp_path / "titles.csv"
    file.write_text("name,imdb_id\n\nLost,\n\n", encoding="utf-8")

    report = run_import("tvmaze-titles", file, tmp_path / "kb")

    assert (report.rows_read, report.skipped) == (1, 0)


def test_an_unbalanced_quote_is_reported_with_its_line(tmp_path):
    file = tmp_path / "titles.csv"
    file.write_text('name,imdb_id\nLost,\n"Broken,tt1\n', encoding="utf-8")

    report = run_import("tvmaze-titles", file, tmp_path / "kb")

    assert [line for line, _ in report.skipped_rows] == [3]
    assert report.shows_written == 1


@pytest.mark.parametrize(
    ("source", "file_text", "message"),
    [
        ("imdb", "name\n", "unknown source 'imdb'; choose one of: tvmaze-top, netflix"),
        ("netflix", "name,imdb_id\nLost,\n", re.escape("missing column(s) 'show_id'")),
        ("tvmaze-titles", "", "the file is empty"),
    ],
)
def test_an_import_that_cannot_run_raises_a_clear_error(source, file_text, message, tmp_path):
    file = tmp_path / "data.csv"
    file.write_text(file_text, encoding="utf-8")

    with pytest.raises(ImporterError, match=message):
        run_import(source, file, tmp_path / "kb")

    assert not (tmp_path / "kb").exists()


def test_a_missing_file_or_a_file_as_out_dir_raises_a_clear_error(titles_csv, tmp_path):
    with pytest.raises(ImporterError, match="no such file"):
        run_import("tvmaze-titles", tmp_path / "nope.csv", tmp_path / "kb")

    (tmp_path / "taken").write_text("")
    with pytest.raises(ImporterError, match="is not a directory"):
        run_import("tvmaze-titles", titles_csv([{"name": "Lost"}]), tmp_path / "taken")

    with pytest.raises(ImporterError, match="--limit"):
        run_import("tvmaze-titles", titles_csv([{"name": "Lost"}]), tmp_path / "kb", limit=-1)
