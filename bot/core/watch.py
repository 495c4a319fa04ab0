"""What changed about a followed show between two versions of the knowledge base.

Pure on purpose: the facts a follower cares about are taken from a `Show`, kept as JSON in the
database between reloads and restarts, and compared here; the Discord layer only renders the
resulting `Change`s. Nothing here knows about Discord or the database.
"""

from __future__ import annotations

import datetime as dt
import json
from dataclasses import dataclass

from bot.core.answers.model import DateFormat, iso_date
from bot.core.fields import to_partial_date
from bot.core.models import Show, Status


@dataclass(frozen=True, slots=True)
class SeasonFacts:
    number: int
    status: str | None = None
    premiered: str | None = None
    release: str | None = None


@dataclass(frozen=True, slots=True)
class ShowFacts:
    """The followed facts of one show: its status and each season's status and dates."""

    show_id: str
    title: str
    status: str
    seasons: tuple[SeasonFacts, ...] = ()

    def season(self, number: int) -> SeasonFacts | None:
        return next((s for s in self.seasons if s.number == number), None)

    def to_json(self) -> str:
        """The stored form; keys sorted so equal facts are equal text."""
        seasons = [
            {"number": s.number, "status": s.status, "premiered": s.premiered, "release": s.release}
            for s in self.seasons
        ]
        data = {"id": self.show_id, "title": self.title, "status": self.status, "seasons": seasons}
        return json.dumps(data, sort_keys=True, ensure_ascii=False)

    @classmethod
    def from_json(cls, text: str) -> ShowFacts:
        data = json.loads(text)
        seasons = tuple(
            SeasonFacts(s["number"], s.get("status"), s.get("premiered"), s.get("release"))
            for s in data.get("seasons", [])
        )
        return cls(data["id"], data["title"], data["status"], seasons)


def facts_of(show: Show) -> ShowFacts:
    seasons = tuple(
        SeasonFacts(
            s.number,
            str(s.status) if s.status is not None else None,
            str(s.premiered) if s.premiered is not None else None,
            str(s.release) if s.release is not None else None,
        )
        for s in sorted(show.seasons, key=lambda s: s.number)
    )
    return ShowFacts(show.id, show.title, str(show.status), seasons)


@dataclass(frozen=True, slots=True)
class Change:
    """One thing a follower is told. `kind` is one of `KINDS`; `before`/`after` are a status
    value or a date (YYYY, YYYY-MM or YYYY-MM-DD), as in the knowledge format."""

    kind: str
    season: int | None = None
    before: str | None = None
    after: str | None = None

    def to_dict(self) -> dict[str, object]:
        return {
            "kind": self.kind,
            "season": self.season,
            "before": self.before,
            "after": self.after,
        }

    @classmethod
    def from_dict(cls, data: dict[str, object]) -> Change:
        season = data.get("season")
        before, after = data.get("before"), data.get("after")
        return cls(
            str(data["kind"]),
            season if isinstance(season, int) else None,
            before if isinstance(before, str) else None,
            after if isinstance(after, str) else None,
        )


STATUS, SEASON_STATUS, RELEASE, PREMIERE_TODAY, REMOVED = (
    "status",
    "season_status",
    "release",
    "premiere_today",
    "removed",
)
KINDS = (STATUS, SEASON_STATUS, RELEASE, PREMIERE_TODAY, REMOVED)


def what_changed(old: ShowFacts | None, new: ShowFacts | None) -> tuple[Change, ...]:
    """What followers hear when a show goes from `old` to `new` facts (None: not in the base).
    A show first seen has no news; a show that left the base is news."""
    if old is None:
        return ()
    if new is None:
        return (Change(REMOVED, before=old.title),)
    changes: list[Change] = []
    if old.status != new.status:
        changes.append(Change(STATUS, before=old.status, after=new.status))
    for season in new.seasons:
        was = old.season(season.number)
        if (was.status if was else None) != season.status and season.status is not None:
            changes.append(
                Change(SEASON_STATUS, season.number, was.status if was else None, season.status)
            )
        before = _release_date(was)
        after = _release_date(season)
        if after is not None and before != after:
            changes.append(Change(RELEASE, season.number, before, after))
    return tuple(changes)


def premieres_on(facts: ShowFacts, today: dt.date) -> tuple[Change, ...]:
    """Seasons of the show whose first episode comes out `today` (a full date only)."""
    found = []
    for season in facts.seasons:
        date = _release_date(season)
        parsed = to_partial_date(date) if date else None
        if parsed is not None and parsed.to_date() == today:
            found.append(Change(PREMIERE_TODAY, season.number, after=date))
    return tuple(found)


def _release_date(season: SeasonFacts | None) -> str | None:
    """When the season comes (or came) out: its premiere, else its announced release."""
    if season is None:
        return None
    return season.premiered or season.release


def describe_change(change: Change, fmt: DateFormat = iso_date) -> str:
    """One line a follower reads, e.g. 'Status: renewed → canceled.'"""
    season = f"Season {change.season}" if change.season is not None else ""
    if change.kind == STATUS:
        return f"Status: {_status(change.before)} → **{_status(change.after)}**."
    if change.kind == SEASON_STATUS:
        if change.before is None:
            return f"{season} is now listed as **{_status(change.after)}**."
        return f"{season}: {_status(change.before)} → **{_status(change.after)}**."
    if change.kind == RELEASE:
        after = _date(change.after, fmt)
        if change.before is None:
            return f"{season} has a release date: **{after}**."
        return f"{season} moved from {_date(change.before, fmt)} to **{after}**."
    if change.kind == PREMIERE_TODAY:
        return f"{season} premieres **today** ({_date(change.after, fmt)})."
    if change.kind == REMOVED:
        return "This show has been removed from my notes, so you will hear no more about it."
    return f"{change.kind}: {change.before} → {change.after}"


def _status(value: str | None) -> str:
    if value is None:
        return "not set"
    try:
        return Status(value).label
    except ValueError:
        return value


def _date(value: str | None, fmt: DateFormat) -> str:
    parsed = to_partial_date(value) if value else None
    return fmt(parsed) if parsed is not None else (value or "unknown")
