"""The one place that turns an engine `Answer` into Discord objects."""

from __future__ import annotations

import calendar
import datetime as dt

import discord

from bot.core.answers import Answer
from bot.core.models import PartialDate

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


def answer_embed(answer: Answer) -> discord.Embed:
    """A public answer: title, the answer, key facts, and where and when the facts come from."""
    source = answer.source
    embed = discord.Embed(
        title=_clip(answer.title or "showbot", 256),
        description=_clip(answer.text, 4096),
        colour=ANSWER_COLOUR,
        url=source.url if source and source.url else None,
    )
    for fact in answer.facts[:25]:
        embed.add_field(name=_clip(fact.label, 256), value=_clip(fact.value, 1024), inline=True)
    footer = []
    if answer.as_of is not None:
        footer.append(f"As of {answer.as_of}")
    if source is not None:
        footer.append(f"Source: {source.describe()}")
    if footer:
        embed.set_footer(text=_clip(" · ".join(footer), 2048))
    return embed


def notice_embed(text: str, title: str | None = None) -> discord.Embed:
    """An ephemeral notice: unknown show, which one, errors."""
    return discord.Embed(title=title, description=_clip(text, 4096), colour=NOTICE_COLOUR)


def _clip(text: str, limit: int) -> str:
    return text if len(text) <= limit else text[: limit - 1] + "…"
