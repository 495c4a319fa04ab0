"""Facts in, short friendly sentences out (bot.core.answers).

Shows are built directly from bot.core.models so each test shows exactly the facts it needs.
"""

from __future__ import annotations

import datetime as dt

import pytest

from bot.core.answers import (
    Answer,
    Context,
    Suggestion,
    answer,
    key_facts,
    person_answer,
    release_text,
    status_text,
)
from bot.core.models import Credit, PartialDate, Season, Show, Source, Status, Work
from bot.core.questions import Intent

D = PartialDate
JSON_KEYS = {"show", "title", "intent", "season", "text", "suggestions"}


@pytest.fixture
def ctx(today: dt.date) -> Context:
    return Context(today=today)


def make(status: Status, **fields: object) -> Show:
    fields.setdefault("network", "HBO")
    return Show(id="x", title="Show X", status=status, **fields)  # type: ignore[arg-type]


def aired(number: int, year: int) -> Season:
    return Season(number, Status.ENDED, premiered=D(year, 1, 10))


# -- one sentence per status --------------------------------------------------------------------


def test_in_development(ctx: Context) -> None:
    show = make(Status.IN_DEVELOPMENT, status_note="Scripts are being written.")

    assert status_text(show, None, ctx) == (
        "Show X is still in development at HBO; nothing has aired yet. Scripts are being written."
    )


def test_airing(ctx: Context) -> None:
    show = make(Status.AIRING, seasons=(Season(1, Status.AIRING, premiered=D(2026, 10, 1)),))

    assert status_text(show, None, ctx) == "Yes: Show X is airing now."


def test_returning(ctx: Context) -> None:
    show = make(
        Status.RETURNING,
        seasons=(
            aired(1, 2024),
            aired(2, 2025),
            Season(3, Status.RETURNING, release=D(2027, 3, 5)),
        ),
    )

    assert status_text(show, None, ctx) == (
        "Yes: Show X is coming back for season 3. Season 3 comes out on 2027-03-05."
    )


def test_renewed(ctx: Context) -> None:
    show = make(Status.RENEWED, status_date=D(2026, 5, 1), seasons=(aired(1, 2025),))

    assert status_text(show, None, ctx) == (
        "Yes: HBO renewed Show X for season 2 (announced 2026-05-01)."
    )


def test_undecided(ctx: Context) -> None:
    show = make(Status.UNDECIDED, seasons=(aired(1, 2025),))

    assert status_text(show, None, ctx) == (
        "Not decided yet: HBO hasn't announced whether Show X gets season 2."
    )


