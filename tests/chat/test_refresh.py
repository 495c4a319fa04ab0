"""The scheduled live refresh: import, reload, and the last good base on any failure."""

from __future__ import annotations

import asyncio
import threading
from collections.abc import Iterator
from pathlib import Path

import pytest

from bot.chat.cogs.admin import status_message
from bot.chat.refresh import LiveRefresh, refresh_line
from bot.core import Engine
from bot.importing.tvmaze_api import ApiClient
from bot.settings import Settings
from tests.importing.tvmaze_api.fake_api import FakeTVMaze, show


@pytest.fixture
def api() -> Iterator[FakeTVMaze]:
    with FakeTVMaze() as fake:
        fake.add(show(1, "Under the Dome", "Ended", ended="2015-09-10"), show(2, "Evil"))
        yield fake


def refresher(engine: Engine, api: FakeTVMaze, **options: object) -> LiveRefresh:
    def client(cancel: threading.Event) -> ApiClient:
        return ApiClient(api.url, min_interval=0, cancel=cancel, sleep=lambda _: None)

    return LiveRefresh(
        engine,
        asyncio.Lock(),
        hours=6,
        out=Path(engine.knowledge_dir) / "tvmaze",
        api_url=api.url,
        client=client,
        **options,  # type: ignore[arg-type]
    )


async def test_a_round_imports_reloads_and_says_what_changed(
    small_engine: Engine, api: FakeTVMaze
) -> None:
    live = refresher(small_engine, api)
    assert refresh_line(live) == "TVMaze refresh every 6 h; it has not run yet."

    outcome = await live.run_once()

    assert outcome.ok, outcome.text
    assert outcome.text == ("1 show(s) fetched from TVMaze; 2 added (evil, under-the-dome).")
    assert small_engine.show_count == 4
    line = refresh_line(live)
    assert line is not None
    assert line.startswith("TVMaze refresh every 6 h; the last one (<t:")
    assert "2 added (evil, under-the-dome)" in status_message(small_engine.snapshot, line)


async def test_an_imported_show_never_takes_the_id_of_a_hand_written_one(
    small_engine: Engine, api: FakeTVMaze
) -> None:
    api.add(show(3, "Beta Road"))  # the small base has a hand-written `beta-road`
    live = refresher(small_engine, api)

    outcome = await live.run_once()

    assert outcome.ok, outcome.text
    assert small_engine.show_count == 5


async def test_a_second_round_with_nothing_new_changes_nothing(
    small_engine: Engine, api: FakeTVMaze
) -> None:
    live = refresher(small_engine, api)
    await live.run_once()

    outcome = await live.run_once()

    assert (outcome.ok, outcome.text) == (
        True,
        "0 show(s) fetched from TVMaze; nothing changed.",
    )


async def test_the_network_down_keeps_the_last_good_base(
    small_engine: Engine, api: FakeTVMaze
) -> None:
    live = refresher(small_engine, api)
    api.fail("/shows?page=0", "403")

    outcome = await live.run_once()

    assert not outcome.ok
    assert "HTTP 403" in outcome.text
    assert outcome.text.endswith("Still serving the last good base")
    assert small_engine.show_count == 2
    assert " failed (<t:" in (refresh_line(live) or "")


async def test_an_answer_in_the_wrong_shape_keeps_the_last_good_base(
    small_engine: Engine, api: FakeTVMaze
) -> None:
    live = refresher(small_engine, api)
    original = api._answer
    api._answer = lambda path, query: (  # type: ignore[method-assign]
        (200, {"not": "a list"}) if path == "/shows" else original(path, query)
    )

    outcome = await live.run_once()

    assert not outcome.ok
    assert "expected a list of shows" in outcome.text
    assert small_engine.show_count == 2


async def test_a_base_that_no_longer_loads_is_not_swapped_in(
    small_engine: Engine, api: FakeTVMaze
) -> None:
    (Path(small_engine.knowledge_dir) / "broken.yaml").write_text("title: [unclosed\n")
    live = refresher(small_engine, api)

    outcome = await live.run_once()

    assert not outcome.ok
    assert "1 show(s) fetched, but the base did not load" in outcome.text
    assert small_engine.show_count == 2


async def test_the_schedule_waits_then_runs_every_interval_until_stopped(
    small_engine: Engine, api: FakeTVMaze
) -> None:
    waits: list[float] = []
    second_wait = asyncio.Event()

    async def wait(seconds: float) -> None:
        waits.append(seconds)
        if len(waits) == 2:
            second_wait.set()
            await asyncio.Event().wait()  # until stopped

    live = refresher(small_engine, api, first_delay=60.0, wait=wait)
    live.start()
    await asyncio.wait_for(second_wait.wait(), timeout=30)
    await live.stop()

    assert waits == [60.0, 6 * 3600]
    assert live.last is not None
    assert live.last.ok


async def test_followers_hear_of_a_good_round_only(small_engine: Engine, api: FakeTVMaze) -> None:
    rounds: list[int] = []

    async def after_reload() -> None:
        rounds.append(small_engine.show_count)

    live = refresher(small_engine, api, after_reload=after_reload)
    assert (await live.run_once()).ok
    assert rounds == [4], "called once the new base is in"
    (Path(small_engine.knowledge_dir) / "broken.yaml").write_text("title: [unclosed\n")
    assert not (await live.run_once()).ok
    assert rounds == [4], "not after a round whose base did not load"


async def test_a_failure_after_the_reload_does_not_fail_the_round(
    small_engine: Engine, api: FakeTVMaze
) -> None:
    async def after_reload() -> None:
        raise RuntimeError("database gone")

    outcome = await refresher(small_engine, api, after_reload=after_reload).run_once()
    assert outcome.ok
    assert small_engine.show_count == 4


def test_the_refresh_is_off_unless_configured(small_engine: Engine, tmp_path: Path) -> None:
    lock = asyncio.Lock()
    assert LiveRefresh.from_settings(Settings(), small_engine, lock) is None
    assert refresh_line(None) is None

    live = LiveRefresh.from_settings(Settings(refresh_hours=12), small_engine, lock)
    assert live is not None
    assert (live.hours, live.out) == (12, Path(small_engine.knowledge_dir) / "tvmaze")
