"""Settings from the environment and showbot.toml (bot.settings)."""

from __future__ import annotations

from pathlib import Path

import pytest

from bot.settings import SettingsError, load_settings

NO_FILE = Path("no-such-showbot.toml")


def test_the_start_cache_is_on_by_default() -> None:
    assert load_settings({}, NO_FILE).start_cache


@pytest.mark.parametrize("value", ["off", "false", "0", "no"])
def test_the_start_cache_can_be_turned_off(value: str) -> None:
    assert not load_settings({"SHOWBOT_START_CACHE": value}, NO_FILE).start_cache


def test_the_start_cache_can_be_turned_off_in_the_file(tmp_path: Path) -> None:
    config = tmp_path / "showbot.toml"
    config.write_text("start_cache = false\n")
    assert not load_settings({}, config).start_cache


def test_a_start_cache_setting_that_is_no_yes_or_no_names_the_setting() -> None:
    with pytest.raises(SettingsError, match="SHOWBOT_START_CACHE"):
        load_settings({"SHOWBOT_START_CACHE": "sometimes"}, NO_FILE)
