"""The Answer value: freshness, the source it cites, and the `--json` contract."""

from __future__ import annotations

from bot.core.answers import Answer, Suggestion
from bot.core.models import Source, Status
from bot.core.questions import Intent, Topic
from tests.core.answers.conftest import Ask, D, aired, make
from tests.json_contract import JSON_KEYS


def test_an_answer_says_how_fresh_it_is_and_where_it_comes_from(ask: Ask) -> None:
    show = make(
        Status.CANCELED,
        updated=D(2024, 1, 13),
        sources=(Source(url="https://example.com", title="Deadline"),),
    )

    result = ask(show, "is it cancelled")

    assert result.freshness == "As of 2024-01-13, per Deadline."
    assert result.full_text == f"{result.text} (As of 2024-01-13, per Deadline.)"


def test_the_source_that_backs_the_fact_is_cited(ask: Ask) -> None:
    status = Source(title="Variety", published=D(2022, 11, 8), backs=("status",))
    reviews = Source(title="Rotten Tomatoes", published=D(2021, 1, 1), backs=("reception",))
    later = Source(title="A later piece", published=D(2024, 1, 1))
    show = make(Status.CANCELED, reception=(("imdb", "6.1"),), sources=(reviews, status, later))

    assert ask(show, "is it cancelled").source == status
    assert ask(show, "imdb rating").source == reviews
    assert ask(show, "who made it").source == later  # backed by none: the most recent


def test_an_answer_without_date_or_source_adds_nothing(ask: Ask) -> None:
    result = ask(make(Status.CANCELED), "is it cancelled")

    assert result.freshness is None
    assert result.full_text == result.text


def test_to_json_keeps_the_contract_and_adds_topic_verdict_and_shows(ask: Ask) -> None:
    show = make(Status.CANCELED, updated=D(2024, 1, 13), seasons=(aired(1, 2022),))

    data = ask(show, "is season 2 out yet").to_json()

    assert set(data) == JSON_KEYS
    assert data["show"] == "x"
    assert data["title"] == "Show X"
    assert data["intent"] == "release"
    assert data["topic"] == "release"
    assert data["verdict"] == "no"
    assert data["season"] == 2
    assert data["shows"] == ["x"]
    assert data["text"].endswith("(As of 2024-01-13.)")
    assert data["suggestions"] == []


def test_to_json_of_a_refusal_names_the_candidates() -> None:
    refusal = Answer(
        topic=Topic.STATUS,
        text="Which one?",
        suggestions=(Suggestion("office-us", "The Office (NBC)"), Suggestion("office-uk", "UK")),
        ambiguous=True,
    )

    assert refusal.intent is Intent.STATUS
    assert refusal.to_json() == {
        "show": None,
        "title": None,
        "intent": "status",
        "season": None,
        "text": "Which one?",
        "suggestions": ["office-us", "office-uk"],
        "topic": "status",
        "verdict": None,
        "shows": [],
    }
