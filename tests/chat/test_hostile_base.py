"""Every answer of a hostile base, rendered as the bot would send it, is a message Discord
accepts (checked against Discord's OpenAPI description and its documented limits), shows
knowledge as written and pings nobody."""

from __future__ import annotations

import json
import re
from collections.abc import Iterator
from typing import Any

import pytest

from bot.chat import limits
from bot.chat.cogs.ask import autocomplete_choices
from bot.chat.embeds import discord_date
from bot.chat.replies import NO_PINGS, Reply, reply_for
from bot.chat.text import escape
from bot.core.answers import Answer
from bot.core.engine import Engine, help_answer
from bot.core.questions import Topic
from tests.e2e.openapi_check import validate_body

from .conftest import HOSTILE_SHOWS, KEVIN, MASH, PERSON, twin
from .test_text import rendered, unescaped_markdown

SEASONS = (None, 1, 2, 60, 61, 62, 10_000)
QUESTIONS = (
    "is hostile one or hostile two or hostile three coming back",
    "why were hostile one and hostile two canceled",
    "who is in hostile one",
    "what is jo hostile doing now",
    f"is {twin('ABC').title} coming back",
    "is hostle one coming back",
    "is zorblax coming back",
    "tell me about mash",
    "is kevin can f**k himself canceled",
    "is @everyone **bold** <@123456789012345678> coming back",
    "nice one bot",
)
EPHEMERAL = 64


def every_answer(engine: Engine) -> Iterator[Answer]:
    """Each show for each topic and season (slash commands and buttons), free questions
    (mentions and /ask), the help text."""
    for show in HOSTILE_SHOWS:
        for topic in Topic:
            for season in SEASONS:
                yield engine.answer_for(show.id, topic, season, fmt=discord_date)
        for topic in (Topic.STATUS, Topic.CARD):
            yield engine.answer_about(show.title, topic, fmt=discord_date)
    for question in QUESTIONS:
        yield engine.ask(question, fmt=discord_date)
    yield help_answer(engine.snapshot)


def interaction_reply(reply: Reply) -> dict[str, Any]:
    """The callback body discord.py sends for `send_reply`."""
    data: dict[str, Any] = {
        "embeds": [embed.to_dict() for embed in reply.embeds],
        "allowed_mentions": NO_PINGS.to_dict(),
        "flags": EPHEMERAL if reply.ephemeral else 0,
    }
    if reply.view is not None:
        data["components"] = reply.view.to_components()
    return {"type": 4, "data": data}


def channel_reply(reply: Reply) -> dict[str, Any]:
    """The body discord.py sends for a mention's reply."""
    body = interaction_reply(reply)["data"]
    del body["flags"]
    return body | {"message_reference": {"message_id": "1", "fail_if_not_exists": False}}


def shown_texts(reply: Reply) -> Iterator[str]:
    """Every part of the embeds where Discord renders markdown and mentions."""
    for embed in reply.embeds:
        yield from (embed.title or "", embed.description or "")
        for field in embed.fields:
            yield from (field.name or "", field.value or "")


@pytest.fixture(scope="module")
def replies(hostile_engine: Engine) -> list[tuple[Answer, Reply]]:
    return [(answer, reply_for(answer)) for answer in every_answer(hostile_engine)]


def test_every_reply_is_a_message_discord_accepts(replies: list[tuple[Answer, Reply]]) -> None:
    assert len(replies) > 1000
    bodies: dict[str, tuple[str, Reply]] = {}
    for answer, reply in replies:  # many answers are alike: each different body checked once
        where = f"{answer.topic} {answer.season} {answer.title and answer.title[:20]!r}"
        bodies.setdefault(json.dumps(interaction_reply(reply), sort_keys=True), (where, reply))
    assert len(bodies) > 200
    for where, reply in bodies.values():
        callback = interaction_reply(reply)
        assert validate_body("POST", "/interactions/1/token/callback", callback) == [], where
        assert validate_body("POST", "/channels/1/messages", channel_reply(reply)) == [], where


def test_the_hostile_answers_did_need_fitting(replies: list[tuple[Answer, Reply]]) -> None:
    """The base is hostile enough: without fitting, Discord would refuse its answers."""
    totals = [sum(len(e) for e in reply.embeds) for _, reply in replies]
    assert max(totals) > limits.EMBED_TOTAL * 0.8
    raw = [len(answer.full_text) for answer, _ in replies]
    assert max(raw) > limits.EMBED_TOTAL * 10
    assert sum(len(reply.embeds) == 3 for _, reply in replies) >= 1, "a three-show answer"
    assert any(reply.view is not None for _, reply in replies), "a which-one answer"


def test_no_knowledge_text_formats_or_pings(replies: list[tuple[Answer, Reply]]) -> None:
    for _, reply in replies:
        for text in shown_texts(reply):
            assert unescaped_markdown(text) == [], text[:200]
            assert not re.search(r"@(everyone|here)|<@[!&]?\d", text), text[:200]
        embed_dicts = [embed.to_dict() for embed in reply.embeds]
        assert all(len(e.get("url", "")) <= limits.URL for e in embed_dicts)


def test_real_titles_show_as_written(hostile_engine: Engine) -> None:
    for show in (MASH, KEVIN):
        [embed] = reply_for(hostile_engine.answer_for(show.id, Topic.CARD, fmt=discord_date)).embeds
        assert rendered(embed.title or "") == show.title
        assert show.title in rendered(embed.description or "")
    [embed] = reply_for(hostile_engine.ask("what is jo hostile doing now")).embeds
    assert rendered(embed.title or "") == PERSON


def test_a_cut_answer_ends_readably(replies: list[tuple[Answer, Reply]]) -> None:
    """A cut answer text ends with "…" after a whole sentence or a whole word."""
    cut = 0
    for answer, reply in replies:
        answered = (answer, *answer.also) if answer.found else (answer,)
        for about, embed in zip(answered, reply.embeds, strict=True):
            shown, full = embed.description or "", escape(about.text)
            if shown == full:
                continue
            cut += 1
            kept = shown.removesuffix("…").rstrip()
            assert shown.endswith("…"), shown[-80:]
            assert full.startswith(kept), shown[-80:]
            rest = full[len(kept) :]
            assert re.match(r"[,;:\-–—(\[{/\\]*\s", rest), f"cut inside a word: {shown[-80:]}"
    assert cut > 100


def test_which_one_buttons_stay_apart_within_their_limits(hostile_engine: Engine) -> None:
    reply = reply_for(hostile_engine.ask(f"is {twin('ABC').title} coming back"))
    assert reply.ephemeral
    assert reply.view is not None
    [row] = reply.view.to_components()
    buttons = row["components"]
    labels = [button["label"] for button in buttons]
    assert len(labels) == 2
    assert all(len(label) <= limits.BUTTON_LABEL for label in labels)
    assert all(len(button["custom_id"]) <= limits.CUSTOM_ID for button in buttons)


@pytest.mark.parametrize("typed", ["", "hostile", "m*a*s*h", "twin peaks", "@everyone"])
def test_autocomplete_choices_are_ones_discord_accepts(hostile_engine: Engine, typed: str) -> None:
    choices = autocomplete_choices(hostile_engine.autocomplete(typed))
    body = {"type": 8, "data": {"choices": [choice.to_dict() for choice in choices]}}
    assert validate_body("POST", "/interactions/1/token/callback", body) == []
    assert all(1 <= len(c.name) <= limits.CHOICE_NAME for c in choices)
    assert all(len(c.value) <= limits.CHOICE_VALUE for c in choices)
