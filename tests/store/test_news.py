"""Recording what changed for followers, from the shows of a new snapshot (bot.data.news)."""

from __future__ import annotations

import datetime as dt

from bot.core.models import PartialDate, Season, Show, Status
from bot.data import Store
from bot.data.news import read_notice, record_news, start_following

TODAY = dt.date(2027, 3, 4)


def dark(status: Status = Status.RENEWED, *seasons: Season) -> Show:
    return Show(id="dark", title="Dark", status=status, seasons=seasons)


async def _notices(store: Store) -> list[tuple[str, list[str]]]:
    found = []
    while (notice := await store.claim("test", lease=60)) is not None:
        await store.mark_sent(notice.id)
        title, changes = read_notice(notice.notice)
        assert title == "Dark"
        found.append((f"{notice.target}:{notice.target_id}", [c.kind for c in changes]))
    return found


async def test_a_changed_status_is_recorded_once_for_each_recipient(store: Store) -> None:
    await start_following(store, dark())
    await store.follow(1, "dark", 10)
    await store.announce(10, "dark", 100, 77, by=5)
    assert await record_news(store, {"dark": dark(Status.CANCELED)}, TODAY) == 2
    assert await _notices(store) == [("dm:1", ["status"]), ("channel:100", ["status"])]
    assert await record_news(store, {"dark": dark(Status.CANCELED)}, TODAY) == 0


async def test_several_changes_of_one_show_are_one_notice(store: Store) -> None:
    await start_following(store, dark())
    await store.follow(1, "dark", 10)
    changed = dark(Status.CANCELED, Season(2, Status.CANCELED, release=PartialDate(2027, 9)))
    assert await record_news(store, {"dark": changed}, TODAY) == 1
    assert await _notices(store) == [("dm:1", ["status", "season_status", "release"])]


async def test_a_show_that_left_the_base_is_reported_once(store: Store) -> None:
    await start_following(store, dark())
    await store.follow(1, "dark", 10)
    assert await record_news(store, {}, TODAY) == 1
    assert await _notices(store) == [("dm:1", ["removed"])]
    assert await record_news(store, {}, TODAY) == 0


async def test_a_premiere_today_is_recorded_once_however_often_the_check_runs(
    store: Store,
) -> None:
    show = dark(Status.RENEWED, Season(2, release=PartialDate(2027, 3, 4)))
    await start_following(store, show)
    await store.follow(1, "dark", 10)
    assert await record_news(store, {"dark": show}, TODAY - dt.timedelta(days=1)) == 0
    assert await record_news(store, {"dark": show}, TODAY) == 1
    assert await record_news(store, {"dark": show}, TODAY) == 0
    assert await _notices(store) == [("dm:1", ["premiere_today"])]


async def test_an_unfollowed_show_is_not_compared(store: Store) -> None:
    await start_following(store, dark())
    assert await record_news(store, {"dark": dark(Status.CANCELED)}, TODAY) == 0
