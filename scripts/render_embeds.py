"""Regenerate the README's pictures from the real messages the bot sends.

    python -m scripts.render_embeds [--out docs/images]

Starts the fake Discord of the end-to-end tests (tests/e2e), runs the real `showbot run` against
it on the bundled knowledge base, plays each scene (a member asks something), takes the message
the fake received, and draws it with scripts/embed_svg.py. Nothing touches the network.

To add a picture, add a `Scene` to `SCENES`. The announcement picture is the next one: when the
follows feature sends announcements, add a scene whose `play` follows a show, changes its
status, reloads, and returns the announcement the fake received in the channel
(`fake.bot_messages()[-1]`); the README already has a place for it.
"""

from __future__ import annotations

import argparse
import asyncio
import logging
import sys
import tempfile
from collections.abc import Awaitable, Callable
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from scripts.embed_svg import render_message
from tests.e2e.conftest import REPO_ROOT, bot_launcher
from tests.e2e.fake_discord import FakeDiscord

log = logging.getLogger("render_embeds")
STARTUP = 60.0


@dataclass(frozen=True)
class Scene:
    """One picture: its file name, the line Discord shows above the reply, and what to do."""

    name: str
    command: str
    play: Callable[[FakeDiscord], Awaitable[dict[str, Any]]]


def ask(question: str) -> Callable[[FakeDiscord], Awaitable[dict[str, Any]]]:
    async def play(fake: FakeDiscord) -> dict[str, Any]:
        interaction = await fake.send_slash("ask", {"question": question})
        return await fake.wait_for_interaction_reply(interaction, timeout=15)

    return play


SCENES = (
    Scene(
        "answer",
        "member used /ask question: will there be a season 2 of the imperfects",
        ask("will there be a season 2 of the imperfects"),
    ),
    Scene(
        "did-you-mean",
        "member used /ask question: will there be a season 2 of kobra ki",
        ask("will there be a season 2 of kobra ki"),
    ),
    # Scene("announcement", ...): see the module's docstring.
)


async def render_all(scenes: tuple[Scene, ...] = SCENES) -> dict[str, str]:
    """Run the bot against a fake Discord, play every scene: each scene's name and picture."""
    pictures = {}
    with tempfile.TemporaryDirectory(prefix="showbot-render-") as tmp:
        async with FakeDiscord() as fake, bot_launcher(fake, Path(tmp)) as launch:
            env = {"SHOWBOT_GUILD_ID": str(fake.guild_id)}
            await launch("run", "--knowledge", str(REPO_ROOT / "knowledge"), env=env)
            await fake.wait_until_connected(timeout=STARTUP)
            for scene in scenes:
                message = await scene.play(fake)
                pictures[scene.name] = render_message(message, command=scene.command)
            fake.assert_clean()
    return pictures


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--out", type=Path, default=REPO_ROOT / "docs" / "images")
    args = parser.parse_args(argv)
    logging.basicConfig(level=logging.INFO, format="%(message)s")
    pictures = asyncio.run(render_all())
    args.out.mkdir(parents=True, exist_ok=True)
    for name, svg in pictures.items():
        target = args.out / f"{name}.svg"
        target.write_text(svg, encoding="utf-8")
        log.info("wrote %s", target)
    return 0


if __name__ == "__main__":
    sys.exit(main())
