"""The bot object: the engine and settings come in through the constructor."""

from __future__ import annotations

import asyncio
import logging
from typing import Any

import discord
from discord.ext import commands

from bot.chat.announcer import Announcer
from bot.chat.cooldown import UserCooldown
from bot.chat.refresh import LiveRefresh
from bot.chat.reloadwatch import ReloadWatch
from bot.chat.replies import NO_PINGS, PickShow
from bot.chat.sync import sync_on_start
from bot.chat.tree import ShowTree
from bot.core import Engine
from bot.data import GuildSettings, Store
from bot.metrics import Metrics
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


def _shards(settings: Settings) -> dict[str, Any]:
    """Operations (issue 13): which shards this process runs; none set lets Discord choose."""
    chosen: dict[str, Any] = {"shard_count": settings.shard_count}
    if settings.shard_ids is not None:
        chosen["shard_ids"] = list(settings.shard_ids)
    return chosen


class ShowBot(commands.AutoShardedBot):
    """Sharded from the start (Discord requires it past 2,500 servers): one process runs the
    shards `settings.shard_ids` of `settings.shard_count`, or all the shards Discord
    recommends when neither is set."""

    def __init__(
        self,
        *,
        engine: Engine,
        settings: Settings,
        store: Store,
        sync_commands: bool = True,
        metrics: Metrics | None = None,
    ) -> None:
        # showbot never joins voice: no "PyNaCl/davey is not installed" warning at each start
        # (discord.py's documented switches), so a WARNING in the log is worth reading.
        discord.VoiceClient.warn_nacl = discord.VoiceClient.warn_dave = False
        super().__init__(
            command_prefix=commands.when_mentioned,
            intents=bot_intents(),
            tree_cls=ShowTree,
            allowed_mentions=NO_PINGS,
            help_command=None,
            **_shards(settings),
        )
        self.engine = engine
        self.settings = settings
        self.metrics = metrics or Metrics()
        self.live_shards: set[int] = set()
        """Shards whose session is live (READY or RESUMED received): what /health reports."""
        self.sync_commands = sync_commands
        self.reload_lock = asyncio.Lock()
        self.question_cooldown = UserCooldown(settings.cooldown_rate, settings.cooldown_seconds)
        # -- lasting state (follows, announcements, per-server settings) --------------------
        self.store = store
        self.announcer = Announcer(
            self,
            store,
            pause=settings.announce_pause,
            lease=settings.announce_lease,
            generation=lambda: self.reload_watch.seen,
        )
        self.reload_watch = ReloadWatch(
            engine,
            store,
            self.reload_lock,
            process=self.announcer.claimer,
            after_reload=self.announcer.check_news,
        )
        """Reloads this process's base when another process reloaded theirs."""
        self.live_refresh = LiveRefresh.from_settings(
            settings, engine, self.reload_lock, after_reload=self.knowledge_reloaded
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
        await self.reload_watch.start()
        self.announcer.start()

    async def knowledge_reloaded(self) -> None:
        """A reload here went well (an admin's or the live refresh's): the other processes
        follow through the generation stamp, then followers hear what changed."""
        await self.reload_watch.reloaded_here()
        await self.announcer.check_news()

    async def setup_hook(self) -> None:
        if self.sync_commands:  # serving; `showbot sync` only pushes the commands
            await self._open_store()
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
        """Stop the background tasks first (a notice being sent finishes), the database last."""
        await self.announcer.stop()
        await self.reload_watch.stop()
        if self.live_refresh is not None:
            await self.live_refresh.stop()
        await super().close()
        await self.store.close()

    async def on_ready(self) -> None:
        log.info(
            "connected as %s; shards %s of %s; serving %d shows",
            self.user,
            ",".join(str(i) for i in sorted(self.shards)),
            self.shard_count,
            self.engine.show_count,
        )

    async def on_shard_connect(self, shard_id: int) -> None:
        self.live_shards.add(shard_id)
        log.info("shard %d connected", shard_id)

    async def on_shard_resumed(self, shard_id: int) -> None:
        self.live_shards.add(shard_id)
        log.info("shard %d resumed", shard_id)

    async def on_shard_disconnect(self, shard_id: int) -> None:
        self.live_shards.discard(shard_id)
        if self.is_closed():
            return
        log.warning("shard %d disconnected; discord.py reconnects it", shard_id)

    async def on_message(self, message: discord.Message) -> None:
        """No prefix commands: mentions are questions, handled by the mentions cog."""
