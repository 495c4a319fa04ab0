"""The data-layer tests run twice: on SQLite (always) and on a real PostgreSQL started from the
`pgserver` package (skipped, with the reason, when it cannot start on this machine)."""

from __future__ import annotations

from collections.abc import AsyncIterator
from pathlib import Path

import pytest

from bot.data import Store
from tests.postgres import new_postgres_database


class Clock:
    """A clock the tests move by hand: leases and rate limits without waiting."""

    def __init__(self) -> None:
        self.now = 1_000_000.0

    def __call__(self) -> float:
        return self.now


@pytest.fixture
def clock() -> Clock:
    return Clock()


@pytest.fixture(params=["sqlite", "postgres"])
async def database_url(request: pytest.FixtureRequest, tmp_path: Path) -> AsyncIterator[str]:
    """A fresh, empty database of each kind."""
    if request.param == "sqlite":
        yield f"sqlite:///{tmp_path / 'showbot.db'}"
        return
    yield await new_postgres_database(request.getfixturevalue("postgres_server"))


@pytest.fixture
async def store(database_url: str, clock: Clock) -> AsyncIterator[Store]:
    opened = Store(database_url, clock=clock)
    await opened.open()
    yield opened
    await opened.close()
