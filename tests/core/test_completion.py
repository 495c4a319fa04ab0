"""Autocomplete: the shows that fit what a user has typed so far (bot.core.completion)."""

from __future__ import annotations

from collections.abc import Callable

import pytest

from bot.core.engine import Engine
from bot.core.models import Show, Status

MakeEngine = Callable[..., Engine]


def show(show_id: str, title: str, popularity: float) -> Show:
    return Show(id=show_id, title=title, status=Status.ENDED, popularity=popularity)


@pytest.fixture
def engine(engine_for: MakeEngine) -> Engine:
    return engine_for(
        show("the-imperfects", "The Imperfects", 30),
        show("the-order", "The Order", 25),
        show("dark", "Dark", 50),
        show("money-heist", "Money Heist", 40),
        show("stranger-things", "Stranger Things", 90),
    )


def test_autocomplete_offers_titles_that_fit_what_was_typed(engine: Engine) -> None:
    suggestions = engine.autocomplete("the imp")

    assert suggestions[0].id == "the-imperfects"


def test_autocomplete_with_nothing_typed_offers_the_most_popular(engine: Engine) -> None:
    assert [s.id for s in engine.autocomplete("", limit=2)] == ["stranger-things", "dark"]
