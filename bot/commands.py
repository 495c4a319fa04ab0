"""The `showbot` commands that reach beyond the engine: init, import, run, sync.

Kept apart from `bot/cli.py` so that `showbot ask` never imports discord.py or the importers.
"""

from __future__ import annotations

import argparse
import sys
from collections.abc import Callable
from pathlib import Path

from bot.commandline import EXIT_OK, EXIT_USAGE


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
    sync.add_argument("--guild", type=int, default=None, help="sync to this guild only")
    sync.set_defaults(handler=_discord("sync"))


def _discord(command: str) -> Callable[[argparse.Namespace], int]:
    """Import discord.py only for the commands that need it: `showbot ask` starts faster."""

    def handler(args: argparse.Namespace) -> int:
        from bot.chat import commands as chat_commands

        return chat_commands.run(args) if command == "run" else chat_commands.sync(args)

    return handler


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
