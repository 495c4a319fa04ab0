"""When: release dates, premieres, last episodes, and "is it out yet"."""

from __future__ import annotations

import datetime as dt

import pytest

from bot.core.answers import Context
from bot.core.answers.dates import finale_answer, premiere_answer, release_answer
from bot.core.models import PartialDate, Season, Show, Status
from bot.core.questions import Topic
from tests.core.answers.conftest import Ask, D, aired, make


def renewed_with_release(release: PartialDate) -> Show:
    return make(
        Status.RENEWED, seasons=(aired(1, 2025), Season(2, Status.RENEWED, release=release))
    )


def when(show: Show, season: int | None, ctx: Context) -> str:
    return release_answer(show, season, ctx, yes_no=False).text


def test_a_future_release_comes_out(ctx: Context) -> None:
    show = renewed_with_release(D(2027, 2, 14))

    assert when(show, None, ctx) == "Season 2 of Show X comes out on 2027-02-14 on HBO."


def test_a_past_release_came_out(ctx: Context) -> None:
    show = renewed_with_release(D(2026, 11, 21))

    assert when(show, 2, ctx) == "Season 2 of Show X came out on 2026-11-21 on HBO."


def test_a_release_today_has_come_out(ctx: Context, today: dt.date) -> None:
    show = renewed_with_release(D(today.year, today.month, today.day))

    assert "came out on 2026-11-22" in when(show, 2, ctx)


@pytest.mark.parametrize(
    ("release", "shown"),
    [(D(2027, 3), "2027-03"), (D(2027), "2027"), (D(2026, 11), "2026-11"), (D(2026), "2026")],
    ids=["next year's month", "next year", "this month", "this year"],
)
def test_a_partial_release_date_is_shown_as_given(
    ctx: Context, release: PartialDate, shown: str
) -> None:
    text = when(renewed_with_release(release), None, ctx)

    preposition = "on" if release.is_full else "in"
    assert text == f"Season 2 of Show X comes out {preposition} {shown} on HBO."


def test_a_month_that_is_over_has_come_out(ctx: Context) -> None:
    text = when(renewed_with_release(D(2026, 10)), None, ctx)

    assert text == "Season 2 of Show X came out in 2026-10 on HBO."


def test_a_canceled_show_has_no_release_date(ctx: Context) -> None:
    show = make(
        Status.CANCELED,
        status_date=D(2022, 11, 8),
        seasons=(aired(1, 2022), Season(2, Status.CANCELED)),
    )

    assert when(show, 2, ctx) == (
        "There is no release date: HBO canceled Show X on 2022-11-08 after one season, "
        "so there won't be a season 2."
    )


def test_a_season_that_was_never_made_never_was(ctx: Context) -> None:
    show = make(Status.CANCELED, seasons=(aired(1, 2022),))

    assert when(show, 3, ctx) == "There never was a season 3: HBO canceled it after one season."


def test_an_ended_show_whose_seasons_are_unknown_never_guesses_their_number(
    ctx: Context, ask: Ask
) -> None:
    show = make(Status.ENDED, status_note="IMDb lists the run as 2017-2020.")

    out = ask(show, "is season 3 out")
    more = ask(show, "will there be a season 4")

    assert out.verdict is None
    assert out.text.startswith("I don't know whether Show X had a season 3: it ended.")
    assert ask(show, "is season 1 out").verdict == "yes"  # a show that ended had one
    assert (more.verdict, more.text) == (
        "no",
        "No: Show X ended, so there won't be new seasons. IMDb lists the run as 2017-2020.",
    )
    assert "never was" not in ask(show, "when did season 3 come out").text


def test_a_season_out_with_no_date_says_what_the_source_knows(ask: Ask) -> None:
    note = "The catalogue dates its addition to Netflix 2019-02-01."
    show = make(Status.UNKNOWN, seasons=(Season(1),), status_note=note)

    assert ask(show, "is it out yet").text == f"Yes: season 1 of Show X came out. {note}"


def test_an_undecided_show_has_no_release_date(ctx: Context) -> None:
    show = make(Status.UNDECIDED, seasons=(aired(1, 2025),))

    assert when(show, None, ctx) == (
        "There is no release date yet. Not decided yet: HBO hasn't announced whether Show X "
        "gets season 2."
    )


def test_a_renewed_show_without_a_date_says_so(ctx: Context) -> None:
    show = make(Status.RENEWED, seasons=(aired(1, 2025),))

    assert when(show, None, ctx) == "Season 2 of Show X is confirmed but has no release date yet."


def test_an_airing_shows_next_season_is_not_called_confirmed(ctx: Context) -> None:
    show = make(Status.AIRING, seasons=(Season(1, Status.AIRING, premiered=D(2026, 10, 1)),))

    assert "confirmed" not in when(show, None, ctx)


@pytest.mark.parametrize(
    ("release", "verdict"),
    [(D(2026, 11, 21), "yes"), (D(2027, 2, 14), "no")],
    ids=["out", "not yet"],
)
def test_is_it_out_yet_gets_a_yes_or_a_no(ask: Ask, release: PartialDate, verdict: str) -> None:
    result = ask(renewed_with_release(release), "is season 2 out yet")

    assert result.topic is Topic.RELEASE
    assert result.verdict == verdict
    assert result.text.startswith(verdict.capitalize())


def test_when_did_it_come_out_gives_the_premiere(ctx: Context, ask: Ask) -> None:
    show = make(Status.ENDED, premiered=D(2022, 9, 8))

    assert premiere_answer(show, None, ctx).text == "Show X premiered on 2022-09-08 on HBO."
    assert ask(show, "when did it first come out").topic is Topic.PREMIERE


def test_a_seasons_premiere(ctx: Context) -> None:
    show = make(Status.ENDED, seasons=(aired(1, 2020), aired(2, 2021)))

    assert (
        premiere_answer(show, 2, ctx).text == "Season 2 of Show X premiered on 2021-01-10 on HBO."
    )


def test_the_last_episode(ctx: Context, ask: Ask) -> None:
    show = make(Status.ENDED, finale=D(2013, 9, 29), seasons=(aired(1, 2008), aired(2, 2009)))

    assert finale_answer(show, ctx).text == (
        "Show X's last episode aired on 2013-09-29, after 2 seasons."
    )
    assert ask(show, "when did it end").topic is Topic.FINALE


def test_a_show_still_running_has_no_last_episode(ctx: Context) -> None:
    show = make(Status.RENEWED, seasons=(aired(1, 2025),))

    assert finale_answer(show, ctx).text.startswith("Show X hasn't ended. HBO renewed Show X")


@pytest.mark.parametrize(("question", "opening"), [("2020", "Yes: "), ("2019", "No: ")])
def test_did_it_end_in_a_year_is_answered_by_its_last_episode(
    ask: Ask, question: str, opening: str
) -> None:
    show = make(Status.ENDED, finale=D(2020, 5, 14))

    answer = ask(show, f"did show x end in {question}")

    assert answer.topic is Topic.FINALE
    assert answer.text == f"{opening}Show X's last episode aired on 2020-05-14."
