"""Follows, announcements and who hears about a show."""

from __future__ import annotations

from bot.data import Announcement, Store


async def test_a_follow_is_added_once_and_listed(store: Store) -> None:
    assert await store.follow(1, "dark", 10) is True
    assert await store.follow(1, "dark", 10) is False
    await store.follow(1, "lost", 10)
    assert await store.following(1) == ["dark", "lost"]
    assert await store.following(2) == []


async def test_unfollow_says_whether_there_was_a_follow(store: Store) -> None:
    await store.follow(1, "dark", 10)
    assert await store.unfollow(1, "dark") is True
    assert await store.unfollow(1, "dark") is False
    assert await store.following(1) == []


async def test_an_announcement_is_per_server_and_its_role_can_change(store: Store) -> None:
    await store.announce(10, "dark", 100, None, by=5)
    await store.announce(10, "dark", 100, 77, by=5)
    await store.announce(20, "dark", 200, None, by=6)
    assert await store.announcements(10) == [Announcement(10, "dark", 100, 77)]
    assert await store.announcements(20) == [Announcement(20, "dark", 200, None)]
    assert await store.stop_announcing(10, "dark") == 1
    assert await store.announcements(10) == []
    assert await store.announcements(20) != []


async def test_followed_shows_are_those_of_members_and_of_channels(store: Store) -> None:
    await store.follow(1, "dark", 10)
    await store.announce(10, "lost", 100, None, by=5)
    assert await store.followed_shows() == {"dark", "lost"}


async def test_members_with_closed_dms_are_not_recipients_until_they_follow_again(
    store: Store,
) -> None:
    await store.follow(1, "dark", 10)
    await store.follow(2, "dark", 10)
    await store.mark_dm_closed(1)
    assert (await store.recipients("dark")).users == (2,)
    assert await store.dm_closed(1)
    await store.follow(1, "lost", 10)
    assert not await store.dm_closed(1)
    assert (await store.recipients("dark")).users == (1, 2)


async def test_facts_nobody_follows_any_more_are_forgotten(store: Store) -> None:
    await store.follow(1, "dark", 10)
    await store.announce(10, "dark", 100, None, by=5)
    await store.remember_facts("dark", "v1")
    await store.unfollow(1, "dark")
    assert await store.known_facts(["dark"]) == {"dark": "v1"}, "the channel still follows"
    await store.stop_announcing(10, "dark", 100)
    assert await store.known_facts(["dark"]) == {}
