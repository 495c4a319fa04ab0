"""The immutable values every layer shares (bot.core.models)."""

from __future__ import annotations

import datetime as dt

from bot.core.models import PartialDate, Season, Show, Source, Status, Work


def test_a_partial_date_prints_only_what_is_known() -> None:
    assert str(PartialDate(2026)) == "2026"
    assert str(PartialDate(2026, 3)) == "2026-03"
    assert str(PartialDate(2026, 3, 5)) == "2026-03-05"


def test_a_partial_date_is_a_calendar_date_only_when_the_day_is_known() -> None:
    assert PartialDate(2026, 3).to_date() is None
    assert PartialDate(2026, 3, 5).to_date() == dt.date(2026, 3, 5)
    assert PartialDate(2026).earliest() == dt.date(2026, 1, 1)


def test_only_canceled_and_ended_mean_no_more_seasons() -> None:
    assert {s for s in Status if s.is_over} == {Status.CANCELED, Status.ENDED}


def test_a_work_describes_itself_with_network_and_year() -> None:
    assert Work("One Piece", 2023, "Netflix").describe() == "One Piece (Netflix, 2023)"
    assert Work("One Piece").describe() == "One Piece"


def test_last_season_ignores_canceled_and_future_seasons() -> None:
    show = Show(
        id="x",
        title="X",
        status=Status.RENEWED,
        seasons=(
            Season(1, Status.ENDED, premiered=PartialDate(2020)),
            Season(2, Status.ENDED, premiered=PartialDate(2022)),
            Season(3, Status.RENEWED, release=PartialDate(2027)),
            Season(4, Status.CANCELED),
        ),
    )

    assert show.last_season == 2
    assert show.season(3) is not None
    assert show.season(9) is None


def test_a_show_label_tells_same_titled_shows_apart() -> None:
    show = Show(
        id="office-us",
        title="The Office",
        status=Status.ENDED,
        network="NBC",
        premiered=PartialDate(2005, 3, 24),
    )

    assert show.label == "The Office (NBC, 2005)"


def test_the_status_is_cited_from_the_first_listed_source() -> None:
    first, second = Source(url="https://a.example"), Source(title="B")
    show = Show(id="x", title="X", status=Status.ENDED, sources=(first, second))

    assert show.source_for("status") is first
    assert second.describe() == "B"


def test_dates_of_different_precision_compare_without_error() -> None:
    month, day, year = PartialDate(2022, 10), PartialDate(2022, 10, 5), PartialDate(2022)

    assert year < month < day
    assert max([day, month, year]) == day
    assert sorted([day, year, month]) == [year, month, day]
