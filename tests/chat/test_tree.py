"""What a member is told when a slash command fails."""

from __future__ import annotations

from typing import Any

import discord
from discord import app_commands

from bot.chat.permissions import NotAdmin
from bot.chat.tree import explain
from bot.core.engine import UnknownShow
from bot.core.questions import QuestionTooLong


def invoke_error(original: Exception) -> app_commands.CommandInvokeError:
    """How discord.py wraps an exception raised inside a command."""
    command: app_commands.Command[Any, ..., None]
    command = app_commands.Command(name="ask", description="d", callback=_callback)
    return app_commands.CommandInvokeError(command, original)


async def _callback(interaction: discord.Interaction) -> None:
    """A command body for `invoke_error`; never run."""


def test_a_cooldown_says_when_to_ask_again() -> None:
    error = app_commands.CommandOnCooldown(app_commands.Cooldown(5, 30.0), 12.4)
    assert explain(error) == "Slow down a little: you can ask again in 12 seconds."


def test_refusals_say_why() -> None:
    assert explain(NotAdmin("Only server admins can do that.")) == "Only server admins can do that."
    assert explain(app_commands.NoPrivateMessage()) == "That command only works in a server."
    assert explain(app_commands.CheckFailure()) == "You can't use that command here."


def test_known_failures_inside_a_command_are_explained() -> None:
    too_long = QuestionTooLong(1500)
    assert explain(invoke_error(too_long)) == str(too_long)
    assert "no longer in my notes" in (explain(invoke_error(UnknownShow("gone"))) or "")


def test_an_unexpected_error_gets_the_generic_reply() -> None:
    assert explain(invoke_error(ValueError("boom"))) is None
