"""The allocator setting that keeps a load's big temporaries from staying resident."""

from __future__ import annotations

import platform

import pytest

from bot.core.heap import map_big_blocks


def test_set_once_a_process() -> None:
    first = map_big_blocks()
    assert map_big_blocks() is first


@pytest.mark.skipif(platform.libc_ver()[0] != "glibc", reason="glibc only")
def test_glibc_takes_the_setting() -> None:
    assert map_big_blocks() is True
