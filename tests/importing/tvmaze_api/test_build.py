"""Building a base from the API, refreshing it cheaply, and resuming a build that stopped."""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterator
from pathlib import Path

import pytest

from bot.cli import main as showbot
from bot.importing import ImporterError, run_import
from bot.importing.tvmaze_api import (
    CACHE_NAME,
    ApiClient,
    ApiError,
    ApiImportReport,
    run_api_import,
)
from bot.importing.tvmaze_api.client import ATTEMPTS

from .fake_api import NOW, FakeTVMaze, cast_member, episode, season, show

NOW_UTC = dt.datetime.fromtimestamp(NOW, dt.UTC)
HOUR = 3600


@pytest.fixture
def api() -> Iterator[FakeTVMaze]:
    """Two index pages: two running shows (one renewed), one ended, one in development."""
    with FakeTVMaze() as fake:
        fake.add(
            show(1, "Under the Dome", "Ended", ended="2015-09-10", imdb="tt1553656"),
            show(2, "Person of Interest", "Running", imdb="tt1839578"),
            show(251, "Cobra Kai", "Running", network="Netflix"),
            show(300, "Untitled Pilot", "In Development", premiered=None),
        )
        fake.casts[2] = [cast_member("Jim Caviezel", "John Reese")]
        fake.next_episodes[251] = episode(7, 1, "2026-07-15")
        fake.seasons[251] = [season(n, f"20{17 + n}-05-02", None, 10) for n in range(1, 7)]
        yield fake


def run(api: FakeTVMaze, out: Path, **options: object) -> ApiImportReport:
    client = ApiClient(api.url, min_interval=0, sleep=lambda _: None)
    return run_api_import(out, client, clock=lambda: NOW_UTC, **options)  # type: ignore[arg-type]


def check(directory: Path) -> int:
    return showbot(["check", str(directory)])


def shards(out: Path) -> str:
    return "".join(path.read_text() for path in sorted(out.glob("shows-*.yaml")))


