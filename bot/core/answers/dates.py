"""When: the next season's release date, a premiere, the last episode.

"Is it out yet?" gets a yes or no; "when does season 3 come out" gets the date or the reason
there is none, in the same words the status answers use.
"""

from __future__ import annotations

from bot.core.answers import standing
from bot.core.answers.model import Context
from bot.core.answers.status import Said, no, over, state, undecided, unknown, yes
from bot.core.answers.wording import note, on, possessive
from bot.core.models import Show, Status


def release_answer(show: Show, season: int | None, ctx: Context, *, yes_no: bool) -> Said:
    """When a season (the asked one, else the next) comes out; for "is it out yet", whether."""
    fmt, name = ctx.fmt, show.title
    network = f" on {show.network}" if show.network else ""
    if season is None and yes_no and show.premiered and not show.seasons:
        out = show.premiered.earliest() <= ctx.today
        verb = "came out" if out else "comes out"
        text = f"{name} {verb} {on(show.premiered, fmt)}{network}."
        return yes(text) if out else no(text)
    target = season if season is not None else standing.next_season(show)
    entry = show.season(target) if target is not None else None
    if season is None and yes_no and show.last_season:
        entry = show.season(show.last_season)  # "is it out yet": the newest season
    if entry is not None:
        when = entry.release or entry.premiered
        if standing.has_aired(entry, ctx.today):
            text = f"season {entry.number} of {name} came out" + (
                f" {on(when, fmt)}{network}." if when else "." + note(show.status_note)
            )  # with no date, what the source says it knows (when a catalogue added it)
            return yes(text) if yes_no else Said(text[0].upper() + text[1:])
        if when is not None and entry.status is not Status.CANCELED and not show.status.is_over:
            text = f"Season {entry.number} of {name} comes out {on(when, fmt)}{network}."
            text += note(entry.note)
            return no(f"not yet. {text}") if yes_no else Said(text)
    if yes_no and target is not None and show.status.is_over and not show.seasons:
        if target == 1:  # a show that ended had a first season
            return yes(over(show, ctx))
        # "is dark season 3 out" with no season known: neither yes nor no
        return Said(
            f"I don't know whether {name} had a season {target}: "
            + over(show, ctx, lead=False)
            + note(show.status_note)
        )
    said = _no_date(show, target, ctx)
    if not yes_no or (entry is None and not show.status.is_over and show.status in _UNSURE):
        return said  # a season the base does not know of: neither out nor not out
    return no(said.text[0].lower() + said.text[1:])


_UNSURE = frozenset({Status.UNKNOWN, Status.UNDECIDED})


def _no_date(show: Show, target: int | None, ctx: Context) -> Said:
    """Why there is no release date for season `target`."""
    name = show.title
    what = f"season {target}" if target else "a new season"
    if show.status.is_over:
        if target is not None and standing.never_made(show, target):
            return Said(f"There never was a season {target}: " + over(show, ctx, lead=False))
        return Said("There is no release date: " + over(show, ctx, next_season=target))
    entry = show.season(target) if target is not None else None
    if entry is not None and entry.status is Status.CANCELED:
        return Said(f"There is no release date: season {entry.number} of {name} was canceled.")
    if show.status is Status.UNKNOWN:
        return Said(f"I don't have a release date for {what} of {name}. " + unknown(show))
    if show.status is Status.UNDECIDED:
        return Said("There is no release date yet. " + undecided(show, target))
    if show.status is Status.IN_DEVELOPMENT:
        return Said(
            f"No release date yet: {name} is still in development." + note(show.status_note)
        )
    if standing.renewed_season(show) is None:
        who = show.network or "the network"
        return Said(
            f"There is no release date for {what} of {name} yet: {who} hasn't announced one."
        )
    return Said(
        f"{what[0].upper() + what[1:]} of {name} is confirmed but has no release date yet."
        + note(entry.note if entry else show.status_note)
    )


def premiere_answer(show: Show, season: int | None, ctx: Context) -> Said:
    """When the show (or a season) first came out."""
    fmt, name = ctx.fmt, show.title
    network = f" on {show.network}" if show.network else ""
    if season is not None:
        entry = show.season(season)
        when = entry.premiered or entry.release if entry else None
        if entry is not None and when is not None:
            verb = "premiered" if standing.has_aired(entry, ctx.today) else "premieres"
            return Said(f"Season {season} of {name} {verb} {on(when, fmt)}{network}.")
        if standing.never_made(show, season) or (
            show.status.is_over and 0 < show.last_season < season
        ):
            return Said(f"There never was a season {season}: " + over(show, ctx, lead=False))
        if season == 1 and show.premiered:
            return Said(f"{name} premiered {on(show.premiered, fmt)}{network}.")
        return Said(f"I don't have the premiere date of season {season} of {name}.")
    if show.premiered:
        verb = "premiered" if show.premiered.earliest() <= ctx.today else "premieres"
        return Said(f"{name} {verb} {on(show.premiered, fmt)}{network}.")
    return Said(f"I don't have the premiere date of {name}.")


def finale_answer(show: Show, ctx: Context, *, year: int | None = None) -> Said:
    """When the last episode aired (or that there is none yet); for "did it end in 2020?",
    yes or no by the year of that last episode."""
    fmt, name = ctx.fmt, show.title
    if show.finale is not None:
        seasons = f", after {show.last_season} season{'s' if show.last_season != 1 else ''}"
        text = f"{possessive(name)} last episode aired {on(show.finale, fmt)}"
        said = text + (seasons if show.last_season else "") + "."
        if year is None:
            return Said(said)
        return yes(said) if show.finale.year == year else no(said)
    if show.status.is_over:
        last = show.season(show.last_season) if show.last_season else None
        if show.status_date is not None:
            verb = "was canceled" if show.status is Status.CANCELED else "ended"
            return Said(
                f"{name} {verb} {on(show.status_date, fmt)}; I don't have the date of its last "
                "episode."
            )
        if last is not None and last.premiered is not None:
            return Said(
                f"{possessive(name)} last season, season {last.number}, premiered "
                f"{on(last.premiered, fmt)}; I don't have the date of its last episode."
            )
        return Said(over(show, ctx) + " I don't have the date of its last episode.")
    if show.status is Status.UNKNOWN:
        return Said(f"I don't know of a last episode of {name}. " + unknown(show))
    return Said(f"{name} hasn't ended. " + state(show, None, ctx))
