"""One complete, valid, immutable view of the knowledge base, and how it is indexed.

`build_snapshot` turns checked shows into a `Snapshot`; a reload passes the snapshot it
replaces so that indexes built from unchanged names are reused instead of rebuilt.
"""

from __future__ import annotations

import datetime as dt
import logging
import time
from collections import defaultdict
from collections.abc import Mapping, Sequence
from dataclasses import dataclass, field
from pathlib import Path
from types import MappingProxyType

from bot.core.characters import Character, character_index, characters_of
from bot.core.compact import release
from bot.core.entries import entries_of
from bot.core.matching import Entry, NameIndex
from bot.core.models import Show, Work
from bot.core.questions import FUNCTION_WORDS
from bot.core.schema import Problem
from bot.core.text import fold_many

log = logging.getLogger(__name__)


@dataclass(frozen=True, slots=True)
class Person:
    """Someone (or a company) credited in the base, with everything the base knows they did."""

    name: str
    roles: tuple[tuple[str, str | None], ...]
    """(show id, role) for every show that credits them."""
    next: tuple[Work, ...]


@dataclass(frozen=True)
class Snapshot:
    """One complete, valid, immutable view of the knowledge base."""

    root: Path
    shows: tuple[Show, ...]
    by_id: Mapping[str, Show]
    titles: NameIndex
    people: tuple[Person, ...]
    people_index: NameIndex
    characters: tuple[Character, ...]
    """Every character the casts name ("who plays nucky thompson", no show named)."""
    character_index: NameIndex
    """The names of `characters`, each character the owner of its names."""
    warnings: tuple[Problem, ...]
    files: int
    loaded_at: dt.datetime
    load_seconds: float
    labelled: frozenset[str] = field(repr=False)
    """Ids of the shows whose title another show shares (labelled with network and year)."""
    positions: Mapping[str, int] = field(repr=False, default_factory=dict)
    """Each show's place in `shows` by id: the owner the indexes know it by."""
    labels: Mapping[str, str] = field(repr=False, default_factory=dict)
    """By id, the label of each labelled show whose "Title (Network, year)" another show of
    that title also has (or that has neither): one with an external id or the show's id, so
    that no "which one" list ever offers one label twice."""
    overridden: tuple[Show, ...] = field(repr=False, default=())
    """Imported shows left out because a hand-written show replaces them (`bot.core.layers`),
    in load order."""

    def show_label(self, show: Show) -> str:
        """The title, with network and year when another show has the same title; never the
        label of another show."""
        if show.id not in self.labelled:
            return show.title
        return self.labels.get(show.id) or show.label


def build_snapshot(
    root: Path,
    shows: Sequence[Show],
    *,
    warnings: Sequence[Problem] = (),
    files: int = 0,
    started: float | None = None,
    folded: Sequence[str] | None = None,
    previous: Snapshot | None = None,
    overridden: Sequence[Show] = (),
) -> Snapshot:
    """Index valid shows into a snapshot (also used by tests and the benchmark).

    `folded` is every show's title and aliases, folded, in order, when the caller has them.
    `overridden` are the imported shows that hand-written ones replace: kept only to say so.
    An index of `previous` is reused when what it was built from is unchanged.
    """
    started = time.perf_counter() if started is None else started
    ordered = tuple(shows)
    if folded is None:
        folded = fold_many([name for show in ordered for name in (show.title, *show.aliases)])
    credits_kept = previous is not None and _same_credits(previous.shows, ordered)
    people = previous.people if credits_kept else _people(ordered)  # type: ignore[union-attr]
    if previous is not None and _same_names(previous.people, people):
        people_index = previous.people_index
    else:
        entries = [Entry((p.name,)) for p in people]
        people_index = NameIndex(entries, FUNCTION_WORDS, completion=False, short_forms=False)
        release(entries)
    if previous is not None and _same_casts(previous.shows, ordered):
        characters, roles = previous.characters, previous.character_index
    else:
        characters = characters_of(ordered)
        roles = character_index(
            characters, (previous.characters, previous.character_index) if previous else None
        )
    labelled = _sharing_a_title(ordered, folded)
    labels = distinct_labels([show for show in ordered if show.id in labelled])
    titles = _title_index(ordered, folded, previous)
    snapshot = Snapshot(
        root=root,
        shows=ordered,
        by_id=MappingProxyType({show.id: show for show in ordered}),
        titles=titles,
        people=people,
        people_index=people_index,
        characters=characters,
        character_index=roles,
        warnings=tuple(warnings),
        files=files,
        loaded_at=dt.datetime.now(dt.UTC),
        load_seconds=time.perf_counter() - started,
        labelled=labelled,
        positions=_positions(ordered, previous),
        labels=MappingProxyType(labels),
        overridden=tuple(overridden),
    )
    log.info("loaded %d shows from %d files in %.2fs", len(ordered), files, snapshot.load_seconds)
    return snapshot


def _sharing_a_title(shows: Sequence[Show], folded: Sequence[str]) -> frozenset[str]:
    """Ids of the shows whose title another show shares. A function of its own, so that its
    map of every title is freed before the title index is built, not held through it."""
    first_with_title: dict[str, str] = {}
    labelled: set[str] = set()
    position = 0
    for show in shows:
        first = first_with_title.setdefault(folded[position], show.id)
        if first != show.id:
            labelled.update((first, show.id))
        position += 1 + len(show.aliases)
    return frozenset(labelled)


