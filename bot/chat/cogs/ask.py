"""Members' slash commands: /status, /release, /cast, /info (with show autocomplete) and /ask."""

from __future__ import annotations

import time
from typing import TYPE_CHECKING

import discord
from discord import app_commands
from discord.ext import commands

from bot.chat import limits
from bot.chat.embeds import discord_date
from bot.chat.replies import send_reply
from bot.chat.text import shorten_label
from bot.core import MAX_QUESTION_CHARS, Engine, Suggestion, Topic

if TYPE_CHECKING:
    from bot.chat.client import ShowBot

ShowName = app_commands.Range[str, 1, 100]
SeasonNumber = app_commands.Range[int, 1, 100]


def question_cooldown(interaction: discord.Interaction[ShowBot]) -> bool:
    """Shared with mention replies: one budget per member, however they ask."""
    cooldown = interaction.client.question_cooldown
    retry_after = cooldown.retry_after(interaction.user.id)
    if retry_after:
        raise app_commands.CommandOnCooldown(
            app_commands.Cooldown(cooldown.rate, cooldown.per), retry_after
        )
    return True


def autocomplete_choices(suggestions: list[Suggestion]) -> list[app_commands.Choice[str]]:
    """Autocomplete choices Discord accepts: at most 25, each named in 1-100 characters on
    one line; a show whose id is longer than a choice's value may be is left out."""
    choices = []
    for suggestion in suggestions:
        name = shorten_label(suggestion.label, limits.CHOICE_NAME)
        if name and 0 < len(suggestion.id) <= limits.CHOICE_VALUE:
            choices.append(app_commands.Choice(name=name, value=suggestion.id))
    return choices[: limits.CHOICES]


async def show_choices(
    interaction: discord.Interaction[ShowBot], current: str
) -> list[app_commands.Choice[str]]:
    """The `show:` option's autocomplete, for every command that takes a show."""
    return autocomplete_choices(interaction.client.engine.autocomplete(current))


class Questions(commands.Cog):
    def __init__(self, bot: ShowBot) -> None:
        self.bot = bot

    @property
    def engine(self) -> Engine:
        return self.bot.engine

    async def _about(
        self, interaction: discord.Interaction[ShowBot], show: str, topic: Topic, season: int | None
    ) -> None:
        started = time.perf_counter()
        answer = self.engine.answer_about(show, topic, season, fmt=discord_date)
        await send_reply(interaction, answer)
        self.bot.metrics.question_answered(time.perf_counter() - started)

    @app_commands.command(name="status", description="Will there be another season?")
    @app_commands.describe(show="The show's title", season="A season number, e.g. 2")
    @app_commands.autocomplete(show=show_choices)
    @app_commands.check(question_cooldown)
    async def status(
        self,
        interaction: discord.Interaction[ShowBot],
        show: ShowName,
        season: SeasonNumber | None = None,
    ) -> None:
        await self._about(interaction, show, Topic.STATUS, season)

    @app_commands.command(name="release", description="When does the next season come out?")
    @app_commands.describe(show="The show's title", season="A season number, e.g. 2")
    @app_commands.autocomplete(show=show_choices)
    @app_commands.check(question_cooldown)
    async def release(
        self,
        interaction: discord.Interaction[ShowBot],
        show: ShowName,
        season: SeasonNumber | None = None,
    ) -> None:
        await self._about(interaction, show, Topic.RELEASE, season)

    @app_commands.command(name="cast", description="What are the cast and makers doing now?")
    @app_commands.describe(show="The show's title")
    @app_commands.autocomplete(show=show_choices)
    @app_commands.check(question_cooldown)
    async def cast(self, interaction: discord.Interaction[ShowBot], show: ShowName) -> None:
        await self._about(interaction, show, Topic.CAST, None)

    @app_commands.command(name="info", description="Everything showbot knows about a show")
    @app_commands.describe(show="The show's title")
    @app_commands.autocomplete(show=show_choices)
    @app_commands.check(question_cooldown)
    async def info(self, interaction: discord.Interaction[ShowBot], show: ShowName) -> None:
        await self._about(interaction, show, Topic.CARD, None)

    @app_commands.command(name="ask", description="Ask anything about a show's status")
    @app_commands.describe(question="e.g. will there be a season 2 of The Imperfects?")
    @app_commands.check(question_cooldown)
    async def ask(
        self,
        interaction: discord.Interaction[ShowBot],
        question: app_commands.Range[str, 1, MAX_QUESTION_CHARS],
    ) -> None:
        started = time.perf_counter()
        answer = self.engine.ask(question, fmt=discord_date)
        await send_reply(interaction, answer)
        self.bot.metrics.question_answered(time.perf_counter() - started)


async def setup(bot: ShowBot) -> None:
    await bot.add_cog(Questions(bot))
