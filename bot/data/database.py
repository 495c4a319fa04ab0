"""One small async interface over SQLite (aiosqlite) and PostgreSQL (asyncpg).

Queries are written once, with PostgreSQL's numbered `$1` placeholders; SQLite reads the same
numbers as `?1`. Everything the store needs is `execute`, `fetch` and a `transaction`, so the
two drivers stay behind one door and the store's SQL is shared.
"""

from __future__ import annotations

import abc
import asyncio
import contextlib
import logging
import re
from collections.abc import AsyncIterator, Sequence
from pathlib import Path
from typing import Any
from urllib.parse import unquote, urlsplit

log = logging.getLogger(__name__)

Row = tuple[Any, ...]
_PLACEHOLDER = re.compile(r"\$(\d+)")


class DatabaseError(RuntimeError):
    """The database cannot be opened or used; the message says which and why."""


class Database(abc.ABC):
    """A connection (or pool) that runs SQL; `transaction()` gives one that runs it atomically."""

    dialect: str
    """'sqlite' or 'postgres': the migrations write the few types that differ per dialect."""

    @abc.abstractmethod
    async def execute(self, sql: str, *args: Any) -> int:
        """Run one statement; returns the rows it changed."""

    @abc.abstractmethod
    async def fetch(self, sql: str, *args: Any) -> list[Row]:
        """Run one query (or a statement with RETURNING); returns its rows."""

    @abc.abstractmethod
    def transaction(self) -> contextlib.AbstractAsyncContextManager[Database]:
        """A `Database` whose statements commit together at the end of the block, or not at all."""

    @abc.abstractmethod
    async def close(self) -> None: ...

    async def fetchone(self, sql: str, *args: Any) -> Row | None:
        rows = await self.fetch(sql, *args)
        return rows[0] if rows else None


OPEN_WAIT = 30.0
"""Seconds a SQLite database another process is setting up may keep this one waiting."""
_RETRY_PAUSE = 0.05


async def _connected(path: Path) -> Any:
    """A connection to the SQLite file at `path`, in WAL mode with foreign keys on; closed
    again when setting it up fails."""
    import aiosqlite

    connection = await aiosqlite.connect(str(path), isolation_level=None, timeout=OPEN_WAIT)
    try:
        await connection.execute("PRAGMA journal_mode=WAL")
        await connection.execute("PRAGMA foreign_keys=ON")
    except BaseException:
        await connection.close()
        raise
    return connection


def _cannot_open(path: Path, exc: Exception) -> DatabaseError:
    return DatabaseError(f"SHOWBOT_DATABASE_URL: cannot open the SQLite database {path}: {exc}")


class SqliteDatabase(Database):
    """One aiosqlite connection. A lock keeps one coroutine's transaction from taking in
    another's statements; `BEGIN IMMEDIATE` keeps other processes out while it runs."""

    dialect = "sqlite"

    def __init__(self, connection: Any) -> None:
        self._connection = connection
        self._lock = asyncio.Lock()

    @classmethod
    async def open(cls, path: Path) -> SqliteDatabase:
        """The database at `path`, in WAL mode. Two shard processes starting at once both
        switch a new file to WAL, and SQLite answers the second "database is locked" at once,
        without waiting its busy timeout: it is asked again until `OPEN_WAIT` has passed."""
        import aiosqlite

        loop = asyncio.get_running_loop()
        deadline = loop.time() + OPEN_WAIT
        while True:
            try:
                path.parent.mkdir(parents=True, exist_ok=True)
                return cls(await _connected(path))
            except aiosqlite.OperationalError as exc:
                if "locked" not in str(exc) or loop.time() >= deadline:
                    raise _cannot_open(path, exc) from exc
                await asyncio.sleep(_RETRY_PAUSE)
            except (OSError, aiosqlite.Error) as exc:
                raise _cannot_open(path, exc) from exc

    async def execute(self, sql: str, *args: Any) -> int:
        async with self._lock:
            return await self._execute(sql, args)

    async def fetch(self, sql: str, *args: Any) -> list[Row]:
        async with self._lock:
            return await self._fetch(sql, args)

    async def _execute(self, sql: str, args: Sequence[Any]) -> int:
        cursor = await self._connection.execute(_sqlite(sql), tuple(args))
        count = int(cursor.rowcount)
        await cursor.close()
        return count

    async def _fetch(self, sql: str, args: Sequence[Any]) -> list[Row]:
        cursor = await self._connection.execute(_sqlite(sql), tuple(args))
        rows = await cursor.fetchall()
        await cursor.close()
        return [tuple(row) for row in rows]

    @contextlib.asynccontextmanager
    async def transaction(self) -> AsyncIterator[Database]:
        async with self._lock:
            await self._connection.execute("BEGIN IMMEDIATE")
            try:
                yield _SqliteTransaction(self)
            except BaseException:
                await self._connection.execute("ROLLBACK")
                raise
            await self._connection.execute("COMMIT")

    async def close(self) -> None:
        await self._connection.close()


