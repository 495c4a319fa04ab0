"""Running showbot for real: clean failures, logs printed once, /health and /metrics.

Each test starts its own `showbot run` (or `sync`) in a subprocess against the fake Discord,
or against a local port where nothing listens (a machine without network).
"""

from __future__ import annotations

import asyncio
import re
import socket
from pathlib import Path

import aiohttp
import pytest

from .conftest import REPO_ROOT, BotProcess, LaunchBot, bot_launcher
from .fake_discord import FakeDiscord

BUNDLED = REPO_ROOT / "knowledge"
STARTUP = 30.0


def free_port() -> int:
    """A local port nothing listens on (the OS just handed it out and it was closed)."""
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        return int(probe.getsockname()[1])


def one_error_line(bot: BotProcess) -> str:
    """The bot's output must be one `showbot: error:` line (after any log lines), no traceback."""
    log = bot.log()
    assert "Traceback" not in log, log
    errors = [line for line in log.splitlines() if line.startswith("showbot: error:")]
    assert len(errors) == 1, log
    return errors[0]


# ------------------------------------------------------------------------ clean failures


@pytest.mark.parametrize("command", ["run", "sync"])
async def test_no_network_is_one_line_and_exit_2(tmp_path: Path, command: str) -> None:
    closed = FakeDiscord()
    closed.url = f"http://127.0.0.1:{free_port()}"  # never started: connections are refused
    async with bot_launcher(closed, tmp_path) as launch:
        bot = await launch(command, "--knowledge", str(BUNDLED))
        assert await bot.wait_exit(timeout=30) == 2, bot.log()
    line = one_error_line(bot)
    assert "cannot reach Discord at 127.0.0.1" in line
    assert "check the network connection" in line


async def test_sync_with_a_rejected_token_is_one_line_and_exit_2(
    fake: FakeDiscord, launch_bot: LaunchBot
) -> None:
    bot = await launch_bot("sync", "--knowledge", str(BUNDLED), env={"DISCORD_TOKEN": "wrong"})
    assert await bot.wait_exit(timeout=30) == 2, bot.log()
    line = one_error_line(bot)
    assert "Discord rejected DISCORD_TOKEN (401 Unauthorized)" in line
    assert "Reset Token" in line
    assert fake.requests[-1].status == 401
    assert fake.global_commands == []


async def test_sync_without_a_token_says_how_to_sync(launch_bot: LaunchBot) -> None:
    bot = await launch_bot("sync", "--knowledge", str(BUNDLED), env={"DISCORD_TOKEN": ""})
    assert await bot.wait_exit(timeout=30) == 2, bot.log()
    line = one_error_line(bot)
    assert "DISCORD_TOKEN is not set" in line
    assert "showbot sync" in line
    assert "showbot run" not in line


@pytest.mark.parametrize(
    ("code", "message"),
    [
        (4014, "privileged intent that is not enabled (close code 4014)"),
        (4004, "Discord refused the token at the gateway (close code 4004)"),
    ],
    ids=["missing-privileged-intent", "token-refused-at-the-gateway"],
)
async def test_a_gateway_refusal_is_one_line_and_exit_2(
    tmp_path: Path, code: int, message: str
) -> None:
    async with (
        FakeDiscord(identify_close_code=code) as fake,
        bot_launcher(fake, tmp_path) as launch,
    ):
        bot = await launch("run", "--knowledge", str(BUNDLED))
        assert await bot.wait_exit(timeout=30) == 2, bot.log()
        assert len(fake.identifies) == 1, "it gave up at once instead of retrying"
    assert message in one_error_line(bot)


@pytest.mark.parametrize(
    ("toml", "message"),
    [
        ('cooldown_rate = "lots"', "cooldown_rate: 'lots' is not a number of questions"),
        ("guild_id = 12.5", "guild_id: 12.5 is not a server id"),
        ('log_level = "bogus"', "log_level: 'bogus' is not a log level"),
        ("shard_ids = [3]", "SHOWBOT_SHARD_IDS is set without SHOWBOT_SHARD_COUNT"),
        ("health_port = 70000", "health_port: 70000 is not a TCP port"),
    ],
)
async def test_a_bad_setting_in_the_file_is_one_line_and_exit_2(
    fake: FakeDiscord, launch_bot: LaunchBot, tmp_path: Path, toml: str, message: str
) -> None:
    config = tmp_path / "showbot.toml"
    config.write_text(toml + "\n")
    env = {"SHOWBOT_CONFIG": str(config)}
    bot = await launch_bot("run", "--knowledge", str(BUNDLED), env=env)
    assert await bot.wait_exit(timeout=30) == 2, bot.log()
    line = one_error_line(bot)
    assert message in line
    assert "invalid literal" not in line
    assert not [r for r in fake.requests if r.path != "/gateway"], "it never tried to log in"


async def test_a_bad_log_level_option_is_one_line_and_exit_2(launch_bot: LaunchBot) -> None:
    bot = await launch_bot("run", "--log-level", "bogus", "--knowledge", str(BUNDLED))
    assert await bot.wait_exit(timeout=30) == 2, bot.log()
    log = bot.log()
    assert log.count("\n") == 1, log
    assert "'bogus' is not a log level" in log


