"""Properties of the engine (bot.core.engine) over any text people can send: every message gets
an answer (or, past the length limit, the polite refusal the shells turn into a reply), and
what it says is well formed and unchanged by characters that show nothing."""

from __future__ import annotations

import json
import unicodedata
from pathlib import Path

import pytest
from hypothesis import given
from hypothesis import strategies as st

from bot.core.answers import Answer, Suggestion
from bot.core.engine import Engine
from bot.core.knowledge import load_knowledge
from bot.core.questions import MAX_QUESTION_CHARS, QuestionTooLong, Topic
from bot.core.questions.seasons import MAX_SEASON
from tests.conftest import TODAY
from tests.hostile_text import (
    TITLES,
    examples,
    invisible_in,
    long_questions,
    questions,
    typed,
)
from tests.json_contract import JSON_KEYS

EXTRA_KNOWLEDGE = Path(__file__).parents[1] / "fixtures" / "knowledge_extra"

HOSTILE = [
    "the imperfects ፩",
    "the imperfects ❸ renewed?",
    "cobra kai ፩",
    "is cobra kai ፩ coming back",
    "cobra kai ፩ season 2",
    "the imperfects ٣",
    "the imperfects season ٣",
    "one piece s❷",
    "cobra kai Ⅻ",
    "season 9999999999999999999999 of cobra kai",
    "cobra kai s99999999999999999999e99999999999999999",
    "is the imperfects\u200b canceled",
    "\ufeffwill there be a season 2 of the imperfects\u200f",
    "\x00",
    "\u0301",
    "\ud800 cobra kai \udfff",
    "🇺🇸🏳️‍🌈 one piece 3️⃣",
    "<@123456789012345678> @everyone is **cobra kai** s2 out?",
    "```py\nimport os```",
    "Þ",
]
"""Messages that once crashed or confused a reader: each must get a well-formed answer."""

BAD_CHARACTERS = frozenset({"Cc", "Cf", "Cs", "Co", "Cn"})


@pytest.fixture(scope="module")
def realistic_engine(bundled_dir: Path) -> Engine:
    """The bundled base with the test shows beside it: same-titled shows (The Office, Skins,
    One Piece), everyday-word titles (Dark, Elite, Wednesday), letters from afar (Shōgun)."""
    snapshot = load_knowledge([bundled_dir, EXTRA_KNOWLEDGE]).snapshot
    assert snapshot is not None
    return Engine(snapshot, clock=lambda: TODAY)


@pytest.fixture(scope="module", params=["bundled", "realistic"])
def engine(request: pytest.FixtureRequest, bundled_engine: Engine) -> Engine:
    if request.param == "bundled":
        return bundled_engine
    return request.getfixturevalue("realistic_engine")


def titles_of(engine: Engine) -> list[str]:
    return [show.title for show in engine.snapshot.shows] + list(TITLES)


def assert_well_formed(engine: Engine, answer: Answer, season: int | None = None) -> None:
    """What every shell relies on in an answer: the --json contract, known shows, a sane
    season (or the one a slash command gave), and text that a terminal or Discord shows as
    written, mentioning no one."""
    data = answer.to_json()
    assert set(data) == JSON_KEYS
    json.dumps(data, ensure_ascii=False).encode("utf-8")
    assert answer.text.strip()
    assert answer.season in (None, season) or 1 <= answer.season <= MAX_SEASON
    assert answer.show is None or answer.show.id in engine.snapshot.by_id
    assert all(s.id in engine.snapshot.by_id for s in answer.suggestions)
    text = answer.full_text
    assert not [c for c in text if c != "\n" and unicodedata.category(c) in BAD_CHARACTERS]
    assert "<@" not in text
    assert "@everyone" not in text
    assert "@here" not in text
    for other in answer.also:
        assert_well_formed(engine, other, season)


def assert_suggestions(engine: Engine, suggestions: list[Suggestion], limit: int) -> None:
    assert len(suggestions) <= limit
    assert len({s.id for s in suggestions}) == len(suggestions)
    for suggestion in suggestions:
        assert suggestion.id in engine.snapshot.by_id
        assert 0 < len(suggestion.label) <= 100


# -- questions -----------------------------------------------------------------------------------


@pytest.mark.parametrize("text", HOSTILE)
def test_a_hostile_message_gets_a_well_formed_answer(engine: Engine, text: str) -> None:
    assert_well_formed(engine, engine.ask(text))


@given(data=st.data())
@examples(150)
def test_any_message_gets_a_well_formed_answer(engine: Engine, data: st.DataObject) -> None:
    text = data.draw(questions(titles_of(engine)), label="text")
    if len(text) > MAX_QUESTION_CHARS:
        with pytest.raises(QuestionTooLong):
            engine.ask(text)
        return

    assert_well_formed(engine, engine.ask(text))


