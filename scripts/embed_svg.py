"""Draw a Discord message (the JSON the bot sent) as an SVG picture, in Discord's dark theme.

Small on purpose: enough of Discord's layout (the author line, embeds with their colour bar,
title, description, inline fields and footer, buttons, the "only you can see this" note of an
ephemeral reply) for the README to show what the bot really sends. No dependency: text is
wrapped by an estimate of its width, so lines may break a little differently than in Discord.
"""

from __future__ import annotations

import datetime as dt
import re
import textwrap
from collections.abc import Mapping
from dataclasses import dataclass, field
from typing import Any
from xml.sax.saxutils import escape

WIDTH = 600
EMBED_X, EMBED_WIDTH = 72, 500
FONT = "'gg sans', 'Noto Sans', 'Helvetica Neue', Helvetica, Arial, sans-serif"
BACKGROUND, EMBED_BACKGROUND, BUTTON = "#313338", "#2b2d31", "#4e5058"
TEXT, MUTED, LINK, BLURPLE = "#dbdee1", "#949ba4", "#00a8fc", "#5865f2"
EPHEMERAL = 1 << 6

_TIMESTAMP = re.compile(r"<t:(-?\d+)(?::([tTdDfFR]))?>")
_ROLE = re.compile(r"<@&(\d+)>")
_LINK = re.compile(r"\[([^\]]+)\]\([^)]+\)")
_EMPHASIS = re.compile(r"(\*\*|__|\*|_|~~|\|\||`)")
_KEPT = 0xE000  # an escaped mark is parked in the private use area while emphasis is removed


def plain(markdown: str) -> str:
    """What Discord shows for the markdown the bot sends: timestamps as dates (`:D` is the long
    date, as in an English client), links as their text, no emphasis marks or escapes."""
    text = _TIMESTAMP.sub(lambda m: _date(int(m[1])), markdown)
    text = _LINK.sub(r"\1", text)
    text = re.sub(r"\\([\\*_`~|>#\-\[\]()])", lambda m: chr(_KEPT + ord(m[1])), text)
    text = _EMPHASIS.sub("", text)
    return re.sub("[\ue000-\ue0ff]", lambda m: chr(ord(m[0]) - _KEPT), text)


def _date(seconds: int) -> str:
    day = dt.datetime.fromtimestamp(seconds, tz=dt.UTC)
    return f"{day:%B} {day.day}, {day.year}"


def wrap(text: str, width_px: float, size: float) -> list[str]:
    """Lines of at most `width_px` at font `size`, estimating a character at 0.53 em."""
    per_line = max(8, int(width_px / (size * 0.53)))
    lines: list[str] = []
    for paragraph in text.split("\n"):
        lines += textwrap.wrap(paragraph, per_line) or [""]
    return lines


@dataclass
class _Canvas:
    parts: list[str] = field(default_factory=list)
    y: float = 0.0

    def text(self, x: float, text: str, *, size: float = 14, color: str = TEXT,
             bold: bool = False) -> None:  # fmt: skip
        weight = ' font-weight="600"' if bold else ""
        self.parts.append(
            f'<text x="{x:g}" y="{self.y:g}" font-size="{size:g}" fill="{color}"{weight}>'
            f"{escape(text)}</text>"
        )

    def rect(self, x: float, y: float, width: float, height: float, color: str,
             radius: float = 0) -> None:  # fmt: skip
        self.parts.append(
            f'<rect x="{x:g}" y="{y:g}" width="{width:g}" height="{height:g}" '
            f'rx="{radius:g}" fill="{color}"/>'
        )


