"""What the bot has done since it started, as counters, written in Prometheus' text format.

The format is simple enough to write by hand (https://prometheus.io/docs/instrumenting/
exposition_formats/), so no client library: a few counters, one histogram, and gauges read at
scrape time. It knows nothing of Discord or of the web server; the Discord layer counts, the
health endpoint (bot/chat/health.py) serves `exposition()`. Everything runs on the bot's event
loop, so plain integers need no lock.
"""

from __future__ import annotations

import bisect
from collections import Counter
from collections.abc import Iterable
from dataclasses import dataclass

# Seconds; an answer is built in about a millisecond, the rest is Discord's round trip.
LATENCY_BUCKETS = (0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1.0, 2.5, 5.0)
REFUSAL_REASONS = ("cooldown", "too_long")


@dataclass(frozen=True)
class Gauges:
    """What is true right now, read when /metrics is asked for."""

    shards_connected: int
    shards: int
    shows_loaded: int
    ready: bool


class Histogram:
    """A cumulative histogram: counts per upper bound, the sum and the count."""

    def __init__(self, buckets: Iterable[float] = LATENCY_BUCKETS) -> None:
        self.bounds = tuple(sorted(buckets))
        self.counts = [0] * (len(self.bounds) + 1)  # the last one is +Inf
        self.total = 0.0

    def observe(self, value: float) -> None:
        self.counts[bisect.bisect_left(self.bounds, value)] += 1
        self.total += value

    @property
    def count(self) -> int:
        return sum(self.counts)

    def lines(self, name: str) -> list[str]:
        lines, running = [], 0
        for bound, count in zip((*self.bounds, float("inf")), self.counts, strict=True):
            running += count
            lines.append(f'{name}_bucket{{le="{_number(bound)}"}} {running}')
        lines.append(f"{name}_sum {_number(self.total)}")
        lines.append(f"{name}_count {running}")
        return lines


class Metrics:
    """The bot's counters. Increment them where the thing happens; read them with
    `exposition()`."""

    def __init__(self) -> None:
        self.answered = 0
        self.refused: Counter[str] = Counter(dict.fromkeys(REFUSAL_REASONS, 0))
        self.latency = Histogram()
        self.reloads: Counter[str] = Counter({"ok": 0, "failed": 0})
        self.announcements_sent = 0

    def question_answered(self, seconds: float) -> None:
        """A question (slash command, mention or DM) got its answer, `seconds` after it came."""
        self.answered += 1
        self.latency.observe(seconds)

    def question_refused(self, reason: str) -> None:
        """A question got no answer on purpose: `cooldown` or `too_long`."""
        self.refused[reason] += 1

    def reload_done(self, ok: bool) -> None:
        self.reloads["ok" if ok else "failed"] += 1

    def announcement_sent(self) -> None:
        """One follower notice (a DM or a channel post) was delivered and marked sent."""
        self.announcements_sent += 1

    def exposition(self, gauges: Gauges) -> str:
        """Every metric in the Prometheus text exposition format (version 0.0.4)."""
        blocks = [
            _metric("showbot_questions_answered_total", "counter",
                    "Questions answered (slash commands, mentions and DMs).",
                    [f"showbot_questions_answered_total {self.answered}"]),
            _metric("showbot_questions_refused_total", "counter",
                    "Questions not answered on purpose, by reason.",
                    [f'showbot_questions_refused_total{{reason="{reason}"}} {count}'
                     for reason, count in sorted(self.refused.items())]),
            _metric("showbot_answer_latency_seconds", "histogram",
                    "Seconds from a question's arrival to its answer being sent.",
                    self.latency.lines("showbot_answer_latency_seconds")),
            _metric("showbot_reloads_total", "counter",
                    "Knowledge reloads, by result (a failed reload keeps the old base).",
                    [f'showbot_reloads_total{{result="{result}"}} {count}'
                     for result, count in sorted(self.reloads.items())]),
            _metric("showbot_announcements_sent_total", "counter",
                    "Announcements sent to followers.",
                    [f"showbot_announcements_sent_total {self.announcements_sent}"]),
            _metric("showbot_shards_connected", "gauge",
                    "Gateway shards of this process with a live connection.",
                    [f"showbot_shards_connected {gauges.shards_connected}"]),
            _metric("showbot_shards", "gauge", "Gateway shards this process runs.",
                    [f"showbot_shards {gauges.shards}"]),
            _metric("showbot_shows_loaded", "gauge", "Shows in the loaded knowledge base.",
                    [f"showbot_shows_loaded {gauges.shows_loaded}"]),
            _metric("showbot_ready", "gauge", "1 when /health answers 200, else 0.",
                    [f"showbot_ready {int(gauges.ready)}"]),
        ]  # fmt: skip
        return "".join(blocks)


def _metric(name: str, kind: str, help_text: str, samples: list[str]) -> str:
    return f"# HELP {name} {help_text}\n# TYPE {name} {kind}\n" + "".join(
        f"{sample}\n" for sample in samples
    )


def _number(value: float) -> str:
    """Prometheus' spelling: `+Inf`, integers without a fraction, else Python's repr."""
    if value == float("inf"):
        return "+Inf"
    return str(int(value)) if float(value).is_integer() else repr(float(value))
