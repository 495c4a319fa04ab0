"""Typed settings for the Discord bot, from the environment and an optional `showbot.toml`.

Built once in `main()` and passed down; nothing reads the environment anywhere else. The token
only ever comes from the environment, so a committed `showbot.toml` can never leak it.
"""

from __future__ import annotations

import difflib
import os
import tomllib
from collections.abc import Callable, Mapping
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any


class SettingsError(ValueError):
    """A setting has a value the bot cannot use; the message names the setting."""


@dataclass(frozen=True)
class Settings:
    token: str | None = field(default=None, repr=False)
    knowledge_dir: Path | None = None
    guild_id: int | None = None
    """Development guild: its commands are synced on every start."""
    owner_ids: frozenset[int] = frozenset()
    admin_user_ids: frozenset[int] = frozenset()
    admin_role_ids: frozenset[int] = frozenset()
    manage_guild_is_admin: bool = True
    """Members with Manage Server may use the admin commands (turn off to restrict to lists)."""
    log_level: str = "INFO"
    state_dir: Path = field(default_factory=lambda: _default_state_dir(os.environ))
    """Where the hash of the last globally synced command tree is kept, and the start cache.
    Only the bot may write there: the start cache is read back with pickle."""
    start_cache: bool = True
    """Keep the loaded base in `state_dir`, so that a restart with unchanged knowledge files
    skips reading and indexing them (bot.core.startcache)."""
    cooldown_rate: int = 5
    cooldown_seconds: float = 30.0
    """Each member may ask `cooldown_rate` questions per `cooldown_seconds` (mentions and /ask)."""
    refresh_hours: float | None = None
    """Refresh the live TVMaze import every this many hours, then reload (off when unset)."""
    refresh_dir: Path | None = None
    """Where the scheduled refresh imports to; default `tvmaze` inside the knowledge directory
    (it must be inside it, or the reload will not see what was imported)."""
    tvmaze_api_url: str = "https://api.tvmaze.com"
    """The TVMaze API the refresh reads (a different address only for tests or a mirror)."""

    # -- operations (issue 13): sharding and the health endpoint ----------------------------------
    shard_count: int | None = None
    """Shards in the whole bot (every process); None lets Discord recommend a count."""
    shard_ids: tuple[int, ...] | None = None
    """The shards this process runs (each below `shard_count`); None runs them all."""
    health_port: int | None = None
    """Serve /health and /metrics on this port; None serves nothing."""
    health_host: str = "127.0.0.1"

    # -- lasting state: follows, announcements, per-server settings -------------------------
    database_url: str | None = field(default=None, repr=False)
    """SQLite (`sqlite:///PATH`) or PostgreSQL (`postgresql://...`); None: a SQLite file in
    `state_dir`. Not shown in a repr: a PostgreSQL URL may hold a password."""
    reload_rate: int = 3
    reload_seconds: float = 60.0
    """At most `reload_rate` reloads of the shared base per `reload_seconds` (owners exempt)."""
    announce_pause: float = 0.5
    """Seconds between two notices sent, so a show with many followers does not burst."""
    announce_lease: float = 300.0
    """A notice claimed by a sender that died is sent by another after this many seconds."""

    @property
    def database(self) -> str:
        """The database to open: `database_url`, else `showbot.db` in the state directory."""
        return self.database_url or f"sqlite:///{self.state_dir / 'showbot.db'}"


