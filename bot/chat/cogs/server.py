"""/mentions on | off | only | status: a server's admins decide where the bot answers mentions.

Slash commands are governed by Discord's own per-server command permissions; mentions are the
bot's to govern, so this is the setting for them. Each server's choice is its own.
"""

from __future__ import annotations

import logging
from typing import TYPE_CHECKING

import discord
from discord import app_commands
from discord.ext import commands

from bot.chat.embeds import notice_embed
from bot.chat.permissions import admin_check
from bot.chat.replies import NO_PINGS
from bot.data import GuildSettings, MentionMode

if TYPE_CHECKING:
    from bot.chat.client import ShowBot

log = logging.getLogger(__name__)

MAX_CHANNELS = 25


def mentions_message(settings: GuildSettings) -> str:
    if settings.mentions is MentionMode.OFF:
        return "I ignore mentions in this server; slash commands still work."
    if settings.mentions is MentionMode.CHANNELS:
        channels = ", ".join(f"<#{c}>" for c in sorted(settings.mention_channels))
        return f"I answer mentions only in {channels}."
    return "I answer mentions in every channel of this server."


class ServerSettings(commands.Cog):
    mentions = app_commands.Group(
        name="mentions",
        description="Where showbot answers when mentioned in this server",
        default_permissions=discord.Permissions(manage_guild=True),
        guild_only=True,
    )

    def __init__(self, bot: ShowBot) -> None:
        self.bot = bot

    async def _set(
        self,
        interaction: discord.Interaction[ShowBot],
        mode: MentionMode,
        channels: frozenset[int] = frozenset(),
    ) -> None:
        assert interaction.guild_id is not None  # guild_only
        settings = await self.bot.store.set_mentions(interaction.guild_id, mode, channels)
        self.bot.server_settings[interaction.guild_id] = settings
        log.info("guild %d: mentions %s by %d", interaction.guild_id, mode, interaction.user.id)
        await self._show(interaction, settings)

    async def _show(
        self, interaction: discord.Interaction[ShowBot], settings: GuildSettings
    ) -> None:
        await interaction.response.send_message(
            embed=notice_embed(mentions_message(settings)),
            ephemeral=True,
            allowed_mentions=NO_PINGS,
        )

    @mentions.command(name="on", description="Answer mentions in every channel")
    @app_commands.check(admin_check)
    async def on(self, interaction: discord.Interaction[ShowBot]) -> None:
        await self._set(interaction, MentionMode.ON)

    @mentions.command(name="off", description="Ignore mentions in this server")
    @app_commands.check(admin_check)
    async def off(self, interaction: discord.Interaction[ShowBot]) -> None:
        await self._set(interaction, MentionMode.OFF)

    @mentions.command(
        name="only", description="Answer mentions only in this channel (and others added)"
    )
    @app_commands.describe(channel="A channel where mentions are answered")
    @app_commands.check(admin_check)
    async def only(
        self, interaction: discord.Interaction[ShowBot], channel: discord.TextChannel
    ) -> None:
        assert interaction.guild_id is not None
        current = self.bot.settings_of(interaction.guild_id)
        kept = current.mention_channels if current.mentions is MentionMode.CHANNELS else frozenset()
        if len(kept) >= MAX_CHANNELS and channel.id not in kept:
            await interaction.response.send_message(
                embed=notice_embed(f"At most {MAX_CHANNELS} channels: `/mentions on` to reset."),
                ephemeral=True,
                allowed_mentions=NO_PINGS,
            )
            return
        await self._set(interaction, MentionMode.CHANNELS, kept | {channel.id})

    @mentions.command(name="status", description="Where mentions are answered")
    @app_commands.check(admin_check)
    async def status(self, interaction: discord.Interaction[ShowBot]) -> None:
        assert interaction.guild_id is not None
        await self._show(interaction, self.bot.settings_of(interaction.guild_id))


async def setup(bot: ShowBot) -> None:
    await bot.add_cog(ServerSettings(bot))
