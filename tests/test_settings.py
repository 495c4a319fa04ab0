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


# -- every setting is checked, and the message is in the setting's own terms -------------------


@pytest.mark.parametrize(
    ("variable", "value", "message"),
    [
        ("SHOWBOT_GUILD_ID", "my-server", "SHOWBOT_GUILD_ID: 'my-server' is not a server id"),
        ("SHOWBOT_GUILD_ID", "-5", "SHOWBOT_GUILD_ID: '-5' is not a server id"),
        ("SHOWBOT_OWNER_IDS", "12,bob", "SHOWBOT_OWNER_IDS: '12,bob' is not a list of user ids"),
        ("SHOWBOT_ADMIN_USER_IDS", "x", "SHOWBOT_ADMIN_USER_IDS: 'x' is not a list of user ids"),
        ("SHOWBOT_ADMIN_ROLE_IDS", "mods", "SHOWBOT_ADMIN_ROLE_IDS: 'mods' is not a list of role"),
        ("SHOWBOT_MANAGE_GUILD_IS_ADMIN", "maybe", "'maybe' is not true or false"),
        ("SHOWBOT_LOG_LEVEL", "bogus", "SHOWBOT_LOG_LEVEL: 'bogus' is not a log level: use DEBUG"),
        ("SHOWBOT_COOLDOWN_RATE", "lots", "SHOWBOT_COOLDOWN_RATE: 'lots' is not a number of"),
        ("SHOWBOT_COOLDOWN_RATE", "0", "at least 1, e.g. 5 (it must be at least 1)"),
        ("SHOWBOT_COOLDOWN_SECONDS", "soon", "SHOWBOT_COOLDOWN_SECONDS: 'soon' is not a number of"),
        ("SHOWBOT_COOLDOWN_SECONDS", "nan", "(it must be more than 0)"),
        ("SHOWBOT_SHARD_COUNT", "two", "SHOWBOT_SHARD_COUNT: 'two' is not a number of shards"),
        ("SHOWBOT_SHARD_COUNT", "0", "SHOWBOT_SHARD_COUNT: '0' is not a number of shards"),
        ("SHOWBOT_HEALTH_PORT", "http", "SHOWBOT_HEALTH_PORT: 'http' is not a TCP port"),
        ("SHOWBOT_HEALTH_PORT", "0", "SHOWBOT_HEALTH_PORT: '0' is not a TCP port"),
        ("SHOWBOT_HEALTH_HOST", "a b", "SHOWBOT_HEALTH_HOST: 'a b' is not an address"),
    ],
)
def test_a_bad_variable_is_refused_in_its_own_terms(
    variable: str, value: str, message: str
) -> None:
    with pytest.raises(SettingsError) as raised:
        load_settings({variable: value}, NO_FILE)
    assert message in str(raised.value)
    assert "invalid literal" not in str(raised.value)
    assert "could not convert" not in str(raised.value)


@pytest.mark.parametrize(
    ("line", "message"),
    [
        ('cooldown_rate = "lots"', "cooldown_rate: 'lots' is not a number of questions"),
        ("cooldown_rate = true", "cooldown_rate: True is not a number of questions"),
        ("guild_id = 1.5", "guild_id: 1.5 is not a server id"),
        ('admin_role_ids = ["mods"]', "admin_role_ids: ['mods'] is not a list of role ids"),
        ("knowledge = 3", "knowledge: 3 is not a directory"),
        ("start_cache = 2", "start_cache: 2 is not on or off"),
    ],
)
def test_a_bad_value_in_the_file_names_the_file_and_key(
    tmp_path: Path, line: str, message: str
) -> None:
    config = tmp_path / "showbot.toml"
    config.write_text(line + "\n")
    with pytest.raises(SettingsError, match=f"^{config}: ") as raised:
        load_settings({}, config)
    assert message in str(raised.value)


def test_good_values_are_read_from_the_file_and_the_environment_wins(tmp_path: Path) -> None:
    config = tmp_path / "showbot.toml"
    config.write_text(
        "[showbot]\ncooldown_rate = 3\nguild_id = 123456789012345678\nlog_level = 'debug'\n"
        "admin_role_ids = [1, 2]\nshard_count = 4\nshard_ids = [3, 1]\nhealth_port = 9100\n"
    )
    settings = load_settings({"SHOWBOT_COOLDOWN_RATE": "7"}, config)
    assert settings.cooldown_rate == 7
    assert settings.guild_id == 123456789012345678
    assert settings.log_level == "DEBUG"
    assert settings.admin_role_ids == frozenset({1, 2})
    assert (settings.shard_count, settings.shard_ids) == (4, (1, 3))
    assert (settings.health_port, settings.health_host) == (9100, "127.0.0.1")


def test_sharding_and_health_are_off_by_default() -> None:
    settings = load_settings({}, NO_FILE)
    assert (settings.shard_count, settings.shard_ids, settings.health_port) == (None, None, None)


def test_shard_ids_and_count_come_from_the_environment() -> None:
    env = {"SHOWBOT_SHARD_COUNT": "4", "SHOWBOT_SHARD_IDS": "2, 3"}
    settings = load_settings(env, NO_FILE)
    assert (settings.shard_count, settings.shard_ids) == (4, (2, 3))


def test_shard_ids_without_a_count_say_which_setting_is_missing() -> None:
    with pytest.raises(SettingsError, match="SHOWBOT_SHARD_IDS is set without SHOWBOT_SHARD_COUNT"):
        load_settings({"SHOWBOT_SHARD_IDS": "0"}, NO_FILE)