# name -> (environment variable, toml key)
_FIELDS: dict[str, tuple[str, str]] = {
    "knowledge_dir": ("SHOWBOT_KNOWLEDGE", "knowledge"),
    "guild_id": ("SHOWBOT_GUILD_ID", "guild_id"),
    "owner_ids": ("SHOWBOT_OWNER_IDS", "owner_ids"),
    "admin_user_ids": ("SHOWBOT_ADMIN_USER_IDS", "admin_user_ids"),
    "admin_role_ids": ("SHOWBOT_ADMIN_ROLE_IDS", "admin_role_ids"),
    "manage_guild_is_admin": ("SHOWBOT_MANAGE_GUILD_IS_ADMIN", "manage_guild_is_admin"),
    "log_level": ("SHOWBOT_LOG_LEVEL", "log_level"),
    "state_dir": ("SHOWBOT_STATE_DIR", "state_dir"),
    "start_cache": ("SHOWBOT_START_CACHE", "start_cache"),
    "cooldown_rate": ("SHOWBOT_COOLDOWN_RATE", "cooldown_rate"),
    "cooldown_seconds": ("SHOWBOT_COOLDOWN_SECONDS", "cooldown_seconds"),
    # -- the live feed (issue 11) ---------------------------------------------------------------
    "refresh_hours": ("SHOWBOT_REFRESH_HOURS", "refresh_hours"),
    "refresh_dir": ("SHOWBOT_REFRESH_DIR", "refresh_dir"),
    "tvmaze_api_url": ("SHOWBOT_TVMAZE_API_URL", "tvmaze_api_url"),
    # -- operations (issue 13) --------------------------------------------------------------------
    "shard_count": ("SHOWBOT_SHARD_COUNT", "shard_count"),
    "shard_ids": ("SHOWBOT_SHARD_IDS", "shard_ids"),
    "health_port": ("SHOWBOT_HEALTH_PORT", "health_port"),
    "health_host": ("SHOWBOT_HEALTH_HOST", "health_host"),
    # -- lasting state (issue 12) ----------------------------------------------------------------
    "database_url": ("SHOWBOT_DATABASE_URL", "database_url"),
    "reload_rate": ("SHOWBOT_RELOAD_RATE", "reload_rate"),
    "reload_seconds": ("SHOWBOT_RELOAD_SECONDS", "reload_seconds"),
    "announce_pause": ("SHOWBOT_ANNOUNCE_PAUSE", "announce_pause"),
    "announce_lease": ("SHOWBOT_ANNOUNCE_LEASE", "announce_lease"),
}


def load_settings(
    environ: Mapping[str, str] | None = None, config_file: Path | None = None
) -> Settings:
    """Environment variables win over the file ($SHOWBOT_CONFIG, default ./showbot.toml)."""
    environ = os.environ if environ is None else environ
    path = config_file or Path(environ.get("SHOWBOT_CONFIG") or "showbot.toml")
    if config_file is None and environ.get("SHOWBOT_CONFIG") and not path.is_file():
        raise SettingsError(
            f"SHOWBOT_CONFIG: {str(path)!r} is not a file; create it, or unset SHOWBOT_CONFIG "
            "to read ./showbot.toml"
        )
    file_values = _read_toml(path) if path.is_file() else {}
    if "token" in file_values:
        raise SettingsError(f"{path}: do not put the token in a file; set DISCORD_TOKEN instead")
    known = [toml_key for _, toml_key in _FIELDS.values()]
    unknown = sorted(set(file_values) - set(known))
    if unknown:
        raise SettingsError(
            f"{path}: unknown setting(s) {', '.join(map(_suggest(known), unknown))}"
        )
    values: dict[str, Any] = {"token": environ.get("DISCORD_TOKEN") or None}
    for name, (env_key, toml_key) in _FIELDS.items():
        if env_key in environ and environ[env_key] != "":
            values[name] = _parse(name, env_key, environ[env_key])
        elif toml_key in file_values:
            values[name] = _parse(name, f"{path}: {toml_key}", file_values[toml_key])
    if "state_dir" not in values:
        values["state_dir"] = _default_state_dir(environ)
    _check_shards(values.get("shard_count"), values.get("shard_ids"))
    return Settings(**values)


def _suggest(known: list[str]) -> Callable[[str], str]:
    """`key` with the known key it is likely a typo of, so the admin sees the fix."""

    def with_hint(key: str) -> str:
        close = difflib.get_close_matches(key, known, n=1)
        return f"{key} (did you mean {close[0]}?)" if close else key

    return with_hint


