"""The whole picture of a show: the card for "tell me about X" and `/info`, the key facts shown
beside every answer, and the reasons behind a decision."""

from __future__ import annotations

from bot.core.answers import standing
from bot.core.answers.model import Context, Fact
from bot.core.answers.status import state
from bot.core.answers.wording import indefinite, join, on, possessive, score_label, sentence
from bot.core.models import Show, Status


def card_text(show: Show, ctx: Context) -> str:
    fmt = ctx.fmt
    kind = f"{indefinite(show.network)} {show.network} series" if show.network else "a series"
    opening = f"{show.title} is {kind}"
    if show.premiered:
        opening += f" that premiered {on(show.premiered, fmt)}"
    sentences = [opening + "."]
    if show.summary:
        sentences.append(sentence(show.summary))
    if show.creators:
        sentences.append(f"Created by {join(show.creators)}.")
    sentences.append(state(show, None, ctx))
    if show.reception:
        sentences.append(
            "Reception: " + ", ".join(f"{score_label(k)} {v}" for k, v in show.reception) + "."
        )
    if show.viewership:
        sentences.append("Viewership: " + " ".join(sentence(v) for v in show.viewership))
    if show.outlook:
        lead = "A next season would have covered" if show.status.is_over else "What's next"
        sentences.append(f"{lead}: " + " ".join(sentence(o) for o in show.outlook))
    return " ".join(sentences)


def reasons_text(show: Show, ctx: Context) -> str:
    decision = {
        Status.CANCELED: "canceled",
        Status.RENEWED: "renewed",
        Status.ENDED: "ended",
    }.get(show.status)
    if not show.reasons:
        return f"{state(show, None, ctx)} I don't have the reasons on file."
    who = show.network or "the network"
    if decision == "ended":
        head = f"Why {show.title} ended:"
    elif decision:
        head = f"Why {who} {decision} {show.title}:"
    else:
        head = f"What's known about {possessive(show.title)} future:"
    return head + "\n" + "\n".join(f"- {reason}" for reason in show.reasons)


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
    if show.finale:
        facts.append(Fact("Last episode", fmt(show.finale)))
    if show.seasons:
        facts.append(Fact("Seasons", str(show.last_season)))
    upcoming = standing.upcoming_season(show, ctx.today)
    if upcoming is not None and upcoming.release is not None:
        facts.append(Fact(f"Season {upcoming.number}", fmt(upcoming.release)))
    if full:
        episodes = show.episode_count
        if episodes is not None:
            facts.append(Fact("Episodes", str(episodes)))
        if show.creators:
            facts.append(Fact("Created by", join(show.creators)))
        if show.reception:
            facts.append(
                Fact("Reception", ", ".join(f"{score_label(k)} {v}" for k, v in show.reception))
            )
        if show.companies:
            facts.append(Fact("Made by", join(c.name for c in show.companies)))
    return tuple(facts)
