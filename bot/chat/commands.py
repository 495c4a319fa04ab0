"""`showbot run` and `showbot sync`: starting the Discord bot from the command line."""

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

from bot.commandline import EXIT_OK, CommandError, knowledge_dir
from bot.core import Engine, StartCache
from bot.data import DatabaseError, Store
from bot.settings import Settings, SettingsError, load_settings

if TYPE_CHECKING:
    from bot.chat.client import ShowBot

log = logging.getLogger(__name__)


def _settings(args: argparse.Namespace) -> Settings:
    try:
        settings = load_settings()
    except SettingsError as exc:
        raise CommandError(str(exc)) from exc
    if not settings.token:
        raise CommandError(
            "DISCORD_TOKEN is not set. Create a bot at https://discord.com/developers/applications,"
            " copy its token and run: DISCORD_TOKEN=... showbot run"
        )
    return settings


def _engine(args: argparse.Namespace, settings: Settings) -> Engine:
    root: Path = args.knowledge or settings.knowledge_dir or knowledge_dir(args)
    start_cache = StartCache(settings.state_dir / "cache") if settings.start_cache else None
    return Engine.from_directory(root, start_cache=start_cache)


def run(args: argparse.Namespace) -> int:
    """`showbot run`: serve until stopped."""
    settings = _settings(args)
    engine = _engine(args, settings)
    discord.utils.setup_logging(level=getattr(logging, settings.log_level), root=True)
    from bot.chat.client import ShowBot

    bot = ShowBot(engine=engine, settings=settings, store=Store(settings.database))
    try:
        asyncio.run(_serve(bot, settings.token or ""))
    except discord.LoginFailure as exc:
        raise CommandError(f"Discord rejected DISCORD_TOKEN ({exc}); check the token") from exc
    except discord.PrivilegedIntentsRequired as exc:
        raise CommandError(str(exc)) from exc
    except DatabaseError as exc:
        raise CommandError(str(exc)) from exc
    return EXIT_OK


async def _serve(bot: discord.Client, token: str) -> None:
    """Run until the connection ends or SIGINT/SIGTERM asks for a clean shutdown."""
    loop = asyncio.get_running_loop()
    stopping = asyncio.Event()
    for signum in (signal.SIGINT, signal.SIGTERM):
        with contextlib.suppress(NotImplementedError, RuntimeError):  # not on Windows
            loop.add_signal_handler(signum, stopping.set)
    async with bot:
        runner = asyncio.create_task(bot.start(token))
        waiter = asyncio.create_task(stopping.wait())
        done, _ = await asyncio.wait({runner, waiter}, return_when=asyncio.FIRST_COMPLETED)
        if waiter in done:
            log.info("shutting down")
            await bot.close()
        waiter.cancel()
        await runner  # re-raises a login failure


def sync(args: argparse.Namespace) -> int:
    """`showbot sync [--guild ID]`: push the command tree and exit."""
    settings = _settings(args)
    engine = _engine(args, settings)
    discord.utils.setup_logging(level=getattr(logging, settings.log_level), root=True)
    from bot.chat.client import ShowBot

    bot = ShowBot(
        engine=engine, settings=settings, store=Store(settings.database), sync_commands=False
    )
    try:
        pushed = asyncio.run(_push(bot, settings, args.guild))
    except discord.LoginFailure as exc:
        raise CommandError(f"Discord rejected DISCORD_TOKEN ({exc}); check the token") from exc
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
