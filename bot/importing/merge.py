"""Deciding which imported rows describe the same show.

A wrong merge is worse than a duplicate: it would give one show another's cast and status, while a
duplicate only makes the bot ask "which one?". So two entries of the same normalised title (or
one entry's title and the other's alias, a spelling merged earlier) are merged only when nothing
contradicts it (different IMDb/TVMaze ids or premiere years, :meth:`Entry.conflicts`), and there
is positive evidence:

1. a shared IMDb id, TVMaze id or premiere year;
2. or, on a re-import of the same data set, the entry that data set created last time (paired
   one to one, so importing a file twice changes nothing);
3. or the title is unambiguous on both sides: one show of that title already in the base from
   another data set, and one row of that title in the new file. Most sources share no id
   (the Netflix catalogue has none at all), so without this rule nothing would ever merge;
4. or, where several shows share the title, TVMaze rated them alike (`RATING_CLOSE`) under the
   same genres, one to one (`_rated_alike`): TVMaze's top shows and its series data share no
   id, but both carry TVMaze's rating. Failing that, one to one again, TVMaze rated them
   within `RATING_NEAR` under genres one of which holds the other (`_kindred`): the two data
   sets are two years apart, and the older one files fewer genres (Heroes: Action and
   Science-Fiction in 2022, Drama too in 2024, 7.7 in both).

A row that none of these placed is then compared with the shows of earlier imports under other
titles (`_across_titles`), one to one both ways (never when two shows fit the row, or two rows
the show), again only when nothing contradicts it:

5. a shared IMDb or TVMaze id, whatever the titles (a show renamed between two snapshots);
6. or titles that are spellings of one title (``ids.spelling_variants``: "Naruto: Shippūden"
   and "Naruto: Shippuuden", not translations), of a show of another data set, with TVMaze's
   ratings and genres alike as in rule 4, or the same premiere year and network.

The entry of the richer data set keeps its title (and so its id); the other spelling becomes an
alias, which is also what rules 1-4 match a later import's rows by. On the real files rule 6
merges one pair (Naruto: Shippūden, TV Tokyo 2007, rated 8.5 by the top shows and 8.6 by the
series data), and rule 5 none: TVMaze ids come from the series data alone, IMDb ids from the
show index alone, and neither file gives one id two titles.

One check only works in one direction: a Netflix row's ``release_year`` (a season out that year)
rules out a show that premiered later, but it is not a knowledge field, so it is gone once the
Netflix rows are written. Importing the richer sources first gets the most out of it; on the real
files it decides one show of 227 ("Intelligence", CBS 2014 vs. the Canadian 2005 series).
"""

from __future__ import annotations

from collections import Counter, defaultdict
from collections.abc import Callable, Iterable

from .entry import Entry
from .ids import normalize_title, spelling_key, spelling_variants

__all__ = ["merge_entries"]


def merge_entries(existing: list[Entry], incoming: Iterable[Entry], dataset: str) -> int:
    """Fold ``incoming`` rows of ``dataset`` into ``existing`` (extended in place).

    Returns how many incoming rows were merged into another entry instead of becoming one.
    """
    earlier = list(existing)
    rows = [(normalize_title(row.title), row) for row in incoming]
    by_title: dict[str, list[Entry]] = defaultdict(list)
    for entry in existing:
        for name in _names(entry):
            by_title[name].append(entry)
    rows_per_title = Counter(key for key, _ in rows)
    rows_by_title: dict[str, list[Entry]] = defaultdict(list)
    for key, row in rows:
        rows_by_title[key].append(row)

    claimed: set[int] = set()  # ids of entries already matched (or created) by this import
    created: list[Entry] = []
    merged = 0
    for key, row in rows:
        candidates = by_title[key]
        target = _match(row, candidates, dataset, claimed, sole_row=rows_per_title[key] == 1)
        if target is None:
            target = _rated_alike(row, candidates, rows_by_title[key], claimed, _alike)
        if target is None:
            target = _rated_alike(row, candidates, rows_by_title[key], claimed, _kindred)
        if target is None:
            candidates.append(row)
            existing.append(row)
            created.append(row)
            claimed.add(id(row))
        else:
            target.absorb(row)
            claimed.add(id(target))
            merged += 1
    unclaimed = [entry for entry in earlier if id(entry) not in claimed]
    folded = _across_titles(unclaimed, created, dataset)
    if folded:
        existing[:] = [entry for entry in existing if id(entry) not in folded]
    return merged + len(folded)


def _names(entry: Entry) -> set[str]:
    """The normalised titles an entry is known by: its title and the spellings it absorbed."""
    return {normalize_title(name) for name in (entry.title, *entry.aliases)}


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


RATING_NEAR = 0.5
"""The widest gap between TVMaze's ratings of one show in the two data sets seen on the real
files (Survivor: 7.7 in 2022, 7.3 in 2024); Queer as Folk's 1999 original and its 2022 remake
are 0.7 apart."""


