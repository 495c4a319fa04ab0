"""A message that mentions the bot (or any DM) is a question; the reply is the /ask answer."""

from __future__ import annotations

import logging
import re
import time
from typing import TYPE_CHECKING

import discord
from discord.ext import commands

from bot.chat.embeds import discord_date, notice_embed
from bot.chat.replies import NO_PINGS, record_miss, reply_for
from bot.core import QuestionTooLong

if TYPE_CHECKING:
    from bot.chat.client import ShowBot

log = logging.getLogger(__name__)


def question_text(content: str, bot_id: int, role_ids: frozenset[int] = frozenset()) -> str:
    """The message without the mentions of the bot (user mention or its managed role)."""
    text = re.sub(rf"<@!?{bot_id}>", " ", content)
    for role_id in role_ids:
        text = text.replace(f"<@&{role_id}>", " ")
    return " ".join(text.split())


class Mentions(commands.Cog):
    def __init__(self, bot: ShowBot) -> None:
        self.bot = bot
        self._warned: set[int] = set()

    def addressed(self, message: discord.Message) -> bool:
        """DMs always; in a server only a direct mention of the bot or of its own role
        (never @everyone, which `mentioned_in` would count)."""
        me = self.bot.user
        if me is None or message.author.bot:
            return False
        if message.guild is None:
            return True
        if any(user.id == me.id for user in message.mentions):
            return True
        own_roles = _own_role_ids(message)
        return any(role.id in own_roles for role in message.role_mentions)

    def allowed_here(self, message: discord.Message) -> bool:
        """The server's admins may turn mention replies off, or limit them to channels
        (/mentions); DMs are always answered."""
        if message.guild is None:
            return True
        settings = self.bot.settings_of(message.guild.id)
        parent = getattr(message.channel, "parent_id", None)  # a thread counts as its channel
        return settings.answers_mentions_in(message.channel.id) or (
            parent is not None and settings.answers_mentions_in(parent)
        )

    @commands.Cog.listener()
    async def on_message(self, message: discord.Message) -> None:
        if not self.addressed(message) or not self.allowed_here(message):
            return
        assert self.bot.user is not None
        started = time.perf_counter()
        engine = self.bot.engine
        cooldown = self.bot.question_cooldown
        retry_after = cooldown.retry_after(message.author.id)
        if retry_after:
            self.bot.metrics.question_refused("cooldown")
            await self._slow_down(message, retry_after)
            return
        self._warned.discard(message.author.id)
        text = question_text(message.content, self.bot.user.id, _own_role_ids(message))
        try:
            answer = engine.ask(text, fmt=discord_date) if text else engine.help()
        except QuestionTooLong as exc:
            self.bot.metrics.question_refused("too_long")
            await self._send(message, [notice_embed(str(exc))], None)
            return
        await record_miss(self.bot, message.guild.id if message.guild else None, answer)
        reply = reply_for(answer)
        if await self._send(message, reply.embeds, reply.view):
            self.bot.metrics.question_answered(time.perf_counter() - started)

    async def _slow_down(self, message: discord.Message, retry_after: float) -> None:
        """Say it once per burst; further messages in the burst are ignored."""
        if message.author.id in self._warned:
            return
        self._warned.add(message.author.id)
        text = f"Slow down a little: ask me again in {retry_after:.0f} seconds."
        await self._send(message, [notice_embed(text)], None)

    async def _send(
        self, message: discord.Message, embeds: list[discord.Embed], view: discord.ui.View | None
    ) -> bool:
        """Whether the reply was sent (a failure is logged, never raised)."""
        try:
            await message.reply(
                embeds=embeds,
                view=view or discord.utils.MISSING,
                mention_author=False,
                allowed_mentions=NO_PINGS,
            )
        except discord.HTTPException:
            log.warning("could not reply to message %s", message.id, exc_info=True)
            return False
        return True


def _own_role_ids(message: discord.Message) -> frozenset[int]:
    me = message.guild.me if message.guild else None
    roles = getattr(me, "roles", ())
    return frozenset(role.id for role in roles if role.managed)


async def setup(bot: ShowBot) -> None:
    await bot.add_cog(Mentions(bot))
