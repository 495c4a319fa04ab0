"""Layers of one knowledge directory: hand-written shows beat imported ones.

An admin keeps imports (`showbot import ... --out kb/imported`) and their own files in one
directory. When both describe the same show, the hand-written entry is the one answered from,
whole: the imported entry is dropped, not merged field by field, so what the admin wrote is
exactly what the bot says (a field they left out is not filled in from a data set they chose
to correct). Two entries are the same show when they share an external id (`ids`), or have
the same title and premiere year, or, when one of them gives no premiere (the Netflix
catalogue never does), the same title and network; never when both give an id of one source
and the ids differ.

A file is imported when it starts with the header `showbot import` writes (`IMPORT_HEADER`);
every other file is hand-written. Nothing else about the two kinds of files differs.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from typing import Final

from bot.core.models import Show
from bot.core.text import fold

IMPORT_HEADER: Final = "# Written by `showbot import`"
"""How every file `showbot import` writes begins, and how the loader knows such a file."""


def is_imported(data: bytes) -> bool:
    """Whether the bytes of a knowledge file are a file written by `showbot import`."""
    return data.startswith(IMPORT_HEADER.encode())


@dataclass(frozen=True, slots=True)
class Override:
    """An imported entry that a hand-written one replaces, and why they are the same show."""

    imported: Show
    by: Show
    reason: str
    """`same imdb id tt0903747`, or `same title and premiere year (2008)`."""

    def __str__(self) -> str:
        return (
            f"{self.imported.origin}: {self.imported.id}: overridden by {self.by.id} "
            f"({self.by.origin}): {self.reason}"
        )


def overrides(hand_written: Sequence[Show], imported: Sequence[Show]) -> list[Override]:
    """Every imported show that a hand-written show describes too, in the imported order."""
    by_id: dict[tuple[str, str], Show] = {}
    by_title: dict[tuple[str, int | str], Show] = {}
    for show in hand_written:
        for pair in show.external_ids():
            by_id.setdefault(_id_key(pair), show)
        title = fold(show.title)
        if show.premiered is not None:
            by_title.setdefault((title, show.premiered.year), show)
        if show.network:
            by_title.setdefault((title, fold(show.network)), show)
    if not by_id and not by_title:
        return []
    found = []
    for show in imported:
        match = _same_show(show, by_id, by_title)
        if match is not None:
            found.append(Override(show, *match))
    return found


def _same_show(
    show: Show, by_id: dict[tuple[str, str], Show], by_title: dict[tuple[str, int | str], Show]
) -> tuple[Show, str] | None:
    for pair in show.external_ids():
        owner = by_id.get(_id_key(pair))
        if owner is not None:
            return owner, f"same {pair[0]} id {pair[1]}"
    title = fold(show.title)
    if show.premiered is not None:
        year = show.premiered.year
        owner = by_title.get((title, year))
        if owner is not None and not _different_ids(show, owner):
            return owner, f"same title and premiere year ({year})"
    if show.network:
        owner = by_title.get((title, fold(show.network)))
        if (
            owner is not None
            and (show.premiered is None or owner.premiered is None)
            and not _different_ids(show, owner)
        ):
            return owner, f"same title and network ({show.network}; no premiere year to compare)"
    return None


def _different_ids(one: Show, other: Show) -> bool:
    """Both give an id of one source, and the ids differ: twins of one title and year."""
    theirs = dict(_id_key(pair) for pair in other.external_ids())
    return any(
        source in theirs and theirs[source] != value
        for source, value in map(_id_key, one.external_ids())
    )


def _id_key(pair: tuple[str, str]) -> tuple[str, str]:
    """IMDb writes `tt0903747` and `tt903747` for one title; case never matters."""
    source, value = pair
    value = value.strip().casefold()
    if source == "imdb" and value.startswith("tt"):
        value = "tt" + (value[2:].lstrip("0") or "0")
    return source, value
