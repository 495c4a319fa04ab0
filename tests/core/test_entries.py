"""What the title index knows of a show (bot.core.entries)."""

from __future__ import annotations

from collections.abc import Callable

from bot.core.engine import Engine
from bot.core.entries import context_of, entry_of
from bot.core.models import PartialDate, Show, Status


def _show(show_id: str, title: str, **fields: object) -> Show:
    return Show(id=show_id, title=title, status=Status.ENDED, **fields)  # type: ignore[arg-type]


def test_a_show_is_indexed_under_its_title_and_aliases() -> None:
    entry = entry_of(_show("dark", "Dark", aliases=("Dark (Netflix)",), popularity=88))

    assert entry.names == ("Dark", "Dark (Netflix)")
    assert entry.popularity == 88


def test_the_network_year_and_decade_point_at_a_show() -> None:
    context = context_of(_show("x", "X", network="Nickelodeon", premiered=PartialDate(1992)))

    assert {"Nickelodeon", "1992", "90s", "1990s"} <= set(context)


def test_the_country_of_the_network_points_at_a_show_but_not_the_pronoun_us() -> None:
    british = context_of(_show("x", "X", network="Channel 5"))
    american = context_of(_show("y", "Y", network="CBS"))

    assert {"uk", "british"} <= set(british)
    assert "american" in american
    assert "us" not in american


def test_the_decade_a_question_names_picks_one_of_two_shows_of_one_title(
    engine_for: Callable[..., Engine],
) -> None:
    engine = engine_for(
        _show("afraid-1992", "Are You Afraid of the Dark?", premiered=PartialDate(1992)),
        _show("afraid-2019", "Are You Afraid of the Dark?", premiered=PartialDate(2019)),
    )

    answer = engine.ask("are you afraid of the dark 90s how many seasons")

    assert answer.show is not None
    assert answer.show.id == "afraid-1992"
