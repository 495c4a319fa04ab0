"""Keeping Python's cyclic garbage collector out of a big base's way, without leaking.

Building 100,000 shows makes millions of small objects. Letting the collector rescan them every
few thousand allocations would double a load's time, and a full collection that walks them
holds the GIL for a fifth of a second: the bot's event loop would stop that long. So a load
runs with the collector paused, and what it built is then frozen (moved out of the
collector's sight). Frozen objects are still freed by reference counting when their snapshot
is retired; what freezing costs is that a cycle frozen by mistake is never collected. Two
rules keep that bounded:

- A load first runs one collection (it walks only what is not frozen, so it is quick): the
  cycles left since the last load are gone before the freeze.
- Cycles still alive at a freeze (an answer's buttons waiting for a click) or made during a
  load are frozen with the base. `FrozenGrowth` notices when the memory blocks Python holds
  have grown by more than a tenth over what they were with one fresh base, and then thaws
  everything, collects once and freezes again: one pause, as rare as the garbage is.

It counts blocks (`sys.getallocatedblocks`, a counter read in microseconds), not frozen objects:
`gc.get_freeze_count` walks every frozen object, 40 ms at 100,000 shows, and a reload would
stall the event loop that long for a count.
"""

from __future__ import annotations

import contextlib
import gc
import logging
import sys
import threading
import time
from collections.abc import Iterator

from bot.core.heap import map_big_blocks

log = logging.getLogger(__name__)

GROWTH = 1.10
"""Memory blocks may grow this much over one fresh base before frozen cycles are collected."""


@contextlib.contextmanager
def paused_for_load() -> Iterator[None]:
    """Collect, pause the collector while the block builds, then freeze what it built. The C
    allocator is first told to map big blocks apart (`bot.core.heap`), once a process: a
    load's big temporaries then leave no resident pages behind."""
    map_big_blocks()
    was_enabled = gc.isenabled()
    gc.collect()
    gc.disable()
    try:
        yield
    finally:
        gc.freeze()
        if was_enabled:
            gc.enable()


class FrozenGrowth:
    """Watches the frozen objects after each retirement and collects them when they grow."""

    def __init__(self, growth: float = GROWTH) -> None:
        self._growth = growth
        self._fresh: int | None = None
        self._lock = threading.Lock()

    def check(self) -> bool:
        """Call once a replaced snapshot is freed; True if it collected the frozen objects.

        The first count after a load is the reference: the blocks of one base, with nothing
        pinned but the cycles of one load's few seconds."""
        with self._lock:
            blocks = sys.getallocatedblocks()
            if self._fresh is None or blocks < self._fresh:
                self._fresh = blocks
                return False
            if blocks <= self._fresh * self._growth:
                return False
            started = time.perf_counter()
            gc.unfreeze()
            freed = gc.collect()
            gc.freeze()
            log.info(
                "collected %d frozen objects in %.0f ms (memory blocks %d, were %d fresh)",
                freed,
                (time.perf_counter() - started) * 1000,
                blocks,
                self._fresh,
            )
            # A collection also drops from the count the tuples it finds it need not track; a
            # fresh load's count, taken at the next retirement, is the one to compare with.
            self._fresh = None
            return True
