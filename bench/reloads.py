"""`python -m bench.reloads`: does memory come back after many reloads?

A bot reloads its base for weeks without a restart. This loads a base of `--size` shows (built
from shared/data like the main benchmark's), then reloads it `--count` times, each time with a
show renamed so that the title index is built again, while answer views are made and dropped
as the Discord layer does (objects in reference cycles, which only the cyclic collector frees).
Questions are asked at `--rate` a second (a busy server's rate many times over), during the
reloads and in a pause between them (`--pause` seconds; in production reloads are minutes
apart). It prints the RSS after the first reload and after the last, and their ratio: memory
that only grows would show here long before it shows in production.
"""

from __future__ import annotations

import argparse
import gc
import json
import logging
import sys
import threading
from collections.abc import Sequence
from pathlib import Path

from bench.bases import cached_base
from bench.probe import _rss_mb
from bot.core.engine import Engine

TARGET_RATIO = 1.10
"""RSS after the last reload, at most this much over the RSS after the first."""
QUESTIONS = (
    "is the imperfects canceled",
    "will there be a season 2 of the order",
    "cobra kai cast",
)


class _View:
    """Stands in for a discord.py view: it and its buttons refer to each other."""

    def __init__(self, answer: object) -> None:
        self.answer = answer
        self.buttons = [{"view": self, "label": str(n)} for n in range(5)]


def _chat(engine: Engine, rate: float, stop: threading.Event, views: list[int]) -> None:
    """Answer questions and drop their views until `stop`, as members do during reloads."""
    while not stop.is_set():
        _View(engine.ask(QUESTIONS[views[0] % len(QUESTIONS)]))
        views[0] += 1
        stop.wait(1 / rate)


def _rename(path: Path, renamed: bool) -> None:
    text = path.read_text()
    marker = '"title": "' if '"title": "' in text else "title: "
    if renamed:
        path.write_text(text.replace(marker + "Renamed ", marker, 1))
    else:
        path.write_text(text.replace(marker, marker + "Renamed ", 1))


class _Collections(logging.Handler):
    """Counts the times the frozen objects were collected again, and the longest it took."""

    def __init__(self) -> None:
        super().__init__()
        self.count = 0
        self.longest_ms = 0.0

    def emit(self, record: logging.LogRecord) -> None:
        self.count += 1
        self.longest_ms = max(self.longest_ms, float(record.args[1]))  # type: ignore[index]


def soak(root: Path, count: int, rate: float, pause: float) -> dict[str, float]:
    collections = _Collections()
    logging.getLogger("bot.core.collector").addHandler(collections)
    logging.getLogger("bot.core.collector").setLevel(logging.INFO)
    engine = Engine.from_directory(root)
    shard = (sorted(root.glob("shows-*.yaml")) or sorted(root.rglob("*.yaml")))[0]
    views = [0]
    stop = threading.Event()
    chatter = threading.Thread(target=_chat, args=(engine, rate, stop, views), daemon=True)
    chatter.start()
    after: list[float] = []
    try:
        for n in range(count):
            _rename(shard, renamed=n % 2 == 1)
            report = engine.reload()
            engine.wait_for_cleanup()
            if not report.ok:
                raise SystemExit(f"reload {n + 1} failed: {report.errors[:3]}")
            after.append(_rss_mb())
            stop.wait(pause)
    finally:
        stop.set()
        chatter.join()
        if count % 2:
            _rename(shard, renamed=True)
    gc.collect()
    return {
        "shows": engine.show_count,
        "reloads": count,
        "views_made": views[0],
        "rss_after_first_mb": after[0],
        "rss_after_last_mb": after[-1],
        "ratio": after[-1] / after[0],
        "frozen_collections": collections.count,
        "longest_frozen_collection_ms": collections.longest_ms,
    }


def main(argv: Sequence[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--size", type=int, default=20000)
    parser.add_argument("--count", type=int, default=100)
    parser.add_argument("--rate", type=float, default=200.0, help="questions a second")
    parser.add_argument("--pause", type=float, default=0.5, help="seconds between reloads")
    args = parser.parse_args(argv)
    figures = soak(cached_base(args.size), args.count, args.rate, args.pause)
    sys.stdout.write(json.dumps(figures) + "\n")
    met = figures["ratio"] <= TARGET_RATIO
    sys.stdout.write(
        f"RSS after reload 1: {figures['rss_after_first_mb']:.0f} MB, after reload "
        f"{args.count}: {figures['rss_after_last_mb']:.0f} MB (x{figures['ratio']:.3f}; "
        f"target <= x{TARGET_RATIO}): {'met' if met else 'NOT MET'}\n"
    )
    return 0 if met else 1


if __name__ == "__main__":
    raise SystemExit(main())