def _check_shards(count: int | None, ids: tuple[int, ...] | None) -> None:
    """Shard ids only mean something against a total: each process must agree on it."""
    if ids is None:
        return
    if count is None:
        raise SettingsError(
            "SHOWBOT_SHARD_IDS is set without SHOWBOT_SHARD_COUNT: set the total number of "
            "shards (the same in every process), e.g. SHOWBOT_SHARD_COUNT=2"
        )
    too_big = [str(i) for i in ids if i >= count]
    if too_big:
        raise SettingsError(
            f"SHOWBOT_SHARD_IDS: shard {', '.join(too_big)} does not exist with "
            f"SHOWBOT_SHARD_COUNT={count}; shards are numbered 0 to {count - 1}"
        )


def _read_toml(path: Path) -> dict[str, Any]:
    try:
        data = tomllib.loads(path.read_text(encoding="utf-8"))
    except tomllib.TOMLDecodeError as exc:
        raise SettingsError(f"{path}: {exc} (see https://toml.io for the syntax)") from exc
    except UnicodeDecodeError as exc:
        raise SettingsError(f"{path}: not UTF-8 text ({exc.reason}); save it as UTF-8") from exc
    except OSError as exc:
        raise SettingsError(f"{path}: cannot be read ({exc.strerror or exc})") from exc
    table = data.get("showbot", data)
    if not isinstance(table, dict):
        raise SettingsError(f"{path}: showbot must be a table ([showbot]), not a value")
    return dict(table)


def _parse(name: str, where: str, raw: Any) -> Any:
    """One setting's value, or a SettingsError in that setting's own terms (`where` is the
    variable's name, or the file and key), saying what would be accepted."""
    # A setting without a parser of its own (a URL, a name) is text, taken as written.
    parser, expected = _PARSERS.get(name, (_text, "text"))
    try:
        return parser(raw)
    except (ValueError, TypeError) as exc:
        detail = f" ({exc})" if isinstance(exc, _Why) else ""  # never Python's own wording
        shown = "the value" if name in _SECRET else repr(raw)  # a database URL holds a password
        raise SettingsError(f"{where}: {shown} is not {expected}{detail}") from exc


_SECRET = frozenset({"database_url"})


class _Why(ValueError):
    """Why a value of the right kind is still refused, worded for the admin."""


def _whole(raw: Any) -> int:
    """An integer written as one: `true` or `1.5` in a TOML file is not a count or an id."""
    if isinstance(raw, bool | float):
        raise ValueError
    return int(str(raw).strip())


def _snowflake(raw: Any) -> int:
    value = _whole(raw)
    if value <= 0:
        raise ValueError
    return value


def _snowflakes(raw: Any) -> frozenset[int]:
    items = raw if isinstance(raw, list) else str(raw).replace(",", " ").split()
    return frozenset(_snowflake(item) for item in items)


def _rate(raw: Any) -> int:
    rate = _whole(raw)
    if rate < 1:
        raise _Why("it must be at least 1")
    return rate


def _seconds(raw: Any) -> float:
    if isinstance(raw, bool):
        raise ValueError
    seconds = float(str(raw).strip())
    if not seconds > 0 or seconds == float("inf"):
        raise _Why("it must be more than 0")
    return seconds


def _text(raw: Any) -> str:
    if not isinstance(raw, str):
        raise ValueError
    return raw


def _path(raw: Any) -> Path:
    if not isinstance(raw, str | Path) or not str(raw).strip():
        raise ValueError
    return Path(str(raw)).expanduser()


def _shard_ids(raw: Any) -> tuple[int, ...]:
    items = raw if isinstance(raw, list) else str(raw).replace(",", " ").split()
    ids = sorted({_whole(item) for item in items})
    if not ids or ids[0] < 0:
        raise ValueError
    return tuple(ids)


def _port(raw: Any) -> int:
    port = _whole(raw)
    if not 1 <= port <= 65535:
        raise ValueError
    return port


def _pause(raw: Any) -> float:
    """Like `_seconds`, but 0 is allowed: no pause at all."""
    if isinstance(raw, bool):
        raise ValueError
    seconds = float(str(raw).strip())
    if not seconds >= 0 or seconds == float("inf"):
        raise _Why("it must be 0 or more")
    return seconds


