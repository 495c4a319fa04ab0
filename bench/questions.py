"""The labeled question set (tests/data/questions.yaml): its cases, the engine it is asked of,
and how the engine's answers score. The test suite asserts its thresholds, and the benchmark
reuses `evaluate` on its large bases.
"""

from __future__ import annotations

import datetime as dt
from collections import Counter
from collections.abc import Sequence
from dataclasses import dataclass, field
from pathlib import Path

import yaml

from bot.core.engine import Engine
from bot.core.knowledge import KnowledgeError, load_knowledge
from bot.paths import bundled_knowledge_dir

ROOT = Path(__file__).resolve().parent.parent
QUESTIONS = ROOT / "tests" / "data" / "questions.yaml"
EXTRA_KNOWLEDGE = ROOT / "tests" / "fixtures" / "knowledge_extra"
TODAY = dt.date(2026, 11, 22)
"""The question set's labels were written against the base as of this day."""


@dataclass(frozen=True, slots=True)
class Case:
    question: str
    show: str | None
    intent: str
    season: int | None
    ambiguous: bool


@dataclass
class Report:
    total: int = 0
    show_ok: int = 0
    intent_ok: int = 0
    season_ok: int = 0
    should_refuse: int = 0
    refused: int = 0
    wrong_confident: list[tuple[str, str | None, str]] = field(default_factory=list)
    misses: list[tuple[str, str, str]] = field(default_factory=list)
    by_category: Counter[str] = field(default_factory=Counter)
    ok_by_category: Counter[str] = field(default_factory=Counter)

    @property
    def show_accuracy(self) -> float:
        return self.show_ok / self.total if self.total else 0.0

    @property
    def intent_accuracy(self) -> float:
        return self.intent_ok / self.total if self.total else 0.0

    @property
    def season_accuracy(self) -> float:
        return self.season_ok / self.total if self.total else 0.0

    @property
    def refusal_rate(self) -> float:
        return self.refused / self.should_refuse if self.should_refuse else 1.0


def load_cases(path: Path = QUESTIONS) -> list[Case]:
    raw = yaml.safe_load(path.read_text(encoding="utf-8"))
    return [
        Case(
            question=str(item["q"]),
            show=item.get("show"),
            intent=item["intent"],
            season=item.get("season"),
            ambiguous=bool(item.get("ambiguous", False)),
        )
        for item in raw
    ]


def question_set_engine(extra: Sequence[Path] = (EXTRA_KNOWLEDGE,)) -> Engine:
    """The bundled base plus the fixture shows the question set also asks about."""
    result = load_knowledge([bundled_knowledge_dir(), *extra])
    if result.snapshot is None:
        raise KnowledgeError("the question-set knowledge base is invalid", result.errors)
    return Engine(result.snapshot, clock=lambda: TODAY)


def evaluate(engine: Engine, cases: Sequence[Case]) -> Report:
    report = Report()
    for case in cases:
        answer = engine.ask(case.question)
        got = answer.to_json()
        category = _category(case)
        report.total += 1
        report.by_category[category] += 1
        show_ok = got["show"] == case.show
        report.show_ok += show_ok
        report.intent_ok += got["intent"] == case.intent
        report.season_ok += got["season"] == case.season
        if show_ok and got["intent"] == case.intent:
            report.ok_by_category[category] += 1
        if case.show is None:
            report.should_refuse += 1
            report.refused += got["show"] is None
        if got["show"] is not None and got["show"] != case.show:
            report.wrong_confident.append((case.question, case.show, str(got["show"])))
        if not show_ok or got["intent"] != case.intent or got["season"] != case.season:
            expected = f"{case.show}/{case.intent}/{case.season}"
            actual = f"{got['show']}/{got['intent']}/{got['season']}"
            report.misses.append((case.question, expected, actual))
    return report


def _category(case: Case) -> str:
    if case.ambiguous:
        return "ambiguous"
    if case.intent in ("person", "help"):
        return case.intent
    return "known show" if case.show else "unknown show"


def format_report(report: Report) -> str:
    lines = [
        f"questions:            {report.total}",
        f"show accuracy:        {report.show_accuracy:.1%} ({report.show_ok}/{report.total})",
        f"intent accuracy:      {report.intent_accuracy:.1%} ({report.intent_ok}/{report.total})",
        f"season accuracy:      {report.season_accuracy:.1%} ({report.season_ok}/{report.total})",
        f"refused when it should: {report.refusal_rate:.1%} "
        f"({report.refused}/{report.should_refuse})",
        f"confident wrong show: {len(report.wrong_confident)}",
    ]
    for category, count in sorted(report.by_category.items()):
        ok = report.ok_by_category[category]
        lines.append(f"  {category:<14} show+intent {ok}/{count}")
    return "\n".join(lines)
