"""Who: the cast and where they went next, who plays whom, and a person's shows."""

from __future__ import annotations

import pytest

from bot.core.answers import Context, person_answer
from bot.core.answers.people import CAST_LISTED
from bot.core.models import Credit, Show, Status, Work
from bot.core.questions import Intent, Topic
from tests.core.answers.conftest import Ask, D, make

SHOW = make(
    Status.CANCELED,
    cast=(
        Credit("Iñaki Godoy", "Juan", (Work("One Piece", 2023, "Netflix"),)),
        Credit("Italia Ricci", "Dr. Sydney Burke"),
    ),
    companies=(Credit("Nomadic Pictures", None, (Work("Walter Boys", 2027, "Netflix"),)),),
)


def test_cast_answers_say_where_people_went_next(ask: Ask) -> None:
    assert ask(SHOW, "what is the cast doing now").text == (
        "Iñaki Godoy (Juan) went on to One Piece (Netflix, 2023); "
        "Nomadic Pictures is making Walter Boys (Netflix, 2027). "
        "Also in the cast: Italia Ricci (Dr. Sydney Burke)."
    )


def test_cast_answers_without_news_say_so(ask: Ask) -> None:
    show = make(Status.ENDED, cast=(Credit("A", "Hero"), Credit("B")))

    assert ask(show, "who is in the cast").text == (
        "The cast of Show X: A (Hero) and B. I don't have news on what they did next."
    )


def test_a_long_cast_is_trimmed_top_billed_first(ask: Ask) -> None:
    show = make(Status.ENDED, cast=tuple(Credit(f"Actor {n}") for n in range(60)))

    text = ask(show, "cast").text

    assert "Actor 0, Actor 1" in text
    assert f"and {60 - CAST_LISTED} more" in text
    assert "Actor 59" not in text


def test_cast_answers_without_a_cast_say_so(ask: Ask) -> None:
    assert ask(make(Status.ENDED), "cast?").text == "I don't have the cast of Show X on file yet."


def test_who_plays_a_character(ask: Ask) -> None:
    result = ask(SHOW, "who plays dr burke")

    assert result.topic is Topic.CHARACTER
    assert result.text == "Dr. Sydney Burke is played by Italia Ricci in Show X."


def test_whom_an_actor_plays(ask: Ask) -> None:
    result = ask(SHOW, "who does inaki godoy play")

    assert result.topic is Topic.ROLE
    assert result.intent is Intent.CAST
    assert result.text == "Iñaki Godoy plays Juan in Show X."


def test_who_plays_someone_looks_at_characters_before_actors(ask: Ask) -> None:
    show = make(
        Status.ENDED,
        cast=(Credit("Jasmine Guy", "Roxy Harvey"), Credit("Mandy Patinkin", "Rube Sofer")),
    )

    result = ask(show, "who plays rube, that guy is in everything")

    assert result.text == "Rube Sofer is played by Mandy Patinkin in Show X."
    assert ask(show, "who does jasmine guy play").text == "Jasmine Guy plays Roxy Harvey in Show X."


def test_asked_whether_one_of_the_cast_is_in_it_the_answer_is_yes_with_the_role(
    ask: Ask,
) -> None:
    result = ask(SHOW, "wait is italia ricci actually in show x??")

    assert result.verdict == "yes"
    assert result.text == "Yes: Italia Ricci plays Dr. Sydney Burke in Show X."


def test_who_is_in_it_with_an_actor_is_no_yes_no_question(ask: Ask) -> None:
    assert ask(SHOW, "who is in show x with italia ricci").verdict is None


def test_who_plays_the_character_a_show_is_named_after(ask: Ask) -> None:
    show = Show(
        id="kimmy",
        title="Unbreakable Kimmy Schmidt",
        status=Status.ENDED,
        cast=(Credit("Ellie Kemper", "Kimmy Schmidt"), Credit("Carol Kane", "Lillian")),
    )

    assert ask(show, "who plays kimmy schmidt").text == (
        "Kimmy Schmidt is played by Ellie Kemper in Unbreakable Kimmy Schmidt."
    )


def test_who_plays_the_one_a_show_is_named_after_by_one_of_his_names(ask: Ask) -> None:
    show = Show(
        id="becker",
        title="Becker",
        status=Status.ENDED,
        cast=(Credit("Ted Danson", "Dr. John Becker"), Credit("Hattie Winston", "Margaret")),
    )

    assert ask(show, "who plays becker in becker").text == (
        "Dr. John Becker is played by Ted Danson in Becker."
    )


def test_a_character_who_only_shares_a_word_with_the_title_is_not_the_one_asked(
    ask: Ask,
) -> None:
    show = Show(
        id="droid-tales",
        title="LEGO Star Wars: Droid Tales",
        status=Status.ENDED,
        cast=(Credit("Tom Kane", "Narrator / Pit Droid"), Credit("Anthony Daniels", "C-3P0")),
    )

    assert ask(show, "who voices r2 in lego star wars droid tales").text.startswith("The cast")


def test_a_character_named_beside_the_title_that_holds_the_name_is_found(ask: Ask) -> None:
    show = Show(
        id="buffy",
        title="Buffy the Vampire Slayer",
        status=Status.ENDED,
        cast=(
            Credit("Sarah Michelle Gellar", "Buffy Summers"),
            Credit("Alyson Hannigan", "Willow"),
        ),
    )

    assert ask(show, "who plays buffy in buffy the vampire slayer").text == (
        "Buffy Summers is played by Sarah Michelle Gellar in Buffy the Vampire Slayer."
    )


