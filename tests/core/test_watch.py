"""What followers hear: the facts compared between two versions of a show."""

from __future__ import annotations

import datetime as dt

from bot.core.models import PartialDate, Season, Show, Status
from bot.core.watch import (
    PREMIERE_TODAY,
    RELEASE,
    REMOVED,
    SEASON_STATUS,
    STATUS,
    Change,
    ShowFacts,
    describe_change,
    facts_of,
    premieres_on,
    what_changed,
)


def show(status: Status = Status.RENEWED, *seasons: Season) -> ShowFacts:
    return facts_of(Show(id="dark", title="Dark", status=status, seasons=seasons))


def test_facts_survive_their_stored_form() -> None:
    facts = show(Status.RENEWED, Season(1, Status.ENDED, PartialDate(2017, 12, 1)))
    assert ShowFacts.from_json(facts.to_json()) == facts


def test_a_show_first_seen_is_no_news() -> None:
    assert what_changed(None, show()) == ()


def test_nothing_changed_is_no_news() -> None:
    assert what_changed(show(), show()) == ()


def test_a_new_status_is_news() -> None:
    assert what_changed(show(Status.RENEWED), show(Status.CANCELED)) == (
        Change(STATUS, before="renewed", after="canceled"),
    )


def test_a_season_status_and_a_new_release_date_are_news() -> None:
    old = show(Status.RENEWED, Season(2, Status.RENEWED))
    new = show(Status.RENEWED, Season(2, Status.IN_DEVELOPMENT, release=PartialDate(2027, 3)))
    assert what_changed(old, new) == (
        Change(SEASON_STATUS, 2, "renewed", "in_development"),
        Change(RELEASE, 2, None, "2027-03"),
    )


def test_a_moved_release_date_is_news_and_a_dropped_one_is_not() -> None:
    old = show(Status.RENEWED, Season(2, release=PartialDate(2027, 3)))
    moved = show(Status.RENEWED, Season(2, release=PartialDate(2027, 5, 1)))
    dropped = show(Status.RENEWED, Season(2))
    assert what_changed(old, moved) == (Change(RELEASE, 2, "2027-03", "2027-05-01"),)
    assert what_changed(old, dropped) == ()


def test_a_show_that_leaves_the_base_is_reported() -> None:
    assert what_changed(show(), None) == (Change(REMOVED, before="Dark"),)


def test_a_season_premiering_today_needs_its_full_date() -> None:
    today = dt.date(2027, 3, 4)
    facts = show(
        Status.RENEWED,
        Season(2, release=PartialDate(2027, 3, 4)),
        Season(3, release=PartialDate(2027, 3)),
    )
    assert premieres_on(facts, today) == (Change(PREMIERE_TODAY, 2, after="2027-03-04"),)
    assert premieres_on(facts, today + dt.timedelta(days=1)) == ()


def test_each_change_reads_as_a_sentence() -> None:
    assert describe_change(Change(STATUS, before="renewed", after="canceled")) == (
        "Status: renewed → **canceled**."
    )
    assert "2027-03" in describe_change(Change(RELEASE, 2, None, "2027-03"))
    assert "today" in describe_change(Change(PREMIERE_TODAY, 2, after="2027-03-04"))
    assert "removed" in describe_change(Change(REMOVED, before="Dark"))


def test_a_change_survives_its_stored_form() -> None:
    change = Change(RELEASE, 2, "2027-03", "2027-05-01")
    assert Change.from_dict(change.to_dict()) == change
