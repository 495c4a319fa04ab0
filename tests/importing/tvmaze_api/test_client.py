"""The API client: paced to TVMaze's published limit, patient with 429s, strict about bodies."""

from __future__ import annotations

import threading
from collections.abc import Iterator

import pytest

from bot.importing import ImporterError
from bot.importing.tvmaze_api import ApiClient, ApiError, ImportCancelled
from bot.importing.tvmaze_api.client import ATTEMPTS, MIN_INTERVAL

from .fake_api import FakeTVMaze, show


@pytest.fixture
def api() -> Iterator[FakeTVMaze]:
    with FakeTVMaze() as fake:
        fake.add(show(1, "Under the Dome"))
        yield fake


class Recorder:
    """Stands in for ``time.sleep``: remembers the waits instead of taking them."""

    def __init__(self) -> None:
        self.waits: list[float] = []

    def __call__(self, seconds: float) -> None:
        self.waits.append(seconds)


def client(api: FakeTVMaze, sleep: Recorder, **options: float) -> ApiClient:
    return ApiClient(api.url, sleep=sleep, **options)  # type: ignore[arg-type]


def test_a_page_is_decoded_and_a_404_is_none(api: FakeTVMaze) -> None:
    fetch = client(api, Recorder())

    assert [s["name"] for s in fetch.get("/shows?page=0")] == ["Under the Dome"]
    assert fetch.get("/shows?page=1") is None
    assert fetch.requests == 2


def test_a_429_waits_as_long_as_retry_after_says_then_succeeds(api: FakeTVMaze) -> None:
    api.fail("/shows/1", "429:3")
    sleep = Recorder()

    body = client(api, sleep, min_interval=0).get("/shows/1")

    assert body["name"] == "Under the Dome"
    assert sleep.waits == [3.0]
    assert api.requests["/shows/1"] == 2


def test_a_429_without_retry_after_backs_off_longer_each_time(api: FakeTVMaze) -> None:
    api.fail("/shows/1", "429", "429")
    sleep = Recorder()

    client(api, sleep, min_interval=0).get("/shows/1")

    assert len(sleep.waits) == 2
    assert 0 < sleep.waits[0] < sleep.waits[1]


def test_a_server_error_is_retried(api: FakeTVMaze) -> None:
    api.fail("/shows/1", "500")

    assert client(api, Recorder(), min_interval=0).get("/shows/1")["id"] == 1
    assert api.requests["/shows/1"] == 2


def test_a_server_error_that_persists_is_an_error_naming_the_url(api: FakeTVMaze) -> None:
    api.fail("/shows/1", *["500"] * ATTEMPTS)

    with pytest.raises(ApiError, match=r"/shows/1: HTTP 500 .*tried 4 times"):
        client(api, Recorder(), min_interval=0).get("/shows/1")
    assert api.requests["/shows/1"] == ATTEMPTS


def test_a_truncated_body_is_retried_and_then_reported(api: FakeTVMaze) -> None:
    api.fail("/shows/1", "truncate")
    assert client(api, Recorder(), min_interval=0).get("/shows/1")["id"] == 1

    api.fail("/shows/1", *["truncate"] * ATTEMPTS)
    with pytest.raises(ApiError, match=r"/shows/1: .*cut off"):
        client(api, Recorder(), min_interval=0).get("/shows/1")


def test_a_timeout_is_retried_and_then_reported(api: FakeTVMaze) -> None:
    api.fail("/shows/1", *["hang"] * ATTEMPTS)

    with pytest.raises(ApiError, match=r"/shows/1: no answer within 0.2 s \(tried 4 times\)"):
        client(api, Recorder(), min_interval=0, timeout=0.2).get("/shows/1")
    assert api.requests["/shows/1"] == ATTEMPTS


def test_calls_are_paced_to_twenty_per_ten_seconds(api: FakeTVMaze) -> None:
    sleep = Recorder()
    fetch = ApiClient(api.url, sleep=sleep, clock=lambda: 100.0)  # no time passes

    for _ in range(3):
        fetch.get("/shows/1")

    assert sleep.waits == [MIN_INTERVAL, MIN_INTERVAL]
    assert MIN_INTERVAL * 20 >= 10


def test_a_bad_api_url_is_a_clear_error() -> None:
    with pytest.raises(ImporterError, match="is not an http"):
        ApiClient("ftp://example.org")


def test_a_refused_connection_is_reported(api: FakeTVMaze) -> None:
    url = api.url
    api.__exit__(None, None, None)
    api.__enter__()  # serves elsewhere now: nothing listens on the old port

    with pytest.raises(ApiError, match="cannot connect"):
        ApiClient(url, sleep=Recorder(), min_interval=0).get("/shows/1")


def test_a_cancelled_import_stops_before_the_next_call(api: FakeTVMaze) -> None:
    cancel = threading.Event()
    fetch = ApiClient(api.url, min_interval=0, cancel=cancel)
    cancel.set()

    with pytest.raises(ImportCancelled):
        fetch.get("/shows/1")
    assert api.total() == 0
