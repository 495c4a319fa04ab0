"""The `showbot` commands that reach beyond the engine: import, run, sync, invite.

Kept apart from `bot/cli.py` so that `showbot ask` never imports discord.py or the importers.
"""

from __future__ import annotations

import argparse
import os
import sys
from collections.abc import Callable
from pathlib import Path

from bot.commandline import EXIT_OK, EXIT_USAGE, CommandError


def register(
    commands: argparse._SubParsersAction[argparse.ArgumentParser], common: argparse.ArgumentParser
) -> None:
    from bot.importing import list_sources

    sources = list_sources()
    importer = commands.add_parser(
        "import",
        parents=[common],
        help="build a knowledge directory from a public TV dataset",
        description="Sources: " + "; ".join(f"{s.name}: {s.description}" for s in sources),
    )
    importer.add_argument("source", choices=[s.name for s in sources])
    importer.add_argument("file", type=Path, help="the dataset's CSV file")
    importer.add_argument("--out", type=Path, required=True, help="directory to write YAML into")
    importer.add_argument("--limit", type=int, default=None, help="import at most N rows")
    importer.set_defaults(handler=_import)

    run = commands.add_parser(
        "run", parents=[common], help="start the Discord bot (token from $DISCORD_TOKEN)"
    )
    run.set_defaults(handler=_discord("run"))
    sync = commands.add_parser("sync", parents=[common], help="push the slash commands to Discord")
    sync.add_argument(
        "--guild", type=_snowflake("server"), default=None, help="sync to this guild only"
    )
    sync.set_defaults(handler=_discord("sync"))

    invite = commands.add_parser(
        "invite", parents=[common], help="print the link that adds the bot to a server"
    )
    invite.add_argument(
        "--application-id",
        type=_snowflake("application"),
        default=None,
        help="the application's id (default: read from $DISCORD_TOKEN)",
    )
    invite.set_defaults(handler=_invite)


def _snowflake(what: str) -> Callable[[str], int]:
    """An argparse type for a Discord id, refused in the option's own terms."""

    def parse(raw: str) -> int:
        if not raw.strip().isdigit() or int(raw) <= 0:
            raise argparse.ArgumentTypeError(
                f"{raw!r} is not {'an' if what[0] in 'aeiou' else 'a'} {what} id "
                "(a number, from Copy ID in Discord's developer mode)"
            )
        return int(raw)

    return parse


def _invite(args: argparse.Namespace) -> int:
    from bot.chat.invite import application_id_from_token, invite_url

    application_id = args.application_id
    if application_id is None:
        token = os.environ.get("DISCORD_TOKEN", "").strip()
        if not token:
            raise CommandError(
                "no application id: pass --application-id ID (General Information > "
                "Application ID in the developer portal), or set DISCORD_TOKEN"
            )
        application_id = application_id_from_token(token)
        if application_id is None:
            raise CommandError(
                "DISCORD_TOKEN does not look like a bot token (its first part is the bot's id "
                "in base64): pass --application-id ID instead"
            )
    sys.stdout.write(invite_url(application_id) + "\n")
    return EXIT_OK


def _discord(command: str) -> Callable[[argparse.Namespace], int]:
    """Import discord.py only for the commands that need it: `showbot ask` starts faster."""

    def handler(args: argparse.Namespace) -> int:
        from bot.chat import commands as chat_commands

        return chat_commands.run(args) if command == "run" else chat_commands.sync(args)

    return handler


def _import(args: argparse.Namespace) -> int:
    from bot.importing import ImporterError, run_import

    def progress(done: int, total: int) -> None:
        of = f"/{total}" if total else ""
        sys.stderr.write(f"\r  {done}{of} rows")
        sys.stderr.flush()

    try:
        report = run_import(args.source, args.file, args.out, args.limit, progress=progress)
    except ImporterError as exc:
        sys.stderr.write(f"\nshowbot: error: {exc}\n")
        return EXIT_USAGE
    sys.stderr.write("\n")
    for line, reason in report.skipped_rows:
        sys.stdout.write(f"{args.file}:{line}: skipped: {reason}\n")
    sys.stdout.write(f"{report.summary()}\n")
    return EXIT_OK