def _database_url(raw: Any) -> str:
    url = str(raw).strip() if isinstance(raw, str) else ""
    if not url.startswith(("sqlite:///", "postgres://", "postgresql://")):
        raise ValueError
    return url


def _host(raw: Any) -> str:
    host = str(raw).strip()
    if not host or any(c.isspace() or c == "/" for c in host):
        raise ValueError
    return host


def _url(raw: Any) -> str:
    url = str(raw).strip()
    if not url.startswith(("http://", "https://")) or any(c.isspace() for c in url):
        raise _Why("it must start with http:// or https://")
    return url


def parse_log_level(raw: Any) -> str:
    """DEBUG, INFO, WARNING, ERROR or CRITICAL, in any case; shared with the command line."""
    level = str(raw).strip().upper()
    if level not in LOG_LEVELS:
        raise ValueError
    return level


LOG_LEVELS = ("DEBUG", "INFO", "WARNING", "ERROR", "CRITICAL")
_IDS = "a list of {} ids (numbers, from Copy ID in Discord's developer mode) separated by commas"
# name -> (parser, what a good value is, for the message)
_PARSERS: dict[str, tuple[Callable[[Any], Any], str]] = {
    "knowledge_dir": (_path, "a directory"),
    "guild_id": (_snowflake, "a server id (a number, from Copy Server ID in developer mode)"),
    "owner_ids": (_snowflakes, _IDS.format("user")),
    "admin_user_ids": (_snowflakes, _IDS.format("user")),
    "admin_role_ids": (_snowflakes, _IDS.format("role")),
    "manage_guild_is_admin": (lambda raw: _boolean(raw), "true or false (or on / off)"),
    "log_level": (parse_log_level, "a log level: use DEBUG, INFO, WARNING or ERROR"),
    "state_dir": (_path, "a directory"),
    "start_cache": (lambda raw: _boolean(raw), "on or off (or true / false)"),
    "cooldown_rate": (_rate, "a number of questions: use a whole number of at least 1, e.g. 5"),
    "cooldown_seconds": (_seconds, "a number of seconds: use a number above 0, e.g. 30"),
    # -- the live feed (issue 11) ---------------------------------------------------------------
    "refresh_hours": (_seconds, "a number of hours: use a number above 0, e.g. 6"),
    "refresh_dir": (_path, "a directory inside the knowledge directory"),
    "tvmaze_api_url": (_url, "a web address"),
    # -- operations (issue 13): sharding and the health endpoint ------------------------------
    "shard_count": (_rate, "a number of shards: use a whole number of at least 1"),
    "shard_ids": (_shard_ids, "a list of shard numbers (0, 1, ...) separated by commas"),
    "health_port": (_port, "a TCP port: use a number from 1 to 65535, e.g. 8080"),
    "health_host": (_host, "an address to listen on, e.g. 127.0.0.1 or 0.0.0.0"),
    # -- lasting state (issue 12): the database, reloads and announcements --------------------
    "database_url": (
        _database_url,
        "a database URL: use sqlite:///PATH or postgresql://USER:PASSWORD@HOST/DATABASE",
    ),
    "reload_rate": (_rate, "a number of reloads: use a whole number of at least 1, e.g. 3"),
    "reload_seconds": (_seconds, "a number of seconds: use a number above 0, e.g. 60"),
    "announce_pause": (_pause, "a number of seconds: use 0 or more, e.g. 0.5"),
    "announce_lease": (_seconds, "a number of seconds: use a number above 0, e.g. 300"),
}


def _boolean(raw: Any) -> bool:
    if isinstance(raw, bool):
        return raw
    text = str(raw).strip().lower()
    if text in ("1", "true", "yes", "on"):
        return True
    if text in ("0", "false", "no", "off"):
        return False
    raise ValueError


def _default_state_dir(environ: Mapping[str, str]) -> Path:
    base = environ.get("XDG_STATE_HOME") or str(Path.home() / ".local" / "state")
    return Path(base) / "showbot"
