"""Leases on the snapshot being served (bot.core.serving)."""

from __future__ import annotations

import threading
from pathlib import Path

from bot.core.knowledge import load_knowledge
from bot.core.serving import Served
from bot.core.snapshot import Snapshot


def _snapshot(root: Path) -> Snapshot:
    snapshot = load_knowledge(root).snapshot
    assert snapshot is not None
    return snapshot


def test_a_lease_keeps_reading_the_snapshot_it_was_given(small_dir: Path) -> None:
    first, second = _snapshot(small_dir), _snapshot(small_dir)
    served = Served(first)

    with served.lease() as reading:
        served.swap(second)
        assert reading is first
        assert served.current is second
    with served.lease() as reading:
        assert reading is second


def test_a_replaced_snapshot_is_unread_once_its_last_lease_ends(small_dir: Path) -> None:
    served = Served(_snapshot(small_dir))
    lease = served.lease()
    lease.__enter__()
    replaced = served.swap(_snapshot(small_dir))

    assert replaced.readers == 1
    assert served.wait_unread(replaced, timeout=0.01) is False
    lease.__exit__(None, None, None)
    assert served.wait_unread(replaced, timeout=0.01) is True


def test_waiting_for_readers_wakes_when_the_last_one_leaves(small_dir: Path) -> None:
    served = Served(_snapshot(small_dir))
    entered, release = threading.Event(), threading.Event()

    def question_in_flight() -> None:
        with served.lease():
            entered.set()
            release.wait(timeout=10)

    reader = threading.Thread(target=question_in_flight)
    reader.start()
    entered.wait(timeout=10)
    replaced = served.swap(_snapshot(small_dir))
    release.set()

    assert served.wait_unread(replaced, timeout=10) is True
    reader.join(timeout=10)


def test_leases_on_the_current_snapshot_do_not_hold_back_a_replaced_one(
    small_dir: Path,
) -> None:
    served = Served(_snapshot(small_dir))
    replaced = served.swap(_snapshot(small_dir))

    with served.lease():
        assert served.wait_unread(replaced, timeout=0.01) is True
