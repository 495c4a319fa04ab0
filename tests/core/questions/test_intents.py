"""What a free-form question asks: intent, season and the words left to name a show
(bot.core.questions)."""

from __future__ import annotations

import pytest

from bot.core.questions import (
    MAX_QUESTION_CHARS,
    Intent,
    QuestionTooLong,
    parse_question,
)


@pytest.mark.parametrize(
    "question",
    [
        "will there be a season 2 of the imperfects",
        "is the imperfects renewed",
        "is the order cancelled or nah",
        "will the imperfects return",
        "when was the imperfects canceled",
        "the imperfects",
    ],
)
def test_status_questions(question: str) -> None:
    assert parse_question(question).intent is Intent.STATUS


@pytest.mark.parametrize(
    "question",
    [
        "when is imperfects s2 coming out",
        "when does the imperfects come back",
        "imperfects S2 release date",
        "how long until one piece s2",
        "is one piece season 2 out yet",
    ],
)
def test_release_questions(question: str) -> None:
    assert parse_question(question).intent is Intent.RELEASE


@pytest.mark.parametrize(
    "question",
    [
        "what is the cast of the imperfects up to",
        "what is the cast of the imperfects doing now",
        "whos in the imperfects",
        "where can i see the actors from the imperfects next",
    ],
)
def test_cast_questions(question: str) -> None:
    assert parse_question(question).intent is Intent.CAST


@pytest.mark.parametrize(
    "question",
    [
        "why was the imperfects canceled",
        "how come the order got axed",
        "what went wrong with the imperfects",
    ],
)
def test_reasons_questions(question: str) -> None:
    assert parse_question(question).intent is Intent.REASONS


@pytest.mark.parametrize(
    "question",
    [
        "tell me about the imperfects",
        "what is the order about",
        "who made the imperfects",
        "where can i watch the imperfects",
        "imperfects ratings",
    ],
)
def test_info_questions(question: str) -> None:
    assert parse_question(question).intent is Intent.INFO


def test_a_question_about_a_person_is_flagged() -> None:
    question = parse_question("what else is Iñaki Godoy in?")

    assert question.asks_about_person
    assert question.content_words == ("inaki", "godoy")


@pytest.mark.parametrize(
    ("question", "season"),
    [
        ("imperfects s2", 2),
        ("imperfects S02", 2),
        ("imperfects season two", 2),
        ("imperfects 2nd season", 2),
        ("imperfects second season", 2),
        ("imperfects season 2", 2),
        ("imperfects 3rd season", 3),
        ("imperfects szn 2", 2),
        ("skins series 3", 3),
        ("elite temporada 6", 6),
        ("dark staffel 3", 3),
        ("the order s03e04", 3),
        ("the imperfects season 10", 10),
    ],
)
def test_season_mentions(question: str, season: int) -> None:
    assert parse_question(question).season == season


def test_no_season_is_read_into_a_question_without_one() -> None:
    assert parse_question("is the imperfects renewed").season is None


def test_the_last_season_mentioned_wins() -> None:
    assert parse_question("i loved season 1, will there be a season 2").season == 2


def test_a_part_of_a_season_is_that_season() -> None:
    assert parse_question("cobra kai s6 part 3 release date").season == 6


def test_a_season_mention_leaves_a_break_no_title_may_span() -> None:
    question = parse_question("will there be a season 2 of the imperfects")

    assert question.words == ("will", "there", "be", "a", None, "of", "the", "imperfects")


def test_a_season_mention_alone_is_a_status_question() -> None:
    assert parse_question("imperfects s2").intent is Intent.STATUS


def test_the_words_are_folded() -> None:
    assert parse_question("Is THE Imperfects Renewed?!").words == (
        "is",
        "the",
        "imperfects",
        "renewed",
    )


def test_content_words_leave_out_question_words() -> None:
    question = parse_question("so is the imperfects getting a s2 or not??")

    assert question.content_words == ("imperfects",)


def test_an_empty_question_has_no_words() -> None:
    question = parse_question("")

    assert question.words == ()
    assert question.content_words == ()


def test_a_question_at_the_limit_is_read() -> None:
    text = "a" * MAX_QUESTION_CHARS

    assert parse_question(text).text == text


def test_a_2000_character_question_is_refused_with_a_clear_message() -> None:
    with pytest.raises(QuestionTooLong) as raised:
        parse_question("x" * 2000)

    assert raised.value.length == 2000
    message = str(raised.value)
    assert "2000 characters" in message
    assert f"under {MAX_QUESTION_CHARS} characters" in message
