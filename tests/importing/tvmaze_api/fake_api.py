"""A fake of TVMaze's public API on 127.0.0.1, serving the documented response shapes.

Shapes as documented at https://www.tvmaze.com/api: the show index pages by id (250 ids a page,
404 past the last), ``/updates/shows`` a map of show id to timestamp (``since=day|week|month``
narrows it), ``/shows/ID`` with ``_embedded`` cast, next episode and other titles (akas),
``/shows/ID/seasons`` a list. It counts every request, and can be told to fail the next
requests for a path: with a 500, a 429 (with ``Retry-After``), a body cut short, or no answer
at all (until it stops).
"""

from __future__ import annotations

import json
import threading
import urllib.parse
from collections import Counter, defaultdict, deque
from dataclasses import dataclass, field
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from typing import Any

PAGE = 250
NOW = 1_780_000_000
"""The fake's "now" (2026-05-28): update windows are counted back from it."""
SPANS = {"day": 86_400, "week": 7 * 86_400, "month": 30 * 86_400}


def show(
    show_id: int,
    name: str,
    status: str = "Running",
    *,
    updated: int = NOW - 40 * 86_400,
    network: str | None = "CBS",
    premiered: str | None = "2013-06-24",
    ended: str | None = None,
    imdb: str | None = None,
    weight: int = 90,
) -> dict[str, Any]:
    """A show object as the index and ``/shows/ID`` serve it."""
    return {
        "id": show_id,
        "url": f"https://www.tvmaze.com/shows/{show_id}/{name.lower().replace(' ', '-')}",
        "name": name,
        "type": "Scripted",
        "language": "English",
        "genres": ["Drama", "Science-Fiction"],
        "status": status,
        "runtime": 60,
        "averageRuntime": 60,
        "premiered": premiered,
        "ended": ended,
        "officialSite": None,
        "schedule": {"time": "22:00", "days": ["Thursday"]},
        "rating": {"average": 6.6},
        "weight": weight,
        "network": (
            {
                "id": 2,
                "name": network,
                "country": {"name": "United States", "code": "US", "timezone": "America/New_York"},
                "officialSite": None,
            }
            if network
            else None
        ),
        "webChannel": None,
        "dvdCountry": None,
        "externals": {"tvrage": None, "thetvdb": None, "imdb": imdb},
        "image": None,
        "summary": f"<p><b>{name}</b> is a show about a town &amp; its people.</p>",
        "updated": updated,
        "_links": {"self": {"href": f"https://api.tvmaze.com/shows/{show_id}"}},
    }


def cast_member(person: str, character: str) -> dict[str, Any]:
    return {
        "person": {"id": hash(person) % 10_000, "name": person, "country": None,
                   "birthday": None, "deathday": None, "gender": None, "image": None},
        "character": {"id": hash(character) % 10_000, "name": character, "image": None},
        "self": False,
        "voice": False,
    }  # fmt: skip


def episode(season: int, number: int, airdate: str) -> dict[str, Any]:
    return {
        "id": season * 1000 + number,
        "name": f"Episode {number}",
        "season": season,
        "number": number,
        "type": "regular",
        "airdate": airdate,
        "airtime": "22:00",
        "airstamp": f"{airdate}T02:00:00+00:00",
        "runtime": 60,
        "rating": {"average": None},
        "image": None,
        "summary": None,
    }


def season(number: int, premiere: str | None, end: str | None, episodes: int | None) -> dict:
    return {
        "id": number,
        "number": number,
        "name": "",
        "episodeOrder": episodes,
        "premiereDate": premiere,
        "endDate": end,
        "network": None,
        "webChannel": None,
        "image": None,
        "summary": "",
    }


