"""Will there be more? The right yes or no for what was asked, and never a contradiction."""

from __future__ import annotations

import re

import pytest

from bot.core.answers import Context
from bot.core.answers.status import status_answer
from bot.core.models import Season, Status
from bot.core.questions import Predicate, Topic
from tests.core.answers.conftest import Ask, D, aired, make


def will_there_be(show, season, ctx):
    return status_answer(show, season, Predicate.RENEWED, ctx, wh=False).text


# -- one sentence per status --------------------------------------------------------------------


def test_in_development(ctx: Context) -> None:
    show = make(Status.IN_DEVELOPMENT, status_note="Scripts are being written.")

    assert will_there_be(show, None, ctx) == (
        "Show X is still in development at HBO; nothing has aired yet. Scripts are being written."
    )


def test_airing(ctx: Context) -> None:
    show = make(Status.AIRING, seasons=(Season(1, Status.AIRING, premiered=D(2026, 10, 1)),))

    assert will_there_be(show, 1, ctx) == (
        "Yes: season 1 of Show X is airing now (since 2026-10-01)."
    )


def test_returning(ctx: Context) -> None:
    show = make(
        Status.RETURNING,
        seasons=(
            aired(1, 2024),
            aired(2, 2025),
            Season(3, Status.RETURNING, release=D(2027, 3, 5)),
        ),
    )

    assert will_there_be(show, None, ctx) == (
        "Yes: Show X is coming back for season 3. Season 3 comes out on 2027-03-05."
    )


def test_renewed(ctx: Context) -> None:
    show = make(Status.RENEWED, status_date=D(2026, 5, 1), seasons=(aired(1, 2025),))

    assert will_there_be(show, None, ctx) == (
        "Yes: HBO renewed Show X for season 2 (announced 2026-05-01)."
    )


def test_undecided(ctx: Context) -> None:
    show = make(Status.UNDECIDED, seasons=(aired(1, 2025),))

    assert will_there_be(show, None, ctx) == (
        "Not decided yet: HBO hasn't announced whether Show X gets another season."
    )


def test_a_status_unknown_to_the_source_is_said_to_be_unknown(ctx: Context) -> None:
    show = make(
        Status.UNKNOWN,
        status_note="The Netflix catalogue data from 2021-09 lists 3 seasons.",
    )

    assert will_there_be(show, 4, ctx) == (
        "I don't have a confirmed status for Show X; "
        "the Netflix catalogue data from 2021-09 lists 3 seasons."
    )
    assert "announced" not in will_there_be(show, 4, ctx)


def test_a_note_of_several_sentences_follows_the_unknown_status_as_it_is(ctx: Context) -> None:
    show = make(Status.UNKNOWN, status_note="Nobody knows. The network is silent.")

    assert will_there_be(show, 2, ctx) == (
        "I don't have a confirmed status for Show X. Nobody knows. The network is silent."
    )


def test_canceled(ctx: Context) -> None:
    show = make(
        Status.CANCELED, status_date=D(2025, 6, 1), seasons=(aired(1, 2024), aired(2, 2025))
    )

    assert will_there_be(show, None, ctx) == (
        "No: HBO canceled Show X on 2025-06-01 after two seasons, so there won't be a season 3."
    )


def test_canceled_soon_after_the_premiere_says_how_soon(ctx: Context) -> None:
    show = make(
        Status.CANCELED,
        network="Netflix",
        premiered=D(2022, 9, 8),
        status_date=D(2022, 11, 8),
        seasons=(Season(1, Status.ENDED, premiered=D(2022, 9, 8)),),
    )

    assert will_there_be(show, 2, ctx) == (
        "No: Netflix canceled Show X on 2022-11-08, two months after its 2022-09-08 premiere, "
        "so there won't be a season 2."
    )


def test_ended(ctx: Context) -> None:
    show = make(Status.ENDED, finale=D(2025, 5, 2), seasons=(aired(1, 2024), aired(2, 2025)))

    assert will_there_be(show, None, ctx) == (
        "No: Show X ended on 2025-05-02 after two seasons, so there won't be a season 3."
    )


