"""The bot object: the engine and settings come in through the constructor."""

from __future__ import annotations

import asyncio
import logging

import discord
from discord.ext import commands

from bot.chat.announcer import Announcer
from bot.chat.cooldown import UserCooldown
from bot.chat.replies import NO_PINGS, PickShow
from bot.chat.sync import sync_on_start
from bot.chat.tree import ShowTree
from bot.core import Engine
from bot.data import GuildSettings, Store
from bot.settings import Settings

log = logging.getLogger(__name__)

EXTENSIONS = (
    "bot.chat.cogs.ask",
    "bot.chat.cogs.mentions",
    "bot.chat.cogs.admin",
    # lasting state: follows, announcements, per-server settings
    "bot.chat.cogs.follows",
    "bot.chat.cogs.announce",
    "bot.chat.cogs.server",
)


def bot_intents() -> discord.Intents:
    """No privileged intent: Discord delivers the text of messages that mention the bot, and of
    DMs, without Message Content; guild events are needed for the member and role objects."""
    intents = discord.Intents.none()
    intents.guilds = True
    intents.guild_messages = True
    intents.dm_messages = True
    return intents


class ShowBot(commands.Bot):
    def __init__(
        self,
        *,
        engine: Engine,
        settings: Settings,
        store: Store,
        sync_commands: bool = True,
    ) -> None:
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
        # -- lasting state (follows, announcements, per-server settings) --------------------
        self.store = store
        self.announcer = Announcer(
            self, store, pause=settings.announce_pause, lease=settings.announce_lease
        )
        self.server_settings: dict[int, GuildSettings] = {}
        """Each server's settings, read at start and kept current by /mentions, so that a
        mention is accepted or ignored without waiting on the database."""

    def settings_of(self, guild_id: int) -> GuildSettings:
        return self.server_settings.get(guild_id) or GuildSettings(guild_id)

    async def _open_store(self) -> None:
        """Connect, migrate, read the servers' settings, start sending notices."""
        await self.store.open()
        self.server_settings = await self.store.all_guild_settings()
        self.announcer.start()

    async def close(self) -> None:
        await self.announcer.stop()
        await super().close()
        await self.store.close()

    async def setup_hook(self) -> None:
        if self.sync_commands:  # serving; `showbot sync` only pushes the commands
            await self._open_store()
        for extension in EXTENSIONS:
            await self.load_extension(extension)
        self.add_dynamic_items(PickShow)
        if self.sync_commands:
            await sync_on_start(
                self.tree,
                guild_id=self.settings.guild_id,
                state_dir=self.settings.state_dir,
                application_id=self.application_id,
            )

    async def on_ready(self) -> None:
        log.info("connected as %s; serving %d shows", self.user, self.engine.show_count)

    async def on_message(self, message: discord.Message) -> None:
        """No prefix commands: mentions are questions, handled by the mentions cog."""