@dataclass
class FakeTVMaze:
    """``with FakeTVMaze() as api:`` serves on ``api.url`` until the block ends."""

    shows: dict[int, dict[str, Any]] = field(default_factory=dict)
    casts: dict[int, list[dict[str, Any]]] = field(default_factory=dict)
    next_episodes: dict[int, dict[str, Any]] = field(default_factory=dict)
    akas: dict[int, list[dict[str, Any]]] = field(default_factory=dict)
    seasons: dict[int, list[dict[str, Any]]] = field(default_factory=dict)
    gone: set[int] = field(default_factory=set)
    """Ids still in the updates map whose ``/shows/ID`` answers 404 (deleted on TVMaze)."""
    requests: Counter[str] = field(default_factory=Counter)
    """Requests by path with query (``/shows?page=0``), every attempt counted."""
    faults: defaultdict[str, deque[str]] = field(default_factory=lambda: defaultdict(deque))
    released: threading.Event = field(default_factory=threading.Event)
    hung: threading.Event = field(default_factory=threading.Event)
    """Set when a request was held without an answer."""

    def add(self, *shows: dict[str, Any]) -> None:
        for item in shows:
            self.shows[item["id"]] = item

    def fail(self, path: str, *faults: str) -> None:
        """The next requests for ``path`` get these: an HTTP status (``500``), ``429:SECONDS``
        (with ``Retry-After``), ``truncate`` or ``hang``; later ones are served normally."""
        self.faults[path].extend(faults)

    def total(self) -> int:
        return sum(self.requests.values())

    # -- serving --------------------------------------------------------------------------------

    def __enter__(self) -> FakeTVMaze:
        fake = self

        class Handler(BaseHTTPRequestHandler):
            def do_GET(self) -> None:
                fake._serve(self)

            def log_message(self, format: str, *args: Any) -> None:
                pass

        self._server = ThreadingHTTPServer(("127.0.0.1", 0), Handler)
        self._server.daemon_threads = True
        self._thread = threading.Thread(
            target=self._server.serve_forever, args=(0.05,), daemon=True
        )
        self._thread.start()
        self.url = f"http://127.0.0.1:{self._server.server_address[1]}"
        return self

    def __exit__(self, *exc: object) -> None:
        self.released.set()
        self._server.shutdown()
        self._server.server_close()
        self._thread.join()

    def _serve(self, handler: BaseHTTPRequestHandler) -> None:
        self.requests[handler.path] += 1
        parsed = urllib.parse.urlsplit(handler.path)
        queue = self.faults.get(handler.path)
        fault = queue.popleft() if queue else None
        if fault == "hang":
            self.hung.set()
            self.released.wait()
            return None
        if fault is not None and fault.isdigit():
            return _send(handler, int(fault), {"name": "Error", "status": int(fault)})
        if fault is not None and fault.startswith("429"):
            headers = {"Retry-After": fault.split(":", 1)[1]} if ":" in fault else {}
            return _send(handler, 429, {"name": "Too Many Requests"}, headers)
        status, body = self._answer(parsed.path, urllib.parse.parse_qs(parsed.query))
        if fault == "truncate":
            data = json.dumps(body).encode()
            handler.send_response(200)
            handler.send_header("Content-Type", "application/json")
            handler.send_header("Content-Length", str(len(data)))
            handler.end_headers()
            handler.wfile.write(data[: len(data) // 2])
            handler.close_connection = True
            return None
        return _send(handler, status, body)

    def _answer(self, path: str, query: dict[str, list[str]]) -> tuple[int, Any]:
        parts = path.strip("/").split("/")
        if parts == ["shows"]:
            page = int(query.get("page", ["0"])[0])
            ids = [i for i in sorted(self.shows) if i // PAGE == page]
            if not ids and page > max(self.shows, default=0) // PAGE:
                return 404, {"name": "Not Found", "status": 404}
            return 200, [self.shows[i] for i in ids]
        if parts == ["updates", "shows"]:
            since = query.get("since", [None])[0]
            floor = NOW - SPANS[since] if since else 0
            return 200, {
                str(i): s["updated"] for i, s in self.shows.items() if s["updated"] >= floor
            }
        if len(parts) >= 2 and parts[0] == "shows" and parts[1].isdigit():
            show_id = int(parts[1])
            if show_id not in self.shows or show_id in self.gone:
                return 404, {"name": "Not Found", "status": 404}
            if parts[2:] == ["seasons"]:
                return 200, self.seasons.get(show_id, [])
            body = dict(self.shows[show_id])
            embeds = query.get("embed[]", [])
            embedded: dict[str, Any] = {}
            if "cast" in embeds:
                embedded["cast"] = self.casts.get(show_id, [])
            if "nextepisode" in embeds and show_id in self.next_episodes:
                embedded["nextepisode"] = self.next_episodes[show_id]
            if "akas" in embeds:
                embedded["akas"] = self.akas.get(show_id, [])
            if embedded:
                body["_embedded"] = embedded
            return 200, body
        return 404, {"name": "Not Found", "status": 404}


def _send(
    handler: BaseHTTPRequestHandler, status: int, body: Any, headers: dict[str, str] | None = None
) -> None:
    data = json.dumps(body).encode()
    handler.send_response(status)
    handler.send_header("Content-Type", "application/json")
    handler.send_header("Content-Length", str(len(data)))
    for key, value in (headers or {}).items():
        handler.send_header(key, value)
    handler.end_headers()
    handler.wfile.write(data)
