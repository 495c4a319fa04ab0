"""The bot object: the engine and settings come in through the constructor."""

from __future__ import annotations

import asyncio
import logging

import discord
from discord.ext import commands

from bot.chat.cooldown import UserCooldown
from bot.chat.refresh import LiveRefresh
from bot.chat.replies import NO_PINGS, PickShow
from bot.chat.sync import sync_on_start
from bot.chat.tree import ShowTree
from bot.core import Engine
from bot.settings import Settings

log = logging.getLogger(__name__)

EXTENSIONS = ("bot.chat.cogs.ask", "bot.chat.cogs.mentions", "bot.chat.cogs.admin")


def bot_intents() -> discord.Intents:
    """No privileged intent: Discord delivers the text of messages that mention the bot, and of
    DMs, without Message Content; guild events are needed for the member and role objects."""
    intents = discord.Intents.none()
    intents.guilds = True
    intents.guild_messages = True
    intents.dm_messages = True
    return intents


class ShowBot(commands.Bot):
    def __init__(self, *, engine: Engine, settings: Settings, sync_commands: bool = True) -> None:
        super().__init__(
            command_prefix=commands.when_mentioned,
            intents=bot_intents(),
            tree_cls=ShowTree,
            allowed_mentions=NO_PINGS,
            help_command=None,
        )
        self.engine = engine
        self.settings = settings
        self.sync_commands = sync_commands
        self.reload_lock = asyncio.Lock()
        self.question_cooldown = UserCooldown(settings.cooldown_rate, settings.cooldown_seconds)
        self.live_refresh = LiveRefresh.from_settings(settings, engine, self.reload_lock)

    async def setup_hook(self) -> None:
        for extension in EXTENSIONS:
            await self.load_extension(extension)
        self.add_dynamic_items(PickShow)
        if self.live_refresh is not None:
            self.live_refresh.start()
        if self.sync_commands:
            await sync_on_start(
                self.tree,
                guild_id=self.settings.guild_id,
                state_dir=self.settings.state_dir,
                application_id=self.application_id,
            )

    async def close(self) -> None:
        if self.live_refresh is not None:
            await self.live_refresh.stop()
        await super().close()

    async def on_ready(self) -> None:
        log.info("connected as %s; serving %d shows", self.user, self.engine.show_count)

    async def on_message(self, message: discord.Message) -> None:
        """No prefix commands: mentions are questions, handled by the mentions cog."""
