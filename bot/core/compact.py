"""Flat, array-backed building blocks for the per-snapshot indexes.

An index over 100,000 shows made of dicts of lists holds millions of small Python objects. They
cost memory; freeing them when a reload replaces the snapshot is one long C-level loop, and so is
every big sort: both hold the GIL and stall the bot's event loop while the reload thread runs.
The structures here keep the same facts in a few `array`s, are built by Python-level loops (which
let the event loop run every few milliseconds), and are freed in microseconds.
"""

from __future__ import annotations

from array import array
from collections.abc import Sequence
from itertools import accumulate

_SLICE = 16384
"""Items handled per C-level call when a long one would stall the event loop."""


class HashMultimap:
    """An immutable map from text keys to small integers, several values per key allowed.

    Only the keys' 64-bit hashes are stored, bucket by bucket in flat arrays, never the keys
    themselves. Two keys with one hash would share their values; with 64-bit hashes that is
    vanishingly rare, and every caller checks what it gets back (a spelling is re-measured, a
    name re-scored), so a collision could only add a candidate, never lose one.
    """

    __slots__ = ("_hashes", "_mask", "_starts", "_values")

    def __init__(self, keys: Sequence[str], values: Sequence[int]) -> None:
        self._build([hash(key) for key in keys], values)

    @classmethod
    def from_hashes(cls, hashes: list[int], values: Sequence[int]) -> HashMultimap:
        """The multimap of keys already hashed with `hash()` (no key string need be kept);
        `hashes` is used up."""
        table = cls.__new__(cls)
        table._build(hashes, values)
        return table

    def _build(self, hashes: list[int], values: Sequence[int]) -> None:
        count = len(hashes)
        buckets = 1 << max(4, count.bit_length())
        mask = buckets - 1
        sizes = [0] * buckets
        for key_hash in hashes:
            sizes[key_hash & mask] += 1
        starts = _running_totals(sizes)
        free = starts[:-1]
        stored_hashes = array("q", bytes(8 * count))
        stored_values = array("i", bytes(4 * count))
        for key_hash, value in zip(hashes, values, strict=True):
            bucket = key_hash & mask
            slot = free[bucket]
            free[bucket] = slot + 1
            stored_hashes[slot] = key_hash
            stored_values[slot] = value
        self._mask = mask
        self._starts = _array("i", starts)
        self._hashes = stored_hashes
        self._values = stored_values
        for temporary in (hashes, sizes, starts, free):
            release(temporary)  # type: ignore[arg-type]

    def get(self, key: str) -> list[int]:
        """Every value stored under `key` (empty when none)."""
        key_hash = hash(key)
        bucket = key_hash & self._mask
        hashes, values = self._hashes, self._values
        return [
            values[slot]
            for slot in range(self._starts[bucket], self._starts[bucket + 1])
            if hashes[slot] == key_hash
        ]

    def __len__(self) -> int:
        return len(self._values)


def release(items: list[object]) -> None:
    """Empty a big list a slice at a time.

    Freeing what the list holds is then many short C-level loops, with the event loop free to
    run between them, instead of one long one.
    """
    while items:
        del items[-_SLICE:]


def dismantle(owner: object) -> None:
    """Drop what an object holds one attribute at a time, big lists and dicts a slice at a time.

    For an index nobody reads any more: freed whole, its few hundred thousand objects would be
    one C-level loop of tens of milliseconds.
    """
    for name, value in list(vars(owner).items()):
        setattr(owner, name, None)
        if isinstance(value, list):
            release(value)
        elif isinstance(value, dict):
            while value:
                for _ in range(min(_SLICE, len(value))):
                    value.popitem()
        del value


def _array(typecode: str, values: list[int]) -> array[int]:
    """`array(typecode, values)`, a slice at a time."""
    out = array(typecode)
    for start in range(0, len(values), _SLICE):
        out.extend(values[start : start + _SLICE])
    return out


def _running_totals(sizes: list[int]) -> list[int]:
    """Where each bucket starts: [0, sizes[0], sizes[0] + sizes[1], ..., sum(sizes)], a slice at
    a time (one C-level pass over a million buckets holds the GIL for tens of milliseconds)."""
    totals: list[int] = []
    carry = 0
    for start in range(0, len(sizes), _SLICE):
        totals.extend(accumulate(sizes[start : start + _SLICE], initial=carry))
        carry = totals.pop()
    totals.append(carry)
    return totals


def sorted_positions(texts: Sequence[str]) -> list[int]:
    """The positions of `texts` in sorted order (stable), without one long sort.

    Texts are grouped by their first two characters in a Python loop, then each group is sorted
    on its own; because a prefix orders strings the way the strings order themselves, the groups
    joined in order are the sorted whole. No single C-level sort is long enough to hold the GIL
    for more than a millisecond or two.
    """
    groups: dict[str, list[int]] = {}
    for position, text in enumerate(texts):
        group = groups.get(text[:2])
        if group is None:
            groups[text[:2]] = [position]
        else:
            group.append(position)
    order: list[int] = []
    for prefix in sorted(groups):
        group = groups[prefix]
        group.sort(key=texts.__getitem__)
        order.extend(group)
    return order
