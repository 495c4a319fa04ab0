"""Per-server settings, misses kept per server, and the record of reloads."""

from __future__ import annotations

from bot.data import DM_GUILD, GuildSettings, MentionMode, Miss, Store

from .conftest import Clock


async def test_a_server_without_settings_answers_mentions_everywhere(store: Store) -> None:
    settings = await store.guild_settings(10)
    assert settings == GuildSettings(10)
    assert settings.answers_mentions_in(123)


async def test_mentions_can_be_turned_off_or_limited_to_channels(store: Store) -> None:
    off = await store.set_mentions(10, MentionMode.OFF)
    assert not off.answers_mentions_in(100)
    limited = await store.set_mentions(10, MentionMode.CHANNELS, [100, 101])
    assert limited.answers_mentions_in(100)
    assert not limited.answers_mentions_in(102)
    assert (await store.guild_settings(20)).answers_mentions_in(102), "other servers unchanged"


async def test_misses_are_counted_per_server_and_dms_apart(store: Store, clock: Clock) -> None:
    await store.record_miss(10, "zorblax")
    clock.now += 1
    await store.record_miss(10, "zorblax")
    await store.record_miss(20, "quuxland")
    await store.record_miss(DM_GUILD, "secret")
    assert await store.misses(10) == [Miss(10, "zorblax", 2)]
    assert await store.misses(20) == [Miss(20, "quuxland", 1)]
    everything = await store.misses(None)
    assert {m.title for m in everything} == {"zorblax", "quuxland", "secret"}
    assert everything[0] == Miss(10, "zorblax", 2)


async def test_reloads_are_recorded_and_counted_in_a_window(store: Store, clock: Clock) -> None:
    await store.record_reload(1, 10, "ok")
    clock.now += 30
    await store.record_reload(1, 10, "refused")
    await store.record_reload(2, 20, "failed")
    assert len(await store.reloads_since(60)) == 2, "refusals do not count"
    clock.now += 45
    assert len(await store.reloads_since(60)) == 1


async def test_a_server_keeps_only_its_most_asked_misses(store: Store, clock: Clock) -> None:
    for title in ("often", "often", "sometimes", "sometimes", "once"):
        clock.now += 1
        await store.record_miss(10, title, keep=2)
    await store.record_miss(20, "elsewhere", keep=2)
    clock.now += 1
    await store.record_miss(10, "new", keep=2)
    assert [m.title for m in await store.misses(10)] == ["sometimes", "often"], "ties: latest"
    assert [m.title for m in await store.misses(20)] == ["elsewhere"]
