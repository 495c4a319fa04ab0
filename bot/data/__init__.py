"""The bot's lasting state: one async data layer over SQLite (default) or PostgreSQL.

`Store(url)` is opened with `await store.open()`, which connects and migrates; everything
else is a method of the store. Nothing here knows about Discord.
"""

from bot.data.database import Database, DatabaseError, open_database
from bot.data.migrations import migrate, schema_version
from bot.data.records import (
    DM_GUILD,
    Announcement,
    GuildSettings,
    MentionMode,
    Miss,
    Notice,
    Recipients,
    Target,
)
from bot.data.store import MAX_ATTEMPTS, Store

__all__ = [
    "DM_GUILD",
    "MAX_ATTEMPTS",
    "Announcement",
    "Database",
    "DatabaseError",
    "GuildSettings",
    "MentionMode",
    "Miss",
    "Notice",
    "Recipients",
    "Store",
    "Target",
    "migrate",
    "open_database",
    "schema_version",
]
