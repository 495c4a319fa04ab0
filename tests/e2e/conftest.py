"""Fixtures for end-to-end tests: a fake Discord and bots launched against it in subprocesses."""

from __future__ import annotations

import asyncio
import contextlib
import os
import subprocess
import sys
from collections.abc import AsyncIterator, Awaitable, Callable
from dataclasses import dataclass
from pathlib import Path

import pytest

from .fake_discord import FakeDiscord

REPO_ROOT = Path(__file__).resolve().parents[2]
LAUNCHER = Path(__file__).with_name("launch.py")


@dataclass
class BotProcess:
    """A bot running in a subprocess; its stdout and stderr go to ``log_path``."""

    process: asyncio.subprocess.Process
    log_path: Path

    def log(self) -> str:
        return self.log_path.read_text(encoding="utf-8", errors="replace")

    async def wait_exit(self, timeout: float = 15.0) -> int:  # noqa: ASYNC109
        return await asyncio.wait_for(self.process.wait(), timeout)

    async def stop(self) -> None:
        """Terminate (then kill) the process; always leaves nothing running."""
        if self.process.returncode is not None:
            return
        self.process.terminate()
        try:
            await asyncio.wait_for(self.process.wait(), 5)
        except TimeoutError:
            self.process.kill()
            await self.process.wait()


LaunchBot = Callable[..., Awaitable[BotProcess]]


@pytest.fixture
async def fake() -> AsyncIterator[FakeDiscord]:
    async with FakeDiscord() as server:
        yield server


@contextlib.asynccontextmanager
async def bot_launcher(fake: FakeDiscord, log_dir: Path) -> AsyncIterator[LaunchBot]:
    """``launch_bot`` without pytest: usable from fixtures of any scope. Every bot launched
    is stopped on exit and the tail of its log printed (pytest shows it for failed tests)."""
    bots: list[BotProcess] = []

    async def launch(
        *argv: str, module: str = "bot.cli", env: dict[str, str] | None = None
    ) -> BotProcess:
        inherited = {k: v for k, v in os.environ.items() if not k.startswith("SHOWBOT_")}
        own = {"FAKE_DISCORD_URL": fake.url, "DISCORD_TOKEN": fake.token, "PYTHONUNBUFFERED": "1",
               "SHOWBOT_STATE_DIR": str(log_dir / "state")}  # fmt: skip
        environment = inherited | own | (env or {})
        log_path = log_dir / f"bot-{len(bots)}.log"
        with log_path.open("wb") as log:
            process = await asyncio.create_subprocess_exec(
                sys.executable, str(LAUNCHER), "--module", module, "--", *argv,
                cwd=REPO_ROOT, env=environment, stdout=log, stderr=subprocess.STDOUT,
            )  # fmt: skip
        bots.append(BotProcess(process, log_path))
        return bots[-1]

    try:
        yield launch
    finally:
        for bot in bots:
            await bot.stop()
            print(
                f"--- {bot.log_path.name} (exit {bot.process.returncode}) ---\n{bot.log()[-6000:]}"
            )


@pytest.fixture
async def launch_bot(fake: FakeDiscord, tmp_path: Path) -> AsyncIterator[LaunchBot]:
    """``await launch_bot(*argv, module="bot.cli", env={...})`` starts ``module.main(argv)``
    against ``fake`` with ``DISCORD_TOKEN`` set to the fake's token (override it in ``env``).
    Inherited ``SHOWBOT_*`` variables are dropped so the environment is the test's alone, and
    the state (sync hashes, the start cache) is kept in the test's own folder."""
    async with bot_launcher(fake, tmp_path) as launch:
        yield launch
