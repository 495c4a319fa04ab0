"""Typed settings for the Discord bot, from the environment and an optional `showbot.toml`.

Built once in `main()` and passed down; nothing reads the environment anywhere else. The token
only ever comes from the environment, so a committed `showbot.toml` can never leak it.
"""

from __future__ import annotations

import os
import tomllib
from collections.abc import Mapping
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


# (environment variable, toml key, parser)
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
    # lasting state
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
    path = config_file or Path(environ.get("SHOWBOT_CONFIG", "showbot.toml"))
    file_values = _read_toml(path) if path.is_file() else {}
    if "token" in file_values:
        raise SettingsError(f"{path}: do not put the token in a file; set DISCORD_TOKEN instead")
    unknown = set(file_values) - {toml_key for _, toml_key in _FIELDS.values()}
    if unknown:
        raise SettingsError(f"{path}: unknown setting(s) {', '.join(sorted(unknown))}")
    values: dict[str, Any] = {"token": environ.get("DISCORD_TOKEN") or None}
    for name, (env_key, toml_key) in _FIELDS.items():
        if env_key in environ and environ[env_key] != "":
            values[name] = _parse(name, env_key, environ[env_key])
        elif toml_key in file_values:
            values[name] = _parse(name, f"{path}: {toml_key}", file_values[toml_key])
    if "state_dir" not in values:
        values["state_dir"] = _default_state_dir(environ)
    return Settings(**values)


def _read_toml(path: Path) -> dict[str, Any]:
    try:
        data = tomllib.loads(path.read_text(encoding="utf-8"))
    except tomllib.TOMLDecodeError as exc:
        raise SettingsError(f"{path}: {exc}") from exc
    return dict(data.get("showbot", data))


def _parse(name: str, where: str, raw: Any) -> Any:
    try:
        if name in ("owner_ids", "admin_user_ids", "admin_role_ids"):
            items = raw if isinstance(raw, list) else str(raw).replace(",", " ").split()
            return frozenset(int(item) for item in items)
        if name == "guild_id":
            return int(raw)
        if name == "cooldown_rate":
            rate = int(raw)
            if rate < 1:
                raise ValueError("must be at least 1")
            return rate
        if name == "cooldown_seconds":
            seconds = float(raw)
            if seconds <= 0:
                raise ValueError("must be positive")
            return seconds
        if name in _STATE_FIELDS:
            return _state_setting(name, raw)
        if name in ("manage_guild_is_admin", "start_cache"):
            return _boolean(raw)
        if name in ("knowledge_dir", "state_dir"):
            return Path(str(raw)).expanduser()
        if name == "log_level":
            level = str(raw).upper()
            if level not in ("DEBUG", "INFO", "WARNING", "ERROR", "CRITICAL"):
                raise ValueError("use DEBUG, INFO, WARNING or ERROR")
            return level
    except ValueError as exc:
        shown = "the URL" if name == "database_url" else repr(raw)  # it may hold a password
        raise SettingsError(f"{where}: {shown} is not valid ({exc})") from exc
    raise SettingsError(f"{where}: unknown setting")  # pragma: no cover


_STATE_FIELDS = (
    "database_url",
    "reload_rate",
    "reload_seconds",
    "announce_pause",
    "announce_lease",
)


def _state_setting(name: str, raw: Any) -> Any:
    """The settings of the lasting state; a ValueError names what is wrong."""
    if name == "database_url":
        url = str(raw).strip()
        if not url.startswith(("sqlite:///", "postgres://", "postgresql://")):
            raise ValueError("use sqlite:///PATH or postgresql://USER:PASSWORD@HOST/DATABASE")
        return url
    if name == "reload_rate":
        rate = int(raw)
        if rate < 1:
            raise ValueError("must be at least 1")
        return rate
    number = float(raw)
    if number < 0 or (name != "announce_pause" and number == 0):
        raise ValueError("must be positive")
    return number


def _boolean(raw: Any) -> bool:
    if isinstance(raw, bool):
        return raw
    text = str(raw).strip().lower()
    if text in ("1", "true", "yes", "on"):
        return True
    if text in ("0", "false", "no", "off"):
        return False
    raise ValueError("use true or false")


def _default_state_dir(environ: Mapping[str, str]) -> Path:
    base = environ.get("XDG_STATE_HOME") or str(Path.home() / ".local" / "state")
    return Path(base) / "showbot"
