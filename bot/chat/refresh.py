"""The scheduled live refresh: the TVMaze import every few hours, then a reload.

Off unless ``SHOWBOT_REFRESH_HOURS`` is set. Each round runs the import in a worker thread (it
is blocking and paced to TVMaze's rate limit, so it may take minutes), then reloads the base
under the bot's reload lock. Nothing of a failed round reaches the users: an import that stops
(network down, a bad answer) writes no files, and a reload that finds errors keeps the last
good base, as ``/knowledge reload`` does. ``/knowledge status`` shows how the last round went.
After a good reload, ``after_reload`` runs (the bot's: followers hear what changed).
"""

from __future__ import annotations

import asyncio
import contextlib
import datetime as dt
import logging
import threading
from collections.abc import Awaitable, Callable
from dataclasses import dataclass
from pathlib import Path

from bot.chat.text import escape, one_line
from bot.core import Engine, ReloadReport
from bot.importing import ImporterError
from bot.importing.tvmaze_api import ApiClient, run_api_import
from bot.settings import Settings

__all__ = ["LiveRefresh", "RefreshOutcome", "refresh_line"]

log = logging.getLogger(__name__)

FIRST_DELAY = 60.0
"""Seconds after the start before the first round: the bot connects first, then catches up."""
MAX_LISTED = 5


@dataclass(frozen=True, slots=True)
class RefreshOutcome:
    """How one round went, in a sentence for the admin."""

    at: dt.datetime
    ok: bool
    text: str


def refresh_line(refresher: LiveRefresh | None) -> str | None:
    """The `/knowledge status` line about the live refresh; ``None`` when it is off."""
    if refresher is None:
        return None
    every = f"TVMaze refresh every {refresher.hours:g} h"
    last = refresher.last
    if last is None:
        return f"{every}; it has not run yet."
    when = f"<t:{int(last.at.timestamp())}:R>"
    verdict = "" if last.ok else " failed"
    return f"{every}; the last one{verdict} ({when}): {escape(one_line(last.text))}"


class LiveRefresh:
    """Runs :func:`run_once` every ``hours``, first ``first_delay`` seconds after ``start``.

    ``wait(seconds)`` is how the loop waits between rounds: injectable, so a test drives the
    schedule by events instead of the clock.
    """

    def __init__(
        self,
        engine: Engine,
        reload_lock: asyncio.Lock,
        *,
        hours: float,
        out: Path,
        api_url: str,
        first_delay: float = FIRST_DELAY,
        wait: Callable[[float], Awaitable[None]] | None = None,
        client: Callable[[threading.Event], ApiClient] | None = None,
        after_reload: Callable[[], Awaitable[object]] | None = None,
    ) -> None:
        self.engine = engine
        self._after_reload = after_reload
        self.hours = hours
        self.out = out
        self.last: RefreshOutcome | None = None
        self._lock = reload_lock
        self._api_url = api_url
        self._first_delay = first_delay
        self._wait = wait or asyncio.sleep
        self._client = client or (lambda cancel: ApiClient(api_url, cancel=cancel))
        self._cancel = threading.Event()
        self._task: asyncio.Task[None] | None = None

    @classmethod
    def from_settings(
        cls,
        settings: Settings,
        engine: Engine,
        reload_lock: asyncio.Lock,
        after_reload: Callable[[], Awaitable[object]] | None = None,
    ) -> LiveRefresh | None:
        """The refresher the settings ask for, or ``None`` when the refresh is off."""
        if settings.refresh_hours is None:
            return None
        out = settings.refresh_dir or Path(engine.knowledge_dir) / "tvmaze"
        if not out.resolve().is_relative_to(Path(engine.knowledge_dir).resolve()):
            log.warning(
                "SHOWBOT_REFRESH_DIR %s is outside the knowledge directory %s: the refreshed "
                "shows will not be loaded",
                out,
                engine.knowledge_dir,
            )
        return cls(
            engine,
            reload_lock,
            hours=settings.refresh_hours,
            out=out,
            api_url=settings.tvmaze_api_url,
            after_reload=after_reload,
        )

    def start(self) -> None:
        """Schedule the rounds on the running event loop."""
        if self._task is None:
            self._task = asyncio.create_task(self._loop(), name="showbot-live-refresh")

    async def stop(self) -> None:
        """Stop the schedule; a round in progress stops at its next API call."""
        self._cancel.set()
        if self._task is not None:
            self._task.cancel()
            with contextlib.suppress(asyncio.CancelledError):
                await self._task
            self._task = None

    async def _loop(self) -> None:
        await self._wait(self._first_delay)
        while True:
            await self.run_once()
            await self._wait(self.hours * 3600)

    async def run_once(self) -> RefreshOutcome:
        """One round: import, then reload; never raises (the outcome says what went wrong)."""
        started = dt.datetime.now(dt.UTC)
        try:
            report = await asyncio.to_thread(
                run_api_import,
                self.out,
                self._client(self._cancel),
                knowledge=Path(self.engine.knowledge_dir),
            )
        except ImporterError as exc:
            log.warning("live refresh: the import failed: %s", exc)
            return self._done(started, False, f"the import stopped: {exc}. {_KEPT}")
        except Exception as exc:  # a bug must not end the schedule; the log has the trace
            log.exception("live refresh: the import failed")
            return self._done(started, False, f"the import failed ({exc!r}). {_KEPT}")
        async with self._lock:
            reload = await asyncio.to_thread(self.engine.reload)
        if not reload.ok:
            first = reload.errors[0] if reload.errors else "unknown error"
            text = (
                f"{report.fetched} show(s) fetched, but the base did not load "
                f"({len(reload.errors)} error(s), e.g. {first}). {_KEPT}"
            )
            log.warning("live refresh: %s", text)
            return self._done(started, False, text)
        outcome = self._done(started, True, _changes(report.fetched, reload))
        if self._after_reload is not None:
            try:
                await self._after_reload()
            except Exception:  # the base is swapped in; what follows it must not end the schedule
                log.exception("live refresh: the work after the reload failed")
        return outcome

    def _done(self, at: dt.datetime, ok: bool, text: str) -> RefreshOutcome:
        self.last = RefreshOutcome(at, ok, text)
        return self.last


_KEPT = "Still serving the last good base"


def _changes(fetched: int, reload: ReloadReport) -> str:
    parts = [f"{fetched} show(s) fetched from TVMaze"]
    for label, ids in (
        ("added", reload.added),
        ("changed", reload.changed),
        ("removed", reload.removed),
    ):
        if ids:
            shown = ", ".join(ids[:MAX_LISTED]) + (" ..." if len(ids) > MAX_LISTED else "")
            parts.append(f"{len(ids)} {label} ({shown})")
    if len(parts) == 1:
        parts.append("nothing changed")
    return "; ".join(parts) + "."
