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


def test_the_live_refresh_is_off_by_default_and_reads_the_public_api() -> None:
    settings = load_settings({}, NO_FILE)
    assert (settings.refresh_hours, settings.refresh_dir) == (None, None)
    assert settings.tvmaze_api_url == "https://api.tvmaze.com"


def test_the_live_refresh_settings_come_from_the_environment_or_the_file(tmp_path: Path) -> None:
    config = tmp_path / "showbot.toml"
    config.write_text('refresh_hours = 6\nrefresh_dir = "kb/tvmaze"\n')
    assert load_settings({}, config).refresh_hours == 6.0
    assert load_settings({}, config).refresh_dir == Path("kb/tvmaze")
    environ = {"SHOWBOT_REFRESH_HOURS": "0.5", "SHOWBOT_TVMAZE_API_URL": "http://127.0.0.1:9"}
    settings = load_settings(environ, config)
    assert (settings.refresh_hours, settings.tvmaze_api_url) == (0.5, "http://127.0.0.1:9")


@pytest.mark.parametrize(
    ("key", "value"),
    [
        ("SHOWBOT_REFRESH_HOURS", "0"),
        ("SHOWBOT_REFRESH_HOURS", "-3"),
        ("SHOWBOT_REFRESH_HOURS", "daily"),
        ("SHOWBOT_REFRESH_HOURS", "nan"),
        ("SHOWBOT_TVMAZE_API_URL", "api.tvmaze.com"),
    ],
)
def test_a_bad_refresh_setting_names_the_setting(key: str, value: str) -> None:
    with pytest.raises(SettingsError, match=key):
        load_settings({key: value}, NO_FILE)