def test_a_role_written_with_a_zero_for_an_o_is_found_as_typed(ask: Ask) -> None:
    show = Show(
        id="droid-tales",
        title="LEGO Star Wars: Droid Tales",
        status=Status.ENDED,
        cast=(
            Credit("Tom Kane", "Narrator / Yoda / Pit Droid"),
            Credit("Anthony Daniels", "C-3P0"),
        ),
    )

    assert ask(show, "who voices c-3po in lego star wars droid tales").text == (
        "C-3P0 is played by Anthony Daniels in LEGO Star Wars: Droid Tales."
    )


def test_a_nickname_with_a_hyphen_is_found_written_as_one_word(ask: Ask) -> None:
    show = make(Status.ENDED, cast=(Credit("Robert Knepper", 'Theodore "T-Bag" Bagwell'),))

    assert "Robert Knepper" in ask(show, "who plays tbag").text


def test_a_person_answer_lists_their_shows_oldest_first(ctx: Context) -> None:
    older = Show(
        id="a", title="A", status=Status.ENDED, network="NBC", premiered=D(2010), updated=D(2020)
    )
    newer = Show(id="b", title="B", status=Status.ENDED, premiered=D(2015), updated=D(2024, 2))

    result = person_answer(
        "Jo", [(newer, "Pilot"), (older, "creator")], ["C (HBO, 2027)", "B (2015)"], ctx
    )

    assert result.intent is Intent.PERSON
    assert result.title == "Jo"
    assert result.text == "Jo created A (NBC, 2010) and played Pilot in B (2015). " + (
        "Next, Jo went on to C (HBO, 2027)."
    )
    assert str(result.as_of) == "2024-02"


CREW = make(
    Status.ENDED,
    cast=(
        Credit("Dwayne Johnson", "Spencer Strasmore"),
        Credit("Jeffrey Dean Morgan", "JD Richter"),
        Credit("Will Friedle", "Peter Quill / Star-Lord"),
        Credit("Álvaro Morte", "The Professor"),
        Credit("Sol Miranda", "Donna Maria Nuñez"),
    ),
)


def test_an_actor_asked_by_initials_is_found(ask: Ask) -> None:
    answer = ask(CREW, "who does jdm play in show x")

    assert answer.topic is Topic.ROLE
    assert answer.text == "Jeffrey Dean Morgan plays JD Richter in Show X."


def test_a_name_written_as_one_word_is_found(ask: Ask) -> None:
    answer = ask(CREW, "who voices starlord in show x")

    assert answer.topic is Topic.CHARACTER
    assert "Will Friedle" in answer.text


def test_a_name_mistyped_by_a_letter_is_found_but_not_an_everyday_word(ask: Ask) -> None:
    mistyped = ask(CREW, "who plays the profesor in show x")
    everyday = ask(CREW, "everything's gonna be okay lol. who plays the driver in show x")

    assert mistyped.text.startswith("The Professor is played by Álvaro Morte")
    assert not everyday.text.startswith("Donna")  # "gonna" is no slip of "donna"


def test_an_actor_not_told_apart_gets_whom_the_cast_play_briefly(ask: Ask) -> None:
    answer = ask(CREW, "who does the rock play in show x")

    assert answer.topic is Topic.ROLE
    assert "Dwayne Johnson plays Spencer Strasmore" in answer.text
    assert len(answer.text) <= 300


def test_who_else_is_in_it_gets_the_cast_not_a_yes_about_the_one_named(ask: Ask) -> None:
    named = ask(SHOW, "italia ricci is in show x right? who else is in it")
    asked_whether = ask(SHOW, "is italia ricci in show x")

    assert named.topic is Topic.CAST
    assert "Iñaki Godoy" in named.text
    assert asked_whether.text.startswith("Yes: Italia Ricci plays Dr. Sydney Burke")


PANEL = make(
    Status.AIRING,
    cast=(
        Credit("Padma Lakshmi", "Host"),
        Credit("Tom Colicchio", "Judge"),
        Credit("Gail Simmons", "Judge"),
        Credit("Fred Armisen", "Band Leader"),
        Credit("Susan Sarandon", "Narrator"),
    ),
)


@pytest.mark.parametrize(
    ("question", "said"),
    [
        ("who hosts show x", "Padma Lakshmi is the host of Show X."),
        (
            "who are the judges on show x",
            "Tom Colicchio and Gail Simmons are the judges of Show X.",
        ),
        ("whos the band leader on show x", "Fred Armisen is the band leader of Show X."),
        ("who narrates show x", "Susan Sarandon is the narrator of Show X."),
    ],
)
def test_a_part_asked_for_gets_who_is_credited_with_it(ask: Ask, question: str, said: str) -> None:
    answer = ask(PANEL, question)

    assert answer.text == said
    assert answer.topic is Topic.CAST  # a part in the show is asked of its cast


def test_a_part_nobody_is_credited_with_gets_the_cast(ask: Ask) -> None:
    answer = ask(SHOW, "who hosts show x")

    assert answer.topic is Topic.CAST


@pytest.mark.parametrize(
    "question",
    [
        "switched phones and lost my watchlist, was italia ricci in show x",
        "show x and the other one both have italia ricci right?",
    ],
)
def test_whether_someone_is_in_the_cast_is_asked_after_a_remark_too(
    ask: Ask, question: str
) -> None:
    assert ask(SHOW, question).text == "Yes: Italia Ricci plays Dr. Sydney Burke in Show X."
