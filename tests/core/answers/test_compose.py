"""Which date an answer is "as of" (bot.core.answers.compose): the entry's own check when an
admin dated it, else the date of the data behind the very fact asked; and an answer with no yes
or no that never reads as one."""

from __future__ import annotations

import dataclasses

from bot.core.models import Credit, Show, Source, Status

from .conftest import Ask, D, make

CATALOGUE = Source(
    url="https://example.com/netflix",
    title="Netflix catalogue",
    published=D(2021, 9),
    backs=("status", "cast"),
)
INDEX = Source(url="https://example.com/index", title="TVMaze show index", published=D(2022, 10))
TOP = Source(
    url="https://example.com/top", title="TVMaze top", published=D(2024, 6), backs=("genres",)
)


def imported(**facts: object) -> Show:
    return make(
        Status.UNKNOWN,
        status_note="The Netflix catalogue data from 2021-09 lists 3 seasons.",
        cast=(Credit("Winona Ryder"),),
        genres=("Drama",),
        sources=(CATALOGUE, INDEX, TOP),
        **facts,
    )


def test_a_fact_of_an_undated_entry_is_as_old_as_the_data_it_comes_from(ask: Ask) -> None:
    show = imported()

    status = ask(show, "is show x renewed")
    cast = ask(show, "who is in show x")
    genre = ask(show, "what genre is show x")

    assert (str(status.as_of), status.source) == ("2021-09", CATALOGUE)
    assert str(cast.as_of) == "2021-09"
    assert (str(genre.as_of), genre.source) == ("2024-06", TOP)


def test_an_entry_an_admin_dated_is_as_of_that_date(ask: Ask) -> None:
    show = imported(updated=D(2026, 11, 1))

    assert str(ask(show, "is show x renewed").as_of) == "2026-11-01"


def test_a_yes_or_no_asked_with_the_score_opens_with_the_verdict_and_gives_the_score(
    ask: Ask,
) -> None:
    show = make(Status.CANCELED, reception=(("imdb", "6.6"),))

    answer = ask(show, "is show x worth my time, what's the score on it")

    assert answer.topic.value == "ratings"
    assert answer.text.startswith("No")
    assert "6.6" in answer.text


def test_an_answer_with_no_verdict_never_opens_with_a_titles_yes_or_no(ask: Ask) -> None:
    show = dataclasses.replace(make(Status.ENDED), title="No Ordinary Family")

    result = ask(show, "is it cancelled")

    assert result.verdict is None
    assert result.text.startswith("The show No Ordinary Family ended")
