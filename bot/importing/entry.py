"""One show on its way into the knowledge base, and how two descriptions of it combine.

Importers never write YAML directly: every CSV row becomes an :class:`Entry`, entries of the same
show are merged, and only then are ids assigned and files written. Keeping this step separate is
what lets a second import (another data set) merge into the files a first one wrote.

An entry carries the source's own ids (``ids``: TVMaze, IMDb), written as the show's ``ids``
field and read back from it (or, from files written before that field, from the source URLs:
:func:`keys_from_url`); ``imdb`` and ``tvmaze`` hold them normalised, for matching.
"""

from __future__ import annotations

import contextlib
import datetime as dt
import re
from collections.abc import Iterable, Mapping
from dataclasses import dataclass, field
from typing import Any

from bot.core.fields import EXTERNAL_SOURCES
from bot.core.schema import SHOW_FIELDS

from .provenance import BACKED_ORDER, merge_backing, stated_facts

__all__ = [
    "CONTRACT_FIELDS",
    "ENDED",
    "UNKNOWN",
    "Dataset",
    "Entry",
    "imdb_key",
    "keys_from_url",
]

#: Status values this package may write. Importers only ever *know* that a show ended (an end
#: date); everything else is ``unknown`` (to the source), with a note saying what it knew.
UNKNOWN = "unknown"
ENDED = "ended"

#: The show fields of the knowledge format, in the order we write them: the loader's own list,
#: so the importer can never write a field the loader would reject.
CONTRACT_FIELDS = tuple(SHOW_FIELDS)

_ID_ORDER = list(EXTERNAL_SOURCES)
_IMDB_IN_URL = re.compile(r"[?&]imdb=(tt\d+)")
_TVMAZE_IN_URL = re.compile(r"tvmaze\.com/shows/(\d+)")

DateValue = dt.date | str

_SEASON_FACTS = ("status", "premiered", "release", "episodes")
"""Season fields an import may write beside ``number`` (read back for the next merge)."""


@dataclass(frozen=True, slots=True)
class Dataset:
    """Where a row came from: written into every show's ``sources`` and status notes."""

    name: str
    """The SOURCE name on the command line, e.g. ``tvmaze-top``."""
    label: str
    """Short name used inside sentences, e.g. ``TVMaze top shows``."""
    title: str
    """Full attribution with licence note, written as ``sources[].title``."""
    snapshot: str
    """``YYYY-MM`` the data describes; written as ``updated``."""
    rank: int
    """Which data set wins when two disagree on a field (lower wins): the richer, newer one."""
    url: str | None = None
    """The data set's public page, used when a row has no page of its own."""

    @property
    def opening(self) -> str:
        """The label at the start of a sentence: "The Netflix catalogue"."""
        return self.label[:1].upper() + self.label[1:]

    @property
    def data_from(self) -> str:
        """What a status note cites, at the start of a sentence: "The Netflix catalogue data
        from 2021-09" (an answer goes on "I don't have a confirmed status for X; the ...")."""
        named = self.label if self.label.startswith("the ") else f"the {self.label}"
        return f"The{named[3:]} data from {self.snapshot}"


def imdb_key(imdb_id: str) -> str:
    """``tt0317390`` and ``tt317390`` name the same title; TVMaze stores both spellings."""
    return "tt" + imdb_id[2:].lstrip("0")


def keys_from_url(url: str) -> tuple[str | None, str | None]:
    """The (IMDb key, TVMaze id) a source URL written by this package encodes."""
    imdb = _IMDB_IN_URL.search(url)
    tvmaze = _TVMAZE_IN_URL.search(url)
    return (
        imdb_key(imdb.group(1)) if imdb else None,
        tvmaze.group(1) if tvmaze else None,
    )


def _year(value: DateValue | None) -> int | None:
    if value is None:
        return None
    if isinstance(value, dt.date):
        return value.year
    return int(value[:4]) if value[:4].isdigit() else None


def _date_value(value: Any) -> DateValue | None:
    """A date as YAML loaded it: ``date``, ``'2024-06'`` or the int ``2024``."""
    if value is None:
        return None
    if isinstance(value, dt.datetime):
        return value.date()
    if isinstance(value, dt.date):
        return value
    text = str(value)
    if len(text) == 10:  # a full date written as text (JSON-style shards)
        with contextlib.suppress(ValueError):
            return dt.date.fromisoformat(text)
    return text


