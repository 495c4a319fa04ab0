"""Text as Discord will show it: knowledge escaped so it renders as written, cut to fit a
limit where a reader can still follow it, and links Discord accepts.

Knowledge files are written by admins and imported from public data, so their text may hold
anything: real titles with markdown characters ("M*A*S*H", "Kevin Can F**k Himself"),
`@everyone`, a mention, a 3,000-character link. Discord would format, ping or refuse them.
"""

from __future__ import annotations

import re
import unicodedata
from urllib.parse import quote, urlsplit

from bot.chat import limits

ELLIPSIS = "…"

_BULLET = "- "
_LINK = re.compile(r"<[^: >]+:/[^ >]+>|(?:https?|steam)://[^\s<]+[^<.,:;\"'\]\s]")
"""A link Discord makes clickable (as discord.py's `escape_markdown` finds them)."""
_INLINE = re.compile(r"[\\*_~|`\[]")
"""Characters that format wherever they are; `[` opens a masked link `[text](url)`."""
_LINE_START = re.compile(r"^(\s*)([>#+-]|\d+\.(?=\s))", re.MULTILINE)
"""What formats at the start of a line: quote, heading, subtext, list item."""
_MENTION = re.compile(r"@(?=everyone|here|[!&]?\d)")
"""`@everyone`, `@here` and `<@id>`, `<@!id>`, `<@&id>`: a zero-width space after "@"
keeps them from pinging (with or without allowed_mentions) and from showing as mentions."""
_SENTENCE_END = re.compile(r"[.!?…][\"'”’)\]]*(?=\s)")
_DANGLING = ",;:-–—([{/\\"
_URL_KEEP = "!#$%&'()*+,-./:;=?@[]_~"
_BAD_PERCENT = re.compile(r"%(?![0-9A-Fa-f]{2})")


def escape(text: str) -> str:
    """`text` with Discord's markdown and mentions neutralised, so it shows as written.

    Links are left intact (Discord still makes them clickable), and so is the one piece of
    formatting the engine writes itself: a line that starts with "- " (a bulleted reason).
    Timestamps (`<t:...:D>`) hold no markdown character and pass through. (discord.py's
    `escape_markdown` is not enough: it leaves everything between two masked links as is.)
    """
    lines = []
    for line in text.split("\n"):
        bullet = line.startswith(_BULLET)
        body = _escape_line(line[len(_BULLET) :] if bullet else line)
        lines.append(_BULLET + body if bullet else body)
    return _MENTION.sub("@\u200b", "\n".join(lines))


def _escape_line(line: str) -> str:
    parts, start = [], 0
    for link in _LINK.finditer(line):
        parts += [_INLINE.sub(r"\\\g<0>", line[start : link.start()]), link.group()]
        start = link.end()
    parts.append(_INLINE.sub(r"\\\g<0>", line[start:]))
    return _LINE_START.sub(_escape_marker, "".join(parts), count=1)


def _escape_marker(match: re.Match[str]) -> str:
    indent, marker = match.groups()
    if marker[0].isdigit():
        return f"{indent}{marker[:-1]}\\."
    return f"{indent}\\{marker}"


def one_line(text: str) -> str:
    """Whitespace runs (newlines included) as single spaces: for labels and choice names."""
    return " ".join(text.split())


def shorten(text: str, limit: int) -> str:
    """`text` in at most `limit` characters. A cut ends with "…" after the last whole
    sentence that keeps at least half the room, else after the last whole word, and only
    when one word fills the room, inside it. Escapes are never split in two."""
    if len(text) <= limit:
        return text
    if limit <= 1:
        return ELLIPSIS[:limit]
    room = limit - 2  # the ellipsis, and a space before it after a whole sentence
    head = text[: room + 1]
    sentence_ends = [m.end() for m in _SENTENCE_END.finditer(head) if m.end() <= room]
    if sentence_ends and sentence_ends[-1] >= room // 2:
        return text[: sentence_ends[-1]] + " " + ELLIPSIS
    space = max(head.rfind(" "), head.rfind("\n"))
    if space >= room // 2:
        kept = text[:space].rstrip().rstrip(_DANGLING).rstrip()
        if kept:
            return _without_open_escape(kept) + ELLIPSIS
    return _without_open_escape(text[: limit - 1]) + ELLIPSIS


def shorten_label(label: str, limit: int) -> str:
    """A show's label ("Title (Network, 2020)") in `limit` characters, on one line. The
    title is cut before the part in brackets, which is what tells two shows apart."""
    label = one_line(label)
    head, bracket, tail = label.rpartition(" (")
    if len(label) <= limit or not (bracket and head and label.endswith(")")):
        return shorten(label, limit)
    if len(tail) + len(bracket) > limit // 2:
        return shorten(label, limit)
    return shorten(head, limit - len(bracket) - len(tail)) + bracket + tail


def _without_open_escape(text: str) -> str:
    """Drop a final backslash that would otherwise escape the ellipsis after it."""
    trailing = len(text) - len(text.rstrip("\\"))
    return text[:-1] if trailing % 2 else text


def safe_url(url: str | None) -> str | None:
    """`url` as a link Discord accepts (http or https, at most 2,048 characters, characters
    outside RFC 3986 percent-encoded), or None when it cannot be one: the answer then still
    names its source, without the link."""
    if not url:
        return None
    url = url.strip()
    if len(url) > limits.URL:  # encoding only lengthens it
        return None
    if any(char.isspace() or unicodedata.category(char).startswith("C") for char in url):
        return None
    try:
        parts = urlsplit(url)
        host = parts.hostname
    except ValueError:
        return None
    if parts.scheme.lower() not in ("http", "https") or not host:
        return None
    encoded = _BAD_PERCENT.sub("%25", quote(url, safe=_URL_KEEP))
    return encoded if len(encoded) <= limits.URL else None


def url_host(url: str | None) -> str | None:
    """The host a link points to ("deadline.com"), to name a source that has no title."""
    if not url:
        return None
    try:
        host = urlsplit(url.strip()).hostname
    except ValueError:
        return None
    return host.removeprefix("www.") if host else None
