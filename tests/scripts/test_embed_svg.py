"""The README's pictures: a Discord message drawn as SVG (scripts/embed_svg.py), and drawn from
what the real bot sends to the fake Discord (scripts/render_embeds.py)."""

from __future__ import annotations

import xml.etree.ElementTree as ET
from typing import Any

from scripts.embed_svg import plain, render_message, wrap
from scripts.render_embeds import REPO_ROOT, SCENES, render_all

SVG = "{http://www.w3.org/2000/svg}"


def texts(svg: str) -> list[str]:
    return [node.text or "" for node in ET.fromstring(svg).iter(f"{SVG}text")]


def test_markdown_is_shown_as_discord_shows_it() -> None:
    assert plain("on <t:1667908800:D>") == "on November 8, 2022"
    assert plain("**M\\*A\\*S\\*H** by [CBS](https://cbs.com)") == "M*A*S*H by CBS"


def test_long_text_is_wrapped_to_the_width() -> None:
    lines = wrap("word " * 100, 300, 14)
    assert len(lines) > 3
    assert all(len(line) <= 300 / (14 * 0.53) for line in lines)


def test_an_embed_is_drawn_with_its_parts_in_order() -> None:
    message: dict[str, Any] = {
        "content": "",
        "flags": 0,
        "embeds": [{
            "title": "The <Imperfects> & co", "url": "https://example.com", "color": 0x5865F2,
            "description": "No: canceled.",
            "fields": [{"name": "Network", "value": "Netflix", "inline": True}],
            "footer": {"text": "As of 2024-01-13"},
        }],
    }  # fmt: skip
    svg = render_message(message, command="member used /ask")
    shown = texts(svg)  # parses: the title's < and & are escaped
    assert shown == [
        "member used /ask", "showbot", "APP", "The <Imperfects> & co", "No: canceled.",
        "Network", "Netflix", "As of 2024-01-13",
    ]  # fmt: skip
    assert 'fill="#5865f2"' in svg
    assert "Only you can see this" not in svg


def test_an_ephemeral_reply_with_buttons_says_only_you_can_see_it() -> None:
    message = {
        "flags": 64,
        "embeds": [{"description": "Did you mean Cobra Kai?"}],
        "components": [{"type": 1, "components": [{"type": 2, "label": "Cobra Kai"}]}],
    }
    shown = texts(render_message(message))
    assert shown[-2:] == ["Cobra Kai", "Only you can see this · Dismiss message"]


async def test_the_pictures_are_drawn_from_what_the_bot_sends() -> None:
    pictures = await render_all()
    assert list(pictures) == [scene.name for scene in SCENES]
    answer = texts(pictures["answer"])
    assert "The Imperfects" in answer
    assert any(line.startswith("No: Netflix canceled") for line in answer)
    did_you_mean = texts(pictures["did-you-mean"])
    assert "Cobra Kai" in did_you_mean
    assert did_you_mean[-1] == "Only you can see this · Dismiss message"
    announcement = texts(pictures["announcement"])
    assert announcement[:4] == ["showbot", "APP", "@Fans", "Night Harbor"], "a post, no command"
    assert any("2031" in line for line in announcement), "the release date set"


def test_a_role_mention_shows_the_role_name() -> None:
    message = {"content": "<@&77> news", "embeds": []}
    assert texts(render_message(message, roles={77: "Fans"}))[-1] == "@Fans news"
    assert texts(render_message(message))[-1] == "@role news"


def test_the_readme_shows_the_committed_pictures() -> None:
    readme = (REPO_ROOT / "README.md").read_text(encoding="utf-8")
    for scene in SCENES:
        assert f"docs/images/{scene.name}.svg" in readme
        assert (REPO_ROOT / "docs" / "images" / f"{scene.name}.svg").is_file()