def test_a_first_build_reads_the_index_then_details_of_shows_not_over(
    api: FakeTVMaze, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    report = run(api, tmp_path / "tvmaze")

    assert report.mode == "build"
    assert (report.pages, report.fetched, report.shows_written) == (2, 3, 4)
    assert api.requests["/shows?page=0"] == api.requests["/shows?page=2"] == 1  # 404: the end
    details = "?embed[]=cast&embed[]=nextepisode&embed[]=akas"
    assert api.requests[f"/shows/2{details}"] == api.requests["/shows/2/seasons"] == 1
    assert api.requests[f"/shows/1{details}"] == 0, "an ended show keeps what the index says"
    assert report.requests == api.total() == 3 + 3 * 2
    assert check(tmp_path / "tvmaze") == 0
    assert "4 shows in 1 files, 0 errors" in capsys.readouterr().out


def test_the_built_base_answers_with_live_facts(api: FakeTVMaze, tmp_path: Path) -> None:
    from bot.core import Engine

    run(api, tmp_path / "tvmaze")
    engine = Engine.from_directory(tmp_path / "tvmaze", clock=lambda: NOW_UTC.date())

    text = engine.ask("when does cobra kai season 7 come out").text
    assert "2026-07-15" in text
    assert "Jim Caviezel" in engine.ask("person of interest cast").text
    assert "TVMaze" in (engine.ask("is under the dome over").freshness or "")


def test_a_shows_other_titles_from_tvmaze_find_it(api: FakeTVMaze, tmp_path: Path) -> None:
    from bot.core import Engine

    api.akas[251] = [{"name": "Кобра Кай", "country": {"name": "Russian Federation"}}]
    run(api, tmp_path / "tvmaze")
    engine = Engine.from_directory(tmp_path / "tvmaze", clock=lambda: NOW_UTC.date())

    answer = engine.ask("кобра кай 7 сезон")

    assert answer.show is not None
    assert answer.show.title == "Cobra Kai"


def test_a_second_run_fetches_only_the_shows_that_changed(api: FakeTVMaze, tmp_path: Path) -> None:
    out = tmp_path / "tvmaze"
    run(api, out)
    api.requests.clear()
    api.shows[2] = show(2, "Person of Interest", "Ended", ended="2016-06-21", updated=NOW - HOUR)
    api.add(show(400, "A New Show", "Running", updated=NOW - 2 * HOUR))

    report = run(api, out)

    assert report.mode == "refresh"
    assert report.fetched == 2
    details = "?embed[]=cast&embed[]=nextepisode&embed[]=akas"
    assert set(api.requests) == {
        "/updates/shows?since=day",
        f"/shows/2{details}",
        f"/shows/400{details}",
        "/shows/400/seasons",
    }
    assert api.total() == report.requests == 4
    written = shards(out)
    assert '"title": "A New Show"' in written
    assert '"finale": "2016-06-21"' in written
    assert check(out) == 0


def test_a_refresh_with_nothing_new_asks_once_and_fetches_nothing(
    api: FakeTVMaze, tmp_path: Path
) -> None:
    run(api, tmp_path / "tvmaze")
    api.requests.clear()

    report = run(api, tmp_path / "tvmaze")

    assert (report.fetched, dict(api.requests)) == (0, {"/updates/shows?since=day": 1})


def test_a_refresh_after_a_long_pause_asks_for_a_wider_window(
    api: FakeTVMaze, tmp_path: Path
) -> None:
    out = tmp_path / "tvmaze"
    run(api, out)
    client = ApiClient(api.url, min_interval=0)
    later = NOW_UTC + dt.timedelta(days=3)
    run_api_import(out, client, clock=lambda: later)
    run_api_import(out, client, clock=lambda: later + dt.timedelta(days=45))

    assert api.requests["/updates/shows?since=week"] == 1
    assert api.requests["/updates/shows"] == 1  # over a month: the whole map


def test_since_re_reads_every_show_changed_from_that_day(api: FakeTVMaze, tmp_path: Path) -> None:
    out = tmp_path / "tvmaze"
    api.shows[2]["updated"] = NOW - 10 * 24 * HOUR  # 2026-05-18: already in the cache
    run(api, out)
    api.requests.clear()

    report = run(api, out, since=dt.date(2026, 5, 1))

    assert report.fetched == 1
    assert api.requests["/updates/shows?since=month"] == 1
    assert api.requests["/shows/2?embed[]=cast&embed[]=nextepisode&embed[]=akas"] == 1


def test_since_needs_a_finished_build(api: FakeTVMaze, tmp_path: Path) -> None:
    with pytest.raises(ImporterError, match="--since needs a finished build"):
        run(api, tmp_path / "tvmaze", since=dt.date(2026, 4, 1))
    assert api.total() == 0


def test_an_interrupted_index_walk_resumes_at_the_page_it_stopped(
    api: FakeTVMaze, tmp_path: Path
) -> None:
    out = tmp_path / "tvmaze"
    api.fail("/shows?page=1", *["500"] * ATTEMPTS)  # the network gives out mid-build
    with pytest.raises(ApiError, match="page=1"):
        run(api, out)
    assert not list(out.glob("shows-*.yaml")), "nothing half-built is written"

    report = run(api, out)

    assert report.mode == "build"
    assert api.requests["/shows?page=0"] == 1, "page 0 is not read twice"
    assert report.shows_written == 4
    assert check(out) == 0


def test_a_build_killed_while_reading_details_keeps_the_shows_it_read(
    api: FakeTVMaze, tmp_path: Path
) -> None:
    out = tmp_path / "tvmaze"

    def kill_after_first_show(stage: str, done: int, total: int | None) -> None:
        if stage == "details" and done == 1:
            raise KeyboardInterrupt

    with pytest.raises(KeyboardInterrupt):
        run(api, out, progress=kill_after_first_show)
    run(api, out)

    details = "?embed[]=cast&embed[]=nextepisode&embed[]=akas"
    assert [api.requests[f"/shows/{n}{details}"] for n in (2, 251, 300)] == [1, 1, 1]
    assert api.requests["/shows?page=0"] == 1


def test_progress_is_reported_for_pages_and_details(api: FakeTVMaze, tmp_path: Path) -> None:
    calls: list[tuple[str, int, int | None]] = []

    run(api, tmp_path / "tvmaze", progress=lambda *call: calls.append(call))

    assert calls == [
        ("index pages", 1, None),
        ("index pages", 2, None),
        ("details", 1, 3),
        ("details", 2, 3),
        ("details", 3, 3),
    ]


def test_a_show_tvmaze_deleted_leaves_the_base(api: FakeTVMaze, tmp_path: Path) -> None:
    out = tmp_path / "tvmaze"
    run(api, out)
    api.shows[300]["updated"] = NOW - HOUR
    api.gone.add(300)  # listed as updated, but /shows/300 answers 404

    report = run(api, out)

    assert report.removed == 1
    assert "Untitled Pilot" not in shards(out)
    assert check(out) == 0


def test_hand_written_files_keep_their_ids_and_other_imports_are_refused(
    api: FakeTVMaze, tmp_path: Path, titles_csv
) -> None:
    out = tmp_path / "tvmaze"
    out.mkdir()
    (out / "mine.yaml").write_text("id: cobra-kai\ntitle: Cobra Kai\nstatus: renewed\n")

    run(api, out)

    assert '"id": "cobra-kai"' not in shards(out)
    assert (out / CACHE_NAME).is_file()
    other = tmp_path / "csv"
    run_import("tvmaze-titles", titles_csv([{"name": "Dark", "imdb_id": ""}]), other)
    with pytest.raises(ImporterError, match="directory of its own"):
        run(api, other)


def test_ids_used_elsewhere_in_the_knowledge_base_are_never_taken(
    api: FakeTVMaze, tmp_path: Path
) -> None:
    kb = tmp_path / "kb"
    kb.mkdir()
    (kb / "cobra-kai.yaml").write_text("title: Cobra Kai\nstatus: renewed\n")
    (kb / "more").mkdir()
    (kb / "more" / "shows.yaml").write_text(
        "shows:\n  - id: under-the-dome\n    title: UTD\n    status: ended\n"
    )
    (kb / "broken.yaml").write_text("title: [unclosed\n")  # skipped here; the loader reports it

    run(api, kb / "tvmaze", knowledge=kb)
    first = shards(kb / "tvmaze")
    run(api, kb / "tvmaze", knowledge=kb)

    assert '"id": "cobra-kai"' not in first
    assert '"id": "under-the-dome"' not in first
    assert '"id": "person-of-interest"' in first, "the import's own ids are not reserved"
    assert shards(kb / "tvmaze") == first, "a refresh keeps every id"
    (kb / "broken.yaml").unlink()
    assert check(kb) == 0
