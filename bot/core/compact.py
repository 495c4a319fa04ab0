"""Flat, array-backed building blocks for the per-snapshot indexes.

An index over 100,000 shows made of dicts of lists holds millions of small Python objects. They
cost memory; freeing them when a reload replaces the snapshot is one long C-level loop, and so is
every big sort: both hold the GIL and stall the bot's event loop while the reload thread runs.
The structures here keep the same facts in a few `array`s, are built by Python-level loops and
C-level calls on slices (so the event loop runs every few milliseconds), and are freed in
microseconds.
"""

from __future__ import annotations

import pickle
import zlib
from array import array
from bisect import bisect_left
from collections.abc import Callable, Iterable, Iterator, Sequence, Set
from typing import TYPE_CHECKING, Any, Generic, TypeVar, overload

if TYPE_CHECKING:
    from _typeshed import SupportsRichComparison, SupportsRichComparisonT

T = TypeVar("T")

_SLICE = 16384
"""Items handled per C-level call when a long one would stall the event loop."""
_PROTOCOL = 5
_PIECE = 4096
"""Items per pickled piece: loading 16,384 posting lists took 10-25 ms in one call."""


def stable_hash(text: str) -> int:
    """A 32-bit hash of `text` that is the same in every process: `hash()` of a string is
    salted per process, so an index built from it and stored on disk would be read wrong by
    the next one. (CRC-32 of the UTF-8 bytes; lone surrogates are hashed, not refused.)"""
    return zlib.crc32(text.encode("utf-8", "surrogatepass"))


class HashMultimap(Generic[T]):
    """An immutable map from text keys to the positions of the items they were made from.

    Each (key, position) pair is one float: the key's 32-bit `stable_hash` above the
    position's 20 bits, exact in a double's 53-bit mantissa. They sit in one sorted array, and
    a lookup is a binary search. No key string is kept, and building is a list comprehension
    and a few C-level sorts of 16,384 floats (the fastest numbers to compare) and linear
    merges of sorted runs, not a Python loop per pair. Two keys whose hashes agree would share
    their positions; with a few hundred thousand keys a lookup meets such a stranger about
    once in five thousand, and every caller checks what it gets back (a spelling is
    re-measured), so a collision could only add a candidate, never lose one.
    """

    POSITION_BITS = 20

    __slots__ = ("_table",)

    def __init__(self, items: Sequence[T], keys_of: Callable[[T], Iterable[str]]) -> None:
        """Map every key in `keys_of(items[i])` to `i`."""
        if len(items) > 1 << self.POSITION_BITS:
            raise ValueError(f"a multimap holds at most {1 << self.POSITION_BITS:,} items")
        bits = self.POSITION_BITS
        packed = [
            float(stable_hash(key) << bits | position)
            for position, item in enumerate(items)
            for key in keys_of(item)
        ]
        ordered = _sorted(packed)
        self._table = _doubles(ordered)
        release(ordered)

    def get(self, key: str) -> list[int]:
        """The position of every item that has `key` (empty when none)."""
        low = float(stable_hash(key) << self.POSITION_BITS)
        high = low + (1 << self.POSITION_BITS)
        table = self._table
        slot = bisect_left(table, low)
        found = []
        while slot < len(table) and table[slot] < high:
            found.append(int(table[slot] - low))
            slot += 1
        return found

    def __len__(self) -> int:
        return len(self._table)


@overload
def _sorted(
    items: list[SupportsRichComparisonT], key: None = None
) -> list[SupportsRichComparisonT]: ...
@overload
def _sorted(items: list[T], key: Callable[[T], SupportsRichComparison]) -> list[T]: ...
def _sorted(items: list[Any], key: Callable[[Any], Any] | None = None) -> list[Any]:
    """`sorted(items, key=key)` (stable too), with no single C-level call longer than a few
    milliseconds; `items` is used up.

    Slices are sorted on their own, then sorted runs are merged two at a time: sorting the
    concatenation of two sorted runs is one linear merge (timsort finds the runs).
    """
    runs = [
        sorted(items[start : start + _SLICE], key=key) for start in range(0, len(items), _SLICE)
    ]
    release(items)
    while len(runs) > 1:
        merged = []
        for first in range(0, len(runs), 2):
            pair = runs[first : first + 2]
            run = pair[0] + pair[1] if len(pair) == 2 else pair[0]
            run.sort(key=key)
            merged.append(run)
        runs = merged
    return runs[0] if runs else []


def release(items: list[Any], size: int = _SLICE) -> None:
    """Empty a big list `size` items at a time.

    Freeing what the list holds is then many short C-level loops, with the event loop free to
    run between them, instead of one long one. Items that own many objects themselves (shows)
    want smaller slices.
    """
    while items:
        del items[-size:]


def dismantle(owner: object, spare: Set[int] = frozenset()) -> None:
    """Drop what an object holds one attribute at a time, big lists and dicts a slice at a time;
    values whose `id` is in `spare` (shared with a live object) are only let go, not emptied.

    For an index nobody reads any more: freed whole, its few hundred thousand objects would be
    one C-level loop of tens of milliseconds.
    """
    for name, value in list(vars(owner).items()):
        setattr(owner, name, None)
        if id(value) in spare:
            pass
        elif isinstance(value, list):
            release(value)
        elif isinstance(value, dict):
            while value:
                for _ in range(min(_SLICE, len(value))):
                    value.popitem()
        del value


def state_pieces(owner: object, leave_out: Set[str] = frozenset()) -> Iterator[bytes]:
    """An object's attributes as pickled pieces, big lists, dicts and sets a slice at a time, so
    that `from_pieces` is many short C-level calls, never one long one."""
    for name, value in vars(owner).items():
        if name in leave_out:
            continue
        if type(value) in (list, dict, set, frozenset) and len(value) > _PIECE:
            items = list(value.items()) if type(value) is dict else list(value)
            kind = type(value).__name__
            for start in range(0, len(items), _PIECE):
                yield pickle.dumps((name, kind, items[start : start + _PIECE]), _PROTOCOL)
        else:
            yield pickle.dumps((name, "whole", value), _PROTOCOL)


def from_pieces(cls: type[T], pieces: Iterable[bytes]) -> T:
    """The object that `state_pieces` took apart (without what it left out).

    Each piece is added as it comes: holding them all until the end would leave their
    temporary pairs among the lasting objects, and the heap fragmented.
    """
    owner = cls.__new__(cls)
    growing: dict[str, Any] = {}
    frozen: set[str] = set()
    for piece in pieces:
        name, kind, payload = pickle.loads(piece)
        if kind == "whole":
            setattr(owner, name, payload)
        elif kind == "list":
            growing.setdefault(name, []).extend(payload)
        elif kind == "dict":
            growing.setdefault(name, {}).update(payload)
        else:
            growing.setdefault(name, set()).update(payload)
            if kind == "frozenset":
                frozen.add(name)
        del payload
    for name, value in growing.items():
        setattr(owner, name, frozenset(value) if name in frozen else value)
    return owner


def _doubles(values: Sequence[float]) -> array[float]:
    """`array("d", values)`, a slice at a time."""
    out = array("d")
    for start in range(0, len(values), _SLICE):
        out.extend(values[start : start + _SLICE])
    return out


def sorted_positions(texts: Sequence[str]) -> list[int]:
    """The positions of `texts` in sorted order (stable), without one long sort."""
    return _sorted(list(range(len(texts))), key=texts.__getitem__)