@given(data=st.data())
@examples(15)
def test_a_message_past_the_limit_is_refused_politely(engine: Engine, data: st.DataObject) -> None:
    text = data.draw(long_questions(titles_of(engine)), label="text")
    if len(text) <= MAX_QUESTION_CHARS:
        assert_well_formed(engine, engine.ask(text))
        return

    with pytest.raises(QuestionTooLong) as refused:
        engine.ask(text)

    assert f"under {MAX_QUESTION_CHARS} characters" in str(refused.value)


@given(data=st.data())
@examples(60)
def test_invisible_characters_change_no_answer(engine: Engine, data: st.DataObject) -> None:
    text = data.draw(questions(titles_of(engine), max_fragments=6), label="text")
    if len(text) > MAX_QUESTION_CHARS - 10:
        return
    hidden = data.draw(invisible_in(text), label="hidden")

    assert engine.ask(hidden).to_json() == engine.ask(text).to_json()


def test_a_zero_width_space_after_a_title_changes_nothing(bundled_engine: Engine) -> None:
    plain = bundled_engine.ask("is the imperfects canceled")
    hidden = bundled_engine.ask("is the imperfects\u200b canceled")

    assert hidden.text == plain.text
    assert hidden.text.startswith("Yes: Netflix canceled The Imperfects")


@pytest.mark.parametrize(
    ("odd", "plain"),
    [
        ("the imperfects season ٣", "the imperfects season 3"),
        ("is cobra kai s۶ out", "is cobra kai s6 out"),
        ("cobra kai ፩", "cobra kai 1"),
        ("one piece season ２", "one piece season 2"),
        ("when is one piece ❸ coming", "when is one piece 3 coming"),
        ("will there be a season ௭ of cobra kai", "will there be a season 7 of cobra kai"),
    ],
)
def test_a_season_in_other_digits_reads_as_in_0_to_9(
    bundled_engine: Engine, odd: str, plain: str
) -> None:
    assert bundled_engine.ask(odd).to_json() == bundled_engine.ask(plain).to_json()


# -- slash commands' show option and buttons ----------------------------------------------------


@given(
    data=st.data(),
    topic=st.sampled_from([t for t in Topic if t is not Topic.HELP]),
    season=st.one_of(
        st.none(),
        st.integers(min_value=1, max_value=100),  # what Discord lets through
        st.integers(min_value=-(2**53), max_value=2**53),
    ),
)
@examples(100)
def test_any_show_option_gets_an_answer(
    engine: Engine, data: st.DataObject, topic: Topic, season: int | None
) -> None:
    show = data.draw(
        st.one_of(
            st.sampled_from([s.id for s in engine.snapshot.shows]),
            questions(titles_of(engine), max_fragments=3),
        ),
        label="show",
    )
    if len(show) > MAX_QUESTION_CHARS:
        with pytest.raises(QuestionTooLong):
            engine.answer_about(show, topic, season)
        return

    assert_well_formed(engine, engine.answer_about(show, topic, season), season)


@given(
    data=st.data(),
    topic=st.sampled_from([t for t in Topic if t is not Topic.HELP]),
    season=st.one_of(st.none(), st.integers(min_value=1, max_value=100)),
)
@examples(60)
def test_every_button_gets_an_answer(
    engine: Engine, data: st.DataObject, topic: Topic, season: int | None
) -> None:
    show_id = data.draw(st.sampled_from([s.id for s in engine.snapshot.shows]), label="show")

    assert_well_formed(engine, engine.answer_for(show_id, topic, season), season)


# -- autocomplete ----------------------------------------------------------------------------------


@given(data=st.data(), limit=st.integers(min_value=1, max_value=25))
@examples(150)
def test_any_typing_gets_suggestions_of_known_shows(
    engine: Engine, data: st.DataObject, limit: int
) -> None:
    titles = titles_of(engine)
    typed_so_far = data.draw(
        st.one_of(questions(titles, max_fragments=4), long_questions(titles)), label="typed"
    )

    assert_suggestions(engine, engine.autocomplete(typed_so_far, limit), limit)


@given(data=st.data())
@examples(100)
def test_a_title_typed_in_full_is_suggested(engine: Engine, data: st.DataObject) -> None:
    show = data.draw(st.sampled_from(engine.snapshot.shows), label="show")
    same_title = sum(s.title == show.title for s in engine.snapshot.shows)
    text = data.draw(typed(show.title).filter(lambda t: len(t) == len(show.title)), label="typed")
    hidden = data.draw(invisible_in(text), label="hidden")

    suggested = [s.id for s in engine.autocomplete(hidden, 5)]

    assert show.id in suggested[:same_title]
