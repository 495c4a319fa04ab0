"""Command registration the way Discord asks for it: not a global sync on every start.

A development guild gets its commands on every start (instant, and free of the global rate
limit); the global tree is pushed only when its content changed since the last push, which is
remembered as a hash in the state directory.
"""

from __future__ import annotations

import hashlib
import json
import logging
from pathlib import Path

import discord
from discord import app_commands

log = logging.getLogger(__name__)


def tree_hash(tree: app_commands.CommandTree) -> str:
    """A stable fingerprint of the global commands as Discord would receive them."""
    payload = sorted(
        (command.to_dict(tree) for command in tree.get_commands()),
        key=lambda c: (c["name"], c.get("type", 1)),
    )
    return hashlib.sha256(json.dumps(payload, sort_keys=True).encode()).hexdigest()


def _state_file(state_dir: Path, application_id: int | None) -> Path:
    return state_dir / f"global-commands-{application_id or 'unknown'}.sha256"


async def sync_on_start(
    tree: app_commands.CommandTree,
    *,
    guild_id: int | None,
    state_dir: Path,
    application_id: int | None,
) -> str:
    """Sync to the development guild when one is set, else globally if the tree changed.

    Returns what was done ("guild", "global" or "unchanged"), for the log and the tests.
    """
    if guild_id is not None:
        guild = discord.Object(id=guild_id)
        tree.copy_global_to(guild=guild)
        commands = await tree.sync(guild=guild)
        log.info("synced %d commands to development guild %s", len(commands), guild_id)
        return "guild"
    digest = tree_hash(tree)
    state = _state_file(state_dir, application_id)
    if state.is_file() and state.read_text().strip() == digest:
        log.info("global commands unchanged since the last sync; not syncing")
        return "unchanged"
    commands = await tree.sync()
    remember_global_sync(tree, state_dir, application_id)
    log.info("synced %d global commands", len(commands))
    return "global"


def remember_global_sync(
    tree: app_commands.CommandTree, state_dir: Path, application_id: int | None
) -> None:
    try:
        state_dir.mkdir(parents=True, exist_ok=True)
        _state_file(state_dir, application_id).write_text(tree_hash(tree) + "\n")
    except OSError as exc:
        log.warning("could not remember the global sync in %s: %s", state_dir, exc)
