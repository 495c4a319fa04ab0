"""The knowledge base's vocabulary: small immutable values shared by every layer.

Everything here is frozen so a loaded snapshot can be shared between the event loop and the
reload thread without locks: nobody can change a show under a reader's feet.
"""

from __future__ import annotations

import datetime as dt
import enum
import functools
from dataclasses import dataclass, field


class Status(enum.StrEnum):
    """Where a show stands; the values are the knowledge format's contract."""

    IN_DEVELOPMENT = "in_development"
    AIRING = "airing"
    RETURNING = "returning"
    RENEWED = "renewed"
    UNDECIDED = "undecided"
    UNKNOWN = "unknown"
    CANCELED = "canceled"
    ENDED = "ended"

    @property
    def is_over(self) -> bool:
        """No further season is coming."""
        return self in (Status.CANCELED, Status.ENDED)

    @property
    def label(self) -> str:
        return _STATUS_LABELS[self]


_STATUS_LABELS = {
    Status.IN_DEVELOPMENT: "in development",
    Status.AIRING: "airing",
    Status.RETURNING: "returning",
    Status.RENEWED: "renewed",
    Status.UNDECIDED: "not yet decided",
    Status.UNKNOWN: "unknown",
    Status.CANCELED: "canceled",
    Status.ENDED: "ended",
}


@functools.total_ordering
@dataclass(frozen=True, slots=True)
class PartialDate:
    """A date known to the year, the month or the day.

    Admins often only know "2026" or "March 2026"; storing the precision keeps the bot from
    pretending to know a day it does not.
    """

    year: int
    month: int | None = None
    day: int | None = None

    @property
    def is_full(self) -> bool:
        return self.day is not None

    def _key(self) -> tuple[int, int, int]:
        """A month-only date sorts before every day of that month."""
        return (self.year, self.month or 0, self.day or 0)

    def __lt__(self, other: object) -> bool:
        if not isinstance(other, PartialDate):
            return NotImplemented
        return self._key() < other._key()

    def to_date(self) -> dt.date | None:
        """The calendar date, only when the day is known."""
        if self.month is None or self.day is None:
            return None
        return dt.date(self.year, self.month, self.day)

    def earliest(self) -> dt.date:
        """The first day the date could mean, for comparisons with today."""
        return dt.date(self.year, self.month or 1, self.day or 1)

    def __str__(self) -> str:
        if self.month is None:
            return f"{self.year:04d}"
        if self.day is None:
            return f"{self.year:04d}-{self.month:02d}"
        return f"{self.year:04d}-{self.month:02d}-{self.day:02d}"


@dataclass(frozen=True, slots=True)
class Work:
    """Something a person or company did next (a show, a film)."""

    title: str
    year: int | None = None
    network: str | None = None
    note: str | None = None

    def describe(self) -> str:
        """'One Piece (Netflix, 2023)': the form used in every answer."""
        extra = ", ".join(part for part in (self.network, str(self.year or "")) if part)
        return f"{self.title} ({extra})" if extra else self.title


@dataclass(frozen=True, slots=True)
class Credit:
    """A cast member or company of a show, and where they went next."""

    name: str
    role: str | None = None
    next: tuple[Work, ...] = ()


@dataclass(frozen=True, slots=True)
class Season:
    number: int
    status: Status | None = None
    premiered: PartialDate | None = None
    release: PartialDate | None = None
    episodes: int | None = None
    note: str | None = None

    @property
    def exists(self) -> bool:
        """Made (aired or airing), as opposed to announced, planned or canceled."""
        if self.status in (
            Status.CANCELED,
            Status.RENEWED,
            Status.IN_DEVELOPMENT,
            Status.UNDECIDED,
            Status.UNKNOWN,
        ):
            return self.premiered is not None and self.status is not Status.CANCELED
        return self.premiered is not None or self.release is None


@dataclass(frozen=True, slots=True)
class Source:
    url: str | None = None
    title: str | None = None
    published: PartialDate | None = None
    backs: tuple[str, ...] = ()
    """The facts this source supports ("status", "season 2", "reception", ...); empty when the
    entry does not say. Answers cite the source that backs the fact they state."""

    def describe(self) -> str:
        return self.title or self.url or "unnamed source"


@dataclass(frozen=True, slots=True)
class Show:
    """One show of the knowledge base, validated."""

    id: str
    title: str
    status: Status
    aliases: tuple[str, ...] = ()
    ids: str = ""
    """The show's own id in TVMaze, IMDb, TMDB or Netflix, as `source:id` words ("tvmaze:169
    imdb:tt0903747"): one text, not a tuple of pairs, saves some 14 MB at 100,000 imported
    shows; `external_ids()` reads it."""
    network: str | None = None
    premiered: PartialDate | None = None
    finale: PartialDate | None = None
    """When the last episode aired: a fact of the schedule, never an announcement."""
    status_date: PartialDate | None = None
    status_note: str | None = None
    summary: str | None = None
    """What the show is about, in a sentence or two."""
    genres: tuple[str, ...] = ()
    seasons: tuple[Season, ...] = ()
    episodes: int | None = None
    """Episodes in all, when the seasons do not list them."""
    runtime: int | None = None
    """A typical episode's length in minutes."""
    reasons: tuple[str, ...] = ()
    reception: tuple[tuple[str, str], ...] = ()
    viewership: tuple[str, ...] = ()
    outlook: tuple[str, ...] = ()
    creators: tuple[str, ...] = ()
    companies: tuple[Credit, ...] = ()
    cast: tuple[Credit, ...] = ()
    popularity: float = 0.0
    sources: tuple[Source, ...] = ()
    updated: PartialDate | None = None
    origin: str = field(default="", compare=False)
    """`FILE:LINE` the entry came from, for admins reading reload reports."""

    def season(self, number: int) -> Season | None:
        for season in self.seasons:
            if season.number == number:
                return season
        return None

    @property
    def last_season(self) -> int:
        """The highest season that exists (0 when none is known); not canceled or future ones."""
        return max((s.number for s in self.seasons if s.exists), default=0)

    @property
    def label(self) -> str:
        """Title with network and year, so two shows with one title can be told apart."""
        extra = ", ".join(
            part
            for part in (self.network, str(self.premiered.year) if self.premiered else None)
            if part
        )
        return f"{self.title} ({extra})" if extra else self.title

    def external_ids(self) -> tuple[tuple[str, str], ...]:
        """`(source, id)` pairs, in the order the file gives them."""
        return tuple(
            (source, value)
            for source, _, value in (word.partition(":") for word in self.ids.split())
        )

    def source_for(self, *facts: str) -> Source | None:
        """The source to cite for a fact ("status", "season 2", "reception", ...): the most
        recent of those that say they back it, else the most recent source of the entry (the
        first listed when none is dated). A source that backs nothing named is never preferred
        over one that backs the fact."""
        backing = [s for s in self.sources if any(f in s.backs for f in facts)]
        return _most_recent(backing or self.sources)

    @property
    def episode_count(self) -> int | None:
        """Episodes in all: the `episodes` field, else the sum over the seasons when every
        season that aired lists its count."""
        if self.episodes is not None:
            return self.episodes
        aired = [s for s in self.seasons if s.exists]
        if aired and all(s.episodes is not None for s in aired):
            return sum(s.episodes or 0 for s in aired)
        return None


def _most_recent(sources: tuple[Source, ...] | list[Source]) -> Source | None:
    if not sources:
        return None
    dated = [s for s in sources if s.published is not None]
    if not dated:
        return sources[0]
    return max(dated, key=lambda s: s.published or PartialDate(1))
