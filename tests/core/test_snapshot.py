"""How a snapshot tells shows of one title apart (bot.core.snapshot)."""

from __future__ import annotations

from pathlib import Path

from bot.core.models import PartialDate, Show, Status
from bot.core.snapshot import build_snapshot


def office(show_id: str, **facts: object) -> Show:
    return Show(id=show_id, title="The Office", status=Status.UNKNOWN, **facts)  # type: ignore[arg-type]


def test_no_two_shows_of_one_title_ever_get_the_same_label() -> None:
    shows = [
        office("the-office-nbc", network="NBC", premiered=PartialDate(2005)),
        office("the-office-bbc", network="BBC Two", premiered=PartialDate(2001)),
        office("the-office-526", ids="tvmaze:526"),
        office("the-office-imdb", ids="imdb:tt0290978 tvmaze:9"),
        office("the-office-3"),
        office("the-office-again", network="NBC", premiered=PartialDate(2005)),
    ]

    snapshot = build_snapshot(Path("kb"), shows)

    labels = [snapshot.show_label(show) for show in shows]
    assert labels == [
        "The Office (NBC, 2005, the-office-nbc)",
        "The Office (BBC Two, 2001)",
        "The Office (TVMaze 526)",
        "The Office (IMDb tt0290978)",
        "The Office (the-office-3)",
        "The Office (NBC, 2005, the-office-again)",
    ]


def test_a_show_whose_title_no_other_show_has_is_labelled_by_its_title() -> None:
    shows = [
        office("the-office", network="NBC"),
        Show(id="lost", title="Lost", status=Status.UNKNOWN),
    ]

    snapshot = build_snapshot(Path("kb"), shows)

    assert snapshot.show_label(shows[1]) == "Lost"
    assert snapshot.show_label(shows[0]) == "The Office"
