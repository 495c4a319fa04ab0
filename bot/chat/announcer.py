"""Sends the notices recorded in the store's outbox: DMs to followers, posts to channels.

One notice at a time is claimed (atomically: several processes may share the database), sent,
then marked sent; a pause between notices keeps a show with many followers from bursting, and
discord.py's HTTP client waits out any 429 (and retries a 5xx a few times); a notice that still
fails keeps its claim, so it is tried again when the claim's lease runs out. A member whose DMs
are closed (403, code 50007) is marked and skipped from then on; a channel the bot cannot post
in is logged for its admins.
"""

from __future__ import annotations

import asyncio
import contextlib
import datetime as dt
import logging
import os
import secrets
import socket
from collections.abc import Callable
from typing import TYPE_CHECKING

import discord

from bot.chat.embeds import news_embed
from bot.chat.replies import NO_PINGS
from bot.data import MAX_ATTEMPTS, Notice, Store, Target
from bot.data.news import read_notice, record_news

if TYPE_CHECKING:
    from bot.chat.client import ShowBot

log = logging.getLogger(__name__)

CANNOT_DM = 50007
"""Discord's code for 'Cannot send messages to this user' (DMs closed, or no shared server)."""
POLL_SECONDS = 60.0
"""How often the outbox is looked at without being woken: notices recorded by another process,
claims whose lease ran out, and the daily premiere check."""


def role_ping(role_id: int) -> discord.AllowedMentions:
    """The one ping the bot ever sends: exactly this role, nobody else."""
    return discord.AllowedMentions(
        everyone=False, users=False, roles=[discord.Object(id=role_id)], replied_user=False
    )


class Announcer:
    """The background sender, started in `ShowBot.setup_hook` and stopped on close."""

    def __init__(
        self,
        bot: ShowBot,
        store: Store,
        *,
        pause: float,
        lease: float,
        generation: Callable[[], int] | None = None,
    ) -> None:
        self.bot = bot
        self._generation = generation
        """The knowledge generation this process's base is at (`ReloadWatch.seen`): a process
        still on a base older than another's reload must not record its facts as news."""
        self.store = store
        self.pause = pause
        self.lease = lease
        self.claimer = f"{socket.gethostname()}:{os.getpid()}:{secrets.token_hex(4)}"
        self._wake = asyncio.Event()
        self._task: asyncio.Task[None] | None = None
        self._checked: dt.date | None = None
        self._lock = asyncio.Lock()
        self._stopping = False

    def start(self) -> None:
        self._task = asyncio.create_task(self._run(), name="showbot-announcer")

    async def stop(self, grace: float = 5.0) -> None:
        """Let the notice being sent finish (a notice cut off mid-send would wait for its
        lease to run out before it is sent again), then end the task."""
        if self._task is None:
            return
        self._stopping = True
        self._wake.set()
        if self.bot.is_ready():  # else still waiting to connect: nothing is being sent
            with contextlib.suppress(TimeoutError, asyncio.CancelledError):
                await asyncio.wait_for(asyncio.shield(self._task), grace)
        self._task.cancel()
        with contextlib.suppress(asyncio.CancelledError):
            await self._task
        self._task = None

    def wake(self) -> None:
        """Notices were recorded: send them now rather than at the next poll."""
        self._wake.set()

    async def check_news(self) -> int:
        """Record what changed for followers since the facts last recorded (after a reload,
        at start, and daily for premieres), then wake the sender."""
        async with self._lock:
            seen = self._generation() if self._generation is not None else None
            if seen is not None and await self.store.knowledge_generation() > seen:
                log.info("news not checked: another process reloaded; this one reloads first")
                return 0
            followed = await self.store.followed_shows()
            with self.bot.engine.reading() as snapshot:
                shows = {i: snapshot.by_id[i] for i in followed if i in snapshot.by_id}
            today = dt.datetime.now(dt.UTC).date()
            recorded = await record_news(self.store, shows, today, followed, generation=seen)
            self._checked = today
        if recorded:
            log.info("recorded %d notice(s) for followers", recorded)
            self.wake()
        return recorded

    async def _run(self) -> None:
        await self.bot.wait_until_ready()
        while not self._stopping:
            self._wake.clear()  # before sending: a wake-up during the sending is not lost
            try:
                if self._checked != dt.datetime.now(dt.UTC).date():
                    await self.check_news()
                await self.send_pending()
            except asyncio.CancelledError:
                raise
            except Exception:
                log.exception("the announcer failed; it will try again at the next poll")
            if self._stopping:
                break
            with contextlib.suppress(TimeoutError):
                await asyncio.wait_for(self._wake.wait(), POLL_SECONDS)

    async def send_pending(self) -> int:
        """Send every notice nobody else is sending; returns how many were sent."""
        sent = 0
        while not self._stopping and (notice := await self.store.claim(self.claimer, self.lease)):
            if await self._deliver(notice):
                sent += 1
            if self.pause:
                await asyncio.sleep(self.pause)
        return sent

    async def _deliver(self, notice: Notice) -> bool:
        title, changes = read_notice(notice.notice)
        to_channel = notice.target is Target.CHANNEL
        embed = news_embed(title, changes, to_channel=to_channel)
        try:
            if to_channel:
                channel = self.bot.get_partial_messageable(notice.target_id)
                if notice.role_id is not None:
                    await channel.send(
                        content=f"<@&{notice.role_id}>",
                        embed=embed,
                        allowed_mentions=role_ping(notice.role_id),
                    )
                else:
                    await channel.send(embed=embed, allowed_mentions=NO_PINGS)
            else:
                dm = await self.bot.create_dm(discord.Object(id=notice.target_id))
                await dm.send(embed=embed, allowed_mentions=NO_PINGS)
        except discord.Forbidden as exc:
            await self._refused(notice, exc)
            return False
        except discord.NotFound as exc:
            where = "channel" if to_channel else "member"
            log.warning(
                "notice %d: the %s %d is gone (%s)", notice.id, where, notice.target_id, exc
            )
            await self.store.mark_failed(notice.id, f"not found: {exc.text}")
            return False
        except (discord.HTTPException, OSError) as exc:
            if notice.attempts >= MAX_ATTEMPTS:
                log.warning(
                    "notice %d: giving up after %d attempts (%s)", notice.id, notice.attempts, exc
                )
                await self.store.mark_failed(notice.id, f"gave up: {exc}")
            else:  # the claim is kept: the notice is tried again once its lease has run out
                log.warning("notice %d: will retry in %.0f s (%s)", notice.id, self.lease, exc)
            return False
        await self.store.mark_sent(notice.id)
        self.bot.metrics.announcement_sent()
        return True

    async def _refused(self, notice: Notice, exc: discord.Forbidden) -> None:
        if notice.target is Target.DM and exc.code == CANNOT_DM:
            log.info(
                "member %d has DMs closed: no more notices until they follow again",
                notice.target_id,
            )
            await self.store.mark_dm_closed(notice.target_id)
            await self.store.mark_failed(notice.id, "DMs closed")
            return
        log.warning(
            "notice %d: no permission to post in channel %d (%s); a server admin can fix the"
            " channel's permissions or /announce remove it",
            notice.id,
            notice.target_id,
            exc.text,
        )
        await self.store.mark_failed(notice.id, f"forbidden: {exc.text}")
