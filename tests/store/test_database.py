"""Opening the SQLite database (bot.data.database) while another process sets it up."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import aiosqlite
import pytest

import bot.data.database as database_module
from bot.data.database import DatabaseError, SqliteDatabase


def _locked_then_open(times: int) -> Any:
    """A stand-in for `_connected` that finds the file locked `times` times, then opens it."""
    real = database_module._connected
    calls = {"count": 0}

    async def connected(path: Path) -> Any:
        calls["count"] += 1
        if calls["count"] <= times:
            raise aiosqlite.OperationalError("database is locked")
        return await real(path)

    return connected


async def test_a_database_another_process_is_setting_up_is_waited_for(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(database_module, "_connected", _locked_then_open(3))

    database = await SqliteDatabase.open(tmp_path / "showbot.db")

    assert await database.fetch("SELECT 1") == [(1,)]
    await database.close()


async def test_a_database_locked_for_too_long_is_an_error_that_says_so(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(database_module, "_connected", _locked_then_open(10_000))
    monkeypatch.setattr(database_module, "OPEN_WAIT", 0.2)

    with pytest.raises(DatabaseError, match="database is locked"):
        await SqliteDatabase.open(tmp_path / "showbot.db")


async def test_a_file_that_is_no_database_is_an_error_at_once(tmp_path: Path) -> None:
    path = tmp_path / "showbot.db"
    path.write_bytes(b"this is not a database " * 100)

    with pytest.raises(DatabaseError, match="cannot open the SQLite database"):
        await SqliteDatabase.open(path)
