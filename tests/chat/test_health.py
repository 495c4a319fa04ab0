"""When /health says ready (bot.chat.health.gauges): every shard of this process has a live
session and the bot is not closing. The endpoint itself is tested against the fake Discord."""

from __future__ import annotations

from types import SimpleNamespace
from typing import Any

import pytest

from bot.chat.health import gauges


def bot(*, shard_ids: list[int] | None, shard_count: int | None, live: set[int],
        closed: bool = False) -> Any:  # fmt: skip
    return SimpleNamespace(
        shard_ids=shard_ids,
        shard_count=shard_count,
        live_shards=live,
        engine=SimpleNamespace(show_count=8),
        is_closed=lambda: closed,
    )


@pytest.mark.parametrize(
    ("shard_ids", "shard_count", "live", "ready"),
    [
        (None, None, set(), False),  # still connecting
        (None, None, {0}, True),  # one shard, Discord's count not asked yet
        (None, 2, {0}, False),  # one of two shards lost
        (None, 2, {0, 1}, True),
        ([1], 2, {1}, True),  # this process runs shard 1 only
        ([0, 2], 4, {2}, False),
    ],
)
def test_ready_only_when_every_shard_of_this_process_is_live(
    shard_ids: list[int] | None, shard_count: int | None, live: set[int], ready: bool
) -> None:
    state = gauges(bot(shard_ids=shard_ids, shard_count=shard_count, live=live))
    assert state.ready is ready
    assert state.shards_connected == len(live)
    assert state.shows_loaded == 8


def test_a_closing_bot_is_not_ready() -> None:
    assert not gauges(bot(shard_ids=None, shard_count=1, live={0}, closed=True)).ready
