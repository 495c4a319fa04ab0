"""The whole picture: "tell me about X", the reasons behind a decision, key facts."""

from __future__ import annotations

from bot.core.answers import Context
from bot.core.answers.card import key_facts
from bot.core.models import Season, Status
from bot.core.questions import Topic
from tests.core.answers.conftest import Ask, D, make


def test_the_card_gathers_the_facts(ask: Ask) -> None:
    show = make(
        Status.CANCELED,
        network="Netflix",
        premiered=D(2022, 9, 8),
        summary="Three teens become monsters.",
        creators=("Ann", "Bob"),
        reception=(("imdb", "6.1"), ("rotten_tomatoes_audience", "79%")),
        viewership=("Third in its first week",),
        outlook=("A cure",),
    )

    result = ask(show, "tell me about show x")

    assert result.topic is Topic.CARD
    assert result.text.startswith(
        "Show X is a Netflix series that premiered on 2022-09-08. Three teens become monsters. "
        "Created by Ann and Bob."
    )
    assert "Reception: IMDb 6.1, Rotten Tomatoes audience 79%." in result.text
    assert "Viewership: Third in its first week." in result.text
    assert "A next season would have covered: A cure." in result.text


def test_reasons_are_listed_one_a_line(ask: Ask) -> None:
    show = make(Status.CANCELED, reasons=("Low ratings", "High cost"))

    assert ask(show, "why was it cancelled").text == (
        "Why HBO canceled Show X:\n- Low ratings\n- High cost"
    )


def test_reasons_that_are_unknown_fall_back_to_the_status(ask: Ask) -> None:
    assert ask(make(Status.CANCELED), "why was it cancelled").text == (
        "HBO canceled Show X. I don't have the reasons on file."
    )


def test_key_facts_use_the_date_formatter(today) -> None:
    ctx = Context(today=today, fmt=lambda d: f"<{d}>")
    show = make(
        Status.CANCELED,
        premiered=D(2022, 9, 8),
        status_date=D(2022, 11, 8),
        seasons=(Season(1, Status.ENDED, premiered=D(2022, 9, 8)),),
    )

    facts = {f.label: f.value for f in key_facts(show, ctx)}

    assert facts["Premiered"] == "<2022-09-08>"
    assert facts["Status"] == "Canceled (<2022-11-08>)"
