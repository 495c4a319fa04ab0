"""The bot's counters in Prometheus' text exposition format (bot.metrics)."""

from __future__ import annotations

import re

from bot.metrics import Gauges, Histogram, Metrics

GAUGES = Gauges(shards_connected=2, shards=2, shows_loaded=8, ready=True)
SAMPLE = re.compile(r'^[a-z_]+(\{[a-z_]+="[^"]*"(,[a-z_]+="[^"]*")*\})? -?[0-9.e+-]+|\+Inf$')


def test_every_line_is_a_comment_or_a_well_formed_sample() -> None:
    metrics = Metrics()
    metrics.question_answered(0.012)
    text = metrics.exposition(GAUGES)
    assert text.endswith("\n")
    for line in text.splitlines():
        assert line.startswith(("# HELP ", "# TYPE ")) or SAMPLE.match(line), line


def test_each_metric_has_help_and_type_once() -> None:
    text = Metrics().exposition(GAUGES)
    types = re.findall(r"^# TYPE (\S+) (\S+)$", text, re.M)
    names = [name for name, _ in types]
    assert len(names) == len(set(names))
    assert dict(types) == {
        "showbot_questions_answered_total": "counter",
        "showbot_questions_refused_total": "counter",
        "showbot_answer_latency_seconds": "histogram",
        "showbot_reloads_total": "counter",
        "showbot_announcements_sent_total": "counter",
        "showbot_shards_connected": "gauge",
        "showbot_shards": "gauge",
        "showbot_shows_loaded": "gauge",
        "showbot_ready": "gauge",
    }
    assert len(re.findall(r"^# HELP ", text, re.M)) == len(names)


def test_counters_count_what_happened() -> None:
    metrics = Metrics()
    metrics.question_answered(0.2)
    metrics.question_refused("cooldown")
    metrics.question_refused("cooldown")
    metrics.question_refused("too_long")
    metrics.reload_done(ok=True)
    metrics.reload_done(ok=False)
    metrics.announcement_sent()
    text = metrics.exposition(GAUGES)
    assert "showbot_questions_answered_total 1\n" in text
    assert 'showbot_questions_refused_total{reason="cooldown"} 2\n' in text
    assert 'showbot_questions_refused_total{reason="too_long"} 1\n' in text
    assert 'showbot_reloads_total{result="ok"} 1\n' in text
    assert 'showbot_reloads_total{result="failed"} 1\n' in text
    assert "showbot_announcements_sent_total 1\n" in text
    assert "showbot_shards_connected 2\nshowbot_ready" not in text
    assert "showbot_shards_connected 2\n" in text
    assert "showbot_ready 1\n" in text


def test_nothing_refused_is_still_written_as_zero() -> None:
    text = Metrics().exposition(GAUGES)
    assert 'showbot_questions_refused_total{reason="cooldown"} 0\n' in text
    assert 'showbot_reloads_total{result="failed"} 0\n' in text


def test_the_histogram_is_cumulative_with_sum_and_count() -> None:
    histogram = Histogram((0.1, 1.0))
    for value in (0.05, 0.1, 0.5, 3.0):
        histogram.observe(value)
    assert histogram.lines("x") == [
        'x_bucket{le="0.1"} 2',
        'x_bucket{le="1"} 3',
        'x_bucket{le="+Inf"} 4',
        "x_sum 3.65",
        "x_count 4",
    ]
