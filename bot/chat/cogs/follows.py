"""/follow, /unfollow, /following: members hear by DM when a show they follow changes."""

from __future__ import annotations

import logging
from typing import TYPE_CHECKING

import discord
from discord import app_commands
from discord.ext import commands

from bot.chat.cogs.ask import ShowName, autocomplete_choices, show_choices
from bot.chat.embeds import answer_notice
from bot.chat.replies import NO_PINGS, tell
from bot.chat.showpick import pick_show
from bot.chat.text import escape
from bot.core import Suggestion
from bot.data import DM_GUILD
from bot.data.news import start_following

if TYPE_CHECKING:
    from bot.chat.client import ShowBot

log = logging.getLogger(__name__)

MAX_FOLLOWS = 100
"""A member may follow this many shows: the list must fit one message, and DMs stay few."""


def following_message(titles: list[str]) -> str:
    if not titles:
        return "You follow no show yet. `/follow show:` one to hear by DM when it changes."
    lines = ["You hear by DM when these shows change:"]
    lines += [f"• {title}" for title in titles]
    return "\n".join(lines)


class Follows(commands.Cog):
    def __init__(self, bot: ShowBot) -> None:
        self.bot = bot

    @app_commands.command(name="follow", description="Hear by DM when a show's status changes")
    @app_commands.describe(show="The show's title")
    @app_commands.autocomplete(show=show_choices)
    async def follow(self, interaction: discord.Interaction[ShowBot], show: ShowName) -> None:
        picked = pick_show(self.bot.engine, show)
        if picked.show is None:
            await interaction.response.send_message(
                embed=answer_notice(picked.answer), ephemeral=True, allowed_mentions=NO_PINGS
            )
            return
        store = self.bot.store
        if len(await store.following(interaction.user.id)) >= MAX_FOLLOWS:
            await tell(interaction, f"You follow {MAX_FOLLOWS} shows already: /unfollow one first.")
            return
        await start_following(store, picked.show)
        guild = interaction.guild_id or DM_GUILD
        added = await store.follow(interaction.user.id, picked.show.id, guild)
        title = escape(picked.show.title)
        if added:
            log.info("member %d follows %s", interaction.user.id, picked.show.id)
            text = (
                f"You follow **{title}**: I'll DM you when its status, a season or a release "
                "date changes, and on premiere day. Keep DMs from this server open."
            )
        else:
            text = f"You already follow **{title}**."
        await tell(interaction, text)

    async def followed_choices(
        self, interaction: discord.Interaction[ShowBot], current: str
    ) -> list[app_commands.Choice[str]]:
        """The member's own follows whose title holds what they typed."""
        typed = current.casefold().strip()
        choices = []
        for show_id in await self.bot.store.following(interaction.user.id):
            title = self._title(show_id)
            if typed in title.casefold() or typed in show_id:
                choices.append(Suggestion(show_id, title))
        return autocomplete_choices(choices)

    @app_commands.command(name="unfollow", description="Stop hearing about a show")
    @app_commands.describe(show="The show's title")
    @app_commands.autocomplete(show=followed_choices)
    async def unfollow(self, interaction: discord.Interaction[ShowBot], show: ShowName) -> None:
        store = self.bot.store
        show_id = show.strip()
        if show_id not in await store.following(interaction.user.id):
            picked = pick_show(self.bot.engine, show)
            show_id = picked.show.id if picked.show is not None else show_id
        if await store.unfollow(interaction.user.id, show_id):
            await tell(interaction, f"You no longer follow **{escape(self._title(show_id))}**.")
        else:
            await tell(interaction, "You don't follow that show. `/following` lists yours.")

    @app_commands.command(name="following", description="The shows you follow")
    async def following(self, interaction: discord.Interaction[ShowBot]) -> None:
        show_ids = await self.bot.store.following(interaction.user.id)
        titles = [escape(self._title(show_id)) for show_id in show_ids]
        await tell(interaction, following_message(titles))

    def _title(self, show_id: str) -> str:
        """The show's label, or its id and a note when a reload removed it."""
        with self.bot.engine.reading() as snapshot:
            show = snapshot.by_id.get(show_id)
            return snapshot.show_label(show) if show else f"{show_id} (no longer in my notes)"


async def setup(bot: ShowBot) -> None:
    await bot.add_cog(Follows(bot))
