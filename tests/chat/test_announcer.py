"""What the sender does with each answer Discord gives (bot.chat.announcer), on a real SQLite
store: sent and marked, DMs closed, a channel gone or forbidden, a passing failure retried."""

from __future__ import annotations

import datetime as dt
from collections.abc import AsyncIterator
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import discord
import pytest

from bot.chat.announcer import Announcer
from bot.core.models import Show, Status
from bot.data import MAX_ATTEMPTS, Store
from bot.data.news import record_news, start_following
from bot.metrics import Metrics


@dataclass
class Response:
    status: int
    reason: str = "error"


def refusal(kind: type[discord.HTTPException], status: int, code: int) -> discord.HTTPException:
    return kind(Response(status), {"code": code, "message": "refused"})


@dataclass
class Destination:
    """A DM or a channel that records what was sent to it, or refuses with `error`."""

    error: Exception | None = None
    sent: list[dict[str, Any]] = field(default_factory=list)

    async def send(self, **kwargs: Any) -> None:
        if self.error is not None:
            raise self.error
        self.sent.append(kwargs)


class Bot:
    """The two calls the sender makes of the client, what they reached, and its metrics."""

    def __init__(self) -> None:
        self.dms: dict[int, Destination] = {}
        self.channels: dict[int, Destination] = {}
        self.metrics = Metrics()

    async def create_dm(self, user: discord.abc.Snowflake) -> Destination:
        return self.dms.setdefault(user.id, Destination())

    def get_partial_messageable(self, channel_id: int) -> Destination:
        return self.channels.setdefault(channel_id, Destination())


class Clock:
    now = 1_000_000.0

    def __call__(self) -> float:
        return self.now


@pytest.fixture
def clock() -> Clock:
    return Clock()


@pytest.fixture
async def store(tmp_path: Path, clock: Clock) -> AsyncIterator[Store]:
    opened = Store(f"sqlite:///{tmp_path / 'showbot.db'}", clock=clock)
    await opened.open()
    yield opened
    await opened.close()


async def changed(store: Store) -> None:
    """Member 1 follows Dark, channel 100 announces it with role 77, and it is canceled."""
    await start_following(store, Show(id="dark", title="Dark", status=Status.RENEWED))
    await store.follow(1, "dark", 10)
    await store.announce(10, "dark", 100, 77, by=5)
    canceled = Show(id="dark", title="Dark", status=Status.CANCELED)
    assert await record_news(store, {"dark": canceled}, TODAY) == 2


TODAY = dt.date(2027, 1, 1)


def announcer(bot: Bot, store: Store) -> Announcer:
    return Announcer(bot, store, pause=0, lease=60)  # type: ignore[arg-type]


async def test_each_notice_is_sent_once_and_marked(store: Store) -> None:
    bot = Bot()
    await changed(store)
    assert await announcer(bot, store).send_pending() == 2
    [dm] = bot.dms[1].sent
    assert dm["embed"].title == "Dark"
    assert dm["allowed_mentions"].to_dict()["parse"] == []
    [post] = bot.channels[100].sent
    assert post["content"] == "<@&77>"
    assert post["allowed_mentions"].to_dict()["roles"] == [77]
    assert await announcer(bot, store).send_pending() == 0
    assert await store.pending_notices() == 0
    assert bot.metrics.announcements_sent == 2


async def test_a_member_with_closed_dms_is_marked_and_not_retried(store: Store) -> None:
    bot = Bot()
    bot.dms[1] = Destination(refusal(discord.Forbidden, 403, 50007))
    await changed(store)
    assert await announcer(bot, store).send_pending() == 1, "the channel post still goes"
    assert await store.dm_closed(1)
    assert (await store.recipients("dark")).users == ()
    assert await store.pending_notices() == 0
    assert bot.metrics.announcements_sent == 1, "a refused DM is not counted as sent"


async def test_a_channel_that_is_gone_or_forbidden_is_given_up(store: Store) -> None:
    for error in (refusal(discord.NotFound, 404, 10003), refusal(discord.Forbidden, 403, 50013)):
        bot = Bot()
        bot.channels[100] = Destination(error)
        await changed(store)
        assert await announcer(bot, store).send_pending() == 1
        assert await store.pending_notices() == 0
        assert not await store.dm_closed(1), "only a DM refusal closes DMs"
        await store.unfollow(1, "dark")
        await store.stop_announcing(10, "dark")


async def test_a_passing_failure_is_retried_after_the_lease(store: Store, clock: Clock) -> None:
    bot = Bot()
    bot.dms[1] = Destination(refusal(discord.DiscordServerError, 503, 0))
    await changed(store)
    sender = announcer(bot, store)
    assert await sender.send_pending() == 1, "the post goes; the DM waits for its lease"
    bot.dms[1].error = None
    assert await sender.send_pending() == 0, "not hammered within the lease"
    clock.now += 61
    assert await sender.send_pending() == 1
    assert len(bot.dms[1].sent) == 1
    assert await store.pending_notices() == 0


async def test_a_notice_that_keeps_failing_is_given_up(store: Store, clock: Clock) -> None:
    bot = Bot()
    bot.dms[1] = Destination(refusal(discord.DiscordServerError, 503, 0))
    await changed(store)
    sender = announcer(bot, store)
    for _ in range(MAX_ATTEMPTS):
        await sender.send_pending()
        clock.now += 61
    assert await store.pending_notices() == 0
    assert await sender.send_pending() == 0
    assert bot.dms[1].sent == []


async def test_a_process_behind_another_reload_records_no_news(store: Store) -> None:
    """Its base is older than the facts another process recorded: comparing them would
    announce the change backwards. It waits for its own reload (bot.chat.reloadwatch)."""
    await start_following(store, Show(id="dark", title="Dark", status=Status.RENEWED))
    await store.follow(1, "dark", 10)
    await store.bump_knowledge_generation("another:1")
    sender = Announcer(Bot(), store, pause=0, lease=60, generation=lambda: 0)  # type: ignore[arg-type]
    assert await sender.check_news() == 0
    assert await store.pending_notices() == 0
