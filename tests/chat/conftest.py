"""A hostile knowledge base for the Discord layer: every text too long for Discord, full of
markdown characters and mentions, links too long or not links at all, hundreds of cast
members and seasons. The shows are built as objects, so what the loader accepts today does
not limit what the renderer is tested with.
"""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest

from bot.core.engine import Engine
from bot.core.knowledge import build_snapshot
from bot.core.models import Credit, PartialDate, Season, Show, Source, Status, Work

MARKDOWN = (
    "Kevin Can F**k Himself and M*A*S*H, __init__ and `code`, ||spoiler||, ~~struck~~, "
    "a back\\slash, [a masked link](https://evil.example/login) "
)
PINGS = "@everyone @here <@123456789012345678> <@&234567890123456789> "
LINE_STARTS = "Line one.\n# not a heading\n> not a quote\n-# not small\n1. not a list\n- a dash"
TODAY = dt.date(2026, 11, 22)
HUGE_URL = "https://example.com/" + "very-long-path/" * 200  # 3,020 characters
PERSON = "Jo **Hostile**"
"""One person in the cast of every hostile show: a person answer lists them all."""


def sentences(length: int, tag: str) -> str:
    """`length` characters of real sentences, each with markdown and mentions."""
    sentence = f"{tag}: {MARKDOWN}{PINGS}and this sentence goes on. "
    return (sentence * (length // len(sentence) + 1))[:length].rstrip() + "."


def hostile_show(number: int) -> Show:
    def text(length: int, what: str) -> str:
        return sentences(length, f"{what} {number}")

    return Show(
        id=f"hostile-{number}",
        title=("M*A*S*H @everyone " * 20) + f"number {number}",
        aliases=(f"hostile {['zero', 'one', 'two', 'three'][number]}",),
        status=Status.CANCELED,
        network=text(1100, "network"),
        premiered=PartialDate(2001, 2, 3),
        finale=PartialDate(2009, 5),
        status_date=PartialDate(2010, 1, 2),
        status_note=text(2000, "note"),
        summary=text(5000, "summary"),
        genres=tuple(f"Genre **{i}**" for i in range(30)),
        seasons=(
            *(
                Season(
                    i, premiered=PartialDate(2001 + i % 9, 1, 1), episodes=10, note=text(500, "s")
                )
                for i in range(1, 61)
            ),
            Season(61, status=Status.CANCELED, note=text(900, "never made")),
        ),
        runtime=45,
        reasons=(LINE_STARTS, *(text(900, f"reason {i}") for i in range(30))),
        reception=tuple((f"site_{i}", text(200, "score")) for i in range(30)),
        viewership=tuple(text(900, "viewers") for _ in range(20)),
        outlook=tuple(text(900, "outlook") for _ in range(20)),
        creators=tuple(f"Creator {i} {'x' * 80}" for i in range(40)),
        companies=tuple(
            Credit(text(150, "company"), next=(Work(text(200, "work"), 2020, "HBO", "note"),))
            for _ in range(30)
        ),
        cast=(
            Credit(PERSON, role=text(120, "role"), next=(Work(text(300, "next"), 2024),)),
            *(
                Credit(f"Actor {number}-{i}", text(100, "role"), (Work(text(200, "w"), 2021),) * 3)
                for i in range(150)
            ),
        ),
        popularity=50,
        sources=(
            Source(HUGE_URL, text(2500, "source"), PartialDate(2024, 1, 1), ("status",)),
            Source("javascript:alert(1)", None, PartialDate(2024, 1, 2), ("release",)),
            Source("https://example.com/with a space", None, PartialDate(2024, 1, 3), ("cast",)),
        ),
        updated=PartialDate(2024, 1, 1),
    )


def twin(network: str) -> Show:
    """Two shows with one long title: the bot asks which one, with a button each."""
    return Show(
        id=f"twin-{network.lower()}",
        title="Twin **Peaks** " + "and more " * 30,
        status=Status.ENDED,
        network=network + " " + "@everyone " * 20,
        premiered=PartialDate(1990, 4, 8),
    )


MASH = Show(id="mash", title="M*A*S*H", status=Status.ENDED, network="CBS", popularity=90)
KEVIN = Show(
    id="kevin-can-f-k-himself",
    title="Kevin Can F**k Himself",
    status=Status.CANCELED,
    network="AMC",
    summary="A sitcom wife (Annie *Murphy*) plots against Kevin_Smith; see https://x.example/a_b_c.",
    popularity=70,
)

HOSTILE_SHOWS = (
    *(hostile_show(n) for n in (1, 2, 3)),
    twin("ABC"),
    twin("Showtime"),
    MASH,
    KEVIN,
)


@pytest.fixture(scope="session")
def hostile_engine() -> Engine:
    """Read-only for tests, like `bundled_engine`, on the same fixed clock."""
    return Engine(build_snapshot(Path("memory"), HOSTILE_SHOWS), clock=lambda: TODAY)
