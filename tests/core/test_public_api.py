"""`bot.core` names the engine's public API: what the shells use, importable from one place."""

from __future__ import annotations

import ast
from pathlib import Path

import pytest

import bot.core
from bot.core import answers, engine

SHELLS = Path(bot.core.__file__).parents[1]


def _shell_files() -> list[Path]:
    return [SHELLS / "cli.py", *sorted((SHELLS / "chat").rglob("*.py"))]


def test_every_public_name_is_importable_from_bot_core() -> None:
    assert len(set(bot.core.__all__)) == len(bot.core.__all__)
    for name in bot.core.__all__:
        assert hasattr(bot.core, name), name


def test_the_public_names_are_the_submodules_own_objects() -> None:
    assert bot.core.Engine is engine.Engine
    assert bot.core.Answer is answers.Answer


@pytest.mark.parametrize("path", _shell_files(), ids=lambda p: str(p.relative_to(SHELLS)))
def test_the_shells_reach_the_engine_through_its_public_names(path: Path) -> None:
    """A name the command line or the Discord layer needs from the engine is listed in
    `bot.core.__all__`, so the engine's surface is visible in one file."""
    for node in ast.walk(ast.parse(path.read_text())):
        if isinstance(node, ast.ImportFrom) and (node.module or "").startswith("bot.core"):
            assert node.module == "bot.core", f"{path.name}:{node.lineno} imports {node.module}"
            for alias in node.names:
                assert alias.name in bot.core.__all__, f"{path.name}:{node.lineno}: {alias.name}"
