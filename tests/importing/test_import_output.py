"""The files an import writes: the knowledge format's shape, shards, determinism, atomicity."""

from __future__ import annotations

import datetime as dt
import os

import pytest
import yaml

from bot.importing import SHOWS_PER_FILE, run_import, yamlio

SAMPLES = {
    "tvmaze-top": (
        "top_csv",
        [
            {
                "Name": "Breaking Bad",
                "End Date": "1/20/2008",
                "Premiere Date": "10/11/2019",
                "Network": "AMC",
                "Rating": "9.2",
                "Total Seasons": "5",
                "Person Names": "0-Bryan Cranston",
                "Character Names": "0-Walter White",
            },
            {"Name": "One Piece", "End Date": "10/20/1999", "Network": "Fuji TV"},
            {"Name": "Yes", "End Date": "1/1/2001"},  # a title YAML would read as a bool
        ],
    ),
    "netflix": (
        "netflix_csv",
        [
            {"show_id": "s2", "type": "TV Show", "title": "Blood & Water", "cast": "Ama Qamata"},
            {"show_id": "s3", "type": "TV Show", "title": "null", "duration": "2 Seasons"},
        ],
    ),
    "tvmaze-series": (
        "series_csv",
        [{"id": "1", "name": "Under the Dome", "weight": "99", "show_rating": "6.5"}],
    ),
    "tvmaze-titles": (
        "titles_csv",
        [{"name": "Anders och Måns", "imdb_id": ""}, {"name": "1983", "imdb_id": "tt6890582"}],
    ),
}


@pytest.mark.parametrize("source", sorted(SAMPLES))
def test_output_is_valid_yaml_with_only_contract_fields(
    source, request, tmp_path, load_shows, check_contract
):
    fixture, rows = SAMPLES[source]
    file = request.getfixturevalue(fixture)(rows)

    run_import(source, file, tmp_path / "kb")

    shows = load_shows(tmp_path / "kb")
    assert len(shows) == len(rows)
    check_contract(shows)


def test_titles_that_look_like_other_types_stay_strings(top_csv, netflix_csv, tmp_path, load_shows):
    out = tmp_path / "kb"
    run_import("tvmaze-top", top_csv([{"Name": "Yes", "End Date": "1/1/2001"}]), out)
    run_import("netflix", netflix_csv([{"show_id": "s1", "type": "TV Show", "title": "null"}]), out)

    assert sorted(show["title"] for show in load_shows(out)) == ["Yes", "null"]


def test_big_imports_are_sharded_sorted_and_deterministic(titles_csv, tmp_path, load_shows):
    rows = [{"name": f"Show {n:04d}", "imdb_id": f"tt{n:07d}"} for n in range(2345, 0, -1)]
    file = titles_csv(rows)

    report = run_import("tvmaze-titles", file, tmp_path / "a")
    run_import("tvmaze-titles", file, tmp_path / "b", merge=False)

    names = [path.name for path in report.files]
    assert names == ["shows-0001.yaml", "shows-0002.yaml", "shows-0003.yaml"]
    counts = [path.read_text().count('\n{"id": ') for path in report.files]
    assert counts == [SHOWS_PER_FILE, SHOWS_PER_FILE, 345]
    ids = [show["id"] for show in load_shows(tmp_path / "a")]
    assert ids == sorted(ids)
    for name in names:
        assert (tmp_path / "a" / name).read_bytes() == (tmp_path / "b" / name).read_bytes()


def test_shards_left_over_from_a_bigger_base_are_removed(titles_csv, tmp_path):
    out = tmp_path / "kb"
    many = [{"name": f"Show {n}", "imdb_id": ""} for n in range(1500)]
    run_import("tvmaze-titles", titles_csv(many), out)

    run_import("tvmaze-titles", titles_csv(many[:10], name="few.csv"), out, merge=False)

    assert sorted(path.name for path in out.iterdir()) == ["shows-0001.yaml"]


def test_no_temporary_files_are_left_behind(top_csv, tmp_path):
    out = tmp_path / "kb"

    run_import("tvmaze-top", top_csv([{"Name": "Lost", "End Date": "9/22/2004"}]), out)

    assert [path.name for path in out.iterdir()] == ["shows-0001.yaml"]


def test_files_get_normal_permissions_not_private_temp_file_ones(top_csv, tmp_path):
    umask = os.umask(0o022)
    os.umask(umask)

    report = run_import("tvmaze-top", top_csv([{"Name": "Lost"}]), tmp_path / "kb")

    assert report.files[0].stat().st_mode & 0o777 == 0o666 & ~umask


def test_dates_are_written_as_full_or_partial_date_strings(top_csv, tmp_path):
    rows = [{"Name": "Lost", "End Date": "9/22/2004", "Premiere Date": "5/23/2010"}]

    run_import("tvmaze-top", top_csv(rows), tmp_path / "kb")

    text = (tmp_path / "kb" / "shows-0001.yaml").read_text()
    assert '"premiered": "2004-09-22"' in text
    assert '"finale": "2010-05-23"' in text
    assert '"published": "2024-06"' in text
    assert "&id" not in text  # no YAML anchors, even though shows share source objects


TRICKY = [
    "yes",
    "No",
    "on",
    "OFF",
    "null",
    "~",
    "",
    "Falsehood",
    "trueish",
    "nothing at all",
    "1983",
    "0x1F",
    "1e3",
    "12:30",
    ".inf",
    "2020-01-01",
    "2020-01",
    "- dash",
    "a: b",
    "#hashtag",
    "' quote",
    "Ünïcödé ✓ 日本",
    " leading space",
    "<<",
    "=",
    "tab\there",
]


def test_fast_yaml_writes_exactly_what_pyyaml_writes():
    data = {
        "shows": [
            {"title": text, "aliases": [text, text.upper()], "n": 1.5, "d": dt.date(2020, 1, 2)}
            for text in TRICKY
        ]
    }

    text = yamlio.dump(data)

    class NoAnchors(getattr(yaml, "CSafeDumper", yaml.SafeDumper)):
        def ignore_aliases(self, data):
            return True

    expected = yaml.dump(data, Dumper=NoAnchors, allow_unicode=True, sort_keys=False, width=4096)
    assert text == expected
    assert yaml.safe_load(text) == data


def test_fast_yaml_reads_what_pyyaml_reads(tmp_path):
    path = tmp_path / "x.yaml"
    path.write_text(
        "base: &b {network: ABC}\nshows:\n- <<: *b\n  title: yes\n  when: 2020-01-02\n"
        "  n: 3\n  x: ~\n  t: 'yes'\n",
        encoding="utf-8",
    )

    assert yamlio.load(path) == yaml.safe_load(path.read_text())
