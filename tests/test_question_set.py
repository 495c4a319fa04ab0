"""The labeled question set (tests/data/questions.yaml) scored by bench.accuracy.

The figures are computed once per module; each test asserts one threshold from issue 2, section 8.
"""

from __future__ import annotations

import pytest

from bench.questions import Report, evaluate, load_cases, question_set_engine


@pytest.fixture(scope="module")
def report() -> Report:
    return evaluate(question_set_engine(), load_cases())


def test_the_set_has_at_least_200_questions(report: Report) -> None:
    assert report.total >= 200


def test_show_accuracy_is_at_least_95_percent(report: Report) -> None:
    assert report.show_accuracy >= 0.95, report.misses


def test_no_confident_answer_is_about_the_wrong_show(report: Report) -> None:
    assert report.wrong_confident == []


def test_unknown_shows_are_refused_at_least_95_percent_of_the_time(report: Report) -> None:
    assert report.should_refuse > 0
    assert report.refusal_rate >= 0.95


def test_intent_accuracy_is_at_least_90_percent(report: Report) -> None:
    assert report.intent_accuracy >= 0.9, report.misses
