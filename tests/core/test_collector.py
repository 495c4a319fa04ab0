"""Keeping the cyclic collector out of a big base's way without leaking (bot.core.collector)."""

from __future__ import annotations

import gc
import sys
import weakref
from collections.abc import Iterator

import pytest

from bot.core.collector import FrozenGrowth, paused_for_load


class _Node:
    """Half of a reference cycle: only the cyclic collector frees it."""

    def __init__(self) -> None:
        self.other: _Node | None = None


def _cycles(count: int) -> list[_Node]:
    nodes = []
    for _ in range(count):
        a, b = _Node(), _Node()
        a.other, b.other = b, a
        nodes.append(a)
    return nodes


@pytest.fixture(autouse=True)
def _thawed() -> Iterator[None]:
    """Each test starts and ends with nothing frozen (the process-wide collector state)."""
    gc.unfreeze()
    yield
    gc.unfreeze()
    gc.collect()


def test_a_load_collects_the_cycles_left_before_it_freezes() -> None:
    left = _cycles(1)
    gone = weakref.ref(left[0])
    del left

    with paused_for_load():
        assert not gc.isenabled()
    assert gone() is None
    assert gc.isenabled()
    assert gc.get_freeze_count() > 0


def test_frozen_cycles_are_collected_once_they_outgrow_a_fresh_freeze() -> None:
    growth = FrozenGrowth(growth=1.10)
    gc.collect()
    gc.freeze()
    assert growth.check() is False  # the reference count of a fresh freeze

    pinned = _cycles(sys.getallocatedblocks() // 20 + 1)  # a tenth more blocks, and then some
    gone = weakref.ref(pinned[0])
    gc.freeze()
    del pinned
    assert gone() is not None  # frozen: the collector does not see it

    assert growth.check() is True
    assert gone() is None


def test_a_little_frozen_growth_is_left_alone() -> None:
    growth = FrozenGrowth(growth=1.10)
    gc.collect()
    gc.freeze()
    growth.check()

    pinned = _cycles(1)
    gone = weakref.ref(pinned[0])
    gc.freeze()
    del pinned

    assert growth.check() is False
    assert gone() is not None
