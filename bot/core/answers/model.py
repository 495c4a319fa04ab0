"""What showbot says, before a shell renders it: the `Answer` and the values inside it."""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable
from dataclasses import dataclass

from bot.core.models import PartialDate, Show, Source
from bot.core.questions import Intent, Topic, intent_of

DateFormat = Callable[[PartialDate], str]


def iso_date(date: PartialDate) -> str:
    return str(date)


@dataclass(frozen=True, slots=True)
class Fact:
    label: str
    value: str


@dataclass(frozen=True, slots=True)
class Suggestion:
    id: str
    label: str


@dataclass(frozen=True, slots=True)
class Context:
    """What every answer needs besides the show."""

    today: dt.date
    fmt: DateFormat = iso_date


@dataclass(frozen=True, slots=True)
class Answer:
    """What showbot says, before any shell renders it."""

    topic: Topic
    text: str
    show: Show | None = None
    season: int | None = None
    facts: tuple[Fact, ...] = ()
    suggestions: tuple[Suggestion, ...] = ()
    ambiguous: bool = False
    as_of: PartialDate | None = None
    source: Source | None = None
    title: str | None = None
    """The heading: the show's title, a person's name, or None."""
    verdict: str | None = None
    """"yes" or "no" when the text opens with one; None otherwise."""
    also: tuple[Answer, ...] = ()
    """Answers about the other shows a question names ("breaking bad and better call saul")."""
    missed: str | None = None
    """The title asked about that matched no show, for the admins' list of misses."""

    @property
    def intent(self) -> Intent:
        return intent_of(self.topic)

    @property
    def found(self) -> bool:
        """True when the answer is about one known show or person."""
        return self.title is not None

    @property
    def freshness(self) -> str | None:
        """'As of 2024-01-13, per <source>.': how old the facts are and where they come from."""
        parts = []
        if self.as_of is not None:
            parts.append(f"As of {self.as_of}")
        if self.source is not None:
            parts.append(f"per {self.source.describe()}")
        return ", ".join(parts) + "." if parts else None

    @property
    def full_text(self) -> str:
        own = f"{self.text} ({self.freshness})" if self.freshness else self.text
        return "\n\n".join([own, *(other.full_text for other in self.also)])

    def to_json(self) -> dict[str, object]:
        """The `showbot ask --json` contract: the original six fields, then `topic`, `verdict`
        and `shows` (every show answered about, this one first)."""
        return {
            "show": self.show.id if self.show else None,
            "title": self.title,
            "intent": self.intent.value,
            "season": self.season,
            "text": self.full_text,
            "suggestions": [s.id for s in self.suggestions],
            "topic": self.topic.value,
            "verdict": self.verdict,
            "shows": [a.show.id for a in (self, *self.also) if a.show is not None],
        }
