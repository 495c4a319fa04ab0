"""The `showbot` commands that reach beyond the engine: import, run, sync, bench.

Kept apart from `bot/cli.py` so that `showbot ask` never imports discord.py or the importers.
"""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

EXIT_OK, EXIT_PROBLEMS, EXIT_USAGE = 0, 1, 2


def register(commands: argparse._SubParsersAction, common: argparse.ArgumentParser) -> None:
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

    try:
        from bot.chat.commands import register as register_discord
    except ImportError:  # pragma: no cover - discord.py is a hard dependency
        return
    register_discord(commands, common)


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
