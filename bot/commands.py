"""The `showbot` commands that reach beyond the engine: init, import, run, sync, invite.

Kept apart from `bot/cli.py` so that `showbot ask` never imports discord.py or the importers.
"""

from __future__ import annotations

import argparse
import datetime as dt
import os
import sys
from collections.abc import Callable
from pathlib import Path

from bot.commandline import EXIT_OK, EXIT_USAGE, CommandError, knowledge_dir

LIVE_SOURCE = "tvmaze-api"
LIVE_HELP = "the live TVMaze API (CC BY-SA 4.0): builds DIR, later runs fetch only what changed"


def register(
    commands: argparse._SubParsersAction[argparse.ArgumentParser], common: argparse.ArgumentParser
) -> None:
    from bot.importing import list_sources

    init = commands.add_parser(
        "init",
        parents=[common],
        help="write a knowledge base of your own to edit (the bundled shows and the format)",
    )
    init.add_argument("directory", type=Path, help="a new (or empty) folder")
    init.set_defaults(handler=_init)

    sources = list_sources()
    described = [f"{s.name}: {s.description}" for s in sources] + [f"{LIVE_SOURCE}: {LIVE_HELP}"]
    importer = commands.add_parser(
        "import",
        parents=[common],
        help="build a knowledge directory from a public TV dataset or the TVMaze API",
        description="Sources: " + "; ".join(described),
    )
    importer.add_argument("source", choices=[s.name for s in sources] + [LIVE_SOURCE])
    importer.add_argument(
        "file", type=Path, nargs="?", help=f"the dataset's CSV file (none for {LIVE_SOURCE})"
    )
    importer.add_argument("--out", type=Path, required=True, help="directory to write YAML into")
    importer.add_argument("--limit", type=int, default=None, help="import at most N rows")
    importer.add_argument(
        "--since",
        type=_day,
        default=None,
        metavar="DATE",
        help=f"{LIVE_SOURCE}: re-read every show TVMaze changed from DATE (YYYY-MM-DD) on",
    )
    importer.add_argument(
        "--api-url",
        default=None,
        metavar="URL",
        help=f"{LIVE_SOURCE}: the API's address (default https://api.tvmaze.com)",
    )
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


def _day(text: str) -> dt.date:
    try:
        return dt.date.fromisoformat(text)
    except ValueError:
        raise argparse.ArgumentTypeError(f"{text!r} is not a date like 2026-12-01") from None


def _init(args: argparse.Namespace) -> int:
    from bot.paths import bundled_knowledge_dir
    from bot.starter import init_base

    written = init_base(args.directory, bundled_knowledge_dir())
    shows = sum(1 for path in written if path.suffix != ".md")
    target = args.directory
    where = target.absolute()  # the bot may start from another folder
    sys.stdout.write(
        f"Wrote {shows} show files and the format reference ({target / 'README.md'}) to "
        f"{target}.\n"
        "Point the bot at it with any of:\n"
        f"  SHOWBOT_KNOWLEDGE={where} showbot run\n"
        f'  knowledge = "{where}"   (in showbot.toml)\n'
        f'  showbot ask --knowledge {target} "is the imperfects renewed"\n'
        f"Import data next to your files with `showbot import SOURCE FILE --out "
        f"{target / 'imported'}`;\nyour own files replace an imported entry of the same show.\n"
    )
    return EXIT_OK


def _import(args: argparse.Namespace) -> int:
    if args.source == LIVE_SOURCE:
        return _import_live(args)
    if args.file is None:
        raise CommandError(f"{args.source} reads a CSV file: showbot import {args.source} FILE")
    if args.since is not None or args.api_url is not None:
        raise CommandError(f"--since and --api-url are for {LIVE_SOURCE} only")
    from bot.importing import ImporterError, run_import

    def progress(done: int, total: int) -> None:
        of = f"/{total}" if total else ""
        sys.stderr.write(f"\r  {done}{of} rows")
        sys.stderr.flush()

    try:
        report = run_import(
            args.source, args.file, args.out, args.limit, progress=progress, base=args.knowledge
        )
    except ImporterError as exc:
        sys.stderr.write(f"\nshowbot: error: {exc}\n")
        return EXIT_USAGE
    sys.stderr.write("\n")
    for line, reason in report.skipped_rows:
        sys.stdout.write(f"{args.file}:{line}: skipped: {reason}\n")
    sys.stdout.write(f"{report.summary()}\n")
    return EXIT_OK


def _import_live(args: argparse.Namespace) -> int:
    """`showbot import tvmaze-api --out DIR`: build DIR from the API, or refresh it."""
    from bot.importing import ImporterError
    from bot.importing.tvmaze_api import DEFAULT_API_URL, ApiClient, ApiError, run_api_import

    if args.file is not None or args.limit is not None:
        raise CommandError(f"{LIVE_SOURCE} reads no file and takes no --limit")

    def progress(stage: str, done: int, total: int | None) -> None:
        of = f"/{total}" if total else ""
        sys.stderr.write(f"\r  {stage}: {done}{of}   ")
        sys.stderr.flush()

    try:
        client = ApiClient(args.api_url or DEFAULT_API_URL)
        report = run_api_import(
            args.out, client, since=args.since, knowledge=_base_of(args), progress=progress
        )
    except ImporterError as exc:
        sys.stderr.write(f"\nshowbot: error: {exc}\n")
        if isinstance(exc, ApiError):
            sys.stderr.write("  what was read is kept: run the same command again to continue\n")
        return EXIT_USAGE
    sys.stderr.write("\n")
    sys.stdout.write(f"{report.summary()}\n")
    return EXIT_OK


def _base_of(args: argparse.Namespace) -> Path | None:
    """The base an import joins: --knowledge or $SHOWBOT_KNOWLEDGE when given (never the
    bundled one, which is read-only); its other files' ids are kept clear of imported shows."""
    if args.knowledge is None and not os.environ.get("SHOWBOT_KNOWLEDGE"):
        return None
    return knowledge_dir(args)
