"""The knowledge base's generation, shared by every process on one database."""

from __future__ import annotations

from bot.data import Store


async def test_a_new_database_is_at_generation_0(store: Store) -> None:
    assert await store.knowledge_generation() == 0


async def test_each_reload_reported_moves_the_generation_on(store: Store) -> None:
    assert await store.bump_knowledge_generation("host:1") == 1
    assert await store.bump_knowledge_generation("host:2") == 2
    assert await store.knowledge_generation() == 2


async def test_another_process_on_the_same_database_sees_the_move(
    store: Store, database_url: str
) -> None:
    other = Store(database_url)
    await other.open()
    try:
        assert await other.knowledge_generation() == 0
        await store.bump_knowledge_generation("host:1")
        assert await other.knowledge_generation() == 1
        assert await other.bump_knowledge_generation("host:2") == 2
        assert await store.knowledge_generation() == 2
    finally:
        await other.close()


async def test_a_change_from_a_base_behind_the_generation_is_not_recorded(store: Store) -> None:
    """Another process reloaded (and may have recorded newer facts): this one's older base
    neither overwrites the facts nor records a notice."""
    await store.remember_facts("dark", "v1")
    await store.follow(1, "dark", 10)
    await store.bump_knowledge_generation("another:1")
    assert await store.record_change("dark", "v1", "v0", "backwards", generation=0) == 0
    assert await store.known_facts(["dark"]) == {"dark": "v1"}
    assert await store.record_change("dark", "v1", "v2", "forwards", generation=1) == 1
    assert await store.known_facts(["dark"]) == {"dark": "v2"}
