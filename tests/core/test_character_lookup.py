"""'who plays <character>' with no show named: the character settles the show, or the bot asks
which one (bot.core.character_lookup, through the engine)."""

from __future__ import annotations

from collections.abc import Callable

import pytest

from bot.core.engine import Engine
from bot.core.models import Credit, Show, Status
from bot.core.questions import Topic


def show(show_id: str, title: str, popularity: float, *cast: tuple[str, str]) -> Show:
    return Show(
        show_id,
        title,
        Status.ENDED,
        cast=tuple(Credit(actor, role) for actor, role in cast),
        popularity=popularity,
    )


BASE = (
    show(
        "boardwalk-empire",
        "Boardwalk Empire",
        93,
        ("Steve Buscemi", 'Enoch "Nucky" Thompson'),
        ("Michael Pitt", "James Darmody"),
    ),
    show("prison-break", "Prison Break", 96, ("Robert Knepper", 'Theodore "T-Bag" Bagwell')),
    show("the-closer", "The Closer", 92, ("Kyra Sedgwick", "Deputy Chief Brenda Leigh Johnson")),
    show("crazy-ex-girlfriend", "Crazy Ex-Girlfriend", 92, ("Rachel Bloom", "Rebecca Bunch")),
    show("elementary", "Elementary", 97, ("Jonny Lee Miller", "Sherlock Holmes")),
    show("baker-street-nights", "Baker Street Nights", 82, ("Ian Buchanan", "Sherlock Holmes")),
    show("the-office", "The Office", 95, ("John Krasinski", "Jim Halpert")),
    show("hawkins", "Hawkins", 98, ("David Harbour", "Jim Hopper")),
    show("quiet-hollow", "Quiet Hollow", 40, ("Ada Brook", "Wilhelmina Crane")),
    show(
        "north-pole-nights",
        "North Pole Nights",
        85,
        ("Ed Asner", "Additional Voices / Santa Claus"),
        ("Mo Lane", "Narrator"),
    ),
)


@pytest.fixture
def engine(engine_for: Callable[..., Engine]) -> Engine:
    return engine_for(*BASE)


@pytest.mark.parametrize(
    ("question", "text"),
    [
        (
            "who plays rebecca bunch",
            "Rebecca Bunch is played by Rachel Bloom in Crazy Ex-Girlfriend.",
        ),
        (
            "who plays nucky thompson",
            "Nucky Thompson is played by Steve Buscemi in Boardwalk Empire.",
        ),
        (
            "who is the actor that plays james darmody",
            "James Darmody is played by Michael Pitt in Boardwalk Empire.",
        ),
        (
            "who plays brenda leigh johnson",
            "Brenda Leigh Johnson is played by Kyra Sedgwick in The Closer.",
        ),
        ("who plays santa claus", "Santa Claus is played by Ed Asner in North Pole Nights."),
    ],
)
def test_who_plays_a_character_with_no_show_named_answers_from_the_cast(
    engine: Engine, question: str, text: str
) -> None:
    answer = engine.ask(question)

    assert answer.text == text
    assert answer.topic is Topic.CHARACTER


def test_the_json_names_the_show_the_character_is_in(engine: Engine) -> None:
    data = engine.ask("who plays rebecca bunch").to_json()

    assert data["show"] == "crazy-ex-girlfriend"
    assert data["title"] == "Crazy Ex-Girlfriend"
    assert data["shows"] == ["crazy-ex-girlfriend"]
    assert data["topic"] == "character"
    assert data["intent"] == "cast"


@pytest.mark.parametrize(
    "question",
    [
        "who plays t-bag",
        "who plays theodore bagwell",
        "who plays t bag bagwell",
        "who plays theodore t-bag bagwell",
    ],
)
def test_a_role_with_a_nickname_is_found_by_either_name(engine: Engine, question: str) -> None:
    answer = engine.ask(question)

    assert answer.show is not None
    assert answer.show.id == "prison-break"
    assert answer.text.endswith("is played by Robert Knepper in Prison Break.")


def test_a_character_that_two_shows_cast_gets_which_one_never_a_guess(engine: Engine) -> None:
    answer = engine.ask("who plays sherlock holmes")

    assert answer.show is None
    assert answer.ambiguous
    assert [s.id for s in answer.suggestions] == ["elementary", "baker-street-nights"]
    assert answer.text == "Which one do you mean: Elementary or Baker Street Nights?"


def test_a_first_name_two_roles_share_gets_which_one(engine: Engine) -> None:
    answer = engine.ask("who plays jim")

    assert answer.show is None
    assert answer.ambiguous
    assert [s.id for s in answer.suggestions] == ["hawkins", "the-office"]


def test_a_first_name_only_one_role_has_is_enough_in_a_popular_show(engine: Engine) -> None:
    answer = engine.ask("who plays nucky")

    assert answer.show is not None
    assert answer.show.id == "boardwalk-empire"
    assert "Steve Buscemi" in answer.text


def test_a_character_of_a_little_known_show_needs_its_show_named(engine: Engine) -> None:
    answer = engine.ask("who plays wilhelmina crane")

    assert answer.show is None
    assert "Ada Brook" not in answer.text
    named = engine.ask("who plays wilhelmina crane in quiet hollow")
    assert named.text == "Wilhelmina Crane is played by Ada Brook in Quiet Hollow."


def test_a_job_on_the_show_is_not_looked_up_as_a_character(engine: Engine) -> None:
    answer = engine.ask("who plays the narrator")

    assert answer.show is None
    assert "Mo Lane" not in answer.text


def test_a_character_beside_a_show_the_bot_does_not_know_gets_no_answer_about_another_show(
    engine: Engine,
) -> None:
    answer = engine.ask("who plays rebecca bunch in the gilded hour")

    assert answer.show is None
    assert "Rachel Bloom" not in answer.text


def test_a_character_two_shows_cast_is_settled_by_a_title_half_named_beside_it(
    engine_for: Callable[..., Engine],
) -> None:
    engine = engine_for(
        *BASE,
        show("dark-angel", "Dark Angel Chronicles", 85, ("Jessica Alba", "Max Guevara")),
        show("max-files", "The Max Files", 85, ("Jo Blake", "Max Guevara")),
    )
    assert engine.ask("who plays max guevara").ambiguous

    answer = engine.ask("who plays max guevara in angel chronicles")

    assert answer.show is not None
    assert answer.show.id == "dark-angel"
    assert answer.text == "Max Guevara is played by Jessica Alba in Dark Angel Chronicles."


def test_a_question_naming_no_character_is_answered_as_before(engine: Engine) -> None:
    answer = engine.ask("who plays zorblax the unknown")

    assert answer.show is None
    assert answer.text.startswith("I don't know a show called")
