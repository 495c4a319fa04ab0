"""Migrations run at start, once, recorded in a table; a bad database URL is a clear error."""

from __future__ import annotations

from pathlib import Path

import pytest

from bot.data import DatabaseError, Store, migrate, schema_version
from bot.data.migrations import bundled_migrations


async def test_opening_a_new_database_runs_every_migration_and_records_it(store: Store) -> None:
    latest = bundled_migrations()[-1].version
    assert await schema_version(store.database) == latest
    assert await migrate(store.database) == [], "a second run applies nothing"


async def test_reopening_keeps_the_data(database_url: str) -> None:
    first = Store(database_url)
    await first.open()
    await first.follow(1, "dark", 10)
    await first.close()
    second = Store(database_url)
    await second.open()
    try:
        assert await second.following(1) == ["dark"]
    finally:
        await second.close()


def test_the_bundled_migrations_are_numbered_without_gaps() -> None:
    versions = [m.version for m in bundled_migrations()]
    assert versions == list(range(1, len(versions) + 1))


def test_each_dialect_gets_its_own_key_type() -> None:
    first = bundled_migrations()[0]
    assert any("AUTOINCREMENT" in s for s in first.statements("sqlite"))
    assert any("IDENTITY" in s for s in first.statements("postgres"))
    assert not any("@ID@" in s for s in first.statements("sqlite"))


async def test_an_unknown_database_url_names_the_setting() -> None:
    with pytest.raises(DatabaseError, match="SHOWBOT_DATABASE_URL"):
        await Store("mysql://localhost/showbot").open()


async def test_a_password_never_appears_in_the_error(tmp_path: Path) -> None:
    with pytest.raises(DatabaseError) as caught:
        await Store("postgresql://bot:s3cret@127.0.0.1:1/showbot").open()
    assert "s3cret" not in str(caught.value)
    assert "***" in str(caught.value)


async def test_a_sqlite_file_that_cannot_be_created_is_a_clear_error(tmp_path: Path) -> None:
    blocker = tmp_path / "file"
    blocker.write_text("not a folder")
    with pytest.raises(DatabaseError, match="cannot open the SQLite database"):
        await Store(f"sqlite:///{blocker / 'sub' / 'showbot.db'}").open()


async def test_a_store_used_before_it_is_opened_says_so(tmp_path: Path) -> None:
    with pytest.raises(DatabaseError, match="not open"):
        await Store(f"sqlite:///{tmp_path / 'x.db'}").following(1)
