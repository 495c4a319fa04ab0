"""Measure one knowledge base in a fresh process (so memory figures are this base's alone).

`python -m bench.probe DIR` prints one JSON object of figures; `bench/__main__.py` runs it for
every size and turns the figures into the results table. `--start-cache FOLDER` times a start
with the start cache instead (run twice: a cold start that writes it, then a restart).
The reload measurements edit the base's files (a popularity moved, a show renamed), so the probe
measures a copy of DIR in a temporary folder and leaves DIR as it was: `bench/.cache/base-N`,
the accuracy base, may be probed.
"""

from __future__ import annotations

import argparse
import asyncio
import datetime as dt
import gc
import json
import re
import shutil
import statistics
import sys
import tempfile
import time
from collections.abc import Callable, Sequence
from pathlib import Path

from rapidfuzz import fuzz, process, utils

from bench.questions import TODAY, Case, evaluate, load_cases
from bot.core.engine import Engine
from bot.core.startcache import StartCache
from bot.core.text import fold


def _rss_mb(field: str = "VmRSS") -> float:
    """Resident memory from /proc (Linux), in MB."""
    for line in Path("/proc/self/status").read_text().splitlines():
        if line.startswith(field + ":"):
            return int(line.split()[1]) / 1024
    return float("nan")


def _reset_peak_rss() -> bool:
    """Start the peak RSS (VmHWM) afresh, so that it tells the peak of what follows (Linux 4.0
    and later); False where it cannot be reset."""
    try:
        Path("/proc/self/clear_refs").write_text("5")
    except OSError:
        return False
    return True


def _timed(calls: Sequence[Callable[[], object]], repeat: int) -> list[float]:
    """Each call's fastest of `repeat` runs, in ms, sorted. On a shared VM a run is sometimes
    slowed by a neighbour; the fastest of a few runs is the call's own cost (as `timeit`
    advises), and the spread of those costs over the calls is what the median and p99 show."""
    fastest = [float("inf")] * len(calls)
    for _ in range(repeat):
        for position, call in enumerate(calls):
            started = time.perf_counter()
            call()
            fastest[position] = min(fastest[position], (time.perf_counter() - started) * 1000)
    return sorted(fastest)


def _touch(files: list[Path]) -> None:
    """Change the files' bytes (a trailing newline), so a reload reads them again."""
    for path in files:
        path.write_text(path.read_text() + "\n")


_POPULARITY = re.compile(r'("popularity": )([0-9.]+)')


def _move_popularity(files: list[Path]) -> None:
    """Rewrite every file with every show's popularity moved, as a fresh import does."""
    for path in files:
        text = path.read_text()
        moved = _POPULARITY.sub(lambda m: f"{m[1]}{_moved(float(m[2]))}", text)
        path.write_text(moved if moved != text else text + "\n")


def _moved(popularity: float) -> float:
    """Another popularity in the format's range, 0 to 100."""
    return popularity + 1.0 if popularity <= 99.0 else popularity - 1.0


def _rename_one_show(path: Path) -> None:
    """Edit the first title in `path`, so a reload must build the title index again."""
    text = path.read_text()
    for marker in ('"title": "', "title: "):
        if marker in text:
            path.write_text(text.replace(marker, marker + "Renamed ", 1))
            return
    raise ValueError(f"{path} holds no title to rename")


def _p(times: list[float], q: float) -> float:
    return times[min(len(times) - 1, int(len(times) * q))]


def _prefixes(cases: list[Case], engine: Engine) -> list[str]:
    """What people type into the `show` option: every prefix of the titles asked about."""
    typed = []
    for case in cases:
        show = engine.snapshot.by_id.get(case.show or "")
        if show is not None:
            typed += [show.title[:n] for n in range(0, len(show.title) + 1, 2)]
    return typed


async def _longest_stall(engine: Engine) -> tuple[float, float]:
    """The longest the event loop went without running while a reload ran in a thread (and
    then freed the base it replaced), and how long the reload took to answer."""
    longest = 0.0
    done = False

    async def ticker() -> None:
        nonlocal longest
        last = time.perf_counter()
        while not done:
            await asyncio.sleep(0.001)
            now = time.perf_counter()
            longest = max(longest, now - last)
            last = now

    task = asyncio.create_task(ticker())
    started = time.perf_counter()
    report = await asyncio.to_thread(engine.reload)
    seconds = time.perf_counter() - started
    await asyncio.to_thread(engine.wait_for_cleanup)  # the old base is freed meanwhile
    done = True
    await task
    assert report.ok, report.errors[:3]
    return longest * 1000, seconds


