"""Regenerate the README's pictures from the real messages the bot sends.

    python -m scripts.render_embeds [--out docs/images]

Starts the fake Discord of the end-to-end tests (tests/e2e), runs the real `showbot run` against
it on a copy of the bundled knowledge base (plus one made-up show, Night Harbor, whose facts the
announcement scene changes: no real show is told a made-up change), plays each scene (a member
asks something, or a show's followers are told of a change), takes the message the fake
received, and draws it with scripts/embed_svg.py. Nothing touches the network.

To add a picture, add a `Scene` to `SCENES`.
"""

from __future__ import annotations

import argparse
import asyncio
import logging
import shutil
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
class Stage:
    """Where a scene plays: the fake Discord, and the knowledge directory the bot reads."""

    fake: FakeDiscord
    knowledge: Path


Play = Callable[[Stage], Awaitable[dict[str, Any]]]


@dataclass(frozen=True)
class Scene:
    """One picture: its file name, the line Discord shows above the reply (none for a post),
    and what to do."""

    name: str
    command: str | None
    play: Play


def ask(question: str) -> Play:
    async def play(stage: Stage) -> dict[str, Any]:
        interaction = await stage.fake.send_slash("ask", {"question": question})
        return await stage.fake.wait_for_interaction_reply(interaction, timeout=15)

    return play


NIGHT_HARBOR = """\
id: night-harbor
title: Night Harbor
network: Test Network
premiered: 2023-03-01
status: renewed
seasons:
  - number: 1
    premiered: 2023-03-01
    episodes: 8
  - number: 2
    status: renewed
{release}sources: [{{title: "A made-up show, for the README's picture"}}]
updated: 2024-01-01
"""


async def announcement(stage: Stage) -> dict[str, Any]:
    """A member follows Night Harbor, an admin announces it in #news with a role, its season 2
    gets a release date, the base is reloaded: the post in #news."""
    fake = stage.fake
    for user, command, options in (
        (fake.member, "follow", {"show": "night-harbor"}),
        (fake.admin, "announce add", {"show": "night-harbor", "channel": fake.news_channel_id,
                                      "role": fake.fans_role.id}),
    ):  # fmt: skip
        interaction = await fake.send_slash(command, options, user=user)
        await fake.wait_for_interaction_reply(interaction, timeout=15)
    show_file = stage.knowledge / "shows" / "night-harbor.yaml"
    show_file.write_text(NIGHT_HARBOR.format(release="    release: 2031-05-01\n"), "utf-8")
    interaction = await fake.send_slash("knowledge reload", user=fake.admin)
    await fake.wait_for_interaction_reply(interaction, timeout=15)
    posts = lambda: fake.posts_in(fake.news_channel_id)  # noqa: E731
    await fake.wait_until(lambda: bool(posts()), 30, "the announcement in #news")
    return posts()[-1]


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
    Scene("announcement", None, announcement),
)


async def render_all(scenes: tuple[Scene, ...] = SCENES) -> dict[str, str]:
    """Run the bot against a fake Discord, play every scene: each scene's name and picture."""
    pictures = {}
    with tempfile.TemporaryDirectory(prefix="showbot-render-") as tmp:
        knowledge = Path(tmp) / "knowledge"
        shutil.copytree(REPO_ROOT / "knowledge", knowledge)
        show_file = knowledge / "shows" / "night-harbor.yaml"
        show_file.write_text(NIGHT_HARBOR.format(release=""), encoding="utf-8")
        async with FakeDiscord() as fake, bot_launcher(fake, Path(tmp)) as launch:
            env = {"SHOWBOT_GUILD_ID": str(fake.guild_id), "SHOWBOT_ANNOUNCE_PAUSE": "0"}
            await launch("run", "--knowledge", str(knowledge), env=env)
            await fake.wait_until_connected(timeout=STARTUP)
            roles = {role.id: role.name for role in fake.roles}
            for scene in scenes:
                message = await scene.play(Stage(fake, knowledge))
                pictures[scene.name] = render_message(message, command=scene.command, roles=roles)
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
