"""Reading a whole message: small talk, help, typos in question words, lists of titles
(bot.core.questions.parse)."""

from __future__ import annotations

import pytest

from bot.core.questions import Predicate, Topic, beside_title, parse_question


@pytest.mark.parametrize(
    "message",
    [
        "nice one bot",
        "hows it going",
        "thanks!!",
        "you suck lol",
        "test",
        "good morning everyone",
        "are you a real person",
        "how do i ask you stuff",
        "what can you do",
        "help",
        "test test 123",
        "thx that helped a ton",
        "thx bot ur a legend",
        "sorry wrong channel",
        "hello?? anyone home",
        "what can you do besides being wrong lol",
    ],
)
def test_small_talk_and_requests_for_help_are_help(message: str) -> None:
    assert parse_question(message).topic is Topic.HELP


@pytest.mark.parametrize(
    "message",
    ["is it renewed or cancelled", "you cancelled?", "the office season 2", "24", "friends lol"],
)
def test_a_question_is_not_small_talk(message: str) -> None:
    assert parse_question(message).topic is not Topic.HELP


@pytest.mark.parametrize(
    ("message", "topic"),
    [
        ("when did mixology premeire", Topic.PREMIERE),
        ("how many epsiodes does dark have", Topic.EPISODES),
        ("is the imperfects cancled", Topic.STATUS),
    ],
)
def test_misspelt_question_words_still_read(message: str, topic: Topic) -> None:
    assert parse_question(message).topic is topic


def test_a_title_word_one_letter_from_a_question_word_is_kept() -> None:
    assert "watcher" in parse_question("is the watcher getting a season 2").words


def test_a_comma_lists_titles_as_and_does() -> None:
    words = parse_question("are banshee, the expanse and lucifer over").words

    assert words[:4] == ("are", "banshee", "and", "the")


def test_the_question_sentences_of_a_message_with_a_story() -> None:
    parsed = parse_question("reign check on movie night guys, staying in. is copper good? rating?")

    assert parsed.asked is not None
    start, end = parsed.asked
    assert parsed.words[start:end] == ("is", "copper", "good", None, "rating")


def test_a_sentence_without_a_question_mark_may_ask() -> None:
    parsed = parse_question(
        "secret city? nah just my snack spot. real q tho, is foyle's war on itv"
    )

    assert parsed.asked is not None
    assert parsed.asked[1] == len(parsed.words)


@pytest.mark.parametrize(
    ("message", "question"),
    [
        (
            "a ghostwriter wrote my best man speech lol. unrelated but when did moonlighting air",
            ("when", "did", "moonlighting", "air"),
        ),
        ("the spooks on my street were wild anyway is harlots over", ("is", "harlots", "over")),
        ("binged cobra kai all weekend. is the order canceled", ("is", "the", "order", "canceled")),
    ],
)
def test_without_a_question_mark_the_last_clause_that_asks_is_the_question(
    message: str, question: tuple[str, ...]
) -> None:
    parsed = parse_question(message)

    assert parsed.asked is not None
    start, end = parsed.asked
    assert parsed.words[start:end] == question
    assert parsed.asked_marked is False


def test_a_comma_before_a_question_word_does_not_split_a_question() -> None:
    assert parse_question("frasier, how many seasons did it run").asked is None


def test_a_story_with_no_question_in_it_has_no_question_span() -> None:
    assert parse_question("binged cobra kai all weekend. so good lol").asked is None


def test_one_sentence_has_no_story() -> None:
    assert parse_question("is dark over?").asked is None


@pytest.mark.parametrize(
    ("message", "asks_nothing"),
    [
        ("this bot is evil lmao", True),
        ("brb getting food", True),
        ("is brews brothers funny", False),  # a question's first word
        ("stalker or motive, which lasted longer", False),  # a comparison
        ("dark cast", False),  # a topic
        ("lost season 7", False),  # a season
        ("evil?", False),  # a question mark
    ],
)
def test_a_message_that_asks_nothing(message: str, asks_nothing: bool) -> None:
    assert parse_question(message).asks_nothing is asks_nothing