@dataclass(slots=True, eq=False)
class Entry:
    """A show being imported. Mutable on purpose: merging folds other entries into it."""

    title: str
    datasets: set[str]
    rank: int
    order: str
    """Stable tie-breaker for ordering same-title shows (data set and line, or old id)."""
    fallback: str
    """The id to use when the title has no Latin letters to slug."""
    status: str = UNKNOWN
    status_date: DateValue | None = None
    status_note: str | None = None
    finale: DateValue | None = None
    aliases: list[str] = field(default_factory=list)
    network: str | None = None
    premiered: DateValue | None = None
    summary: str | None = None
    genres: list[str] = field(default_factory=list)
    seasons: int = 0
    season_facts: dict[int, dict[str, Any]] = field(default_factory=dict)
    """Per season number, its other season fields (``premiered``, ``release``, ``episodes``)."""
    episodes: int | None = None
    runtime: int | None = None
    cast: list[tuple[str, str | None]] = field(default_factory=list)
    reception: dict[str, Any] = field(default_factory=dict)
    popularity: float | None = None
    sources: list[dict[str, Any]] = field(default_factory=list)
    updated: str | None = None
    """Not written by the CSV importers: a data set's date is its source's ``published``, and
    answers say "as of" the date of the source behind each fact. A live feed that checked
    the show sets it."""
    backed: dict[str, str] = field(default_factory=dict)
    """Fact (``status``, ``cast`` ...: ``sources[].backs`` names) -> the ``sources[].title``
    of the data set it came from; written as each source's ``backs``."""
    imdb: set[str] = field(default_factory=set)
    tvmaze: set[str] = field(default_factory=set)
    ids: dict[str, str] = field(default_factory=dict)
    """The ids as the sources write them (``tt0903747``), written as the ``ids`` field."""
    latest_year: int | None = None
    """A year the show is known to have aired in (Netflix ``release_year``); not written."""
    id: str = ""
    label: str | None = None
    """``Title (Network, Year)`` when the id had to be disambiguated; written as an alias."""

    @classmethod
    def from_row(
        cls,
        dataset: Dataset,
        line: int,
        title: str,
        *,
        key: str | None = None,
        url: str | None = None,
        **facts: Any,
    ) -> Entry:
        """A fresh entry for one CSV row, attributed to its data set.

        ``key`` is the row's own id in the data set (IMDb id, TVMaze id, ``s123``); it makes the
        fallback id of a title with no Latin letters stable across re-imports. ``ids`` (in
        ``facts``: ``{"tvmaze": "169", "imdb": "tt0903747"}``) are written as the show's ``ids``
        and matched by when merging; the source's ``published`` is the data set's snapshot.
        """
        source = {"title": dataset.title}
        link = url or dataset.url
        if link:
            source["url"] = link
        source["published"] = dataset.snapshot
        entry = cls(
            title=title,
            datasets={dataset.name},
            rank=dataset.rank,
            order=f"{dataset.name}:{line:09d}",
            fallback=f"show-{key or f'{dataset.name}-{line}'}".lower(),
            sources=[source],
            **facts,
        )
        entry.backed = dict.fromkeys(stated_facts(entry), dataset.title)
        # the ids are what merging matches by, however a source gives them
        if "imdb" in entry.ids:
            entry.imdb.add(imdb_key(entry.ids["imdb"]))
        if "tvmaze" in entry.ids:
            entry.tvmaze.add(str(entry.ids["tvmaze"]))
        return entry

    # -- matching ---------------------------------------------------------------------------

    @property
    def year(self) -> int | None:
        return _year(self.premiered)

    def _same_premiere(self, other: Entry) -> bool | None:
        """Compared as precisely as both sides know it; ``None`` when one does not know.

        Full dates when both have them: "Big Brother" premiered in 2000 in both the US and the
        UK, on different days.
        """
        mine, theirs = self.premiered, other.premiered
        if mine is None or theirs is None:
            return None
        if isinstance(mine, dt.date) and isinstance(theirs, dt.date):
            return mine == theirs
        return _year(mine) == _year(theirs)

    def shares_key(self, other: Entry) -> bool:
        """Positive evidence that two same-title entries are one show."""
        return bool(
            (self.imdb & other.imdb) or (self.tvmaze & other.tvmaze) or self._same_premiere(other)
        )

    def conflicts(self, other: Entry) -> bool:
        """Evidence that two same-title entries are different shows."""
        if self.imdb and other.imdb and not self.imdb & other.imdb:
            return True
        if self.tvmaze and other.tvmaze and not self.tvmaze & other.tvmaze:
            return True
        if self._same_premiere(other) is False:
            return True
        mine, theirs = self.year, other.year
        # A show cannot have aired a season before it premiered.
        return bool(
            (mine is not None and other.latest_year is not None and other.latest_year < mine)
            or (theirs is not None and self.latest_year is not None and self.latest_year < theirs)
        )

    # -- merging ----------------------------------------------------------------------------

    def absorb(self, other: Entry) -> None:
        """Fold ``other`` (the same show) into this entry.

        Single facts come from the better-ranked data set when both know them, so the result does
        not depend on which file was imported first. Lists are unioned. A known status (an end
        date) beats an unverified one.
        """
        first, second = (self, other) if self.rank <= other.rank else (other, self)
        decided = second if first.status == UNKNOWN and second.status != UNKNOWN else first
        self.backed = merge_backing(first, second, decided)
        self.status, self.status_date, self.status_note, self.finale = (
            decided.status,
            decided.status_date,
            decided.status_note,
            decided.finale,
        )
        self.title = first.title
        self.network = first.network or second.network
        self.premiered = first.premiered or second.premiered
        self.summary = first.summary or second.summary
        self.genres = first.genres or second.genres
        self.seasons = max(self.seasons, other.seasons)
        self.season_facts = {
            n: {**second.season_facts.get(n, {}), **first.season_facts.get(n, {})}
            for n in sorted({*first.season_facts, *second.season_facts})
        }
        self.episodes = first.episodes if first.episodes is not None else second.episodes
        self.runtime = first.runtime or second.runtime
        self.cast = _merge_cast(first.cast, second.cast)
        self.reception = {**second.reception, **first.reception}
        popularities = [p for p in (self.popularity, other.popularity) if p is not None]
        self.popularity = max(popularities) if popularities else None
        self.sources = _merge_sources(first.sources, second.sources)
        self.updated = max(filter(None, (self.updated, other.updated)), default=None)
        self.aliases = _unique(first.aliases + second.aliases, exclude=self.title)
        self.imdb |= other.imdb
        self.tvmaze |= other.tvmaze
        self.ids = {**second.ids, **first.ids}
        self.latest_year = max(filter(None, (self.latest_year, other.latest_year)), default=None)
        self.datasets |= other.datasets
        self.rank = first.rank
        self.order = min(self.order, other.order)
        self.fallback = first.fallback

    # -- YAML -------------------------------------------------------------------------------

    def to_yaml(self) -> dict[str, Any]:
        """The show as a knowledge-format mapping: only contract fields, empty ones left out."""
        show: dict[str, Any] = {"id": self.id, "title": self.title}
        aliases = _unique([*self.aliases, *([self.label] if self.label else [])], self.title)
        if aliases:
            show["aliases"] = aliases
        if self.ids:
            show["ids"] = {name: self.ids[name] for name in sorted(self.ids, key=_ID_ORDER.index)}
        if self.network:
            show["network"] = self.network
        if self.premiered is not None:
            show["premiered"] = self.premiered
        if self.finale is not None:
            show["finale"] = self.finale
        show["status"] = self.status
        if self.status_date is not None:
            show["status_date"] = self.status_date
        if self.status_note:
            show["status_note"] = self.status_note
        if self.summary:
            show["summary"] = self.summary
        if self.genres:
            show["genres"] = list(self.genres)
        last = max([self.seasons, *self.season_facts])
        if last:
            show["seasons"] = [
                {"number": n, **self.season_facts.get(n, {})} for n in range(1, last + 1)
            ]
        if self.episodes is not None:
            show["episodes"] = self.episodes
        if self.runtime is not None:
            show["runtime"] = self.runtime
        if self.reception:
            show["reception"] = dict(self.reception)
        if self.cast:
            show["cast"] = [
                {"name": name, "role": role} if role else {"name": name} for name, role in self.cast
            ]
        if self.popularity is not None:
            show["popularity"] = self.popularity
        if self.sources:
            show["sources"] = [self._source_yaml(source) for source in self.sources]
        if self.updated:
            show["updated"] = self.updated
        return show

    def _source_yaml(self, source: Mapping[str, Any]) -> dict[str, Any]:
        written = dict(source)
        backs = [fact for fact, title in self.backed.items() if title == source.get("title")]
        if backs:
            written["backs"] = sorted(backs, key=BACKED_ORDER.index)
        else:
            written.pop("backs", None)
        return written

    @classmethod
    def from_yaml(cls, show: Mapping[str, Any], datasets: Mapping[str, Dataset]) -> Entry | None:
        """Read back a show this package wrote earlier, so a new import can merge into it.

        ``datasets`` maps ``sources[].title`` to its data set. Returns ``None`` for a show that
        is not ours (no source we know): such a show is left alone rather than half-understood.
        """
        sources = [
            {
                key: _date_value(value) if key == "published" else str(value)
                for key, value in source.items()
                if key in ("url", "title", "published") and value is not None
            }
            for source in show.get("sources") or ()
            if isinstance(source, Mapping)
        ]
        backed = {
            str(fact): str(source["title"])
            for source in show.get("sources") or ()
            if isinstance(source, Mapping) and isinstance(source.get("title"), str)
            for fact in source.get("backs") or ()
            if fact in BACKED_ORDER
        }
        known = [
            datasets[named]
            for s in sources
            if isinstance(named := s.get("title"), str) and named in datasets
        ]
        title = show.get("title")
        if not known or not isinstance(title, str) or not title:
            return None
        # Written before sources were dated: date them by their data set, and drop the
        # entry-wide `updated` (the newest data of all), which dated every fact alike.
        undated = not any("published" in source for source in sources)
        for source in sources:
            dataset = datasets.get(str(source.get("title")))
            if dataset is not None and "published" not in source:
                source["published"] = dataset.snapshot
        imdb: set[str] = set()
        tvmaze: set[str] = set()
        written = show.get("ids")
        ids = (
            {str(k): str(v) for k, v in written.items() if k in _ID_ORDER and v is not None}
            if isinstance(written, Mapping)
            else {}
        )
        for source in sources:
            url = source.get("url")
            imdb_id, tvmaze_id = keys_from_url(url if isinstance(url, str) else "")
            imdb.update([imdb_id] if imdb_id else [])
            tvmaze.update([tvmaze_id] if tvmaze_id else [])
        if "imdb" in ids:
            imdb.add(imdb_key(ids["imdb"]))
        if "tvmaze" in ids:
            tvmaze.add(ids["tvmaze"])
        old_id = str(show.get("id") or "")
        label = f"{title} ("
        season_items = [s for s in show.get("seasons") or () if isinstance(s, Mapping)]
        seasons = [s.get("number") for s in season_items]
        return cls(
            title=title,
            datasets={d.name for d in known},
            rank=min(d.rank for d in known),
            order=f"~{old_id}",
            fallback=old_id,
            status=str(show.get("status") or UNKNOWN),
            status_date=_date_value(show.get("status_date")),
            status_note=show.get("status_note"),
            finale=_date_value(show.get("finale")),
            summary=show.get("summary"),
            genres=[g for g in show.get("genres") or () if isinstance(g, str)],
            episodes=show.get("episodes") if isinstance(show.get("episodes"), int) else None,
            runtime=show.get("runtime") if isinstance(show.get("runtime"), int) else None,
            # Disambiguation aliases are ours and are recomputed on every write.
            aliases=[
                a
                for a in show.get("aliases") or ()
                if isinstance(a, str) and not (a.startswith(label) and a.endswith(")"))
            ],
            network=show.get("network"),
            premiered=_date_value(show.get("premiered")),
            seasons=max((n for n in seasons if isinstance(n, int)), default=0),
            season_facts={
                s["number"]: {
                    key: _date_value(value) if key in ("premiered", "release") else value
                    for key, value in s.items()
                    if key in _SEASON_FACTS and value is not None
                }
                for s in season_items
                if isinstance(s.get("number"), int) and any(key in s for key in _SEASON_FACTS)
            },
            cast=[
                (str(c["name"]), c.get("role"))
                for c in show.get("cast") or ()
                if isinstance(c, Mapping) and c.get("name")
            ],
            reception=dict(show.get("reception") or {}),
            popularity=show.get("popularity"),
            sources=sources,
            updated=(
                str(show["updated"]) if show.get("updated") is not None and not undated else None
            ),
            imdb=imdb,
            tvmaze=tvmaze,
            ids=ids,
            backed=backed,
        )


def _unique(items: Iterable[str], exclude: str) -> list[str]:
    seen = {exclude.casefold()}
    result = []
    for item in items:
        if item.casefold() not in seen:
            seen.add(item.casefold())
            result.append(item)
    return result


def _merge_cast(
    first: list[tuple[str, str | None]], second: list[tuple[str, str | None]]
) -> list[tuple[str, str | None]]:
    merged = {name.casefold(): (name, role) for name, role in first}
    for name, role in second:
        key = name.casefold()
        if key not in merged:
            merged[key] = (name, role)
        elif merged[key][1] is None and role:
            merged[key] = (merged[key][0], role)
    return list(merged.values())


def _merge_sources(
    first: list[dict[str, Any]], second: list[dict[str, Any]]
) -> list[dict[str, Any]]:
    seen = set()
    result = []
    for source in first + second:
        key = (source.get("title"), source.get("url"))
        if key not in seen:
            seen.add(key)
            result.append(source)
    return result
