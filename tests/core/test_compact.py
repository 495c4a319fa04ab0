"""The flat containers behind the indexes (bot.core.compact)."""

from __future__ import annotations

import random

import pytest

from bot.core.compact import HashMultimap, _sorted, dismantle, sorted_positions, stable_hash


def test_a_multimap_returns_every_item_a_key_was_made_from() -> None:
    table = HashMultimap(["order", "oder", "order", "dark"], lambda word: [word, word[:2]])

    assert table.get("order") == [0, 2]
    assert table.get("oder") == [1]
    assert table.get("dark") == [3]
    assert table.get("or") == [0, 2]
    assert len(table) == 8


def test_a_multimap_knows_nothing_of_keys_it_was_not_given() -> None:
    words = [f"word{i}" for i in range(20_000)]
    table = HashMultimap(words, lambda word: [word])

    found = [table.get(word) for word in words]

    assert table.get("") == []
    assert all(i in positions for i, positions in enumerate(found))
    # Keys whose hashes agree in 33 bits share positions: rare, and callers check what they get.
    assert sum(len(positions) - 1 for positions in found) <= 3
    assert sum(len(table.get(f"other{i}")) for i in range(20_000)) <= 3


def test_an_empty_multimap_answers_every_lookup_with_nothing() -> None:
    assert HashMultimap([], lambda word: [word]).get("anything") == []
    assert HashMultimap(["no keys"], lambda word: []).get("no keys") == []


def test_a_multimap_refuses_more_items_than_its_positions_can_number() -> None:
    too_many = range((1 << HashMultimap.POSITION_BITS) + 1)

    with pytest.raises(ValueError, match="at most 1,048,576 items"):
        HashMultimap(too_many, lambda item: ())


def test_big_sorts_are_done_in_slices_and_merged_into_one_order() -> None:
    generator = random.Random(3)
    numbers = [generator.uniform(-1e15, 1e15) for _ in range(100_000)]

    assert _sorted(list(numbers)) == sorted(numbers)
    assert _sorted([]) == []


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


def test_keys_hash_alike_in_every_process_and_odd_text_hashes_too() -> None:
    """A stored index is read by another process, whose `hash()` of a string differs."""
    assert stable_hash("cobra kai") == stable_hash("cobra " + "kai")
    assert stable_hash("dark") != stable_hash("darl")
    assert isinstance(stable_hash("lone \ud800 surrogate"), int)