async def test_a_busy_health_port_names_the_setting(
    fake: FakeDiscord, launch_bot: LaunchBot
) -> None:
    with socket.socket() as busy:
        busy.bind(("127.0.0.1", 0))
        busy.listen()
        env = {"SHOWBOT_HEALTH_PORT": str(busy.getsockname()[1])}
        bot = await launch_bot("run", "--knowledge", str(BUNDLED), env=env)
        assert await bot.wait_exit(timeout=30) == 2, bot.log()
    assert "SHOWBOT_HEALTH_PORT: cannot listen on 127.0.0.1:" in one_error_line(bot)
    assert fake.identifies == []


# ------------------------------------------------------------------------------- logs


async def test_every_log_line_is_printed_once_on_one_line(
    fake: FakeDiscord, launch_bot: LaunchBot, tmp_path: Path
) -> None:
    bot = await launch_bot("run", "--knowledge", str(BUNDLED))
    await fake.wait_until_connected(timeout=STARTUP)
    message = await fake.send_message(f"{fake.bot_user.mention} is the order canceled")
    await fake.wait_for_message_reply(message, timeout=10)
    await fake.drop_connection("close", timeout=20)  # discord.py logs the resume
    bot.process.terminate()
    assert await bot.wait_exit() == 0
    lines = bot.log().splitlines()
    assert lines, "the bot logged nothing"
    pattern = re.compile(r"^\d{4}-\d\d-\d\d \d\d:\d\d:\d\d,\d{3} [A-Z]+ [\w.]+: ")
    assert all(pattern.match(line) for line in lines), "\n".join(lines)
    assert "\x1b[" not in bot.log(), "no colour codes"
    for event in ("logging in using static token", "has connected to Gateway", "shutting down"):
        assert sum(event in line for line in lines) == 1, (event, lines)


# ---------------------------------------------------------------------- health and metrics


async def get(url: str) -> tuple[int, str, str]:
    async with aiohttp.ClientSession() as session, session.get(url) as response:
        return response.status, response.headers["Content-Type"], await response.text()


def sample(metrics: str, name: str) -> float:
    """The value of one sample (`name` with its labels, as written) in an exposition."""
    for line in metrics.splitlines():
        if line.startswith(name + " "):
            return float(line.split()[-1])
    raise AssertionError(f"{name} not in\n{metrics}")


async def test_health_is_503_until_connected_then_200_and_metrics_count(tmp_path: Path) -> None:
    gate = asyncio.Event()
    port = free_port()
    env = {"SHOWBOT_HEALTH_PORT": str(port), "SHOWBOT_COOLDOWN_RATE": "2"}
    async with FakeDiscord(ready_gate=gate) as fake, bot_launcher(fake, tmp_path) as launch:
        bot = await launch("run", "--knowledge", str(BUNDLED), env=env)
        try:  # READY is held until the gate opens: the bot is not ready yet
            await fake.wait_until(lambda: bool(fake.identifies), STARTUP, "the bot to identify")
            status, kind, body = await get(f"http://127.0.0.1:{port}/health")
            assert status == 503, body
            assert kind.startswith("application/json")
            assert '"status": "unavailable"' in body
            status, _, metrics = await get(f"http://127.0.0.1:{port}/metrics")
            assert status == 200
            assert sample(metrics, "showbot_ready") == 0
        finally:
            gate.set()
        await fake.wait_until_connected(timeout=STARTUP)
        for _ in range(3):  # the third is over the cooldown of 2
            message = await fake.send_message(f"{fake.bot_user.mention} is the order canceled")
            await fake.wait_for_message_reply(message, timeout=10)
        typo = {"question": "will there be a season 2 of kobra ki"}
        offer = await fake.send_slash("ask", typo, user=fake.keeper)  # a member with no cooldown
        [[button]] = [
            row["components"]
            for row in (await fake.wait_for_interaction_reply(offer))["components"]
        ]
        press = await fake.send_component(button["custom_id"])
        assert (await fake.wait_for_interaction_reply(press))["embeds"][0]["title"] == "Cobra Kai"
        reload = await fake.send_slash("knowledge reload", user=fake.admin)
        await fake.wait_for_interaction_reply(reload, timeout=20)

        status, _, body = await get(f"http://127.0.0.1:{port}/health")
        assert status == 200, body
        assert '"status": "ok"' in body
        status, kind, metrics = await get(f"http://127.0.0.1:{port}/metrics")
        assert status == 200
        assert kind.startswith("text/plain; version=0.0.4")
        # two mentions, the "did you mean" and the answer its button gave; the third mention
        # was over the cooldown
        assert sample(metrics, "showbot_questions_answered_total") == 4
        assert sample(metrics, 'showbot_questions_refused_total{reason="cooldown"}') == 1
        assert sample(metrics, "showbot_answer_latency_seconds_count") == 4
        assert sample(metrics, 'showbot_answer_latency_seconds_bucket{le="+Inf"}') == 4
        assert sample(metrics, 'showbot_reloads_total{result="ok"}') == 1
        assert sample(metrics, "showbot_announcements_sent_total") == 0
        assert sample(metrics, "showbot_shards_connected") == 1
        assert sample(metrics, "showbot_shows_loaded") > 0
        assert sample(metrics, "showbot_ready") == 1
        bot.process.terminate()
        assert await bot.wait_exit() == 0, "SIGTERM stops the bot and its health endpoint cleanly"
        fake.assert_clean()
    assert "Traceback" not in bot.log()
