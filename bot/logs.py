"""Logging for every `showbot` command: one handler, one line per event, set up once.

Why one place: discord.py's `setup_logging` adds its own (coloured) handler, so calling it
after `logging.basicConfig` printed every line twice. Here the root logger gets exactly one
handler, replaced (never added to) when a command sets its level again, and every record is
one line (`TIME LEVEL LOGGER: message`), tracebacks folded into it, so `grep` finds a whole
event.
"""

from __future__ import annotations

import logging
import sys
from typing import TextIO

FORMAT = "%(asctime)s %(levelname)s %(name)s: %(message)s"
_HANDLER_NAME = "showbot"


class OneLineFormatter(logging.Formatter):
    """A record, its exception and its stack on one line (newlines shown as ` | `)."""

    def format(self, record: logging.LogRecord) -> str:
        return " | ".join(line for line in super().format(record).splitlines() if line.strip())


def setup_logging(level: str, stream: TextIO | None = None) -> None:
    """Send every logger's records at `level` and above to stderr, one line each.

    Called again (a command that reads its level from the settings), it replaces its own
    handler rather than adding a second one. discord.py's own setup is never called.
    """
    root = logging.getLogger()
    for handler in list(root.handlers):
        if handler.get_name() == _HANDLER_NAME:
            root.removeHandler(handler)
    handler = logging.StreamHandler(stream or sys.stderr)
    handler.set_name(_HANDLER_NAME)
    handler.setFormatter(OneLineFormatter(FORMAT))
    root.addHandler(handler)
    root.setLevel(getattr(logging, level.upper()))
