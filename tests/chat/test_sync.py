"""Command registration: a development guild on every start, the global tree only when it
changed since the last push (remembered as a hash)."""

from __future__ import annotations

from pathlib import Path

import discord
import pytest
from discord import app_commands

from bot.chat.sync import remember_global_sync, sync_on_start, tree_hash


class RecordingTree(app_commands.CommandTree):
    """A command tree that records what it would push instead of calling Discord."""

    def __init__(self) -> None:
        super().__init__(discord.Client(intents=discord.Intents.none()))
        self.pushed: list[int | None] = []

    async def sync(
        self, *, guild: discord.abc.Snowflake | None = None
    ) -> list[app_commands.AppCommand]:
        self.pushed.append(guild.id if guild else None)
        return []


async def _ping(interaction: discord.Interaction) -> None:
    """A command body; never run."""


def command(name: str, description: str = "Says hi") -> app_commands.Command:
    return app_commands.Command(name=name, description=description, callback=_ping)


def remembered(state_dir: Path) -> list[str]:
    return [path.name for path in state_dir.iterdir()]


@pytest.fixture
def tree() -> RecordingTree:
    tree = RecordingTree()
    tree.add_command(command("ping"))
    return tree


def test_the_hash_depends_on_the_commands_not_their_order() -> None:
    first, second = RecordingTree(), RecordingTree()
    first.add_command(command("a"))
    first.add_command(command("b"))
    second.add_command(command("b"))
    second.add_command(command("a"))
    assert tree_hash(first) == tree_hash(second)
    changed = RecordingTree()
    changed.add_command(command("a", "Says hello"))
    changed.add_command(command("b"))
    assert tree_hash(changed) != tree_hash(first)


async def test_a_development_guild_is_synced_on_every_start(
    tree: RecordingTree, tmp_path: Path
) -> None:
    for _ in range(2):
        done = await sync_on_start(tree, guild_id=42, state_dir=tmp_path, application_id=7)
        assert done == "guild"
    assert tree.pushed == [42, 42]
    assert remembered(tmp_path) == [], "a guild sync is not remembered as a global one"


async def test_the_global_tree_is_pushed_once_until_it_changes(
    tree: RecordingTree, tmp_path: Path
) -> None:
    assert (
        await sync_on_start(tree, guild_id=None, state_dir=tmp_path, application_id=7) == "global"
    )
    assert (
        await sync_on_start(tree, guild_id=None, state_dir=tmp_path, application_id=7)
        == "unchanged"
    )
    assert tree.pushed == [None]
    tree.add_command(command("pong"))
    assert (
        await sync_on_start(tree, guild_id=None, state_dir=tmp_path, application_id=7) == "global"
    )
    assert tree.pushed == [None, None]


async def test_each_application_remembers_its_own_push(tree: RecordingTree, tmp_path: Path) -> None:
    remember_global_sync(tree, tmp_path, 7)
    assert (
        await sync_on_start(tree, guild_id=None, state_dir=tmp_path, application_id=8) == "global"
    )


def test_an_unwritable_state_directory_is_a_warning_not_a_crash(
    tree: RecordingTree, tmp_path: Path, caplog: pytest.LogCaptureFixture
) -> None:
    blocker = tmp_path / "state"
    blocker.write_text("a file where the directory should be")
    remember_global_sync(tree, blocker, 7)
    assert "could not remember the global sync" in caplog.text
