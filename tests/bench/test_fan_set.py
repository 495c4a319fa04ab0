"""The fan question set (tests/data/fans) stays a fair measurement: each question sits in the half
its SHA-256 gives it, none is in both halves, and every label is one the scorer understands."""

from __future__ import annotations

import hashlib

import pytest

from bench.fans import HALVES, FanCase, load_fan_cases
from bot.core.questions.topics import Intent, Topic

KINDS = frozenset(
    {
        "plain",
        "typo",
        "joined-split",
        "abbreviation",
        "nickname",
        "chat",
        "season-word",
        "common-word",
        "ordinary-word",
        "reworded",
        "number-word",
        "chitchat",
        "unknown",
        "ambiguous",
        "two-shows",
        "person",
        "yes-no",
        "fact",
        "long",
    }
)


def _half_of(question: str) -> str:
    digest = hashlib.sha256(question.strip().lower().encode()).hexdigest()
    return "tuning" if int(digest, 16) % 2 == 0 else "heldout"


@pytest.fixture(scope="module")
def halves() -> dict[str, list[FanCase]]:
    return {half: load_fan_cases(half) for half in HALVES}


@pytest.mark.parametrize("half", HALVES)
def test_every_question_sits_in_the_half_its_hash_gives(
    halves: dict[str, list[FanCase]], half: str
) -> None:
    misplaced = [case.question for case in halves[half] if _half_of(case.question) != half]
    assert misplaced == []


def test_no_question_is_asked_twice(halves: dict[str, list[FanCase]]) -> None:
    questions = [case.question.strip().lower() for cases in halves.values() for case in cases]
    assert len(questions) == len(set(questions))


@pytest.mark.parametrize("half", HALVES)
def test_every_label_is_one_the_scorer_reads(halves: dict[str, list[FanCase]], half: str) -> None:
    intents = {intent.value for intent in Intent}
    topics = {topic.value for topic in Topic}
    for case in halves[half]:
        assert case.intent in intents, case.question
        assert case.topic in topics, case.question
        assert case.yes_no in {None, "yes", "no", "neither"}, case.question
        assert set(case.kinds) <= KINDS, case.question
        assert not (case.ambiguous and case.shows), case.question
        assert case.season is None or case.season >= 0, case.question


def test_the_set_is_large_enough_to_measure(halves: dict[str, list[FanCase]]) -> None:
    shows = {show for cases in halves.values() for case in cases for show in case.shows}
    assert min(len(cases) for cases in halves.values()) >= 500
    assert len(shows) >= 300
