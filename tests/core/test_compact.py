"""The flat containers behind the indexes (bot.core.compact)."""

from __future__ import annotations

import random

from bot.core.compact import HashMultimap, dismantle, sorted_positions


def test_a_multimap_returns_every_value_stored_under_a_key() -> None:
    table = HashMultimap(["order", "oder", "order", "dark"], [1, 2, 3, 4])

    assert sorted(table.get("order")) == [1, 3]
    assert table.get("oder") == [2]
    assert table.get("dark") == [4]
    assert len(table) == 4


def test_a_multimap_knows_nothing_of_keys_it_was_not_given() -> None:
    table = HashMultimap([f"word{i}" for i in range(1000)], list(range(1000)))

    assert table.get("word1000") == []
    assert table.get("") == []
    assert all(table.get(f"word{i}") == [i] for i in range(1000))


def test_an_empty_multimap_answers_every_lookup_with_nothing() -> None:
    assert HashMultimap([], []).get("anything") == []


def test_sorted_positions_order_texts_as_one_sort_would() -> None:
    generator = random.Random(7)
    alphabet = "ab cé"
    texts = ["".join(generator.choices(alphabet, k=generator.randint(0, 5))) for _ in range(500)]

    order = sorted_positions(texts)

    assert [texts[i] for i in order] == sorted(texts)
    assert sorted(order) == list(range(len(texts)))


def test_sorted_positions_keep_equal_texts_in_their_first_order() -> None:
    assert sorted_positions(["b", "a", "b", "a"]) == [1, 3, 0, 2]


def test_dismantling_drops_everything_an_object_held() -> None:
    class Index:
        def __init__(self) -> None:
            self.names = [f"name {i}" for i in range(40_000)]
            self.postings = {f"word {i}": [i] for i in range(40_000)}
            self.size = 3

    index = Index()
    names, postings = index.names, index.postings

    dismantle(index)

    assert vars(index) == {"names": None, "postings": None, "size": None}
    assert names == []
    assert postings == {}