def test_canceled(ctx: Context) -> None:
    show = make(
        Status.CANCELED, status_date=D(2025, 6, 1), seasons=(aired(1, 2024), aired(2, 2025))
    )

    assert status_text(show, None, ctx) == (
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

    assert status_text(show, 2, ctx) == (
        "No: Netflix canceled Show X on 2022-11-08, two months after its 2022-09-08 premiere, "
        "so there won't be a season 2."
    )


def test_ended(ctx: Context) -> None:
    show = make(Status.ENDED, seasons=(aired(1, 2024), aired(2, 2025)))

    assert status_text(show, None, ctx) == (
        "No: Show X has ended after two seasons, so there won't be a season 3."
    )


def test_the_status_note_follows_the_answer(ctx: Context) -> None:
    show = make(Status.CANCELED, status_note="The network wanted cheaper shows")

    assert status_text(show, None, ctx).endswith(" The network wanted cheaper shows.")


# -- seasons asked about ------------------------------------------------------------------------


def test_a_season_after_the_last_of_a_canceled_show_is_a_plain_no(ctx: Context) -> None:
    show = make(
        Status.CANCELED, seasons=(aired(1, 2019), aired(2, 2020), Season(3, Status.CANCELED))
    )

    text = status_text(show, 3, ctx)

    assert text.startswith("No: ")
    assert "so there won't be a season 3" in text


def test_a_season_that_aired_is_a_yes_with_its_date(ctx: Context) -> None:
    show = make(Status.RENEWED, seasons=(aired(1, 2025),))

    assert status_text(show, 1, ctx) == "Yes: Season 1 of Show X came out on 2025-01-10."


def test_a_season_past_the_renewed_one_is_not_yet(ctx: Context) -> None:
    show = make(Status.RENEWED, seasons=(aired(1, 2025),))

    assert status_text(show, 4, ctx) == (
        "Not yet: Show X is renewed for season 2, but season 4 hasn't been announced."
    )


def test_a_canceled_season_of_a_running_show_is_a_no(ctx: Context) -> None:
    show = make(
        Status.RETURNING,
        seasons=(aired(1, 2024), Season(2, Status.CANCELED, note="Replaced by a spin-off")),
    )

    assert status_text(show, 2, ctx) == (
        "No: season 2 of Show X was canceled. Replaced by a spin-off."
    )


def test_an_unannounced_season_of_an_airing_show_is_not_a_yes(ctx: Context) -> None:
    show = make(Status.AIRING, seasons=(Season(1, Status.AIRING, premiered=D(2026, 10, 1)),))

    assert not status_text(show, 5, ctx).startswith("Yes")


def test_every_sentence_of_an_ended_show_starts_with_a_capital(ctx: Context) -> None:
    show = make(Status.ENDED, seasons=(aired(1, 2024), aired(2, 2025)))

    text = status_text(show, 2, ctx)

    assert ". it " not in text


def test_an_ended_show_is_not_said_to_end_before_its_last_season(ctx: Context) -> None:
    show = make(
        Status.ENDED,
        status_date=D(2023, 1, 20),
        seasons=(aired(5, 2022), Season(6, Status.ENDED, premiered=D(2024, 7, 18))),
    )

    assert "ended on 2023-01-20" not in status_text(show, None, ctx)


def test_a_renewed_season_whose_date_has_passed_is_not_said_to_lack_a_date(ctx: Context) -> None:
    show = make(
        Status.RENEWED, seasons=(aired(1, 2025), Season(2, Status.RENEWED, release=D(2026, 3, 1)))
    )

    assert "has no release date" not in status_text(show, None, ctx)


# -- release dates ------------------------------------------------------------------------------


def renewed_with_release(release: PartialDate) -> Show:
    return make(
        Status.RENEWED, seasons=(aired(1, 2025), Season(2, Status.RENEWED, release=release))
    )


def test_a_future_release_comes_out(ctx: Context) -> None:
    show = renewed_with_release(D(2027, 2, 14))

    assert release_text(show, None, ctx) == "Season 2 of Show X comes out on 2027-02-14 on HBO."


def test_a_past_release_came_out(ctx: Context) -> None:
    show = renewed_with_release(D(2026, 11, 21))

    assert release_text(show, 2, ctx) == "Season 2 of Show X came out on 2026-11-21 on HBO."


def test_a_release_today_has_come_out(ctx: Context, today: dt.date) -> None:
    show = renewed_with_release(D(today.year, today.month, today.day))

    assert "came out on 2026-11-22" in release_text(show, 2, ctx)


@pytest.mark.parametrize(
    ("release", "shown"),
    [(D(2027, 3), "2027-03"), (D(2027), "2027"), (D(2026, 11), "2026-11"), (D(2026), "2026")],
    ids=["next year's month", "next year", "this month", "this year"],
)
def test_a_partial_release_date_is_shown_as_given(
    ctx: Context, release: PartialDate, shown: str
) -> None:
    text = release_text(renewed_with_release(release), None, ctx)

    preposition = "on" if release.is_full else "in"
    assert text == f"Season 2 of Show X comes out {preposition} {shown} on HBO."


def test_a_month_that_is_over_has_come_out(ctx: Context) -> None:
    text = release_text(renewed_with_release(D(2026, 10)), None, ctx)

    assert text == "Season 2 of Show X came out in 2026-10 on HBO."


def test_a_canceled_show_has_no_release_date(ctx: Context) -> None:
    show = make(
        Status.CANCELED,
        status_date=D(2022, 11, 8),
        seasons=(aired(1, 2022), Season(2, Status.CANCELED)),
    )

    text = release_text(show, 2, ctx)

    assert text.startswith("There is no release date: season 2 was canceled.")


def test_an_undecided_show_has_no_release_date(ctx: Context) -> None:
    show = make(Status.UNDECIDED, seasons=(aired(1, 2025),))

    assert release_text(show, None, ctx) == (
        "There is no release date for season 2: HBO hasn't decided whether Show X continues."
    )


def test_a_renewed_show_without_a_date_says_so(ctx: Context) -> None:
    show = make(Status.RENEWED, seasons=(aired(1, 2025),))

    assert release_text(show, None, ctx) == (
        "Season 2 of Show X is confirmed but has no release date yet."
    )


def test_when_did_it_come_out_gives_the_premiere(ctx: Context) -> None:
    show = make(Status.ENDED, premiered=D(2022, 9, 8))

    assert release_text(show, None, ctx, past=True) == "Show X first came out on 2022-09-08 on HBO."


def test_an_airing_shows_next_season_is_not_called_confirmed(ctx: Context) -> None:
    show = make(Status.AIRING, seasons=(Season(1, Status.AIRING, premiered=D(2026, 10, 1)),))

    assert "confirmed" not in release_text(show, None, ctx)


# -- the date formatter -------------------------------------------------------------------------


def test_the_date_formatter_is_used_for_every_date(today: dt.date) -> None:
    ctx = Context(today=today, fmt=lambda d: f"<{d}>")
    show = make(
        Status.CANCELED,
        premiered=D(2022, 9, 8),
        status_date=D(2022, 11, 8),
        seasons=(Season(1, Status.ENDED, premiered=D(2022, 9, 8)),),
    )

    text = status_text(show, None, ctx)
    facts = {f.label: f.value for f in key_facts(show, ctx)}

    assert "canceled Show X on <2022-11-08>" in text
    assert "its <2022-09-08> premiere" in text
    assert facts["Premiered"] == "<2022-09-08>"
    assert facts["Status"] == "Canceled (<2022-11-08>)"


# -- cast, reasons, info ------------------------------------------------------------------------


def test_cast_answers_say_where_people_went_next(ctx: Context) -> None:
    show = make(
        Status.CANCELED,
        cast=(
            Credit("Iñaki Godoy", "Juan", (Work("One Piece", 2023, "Netflix"),)),
            Credit("Italia Ricci", "Dr. Sydney Burke"),
        ),
        companies=(Credit("Nomadic Pictures", None, (Work("Walter Boys", 2027, "Netflix"),)),),
    )

    text = answer(show, Intent.CAST, None, ctx).text

    assert text == (
        "Iñaki Godoy (Juan) went on to One Piece (Netflix, 2023); "
        "Nomadic Pictures is making Walter Boys (Netflix, 2027). "
        "Also in the cast: Italia Ricci (Dr. Sydney Burke)."
    )


def test_cast_answers_without_news_say_so(ctx: Context) -> None:
    show = make(Status.ENDED, cast=(Credit("A", "Hero"), Credit("B")))

    assert answer(show, Intent.CAST, None, ctx).text == (
        "The cast of Show X: A (Hero) and B. I don't have news on what they did next."
    )


def test_cast_answers_without_a_cast_say_so(ctx: Context) -> None:
    assert answer(make(Status.ENDED), Intent.CAST, None, ctx).text == (
        "I don't have the cast of Show X on file yet."
    )


def test_reasons_are_listed_one_a_line(ctx: Context) -> None:
    show = make(Status.CANCELED, reasons=("Low ratings", "High cost"))

    assert answer(show, Intent.REASONS, None, ctx).text == (
        "Why HBO canceled Show X:\n- Low ratings\n- High cost"
    )


def test_reasons_that_are_unknown_fall_back_to_the_status(ctx: Context) -> None:
    text = answer(make(Status.CANCELED), Intent.REASONS, None, ctx).text

    assert text == "No: HBO canceled Show X. I don't have the reasons on file."


def test_info_gathers_the_facts(ctx: Context) -> None:
    show = make(
        Status.CANCELED,
        network="Netflix",
        premiered=D(2022, 9, 8),
        creators=("Ann", "Bob"),
        reception=(("imdb", "6.1"), ("rotten_tomatoes_audience", "79%")),
        viewership=("Third in its first week",),
        outlook=("A cure",),
    )

    text = answer(show, Intent.INFO, None, ctx).text

    assert text.startswith(
        "Show X is a Netflix series that premiered on 2022-09-08. Created by Ann and Bob."
    )
    assert "Reception: IMDb 6.1, Rotten Tomatoes audience 79%." in text
    assert "Viewership: Third in its first week." in text
    assert "A next season would have covered: A cure." in text


# -- the Answer value ---------------------------------------------------------------------------


def test_an_answer_says_how_fresh_it_is_and_where_it_comes_from(ctx: Context) -> None:
    show = make(
        Status.CANCELED,
        updated=D(2024, 1, 13),
        sources=(Source(url="https://example.com", title="Deadline"),),
    )

    result = answer(show, Intent.STATUS, None, ctx)

    assert result.freshness == "As of 2024-01-13, per Deadline."
    assert result.full_text == f"{result.text} (As of 2024-01-13, per Deadline.)"


def test_an_answer_without_date_or_source_adds_nothing(ctx: Context) -> None:
    result = answer(make(Status.CANCELED), Intent.STATUS, None, ctx)

    assert result.freshness is None
    assert result.full_text == result.text


def test_an_unknown_intent_gets_the_status_answer(ctx: Context) -> None:
    result = answer(make(Status.CANCELED), Intent.HELP, None, ctx)

    assert result.intent is Intent.STATUS


def test_to_json_has_exactly_the_contract_keys(ctx: Context) -> None:
    show = make(Status.CANCELED, updated=D(2024, 1, 13))

    data = answer(show, Intent.RELEASE, 2, ctx).to_json()

    assert set(data) == JSON_KEYS
    assert data["show"] == "x"
    assert data["title"] == "Show X"
    assert data["intent"] == "release"
    assert data["season"] == 2
    assert data["text"].endswith("(As of 2024-01-13.)")
    assert data["suggestions"] == []


def test_to_json_of_a_refusal_names_the_candidates() -> None:
    refusal = Answer(
        intent=Intent.STATUS,
        text="Which one?",
        suggestions=(Suggestion("office-us", "The Office (NBC)"), Suggestion("office-uk", "UK")),
        ambiguous=True,
    )

    assert refusal.to_json() == {
        "show": None,
        "title": None,
        "intent": "status",
        "season": None,
        "text": "Which one?",
        "suggestions": ["office-us", "office-uk"],
    }


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
