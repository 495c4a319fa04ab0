"""Central error handling for every slash command: one polite, ephemeral reply per failure."""

from __future__ import annotations

import logging
from typing import TYPE_CHECKING

import discord
from discord import app_commands

from bot.chat.embeds import notice_embed
from bot.chat.permissions import NotAdmin, ReloadRefused
from bot.chat.replies import NO_PINGS
from bot.core import QuestionTooLong, UnknownShow

if TYPE_CHECKING:
    from bot.chat.client import ShowBot

log = logging.getLogger(__name__)


def explain(error: app_commands.AppCommandError) -> str | None:
    """What to tell the member, or None for an unexpected error (logged, generic reply)."""
    if isinstance(error, app_commands.CommandOnCooldown):
        return f"Slow down a little: you can ask again in {error.retry_after:.0f} seconds."
    if isinstance(error, NotAdmin | ReloadRefused):
        return str(error)
    if isinstance(error, app_commands.NoPrivateMessage):
        return "That command only works in a server."
    if isinstance(error, app_commands.CheckFailure):
        return "You can't use that command here."
    original = getattr(error, "original", None)
    if isinstance(original, QuestionTooLong):
        return str(original)
    if isinstance(original, UnknownShow):
        return "That show is no longer in my notes; try the command again."
    return None


def refusal(error: app_commands.AppCommandError) -> str | None:
    """The metrics' reason when a question was turned down on purpose, else None."""
    if isinstance(error, app_commands.CommandOnCooldown):
        return "cooldown"
    if isinstance(getattr(error, "original", None), QuestionTooLong):
        return "too_long"
    return None


class ShowTree(app_commands.CommandTree["ShowBot"]):
    async def on_error(
        self, interaction: discord.Interaction[ShowBot], error: app_commands.AppCommandError
    ) -> None:
        if (reason := refusal(error)) is not None:
            interaction.client.metrics.question_refused(reason)
        message = explain(error)
        if message is None:
            command = interaction.command.qualified_name if interaction.command else "?"
            log.error("command /%s failed", command, exc_info=error)
            message = "Something went wrong on my side; the error was logged for the bot's admins."
        embed = notice_embed(message)
        try:
            if interaction.response.is_done():
                await interaction.followup.send(
                    embed=embed, ephemeral=True, allowed_mentions=NO_PINGS
                )
            else:
                await interaction.response.send_message(
                    embed=embed, ephemeral=True, allowed_mentions=NO_PINGS
                )
        except discord.HTTPException:
            log.warning("could not send the error reply for %s", interaction.id, exc_info=True)