def test_what_is_asked_is_read_from_the_question_not_from_the_story() -> None:
    parsed = parse_question("the end of day break made me so mad. is there a second season")

    assert parsed.season == 2
    assert parsed.predicate is not Predicate.ENDED  # "the end of ..." is the story's


def test_the_season_asked_is_the_question_s_not_the_story_s() -> None:
    question = parse_question("human target season 3 ever?? that season 2 ending left us hanging")

    assert question.season == 3


def test_ovr_is_over() -> None:
    assert parse_question("danger 5 is it ovr?").predicate is Predicate.ENDED


def _title_span(question_text: str, title: str) -> tuple[int, int]:
    words = list(parse_question(question_text).words)
    named = title.split()
    start = next(i for i in range(len(words)) if words[i : i + len(named)] == named)
    return start, start + len(named)


@pytest.mark.parametrize(
    ("message", "title", "topic", "predicate"),
    [
        (
            "why are you like this cast, the aussie comedy",
            "why are you like this",
            Topic.CAST,
            None,
        ),
        (
            "will when they see us have a season 2",
            "when they see us",
            Topic.STATUS,
            Predicate.RENEWED,
        ),
        (
            "when they see us worth watching?",
            "when they see us",
            Topic.RECEPTION,
            Predicate.WELL_RECEIVED,
        ),
        (
            "is love, lust or run over? i only ever caught it on tlc reruns",
            "love and lust or run",
            Topic.STATUS,
            Predicate.ENDED,
        ),
        (
            "money explained was useful ngl, will there be a season 2",
            "money explained",
            Topic.STATUS,
            Predicate.RENEWED,
        ),
    ],
)
def test_a_title_that_holds_question_words_asks_nothing_itself(
    message: str, title: str, topic: Topic, predicate: Predicate | None
) -> None:
    question = parse_question(message)

    read_again = beside_title(question, *_title_span(message, title))

    assert read_again.topic is topic
    assert read_again.predicate is predicate


def test_a_title_that_asks_nothing_leaves_the_question_as_read() -> None:
    message = "when did the end of the world end"
    question = parse_question(message)

    assert beside_title(question, *_title_span(message, "end of the world")) is question


def test_a_word_of_what_a_show_is_typed_one_letter_off_is_that_word() -> None:
    assert parse_question("robocop tv seires from 94").words[:3] == ("robocop", "tv", "series")
    assert parse_question("the kennedys minseries cast").words[2] == "miniseries"
    assert parse_question("the docuemntary about bees").words[1] == "documentary"


def test_an_invisible_character_after_the_question_mark_changes_nothing() -> None:
    assert parse_question("schulz saves america on netflix?\u200b ").topic is Topic.NETWORK


def test_on_there_asks_of_the_one_network_the_message_names() -> None:
    question = parse_question("im broke so netflix is all i got, is yellowstone thaw on there")

    assert (question.topic, question.predicate, question.network) == (
        Topic.NETWORK,
        Predicate.ON_NETWORK,
        "netflix",
    )
    assert parse_question("is great yellowstone thaw on there").topic is Topic.STATUS
    assert parse_question("hulu or netflix, is dark on there").network is None  # which one?


def test_over_after_losing_ones_mind_is_no_ending() -> None:
    question = parse_question("lost my mind over the gates finale, was there ever a season 2")

    assert question.predicate is not Predicate.ENDED
    assert parse_question("cried over it, is the gates over").predicate is Predicate.ENDED
    assert parse_question("is the good fight over").predicate is Predicate.ENDED  # a title's


def test_a_statement_with_a_tag_asks_to_confirm_it() -> None:
    assert not parse_question("steal this house is a diy thing right").asks_nothing
    assert parse_question("trust me this bot is broke").asks_nothing