def test_the_status_note_follows_the_answer(ctx: Context) -> None:
    show = make(Status.CANCELED, status_note="The network wanted cheaper shows")

    assert will_there_be(show, None, ctx).endswith(" The network wanted cheaper shows.")


# -- yes or no, for the predicate asked ---------------------------------------------------------

CANCELED = make(Status.CANCELED, status_date=D(2025, 6, 1), seasons=(aired(1, 2024),))
ENDED = make(Status.ENDED, finale=D(2025, 5, 2), seasons=(aired(1, 2024), aired(2, 2025)))
RENEWED = make(Status.RENEWED, seasons=(aired(1, 2025), Season(2, Status.RENEWED)))
AIRING = make(Status.AIRING, seasons=(Season(1, Status.AIRING, premiered=D(2026, 10, 1)),))
UNDECIDED = make(Status.UNDECIDED, seasons=(aired(1, 2025),))


@pytest.mark.parametrize(
    ("show", "question", "verdict"),
    [
        (CANCELED, "is it cancelled", "yes"),
        (CANCELED, "is it over", "yes"),
        (CANCELED, "is it coming back", "no"),
        (CANCELED, "is it still airing", "no"),
        (CANCELED, "will there be a season 2", "no"),
        (ENDED, "is it over", "yes"),
        (ENDED, "is it finished", "yes"),
        (ENDED, "is it coming back", "no"),
        (ENDED, "will there be a season 3", "no"),
        (ENDED, "is it cancelled", None),  # an end is not a cancellation; nor is it denied
        (RENEWED, "is it cancelled", "no"),
        (RENEWED, "is it over", "no"),
        (RENEWED, "is it coming back", "yes"),
        (RENEWED, "will there be a season 2", "yes"),
        (RENEWED, "is it still going", "yes"),
        (AIRING, "is it still airing", "yes"),
        (AIRING, "is it over", "no"),
        (AIRING, "is it cancelled", "no"),
        (UNDECIDED, "is it cancelled", None),
        (UNDECIDED, "is it renewed", None),
        (UNDECIDED, "is it over", None),
    ],
)
def test_a_yes_no_question_opens_with_the_right_word(
    ask: Ask, show, question: str, verdict: str | None
) -> None:
    result = ask(show, question)

    assert result.verdict == verdict
    if verdict is None:
        assert not re.match(r"(?:Yes|No)\b", result.text)
    else:
        assert result.text.startswith(f"{verdict.capitalize()}:")


def test_a_what_question_never_opens_with_yes_or_no(ask: Ask) -> None:
    result = ask(CANCELED, "what's the status of show x")

    assert result.topic is Topic.STATUS
    assert result.verdict is None
    assert result.text.startswith("HBO canceled Show X on 2025-06-01")


def test_renewed_or_canceled_names_the_state(ask: Ask) -> None:
    result = ask(CANCELED, "is it renewed or cancelled")

    assert result.verdict is None
    assert result.text.startswith("HBO canceled Show X")


# -- seasons asked about ------------------------------------------------------------------------


def test_a_season_after_the_last_of_a_canceled_show_is_a_plain_no(ctx: Context) -> None:
    show = make(
        Status.CANCELED, seasons=(aired(1, 2019), aired(2, 2020), Season(3, Status.CANCELED))
    )

    text = will_there_be(show, 3, ctx)

    assert text.startswith("No: ")
    assert "so there won't be a season 3" in text


def test_a_season_two_past_the_last_of_a_canceled_show_never_was(ctx: Context) -> None:
    show = make(Status.CANCELED, seasons=(aired(1, 2019),))

    assert will_there_be(show, 3, ctx) == (
        "No: there never was a season 3: HBO canceled it after one season."
    )


def test_a_season_that_aired_is_a_yes_with_its_date(ctx: Context) -> None:
    show = make(Status.RENEWED, seasons=(aired(1, 2025),))

    assert will_there_be(show, 1, ctx) == "Yes: season 1 of Show X came out on 2025-01-10."


