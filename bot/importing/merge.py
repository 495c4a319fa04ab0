"""Deciding which imported rows describe the same show.

A wrong merge is worse than a duplicate: it would give one show another's cast and status, while a
duplicate only makes the bot ask "which one?". So two entries are merged only when their
normalised titles are equal, nothing contradicts it (different IMDb/TVMaze ids or premiere
years), and there is positive evidence:

1. a shared IMDb id, TVMaze id or premiere year;
2. or, on a re-import of the same data set, the entry that data set created last time (paired
   one to one, so importing a file twice changes nothing);
3. or the title is unambiguous on both sides: one show of that title already in the base from
   another data set, and one row of that title in the new file. Most sources share no id
   (the Netflix catalogue has none at all), so without this rule nothing would ever merge;
4. or, where several shows share the title, TVMaze rated them alike (`RATING_CLOSE`) under the
   same genres, one to one (`_rated_alike`): TVMaze's top shows and its series data share no
   id, but both carry TVMaze's rating.

One check only works in one direction: a Netflix row's ``release_year`` (a season out that year)
rules out a show that premiered later, but it is not a knowledge field, so it is gone once the
Netflix rows are written. Importing the richer sources first gets the most out of it; on the real
files it decides one show of 227 ("Intelligence", CBS 2014 vs. the Canadian 2005 series).
"""

from __future__ import annotations

from collections import Counter, defaultdict
from collections.abc import Iterable

from .entry import Entry
from .ids import normalize_title

__all__ = ["merge_entries"]


def merge_entries(existing: list[Entry], incoming: Iterable[Entry], dataset: str) -> int:
    """Fold ``incoming`` rows of ``dataset`` into ``existing`` (extended in place).

    Returns how many incoming rows were merged into another entry instead of becoming one.
    """
    rows = [(normalize_title(row.title), row) for row in incoming]
    by_title: dict[str, list[Entry]] = defaultdict(list)
    for entry in existing:
        by_title[normalize_title(entry.title)].append(entry)
    rows_per_title = Counter(key for key, _ in rows)
    rows_by_title: dict[str, list[Entry]] = defaultdict(list)
    for key, row in rows:
        rows_by_title[key].append(row)

    claimed: set[int] = set()  # ids of entries already matched (or created) by this import
    merged = 0
    for key, row in rows:
        candidates = by_title[key]
        target = _match(row, candidates, dataset, claimed, sole_row=rows_per_title[key] == 1)
        if target is None:
            target = _rated_alike(row, candidates, rows_by_title[key], claimed)
        if target is None:
            candidates.append(row)
            existing.append(row)
            claimed.add(id(row))
        else:
            target.absorb(row)
            claimed.add(id(target))
            merged += 1
    return merged


def _match(
    row: Entry, candidates: list[Entry], dataset: str, claimed: set[int], *, sole_row: bool
) -> Entry | None:
    for entry in candidates:
        if entry.shares_key(row) and not entry.conflicts(row):
            return entry
    for entry in candidates:
        if dataset in entry.datasets and id(entry) not in claimed and not entry.conflicts(row):
            return entry
    others = [entry for entry in candidates if dataset not in entry.datasets]
    if sole_row and len(others) == 1:
        (entry,) = others
        if id(entry) not in claimed and not entry.conflicts(row):
            return entry
    return None


RATING_CLOSE = 0.25
"""TVMaze ratings of one show read from two data sets of different years differ by this much
at most (The Office: 8.5 in 2024, 8.3 in 2022; its British namesake 7.7 and 7.6)."""


def _rated_alike(
    row: Entry, candidates: list[Entry], siblings: list[Entry], claimed: set[int]
) -> Entry | None:
    """The one entry of the same title that TVMaze rated alike and filed under the same
    genres, when it is alike to this row alone: the data sets with TVMaze's ratings share no
    id, and the four shows called The Office, Shameless or Being Human are told apart by
    exactly this (evidence rule 4)."""
    alike = [
        entry
        for entry in candidates
        if id(entry) not in claimed and _alike(entry, row) and not entry.conflicts(row)
    ]
    if len(alike) != 1:
        return None
    (entry,) = alike
    if any(other is not row and _alike(entry, other) for other in siblings):
        return None  # two rows fit it: which one is not for a guess
    return entry


def _alike(one: Entry, other: Entry) -> bool:
    mine, theirs = one.reception.get("tvmaze"), other.reception.get("tvmaze")
    if not isinstance(mine, int | float) or not isinstance(theirs, int | float):
        return False
    genres = {g.casefold() for g in one.genres}
    return (
        bool(genres)
        and genres == {g.casefold() for g in other.genres}
        and abs(mine - theirs) <= RATING_CLOSE
    )
