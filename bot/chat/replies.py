"""How an answer is sent: public embed when it answers, ephemeral notice with "Did you mean"
buttons when it does not. Shared by slash commands, mentions and button presses."""

from __future__ import annotations

import logging
import re
import time
from dataclasses import dataclass
from typing import TYPE_CHECKING, Any, cast

import discord

from bot.chat import limits
from bot.chat.embeds import answer_embed, answer_embeds, answer_notice, discord_date, notice_embed
from bot.chat.text import one_line, shorten, shorten_label
from bot.core import Answer, Suggestion, Topic, UnknownShow
from bot.data import DM_GUILD

if TYPE_CHECKING:
    from bot.chat.client import ShowBot

log = logging.getLogger(__name__)

NO_PINGS = discord.AllowedMentions.none()
_PICK = "showbot:pick"


@dataclass(frozen=True)
class Reply:
    embeds: list[discord.Embed]
    """One per show answered about (a question may name up to three)."""
    view: discord.ui.View | None
    ephemeral: bool


def reply_for(answer: Answer) -> Reply:
    """Public embeds (one per show, fitted together) when it answers; else an ephemeral
    notice, with a button per suggested show when there are any."""
    if answer.found:
        # "when did outcast and the tomorrow people end": buttons for which Outcast
        asked_back = next((a for a in answer.also if a.ambiguous and a.suggestions), None)
        view = suggestions_view(asked_back) if asked_back is not None else None
        return Reply(answer_embeds([answer, *answer.also]), view, ephemeral=False)
    view = suggestions_view(answer) if answer.suggestions else None
    return Reply([answer_notice(answer)], view, ephemeral=True)


def suggestions_view(answer: Answer) -> discord.ui.View:
    """One button per suggested show; pressing it answers the same question for that show."""
    view = discord.ui.View(timeout=None)
    topic = answer.topic if answer.topic not in (Topic.HELP, Topic.PERSON) else Topic.STATUS
    for suggestion in answer.suggestions[: limits.BUTTONS_PER_ROW]:
        button = PickShow(topic, answer.season, suggestion.id, button_label(suggestion))
        if len(button.item.custom_id or "") <= limits.CUSTOM_ID:
            view.add_item(button)
    return view


def button_label(suggestion: Suggestion) -> str:
    """The show's label on one line, within Discord's 80 characters; its id if it has none."""
    return shorten_label(one_line(suggestion.label) or suggestion.id, limits.BUTTON_LABEL)


class PickShow(
    discord.ui.DynamicItem[discord.ui.Button[discord.ui.View]],
    template=_PICK + r":(?P<topic>[a-z_]+):(?P<season>[0-9]*):(?P<show>[a-z0-9-]+)",
):
    """A "Did you mean" button whose custom_id carries the question, so it keeps working after
    a restart (a dynamic item needs no stored view state)."""

    def __init__(self, topic: Topic, season: int | None, show_id: str, label: str) -> None:
        super().__init__(
            discord.ui.Button(
                label=shorten(label, limits.BUTTON_LABEL),
                style=discord.ButtonStyle.secondary,
                custom_id=f"{_PICK}:{topic.value}:{season or ''}:{show_id}",
            )
        )
        self.topic = topic
        self.season = season
        self.show_id = show_id

    @classmethod
    async def from_custom_id(
        cls,
        interaction: discord.Interaction[Any],
        item: discord.ui.Item[Any],
        match: re.Match[str],
        /,
    ) -> PickShow:
        season = int(match["season"]) if match["season"] else None
        label = item.label if isinstance(item, discord.ui.Button) else None
        return cls(_topic(match["topic"]), season, match["show"], label or match["show"])

    async def callback(self, interaction: discord.Interaction[Any]) -> None:
        # discord.py types a dynamic item's interaction for any client; this one is ShowBot's.
        bot = cast("ShowBot", interaction.client)
        engine, started = bot.engine, time.perf_counter()
        try:
            answer = engine.answer_for(self.show_id, self.topic, self.season, fmt=discord_date)
        except UnknownShow:
            await interaction.response.send_message(
                embed=notice_embed("That show is no longer in my notes."),
                ephemeral=True,
                allowed_mentions=NO_PINGS,
            )
            return
        await interaction.response.send_message(
            embed=answer_embed(answer), allowed_mentions=NO_PINGS
        )
        bot.metrics.question_answered(time.perf_counter() - started)


def _topic(value: str) -> Topic:
    """The topic a button carries; buttons made before topics existed carry an intent."""
    if value == "info":
        return Topic.CARD
    try:
        return Topic(value)
    except ValueError:
        return Topic.STATUS


async def record_miss(bot: ShowBot, guild_id: int | None, answer: Answer) -> None:
    """Keep a title that matched no show for the admins of the server it was asked in (DMs
    apart). Recorded before the reply is sent, so an admin asking next sees it."""
    if answer.missed:
        try:
            await bot.store.record_miss(guild_id or DM_GUILD, answer.missed)
        except Exception:  # the answer matters more than the statistic
            log.warning("could not record a miss", exc_info=True)


async def send_reply(interaction: discord.Interaction[ShowBot], answer: Answer) -> None:
    """Answer an interaction, whether or not it was deferred."""
    await record_miss(interaction.client, interaction.guild_id, answer)
    reply = reply_for(answer)
    view = reply.view or discord.utils.MISSING
    if interaction.response.is_done():
        await interaction.followup.send(
            embeds=reply.embeds, ephemeral=reply.ephemeral, view=view, allowed_mentions=NO_PINGS
        )
    else:
        await interaction.response.send_message(
            embeds=reply.embeds, ephemeral=reply.ephemeral, view=view, allowed_mentions=NO_PINGS
        )


async def tell(interaction: discord.Interaction[Any], text: str) -> None:
    """A short notice only the member sees (what a command did, or why it did nothing)."""
    await interaction.response.send_message(
        embed=notice_embed(text), ephemeral=True, allowed_mentions=NO_PINGS
    )
