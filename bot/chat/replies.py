"""How an answer is sent: public embed when it answers, ephemeral notice with "Did you mean"
buttons when it does not. Shared by slash commands, mentions and button presses."""

from __future__ import annotations

from dataclasses import dataclass

import discord

from bot.chat.embeds import answer_embed, notice_embed
from bot.core.answers import Answer
from bot.core.questions import Topic

NO_PINGS = discord.AllowedMentions.none()
_PICK = "showbot:pick"


@dataclass(frozen=True)
class Reply:
    embeds: list[discord.Embed]
    """One per show answered about (a question may name up to three)."""
    view: discord.ui.View | None
    ephemeral: bool


def reply_for(answer: Answer) -> Reply:
    if answer.found:
        return Reply([answer_embed(a) for a in (answer, *answer.also)], None, ephemeral=False)
    title = "Which one?" if answer.ambiguous else None
    view = suggestions_view(answer) if answer.suggestions else None
    return Reply([notice_embed(answer.text, title)], view, ephemeral=True)


def suggestions_view(answer: Answer) -> discord.ui.View:
    """One button per suggested show; pressing it answers the same question for that show."""
    view = discord.ui.View(timeout=None)
    topic = answer.topic if answer.topic not in (Topic.HELP, Topic.PERSON) else Topic.STATUS
    for suggestion in answer.suggestions[:5]:
        button = PickShow(topic, answer.season, suggestion.id, suggestion.label)
        if len(button.item.custom_id or "") <= 100:
            view.add_item(button)
    return view


class PickShow(
    discord.ui.DynamicItem[discord.ui.Button],
    template=_PICK + r":(?P<topic>[a-z_]+):(?P<season>[0-9]*):(?P<show>[a-z0-9-]+)",
):
    """A "Did you mean" button whose custom_id carries the question, so it keeps working after
    a restart (a dynamic item needs no stored view state)."""

    def __init__(self, topic: Topic, season: int | None, show_id: str, label: str) -> None:
        super().__init__(
            discord.ui.Button(
                label=label[:80],
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
        interaction: discord.Interaction,
        item: discord.ui.Button,
        match,
        /,
    ) -> PickShow:
        season = int(match["season"]) if match["season"] else None
        return cls(_topic(match["topic"]), season, match["show"], item.label or match["show"])

    async def callback(self, interaction: discord.Interaction) -> None:
        from bot.chat.embeds import discord_date
        from bot.core.engine import UnknownShow

        engine = interaction.client.engine  # type: ignore[attr-defined]
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


def _topic(value: str) -> Topic:
    """The topic a button carries; buttons made before topics existed carry an intent."""
    if value == "info":
        return Topic.CARD
    try:
        return Topic(value)
    except ValueError:
        return Topic.STATUS


async def send_reply(interaction: discord.Interaction, answer: Answer) -> None:
    """Answer an interaction, whether or not it was deferred."""
    reply = reply_for(answer)
    kwargs = {"embeds": reply.embeds, "ephemeral": reply.ephemeral, "allowed_mentions": NO_PINGS}
    if reply.view is not None:
        kwargs["view"] = reply.view
    if interaction.response.is_done():
        await interaction.followup.send(**kwargs)
    else:
        await interaction.response.send_message(**kwargs)
