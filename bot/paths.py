"""Where the bundled knowledge base lives, whatever the working directory or install mode."""

from __future__ import annotations

from importlib import resources
from pathlib import Path


def bundled_knowledge_dir() -> Path:
    """The knowledge base shipped with showbot.

    Installed (`pip install .`), it is the package data `bot/knowledge`; in a source checkout it is
    the top-level `knowledge/` folder next to `bot/`.
    """
    here = Path(__file__).resolve().parent
    installed = here / "knowledge"
    if installed.is_dir():
        return installed
    checkout = here.parent / "knowledge"
    if checkout.is_dir():
        return checkout
    try:
        found = resources.files("bot.knowledge")
    except ModuleNotFoundError:
        return checkout
    return Path(str(found))