def probe(root: Path, naive_questions: int, repeat: int) -> dict[str, float]:
    cases = load_cases()
    gc.collect()
    started = time.perf_counter()
    engine = Engine.from_directory(root, clock=lambda: TODAY)
    load_s = time.perf_counter() - started
    gc.collect()
    rss = _rss_mb()
    questions = [c.question for c in cases]
    answer_ms = _timed([lambda q=q: engine.ask(q) for q in questions], repeat)
    typed = _prefixes(cases, engine)
    complete_ms = _timed([lambda t=t: engine.autocomplete(t) for t in typed], repeat)
    report = evaluate(engine, cases)

    # The naive approach: every title and alias, WRatio over the whole question.
    names, owners = [], []
    for show in engine.snapshot.shows:
        for name in (show.title, *show.aliases):
            names.append(name)
            owners.append(show.id)
    processed = [utils.default_process(n) for n in names]
    sample = cases[:naive_questions]

    def naive(question: str) -> str | None:
        found = process.extractOne(
            utils.default_process(question), processed, scorer=fuzz.WRatio, processor=None
        )
        return owners[found[2]] if found else None

    naive_ms = _timed([lambda q=c.question: naive(q) for c in sample], 1)
    naive_right = sum(naive(c.question) == c.show for c in sample)

    for part in (processed, names, owners):  # the naive approach is no part of the bot
        part.clear()
    gc.collect()
    peak_before = _rss_mb("VmHWM")
    peak_measured = _reset_peak_rss()
    files = sorted(root.glob("shows-*.yaml")) or sorted(root.rglob("*.yaml"))
    # An admin renames a show in one file: one file is read again, the indexes built again.
    _rename_one_show(files[0])
    stall_ms, reload_s = asyncio.run(_longest_stall(engine))
    # A fresh import rewrote every shard with the same names but every popularity moved: all
    # shows are new objects, and the name structures of the indexes are reused.
    _move_popularity(files)
    stall_all_ms, reload_all_s = asyncio.run(_longest_stall(engine))
    # The same, with a show renamed too: everything is read and built again.
    _touch(files)
    _rename_one_show(files[-1])
    stall_worst_ms, reload_worst_s = asyncio.run(_longest_stall(engine))
    gc.collect()
    rss_after_reloads = _rss_mb()
    reload_peak = _rss_mb("VmHWM") if peak_measured else float("nan")
    return {
        "shows": engine.show_count,
        "load_s": load_s,
        "reload_s": reload_s,
        "answer_median_ms": statistics.median(answer_ms),
        "answer_p99_ms": _p(answer_ms, 0.99),
        "autocomplete_median_ms": statistics.median(complete_ms),
        "autocomplete_p99_ms": _p(complete_ms, 0.99),
        "stall_ms": stall_ms,
        "reload_all_s": reload_all_s,
        "stall_all_ms": stall_all_ms,
        "reload_worst_s": reload_worst_s,
        "stall_worst_ms": stall_worst_ms,
        "rss_after_reloads_mb": rss_after_reloads,
        "rss_mb": rss,
        "peak_rss_mb": max(peak_before, _rss_mb("VmHWM")),
        "reload_peak_rss_mb": reload_peak,
        "show_accuracy": report.show_accuracy,
        "wrong_confident": len(report.wrong_confident),
        "refusal_rate": report.refusal_rate,
        "naive_median_ms": statistics.median(naive_ms),
        "naive_p99_ms": _p(naive_ms, 0.99),
        "naive_accuracy": naive_right / len(sample),
        "naive_questions": len(sample),
        "questions": len(cases),
        "folded_check": len(fold("Iñaki")),
    }


def start(root: Path, cache_dir: Path) -> dict[str, float]:
    """One start with the start cache in `cache_dir`: how long the load took, whether it read
    the stored base (the cache file was left as it was), how long writing it took otherwise,
    and the accuracy of the base it loaded."""
    start_cache = StartCache(cache_dir)
    path = start_cache.path_for(root)
    before = _identity(path)
    gc.collect()
    started = time.perf_counter()
    engine = Engine.from_directory(root, clock=lambda: TODAY, start_cache=start_cache)
    load_s = time.perf_counter() - started
    engine.wait_for_cleanup()
    written_s = time.perf_counter() - started - load_s
    hit = before is not None and _identity(path) == before
    return {
        "load_s": load_s,
        "hit": hit,
        "write_s": 0.0 if hit else written_s,
        "show_accuracy": evaluate(engine, load_cases()).show_accuracy,
    }


def _identity(path: Path) -> tuple[int, int] | None:
    try:
        status = path.stat()
    except FileNotFoundError:
        return None
    return status.st_ino, status.st_mtime_ns


def main(argv: Sequence[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("root", type=Path)
    parser.add_argument("--naive-questions", type=int, default=60)
    parser.add_argument("--repeat", type=int, default=3)
    parser.add_argument(
        "--start-cache",
        type=Path,
        help="only time one start with the start cache in this folder (a restart if it holds "
        "the base already)",
    )
    args = parser.parse_args(argv)
    if args.start_cache is not None:
        sys.stdout.write(json.dumps(start(args.root, args.start_cache)) + "\n")
        return 0
    with tempfile.TemporaryDirectory(prefix="showbot-probe-") as tmp:
        copy = Path(tmp) / args.root.name
        shutil.copytree(args.root, copy)  # the reloads edit files: never the caller's
        figures = probe(copy, args.naive_questions, args.repeat)
    figures["date"] = dt.date.today().isoformat()  # type: ignore[assignment]
    sys.stdout.write(json.dumps(figures) + "\n")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
