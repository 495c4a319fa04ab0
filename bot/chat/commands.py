"""`showbot run` and `showbot sync`: starting the Discord bot from the command line.

Every failure an admin can fix (no token, a token Discord refuses, no network, a bad setting, a
busy health port) ends as one line on stderr and exit code 2 (bot/chat/failures.py).
"""

from __future__ import annotations

import argparse
import asyncio
import contextlib
import logging
import signal
import sys
from pathlib import Path
from typing import TYPE_CHECKING

import discord

from bot.chat.failures import PORTAL, explained_failures
from bot.commandline import EXIT_OK, CommandError, knowledge_dir
from bot.core import Engine, StartCache
from bot.data import DatabaseError, Store
from bot.logs import setup_logging
from bot.metrics import Metrics
from bot.settings import Settings, SettingsError, load_settings

if TYPE_CHECKING:
    from bot.chat.client import ShowBot
    from bot.chat.health import HealthServer

log = logging.getLogger(__name__)


def _settings(args: argparse.Namespace, command: str) -> Settings:
    """The settings, the token checked first (it is what a new admin forgets), and the log
    level they name set up before anything else is logged."""
    try:
        settings = load_settings()
    except SettingsError as exc:
        raise CommandError(str(exc)) from exc
    if not settings.token:
        raise CommandError(
            f"DISCORD_TOKEN is not set: copy your bot's token from {PORTAL} "
            f"(your application > Bot > Reset Token) and run: DISCORD_TOKEN=... showbot {command}"
        )
    setup_logging(args.log_level or settings.log_level)
    return settings


def _engine(args: argparse.Namespace, settings: Settings) -> Engine:
    root: Path = args.knowledge or settings.knowledge_dir or knowledge_dir(args)
    start_cache = StartCache(settings.state_dir / "cache") if settings.start_cache else None
    return Engine.from_directory(root, start_cache=start_cache)


def run(args: argparse.Namespace) -> int:
    """`showbot run`: serve until stopped."""
    settings = _settings(args, "run")
    engine = _engine(args, settings)
    from bot.chat.client import ShowBot
    from bot.chat.health import HealthServer

    bot = ShowBot(
        engine=engine, settings=settings, store=Store(settings.database), metrics=Metrics()
    )
    health = None
    if settings.health_port is not None:
        health = HealthServer(bot, settings.health_host, settings.health_port)
    with explained_failures("run"):
        try:
            asyncio.run(_serve(bot, settings.token or "", health))
        except DatabaseError as exc:  # its message names SHOWBOT_DATABASE_URL, never its value
            raise CommandError(str(exc)) from exc
    return EXIT_OK


async def _serve(bot: discord.Client, token: str, health: HealthServer | None) -> None:
    """Run until the connection ends or SIGINT/SIGTERM asks for a clean shutdown. The health
    endpoint comes up first, so it says 503 while the bot connects."""
    loop = asyncio.get_running_loop()
    stopping = asyncio.Event()
    for signum in (signal.SIGINT, signal.SIGTERM):
        with contextlib.suppress(NotImplementedError, RuntimeError):  # not on Windows
            loop.add_signal_handler(signum, stopping.set)
    if health is not None:
        await health.start()
    try:
        async with bot:
            runner = asyncio.create_task(bot.start(token))
            waiter = asyncio.create_task(stopping.wait())
            done, _ = await asyncio.wait({runner, waiter}, return_when=asyncio.FIRST_COMPLETED)
            if waiter in done:
                log.info("shutting down")
                await bot.close()
            waiter.cancel()
            await runner  # re-raises a login failure
    finally:
        if health is not None:
            await health.stop()


def sync(args: argparse.Namespace) -> int:
    """`showbot sync [--guild ID]`: push the command tree and exit."""
    settings = _settings(args, "sync")
    engine = _engine(args, settings)
    from bot.chat.client import ShowBot

    bot = ShowBot(
        engine=engine, settings=settings, store=Store(settings.database), sync_commands=False
    )
    with explained_failures("sync"):
        pushed = asyncio.run(_push(bot, settings, args.guild))
    where = f"guild {args.guild}" if args.guild else "all servers (global)"
    sys.stdout.write(f"synced {pushed} commands to {where}\n")
    return EXIT_OK


async def _push(bot: ShowBot, settings: Settings, guild_id: int | None) -> int:
    from bot.chat.sync import remember_global_sync

    async with bot:
        await bot.login(settings.token or "")
        tree = bot.tree
        if guild_id is not None:
            guild = discord.Object(id=guild_id)
            tree.copy_global_to(guild=guild)
            return len(await tree.sync(guild=guild))
        commands = await tree.sync()
        remember_global_sync(tree, settings.state_dir, bot.application_id)
        return len(commands)
