"""The bot object's settings that Discord checks at login."""

from __future__ import annotations

from bot.chat.client import bot_intents


def test_no_privileged_intent_is_needed() -> None:
    """Message Content, Members and Presences would need approval in the developer portal."""
    intents = bot_intents()
    assert not intents.message_content
    assert not intents.members
    assert not intents.presences
    assert intents.guilds
    assert intents.guild_messages
    assert intents.dm_messages
