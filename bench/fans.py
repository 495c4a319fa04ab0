"""Accuracy on the fan question set (tests/data/fans): right show, no confident wrong show,
right intent and topic, and whether the answer states what was asked (the fact, the yes or no).

`python -m bench.accuracy --fans` prints the tuning and the held-out half; only the tuning half's
misses are ever listed (`-v`), so the held-out half stays a measurement.
"""

from __future__ import annotations

import datetime as dt
import re
from collections import Counter
from collections.abc import Sequence
from dataclasses import dataclass, field
from pathlib import Path

import yaml

from bench.bases import cached_base
from bot.core.answers import Answer
from bot.core.answers.wording import FACT_CHARS
from bot.core.engine import Engine
from bot.core.knowledge import KnowledgeError, load_knowledge
from bot.core.text import fold

ROOT = Path(__file__).resolve().parent.parent
FANS = ROOT / "tests" / "data" / "fans"
HALVES = ("tuning", "heldout")
TODAY = dt.date(2026, 12, 1)
"""The day the fan questions were labelled against."""
_OPENING = re.compile(r"^(yes|no)\b", re.IGNORECASE)
_LONG_TOPICS = frozenset({"card", "reasons", "cast"})


@dataclass(frozen=True, slots=True)
class FanCase:
    question: str
    shows: tuple[str, ...]
    """Ids that count as the right show (the same show imported twice); empty: none."""
    also: tuple[str, ...]
    intent: str
    topic: str
    season: int | None
    yes_no: str | None
    facts: tuple[str, ...]
    ambiguous: bool
    kinds: tuple[str, ...]


def load_fan_cases(half: str) -> list[FanCase]:
    raw = yaml.safe_load((FANS / f"{half}.yaml").read_text(encoding="utf-8"))
    cases = []
    for item in raw:
        show = item.get("show")
        shows = tuple(show) if isinstance(show, list) else ((show,) if show else ())
        cases.append(
            FanCase(
                question=str(item["q"]),
                shows=shows,
                also=tuple(item.get("also") or ()),
                intent=item["intent"],
                topic=item["topic"],
                season=item.get("season"),
                yes_no=item.get("yes_no"),
                facts=tuple(str(f) for f in item.get("fact") or ()),
                ambiguous=bool(item.get("ambiguous")),
                kinds=tuple(item.get("kind") or ()),
            )
        )
    return cases


@dataclass
class FanReport:
    total: int = 0
    show_ok: int = 0
    wrong_confident: int = 0
    intent_ok: int = 0
    topic_ok: int = 0
    season_ok: int = 0
    asked: int = 0
    """Questions about a known show that ask a fact or a yes/no."""
    stated: int = 0
    yes_no_asked: int = 0
    yes_no_ok: int = 0
    facts_asked: int = 0
    facts_ok: int = 0
    short_asked: int = 0
    short_ok: int = 0
    by_kind: Counter[str] = field(default_factory=Counter)
    ok_by_kind: Counter[str] = field(default_factory=Counter)
    wrong_by_kind: Counter[str] = field(default_factory=Counter)
    misses: list[str] = field(default_factory=list)

    def rate(self, ok: int, of: int) -> str:
        return f"{ok / of:6.1%} ({ok}/{of})" if of else "   n/a"

    def lines(self) -> list[str]:
        lines = [
            f"questions:                 {self.total}",
            f"right show:                {self.rate(self.show_ok, self.total)}",
            f"confident wrong show:      {self.rate(self.wrong_confident, self.total)}",
            f"right intent:              {self.rate(self.intent_ok, self.total)}",
            f"right topic:               {self.rate(self.topic_ok, self.total)}",
            f"right season:              {self.rate(self.season_ok, self.total)}",
            f"asked fact stated:         {self.rate(self.stated, self.asked)}",
            f"  right yes/no opening:    {self.rate(self.yes_no_ok, self.yes_no_asked)}",
            f"  fact in the answer:      {self.rate(self.facts_ok, self.facts_asked)}",
            f"  one fact in <= {FACT_CHARS} chars: {self.rate(self.short_ok, self.short_asked)}",
            "right show by kind (and confident answers about a wrong show):",
        ]
        for kind, count in sorted(self.by_kind.items()):
            wrong = self.wrong_by_kind[kind]
            lines.append(f"  {kind:<15} {self.rate(self.ok_by_kind[kind], count)}  wrong {wrong}")
        return lines


def evaluate_fans(engine: Engine, cases: Sequence[FanCase]) -> FanReport:
    report = FanReport()
    for case in cases:
        answer = engine.ask(case.question)
        _score(report, case, answer)
    return report


def _score(report: FanReport, case: FanCase, answer: Answer) -> None:
    data = answer.to_json()
    got = data["show"]
    answered = [s for s in data["shows"] if s is not None]  # type: ignore[union-attr]
    expected = {*case.shows, *case.also}
    show_ok = (got in case.shows) if case.shows else got is None
    if case.also:
        show_ok = show_ok and set(case.also) <= set(answered)
    report.total += 1
    report.show_ok += show_ok
    wrong = any(s not in expected for s in answered)
    report.wrong_confident += wrong
    report.intent_ok += data["intent"] == case.intent
    report.topic_ok += data["topic"] == case.topic
    report.season_ok += data["season"] == case.season
    for kind in case.kinds:
        report.by_kind[kind] += 1
        report.ok_by_kind[kind] += show_ok
        report.wrong_by_kind[kind] += wrong
    problems = []
    if not show_ok:
        problems.append(f"show {got} (want {'|'.join(case.shows) or None})")
    if data["intent"] != case.intent or data["topic"] != case.topic:
        problems.append(f"topic {data['intent']}/{data['topic']} (want {case.intent}/{case.topic})")
    if data["season"] != case.season:
        problems.append(f"season {data['season']} (want {case.season})")
    if case.shows and (case.facts or case.yes_no):
        stated = _stated(report, case, answer)
        if not stated:
            problems.append(f"said {answer.text[:160]!r}")
    if problems:
        report.misses.append(f"{case.question!r}: " + "; ".join(problems))


def _stated(report: FanReport, case: FanCase, answer: Answer) -> bool:
    """Whether the answer says what was asked: the fact, the right yes or no, and briefly."""
    report.asked += 1
    text = answer.text
    opening = _OPENING.match(text)
    ok = True
    if case.yes_no:
        report.yes_no_asked += 1
        word = opening.group(1).lower() if opening else "neither"
        right = word == case.yes_no
        report.yes_no_ok += right
        ok &= right
    elif opening is not None:
        ok = False  # not a yes/no question: no yes or no
    if case.facts:
        report.facts_asked += 1
        folded = fold(answer.full_text)
        found = any(fold(fact) in folded for fact in case.facts)
        report.facts_ok += found
        ok &= found
    if case.facts and case.topic not in _LONG_TOPICS and not case.also:
        report.short_asked += 1
        short = len(text) <= FACT_CHARS
        report.short_ok += short
        ok &= short
    report.stated += ok
    return ok


def fan_engine(size: int) -> Engine:
    """The evaluation base of `size` shows (built from shared/data and cached)."""
    result = load_knowledge(cached_base(size))
    if result.snapshot is None:
        raise KnowledgeError("the evaluation base is invalid", result.errors)
    return Engine(result.snapshot, clock=lambda: TODAY)
