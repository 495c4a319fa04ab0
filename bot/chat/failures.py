"""Why `showbot run` or `showbot sync` could not talk to Discord, in one line an admin can act on.

discord.py and aiohttp raise a dozen kinds of error for a handful of causes (no network, a token
Discord refuses, an intent the portal has not enabled, a bad shard setting, Discord itself
down). The command line catches them here and prints one sentence with what to do, exit code 2,
instead of a traceback. An error not listed is a bug and keeps its traceback.
"""

from __future__ import annotations

import asyncio
import socket
from collections.abc import Iterator
from contextlib import contextmanager

import aiohttp
import discord

from bot.commandline import CommandError

PORTAL = "https://discord.com/developers/applications"
TOKEN_ADVICE = (
    f"copy the bot's token again from {PORTAL} (your application > Bot > Reset Token) "
    "and set DISCORD_TOKEN to it"
)

# Gateway close codes that no reconnect can fix (https://discord.com/developers/docs/topics/
# opcodes-and-status-codes#gateway-gateway-close-event-codes).
CLOSE_CODES = {
    4004: f"Discord refused the token at the gateway (close code 4004): {TOKEN_ADVICE}",
    4010: "Discord refused the shard settings (close code 4010, invalid shard): check "
    "SHOWBOT_SHARD_COUNT and SHOWBOT_SHARD_IDS (ids from 0 to the count minus 1)",
    4011: "Discord requires more shards for this many servers (close code 4011): set "
    "SHOWBOT_SHARD_COUNT higher, or unset it to let Discord choose",
    4012: "Discord refused the gateway API version (close code 4012): upgrade showbot "
    "(pip install --upgrade showbot) to get a current discord.py",
    4013: "Discord refused the gateway intents as invalid (close code 4013): upgrade showbot; "
    "this is a bug if it persists",
    4014: "Discord refused a privileged intent that is not enabled (close code 4014): enable it "
    f"at {PORTAL} (your application > Bot > Privileged Gateway Intents), or use a showbot "
    "that does not ask for it",
}


def explain(exc: BaseException, command: str) -> str | None:
    """The one-line message for a failure to reach or use Discord; None for anything else."""
    if isinstance(exc, discord.LoginFailure):
        return f"Discord rejected DISCORD_TOKEN (401 Unauthorized): {TOKEN_ADVICE}"
    if isinstance(exc, discord.PrivilegedIntentsRequired):
        return CLOSE_CODES[4014]
    if isinstance(exc, discord.ConnectionClosed):
        known = CLOSE_CODES.get(exc.code)
        return known or (
            f"Discord closed the gateway connection (close code {exc.code}); "
            f"try `showbot {command}` again, and check https://discordstatus.com if it persists"
        )
    if isinstance(exc, discord.Forbidden):
        return (
            f"Discord refused {command} ({exc.status} {exc.text or 'Forbidden'}): check that the "
            "bot is in that server, invited with the applications.commands scope "
            "(`showbot invite` prints the link)"
        )
    if isinstance(exc, discord.DiscordServerError):
        return (
            f"Discord is having trouble ({exc.status} {exc.text or 'server error'}); try again in "
            "a few minutes (https://discordstatus.com)"
        )
    if isinstance(exc, discord.HTTPException):
        return (
            f"Discord refused a request ({exc.status} {exc.text or ''}".rstrip()
            + f"); try `showbot {command}` again, and report it if it persists"
        )
    if isinstance(exc, discord.GatewayNotFound):
        return "Discord did not say where its gateway is; try again in a few minutes"
    return _network(exc)


def _network(exc: BaseException) -> str | None:
    advice = "check the network connection, DNS, and any proxy or firewall, then start again"
    if isinstance(exc, aiohttp.ClientConnectorError):
        reason = exc.os_error.strerror or str(exc.os_error) or type(exc.os_error).__name__
        return f"cannot reach Discord at {exc.host}:{exc.port} ({reason}): {advice}"
    if isinstance(exc, aiohttp.ClientError | ConnectionError | socket.gaierror):
        return f"cannot reach Discord ({type(exc).__name__}: {exc}): {advice}"
    if isinstance(exc, asyncio.TimeoutError):
        return f"Discord did not answer in time: {advice}"
    return None


@contextmanager
def explained_failures(command: str) -> Iterator[None]:
    """Turn the failures `explain` knows into a CommandError (one line, exit code 2)."""
    try:
        yield
    except Exception as exc:
        message = explain(exc, command)
        if message is None:
            raise
        raise CommandError(message) from exc
