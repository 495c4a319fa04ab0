"""How an answer is sent: public embed when it answers, ephemeral notice with "Did you mean"
buttons when it does not. Shared by slash commands, mentions and button presses."""

from __future__ import annotations

from dataclasses import dataclass

import discord

from bot.chat.embeds import answer_embed, notice_embed
from bot.core.answers import Answer
from bot.core.questions import Intent

NO_PINGS = discord.AllowedMentions.none()
_PICK = "showbot:pick"


@dataclass(frozen=True)
class Reply:
    embed: discord.Embed
    view: discord.ui.View | None
    ephemeral: bool


def reply_for(answer: Answer) -> Reply:
    if answer.found:
        return Reply(answer_embed(answer), None, ephemeral=False)
    title = "Which one?" if answer.ambiguous else None
    view = suggestions_view(answer) if answer.suggestions else None
    return Reply(notice_embed(answer.text, title), view, ephemeral=True)


def suggestions_view(answer: Answer) -> discord.ui.View:
    """One button per suggested show; pressing it answers the same question for that show."""
    view = discord.ui.View(timeout=None)
    intent = answer.intent if answer.intent not in (Intent.HELP, Intent.PERSON) else Intent.STATUS
    for suggestion in answer.suggestions[:5]:
        button = PickShow(intent, answer.season, suggestion.id, suggestion.label)
        if len(button.item.custom_id or "") <= 100:
            view.add_item(button)
    return view


class PickShow(
    discord.ui.DynamicItem[discord.ui.Button],
    template=_PICK + r":(?P<intent>[a-z]+):(?P<season>\d*):(?P<show>[a-z0-9-]+)",
):
    """A "Did you mean" button whose custom_id carries the question, so it keeps working after
    a restart (a dynamic item needs no stored view state)."""

    def __init__(self, intent: Intent, season: int | None, show_id: str, label: str) -> None:
        super().__init__(
            discord.ui.Button(
                label=label[:80],
                style=discord.ButtonStyle.secondary,
                custom_id=f"{_PICK}:{intent.value}:{season or ''}:{show_id}",
            )
        )
        self.intent = intent
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
        try:
            intent = Intent(match["intent"])
        except ValueError:
            intent = Intent.STATUS
        return cls(intent, season, match["show"], item.label or match["show"])

    async def callback(self, interaction: discord.Interaction) -> None:
        from bot.chat.embeds import discord_date
        from bot.core.engine import UnknownShow

        engine = interaction.client.engine  # type: ignore[attr-defined]
        try:
            answer = engine.answer_for(self.show_id, self.intent, self.season, fmt=discord_date)
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


async def send_reply(interaction: discord.Interaction, answer: Answer) -> None:
    """Answer an interaction, whether or not it was deferred."""
    reply = reply_for(answer)
    kwargs = {"embed": reply.embed, "ephemeral": reply.ephemeral, "allowed_mentions": NO_PINGS}
    if reply.view is not None:
        kwargs["view"] = reply.view
    if interaction.response.is_done():
        await interaction.followup.send(**kwargs)
    else:
        await interaction.response.send_message(**kwargs)
