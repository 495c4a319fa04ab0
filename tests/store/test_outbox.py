"""Notices are recorded with the change, claimed by one sender at a time, sent once."""

from __future__ import annotations

import asyncio

from bot.data import Store, Target

from .conftest import Clock


async def _followed(store: Store) -> None:
    await store.follow(1, "dark", 10)
    await store.announce(10, "dark", 100, 77, by=5)
    await store.remember_facts("dark", "v1")


async def test_a_change_records_one_notice_per_recipient(store: Store) -> None:
    await _followed(store)
    assert await store.record_change("dark", "v1", "v2", "notice") == 2
    assert await store.known_facts(["dark"]) == {"dark": "v2"}
    assert await store.pending_notices() == 2


async def test_a_change_already_recorded_by_another_process_is_not_recorded_again(
    store: Store,
) -> None:
    await _followed(store)
    assert await store.record_change("dark", "v1", "v2", "notice") == 2
    assert await store.record_change("dark", "v1", "v2", "notice") == 0
    assert await store.pending_notices() == 2


async def test_a_notice_with_a_dedupe_key_is_recorded_once(store: Store) -> None:
    await _followed(store)
    assert await store.record_change("dark", "v1", "v1", "premiere", dedupe="p:dark:2") == 2
    assert await store.record_change("dark", "v1", "v1", "premiere", dedupe="p:dark:2") == 0


async def test_a_show_that_leaves_the_base_forgets_its_facts(store: Store) -> None:
    await _followed(store)
    assert await store.record_change("dark", "v1", None, "gone") == 2
    assert await store.known_facts(["dark"]) == {}


async def test_claims_hand_out_each_notice_once_in_order(store: Store) -> None:
    await _followed(store)
    await store.record_change("dark", "v1", "v2", "notice")
    first = await store.claim("a", lease=60)
    second = await store.claim("b", lease=60)
    assert first is not None
    assert second is not None
    assert {first.target, second.target} == {Target.DM, Target.CHANNEL}
    assert first.id < second.id
    assert await store.claim("c", lease=60) is None
    channel = first if first.target is Target.CHANNEL else second
    assert (channel.target_id, channel.role_id) == (100, 77)


async def test_concurrent_claimers_never_get_the_same_notice(store: Store) -> None:
    for user in range(1, 21):
        await store.follow(user, "dark", 10)
    await store.remember_facts("dark", "v1")
    await store.record_change("dark", "v1", "v2", "notice")
    claims = await asyncio.gather(*(store.claim(f"p{n}", lease=60) for n in range(40)))
    ids = [c.id for c in claims if c is not None]
    assert len(ids) == 20
    assert len(set(ids)) == 20


async def test_a_sent_notice_is_never_claimed_again(store: Store, clock: Clock) -> None:
    await _followed(store)
    await store.record_change("dark", "v1", "v2", "notice")
    while (notice := await store.claim("a", lease=60)) is not None:
        await store.mark_sent(notice.id)
    clock.now += 3600
    assert await store.claim("b", lease=60) is None
    assert await store.pending_notices() == 0


async def test_a_claim_left_by_a_crashed_sender_is_taken_after_its_lease(
    store: Store, clock: Clock
) -> None:
    await store.follow(1, "dark", 10)
    await store.remember_facts("dark", "v1")
    await store.record_change("dark", "v1", "v2", "notice")
    crashed = await store.claim("dead", lease=60)
    assert crashed is not None
    assert await store.claim("alive", lease=60) is None, "still within the lease"
    clock.now += 61
    retaken = await store.claim("alive", lease=60)
    assert retaken is not None
    assert retaken.id == crashed.id
    assert retaken.attempts == 2


async def test_a_failed_notice_is_never_claimed_again(store: Store, clock: Clock) -> None:
    await store.follow(1, "dark", 10)
    await store.remember_facts("dark", "v1")
    await store.record_change("dark", "v1", "v2", "notice")
    notice = await store.claim("a", lease=60)
    assert notice is not None
    await store.mark_failed(notice.id, "DMs closed")
    clock.now += 3600
    assert await store.claim("a", lease=60) is None
    assert await store.pending_notices() == 0
