"""/announce add | list | remove: a server's admins post a show's changes in a channel, with
an optional role ping (the only ping the bot ever sends, and only where an admin asked)."""

from __future__ import annotations

import logging
from typing import TYPE_CHECKING

import discord
from discord import app_commands
from discord.ext import commands

from bot.chat.cogs.ask import ShowName, show_choices
from bot.chat.embeds import answer_notice
from bot.chat.permissions import admin_check
from bot.chat.replies import NO_PINGS, tell
from bot.chat.showpick import pick_show
from bot.chat.text import escape
from bot.data import Announcement
from bot.data.news import start_following

if TYPE_CHECKING:
    from bot.chat.client import ShowBot

log = logging.getLogger(__name__)

MAX_ANNOUNCEMENTS = 50
"""Per server: the list must fit one message."""


def announcement_line(item: Announcement, title: str) -> str:
    """Channel and role as mentions: they show as names and, in an embed, ping nobody."""
    ping = f", pings <@&{item.role_id}>" if item.role_id else ""
    return f"• **{escape(title)}** in <#{item.channel_id}>{ping}"


class Announce(commands.Cog):
    announce = app_commands.Group(
        name="announce",
        description="Post a show's changes in a channel of this server",
        default_permissions=discord.Permissions(manage_guild=True),
        guild_only=True,
    )

    def __init__(self, bot: ShowBot) -> None:
        self.bot = bot

    @announce.command(name="add", description="Post this show's changes in a channel")
    @app_commands.describe(
        show="The show's title",
        channel="Where to post",
        role="A role to ping in the post (optional)",
    )
    @app_commands.autocomplete(show=show_choices)
    @app_commands.check(admin_check)
    async def add(
        self,
        interaction: discord.Interaction[ShowBot],
        show: ShowName,
        channel: discord.TextChannel,
        role: discord.Role | None = None,
    ) -> None:
        assert interaction.guild_id is not None  # guild_only
        picked = pick_show(self.bot.engine, show)
        if picked.show is None:
            await interaction.response.send_message(
                embed=answer_notice(picked.answer), ephemeral=True, allowed_mentions=NO_PINGS
            )
            return
        if role is not None and role.id == interaction.guild_id:
            await tell(interaction, "I never ping @everyone: pick a role, or none.")
            return
        store = self.bot.store
        existing = await store.announcements(interaction.guild_id)
        if len(existing) >= MAX_ANNOUNCEMENTS:
            await tell(
                interaction, f"This server has {MAX_ANNOUNCEMENTS} announcements: remove one first."
            )
            return
        await start_following(store, picked.show)
        role_id = role.id if role is not None else None
        await store.announce(
            interaction.guild_id, picked.show.id, channel.id, role_id, interaction.user.id
        )
        log.info(
            "guild %d: %s announced in channel %d by %d",
            interaction.guild_id,
            picked.show.id,
            channel.id,
            interaction.user.id,
        )
        item = Announcement(interaction.guild_id, picked.show.id, channel.id, role_id)
        await tell(
            interaction,
            "Done: changes to this show will be posted.\n"
            + announcement_line(item, picked.show.title),
        )

    @announce.command(name="list", description="The shows announced in this server")
    @app_commands.check(admin_check)
    async def list_(self, interaction: discord.Interaction[ShowBot]) -> None:
        assert interaction.guild_id is not None
        items = await self.bot.store.announcements(interaction.guild_id)
        if not items:
            await tell(interaction, "No show is announced here. `/announce add` one.")
            return
        lines = ["Announced in this server:"]
        lines += [announcement_line(item, self._title(item.show_id)) for item in items]
        await tell(interaction, "\n".join(lines))

    @announce.command(name="remove", description="Stop posting a show's changes")
    @app_commands.describe(show="The show's title", channel="Only in this channel (default: all)")
    @app_commands.autocomplete(show=show_choices)
    @app_commands.check(admin_check)
    async def remove(
        self,
        interaction: discord.Interaction[ShowBot],
        show: ShowName,
        channel: discord.TextChannel | None = None,
    ) -> None:
        assert interaction.guild_id is not None
        store = self.bot.store
        announced = {item.show_id for item in await store.announcements(interaction.guild_id)}
        show_id = show.strip()
        if show_id not in announced:
            picked = pick_show(self.bot.engine, show)
            show_id = picked.show.id if picked.show is not None else show_id
        removed = await store.stop_announcing(
            interaction.guild_id, show_id, channel.id if channel else None
        )
        if removed:
            await tell(interaction, f"Stopped announcing **{escape(self._title(show_id))}**.")
        else:
            await tell(interaction, "That show is not announced here. `/announce list`.")

    def _title(self, show_id: str) -> str:
        with self.bot.engine.reading() as snapshot:
            show = snapshot.by_id.get(show_id)
            return show.title if show else f"{show_id} (no longer in my notes)"


async def setup(bot: ShowBot) -> None:
    await bot.add_cog(Announce(bot))
