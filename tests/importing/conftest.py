"""Fixtures for importer tests: tiny CSV files written per test, and a contract check.

The contract check is written from the table in issue 2 (section 2) on purpose, not imported
from the importer, so that a field the importer invents is caught.
"""

from __future__ import annotations

import csv
import datetime as dt
import re
from collections.abc import Callable, Sequence
from pathlib import Path
from typing import Any

import pytest
import yaml

SHOW_FIELDS = {
    "id",
    "title",
    "aliases",
    "ids",
    "network",
    "premiered",
    "finale",
    "status",
    "status_date",
    "status_note",
    "summary",
    "genres",
    "seasons",
    "episodes",
    "runtime",
    "reasons",
    "reception",
    "viewership",
    "outlook",
    "creators",
    "companies",
    "cast",
    "popularity",
    "sources",
    "updated",
}
SEASON_FIELDS = {"number", "status", "premiered", "release", "episodes", "note"}
CAST_FIELDS = {"name", "role", "next"}
SOURCE_FIELDS = {"url", "title", "published", "backs"}
STATUSES = {
    "in_development",
    "airing",
    "returning",
    "renewed",
    "undecided",
    "unknown",
    "canceled",
    "ended",
}
#: The C loader when PyYAML has it: the pure-Python one takes seconds on a few thousand shows.
SAFE_LOADER = getattr(yaml, "CSafeLoader", yaml.SafeLoader)
_SLUG = re.compile(r"[a-z0-9]+(?:-[a-z0-9]+)*")
_DATE_TEXT = re.compile(r"\d{4}(?:-\d{2}(?:-\d{2})?)?")

TOP_HEADER = [
    "Name",
    "Summary",
    "Average Runtime",
    "End Date",
    "Premiere Date",
    "Genres",
    "Type",
    "Language",
    "Network",
    "Rating",
    "Schedule (days)",
    "Schedule (time)",
    "Total Seasons",
    "Total Episodes",
    "Character Names",
    "Person Names",
    "Official Site",
]
NETFLIX_HEADER = [
    "show_id",
    "type",
    "title",
    "director",
    "cast",
    "country",
    "date_added",
    "release_year",
    "rating",
    "duration",
    "listed_in",
    "description",
]
SERIES_HEADER = ["id", "name", "weight", "show_rating", "type", "genres", "runtime_class"]
TITLES_HEADER = ["name", "imdb_id"]


@pytest.fixture
def write_csv(tmp_path: Path) -> Callable[..., Path]:
    """Write rows (dicts; missing cells are empty) under a header, CRLF like the real files."""

    def write(name: str, header: Sequence[str], rows: Sequence[dict[str, str]]) -> Path:
        path = tmp_path / name
        with path.open("w", encoding="utf-8", newline="") as handle:
            writer = csv.DictWriter(handle, fieldnames=list(header), lineterminator="\r\n")
            writer.writeheader()
            for row in rows:
                writer.writerow({key: row.get(key, "") for key in header})
        return path

    return write


def load_shows(out: Path) -> list[dict[str, Any]]:
    """Every show in the importer's shards, in file order."""
    shows: list[dict[str, Any]] = []
    for path in sorted(out.glob("shows-*.yaml")):
        document = yaml.load(path.read_bytes(), Loader=SAFE_LOADER)
        assert isinstance(document, dict)
        assert list(document) == ["shows"], f"{path.name}: the only key must be 'shows'"
        shows.extend(_with_dates(show) for show in document["shows"])
    return shows


def _with_dates(value: Any) -> Any:
    """Shards are YAML's JSON-compatible flow style, where a full date is a "YYYY-MM-DD"
    string; the loader reads it as a date, and so do these tests."""
    if isinstance(value, dict):
        return {key: _with_dates(item) for key, item in value.items()}
    if isinstance(value, list):
        return [_with_dates(item) for item in value]
    if isinstance(value, str) and len(value) == 10 and value[4] == "-" and value[7] == "-":
        try:
            return dt.date.fromisoformat(value)
        except ValueError:
            return value
    return value


