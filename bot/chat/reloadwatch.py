"""A reload in one bot process reaches the others: a generation stamp in the shared database.

Each process of a sharded bot holds its own copy of the knowledge base in memory. The process
that reloads it (`/knowledge reload`, or the scheduled live refresh) moves the database's
knowledge generation on; every process looks at the generation every `WATCH_SECONDS` and, when
it has moved past the one it loaded, reloads its own copy from the same files. One small query
per process every few seconds, on SQLite or PostgreSQL alike; no notification channel to keep
open. The processes must read the same knowledge files (one machine, or a shared volume).
"""

from __future__ import annotations

import asyncio
import contextlib
import logging
from collections.abc import Awaitable, Callable

from bot.core import Engine
from bot.data import Store

__all__ = ["WATCH_SECONDS", "ReloadWatch"]

log = logging.getLogger(__name__)

WATCH_SECONDS = 3.0
"""How often a process looks at the generation: a reload elsewhere reaches it within this."""


class ReloadWatch:
    """Keeps this process's base at the generation the processes sharing `store` reached.

    `reloaded_here()` after a good local reload; `start()` / `stop()` the watching. `wait` is
    how the loop waits between looks: injectable, so a test drives it by events.
    """

    def __init__(
        self,
        engine: Engine,
        store: Store,
        reload_lock: asyncio.Lock,
        *,
        process: str,
        every: float = WATCH_SECONDS,
        after_reload: Callable[[], Awaitable[object]] | None = None,
        wait: Callable[[float], Awaitable[None]] | None = None,
    ) -> None:
        self.engine = engine
        self.store = store
        self.process = process
        self.every = every
        self.seen = 0
        """The generation this process's base is at."""
        self._lock = reload_lock
        self._after_reload = after_reload
        self._wait = wait or asyncio.sleep
        self._task: asyncio.Task[None] | None = None

    async def start(self) -> None:
        """The base just loaded is the current generation; then watch it on the running loop."""
        self.seen = await self.store.knowledge_generation()
        self._task = asyncio.create_task(self._loop(), name="showbot-reload-watch")

    async def stop(self) -> None:
        if self._task is not None:
            self._task.cancel()
            with contextlib.suppress(asyncio.CancelledError):
                await self._task
            self._task = None

    async def reloaded_here(self) -> None:
        """This process reloaded the base: move the generation on, for the others to follow.
        If another process moved it too since this one last looked, its reload may have come
        after ours read the files, so ours is not taken as current: the next look reloads."""
        moved = await self.store.bump_knowledge_generation(self.process)
        if moved == self.seen + 1:
            self.seen = moved
        log.info("knowledge generation %d: reloaded in %s", moved, self.process)

    async def check_once(self) -> bool:
        """Reload if another process moved the generation on; True when this one reloaded."""
        current = await self.store.knowledge_generation()
        if current <= self.seen:
            return False
        async with self._lock:
            report = await asyncio.to_thread(self.engine.reload)
        self.seen = current  # a failed reload is not retried until the generation moves again
        if not report.ok:
            first = report.errors[0] if report.errors else "unknown error"
            log.warning(
                "knowledge generation %d: another process reloaded, but this one's files did not"
                " load (%d error(s), e.g. %s); still serving the last good base",
                current,
                len(report.errors),
                first,
            )
            return True
        log.info(
            "knowledge generation %d: reloaded after another process (%d shows)",
            current,
            self.engine.show_count,
        )
        if self._after_reload is not None:
            await self._after_reload()
        log.info("knowledge generation %d: followers checked", current)
        return True

    async def _loop(self) -> None:
        while True:
            await self._wait(self.every)
            try:
                await self.check_once()
            except asyncio.CancelledError:
                raise
            except Exception:  # the database may be away for a while: look again next time
                log.exception("could not check the knowledge generation; trying again")