def test_an_imported_season_without_dates_counts_as_aired(ctx: Context) -> None:
    show = make(Status.ENDED, seasons=tuple(Season(n) for n in range(1, 11)))

    assert will_there_be(show, 10, ctx).startswith("Yes: season 10 of Show X came out.")


def test_a_season_past_the_renewed_one_is_not_announced(ctx: Context) -> None:
    show = make(Status.RENEWED, seasons=(aired(1, 2025),))

    assert will_there_be(show, 4, ctx) == (
        "Not announced yet: Show X is renewed for season 2, but season 4 hasn't been announced."
    )


def test_a_canceled_season_of_a_running_show_is_a_no(ctx: Context) -> None:
    show = make(
        Status.RETURNING,
        seasons=(aired(1, 2024), Season(2, Status.CANCELED, note="Replaced by a spin-off")),
    )

    assert will_there_be(show, 2, ctx) == (
        "No: season 2 of Show X was canceled. Replaced by a spin-off."
    )


def test_an_unannounced_season_of_an_airing_show_is_not_a_yes(ctx: Context) -> None:
    assert not will_there_be(AIRING, 5, ctx).startswith("Yes")


def test_a_renewed_season_of_a_canceled_show_is_never_said_to_be_coming(ctx: Context) -> None:
    """The file contradicts itself (`showbot check` warns); the show's status wins."""
    show = make(
        Status.CANCELED,
        status_date=D(2025, 6, 1),
        seasons=(aired(1, 2024), Season(2, Status.RENEWED)),
    )

    text = will_there_be(show, None, ctx)

    assert text.startswith("No: HBO canceled Show X")
    assert "renewed" not in text


def test_every_sentence_of_an_ended_show_starts_with_a_capital(ctx: Context) -> None:
    show = make(Status.ENDED, seasons=(aired(1, 2024), aired(2, 2025)))

    assert ". it " not in will_there_be(show, 2, ctx)


def test_a_last_episode_is_never_called_an_announcement(ctx: Context) -> None:
    show = make(Status.ENDED, finale=D(2023, 1, 20), seasons=(aired(1, 2022),))

    text = will_there_be(show, None, ctx)

    assert "announced" not in text
    assert "ended on 2023-01-20" in text


def test_a_renewed_season_whose_date_has_passed_is_not_said_to_lack_a_date(ctx: Context) -> None:
    show = make(
        Status.RENEWED, seasons=(aired(1, 2025), Season(2, Status.RENEWED, release=D(2026, 3, 1)))
    )

    assert "has no release date" not in will_there_be(show, None, ctx)


def test_the_date_formatter_is_used_for_every_date(today) -> None:
    ctx = Context(today=today, fmt=lambda d: f"<{d}>")
    show = make(
        Status.CANCELED,
        premiered=D(2022, 9, 8),
        status_date=D(2022, 11, 8),
        seasons=(Season(1, Status.ENDED, premiered=D(2022, 9, 8)),),
    )

    text = will_there_be(show, None, ctx)

    assert "canceled Show X on <2022-11-08>" in text
    assert "its <2022-09-08> premiere" in text


@pytest.mark.parametrize(
    ("status", "question", "said", "unsaid"),
    [
        (Status.RENEWED, "is show x renewed", "Yes: HBO renewed Show X.", "season 2"),
        (
            Status.RENEWED,
            "when is the next season of show x",
            "There is no release date for a new season of Show X yet",
            "season 2",
        ),
        (Status.ENDED, "is show x coming back", "No: Show X ended.", "season 2"),
        (Status.CANCELED, "will there be more show x", "No: HBO canceled Show X", "season 2"),
    ],
)
def test_a_show_whose_seasons_are_unknown_gets_no_season_number_guessed(
    ask: Ask, status: Status, question: str, said: str, unsaid: str
) -> None:
    # a premiere alone does not say how many seasons followed (Money Heist had five)
    show = make(status, premiered=D(2017, 5, 2))

    text = ask(show, question).text

    assert text.startswith(said)
    assert unsaid not in text
