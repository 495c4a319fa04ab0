"""Will there be more? Status answers, with the right yes or no for what was asked.

A yes/no question names a predicate ("is it canceled", "is it over", "is it coming back", "is
it still airing", "will there be a season 3"); the answer opens with "Yes" or "No" for that
predicate, or with the state itself when the facts settle neither ("Not decided yet", "It has
ended", "I don't have a confirmed status"). A "what's the status" question never opens with
yes or no. Every sentence is built from `standing`, so the show's status and its seasons
agree in every answer.
"""

from __future__ import annotations

from dataclasses import dataclass

from bot.core.answers import standing
from bot.core.answers.model import Context
from bot.core.answers.wording import capitalized, count, gap, note, on
from bot.core.models import Season, Show, Status
from bot.core.questions import Predicate


@dataclass(frozen=True, slots=True)
class Said:
    """An answer's text and the yes or no it opens with (None when it opens with neither)."""

    text: str
    verdict: str | None = None


def yes(text: str) -> Said:
    return Said(f"Yes: {text}", "yes")


def no(text: str) -> Said:
    return Said(f"No: {text}", "no")


def status_answer(
    show: Show, season: int | None, predicate: Predicate | None, ctx: Context, *, wh: bool
) -> Said:
    """The answer to a status question about `show` (and `season`, when one is asked)."""
    if predicate is None and wh:
        return Said(state(show, season, ctx))
    predicate = predicate or Predicate.RENEWED  # "imperfects season 2", "x s3??": will there be
    asked = show.season(season) if season is not None else None
    if asked is not None and predicate in (Predicate.RENEWED, Predicate.RETURNING):
        aired = _aired_season(show, asked, ctx)
        if aired is not None:
            return aired
        if asked.status is Status.CANCELED:
            if show.status.is_over:
                return no(over(show, ctx, next_season=asked.number))
            return no(f"season {asked.number} of {show.title} was canceled." + note(asked.note))
    canceled = asked is not None and asked.status is Status.CANCELED
    if asked is not None and canceled and predicate is Predicate.CANCELED:
        return yes(f"season {asked.number} of {show.title} was canceled." + note(asked.note))
    return _BY_STATUS[show.status](show, season, predicate, ctx)


def state(show: Show, season: int | None, ctx: Context) -> str:
    """Where the show stands, in a sentence that answers "what's the status" (no yes or no)."""
    if show.status.is_over:
        target = season or standing.next_season(show)
        return over(show, ctx, next_season=target)
    if show.status is Status.UNKNOWN:
        return unknown(show)
    if show.status is Status.UNDECIDED:
        return undecided(show, season)
    if show.status is Status.IN_DEVELOPMENT:
        return in_development(show)
    if show.status is Status.AIRING:
        return f"{show.title} is airing now." + note(show.status_note)
    return renewal(show, season, ctx)


# -- per status --------------------------------------------------------------------------------


def _canceled(show: Show, season: int | None, predicate: Predicate, ctx: Context) -> Said:
    if predicate in (Predicate.CANCELED, Predicate.ENDED):
        return yes(over(show, ctx))
    target = season or standing.next_season(show)
    if season is not None and standing.never_made(show, season):
        return no(f"there never was a season {season}: " + over(show, ctx, lead=False))
    return no(over(show, ctx, next_season=target))


def _ended(show: Show, season: int | None, predicate: Predicate, ctx: Context) -> Said:
    if predicate is Predicate.ENDED:
        return yes(over(show, ctx))
    if predicate is Predicate.CANCELED:
        return Said(over(show, ctx))  # an end is no cancellation; the source may not say which
    target = season or standing.next_season(show)
    if season is not None and standing.never_made(show, season):
        return no(f"there never was a season {season}: " + over(show, ctx, lead=False))
    return no(over(show, ctx, next_season=target))


def _renewed(show: Show, season: int | None, predicate: Predicate, ctx: Context) -> Said:
    renewed = standing.renewed_season(show)
    if predicate in (Predicate.CANCELED, Predicate.ENDED):
        return no(renewal(show, None, ctx))
    if season is not None and renewed is not None and season > renewed:
        return Said(
            f"Not announced yet: {show.title} is renewed for season {renewed}, but season "
            f"{season} hasn't been announced." + note(show.status_note)
        )
    return yes(renewal(show, season, ctx))


def _airing(show: Show, season: int | None, predicate: Predicate, ctx: Context) -> Said:
    now = f"{show.title} is airing now."
    if predicate in (Predicate.CANCELED, Predicate.ENDED):
        return no(now + note(show.status_note))
    if predicate is Predicate.AIRING:
        return yes(now + note(show.status_note))
    current = max(show.last_season, 1)
    if season is not None and season <= current:
        return yes(f"season {season} of {show.title} is airing now." + note(show.status_note))
    renewed = standing.renewed_season(show)
    if renewed is not None and (season is None or season <= renewed):
        return yes(renewal(show, season, ctx))
    what = f"season {season}" if season else "another season"
    return Said(
        f"Not announced yet: {now[:-1]}, but {what} hasn't been announced." + note(show.status_note)
    )


def _in_development(show: Show, season: int | None, predicate: Predicate, ctx: Context) -> Said:
    if predicate in (Predicate.CANCELED, Predicate.ENDED, Predicate.AIRING):
        return no(in_development(show))
    return Said(in_development(show))


