"""Shows built directly from bot.core.models, so each test shows exactly the facts it needs, and
a way to ask about them as a member would."""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable

import pytest

from bot.core.answers import Answer, Context, answer
from bot.core.answers.standing import season_asked
from bot.core.models import PartialDate, Season, Show, Status
from bot.core.questions import parse_question

D = PartialDate
Ask = Callable[[Show, str], Answer]


@pytest.fixture
def ctx(today: dt.date) -> Context:
    return Context(today=today)


@pytest.fixture
def ask(ctx: Context) -> Ask:
    """The answer about `show` to `text`, as the engine gives it once the show is found."""

    def asking(show: Show, text: str) -> Answer:
        question = parse_question(text)
        season = season_asked(show, question.season, question.season_ref)
        return answer(show, question, season, ctx)

    return asking


def make(status: Status, **fields: object) -> Show:
    fields.setdefault("network", "HBO")
    return Show(id="x", title="Show X", status=status, **fields)  # type: ignore[arg-type]


def aired(number: int, year: int, episodes: int | None = None) -> Season:
    return Season(number, Status.ENDED, premiered=D(year, 1, 10), episodes=episodes)