def render_message(message: dict[str, Any], *, author: str = "showbot",
                   command: str | None = None,
                   roles: Mapping[int, str] | None = None) -> str:  # fmt: skip
    """One message as a standalone SVG document. `command` ("member used /ask") is the line
    Discord shows above a reply to a slash command; a role mention in the content is shown as
    Discord shows it, `@` and the role's name from `roles`."""
    canvas = _Canvas(y=16)
    if command:
        canvas.y += 10
        canvas.text(EMBED_X, command, size=13, color=MUTED)
        canvas.y += 10
    top = canvas.y
    canvas.parts.append(f'<circle cx="36" cy="{top + 20:g}" r="20" fill="{BLURPLE}"/>')
    canvas.y = top + 16
    canvas.text(EMBED_X, author, size=16, color="#ffffff", bold=True)
    tag_x = EMBED_X + len(author) * 10 + 10
    canvas.rect(tag_x, top + 3, 32, 16, BLURPLE, radius=3)
    canvas.y = top + 15
    canvas.text(tag_x + 5, "APP", size=10, color="#ffffff", bold=True)
    canvas.y = top + 26
    if message.get("content"):
        content = _ROLE.sub(
            lambda m: "@" + (roles or {}).get(int(m[1]), "role"), message["content"]
        )
        for line in wrap(plain(content), EMBED_WIDTH, 14):
            canvas.y += 20
            canvas.text(EMBED_X, line)
    for embed in message.get("embeds", []):
        canvas.y += 8
        _embed(canvas, embed)
    _buttons(canvas, message.get("components", []))
    if message.get("flags", 0) & EPHEMERAL:
        canvas.y += 22
        canvas.text(EMBED_X, "Only you can see this · Dismiss message", size=12, color=MUTED)
    height = canvas.y + 18
    return (
        f'<svg xmlns="http://www.w3.org/2000/svg" width="{WIDTH}" height="{height:g}" '
        f'viewBox="0 0 {WIDTH} {height:g}" font-family="{FONT}">\n'
        f'<rect width="100%" height="100%" fill="{BACKGROUND}"/>\n'
        + "\n".join(canvas.parts)
        + "\n</svg>\n"
    )


def _embed(canvas: _Canvas, embed: dict[str, Any]) -> None:
    inner_x, inner_width = EMBED_X + 16, EMBED_WIDTH - 32
    start = len(canvas.parts)
    top = canvas.y
    canvas.y += 10
    if embed.get("title"):
        for line in wrap(plain(embed["title"]), inner_width, 16):
            canvas.y += 22
            canvas.text(inner_x, line, size=16, color=LINK if embed.get("url") else "#ffffff",
                        bold=True)  # fmt: skip
    if embed.get("description"):
        canvas.y += 4
        for line in wrap(plain(embed["description"]), inner_width, 14):
            canvas.y += 19
            canvas.text(inner_x, line)
    _fields(canvas, embed.get("fields", []), inner_x, inner_width)
    if (embed.get("footer") or {}).get("text"):
        canvas.y += 8
        for line in wrap(plain(embed["footer"]["text"]), inner_width, 12):
            canvas.y += 17
            canvas.text(inner_x, line, size=12, color=MUTED)
    canvas.y += 14
    height = canvas.y - top
    colour = f"#{embed.get('color', 0x1E1F22):06x}"
    box = _Canvas()
    box.rect(EMBED_X, top, EMBED_WIDTH, height, EMBED_BACKGROUND, radius=4)
    box.rect(EMBED_X, top, 4, height, colour, radius=2)
    canvas.parts[start:start] = box.parts  # behind the text


def _fields(canvas: _Canvas, fields: list[dict[str, Any]], x: float, width: float) -> None:
    """Inline fields three to a row, the others on their own row, as Discord lays them out."""
    rows: list[list[dict[str, Any]]] = []
    for item in fields:
        if item.get("inline") and rows and len(rows[-1]) < 3 and rows[-1][0].get("inline"):
            rows[-1].append(item)
        else:
            rows.append([item])
    for row in rows:
        column = width / 3 if row[0].get("inline") else width
        top = canvas.y + 8
        bottom = top
        for index, item in enumerate(row):
            canvas.y = top
            left = x + index * column
            for line in wrap(plain(item["name"]), column - 16, 13):
                canvas.y += 18
                canvas.text(left, line, size=13, color="#ffffff", bold=True)
            for line in wrap(plain(item["value"]), column - 16, 13):
                canvas.y += 18
                canvas.text(left, line, size=13)
            bottom = max(bottom, canvas.y)
        canvas.y = bottom


def _buttons(canvas: _Canvas, rows: list[dict[str, Any]]) -> None:
    for row in rows:
        x, top = float(EMBED_X), canvas.y + 8
        for button in row.get("components", []):
            if button.get("type") != 2:
                continue
            label = plain(button.get("label") or "")
            width = len(label) * 7.6 + 32
            canvas.rect(x, top, width, 32, BUTTON, radius=4)
            canvas.y = top + 21
            canvas.text(x + 16, label, size=14, color="#ffffff", bold=True)
            x += width + 8
        canvas.y = top + 32