def test_a_shard_id_past_the_count_is_named() -> None:
    with pytest.raises(SettingsError, match="shard 2 does not exist with SHOWBOT_SHARD_COUNT=2"):
        load_settings({"SHOWBOT_SHARD_COUNT": "2", "SHOWBOT_SHARD_IDS": "0,2"}, NO_FILE)


@pytest.mark.parametrize("value", ["", "x", "-1"])
def test_a_shard_id_that_is_no_shard_number_is_refused(value: str) -> None:
    env = {"SHOWBOT_SHARD_COUNT": "2", "SHOWBOT_SHARD_IDS": value or ","}
    with pytest.raises(
        SettingsError, match=r"SHOWBOT_SHARD_IDS: .* is not a list of shard numbers"
    ):
        load_settings(env, NO_FILE)


def test_a_config_file_named_but_missing_says_so(tmp_path: Path) -> None:
    missing = tmp_path / "nowhere.toml"
    with pytest.raises(SettingsError, match=r"^SHOWBOT_CONFIG: .*nowhere\.toml' is not a file"):
        load_settings({"SHOWBOT_CONFIG": str(missing)})


def test_the_config_file_named_by_the_variable_is_read(tmp_path: Path) -> None:
    config = tmp_path / "bot.toml"
    config.write_text("cooldown_rate = 9\n")
    assert load_settings({"SHOWBOT_CONFIG": str(config)}).cooldown_rate == 9


@pytest.mark.parametrize(
    ("content", "message"),
    [(b"cooldown_rate = \n", "see https://toml.io"), (b"\xff\xfe = 1\n", "not UTF-8 text")],
)
def test_a_config_file_that_is_no_toml_names_the_file(
    tmp_path: Path, content: bytes, message: str
) -> None:
    config = tmp_path / "showbot.toml"
    config.write_bytes(content)
    with pytest.raises(SettingsError, match=f"^{config}: ") as raised:
        load_settings({}, config)
    assert message in str(raised.value)


def test_a_misspelt_key_in_the_file_gets_a_did_you_mean(tmp_path: Path) -> None:
    config = tmp_path / "showbot.toml"
    config.write_text("cooldwon_rate = 3\nflavour = 'mint'\n")
    with pytest.raises(SettingsError) as raised:
        load_settings({}, config)
    assert str(raised.value) == (
        f"{config}: unknown setting(s) cooldwon_rate (did you mean cooldown_rate?), flavour"
    )


def test_a_setting_without_a_parser_of_its_own_is_text_as_written() -> None:
    """Settings added later need no parser to be read, and refuse a number."""
    from bot.settings import _parse

    assert _parse("some_new_setting", "SHOWBOT_SOME_NEW", "x y") == "x y"
    with pytest.raises(SettingsError, match=r"^some_new_setting: 5 is not text$"):
        _parse("some_new_setting", "some_new_setting", 5)


def test_announcements_may_be_sent_without_a_pause() -> None:
    assert load_settings({"SHOWBOT_ANNOUNCE_PAUSE": "0"}, NO_FILE).announce_pause == 0


@pytest.mark.parametrize(
    ("variable", "value", "message"),
    [
        ("SHOWBOT_RELOAD_RATE", "often", "SHOWBOT_RELOAD_RATE: 'often' is not a number of reloads"),
        ("SHOWBOT_RELOAD_RATE", "0", "e.g. 3 (it must be at least 1)"),
        ("SHOWBOT_RELOAD_SECONDS", "0", "SHOWBOT_RELOAD_SECONDS: '0' is not a number of seconds"),
        ("SHOWBOT_ANNOUNCE_PAUSE", "-1", "e.g. 0.5 (it must be 0 or more)"),
        ("SHOWBOT_ANNOUNCE_PAUSE", "nan", "SHOWBOT_ANNOUNCE_PAUSE: 'nan' is not a number of"),
        ("SHOWBOT_ANNOUNCE_LEASE", "a while", "SHOWBOT_ANNOUNCE_LEASE: 'a while' is not a number"),
        ("SHOWBOT_DATABASE_URL", "db.sqlite", "SHOWBOT_DATABASE_URL: the value is not a database"),
    ],
)
def test_a_bad_state_setting_is_refused_in_its_own_terms(
    variable: str, value: str, message: str
) -> None:
    with pytest.raises(SettingsError) as raised:
        load_settings({variable: value}, NO_FILE)
    assert message in str(raised.value)
    assert "could not convert" not in str(raised.value)


def test_a_bad_database_url_in_the_file_names_the_key_but_not_the_value(tmp_path: Path) -> None:
    config = tmp_path / "showbot.toml"
    config.write_text('database_url = "mysql://bot:s3cret@db/x"\n')
    with pytest.raises(SettingsError, match=f"^{config}: database_url: the value is not") as raised:
        load_settings({}, config)
    assert "s3cret" not in str(raised.value)


def test_the_state_settings_come_from_the_file_and_the_environment_wins(tmp_path: Path) -> None:
    config = tmp_path / "showbot.toml"
    config.write_text(
        "reload_rate = 2\nreload_seconds = 30\nannounce_pause = 0.1\nannounce_lease = 60\n"
        "database_url = 'sqlite:///state/bot.db'\n"
    )
    settings = load_settings({"SHOWBOT_RELOAD_RATE": "4"}, config)
    assert (settings.reload_rate, settings.reload_seconds) == (4, 30.0)
    assert (settings.announce_pause, settings.announce_lease) == (0.1, 60.0)
    assert settings.database == "sqlite:///state/bot.db"