def _positions(shows: Sequence[Show], previous: Snapshot | None) -> Mapping[str, int]:
    """Each show's place by id: the previous snapshot's map when every show keeps its id and
    place (most reloads), rather than a second map of 100,000 ids alive beside it."""
    if (
        previous is not None
        and len(previous.shows) == len(shows)
        and all(
            before is after or before.id == after.id
            for before, after in zip(previous.shows, shows, strict=True)
        )
    ):
        return previous.positions
    return MappingProxyType({show.id: i for i, show in enumerate(shows)})


_ID_NAMES = {"tvmaze": "TVMaze", "imdb": "IMDb", "tmdb": "TMDB", "netflix": "Netflix"}


def distinct_labels(labelled: Sequence[Show]) -> dict[str, str]:
    """By id, a label for each show whose `Show.label` another of `labelled` shares, or that
    says nothing more than the title: the label with the show's first external id ("The
    Office (TVMaze 526)"), else its id, which no other show has."""
    counts: dict[str, int] = defaultdict(int)
    for show in labelled:
        counts[show.label.casefold()] += 1
    out = {}
    for show in labelled:
        label = show.label
        if counts[label.casefold()] == 1 and label != show.title:
            continue
        if show.ids:
            source, value = show.external_ids()[0]
            extra = f"{_ID_NAMES.get(source, source)} {value}"
        else:
            extra = show.id
        out[show.id] = f"{label[:-1]}, {extra})" if label != show.title else f"{label} ({extra})"
    return out


def _title_index(
    shows: Sequence[Show],
    folded: Sequence[str],
    previous: Snapshot | None,
) -> NameIndex:
    """The title index of `shows`: the previous one when nothing it knows changed, its name
    structures with new popularity and context when only those changed, else a new one."""
    names_kept, owners_kept = _unchanged(previous.shows, shows) if previous else (False, False)
    if names_kept and owners_kept:
        return previous.titles  # type: ignore[union-attr]
    entries = entries_of(shows)
    if names_kept:
        index = previous.titles.with_owners(entries)  # type: ignore[union-attr]
    else:
        index = NameIndex(
            entries,
            FUNCTION_WORDS,
            folded=folded,
            previous=previous.titles if previous is not None else None,
        )
    release(entries)
    return index


def _unchanged(old: Sequence[Show], new: Sequence[Show]) -> tuple[bool, bool]:
    """Whether, show by show, the names are the same; and the popularity and context words too.
    A Python loop (a tenth of a second for 100,000 shows, the event loop free to run) against
    seconds to build the title index again. A show that a re-import made popular gets the
    initials the index makes up for popular shows at the next full build (a name changed, or a
    restart), not in the meantime: rebuilding for that would double the reload's time and peak
    memory."""
    if len(old) != len(new):
        return False, False
    owners_kept = True
    for before, after in zip(old, new, strict=True):
        if before is after:
            continue
        if before.title != after.title or before.aliases != after.aliases:
            return False, False
        owners_kept = owners_kept and (
            before.popularity == after.popularity
            and before.network == after.network
            and before.premiered == after.premiered
        )
    return True, owners_kept


def _same_casts(old: Sequence[Show], new: Sequence[Show]) -> bool:
    """Whether every show keeps its id and cast, so the characters are the same: a reload
    that moved popularity or statuses need not split every role again."""
    return len(old) == len(new) and all(
        before is after or (before.id == after.id and before.cast == after.cast)
        for before, after in zip(old, new, strict=True)
    )


def _same_credits(old: Sequence[Show], new: Sequence[Show]) -> bool:
    """Whether every show keeps its id, cast, companies and creators, so that the people are
    the same: a reload then keeps the people it replaces instead of gathering 100,000 shows'
    credits again beside them."""
    return len(old) == len(new) and all(
        before is after
        or (
            before.id == after.id
            and before.cast == after.cast
            and before.companies == after.companies
            and before.creators == after.creators
        )
        for before, after in zip(old, new, strict=True)
    )


def _same_names(old: Sequence[Person], new: Sequence[Person]) -> bool:
    """Whether the people index of `old` fits `new` (it knows their names only)."""
    return len(old) == len(new) and all(
        before.name == after.name for before, after in zip(old, new, strict=True)
    )


def _people(shows: Sequence[Show]) -> tuple[Person, ...]:
    """Everyone credited, once per folded name, with every show and next work of theirs."""
    roles: dict[str, list[tuple[str, str | None]]] = defaultdict(list)
    works: dict[str, list[Work]] = defaultdict(list)
    names: dict[str, str] = {}
    credits: list[tuple[str, str, str | None, tuple[Work, ...]]] = []
    for show in shows:  # most shows credit nobody: test before making anything
        if show.cast:
            credits.extend((show.id, c.name, c.role, c.next) for c in show.cast)
        if show.companies:
            credits.extend((show.id, c.name, None, c.next) for c in show.companies)
        if show.creators:
            credits.extend((show.id, name, "creator", ()) for name in show.creators)
    keys = fold_many([name for _, name, _, _ in credits])
    for (show_id, name, role, next_works), key in zip(credits, keys, strict=True):
        names.setdefault(key, name)
        if (show_id, role) not in roles[key]:
            roles[key].append((show_id, role))
        if next_works:
            works[key].extend(w for w in next_works if w not in works[key])
    return tuple(
        Person(name=names[key], roles=tuple(roles[key]), next=tuple(works[key])) for key in names
    )
