"""What `showbot run` and `sync` say when Discord cannot be reached or used (bot.chat.failures)."""

from __future__ import annotations

import socket
from types import SimpleNamespace
from typing import Any

import aiohttp
import discord
import pytest

from bot.chat.failures import explain, explained_failures
from bot.commandline import CommandError


def http_error(kind: type[discord.HTTPException], status: int, text: str) -> Any:
    response = SimpleNamespace(status=status, reason=text)
    return kind(response, {"message": text, "code": 0})  # type: ignore[arg-type]


def closed(code: int) -> discord.ConnectionClosed:
    socket_ = SimpleNamespace(close_code=code)
    return discord.ConnectionClosed(socket_, shard_id=0, code=code)  # type: ignore[arg-type]


def no_route() -> aiohttp.ClientConnectorError:
    key = SimpleNamespace(host="discord.com", port=443, ssl=True)
    error = OSError(111, "Connect call failed")
    return aiohttp.ClientConnectorError(key, error)  # type: ignore[arg-type]


@pytest.mark.parametrize(
    ("error", "says"),
    [
        (discord.LoginFailure("Improper token has been passed."), "Reset Token"),
        (discord.PrivilegedIntentsRequired(0), "Privileged Gateway Intents"),
        (closed(4004), "close code 4004"),
        (closed(4010), "SHOWBOT_SHARD_COUNT and SHOWBOT_SHARD_IDS"),
        (closed(4011), "set SHOWBOT_SHARD_COUNT higher"),
        (closed(4999), "close code 4999"),
        (http_error(discord.Forbidden, 403, "Missing Access"), "showbot invite"),
        (http_error(discord.DiscordServerError, 503, "Service Unavailable"), "discordstatus"),
        (http_error(discord.HTTPException, 400, "Bad Request"), "400 Bad Request"),
        (no_route(), "cannot reach Discord at discord.com:443 (Connect call failed)"),
        (aiohttp.ServerDisconnectedError(), "cannot reach Discord (ServerDisconnectedError"),
        (socket.gaierror(-2, "Name or service not known"), "Name or service not known"),
        (ConnectionRefusedError(111, "refused"), "check the network connection"),
        (TimeoutError(), "did not answer in time"),
    ],
)
def test_each_failure_is_one_line_with_what_to_do(error: BaseException, says: str) -> None:
    message = explain(error, "run")
    assert message is not None
    assert says in message
    assert "\n" not in message


@pytest.mark.parametrize(
    "error", [ValueError("a bug"), FileNotFoundError(2, "no file"), KeyError()]
)
def test_an_unexpected_error_is_left_alone(error: BaseException) -> None:
    assert explain(error, "run") is None
    with pytest.raises(type(error)), explained_failures("run"):
        raise error


def test_a_known_failure_becomes_a_command_error() -> None:
    with (
        pytest.raises(CommandError, match="Discord rejected DISCORD_TOKEN"),
        explained_failures("sync"),
    ):
        raise discord.LoginFailure("nope")