class _SqliteTransaction(Database):
    """Statements inside `SqliteDatabase.transaction`, which already holds the lock."""

    dialect = "sqlite"

    def __init__(self, owner: SqliteDatabase) -> None:
        self._owner = owner

    async def execute(self, sql: str, *args: Any) -> int:
        return await self._owner._execute(sql, args)

    async def fetch(self, sql: str, *args: Any) -> list[Row]:
        return await self._owner._fetch(sql, args)

    def transaction(self) -> contextlib.AbstractAsyncContextManager[Database]:
        return contextlib.nullcontext(self)

    async def close(self) -> None:  # pragma: no cover - the owner closes
        return None


class PostgresDatabase(Database):
    """An asyncpg pool; a transaction holds one of its connections for the block."""

    dialect = "postgres"

    def __init__(self, pool: Any, connection: Any = None) -> None:
        self._pool = pool
        self._connection = connection

    @classmethod
    async def open(cls, url: str) -> PostgresDatabase:
        import asyncpg

        try:
            pool = await asyncpg.create_pool(url, min_size=1, max_size=5)
        except (OSError, asyncpg.PostgresError, ValueError) as exc:
            where = _without_password(url)
            raise DatabaseError(
                f"SHOWBOT_DATABASE_URL: cannot connect to PostgreSQL at {where}: {exc}"
            ) from exc
        return cls(pool)

    async def execute(self, sql: str, *args: Any) -> int:
        target = self._connection or self._pool
        status = await target.execute(sql, *args)
        last = str(status).rsplit(" ", 1)[-1]
        return int(last) if last.isdigit() else 0

    async def fetch(self, sql: str, *args: Any) -> list[Row]:
        target = self._connection or self._pool
        return [tuple(record) for record in await target.fetch(sql, *args)]

    @contextlib.asynccontextmanager
    async def transaction(self) -> AsyncIterator[Database]:
        if self._connection is not None:
            yield self
            return
        async with self._pool.acquire() as connection, connection.transaction():
            yield PostgresDatabase(self._pool, connection)

    async def close(self) -> None:
        if self._connection is None:
            await self._pool.close()


async def open_database(url: str) -> Database:
    """`sqlite:///relative/or//absolute/path.db` or `postgresql://user:pass@host/db`."""
    scheme = urlsplit(url).scheme
    if scheme == "sqlite":
        return await SqliteDatabase.open(sqlite_path(url))
    if scheme in ("postgres", "postgresql"):
        return await PostgresDatabase.open(url)
    raise DatabaseError(
        f"SHOWBOT_DATABASE_URL {_without_password(url)!r}: use sqlite:///PATH or "
        "postgresql://USER:PASSWORD@HOST/DATABASE"
    )


def sqlite_path(url: str) -> Path:
    """The file of a `sqlite:///path` URL (four slashes for an absolute path, as SQLAlchemy)."""
    path = unquote(url.removeprefix("sqlite://"))
    if path.startswith("/"):
        path = path[1:]
    if not path:
        raise DatabaseError(f"SHOWBOT_DATABASE_URL {url!r} names no file: use sqlite:///PATH")
    return Path(path)


def _sqlite(sql: str) -> str:
    return _PLACEHOLDER.sub(r"?\1", sql)


def _without_password(url: str) -> str:
    parts = urlsplit(url)
    if parts.password is None:
        return url
    return url.replace(f":{parts.password}@", ":***@", 1)
