"""Starting the bot from the command line (bot.chat.commands): the engine it serves."""

from __future__ import annotations

import argparse
from pathlib import Path

from bot.chat.commands import _engine
from bot.settings import Settings


def test_the_bot_keeps_its_start_cache_in_the_state_directory(
    bundled_dir: Path, tmp_path: Path
) -> None:
    settings = Settings(state_dir=tmp_path / "state")
    engine = _engine(argparse.Namespace(knowledge=bundled_dir), settings)
    engine.wait_for_cleanup()
    assert len(list((tmp_path / "state" / "cache").glob("knowledge-*.cache"))) == 1


def test_the_start_cache_can_be_turned_off(bundled_dir: Path, tmp_path: Path) -> None:
    settings = Settings(state_dir=tmp_path / "state", start_cache=False)
    engine = _engine(argparse.Namespace(knowledge=bundled_dir), settings)
    engine.wait_for_cleanup()
    assert engine.show_count
    assert not (tmp_path / "state").exists()