def shows_by_id(out: Path) -> dict[str, dict[str, Any]]:
    return {show["id"]: show for show in load_shows(out)}


def _check_date(value: Any, where: str) -> None:
    if isinstance(value, dt.date):
        return
    assert isinstance(value, str), f"{where}: date must be a YAML date or a string"
    assert _DATE_TEXT.fullmatch(value), f"{where}: {value!r} is not YYYY[-MM[-DD]]"


def check_contract(shows: Sequence[dict[str, Any]]) -> None:
    """Assert every show uses only contract fields, with the contract's types."""
    ids = [show.get("id") for show in shows]
    assert len(ids) == len(set(ids)), "ids must be unique"
    for show in shows:
        where = f"show {show.get('id')!r}"
        assert set(show) <= SHOW_FIELDS, f"{where}: unknown fields {set(show) - SHOW_FIELDS}"
        assert isinstance(show["id"], str)
        assert _SLUG.fullmatch(show["id"]), f"{where}: id is not a lowercase slug"
        assert isinstance(show["title"], str)
        assert show["title"].strip()
        assert show["status"] in STATUSES
        for key in ("premiered", "finale", "status_date", "updated"):
            if key in show:
                _check_date(show[key], f"{where}.{key}")
        for key in ("network", "status_note"):
            assert isinstance(show.get(key, ""), str), f"{where}.{key}"
        assert all(isinstance(alias, str) for alias in show.get("aliases", []))
        for season in show.get("seasons", []):
            assert set(season) <= SEASON_FIELDS
            assert isinstance(season["number"], int)
            assert season["number"] >= 1
        numbers = [season["number"] for season in show.get("seasons", [])]
        assert numbers == list(range(1, len(numbers) + 1))
        for member in show.get("cast", []):
            assert set(member) <= CAST_FIELDS
            assert isinstance(member["name"], str)
            assert "next" not in member, "the importer knows nothing about what cast did next"
        assert isinstance(show.get("reception", {}), dict)
        popularity = show.get("popularity", 0)
        assert isinstance(popularity, int | float)
        assert popularity >= 0
        assert show.get("sources"), f"{where}: every imported show names its source"
        for source in show["sources"]:
            assert set(source) <= SOURCE_FIELDS
            assert isinstance(source.get("title"), str)
            _check_date(source["published"], f"{where}.sources.published")  # the data's date
        assert "updated" not in show, "nobody checked an imported show: its sources are dated"
        assert "status" in {fact for source in show["sources"] for fact in source.get("backs", [])}
        assert show["status"] in ("unknown", "ended"), "an import only knows that a show ended"
        assert show.get("status_note"), "the note says what the source knew"


@pytest.fixture(name="load_shows")
def load_shows_fixture() -> Callable[[Path], list[dict[str, Any]]]:
    return load_shows


@pytest.fixture(name="shows_by_id")
def shows_by_id_fixture() -> Callable[[Path], dict[str, dict[str, Any]]]:
    return shows_by_id


@pytest.fixture(name="check_contract")
def check_contract_fixture() -> Callable[[Sequence[dict[str, Any]]], None]:
    return check_contract


RowsWriter = Callable[[Sequence[dict[str, str]]], Path]


@pytest.fixture
def top_csv(write_csv: Callable[..., Path]) -> RowsWriter:
    """tvmaze_top_shows_with_cast.csv rows; give dates as that file has them (swapped)."""
    return lambda rows, name="top.csv": write_csv(name, TOP_HEADER, rows)


@pytest.fixture
def netflix_csv(write_csv: Callable[..., Path]) -> RowsWriter:
    return lambda rows, name="netflix.csv": write_csv(name, NETFLIX_HEADER, rows)


@pytest.fixture
def series_csv(write_csv: Callable[..., Path]) -> RowsWriter:
    return lambda rows, name="series.csv": write_csv(name, SERIES_HEADER, rows)


@pytest.fixture
def titles_csv(write_csv: Callable[..., Path]) -> RowsWriter:
    return lambda rows, name="titles.csv": write_csv(name, TITLES_HEADER, rows)
