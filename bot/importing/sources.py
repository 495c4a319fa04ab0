"""The SOURCE names ``showbot import`` accepts, and how each one's rows are read.

Adding a format means writing a row parser and one :class:`SourceSpec` here; the runner, the
merge step and the writer do not change.
"""

from __future__ import annotations

from collections.abc import Callable, Mapping
from dataclasses import dataclass

from . import netflix, tvmaze
from .entry import Dataset, Entry
from .errors import ImporterError

__all__ = ["SOURCES", "SourceSpec", "get_source", "list_sources"]

RowParser = Callable[[Mapping[str, str], int], Entry | None]


@dataclass(frozen=True, slots=True)
class SourceSpec:
    """One importable format."""

    name: str
    description: str
    """One line for ``showbot import --help`` and error messages."""
    filename: str
    """The file this format was written for, in ``shared/data``."""
    dataset: Dataset
    columns: tuple[str, ...]
    """Columns that must be in the header; their absence means the wrong SOURCE was given."""
    parse: RowParser
    """Turns one row into an entry; ``None`` for a row that is out of scope (a movie)."""


SOURCES: Mapping[str, SourceSpec] = {
    spec.name: spec
    for spec in (
        SourceSpec(
            name="tvmaze-top",
            description=(
                "TVMaze top ~2.5k shows with cast, network, dates, seasons, rating (2024-06)"
            ),
            filename="tvmaze_top_shows_with_cast.csv",
            dataset=tvmaze.TOP,
            columns=tvmaze.TOP_COLUMNS,
            parse=tvmaze.parse_top_row,
        ),
        SourceSpec(
            name="netflix",
            description="Netflix catalogue: TV shows with cast and season count (2021-09)",
            filename="netflix_titles.csv",
            dataset=netflix.NETFLIX,
            columns=netflix.COLUMNS,
            parse=netflix.parse_row,
        ),
        SourceSpec(
            name="tvmaze-series",
            description="TVMaze ~33k shows with TVMaze id, weight and rating (2022-08)",
            filename="tvmaze_series_data.csv",
            dataset=tvmaze.SERIES,
            columns=tvmaze.SERIES_COLUMNS,
            parse=tvmaze.parse_series_row,
        ),
        SourceSpec(
            name="tvmaze-titles",
            description="TVMaze show index: ~61k titles with IMDb ids, nothing else (2022-10)",
            filename="tvmaze_show_titles.csv",
            dataset=tvmaze.TITLES,
            columns=tvmaze.TITLES_COLUMNS,
            parse=tvmaze.parse_titles_row,
        ),
    )
}

#: ``sources[].title`` -> data set, to recognise shows an earlier import wrote.
DATASETS_BY_TITLE: Mapping[str, Dataset] = {
    spec.dataset.title: spec.dataset for spec in SOURCES.values()
}


def list_sources() -> tuple[SourceSpec, ...]:
    """Every supported SOURCE, richest data first."""
    return tuple(sorted(SOURCES.values(), key=lambda spec: spec.dataset.rank))


def get_source(name: str) -> SourceSpec:
    try:
        return SOURCES[name]
    except KeyError:
        known = ", ".join(spec.name for spec in list_sources())
        raise ImporterError(f"unknown source {name!r}; choose one of: {known}") from None
