"""How an answer is sent: public embeds, or an ephemeral notice with "Did you mean" buttons
that carry the question in their custom_id."""

from __future__ import annotations

import dataclasses
from typing import Any

import discord
import pytest

from bot.chat import limits
from bot.chat.embeds import discord_date
from bot.chat.replies import PickShow, button_label, reply_for, suggestions_view
from bot.core.answers import Answer, Suggestion
from bot.core.engine import Engine
from bot.core.questions import Topic

NO_INTERACTION: Any = None
"""Reading a button's custom_id needs no interaction."""


def buttons(view: discord.ui.View | None) -> list[PickShow]:
    assert view is not None
    return [item for item in view.children if isinstance(item, PickShow)]


def custom_ids(answer: Answer) -> list[str]:
    return [button.item.custom_id or "" for button in buttons(suggestions_view(answer))]


def test_an_answer_is_public_with_one_embed_per_show(bundled_engine: Engine) -> None:
    answer = bundled_engine.ask("is the imperfects or the order coming back", fmt=discord_date)
    reply = reply_for(answer)
    assert not reply.ephemeral
    assert reply.view is None
    assert [e.title for e in reply.embeds] == ["The Imperfects", "The Order"]


def test_a_listed_title_asked_back_gets_its_buttons_on_the_public_answer(
    bundled_engine: Engine,
) -> None:
    answer = bundled_engine.ask("is the imperfects coming back")
    asked_back = Answer(
        Topic.STATUS,
        "Which one do you mean: Lab Rats (Disney XD) or Lab Rats (BBC Two)?",
        suggestions=(Suggestion("lab-rats-us", "Lab Rats (Disney XD)"), Suggestion("x", "X")),
        ambiguous=True,
    )
    reply = reply_for(dataclasses.replace(answer, also=(asked_back,)))

    assert not reply.ephemeral
    assert len(reply.embeds) == 2
    assert [b.item.custom_id for b in buttons(reply.view)] == [
        "showbot:pick:status::lab-rats-us",
        "showbot:pick:status::x",
    ]


def test_an_unknown_show_is_an_ephemeral_notice_without_buttons(bundled_engine: Engine) -> None:
    reply = reply_for(bundled_engine.ask("is zorblax chronicles coming back"))
    assert reply.ephemeral
    assert reply.view is None
    assert "don't know" in (reply.embeds[0].description or "")


def test_a_near_miss_offers_a_button_that_asks_the_same_question(bundled_engine: Engine) -> None:
    answer = bundled_engine.ask("will there be a season 2 of kobra ki")
    reply = reply_for(answer)
    assert reply.ephemeral
    assert custom_ids(answer) == ["showbot:pick:status:2:cobra-kai"]
    [button] = buttons(reply.view)
    assert button.item.label == "Cobra Kai"


def test_a_person_or_help_question_picks_a_shows_status() -> None:
    answer = Answer(Topic.PERSON, "Which one?", suggestions=(Suggestion("a", "A"),), ambiguous=True)
    assert custom_ids(answer) == ["showbot:pick:status::a"]


def test_at_most_one_row_of_buttons() -> None:
    suggestions = tuple(Suggestion(f"show-{i}", f"Show {i}") for i in range(9))
    answer = Answer(Topic.STATUS, "Which one?", suggestions=suggestions, ambiguous=True)
    assert len(custom_ids(answer)) == limits.BUTTONS_PER_ROW


def test_a_show_whose_button_cannot_carry_it_is_left_out() -> None:
    suggestions = (Suggestion("x" * 90, "Long id"), Suggestion("short", "Short"))
    answer = Answer(Topic.STATUS, "Which one?", suggestions=suggestions, ambiguous=True)
    assert custom_ids(answer) == ["showbot:pick:status::short"]


def test_a_button_label_fits_and_keeps_what_tells_shows_apart() -> None:
    label = "The Extraordinarily Long Title of a Show Nobody Can Remember Properly (BBC Two, 2001)"
    assert button_label(Suggestion("x", label)) == (
        "The Extraordinarily Long Title of a Show Nobody Can Remember… (BBC Two, 2001)"
    )
    assert len(button_label(Suggestion("x", label))) <= limits.BUTTON_LABEL
    assert button_label(Suggestion("the-id", " \n ")) == "the-id"


@pytest.mark.parametrize(
    ("custom_id", "topic", "season", "show"),
    [
        ("showbot:pick:release:2:one-piece-2023", Topic.RELEASE, 2, "one-piece-2023"),
        ("showbot:pick:cast::the-imperfects", Topic.CAST, None, "the-imperfects"),
        ("showbot:pick:info::cobra-kai", Topic.CARD, None, "cobra-kai"),
        ("showbot:pick:retired_topic::cobra-kai", Topic.STATUS, None, "cobra-kai"),
    ],
    ids=["season", "no season", "old intent", "unknown topic"],
)
async def test_a_button_pressed_after_a_restart_is_understood(
    custom_id: str, topic: Topic, season: int | None, show: str
) -> None:
    """The question lives in the custom_id, so a button of any age keeps working."""
    template = PickShow(Topic.STATUS, None, "any", "Any").template
    match = template.fullmatch(custom_id)
    assert match is not None
    pressed: discord.ui.Button[discord.ui.View] = discord.ui.Button(
        label="Label", custom_id=custom_id
    )
    item = await PickShow.from_custom_id(NO_INTERACTION, pressed, match)
    assert (item.topic, item.season, item.show_id) == (topic, season, show)
    assert item.item.label == "Label"
