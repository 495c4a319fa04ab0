"""Deployment files: the Dockerfile, compose.yaml, the systemd unit and the container's health
check. The Dockerfile's build steps themselves run in a fresh venv in CI
(`python -m scripts.check_dockerfile`, which needs the package index); here the plan it reads."""

from __future__ import annotations

import asyncio
import re
import socket
from collections.abc import AsyncIterator

import pytest
import yaml
from aiohttp import web

from bot.healthcheck import check
from scripts.check_dockerfile import REPO_ROOT, read_plan

DOCKERFILE = REPO_ROOT / "Dockerfile"


def instructions() -> list[str]:
    """The Dockerfile's instructions, continuation lines joined."""
    text = re.sub(r"\\\n\s*", " ", DOCKERFILE.read_text(encoding="utf-8"))
    return [line.strip() for line in text.splitlines() if line.strip() and line[0] != "#"]


def test_the_build_steps_install_the_package_and_check_the_base() -> None:
    plan = read_plan(DOCKERFILE)
    assert plan.steps == ["pip install .", "showbot check"]
    sources = {source for source, _ in plan.copies}
    assert {"pyproject.toml", "README.md", "bot", "knowledge"} <= sources, "what pip needs"


def test_the_image_is_slim_python_311_and_runs_as_a_user() -> None:
    lines = instructions()
    assert lines[0] == "FROM python:3.11-slim"
    users = [line for line in lines if line.startswith("USER ")]
    assert users, "a USER instruction"
    assert users[-1] not in ("USER root", "USER 0")
    assert lines.index(users[-1]) < lines.index('CMD ["showbot", "run"]')


def test_knowledge_and_state_are_volumes_the_settings_point_at() -> None:
    lines = instructions()
    assert 'VOLUME ["/knowledge", "/state"]' in lines
    env = " ".join(line for line in lines if line.startswith("ENV "))
    assert "SHOWBOT_KNOWLEDGE=/knowledge" in env
    assert "SHOWBOT_STATE_DIR=/state" in env
    assert "SHOWBOT_HEALTH_PORT=8080" in env


def test_the_health_check_asks_the_health_endpoint() -> None:
    (healthcheck,) = [line for line in instructions() if line.startswith("HEALTHCHECK ")]
    assert healthcheck.endswith('CMD ["python", "-m", "bot.healthcheck"]')


def test_compose_runs_the_bot_beside_postgresql_and_passes_the_database_url() -> None:
    compose = yaml.safe_load((REPO_ROOT / "compose.yaml").read_text(encoding="utf-8"))
    bot, db = compose["services"]["showbot"], compose["services"]["db"]
    assert db["image"].startswith("postgres:")
    assert "@db:5432/" in bot["environment"]["SHOWBOT_DATABASE_URL"]
    assert bot["environment"]["DISCORD_TOKEN"].startswith("${DISCORD_TOKEN:?")
    assert any(volume.endswith(":/state") for volume in bot["volumes"])
    assert any(":/knowledge" in volume for volume in bot["volumes"])
    assert bot["depends_on"]["db"]["condition"] == "service_healthy"


def test_the_systemd_unit_runs_the_bot_and_does_not_loop_on_a_setup_error() -> None:
    unit = (REPO_ROOT / "deploy" / "showbot.service").read_text(encoding="utf-8")
    assert re.search(r"^ExecStart=\S+/showbot run$", unit, re.M)
    assert re.search(r"^User=showbot$", unit, re.M)
    assert re.search(r"^RestartPreventExitStatus=2$", unit, re.M)
    assert "/work/" not in unit


# -- python -m bot.healthcheck ------------------------------------------------------------------


@pytest.fixture
async def health_server() -> AsyncIterator[tuple[int, list[int]]]:
    """A stand-in /health whose status the test sets (the real one is tested end to end)."""
    status = [200]

    async def health(request: web.Request) -> web.Response:
        return web.json_response({"status": "test"}, status=status[0])

    app = web.Application()
    app.router.add_get("/health", health)
    runner = web.AppRunner(app)
    await runner.setup()
    await web.TCPSite(runner, "127.0.0.1", 0).start()
    yield runner.addresses[0][1], status
    await runner.cleanup()


async def test_the_health_check_passes_on_200_and_fails_on_503(
    health_server: tuple[int, list[int]],
) -> None:
    port, status = health_server
    healthy, said = await asyncio.to_thread(check, port)
    assert healthy, said
    status[0] = 503
    healthy, said = await asyncio.to_thread(check, port)
    assert not healthy
    assert said.endswith('/health: 503 {"status": "test"}')


def test_the_health_check_fails_when_nothing_listens() -> None:
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        port = probe.getsockname()[1]
    healthy, said = check(port)
    assert not healthy
    assert "refused" in said.lower()
