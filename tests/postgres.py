"""A real PostgreSQL for the tests of the data layer, from the `pgserver` package.

Where it cannot start (the package is missing, or its server cannot run here), the tests that
need it are skipped with the reason in the test summary; their SQLite half always runs.
"""

from __future__ import annotations

import itertools
import shutil
import tempfile
from collections.abc import Iterator
from typing import Any

import pytest

_DATABASES = itertools.count(1)


def start_postgres() -> Iterator[Any]:
    """Start a server, yield it, stop it; or skip, saying why there is none."""
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
    shutil.rmtree(folder, ignore_errors=True)


async def new_postgres_database(server: Any) -> str:
    """The URL of a fresh, empty database on `server`."""
    import asyncpg

    base = str(server.get_uri())
    name = f"showbot_test_{next(_DATABASES)}"
    admin = await asyncpg.connect(base)
    try:
        await admin.execute(f"DROP DATABASE IF EXISTS {name}")
        await admin.execute(f"CREATE DATABASE {name}")
    finally:
        await admin.close()
    return base.replace("/postgres?", f"/{name}?", 1)
