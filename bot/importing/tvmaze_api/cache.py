"""The on-disk memory of the live import: what TVMaze served, and how far a build got.

One SQLite file in the output directory (``.tvmaze-cache.sqlite3``: the dot keeps the loader
and the importer's shard scan away from it). Every page of the index and every show read is
committed as it arrives, together with the point to resume from, so a killed build loses at
most the call in flight; and a refresh compares TVMaze's update timestamps with the ones kept
here, so it fetches only what changed.
"""

from __future__ import annotations

import contextlib
import json
import sqlite3
from collections.abc import Iterable, Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from ..errors import ImporterError

__all__ = ["CACHE_NAME", "CachedShow", "ShowCache"]

CACHE_NAME = ".tvmaze-cache.sqlite3"
_SCHEMA_VERSION = "1"
_SCHEMA = """
CREATE TABLE IF NOT EXISTS shows (
    id INTEGER PRIMARY KEY,
    updated INTEGER NOT NULL,      -- TVMaze's own timestamp of the show's last change
    show TEXT NOT NULL,            -- the show object as served (JSON)
    detailed INTEGER,              -- `updated` when cast, next episode and seasons were read
    seasons TEXT,                  -- /shows/ID/seasons (JSON), when read
    fetched TEXT NOT NULL          -- the day it was read (ISO date): the entry's `updated`
);
CREATE TABLE IF NOT EXISTS state (key TEXT PRIMARY KEY, value TEXT NOT NULL);
"""


@dataclass(frozen=True, slots=True)
class CachedShow:
    id: int
    updated: int
    show: dict[str, Any]
    detailed: int | None
    seasons: list[Any] | None
    fetched: str


class ShowCache:
    """The cache file of one output directory; use as a context manager to close it."""

    def __init__(self, out: Path) -> None:
        self.path = out / CACHE_NAME
        try:
            out.mkdir(parents=True, exist_ok=True)
            self._db = sqlite3.connect(self.path)
        except (OSError, sqlite3.Error) as exc:
            raise ImporterError(f"{self.path}: cannot open the TVMaze cache ({exc})") from exc
        try:
            self._db.executescript(_SCHEMA)
            version = self.get("schema")
        except sqlite3.Error as exc:
            self._db.close()
            raise ImporterError(
                f"{self.path}: cannot open the TVMaze cache ({exc}); delete it to start afresh"
            ) from exc
        if version is None:
            self.set("schema", _SCHEMA_VERSION)
        elif version != _SCHEMA_VERSION:
            self._db.close()
            raise ImporterError(
                f"{self.path}: written by another version of showbot (cache format {version}); "
                "delete it and run the import again"
            )

    def __enter__(self) -> ShowCache:
        return self

    def __exit__(self, *exc: object) -> None:
        self._db.close()

    # -- progress -------------------------------------------------------------------------------

    def get(self, key: str) -> str | None:
        row = self._db.execute("SELECT value FROM state WHERE key = ?", (key,)).fetchone()
        return str(row[0]) if row else None

    def set(self, key: str, value: str) -> None:
        with self._db:
            self._db.execute("INSERT OR REPLACE INTO state VALUES (?, ?)", (key, value))

    # -- shows ----------------------------------------------------------------------------------

    def store_page(self, shows: Iterable[dict[str, Any]], fetched: str, next_page: int) -> None:
        """One page of the index and where to go on, in one transaction. A show already read
        in detail keeps its details while its timestamp is unchanged."""
        with self._db:
            for show in shows:
                self._db.execute(
                    "INSERT INTO shows (id, updated, show, fetched) VALUES (?, ?, ?, ?) "
                    "ON CONFLICT(id) DO UPDATE SET updated = excluded.updated, "
                    "show = excluded.show, fetched = excluded.fetched "
                    "WHERE shows.detailed IS NULL OR shows.updated != excluded.updated",
                    (show["id"], _stamp(show), json.dumps(show), fetched),
                )
            self._db.execute(
                "INSERT OR REPLACE INTO state VALUES ('next_page', ?)", (str(next_page),)
            )

    def store_show(self, show: dict[str, Any], seasons: list[Any] | None, fetched: str) -> None:
        """A show read in detail (``/shows/ID`` with embeds, and its seasons)."""
        stamp = _stamp(show)
        with self._db:
            self._db.execute(
                "INSERT OR REPLACE INTO shows VALUES (?, ?, ?, ?, ?, ?)",
                (show["id"], stamp, json.dumps(show), stamp, _dump(seasons), fetched),
            )

    def remove(self, show_id: int) -> None:
        with self._db:
            self._db.execute("DELETE FROM shows WHERE id = ?", (show_id,))

    def stamps(self) -> dict[int, tuple[int, int | None]]:
        """Show id -> (TVMaze's timestamp, the timestamp its details were read at)."""
        rows = self._db.execute("SELECT id, updated, detailed FROM shows")
        return {row[0]: (row[1], row[2]) for row in rows}

    def shows(self) -> Iterator[CachedShow]:
        rows = self._db.execute(
            "SELECT id, updated, show, detailed, seasons, fetched FROM shows ORDER BY id"
        )
        for show_id, updated, show, detailed, seasons, fetched in rows:
            yield CachedShow(
                show_id, updated, json.loads(show), detailed, _load(seasons), str(fetched)
            )

    def count(self) -> int:
        return int(self._db.execute("SELECT count(*) FROM shows").fetchone()[0])


def _stamp(show: dict[str, Any]) -> int:
    stamp = show.get("updated")
    return stamp if isinstance(stamp, int) and not isinstance(stamp, bool) else 0


def _dump(value: Any) -> str | None:
    return None if value is None else json.dumps(value)


def _load(value: str | None) -> Any:
    if value is None:
        return None
    with contextlib.suppress(ValueError):
        return json.loads(value)
    return None
