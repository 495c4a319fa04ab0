"""`python -m bench.hostile`: how fast a hostile or accidental knowledge file is rejected.

Each case is a knowledge directory of one good show and one bad file (the probe findings of
issue 10). The figure is the fastest of three loads of that directory, in process, as a reload
would run it; the target is that each is rejected, with a located problem, in at most a second.
The last rows time answers about a show with as many seasons and cast members as the limits
allow, which must stay as fast as any other answer.
"""

from __future__ import annotations

import argparse
import json
import os
import sys
import tempfile
import time
from collections.abc import Callable
from pathlib import Path

from bot.core import limits
from bot.core.engine import Engine
from bot.core.knowledge import load_knowledge

TARGET_S = 1.0
GOOD = "title: Good\nstatus: ended\n"


def _laughs() -> str:
    anchors = ["a0: &a0 [lol, lol, lol, lol, lol, lol, lol, lol, lol]"] + [
        f"a{i}: &a{i} [{', '.join([f'*a{i - 1}'] * 9)}]" for i in range(1, 10)
    ]
    return "\n".join([*anchors, "title: Laughs", "status: ended", "episodes: *a9", ""])


def _seasons_block(count: int) -> str:
    lines = [f"  - number: {n}\n    episodes: 10" for n in range(1, count + 1)]
    return "title: Long\nstatus: ended\nseasons:\n" + "\n".join(lines) + "\n"


def _seasons_json(count: int) -> str:
    show = {"title": "Long", "status": "ended", "seasons": [{"number": n} for n in range(count)]}
    return '{"shows": [\n' + json.dumps(show) + "\n]}\n"


def _largest_yaml() -> str:
    """As much block YAML as `MAX_YAML_BYTES` allows, its one problem in the last show."""
    show = (
        "  - title: Show {n}\n    status: ended\n    network: Netflix\n    premiered: 2020-01-01\n"
    )
    shows, size, n = [], 20, 0
    while size + len(show) + 40 < limits.MAX_YAML_BYTES:
        shows.append(show.format(n=n))
        size, n = size + len(shows[-1]), n + 1
    return "shows:\n" + "".join(shows) + "  - title: Last\n    status: maybe\n"


CASES: dict[str, Callable[[Path], object]] = {
    "billion laughs (1 KB, 9 levels of aliases)": lambda p: p.write_text(_laughs()),
    "!!int lots": lambda p: p.write_text("title: T\nstatus: ended\nepisodes: !!int lots\n"),
    "!!timestamp soon": lambda p: p.write_text(
        "title: T\nstatus: ended\npremiered: !!timestamp x\n"
    ),
    "!!python/object/apply": lambda p: p.write_text(
        "title: T\nstatus: ended\nsummary: !!python/object/apply:os.system [echo]\n"
    ),
    "a 5,000-digit number": lambda p: p.write_text(
        f"title: T\nstatus: ended\nepisodes: {'9' * 5000}\n"
    ),
    "a 4,300-digit season number": lambda p: p.write_text(
        f"title: T\nstatus: ended\nseasons:\n  - number: {'1' * 4300}\n"
    ),
    "a 500-deep YAML list": lambda p: p.write_text(
        f"title: T\nstatus: ended\nreasons: {'[' * 500}{']' * 500}\n"
    ),
    "a 500-deep JSON list": lambda p: p.write_text(
        '{"title": "T", "status": "ended", "reasons": ' + "[" * 500 + "]" * 500 + "}\n"
    ),
    "a named pipe x.yaml": lambda p: os.mkfifo(p),
    "a link to a file outside": lambda p: p.symlink_to("/etc/hostname"),
    "a link to /dev/zero": lambda p: p.symlink_to("/dev/zero"),
    "100,000 seasons, block YAML (3.5 MB)": lambda p: p.write_text(_seasons_block(100_000)),
    "100,000 seasons, JSON style (1.5 MB)": lambda p: p.write_text(_seasons_json(100_000)),
    "501 seasons, block YAML": lambda p: p.write_text(_seasons_block(limits.MAX_SEASONS + 1)),
    "512 KB of block YAML, one bad status": lambda p: p.write_text(_largest_yaml()),
    "a 20 MB file": lambda p: p.write_text(GOOD + "#" * (20 * 1024 * 1024) + "\n"),
}


def rejection_seconds(make: Callable[[Path], object]) -> tuple[float, str]:
    """The fastest of three loads of a directory holding the hostile file; and its first error."""
    with tempfile.TemporaryDirectory() as folder:
        root = Path(folder)
        (root / "good.yaml").write_text(GOOD)
        make(root / "x.yaml")
        best, first = float("inf"), ""
        for _ in range(3):
            started = time.perf_counter()
            result = load_knowledge(root)
            best = min(best, time.perf_counter() - started)
            if result.snapshot is not None or not result.errors:
                raise SystemExit(f"not rejected: {result.problems}")
            first = str(result.errors[0]).replace(folder, "")
        return best, first


def answer_ms() -> dict[str, float]:
    """The slowest of a few answers about a show as big as the limits allow, fastest of 20."""
    seasons = "\n".join(
        f"  - number: {n}\n    episodes: 10" for n in range(1, limits.MAX_SEASONS + 1)
    )
    cast = "\n".join(f"  - name: Person {n}\n    role: Role {n}" for n in range(limits.MAX_CAST))
    text = f"title: Long Runner\nstatus: renewed\nseasons:\n{seasons}\ncast:\n{cast}\n"
    questions = [
        "long runner",
        "will there be a season 501 of long runner",
        "is season 250 of long runner out",
        "how many episodes does long runner have",
        "who is in long runner",
    ]
    with tempfile.TemporaryDirectory() as folder:
        (Path(folder) / "long.yaml").write_text(text)
        engine = Engine.from_directory(Path(folder))
        times = {}
        for question in questions:
            best = float("inf")
            for _ in range(20):
                started = time.perf_counter()
                engine.ask(question)
                best = min(best, time.perf_counter() - started)
            times[question] = best * 1000
        return times


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python -m bench.hostile", description=__doc__)
    parser.parse_args(argv)
    worst = 0.0
    print(f"{'hostile file':44} {'rejected in':>11}  first problem")
    for name, make in CASES.items():
        if name.startswith("a named pipe") and not hasattr(os, "mkfifo"):
            continue
        seconds, problem = rejection_seconds(make)
        worst = max(worst, seconds)
        print(f"{name:44} {seconds * 1000:9.1f}ms  {problem[:110]}")
    print()
    for question, ms in answer_ms().items():
        print(f"answer {question!r:52} {ms:7.3f}ms")
    verdict = "met" if worst <= TARGET_S else "MISSED"
    print(f"\nslowest rejection {worst:.3f}s; target <= {TARGET_S:.0f}s: {verdict}")
    return 0 if worst <= TARGET_S else 1


if __name__ == "__main__":
    sys.exit(main())
