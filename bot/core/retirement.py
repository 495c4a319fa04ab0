"""Freeing a snapshot that a reload replaced, a piece at a time.

Freeing 100,000 shows and their indexes in one go is one C-level loop that holds the GIL for
tens of milliseconds, and the bot's event loop waits for it. Retiring lets the parts go one at
a time and the shows in slices, then hands the freed memory back to the system.
"""

from __future__ import annotations

import ctypes
import functools
from collections.abc import Callable, Sequence

from bot.core.compact import dismantle, release
from bot.core.matching import NameIndex
from bot.core.snapshot import Snapshot

_FREED_AT_ONCE = 2048
"""Shows freed in one C-level step: each owns a dozen objects, 16,384 of them take 10-25 ms."""


def retire(snapshot: Snapshot, keep: Sequence[NameIndex] = ()) -> None:
    """Take apart `snapshot`, which no request may read any more (its leases have all ended).

    The indexes in `keep` (reused by the snapshot that replaced it), and the parts they share,
    are left whole.
    """
    shows = list(snapshot.shows)
    people = list(snapshot.people)
    characters = list(snapshot.characters)
    shared = {id(part) for index in keep for part in vars(index).values()}
    for index in (snapshot.titles, snapshot.people_index, snapshot.character_index):
        if all(index is not reused for reused in keep):
            dismantle(index, spare=shared)
    for name in (
        "titles",
        "people_index",
        "character_index",
        "people",
        "characters",
        "by_id",
        "positions",
        "labelled",
        "shows",
        "overridden",
    ):
        object.__setattr__(snapshot, name, None)  # the snapshot is dead: nobody reads it
    release(people, _FREED_AT_ONCE)
    release(characters, _FREED_AT_ONCE)
    release(shows, _FREED_AT_ONCE)
    _return_free_memory()


@functools.cache
def _malloc_trim() -> Callable[[int], int] | None:
    """glibc's malloc_trim, where there is one (Linux); None elsewhere."""
    try:
        return ctypes.CDLL("libc.so.6").malloc_trim
    except (OSError, AttributeError):
        return None


def _return_free_memory() -> None:
    """Hand the memory a freed snapshot leaves back to the system.

    The C allocator keeps freed blocks for reuse, so after a reload that replaced every show
    the bot would keep the memory of two bases; trimming returns what is free (ctypes calls run
    without the GIL, so the event loop goes on meanwhile).
    """
    trim = _malloc_trim()
    if trim is not None:
        trim(0)
