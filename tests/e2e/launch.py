"""Run a bot's ``main`` with the real, unmodified discord.py pointed at the fake Discord.

Usage (from the repository root; the test harness does this in a subprocess)::

    FAKE_DISCORD_URL=http://127.0.0.1:PORT DISCORD_TOKEN=... \\
        python tests/e2e/launch.py [--module bot.cli] -- run --knowledge DIR

Only *where* discord.py connects changes: ``discord.http.Route.BASE`` (REST, also used by
interaction webhooks) and the gateway URL, taken from the fake's ``GET /gateway`` like a real
client would. The gateway URL has to be set as ``DiscordWebSocket.DEFAULT_GATEWAY`` because a
non-sharded ``discord.Client`` never asks ``/gateway/bot``; it connects to that constant.

As a safety net, name resolution is limited to the loopback interface, so a missed URL fails
loudly instead of reaching the real Discord.
"""

from __future__ import annotations

import argparse
import importlib
import inspect
import json
import os
import socket
import sys
import urllib.request
from pathlib import Path
from typing import Any

HERE = Path(__file__).resolve().parent
REPO_ROOT = HERE.parents[1]
_LOCAL_HOSTS = {"127.0.0.1", "localhost", "::1", None}


def _loopback_only() -> None:
    real_getaddrinfo = socket.getaddrinfo

    def getaddrinfo(host: Any, *args: Any, **kwargs: Any) -> Any:
        name = host.decode() if isinstance(host, bytes) else host
        if name not in _LOCAL_HOSTS:
            raise OSError(f"e2e tests must not reach the network (tried to resolve {name!r})")
        return real_getaddrinfo(host, *args, **kwargs)

    socket.getaddrinfo = getaddrinfo


def point_discord_at(url: str) -> None:
    """Point discord.py's REST base and gateway at the fake running at ``url``."""
    import discord.gateway
    import discord.http
    import yarl

    discord.http.Route.BASE = f"{url}/api/v10"
    try:
        with urllib.request.urlopen(f"{url}/api/v10/gateway", timeout=5) as response:
            gateway = json.load(response)["url"]
    except OSError:  # nothing listens there: a test of a Discord that cannot be reached
        gateway = url.replace("http://", "ws://", 1) + "/gateway"
    discord.gateway.DiscordWebSocket.DEFAULT_GATEWAY = yarl.URL(gateway)


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--module", default="bot.cli", help="module whose main() to run")
    parser.add_argument("argv", nargs="*", help="arguments for main(), after --")
    args = parser.parse_args()
    url = os.environ.get("FAKE_DISCORD_URL")
    if not url:
        parser.error("FAKE_DISCORD_URL is not set")
    # Import like ``python -m`` from the repository root, not from this script's folder.
    sys.path[:] = [str(REPO_ROOT), *(p for p in sys.path if Path(p or ".").resolve() != HERE)]
    _loopback_only()
    point_discord_at(url.rstrip("/"))
    entry = importlib.import_module(args.module).main
    sys.argv = [args.module, *args.argv]
    result = entry(args.argv) if inspect.signature(entry).parameters else entry()
    return int(result or 0)


if __name__ == "__main__":
    sys.exit(main())
