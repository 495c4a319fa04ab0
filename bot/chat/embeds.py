"""The one place that turns an engine `Answer` into Discord embeds, and makes them fit.

Discord refuses a whole message when any part of it is over a limit (`bot.chat.limits`),
including the 6,000 characters of all its embeds together, so knowledge of any length has to
be cut here. The answer text comes first: it keeps at least half of the room; titles, facts
and footers share the rest fairly (short ones whole, long ones cut to the same length), and
what they leave goes back to the answer text.
"""

from __future__ import annotations

import calendar
import datetime as dt
from collections.abc import Sequence
from dataclasses import dataclass

import discord

from bot.chat import limits
from bot.chat.text import escape, safe_url, shorten, url_host
from bot.core import Answer, Change, PartialDate, Source, describe_change

ANSWER_COLOUR = discord.Colour.blurple()
NOTICE_COLOUR = discord.Colour.light_grey()
_MONTHS = list(calendar.month_name)


def discord_date(date: PartialDate) -> str:
    """A full date as a Discord timestamp (each reader sees their own locale); partial dates
    as words. Noon UTC keeps the calendar day the same in every timezone from UTC-11 to UTC+11."""
    full = date.to_date()
    if full is None:
        return f"{_MONTHS[date.month]} {date.year}" if date.month else str(date.year)
    noon = dt.datetime(full.year, full.month, full.day, 12, tzinfo=dt.UTC)
    return f"<t:{int(noon.timestamp())}:D>"


@dataclass(frozen=True, slots=True)
class Draft:
    """An embed's parts before they are fitted: markdown already escaped where Discord
    renders it (title, description, fields), plain text in the footer, which it does not."""

    description: str
    colour: discord.Colour
    title: str | None = None
    url: str | None = None
    fields: tuple[tuple[str, str], ...] = ()
    footer: str | None = None


def answer_embeds(answers: Sequence[Answer]) -> list[discord.Embed]:
    """The embeds of one message answering about one or more shows, fitted together."""
    return fit([answer_draft(a) for a in answers[: limits.EMBEDS_PER_MESSAGE]])


def answer_embed(answer: Answer) -> discord.Embed:
    """A public answer: title, the answer, key facts, and where and when the facts come from."""
    return answer_embeds([answer])[0]


def notice_embed(text: str, title: str | None = None) -> discord.Embed:
    """An ephemeral notice written by the bot (errors, admin reports): its markdown is meant."""
    [embed] = fit([Draft(text, NOTICE_COLOUR, title)])
    return embed


def news_embed(title: str, changes: Sequence[Change], *, to_channel: bool) -> discord.Embed:
    """A follower's notice, in the style of an answer: the show's title, then what changed,
    one line each (dates as timestamps). The title is knowledge, so it is escaped; the lines
    are the bot's own words around values it checked (statuses and dates)."""
    lines = [describe_change(change, discord_date) for change in changes]
    footer = (
        "Announced here by this server's admins."
        if to_channel
        else "You follow this show: /unfollow to stop."
    )
    draft = Draft(
        title=_escaped(title, limits.EMBED_TITLE),
        description="\n".join(lines) or "Something changed.",
        colour=ANSWER_COLOUR,
        footer=footer,
    )
    [embed] = fit([draft])
    return embed


def answer_notice(answer: Answer) -> discord.Embed:
    """The notice for an answer that names no one show ("which one?", "I don't know ..."):
    it echoes what was asked and names shows, so it is escaped like knowledge."""
    title = "Which one?" if answer.ambiguous else None
    return notice_embed(escape(answer.text), title)


def answer_draft(answer: Answer) -> Draft:
    source = answer.source
    footer = []
    if answer.as_of is not None:
        footer.append(f"As of {answer.as_of}")
    if source is not None:
        footer.append(f"Source: {source_name(source)}")
    return Draft(
        title=_escaped(answer.title or "showbot", limits.EMBED_TITLE),
        description=_escaped(answer.text, limits.EMBED_DESCRIPTION),
        colour=ANSWER_COLOUR,
        url=safe_url(source.url) if source else None,
        fields=tuple(
            (
                _escaped(fact.label, limits.EMBED_FIELD_NAME),
                _escaped(fact.value, limits.EMBED_FIELD_VALUE),
            )
            for fact in answer.facts
            if fact.label.strip() and fact.value.strip()
        )[: limits.EMBED_FIELDS],
        footer=" · ".join(footer) or None,
    )


def _escaped(text: str, limit: int) -> str:
    """`text` escaped, only as far as a part of `limit` characters can show: escaping never
    shortens, so one character more still tells `shorten` that the text goes on. (A cast of
    hundreds makes an answer of 100,000 characters; escaping it all would stall the bot.)"""
    return escape(text[: limit + 1])


def source_name(source: Source) -> str:
    """How a footer cites a source: its title, else the site its link points to."""
    return source.title or url_host(source.url) or "unnamed source"


def fit(drafts: Sequence[Draft]) -> list[discord.Embed]:
    """Embeds for `drafts`, each part within its own limit and all within the message's."""
    descriptions = [_demand(d.description, limits.EMBED_DESCRIPTION) for d in drafts]
    others = [_demand(text, limit) for d in drafts for text, limit in _other_parts(d)]
    reserved = min(sum(descriptions), limits.EMBED_TOTAL // 2)
    other_caps = share(others, limits.EMBED_TOTAL - reserved)
    description_caps = share(descriptions, limits.EMBED_TOTAL - sum(other_caps))
    caps = iter(other_caps)
    embeds = []
    for draft, description_cap in zip(drafts, description_caps, strict=True):
        title_cap, footer_cap = next(caps), next(caps)
        embed = discord.Embed(
            title=shorten(draft.title or "", title_cap) or None,
            description=shorten(draft.description, description_cap) or None,
            colour=draft.colour,
            url=draft.url,
        )
        for name, value in draft.fields:
            name_cap, value_cap = next(caps), next(caps)
            if name_cap and value_cap:
                embed.add_field(name=shorten(name, name_cap), value=shorten(value, value_cap))
        if draft.footer:
            embed.set_footer(text=shorten(draft.footer, footer_cap))
        embeds.append(embed)
    return embeds


def _other_parts(draft: Draft) -> list[tuple[str, int]]:
    """Every part but the description, in the order `fit` reads their caps back."""
    parts = [(draft.title or "", limits.EMBED_TITLE), (draft.footer or "", limits.EMBED_FOOTER)]
    for name, value in draft.fields:
        parts += [(name, limits.EMBED_FIELD_NAME), (value, limits.EMBED_FIELD_VALUE)]
    return parts


def _demand(text: str, limit: int) -> int:
    return min(len(text), limit)


def share(demands: Sequence[int], room: int) -> list[int]:
    """How many characters each part may keep so that together they fit in `room`: all of
    what each asks for when that fits, else the same cap for every part that asks for more
    (the largest cap that fits), so short parts stay whole and long ones are cut evenly."""
    if sum(demands) <= room:
        return list(demands)
    low, high = 0, max(demands)
    while low < high:
        level = (low + high + 1) // 2
        if sum(min(d, level) for d in demands) <= room:
            low = level
        else:
            high = level - 1
    return [min(d, low) for d in demands]
