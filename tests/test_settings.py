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


def test_the_database_is_a_file_in_the_state_directory_by_default(tmp_path: Path) -> None:
    settings = load_settings({"SHOWBOT_STATE_DIR": str(tmp_path)}, NO_FILE)
    assert settings.database == f"sqlite:///{tmp_path / 'showbot.db'}"


def test_the_database_url_names_postgresql() -> None:
    url = "postgresql://bot:pw@db.example/showbot"
    settings = load_settings({"SHOWBOT_DATABASE_URL": url}, NO_FILE)
    assert settings.database == url
    assert "pw" not in repr(settings)


def test_a_database_url_of_another_kind_is_refused_without_echoing_it() -> None:
    with pytest.raises(SettingsError, match="SHOWBOT_DATABASE_URL") as caught:
        load_settings({"SHOWBOT_DATABASE_URL": "mysql://bot:s3cret@db/x"}, NO_FILE)
    assert "s3cret" not in str(caught.value)


@pytest.mark.parametrize(
    ("key", "value"),
    [
        ("SHOWBOT_RELOAD_RATE", "0"),
        ("SHOWBOT_RELOAD_SECONDS", "-1"),
        ("SHOWBOT_ANNOUNCE_PAUSE", "x"),
    ],
)
def test_reload_and_announce_limits_must_make_sense(key: str, value: str) -> None:
    with pytest.raises(SettingsError, match=key):
        load_settings({key: value}, NO_FILE)


def test_announcements_may_be_sent_without_a_pause() -> None:
    assert load_settings({"SHOWBOT_ANNOUNCE_PAUSE": "0"}, NO_FILE).announce_pause == 0
