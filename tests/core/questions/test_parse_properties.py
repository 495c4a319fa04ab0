"""Properties of the question reader (bot.core.questions.parse) over any text people can send:
it reads every message into a well-formed `Question` or refuses it as too long, and odd
characters never change what it reads."""

from __future__ import annotations

import pytest
from hypothesis import assume, example, given
from hypothesis import strategies as st

from bot.core.questions import MAX_QUESTION_CHARS, NETWORKS, Question, QuestionTooLong, Topic
from bot.core.questions.parse import parse_question
from bot.core.questions.seasons import MAX_SEASON
from bot.core.text import fold
from tests.hostile_text import TITLES, examples, invisible_in, long_questions, questions

DIGIT_SCRIPTS = (
    "0123456789",
    "٠١٢٣٤٥٦٧٨٩",  # Arabic-Indic
    "۰۱۲۳۴۵۶۷۸۹",  # Persian
    "०१२३४५६७८९",  # Devanagari
    "௦௧௨௩௪௫௬௭௮௯",  # Tamil
    "๐๑๒๓๔๕๖๗๘๙",  # Thai
    "０１２３４５６７８９",  # fullwidth
    "𝟎𝟏𝟐𝟑𝟒𝟓𝟔𝟕𝟖𝟗",  # mathematical bold
    "⁰¹²³⁴⁵⁶⁷⁸⁹",  # superscript
    "?፩፪፫፬፭፮፯፰፱",  # Ethiopic: no zero
    "⓿❶❷❸❹❺❻❼❽❾",  # dingbat negative circled
)
"""Digits 0-9 in other scripts; '?' where a script has no such digit."""


def assert_well_formed(question: Question) -> None:
    """What every reader of a `Question` relies on."""
    season = question.season
    assert season is None or (type(season) is int and 1 <= season <= MAX_SEASON)
    assert season is None or question.season_ref is None
    assert question.topic is not Topic.HELP or season is None
    for word in question.words:
        assert word is None or (word and word == fold(word) and " " not in word)
    if question.asked is not None:
        start, end = question.asked
        assert 0 <= start < end <= len(question.words)
    assert question.network is None or question.network in NETWORKS.values()
    assert question.predicate is None or not question.wh


@given(text=questions(TITLES))
@examples(300)
@example(text="cobra kai ፩")
@example(text="the imperfects season ٣")
@example(text="season 9999999999999999999999 of cobra kai")
@example(text="s99999999999999999999e99999999999999999 one piece")
@example(text="\ud800 is it renewed? \udfff")
@example(text="\u0301")
@example(text="\x00")
@example(text="<@123456789012345678> **is cobra kai s2 out?**")
def test_any_message_reads_as_a_well_formed_question(text: str) -> None:
    assume(len(text) <= MAX_QUESTION_CHARS)

    question = parse_question(text)

    assert question.text == text
    assert_well_formed(question)


@given(text=long_questions(TITLES))
@examples(30)
def test_a_message_past_the_limit_is_refused_and_none_below_it(text: str) -> None:
    if len(text) > MAX_QUESTION_CHARS:
        with pytest.raises(QuestionTooLong):
            parse_question(text)
    else:
        assert_well_formed(parse_question(text))


@given(
    number=st.one_of(
        st.integers(min_value=1, max_value=120), st.integers(min_value=0, max_value=10**25)
    ),
    script=st.sampled_from(DIGIT_SCRIPTS),
    template=st.sampled_from(
        [
            "will there be a season {} of cobra kai",
            "is season {} of the imperfects out",
            "one piece s{} when",
            "series {} of skins?",
        ]
    ),
)
@examples(150)
@example(number=3, script="٠١٢٣٤٥٦٧٨٩", template="is season {} of the imperfects out")
@example(number=1, script="?፩፪፫፬፭፮፯፰፱", template="will there be a season {} of cobra kai")
def test_a_season_number_reads_the_same_in_any_script(
    number: int, script: str, template: str
) -> None:
    digits = str(number)
    written = "".join(script[int(d)] for d in digits)
    assume("?" not in written)

    season = parse_question(template.format(written)).season

    assert season == (number if 1 <= number <= MAX_SEASON else None)


@given(data=st.data(), text=questions(TITLES, max_fragments=6))
@examples(200)
@example(data=None, text="is the imperfects canceled")
def test_invisible_characters_change_nothing_read(data: st.DataObject | None, text: str) -> None:
    assume(len(text) <= MAX_QUESTION_CHARS - 10)
    hidden = (
        data.draw(invisible_in(text))
        if data is not None
        else "is the imperfects\u200b canceled\ufeff"
    )

    plain, odd = parse_question(text), parse_question(hidden)

    assert odd.words == plain.words
    assert (odd.topic, odd.season, odd.season_ref, odd.predicate) == (
        plain.topic,
        plain.season,
        plain.season_ref,
        plain.predicate,
    )
    assert (odd.asked, odd.network, odd.wh, odd.either_or, odd.small_talk) == (
        plain.asked,
        plain.network,
        plain.wh,
        plain.either_or,
        plain.small_talk,
    )
