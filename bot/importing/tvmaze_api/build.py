"""``run_api_import``: build a base from TVMaze's API once, then keep it fresh.

A first build walks the show index (``/shows?page=N``, 250 ids a page, 404 after the last),
then reads cast, next episode and seasons for every show that is not over (the ones whose
status and dates can still move; an ended show keeps what the index says). A refresh asks
``/updates/shows`` which shows changed since the last run (``since=day|week|month``, or the
whole list after a month) and re-reads only those whose timestamp moved. Both commit each
answer to the cache as it arrives, so a killed run goes on where it stopped, and both end by
writing every cached show through the same entry and shard writer as the CSV imports.
"""

from __future__ import annotations

import datetime as dt
import logging
import time
from collections.abc import Callable, Mapping
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from ..entry import Entry
from ..errors import ImporterError
from ..ids import assign_ids
from ..sources import DATASETS_BY_TITLE
from ..writer import load_existing, write_shards
from .cache import ShowCache
from .client import ApiClient, ApiError
from .mapping import LIVE, show_entry
from .neighbours import ids_outside

__all__ = ["ApiImportReport", "Progress", "run_api_import"]

log = logging.getLogger(__name__)

Progress = Callable[[str, int, int | None], None]
"""``progress(stage, done, total)``: stage is ``index pages``, ``details`` or ``updates``."""

_WINDOWS = (("day", dt.timedelta(days=1)), ("week", dt.timedelta(days=7)),
            ("month", dt.timedelta(days=30)))  # fmt: skip
_DETAILS = "?embed[]=cast&embed[]=nextepisode&embed[]=akas"


@dataclass(frozen=True, slots=True)
class ApiImportReport:
    """What one run did: a ``build`` (first, or resumed) or a ``refresh``."""

    mode: str
    out: Path
    requests: int
    """Calls made to the API, retries included."""
    pages: int
    """Index pages read by this run."""
    fetched: int
    """Shows read one by one (details, or changed since the last run)."""
    removed: int
    """Shows TVMaze no longer has, dropped from the base."""
    shows_written: int
    files: tuple[Path, ...]
    seconds: float

    def summary(self) -> str:
        """One line for the command line and the bot's status."""
        read = f"{self.pages} index page(s), " if self.mode == "build" else ""
        removed = f", {self.removed} removed" if self.removed else ""
        return (
            f"tvmaze-api {self.mode}: {read}{self.fetched} show(s) fetched{removed} in "
            f"{self.requests} request(s); {self.shows_written} shows in {len(self.files)} "
            f"file(s) in {self.out} ({self.seconds:.1f} s)"
        )


def run_api_import(
    out: Path,
    client: ApiClient,
    *,
    since: dt.date | None = None,
    knowledge: Path | None = None,
    progress: Progress | None = None,
    clock: Callable[[], dt.datetime] | None = None,
) -> ApiImportReport:
    """Build ``out`` from the API, or refresh it when a build already finished there.

    ``since`` (refresh only) re-reads every show TVMaze changed from that day on, whatever the
    cache holds. ``knowledge`` is the whole base ``out`` is part of: ids its other files use
    are never given to an imported show. Raises :class:`ImporterError` (:class:`ApiError` for
    the network) when the run cannot finish; what was read is kept in the cache for the next.
    """
    started = time.perf_counter()
    now = (clock or _utcnow)()
    out = Path(out)
    reserved = _reserved_ids(out)
    if knowledge is not None:
        reserved |= ids_outside(Path(knowledge), out)
    before = client.requests
    report = _Counts()
    with ShowCache(out) as cache:
        built = cache.get("built")
        if built is None:
            if since is not None:
                raise ImporterError(
                    f"--since needs a finished build in {out}; run the import once without it"
                )
            mode = "build"
            _walk_index(cache, client, now.date(), progress, report)
            _read_details(cache, client, now.date(), progress, report)
        else:
            mode = "refresh"
            last = dt.datetime.fromisoformat(cache.get("last_sync") or built)
            _refresh(cache, client, now, last, since, progress, report)
        entries = [
            entry
            for cached in cache.shows()
            if (entry := _entry(cached.show, cached.seasons, cached.fetched)) is not None
        ]
        assign_ids(entries, reserved)
        try:
            files = write_shards(out, entries)
        except OSError as exc:
            raise ImporterError(f"{out}: cannot write: {exc}") from exc
        if built is None:
            cache.set("built", now.isoformat())
        cache.set("last_sync", now.isoformat())
    result = ApiImportReport(
        mode=mode,
        out=out,
        requests=client.requests - before,
        pages=report.pages,
        fetched=report.fetched,
        removed=report.removed,
        shows_written=len(entries),
        files=tuple(files),
        seconds=time.perf_counter() - started,
    )
    log.info("%s", result.summary())
    return result