def _undecided(show: Show, season: int | None, predicate: Predicate, ctx: Context) -> Said:
    return Said(undecided(show, season))


def _unknown(show: Show, season: int | None, predicate: Predicate, ctx: Context) -> Said:
    return Said(unknown(show))


_BY_STATUS = {
    Status.CANCELED: _canceled,
    Status.ENDED: _ended,
    Status.RENEWED: _renewed,
    Status.RETURNING: _renewed,
    Status.AIRING: _airing,
    Status.IN_DEVELOPMENT: _in_development,
    Status.UNDECIDED: _undecided,
    Status.UNKNOWN: _unknown,
}


def _aired_season(show: Show, asked: Season, ctx: Context) -> Said | None:
    """'will there be a season 2' when season 2 is out: yes, it came out (and, for the last
    season of a show that is over, that no more will follow)."""
    if not standing.has_aired(asked, ctx.today):
        return None
    when = asked.premiered or asked.release
    if asked.status is Status.AIRING and not show.status.is_over:
        since = f" (since {ctx.fmt(when)})" if when else ""
        return yes(f"season {asked.number} of {show.title} is airing now{since}.")
    text = f"season {asked.number} of {show.title} came out" + (
        f" {on(when, ctx.fmt)}." if when else "."
    )
    if show.status.is_over and asked.number >= show.last_season:
        text += " " + over(show, ctx, next_season=asked.number + 1)
    return yes(text)


# -- sentences ---------------------------------------------------------------------------------


def over(show: Show, ctx: Context, *, next_season: int | None = None, lead: bool = True) -> str:
    """'Netflix canceled The Imperfects on 2022-11-08, two months after its premiere, so there
    won't be a season 2.' / 'Breaking Bad ended on 2013-09-29 after five seasons.'"""
    fmt = ctx.fmt
    seasons = count(show.last_season, "season") if show.last_season > 0 else None
    if show.status is Status.CANCELED:
        who = show.network or ("The network" if lead else "the network")
        text = f"{who} canceled {show.title if lead else 'it'}"
        if show.status_date:
            text += f" {on(show.status_date, fmt)}"
            since = gap(show.premiered, show.status_date) if show.last_season <= 1 else None
            if since and show.premiered:
                text += f", {since} after its {fmt(show.premiered)} premiere"
                seasons = None
        if seasons:
            text += f" after {seasons}"
    else:
        text = f"{show.title if lead else 'it'} ended"
        if show.finale:
            text += f" {on(show.finale, fmt)}"
        if seasons:
            text += f" after {seasons}"
        if show.status_date and not show.finale:
            text += f" (announced {on(show.status_date, fmt)})"
    if next_season is not None and show.last_season == 0:
        text += ", so there won't be new seasons"  # how many there were is not known
    elif next_season is not None and next_season > show.last_season:
        text += f", so there won't be a season {next_season}"
    return capitalized(text) + "." + note(show.status_note) if lead else text + "."


def renewal(show: Show, season: int | None, ctx: Context) -> str:
    """'Netflix renewed One Piece for season 3 (announced in 2025-08).' plus what is known of
    that season's date."""
    renewed = standing.renewed_season(show)
    target = season if season is not None else renewed or standing.next_season(show)
    season_part = f" for season {target}" if target else ""
    when = f" (announced {ctx.fmt(show.status_date)})" if show.status_date else ""
    if show.status is Status.RENEWED and show.network:
        text = f"{show.network} renewed {show.title}{season_part}{when}."
    elif show.status is Status.RENEWED:
        text = f"{show.title} is renewed{season_part}{when}."
    else:
        text = f"{show.title} is coming back{season_part}{when}."
    return text + _season_date(show, target, ctx) + note(show.status_note)


def _season_date(show: Show, number: int | None, ctx: Context) -> str:
    entry = show.season(number) if number is not None else None
    if entry is None:
        return ""
    if standing.has_aired(entry, ctx.today):
        when = entry.premiered or entry.release
        return f" Season {entry.number} came out {on(when, ctx.fmt)}." if when else ""
    if entry.release is not None:
        return f" Season {entry.number} comes out {on(entry.release, ctx.fmt)}."
    return f" Season {entry.number} has no release date yet."


def undecided(show: Show, season: int | None) -> str:
    who = show.network or "The network"
    what = f"season {season}" if season else "another season"
    return f"Not decided yet: {who} hasn't announced whether {show.title} gets {what}." + note(
        show.status_note
    )


def unknown(show: Show) -> str:
    """What the source knew, without pretending anyone is still deciding: "I don't have a
    confirmed status for X; the Netflix catalogue data from 2021-09 lists 3 seasons"."""
    said = f"I don't have a confirmed status for {show.title}"
    told = (show.status_note or "").strip()
    if told.startswith("The ") and "." not in told[:-1]:  # one sentence naming its source
        return f"{said}; t{told[1:]}" + ("" if told.endswith((".", "!", "?")) else ".")
    return f"{said}." + note(show.status_note)


def in_development(show: Show) -> str:
    where = f" at {show.network}" if show.network else ""
    return f"{show.title} is still in development{where}; nothing has aired yet." + note(
        show.status_note
    )
