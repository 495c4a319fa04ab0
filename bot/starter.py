"""`showbot init DIR`: a knowledge base the admin owns, copied from the bundled one.

The bundled base lives inside the installed package, where edits are lost on the next install
(and a checkout's `knowledge/` folder is not what an installed bot reads). A copy in a folder of
the admin's choosing is theirs to edit, import into and point the bot at.
"""

from __future__ import annotations

import shutil
from pathlib import Path

from bot.commandline import CommandError

__all__ = ["STARTER_SUFFIXES", "init_base"]

STARTER_SUFFIXES = (".yaml", ".yml", ".md")
"""What is copied: the shows and the format reference, nothing else the package holds."""


def init_base(target: Path, bundled: Path) -> list[Path]:
    """Copy the bundled base's shows and format reference into `target`; the files written.

    `target` must not exist or be an empty folder: an admin's files are never overwritten.
    """
    if target.exists() and not target.is_dir():
        raise CommandError(f"{target} exists and is not a folder; choose a new folder name")
    if target.is_dir() and any(target.iterdir()):
        raise CommandError(
            f"{target} is not empty; showbot init never overwrites files: choose a new folder "
            "(or empty this one)"
        )
    sources = sorted(
        path
        for path in bundled.rglob("*")
        if path.is_file()
        and path.suffix in STARTER_SUFFIXES
        and not any(part.startswith((".", "__")) for part in path.relative_to(bundled).parts)
    )
    if not sources:
        raise CommandError(f"the bundled knowledge base {bundled} holds no files to copy")
    written = []
    try:
        for source in sources:
            destination = target / source.relative_to(bundled)
            destination.parent.mkdir(parents=True, exist_ok=True)
            shutil.copyfile(source, destination)
            written.append(destination)
    except OSError as exc:
        raise CommandError(f"cannot write {target}: {exc.strerror or exc}") from exc
    return written
