"""The snapshot being served, and an explicit count of the requests reading each one.

A request takes a lease on the current snapshot and reads only that one until it is done, so a
reload in the middle of a question cannot make it answer from two bases. A reload swaps in the
new snapshot at once; the replaced one is retired (taken apart) only when its last lease ends.
"""

from __future__ import annotations

import contextlib
import threading
from collections.abc import Iterator

from bot.core.snapshot import Snapshot


class Generation:
    """One snapshot that was served, with the number of leases on it still open."""

    __slots__ = ("readers", "snapshot")

    def __init__(self, snapshot: Snapshot) -> None:
        self.snapshot = snapshot
        self.readers = 0


class Served:
    """Hands out leases on the current snapshot and swaps in new ones."""

    def __init__(self, snapshot: Snapshot) -> None:
        self._current = Generation(snapshot)
        self._lease_ended = threading.Condition()

    @property
    def current(self) -> Snapshot:
        """The snapshot served now, for a glance at a number; a request reads through `lease`."""
        return self._current.snapshot

    @contextlib.contextmanager
    def lease(self) -> Iterator[Snapshot]:
        """The current snapshot, which stays whole until the `with` block ends."""
        with self._lease_ended:
            generation = self._current
            generation.readers += 1
        try:
            yield generation.snapshot
        finally:
            with self._lease_ended:
                generation.readers -= 1
                if not generation.readers:
                    self._lease_ended.notify_all()

    def swap(self, snapshot: Snapshot) -> Generation:
        """Serve `snapshot` from now on; returns the generation it replaced."""
        with self._lease_ended:
            replaced, self._current = self._current, Generation(snapshot)
        return replaced

    def wait_unread(self, generation: Generation, timeout: float) -> bool:
        """Wait until no lease on a replaced `generation` is open; False after `timeout`."""
        with self._lease_ended:
            return self._lease_ended.wait_for(lambda: not generation.readers, timeout)
