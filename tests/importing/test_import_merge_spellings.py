"""Merging across titles: two spellings of one title with evidence, or one id under two titles."""

from __future__ import annotations

from bot.importing import run_import
from bot.importing.entry import Entry
from bot.importing.merge import merge_entries
from bot.importing.tvmaze import SERIES, TOP

GENRES = "['Action', 'Anime']"


def _top(
    name: str, rating: str = "8.5", network: str = "TV Tokyo", premiered: str = "2/15/2007"
) -> dict[str, str]:
    return {
        "Name": name,
        "End Date": premiered,  # the premiere: this file's date columns are swapped
        "Network": network,
        "Rating": rating,
        "Genres": GENRES,
    }


def _series(tvmaze_id: str, name: str, rating: str = "8.6") -> dict[str, str]:
    return {
        "id": tvmaze_id,
        "name": name,
        "weight": "99",
        "show_rating": rating,
        "type": "Animation",
        "genres": "Action|Anime",
    }


def test_a_spelling_variant_rated_alike_by_tvmaze_becomes_one_show(
    top_csv, series_csv, titles_csv, tmp_path, load_shows
):
    out = tmp_path / "kb"
    run_import("tvmaze-top", top_csv([_top("Naruto: Shippūden")]), out)

    report = run_import("tvmaze-series", series_csv([_series("488", "Naruto: Shippuuden")]), out)

    assert report.merged == 1
    (show,) = load_shows(out)
    assert show["id"] == "naruto-shippuden"  # the richer data set's title and id
    assert show["aliases"] == ["Naruto: Shippuuden"]
    assert (show["network"], show["ids"]) == ("TV Tokyo", {"tvmaze": "488"})
    # a later data set's row of the other spelling finds the show by its alias
    run_import(
        "tvmaze-titles", titles_csv([{"name": "Naruto: Shippuuden", "imdb_id": "tt0988824"}]), out
    )
    (show,) = load_shows(out)
    assert show["ids"] == {"tvmaze": "488", "imdb": "tt0988824"}


def test_importing_again_or_in_the_other_order_changes_nothing(top_csv, series_csv, tmp_path):
    top = top_csv([_top("Naruto: Shippūden")])
    series = series_csv([_series("488", "Naruto: Shippuuden")])
    for source, file in (("tvmaze-top", top), ("tvmaze-series", series), ("tvmaze-series", series)):
        run_import(source, file, tmp_path / "a")
    for source, file in (("tvmaze-series", series), ("tvmaze-top", top), ("tvmaze-top", top)):
        run_import(source, file, tmp_path / "b")

    assert (tmp_path / "a" / "shows-0001.yaml").read_bytes() == (
        tmp_path / "b" / "shows-0001.yaml"
    ).read_bytes()


def test_a_spelling_variant_without_evidence_stays_apart(
    top_csv, series_csv, netflix_csv, tmp_path, load_shows
):
    out = tmp_path / "kb"
    run_import("tvmaze-top", top_csv([_top("Naruto: Shippūden"), _top("Haikyu!!")]), out)

    rated_apart = series_csv([_series("488", "Naruto: Shippuuden", rating="7.9")])
    run_import("tvmaze-series", rated_apart, out)
    run_import("netflix", netflix_csv([{"type": "TV Show", "title": "Haikyuu!!"}]), out)

    assert len(load_shows(out)) == 4


def test_a_translated_title_is_another_show(top_csv, series_csv, tmp_path, load_shows):
    out = tmp_path / "kb"
    run_import("tvmaze-top", top_csv([_top("Good Morning, Verônica", network="Netflix")]), out)

    report = run_import("tvmaze-series", series_csv([_series("1", "Bom dia, Verônica")]), out)

    assert report.merged == 0
    assert len(load_shows(out)) == 2


def test_a_spelling_two_shows_fit_is_not_merged(top_csv, series_csv, tmp_path, load_shows):
    out = tmp_path / "kb"
    hakuoki = [
        _top("Hakuoki", network="TV Kanagawa", premiered="4/4/2010"),
        _top("Hakuōki", network="Tokyo MX", premiered="10/1/2021"),
    ]
    run_import("tvmaze-top", top_csv(hakuoki), out)

    report = run_import("tvmaze-series", series_csv([_series("7", "Hakuouki")]), out)

    assert report.merged == 0
    assert len(load_shows(out)) == 3


def test_a_show_two_spellings_fit_is_not_merged(top_csv, series_csv, tmp_path, load_shows):
    out = tmp_path / "kb"
    run_import("tvmaze-top", top_csv([_top("Haikyu!!")]), out)

    rows = [_series("1", "Haikyuu!!"), _series("2", "Haikyuu")]
    report = run_import("tvmaze-series", series_csv(rows), out)

    assert report.merged == 0
    assert len(load_shows(out)) == 3


def test_spellings_rated_alike_under_different_tvmaze_ids_stay_apart() -> None:
    facts = {"reception": {"tvmaze": 8.5}, "genres": ["Action", "Anime"]}
    top = Entry.from_row(TOP, 2, "Naruto: Shippūden", ids={"tvmaze": "488"}, **facts)
    series = Entry.from_row(SERIES, 2, "Naruto: Shippuuden", ids={"tvmaze": "12"}, **facts)
    entries = [top]

    assert merge_entries(entries, [series], SERIES.name) == 0
    assert entries == [top, series]


def test_a_show_renamed_between_two_snapshots_stays_one_show(series_csv, tmp_path, load_shows):
    out = tmp_path / "kb"
    run_import("tvmaze-series", series_csv([_series("66", "The Newsroom")], name="2021.csv"), out)

    renamed = [_series("66", "The Newsroom (2012)"), _series("67", "The Newsroom")]
    report = run_import("tvmaze-series", series_csv(renamed, name="2022.csv"), out)

    assert report.merged == 1
    by_id = {show["ids"]["tvmaze"]: show for show in load_shows(out)}
    assert by_id["66"]["title"] == "The Newsroom"  # the entry made first keeps its title
    assert by_id["66"]["aliases"] == ["The Newsroom (2012)"]
    assert sorted(by_id) == ["66", "67"]
