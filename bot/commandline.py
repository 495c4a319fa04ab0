"""What every `showbot` command shares: exit codes, the error a user can fix, and where the
knowledge base is.

Kept apart from `bot/cli.py` so that the commands living elsewhere (`bot/commands.py`,
`bot/chat/commands.py`) can use it without importing the command line back: no import cycle.
"""

from __future__ import annotations

import argparse
import os
from pathlib import Path

from bot.paths import bundled_knowledge_dir

EXIT_OK, EXIT_PROBLEMS, EXIT_USAGE = 0, 1, 2


class CommandError(Exception):
    """A problem the user can fix; printed as `showbot: error: ...` with exit code 2."""


def knowledge_dir(args: argparse.Namespace) -> Path:
    """--knowledge, else $SHOWBOT_KNOWLEDGE, else the bundled base."""
    if args.knowledge is not None:
        return Path(args.knowledge)
    from_env = os.environ.get("SHOWBOT_KNOWLEDGE")
    return Path(from_env) if from_env else bundled_knowledge_dir()
