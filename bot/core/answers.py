"""Turning a show's facts into the short answer a knowledgeable friend would give.

Every function here is pure: the facts, the season asked about, today's date and a date
formatter go in, an `Answer` comes out. The formatter lets the CLI print ISO dates while Discord
shows each reader a timestamp in their own locale, without this module knowing about Discord.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass, field

from bot.core.models import Credit, PartialDate, Season, Show, Source, Status
from bot.core.questions import NUMBER_WORDS, Intent
from bot.core.text import fold

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
class Answer:
    """What showbot says, before any shell renders it."""

    intent: Intent
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
    extra: dict[str, str] = field(default_factory=dict, compare=False)

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
        return f"{self.text} ({self.freshness})" if self.freshness else self.text

    def to_json(self) -> dict[str, object]:
        """The `showbot ask --json` contract."""
        return {
            "show": self.show.id if self.show else None,
            "title": self.title,
            "intent": self.intent.value,
            "season": self.season,
            "text": self.full_text,
            "suggestions": [s.id for s in self.suggestions],
        }


@dataclass(frozen=True, slots=True)
class Context:
    """What every answer needs besides the show."""

    today: dt.date
    fmt: DateFormat = iso_date


# -- the answers -------------------------------------------------------------------------------


def answer(
    show: Show, intent: Intent, season: int | None, ctx: Context, *, past: bool = False
) -> Answer:
    """The answer about one show for one intent."""
    if intent is Intent.RELEASE:
        text = release_text(show, season, ctx, past=past)
    elif intent is Intent.CAST:
        text = cast_text(show, ctx)
    elif intent is Intent.REASONS:
        text = reasons_text(show, ctx)
    elif intent is Intent.INFO:
        text = info_text(show, ctx)
    else:
        intent = Intent.STATUS
        text = status_text(show, season, ctx)
    return Answer(
        intent=intent,
        text=text,
        show=show,
        season=season,
        facts=key_facts(show, ctx, full=intent is Intent.INFO),
        as_of=show.updated,
        source=show.primary_source,
        title=show.title,
    )


def status_text(show: Show, season: int | None, ctx: Context) -> str:
    fmt, name = ctx.fmt, show.title
    asked = _season_entry(show, season)
    if asked is not None and _has_aired(asked, ctx.today):
        aired = f"Season {asked.number} of {name} came out"
        when = asked.premiered or asked.release
        sentence = f"Yes: {aired} {_on(when, fmt)}." if when else f"Yes: {aired}."
        if show.status.is_over and asked.number >= show.last_season:
            sentence += " " + _over_sentence(show, ctx, next_season=asked.number + 1, lead=True)
        return sentence
    if asked is not None and asked.status is Status.CANCELED:
        if show.status.is_over:
            return "No: " + _over_sentence(show, ctx, next_season=asked.number, lead=True)
        return f"No: season {asked.number} of {name} was canceled." + _note(asked.note)
    target = season or _next_season(show)
    if show.status.is_over:
        return "No: " + _over_sentence(show, ctx, next_season=target, lead=True)
    if show.status is Status.IN_DEVELOPMENT:
        where = f" at {show.network}" if show.network else ""
        return f"{name} is still in development{where}; nothing has aired yet." + _note(
            show.status_note
        )
    if show.status is Status.UNDECIDED:
        who = show.network or "The network"
        what = f"season {target}" if target else "another season"
        return f"Not decided yet: {who} hasn't announced whether {name} gets {what}." + _note(
            show.status_note
        )
    renewed = _renewed_season(show)
    if season is not None and renewed is not None and season > renewed:
        return (
            f"Not yet: {name} is renewed for season {renewed}, but season {season} "
            "hasn't been announced." + _note(show.status_note)
        )
    if show.status in (Status.AIRING, Status.RETURNING) and renewed is None:
        known = max(show.last_season, 1)
        expected = known if show.status is Status.AIRING else known + 1
        now = "is airing now" if show.status is Status.AIRING else "is expected back"
        if season is not None and season > expected:
            return (
                f"Not announced yet: {name} {now}, but season {season} hasn't been announced."
                + _note(show.status_note)
            )
        if show.status is Status.AIRING:
            return f"Yes: {name} is airing now." + _note(show.status_note)
    verb = {Status.RENEWED: "renewed", Status.RETURNING: "coming back", Status.AIRING: "airing"}[
        show.status
    ]
    who = f"{show.network} " if show.network and show.status is Status.RENEWED else ""
    season_part = f" for season {target}" if target else ""
    when = f" (announced {fmt(show.status_date)})" if show.status_date else ""
    if who:
        sentence = f"Yes: {who}renewed {name}{season_part}{when}."
    else:
        sentence = f"Yes: {name} is {verb}{season_part}{when}."
    return sentence + _upcoming(show, target, ctx) + _note(show.status_note)


def release_text(show: Show, season: int | None, ctx: Context, *, past: bool = False) -> str:
    fmt, name = ctx.fmt, show.title
    network = f" on {show.network}" if show.network else ""
    if season is None and past and show.premiered:
        return f"{name} first came out {_on(show.premiered, fmt)}{network}."
    entry = _season_entry(show, season)
    target = season or _next_season(show)
    if entry is None and season is None:
        entry = _season_entry(show, target)
    if entry is not None:
        when = entry.release or entry.premiered
        if when is not None and _has_aired(entry, ctx.today):
            return f"Season {entry.number} of {name} came out {_on(when, fmt)}{network}."
        if when is not None and entry.status is not Status.CANCELED:
            return f"Season {entry.number} of {name} comes out {_on(when, fmt)}{network}." + _note(
                entry.note
            )
        if entry.status is Status.CANCELED:
            return (
                f"There is no release date: season {entry.number} was canceled. "
                + _over_sentence(show, ctx, next_season=None, lead=True)
                if show.status.is_over
                else f"There is no release date: season {entry.number} was canceled."
            )
    what = f"season {target}" if target else "a new season"
    if show.status is Status.CANCELED:
        return f"There is no release date: {what} was canceled. " + _over_sentence(
            show, ctx, next_season=None, lead=True
        )
    if show.status is Status.ENDED:
        return (
            f"There is no release date: {_over_sentence(show, ctx, next_season=target, lead=True)}"
        )
    if show.status is Status.UNDECIDED:
        who = show.network or "the network"
        return (
            f"There is no release date for {what}: {who} hasn't decided whether {name} continues."
        )
    if show.status is Status.IN_DEVELOPMENT:
        return f"No release date yet: {name} is still in development." + _note(show.status_note)
    if show.status in (Status.AIRING, Status.RETURNING) and _renewed_season(show) is None:
        who = show.network or "the network"
        return f"There is no release date for {what} of {name} yet: {who} hasn't announced one."
    return f"{what.capitalize()} of {name} is confirmed but has no release date yet." + _note(
        entry.note if entry else None
    )


def cast_text(show: Show, ctx: Context) -> str:
    moves = [_move(c, ctx, company=False) for c in show.cast if c.next]
    moves += [_move(c, ctx, company=True) for c in show.companies if c.next]
    rest = [_credit_name(c) for c in show.cast if not c.next]
    if not moves and not rest:
        return f"I don't have the cast of {show.title} on file yet."
    parts = []
    if moves:
        parts.append("; ".join(moves) + ".")
    if rest:
        label = "Also in the cast" if moves else f"The cast of {show.title}"
        parts.append(f"{label}: {_join(rest)}.")
    if not moves:
        parts.append("I don't have news on what they did next.")
    return " ".join(parts)


def reasons_text(show: Show, ctx: Context) -> str:
    decision = {
        Status.CANCELED: "canceled",
        Status.RENEWED: "renewed",
        Status.ENDED: "ended",
    }.get(show.status)
    if not show.reasons:
        base = status_text(show, None, ctx)
        return f"{base} I don't have the reasons on file."
    who = show.network or "the network"
    if decision == "ended":
        head = f"Why {show.title} ended:"
    elif decision:
        head = f"Why {who} {decision} {show.title}:"
    else:
        head = f"What's known about {show.title}'s future:"
    return head + "\n" + "\n".join(f"- {reason}" for reason in show.reasons)


def info_text(show: Show, ctx: Context) -> str:
    fmt = ctx.fmt
    kind = f"{_indefinite(show.network)} {show.network} series" if show.network else "a series"
    opening = f"{show.title} is {kind}"
    if show.premiered:
        opening += f" that premiered {_on(show.premiered, fmt)}"
    sentences = [opening + "."]
    if show.creators:
        sentences.append(f"Created by {_join(show.creators)}.")
    sentences.append(status_text(show, None, ctx))
    if show.reception:
        sentences.append(
            "Reception: " + ", ".join(f"{_label(k)} {v}" for k, v in show.reception) + "."
        )
    if show.viewership:
        sentences.append("Viewership: " + " ".join(_sentence(v) for v in show.viewership))
    if show.outlook:
        lead = "A next season would have covered" if show.status.is_over else "What's next"
        sentences.append(f"{lead}: " + " ".join(_sentence(o) for o in show.outlook))
    return " ".join(sentences)


def key_facts(show: Show, ctx: Context, *, full: bool = False) -> tuple[Fact, ...]:
    """Short label/value pairs shown beside an answer (embed fields in Discord)."""
    fmt = ctx.fmt
    status = show.status.label.capitalize()
    if show.status_date:
        status += f" ({fmt(show.status_date)})"
    facts = [Fact("Status", status)]
    if show.network:
        facts.append(Fact("Network", show.network))
    if show.premiered:
        facts.append(Fact("Premiered", fmt(show.premiered)))
    if show.seasons:
        facts.append(Fact("Seasons", str(show.last_season)))
    upcoming = _upcoming_season(show, ctx.today)
    if upcoming is not None and upcoming.release is not None:
        facts.append(Fact(f"Season {upcoming.number}", fmt(upcoming.release)))
    if full:
        if show.creators:
            facts.append(Fact("Created by", _join(show.creators)))
        if show.reception:
            facts.append(
                Fact("Reception", ", ".join(f"{_label(k)} {v}" for k, v in show.reception))
            )
        if show.companies:
            facts.append(Fact("Made by", _join(c.name for c in show.companies)))
    return tuple(facts)


def person_answer(
    name: str, roles: Sequence[tuple[Show, str | None]], moves: Sequence[str], ctx: Context
) -> Answer:
    """Everything the base knows one person (or company) did."""
    ordered = sorted(roles, key=lambda item: item[0].premiered or PartialDate(9999))
    parts = []
    for show, role in ordered:
        context = _show_context(show)
        work = f"{show.title} ({', '.join(context)})" if context else show.title
        if role == "creator":
            parts.append(f"created {work}")
        elif role:
            parts.append(f"played {role} in {work}")
        else:
            parts.append(f"worked on {work}")
    known = {fold(show.title) for show, _ in roles}
    others = [m for m in moves if fold(m.split(" (")[0]) not in known]
    pieces = []
    if parts:
        pieces.append(f"{name} {_join(parts)}.")
    if others:
        pieces.append(f"Next, {name} went on to {_join(others)}.")
    dates = [s.updated for s, _ in roles if s.updated]
    return Answer(
        intent=Intent.PERSON,
        text=" ".join(pieces),
        as_of=max(dates) if dates else None,
        title=name,
        facts=tuple(Fact(show.title, role or "credited") for show, role in roles[:10]),
    )


# -- helpers -----------------------------------------------------------------------------------


def _season_entry(show: Show, number: int | None) -> Season | None:
    return show.season(number) if number is not None else None


def _has_aired(season: Season, today: dt.date) -> bool:
    when = season.premiered or season.release
    if season.status is Status.CANCELED:
        return False
    return (when is not None and when.is_full and when.earliest() <= today) or (
        when is not None and not when.is_full and _after(when, today)
    )


def _after(date: PartialDate, today: dt.date) -> bool:
    """A month or year counts as past only when it is wholly over."""
    if date.month is None:
        return date.year < today.year
    return (date.year, date.month) < (today.year, today.month)


def _next_season(show: Show) -> int | None:
    """The season people mean by "next season"."""
    renewed = _renewed_season(show)
    if renewed is not None:
        return renewed
    return show.last_season + 1 if show.seasons else (2 if show.premiered else None)


def _renewed_season(show: Show) -> int | None:
    for season in show.seasons:
        if season.status in (Status.RENEWED, Status.RETURNING, Status.IN_DEVELOPMENT):
            return season.number
    if show.status is Status.RENEWED:
        return show.last_season + 1 if show.seasons else None
    return None


def _upcoming_season(show: Show, today: dt.date) -> Season | None:
    for season in show.seasons:
        if (
            season.status is not Status.CANCELED
            and not _has_aired(season, today)
            and season.release
        ):
            return season
    return None


def _upcoming(show: Show, target: int | None, ctx: Context) -> str:
    entry = _season_entry(show, target)
    if entry is None:
        return ""
    if _has_aired(entry, ctx.today):
        when = entry.premiered or entry.release
        return f" Season {entry.number} came out {_on(when, ctx.fmt)}." if when else ""
    if entry.release is not None:
        return f" Season {entry.number} comes out {_on(entry.release, ctx.fmt)}."
    return f" Season {entry.number} has no release date yet."


def _on(date: PartialDate, fmt: DateFormat) -> str:
    """'on 2022-11-08' for a day, 'in 2027' or 'in March 2026' for a year or a month."""
    return f"{'on' if date.is_full else 'in'} {fmt(date)}"


def _indefinite(word: str) -> str:
    """'an HBO series', 'an Apple TV+ series', 'a Netflix series'."""
    if word[:2].isupper() and len(word) > 1 and word.split()[0].isupper():
        return "an" if word[0] in "AEFHILMNORSX" else "a"
    return "an" if word[:1].lower() in "aeiou" else "a"


def _over_sentence(show: Show, ctx: Context, *, next_season: int | None, lead: bool = False) -> str:
    fmt, name = ctx.fmt, show.title
    subject = name if lead else "it"
    count = _seasons_phrase(show)
    if show.status is Status.CANCELED:
        who = show.network or "the network"
        sentence = f"{who} canceled {subject}"
        if show.status_date:
            sentence += f" {_on(show.status_date, fmt)}"
            gap = _gap(show.premiered, show.status_date) if show.last_season <= 1 else None
            if gap and show.premiered:
                sentence += f", {gap} after its {fmt(show.premiered)} premiere"
                count = None
        if count:
            sentence += f" after {count}"
    else:
        sentence = f"{subject} has ended"
        if count:
            sentence += f" after {count}"
        if show.status_date:
            sentence += f" (announced {_on(show.status_date, fmt)})"
    sentence = sentence[0].upper() + sentence[1:] if lead else sentence
    if next_season is not None:
        sentence += f", so there won't be a season {next_season}"
    return sentence + "." + _note(show.status_note)


def _seasons_phrase(show: Show) -> str | None:
    count = show.last_season
    if count <= 0:
        return None
    words = {1: "one season", 2: "two seasons", 3: "three seasons", 4: "four seasons"}
    return words.get(count, f"{count} seasons")


def _gap(start: PartialDate | None, end: PartialDate | None) -> str | None:
    """'two months': the time between two full dates, in words."""
    if start is None or end is None or not (start.is_full and end.is_full):
        return None
    days = (end.earliest() - start.earliest()).days
    months = round(days / 30.44)
    numbers = ["zero", *NUMBER_WORDS]
    if days < 0 or months < 1:
        return None
    if months < 12:
        return f"{numbers[months]} month{'s' if months > 1 else ''}"
    years = round(months / 12)
    return f"{numbers[years] if years < 13 else years} year{'s' if years > 1 else ''}"


def _move(credit: Credit, ctx: Context, *, company: bool) -> str:
    works = list(credit.next)
    upcoming = all(w.year is not None and w.year > ctx.today.year for w in works)
    described = _join(w.describe() for w in works)
    who = _credit_name(credit)
    if company:
        verb = "is making" if upcoming else "went on to make"
    else:
        verb = "is set to appear in" if upcoming else "went on to"
    return f"{who} {verb} {described}"


def _credit_name(credit: Credit) -> str:
    return f"{credit.name} ({credit.role})" if credit.role else credit.name


def _show_context(show: Show) -> list[str]:
    return [p for p in (show.network, str(show.premiered.year) if show.premiered else None) if p]


def _note(note: str | None) -> str:
    return f" {_sentence(note)}" if note else ""


def _sentence(text: str) -> str:
    text = text.strip()
    return text if text.endswith((".", "!", "?")) else text + "."


_LABEL_WORDS = {
    "imdb": "IMDb",
    "rotten": "Rotten",
    "tomatoes": "Tomatoes",
    "metacritic": "Metacritic",
    "tvmaze": "TVmaze",
    "tmdb": "TMDB",
}


def _label(key: str) -> str:
    """'rotten_tomatoes_audience' -> 'Rotten Tomatoes audience'."""
    return " ".join(_LABEL_WORDS.get(word, word) for word in key.split("_"))


def _join(items: Iterable[str]) -> str:
    items = list(items)
    if len(items) <= 1:
        return "".join(items)
    return ", ".join(items[:-1]) + " and " + items[-1]
