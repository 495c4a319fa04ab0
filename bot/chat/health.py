"""`/health` and `/metrics` over HTTP (SHOWBOT_HEALTH_PORT), for Docker, systemd and Prometheus.

`/health` answers 200 only when every gateway shard of this process has a live session (READY
or RESUMED received) and a knowledge base is loaded, else 503, so a container orchestrator
restarts a bot that lost Discord for good, and a load balancer never counts a bot still
starting. The body is one small
JSON object saying why. `/metrics` is `bot.metrics.Metrics.exposition()`.
"""

from __future__ import annotations

import json
import logging
from typing import TYPE_CHECKING

from aiohttp import web

from bot.commandline import CommandError
from bot.metrics import Gauges

if TYPE_CHECKING:
    from bot.chat.client import ShowBot

log = logging.getLogger(__name__)

PROMETHEUS_TEXT = "text/plain; version=0.0.4; charset=utf-8"


def gauges(bot: ShowBot) -> Gauges:
    """The bot's state right now: shards with a live connection, shows loaded, ready or not."""
    total = len(bot.shard_ids) if bot.shard_ids else (bot.shard_count or 1)
    connected = len(bot.live_shards)
    shows = bot.engine.show_count
    ready = not bot.is_closed() and connected >= total
    return Gauges(shards_connected=connected, shards=total, shows_loaded=shows, ready=ready)


class HealthServer:
    """A small aiohttp server beside the bot, on the bot's event loop."""

    def __init__(self, bot: ShowBot, host: str, port: int) -> None:
        self.bot, self.host, self.port = bot, host, port
        app = web.Application()
        app.router.add_get("/health", self._health)
        app.router.add_get("/metrics", self._metrics)
        self._runner = web.AppRunner(app, access_log=None)

    async def start(self) -> None:
        """Listen, or say which setting to change when the port cannot be had."""
        await self._runner.setup()
        try:
            await web.TCPSite(self._runner, self.host, self.port).start()
        except OSError as exc:
            await self._runner.cleanup()
            raise CommandError(
                f"SHOWBOT_HEALTH_PORT: cannot listen on {self.host}:{self.port} "
                f"({exc.strerror or exc}); choose a free port or unset it"
            ) from exc
        log.info("health endpoint on http://%s:%d/health and /metrics", self.host, self.port)

    async def stop(self) -> None:
        await self._runner.cleanup()

    async def _health(self, request: web.Request) -> web.Response:
        state = gauges(self.bot)
        body = {
            "status": "ok" if state.ready else "unavailable",
            "shards_connected": state.shards_connected,
            "shards": state.shards,
            "shows": state.shows_loaded,
        }
        return web.Response(
            text=json.dumps(body) + "\n",
            status=200 if state.ready else 503,
            content_type="application/json",
        )

    async def _metrics(self, request: web.Request) -> web.Response:
        text = self.bot.metrics.exposition(gauges(self.bot))
        return web.Response(body=text.encode(), headers={"Content-Type": PROMETHEUS_TEXT})