def _rated_alike(
    row: Entry,
    candidates: list[Entry],
    siblings: list[Entry],
    claimed: set[int],
    alike: Callable[[Entry, Entry], bool],
) -> Entry | None:
    """The one entry of the same title that is ``alike`` this row, when it is alike to this
    row alone: the data sets with TVMaze's ratings share no id, and the four shows called
    The Office, Shameless or Being Human are told apart by exactly this (evidence rule 4)."""
    fits = [
        entry
        for entry in candidates
        if id(entry) not in claimed and alike(entry, row) and not entry.conflicts(row)
    ]
    if len(fits) != 1:
        return None
    (entry,) = fits
    if any(other is not row and alike(entry, other) for other in siblings):
        return None  # two rows fit it: which one is not for a guess
    if any(other is not entry and alike(other, row) for other in candidates):
        return None  # a claimed namesake fits the row too
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


def _kindred(one: Entry, other: Entry) -> bool:
    """TVMaze rated both within `RATING_NEAR` and filed them under genres one of which
    holds the other, both named."""
    mine, theirs = one.reception.get("tvmaze"), other.reception.get("tvmaze")
    if not isinstance(mine, int | float) or not isinstance(theirs, int | float):
        return False
    genres = {g.casefold() for g in one.genres}
    others = {g.casefold() for g in other.genres}
    return (
        bool(genres and others)
        and (genres <= others or others <= genres)
        and abs(mine - theirs) <= RATING_NEAR
    )


def _across_titles(earlier: list[Entry], created: list[Entry], dataset: str) -> set[int]:
    """Fold the entries this import ``created`` into ``earlier`` ones of other titles, by
    evidence rules 5 and 6, one to one both ways; returns the ids of the folded entries."""
    index = _Index(earlier, by_title=any(_has_evidence(entry) for entry in created))
    fits = [
        (entry, [old for old in index.near(entry) if _fits(old, entry, dataset)])
        for entry in created
    ]
    fitted = Counter(id(old) for _, found in fits for old in found)
    folded: set[int] = set()
    for entry, found in fits:
        if len(found) == 1 and fitted[id(found[0])] == 1:
            (old,) = found
            _fold(old, entry)
            folded.add(id(entry))
    return folded


def _fits(old: Entry, new: Entry, dataset: str) -> bool:
    if old.conflicts(new):
        return False
    if (old.imdb & new.imdb) or (old.tvmaze & new.tvmaze):
        return True  # rule 5
    if dataset in old.datasets:
        return False  # a data set's own rows were paired with its entries by title (rule 2)
    return (_alike(old, new) or _same_start(old, new)) and any(
        spelling_variants(mine, theirs) for mine in _names(old) for theirs in _names(new)
    )


def _same_start(one: Entry, other: Entry) -> bool:
    """The same premiere year and the same network, both known."""
    return (
        one.year is not None
        and one.year == other.year
        and bool(one.network and other.network)
        and str(one.network).casefold() == str(other.network).casefold()
    )


def _fold(old: Entry, new: Entry) -> None:
    """``old.absorb(new)``, keeping the title the merged entry does not carry as an alias."""
    titles = (old.title, new.title)
    old.absorb(new)
    kept = _names(old)
    for title in titles:
        if normalize_title(title) not in kept:
            old.aliases.append(title)
            kept.add(normalize_title(title))


def _has_evidence(entry: Entry) -> bool:
    """Whether rule 6 could ever hold for the entry: a TVMaze rating and genres, or a premiere
    and a network. Only such entries are indexed by title; most rows have neither."""
    rated = isinstance(entry.reception.get("tvmaze"), int | float) and bool(entry.genres)
    return rated or (entry.year is not None and bool(entry.network))


class _Index:
    """Earlier entries by their ids, and those rule 6 could hold for by the spelling of their
    titles (``ids.spelling_key``)."""

    def __init__(self, entries: Iterable[Entry], *, by_title: bool) -> None:
        self._by_key: dict[tuple[str, str], list[Entry]] = defaultdict(list)
        for entry in entries:
            for key in self._id_keys(entry):
                self._by_key[key].append(entry)
            if by_title and _has_evidence(entry):
                for key in self._title_keys(entry):
                    self._by_key[key].append(entry)

    def near(self, entry: Entry) -> list[Entry]:
        """The earlier entries that may be the same show as ``entry`` under another title."""
        keys = set(self._id_keys(entry))
        if _has_evidence(entry):
            keys.update(self._title_keys(entry))
        found: dict[int, Entry] = {}
        for key in keys:
            for other in self._by_key.get(key, ()):
                found.setdefault(id(other), other)
        return list(found.values())

    @staticmethod
    def _id_keys(entry: Entry) -> set[tuple[str, str]]:
        return {("imdb", key) for key in entry.imdb} | {("tvmaze", key) for key in entry.tvmaze}

    @staticmethod
    def _title_keys(entry: Entry) -> set[tuple[str, str]]:
        return {("spelling", spelling_key(name)) for name in _names(entry)}
