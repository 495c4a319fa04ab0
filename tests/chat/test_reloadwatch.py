"""A reload in one process reaches the others (bot.chat.reloadwatch): two "processes", each
with its own engine over the same knowledge files, sharing one SQLite database."""

from __future__ import annotations

import asyncio
from collections.abc import AsyncIterator
from pathlib import Path

import pytest

from bot.chat.reloadwatch import ReloadWatch
from bot.core import Engine
from bot.data import Store

NEW_SHOW = "id: gamma-point\ntitle: Gamma Point\nstatus: airing\n"


class Process:
    """One bot process: its engine, its connection to the shared database, its watch."""

    def __init__(self, knowledge: Path, url: str, name: str) -> None:
        self.engine = Engine.from_directory(knowledge)
        self.store = Store(url)
        self.followers_checked = 0
        self.watch = ReloadWatch(
            self.engine, self.store, asyncio.Lock(), process=name, after_reload=self.checked
        )

    async def checked(self) -> None:
        self.followers_checked += 1

    async def reload(self) -> None:
        """What `/knowledge reload` does in this process."""
        assert self.engine.reload().ok
        await self.watch.reloaded_here()


@pytest.fixture
async def two(small_dir: Path, tmp_path: Path) -> AsyncIterator[tuple[Process, Process]]:
    url = f"sqlite:///{tmp_path / 'state' / 'showbot.db'}"
    first, second = Process(small_dir, url, "a:1"), Process(small_dir, url, "b:2")
    for process in (first, second):
        await process.store.open()
        process.watch.seen = await process.store.knowledge_generation()
    yield first, second
    for process in (first, second):
        await process.store.close()


async def test_a_reload_in_one_process_reloads_the_other(
    two: tuple[Process, Process], small_dir: Path
) -> None:
    first, second = two
    before = second.engine.show_count
    (small_dir / "gamma.yaml").write_text(NEW_SHOW, encoding="utf-8")

    await first.reload()
    assert await first.watch.check_once() is False, "its own reload is not done twice"
    assert await second.watch.check_once() is True

    assert second.engine.show_count == before + 1
    assert (second.followers_checked, first.followers_checked) == (1, 0)
    assert await second.watch.check_once() is False, "once per generation"


async def test_nothing_moves_nothing_is_reloaded(two: tuple[Process, Process]) -> None:
    first, second = two
    assert await first.watch.check_once() is False
    assert await second.watch.check_once() is False
    assert second.followers_checked == 0


async def test_two_reloads_at_once_leave_neither_behind(
    two: tuple[Process, Process], small_dir: Path
) -> None:
    first, second = two
    await first.reload()
    (small_dir / "gamma.yaml").write_text(NEW_SHOW, encoding="utf-8")
    await second.reload()  # before it looked: first's stamp and its own
    assert await second.watch.check_once() is True, "it cannot know first read the new files"
    assert await first.watch.check_once() is True
    assert first.engine.show_count == second.engine.show_count


async def test_files_that_do_not_load_here_keep_the_last_good_base(
    two: tuple[Process, Process], small_dir: Path
) -> None:
    first, second = two
    before = second.engine.show_count
    await first.reload()
    (small_dir / "broken.yaml").write_text("title: [unclosed\n", encoding="utf-8")
    assert await second.watch.check_once() is True
    assert second.engine.show_count == before
    assert second.followers_checked == 0, "no news from a base that did not load"
    assert await second.watch.check_once() is False, "not retried until the generation moves"


async def test_the_watch_looks_every_interval_until_stopped(
    two: tuple[Process, Process], small_dir: Path
) -> None:
    first, second = two
    moved, looked = asyncio.Event(), asyncio.Event()
    waits: list[float] = []

    async def wait(seconds: float) -> None:
        waits.append(seconds)
        if len(waits) == 1:
            await moved.wait()
        else:  # the look after the move happened
            looked.set()
            await asyncio.Event().wait()

    watch = ReloadWatch(
        second.engine, second.store, asyncio.Lock(), process="b:2", every=1.5, wait=wait
    )
    before = second.engine.show_count
    await watch.start()
    assert watch.seen == 0, "the base loaded at start is current"
    (small_dir / "gamma.yaml").write_text(NEW_SHOW, encoding="utf-8")
    await first.reload()
    moved.set()
    await asyncio.wait_for(looked.wait(), timeout=30)
    await watch.stop()
    assert waits == [1.5, 1.5]
    assert second.engine.show_count == before + 1
