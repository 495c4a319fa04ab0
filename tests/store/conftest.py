"""The data-layer tests run twice: on SQLite (always) and on a real PostgreSQL started from the
`pgserver` package (skipped, with the reason, when it cannot start on this machine)."""

from __future__ import annotations

import itertools
import tempfile
from collections.abc import AsyncIterator, Iterator
from pathlib import Path
from typing import Any

import pytest

from bot.data import Store

_DATABASES = itertools.count(1)


class Clock:
    """A clock the tests move by hand: leases and rate limits without waiting."""

    def __init__(self) -> None:
        self.now = 1_000_000.0

    def __call__(self) -> float:
        return self.now


@pytest.fixture(scope="session")
def postgres_server() -> Iterator[Any]:
    """One PostgreSQL server for the session, or a skip saying why there is none."""
    try:
        import pgserver
    except ImportError as exc:
        pytest.skip(f"PostgreSQL leg skipped: the pgserver package is not installed ({exc})")
    folder = tempfile.mkdtemp(prefix="showbot-pg-")
    try:
        server = pgserver.get_server(folder, cleanup_mode="stop")
    except Exception as exc:  # any reason the server cannot start is a reason to skip
        pytest.skip(f"PostgreSQL leg skipped: pgserver could not start a server ({exc})")
    yield server
    server.cleanup()


@pytest.fixture
def clock() -> Clock:
    return Clock()


@pytest.fixture(params=["sqlite", "postgres"])
async def database_url(request: pytest.FixtureRequest, tmp_path: Path) -> AsyncIterator[str]:
    """A fresh, empty database of each kind."""
    if request.param == "sqlite":
        yield f"sqlite:///{tmp_path / 'showbot.db'}"
        return
    import asyncpg

    server = request.getfixturevalue("postgres_server")
    base = server.get_uri()
    name = f"showbot_test_{next(_DATABASES)}"
    admin = await asyncpg.connect(base)
    try:
        await admin.execute(f"DROP DATABASE IF EXISTS {name}")
        await admin.execute(f"CREATE DATABASE {name}")
    finally:
        await admin.close()
    yield base.replace("/postgres?", f"/{name}?", 1)


@pytest.fixture
async def store(database_url: str, clock: Clock) -> AsyncIterator[Store]:
    opened = Store(database_url, clock=clock)
    await opened.open()
    yield opened
    await opened.close()
