"""`python -m bench.accuracy`: the figures of the labeled question set (`bench.questions`), or
with `--fans` of the fan question set's halves (`bench.fans`).
"""

from __future__ import annotations

import argparse
import sys
from collections.abc import Sequence

from bench.questions import evaluate, format_report, load_cases, question_set_engine


def _fans(args: argparse.Namespace) -> int:
    from bench.fans import HALVES, evaluate_fans, fan_engine, load_fan_cases

    engine = fan_engine(args.size)
    for half in HALVES if args.half == "both" else (args.half,):
        report = evaluate_fans(engine, load_fan_cases(half))
        sys.stdout.write(f"== fan questions, {half} half, {args.size:,} shows ==\n")
        sys.stdout.write("\n".join(report.lines()) + "\n")
        if args.verbose and half == "tuning":
            for miss in report.misses:
                sys.stdout.write(f"  MISS {miss}\n")
    return 0


def main(argv: Sequence[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--verbose", "-v", action="store_true", help="list every miss")
    parser.add_argument(
        "--fans", action="store_true", help="score the fan question set (tests/data/fans)"
    )
    parser.add_argument("--size", type=int, default=20_000, help="shows in the fan-set base")
    parser.add_argument("--half", choices=("tuning", "heldout", "both"), default="both")
    args = parser.parse_args(argv)
    if args.fans:
        return _fans(args)
    report = evaluate(question_set_engine(), load_cases())
    sys.stdout.write(format_report(report) + "\n")
    if args.verbose:
        for question, expected, actual in report.misses:
            sys.stdout.write(f"  MISS {question!r}: expected {expected}, got {actual}\n")
        for question, expected, actual in report.wrong_confident:
            sys.stdout.write(f"  WRONG {question!r}: expected {expected}, got {actual}\n")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