@dataclass
class _Counts:
    pages: int = 0
    fetched: int = 0
    removed: int = 0


def _utcnow() -> dt.datetime:
    return dt.datetime.now(dt.UTC)


def _reserved_ids(out: Path) -> set[str]:
    """Ids of the hand-written files in ``out``; refuses shards another import wrote there."""
    datasets = {**DATASETS_BY_TITLE, LIVE.title: LIVE}
    existing, reserved = load_existing(out, datasets, merge=True)
    foreign = sorted({name for entry in existing for name in entry.datasets} - {LIVE.name})
    if foreign:
        raise ImporterError(
            f"{out} holds shows imported from {', '.join(foreign)}; the live TVMaze import "
            "rewrites its files on every refresh, so give it a directory of its own "
            f"(e.g. {out / 'tvmaze'})"
        )
    return reserved


def _entry(show: Mapping[str, Any], seasons: list[Any] | None, fetched: str) -> Entry | None:
    try:
        day = dt.date.fromisoformat(fetched)
    except ValueError:
        day = _utcnow().date()
    return show_entry(show, seasons, day)


# -- first build --------------------------------------------------------------------------------


def _walk_index(
    cache: ShowCache, client: ApiClient, today: dt.date, progress: Progress | None, counts: _Counts
) -> None:
    """Every index page from where the last run stopped, until TVMaze answers 404."""
    page = int(cache.get("next_page") or 0)
    while True:
        data = client.get(f"/shows?page={page}")
        if data is None:
            return
        if not isinstance(data, list):
            raise ApiError(f"{client.base_url}/shows?page={page}: expected a list of shows")
        shows = [s for s in data if isinstance(s, dict) and _show_id(s) is not None]
        cache.store_page(shows, today.isoformat(), page + 1)
        page += 1
        counts.pages += 1
        if progress:
            progress("index pages", page, None)


def _read_details(
    cache: ShowCache, client: ApiClient, today: dt.date, progress: Progress | None, counts: _Counts
) -> None:
    """Cast, next episode and seasons of the shows not over, skipping those already read."""
    wanted = [
        cached.id
        for cached in cache.shows()
        if cached.detailed != cached.updated and cached.show.get("status") != "Ended"
    ]
    for done, show_id in enumerate(wanted, 1):
        _fetch_show(cache, client, show_id, today, counts)
        if progress:
            progress("details", done, len(wanted))


def _fetch_show(
    cache: ShowCache, client: ApiClient, show_id: int, today: dt.date, counts: _Counts
) -> None:
    show = client.get(f"/shows/{show_id}{_DETAILS}")
    if show is None:
        cache.remove(show_id)  # deleted (or merged into another show) on TVMaze
        counts.removed += 1
        return
    if not isinstance(show, dict) or _show_id(show) != show_id:
        raise ApiError(f"{client.base_url}/shows/{show_id}: expected show {show_id}")
    seasons = None
    if show.get("status") != "Ended":
        seasons = client.get(f"/shows/{show_id}/seasons")
        if seasons is not None and not isinstance(seasons, list):
            raise ApiError(f"{client.base_url}/shows/{show_id}/seasons: expected a list")
    cache.store_show(show, seasons, today.isoformat())
    counts.fetched += 1


# -- refresh ------------------------------------------------------------------------------------


def _refresh(
    cache: ShowCache,
    client: ApiClient,
    now: dt.datetime,
    last: dt.datetime,
    since: dt.date | None,
    progress: Progress | None,
    counts: _Counts,
) -> None:
    """Re-read the shows TVMaze changed after the last run (or from ``since`` on)."""
    start = dt.datetime.combine(since, dt.time(), dt.UTC) if since is not None else last
    if start.tzinfo is None:
        start = start.replace(tzinfo=dt.UTC)
    window = next((name for name, span in _WINDOWS if now - start <= span), None)
    path = "/updates/shows" + (f"?since={window}" if window else "")
    updates = client.get(path)
    if not isinstance(updates, dict):
        raise ApiError(f"{client.base_url}{path}: expected a map of show ids to timestamps")
    known = cache.stamps()
    floor = int(start.timestamp())
    wanted = []
    for key, stamp in updates.items():
        if not (isinstance(key, str) and key.isdigit() and isinstance(stamp, int)):
            continue
        cached = known.get(int(key))
        changed = cached is None or stamp > cached[0]
        if (since is not None and stamp >= floor) or changed:
            wanted.append(int(key))
    for done, show_id in enumerate(sorted(wanted), 1):
        _fetch_show(cache, client, show_id, now.date(), counts)
        if progress:
            progress("updates", done, len(wanted))


def _show_id(show: Mapping[str, Any]) -> int | None:
    value = show.get("id")
    return value if isinstance(value, int) and not isinstance(value, bool) else None
