"""`showbot invite`: the OAuth2 link that adds the bot to a server with exactly what it needs.

Scopes `bot` (to join) and `applications.commands` (its slash commands); permissions: View
Channels, Send Messages, Send Messages in Threads, Embed Links (answers are embeds) and Read
Message History (a reply to a mention quotes the question). Nothing else: no Administrator,
no Manage anything, no Mention Everyone.
"""

from __future__ import annotations

import base64
import binascii

import discord

SCOPES = ("bot", "applications.commands")


def bot_permissions() -> discord.Permissions:
    """The permissions the README lists, and no more."""
    return discord.Permissions(
        view_channel=True,
        send_messages=True,
        send_messages_in_threads=True,
        embed_links=True,
        read_message_history=True,
    )


def invite_url(application_id: int) -> str:
    return discord.utils.oauth_url(application_id, permissions=bot_permissions(), scopes=SCOPES)


def application_id_from_token(token: str) -> int | None:
    """A bot token's first part is the bot's user id in base64, and a bot's user id is its
    application's id; None when the token does not have that shape."""
    first = token.strip().split(".", 1)[0]
    try:
        decoded = base64.b64decode(first + "=" * (-len(first) % 4), altchars=b"-_", validate=True)
    except (binascii.Error, ValueError):
        return None
    text = decoded.decode("ascii", errors="replace")
    return int(text) if text.isdigit() and 15 <= len(text) <= 20 else None
