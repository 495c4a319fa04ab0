"""The one place that talks HTTP to TVMaze: paced, patient with 429s, strict about bodies.

TVMaze documents its public API as rate limited to "at least 20 calls every 10 seconds per IP
address", answering HTTP 429 beyond that, and its staff advise waiting half a second between
calls to never meet the limit, or backing off (about 2 s) on a 429. So every call here waits
until :data:`MIN_INTERVAL` has passed since the previous one, honours ``Retry-After`` on a 429,
and retries a server error, a timeout or a cut-off body a few times before giving up with an
error that names the URL. Synchronous on purpose (``urllib``): the bot runs the whole import in
a worker thread, never on its event loop.
"""

from __future__ import annotations

import http.client
import json
import logging
import threading
import time
import urllib.error
import urllib.parse
import urllib.request
from collections.abc import Callable
from dataclasses import dataclass, field
from typing import Any

from ..errors import ImporterError

__all__ = [
    "DEFAULT_API_URL",
    "MIN_INTERVAL",
    "ApiClient",
    "ApiError",
    "ImportCancelled",
]

log = logging.getLogger(__name__)

DEFAULT_API_URL = "https://api.tvmaze.com"
MIN_INTERVAL = 0.5
"""Seconds between two calls: 20 calls per 10 s, TVMaze's published floor."""
DEFAULT_TIMEOUT = 30.0
ATTEMPTS = 4
"""Tries per call for a server error, a timeout or a cut-off body (429s are counted apart)."""
MAX_RATE_LIMITED = 10
"""429 answers in a row for one call before the import stops: the limit is not lifting."""
BACKOFF = 2.0
"""First wait after a failure, doubled each time; also the wait for a 429 without Retry-After."""
MAX_WAIT = 120.0
"""No Retry-After is trusted beyond this (a bad header must not park the import for a day)."""
USER_AGENT = "showbot (+https://github.com/; knowledge importer)"


class ApiError(ImporterError):
    """TVMaze could not be read: the message names the URL and what went wrong."""


class ImportCancelled(ImporterError):
    """The import was asked to stop (the bot is shutting down); the cache keeps what was done."""


class _Retry(Exception):
    """One failed attempt worth another: a 5xx, a timeout, a cut-off or unreadable body."""


@dataclass
class ApiClient:
    """``get(path)`` returns the decoded JSON of ``base_url + path``, or ``None`` for a 404.

    ``sleep`` and ``clock`` are injectable so that tests run at full speed; ``cancel``, when set,
    stops the import between calls (and during a wait) with :class:`ImportCancelled`.
    """

    base_url: str = DEFAULT_API_URL
    timeout: float = DEFAULT_TIMEOUT
    min_interval: float = MIN_INTERVAL
    sleep: Callable[[float], None] | None = None
    clock: Callable[[], float] = time.monotonic
    cancel: threading.Event = field(default_factory=threading.Event)
    requests: int = field(default=0, init=False)
    """Calls made (every attempt counts): what a refresh cost."""
    _last: float | None = field(default=None, init=False, repr=False)

    def __post_init__(self) -> None:
        parsed = urllib.parse.urlsplit(self.base_url)
        if parsed.scheme not in ("http", "https") or not parsed.netloc:
            raise ImporterError(f"--api-url {self.base_url!r} is not an http(s) URL")
        self.base_url = self.base_url.rstrip("/")

    def get(self, path: str) -> Any:
        """The JSON at ``path`` (``/shows?page=0``); ``None`` when TVMaze answers 404."""
        url = self.base_url + path
        failures = limited = 0
        while True:
            self._pace()
            try:
                return self._fetch(url)
            except _RateLimited as exc:
                limited += 1
                if limited > MAX_RATE_LIMITED:
                    raise ApiError(
                        f"{url}: still rate limited (HTTP 429) after {MAX_RATE_LIMITED} waits; "
                        "another program on this address may be using the API, try later"
                    ) from None
                wait = exc.retry_after if exc.retry_after is not None else BACKOFF * limited
                log.info("%s: rate limited, waiting %.1f s", url, wait)
                self._wait(wait)
            except _Retry as exc:
                failures += 1
                if failures >= ATTEMPTS:
                    raise ApiError(f"{url}: {exc} (tried {ATTEMPTS} times)") from None
                wait = BACKOFF * 2 ** (failures - 1)
                log.info("%s: %s; retrying in %.1f s", url, exc, wait)
                self._wait(wait)

    # -- one attempt ----------------------------------------------------------------------------

    def _fetch(self, url: str) -> Any:
        self.requests += 1
        request = urllib.request.Request(
            url, headers={"User-Agent": USER_AGENT, "Accept": "application/json"}
        )
        try:
            with urllib.request.urlopen(request, timeout=self.timeout) as response:
                body = response.read()
        except urllib.error.HTTPError as exc:
            exc.close()
            if exc.code == 404:
                return None
            if exc.code == 429:
                raise _RateLimited(_retry_after(exc.headers.get("Retry-After"))) from None
            if exc.code >= 500:
                raise _Retry(f"HTTP {exc.code} {exc.reason}") from None
            raise ApiError(f"{url}: HTTP {exc.code} {exc.reason}") from None
        except http.client.IncompleteRead as exc:
            raise _Retry(f"the body was cut off after {len(exc.partial)} bytes") from None
        except TimeoutError:
            raise _Retry(f"no answer within {self.timeout:g} s") from None
        except urllib.error.URLError as exc:
            if isinstance(exc.reason, TimeoutError):
                raise _Retry(f"no answer within {self.timeout:g} s") from None
            raise _Retry(f"cannot connect ({exc.reason})") from None
        except (ConnectionError, http.client.HTTPException) as exc:
            raise _Retry(f"the connection failed ({exc!r})") from None
        try:
            return json.loads(body)
        except (UnicodeDecodeError, json.JSONDecodeError) as exc:
            raise _Retry(f"the body is not complete JSON ({exc})") from None

    # -- pacing ---------------------------------------------------------------------------------

    def _pace(self) -> None:
        if self.cancel.is_set():
            raise ImportCancelled("the import was stopped; the next run continues from here")
        now = self.clock()
        if self._last is not None and now - self._last < self.min_interval:
            self._wait(self.min_interval - (now - self._last))
        self._last = self.clock()

    def _wait(self, seconds: float) -> None:
        if seconds <= 0:
            return
        if self.sleep is not None:
            self.sleep(seconds)
        elif self.cancel.wait(seconds):
            raise ImportCancelled("the import was stopped; the next run continues from here")


class _RateLimited(Exception):
    def __init__(self, retry_after: float | None) -> None:
        super().__init__("HTTP 429")
        self.retry_after = retry_after


def _retry_after(value: str | None) -> float | None:
    """Seconds from a ``Retry-After`` header (seconds form only), capped at :data:`MAX_WAIT`."""
    if value is None:
        return None
    try:
        seconds = float(value.strip())
    except ValueError:
        return None
    return min(max(seconds, 0.0), MAX_WAIT)
