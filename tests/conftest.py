"""Shared fixtures: the bundled knowledge base, a small hand-written one, and engines over both.

Every engine here runs on a fixed clock (TODAY) so "comes out on" versus "came out on" never
depends on the day the suite runs.
"""

from __future__ import annotations

import datetime as dt
import os
import textwrap
from collections.abc import Callable, Iterator
from pathlib import Path
from typing import Any

import pytest
from hypothesis import HealthCheck, settings

from bot.core.engine import Engine
from bot.core.models import Show
from bot.core.snapshot import build_snapshot
from bot.paths import bundled_knowledge_dir
from tests.postgres import start_postgres

settings.register_profile(
    "ci",
    derandomize=True,
    database=None,
    deadline=None,
    print_blob=True,
    suppress_health_check=[HealthCheck.too_slow],
)
"""The same examples on every run, and no memory of past failures: CI fails only on a real bug."""
settings.register_profile("dev", deadline=None)
"""Random examples on each run, failures remembered in .hypothesis/ and tried first next time."""
settings.register_profile("explore", max_examples=3000, deadline=None)
"""A long hunt for new failures (HYPOTHESIS_PROFILE=explore), thirty times the usual examples."""
settings.load_profile(os.environ.get("HYPOTHESIS_PROFILE", "ci" if os.environ.get("CI") else "dev"))

TODAY = dt.date(2026, 11, 22)
"""The day every test engine believes it is."""

SMALL_BASE = {
    "alpha.yaml": """\
        id: alpha
        title: Alpha Station
        network: Netflix
        premiered: 2021-03-04
        status: canceled
        status_date: 2022-01-10
        seasons:
          - number: 1
            premiered: 2021-03-04
        cast:
          - name: Jo Marsh
            role: Captain
            next:
              - title: Beta Road
                year: 2024
        popularity: 10
        sources:
          - url: https://example.com/alpha
            title: Alpha Station canceled
        updated: 2022-01-11
        """,
    "more/beta.yml": """\
        shows:
          - id: beta-road
            title: Beta Road
            network: HBO
            status: renewed
            seasons:
              - number: 1
                premiered: 2024-05-01
              - number: 2
                status: renewed
                release: 2027-02-14
            cast:
              - name: Jo Marsh
                role: Pilot
            popularity: 20
            updated: 2026-06-01
        """,
}
"""A two-file base: one show per file and a `shows:` list in a subfolder."""


def write_files(root: Path, files: dict[str, str]) -> Path:
    """Write `{relative path: YAML text}` under `root` (dedented) and return `root`."""
    root.mkdir(parents=True, exist_ok=True)
    for name, text in files.items():
        path = root / name
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_text(textwrap.dedent(text), encoding="utf-8")
    return root


@pytest.fixture(scope="session")
def today() -> dt.date:
    return TODAY


@pytest.fixture(scope="session")
def bundled_dir() -> Path:
    return bundled_knowledge_dir()


@pytest.fixture(scope="session")
def bundled_engine(bundled_dir: Path) -> Engine:
    """The shipped knowledge base; read-only for tests (never reloaded)."""
    return Engine.from_directory(bundled_dir, clock=lambda: TODAY)


@pytest.fixture
def small_dir(tmp_path: Path) -> Path:
    """A fresh copy of SMALL_BASE that a test may edit."""
    return write_files(tmp_path / "knowledge", SMALL_BASE)


@pytest.fixture
def small_engine(small_dir: Path) -> Engine:
    return Engine.from_directory(small_dir, clock=lambda: TODAY)


@pytest.fixture
def knowledge(tmp_path: Path) -> Callable[[dict[str, str]], Path]:
    """Write a knowledge directory from `{relative path: YAML text}`; returns the directory."""

    def make(files: dict[str, str]) -> Path:
        return write_files(tmp_path / "kb", files)

    return make


@pytest.fixture
def engine_for() -> Callable[..., Engine]:
    """An engine over Show objects built in the test, on the fixed clock."""

    def make(*shows: Show) -> Engine:
        return Engine(build_snapshot(Path("memory"), shows), clock=lambda: TODAY)

    return make


@pytest.fixture(scope="session")
def postgres_server() -> Iterator[Any]:
    """One PostgreSQL server for the session (tests/postgres.py), or a skip saying why not."""
    yield from start_postgres()
