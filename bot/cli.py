"""The `showbot` command line: the same engine as the Discord bot, with no token needed.

Every command takes `--knowledge DIR` (default: $SHOWBOT_KNOWLEDGE, else the bundled base) and
turns a broken setup into one clear message and a non-zero exit code, never a traceback.
"""

from __future__ import annotations

import argparse
import contextlib
import io
import json
import logging
import os
import sys
from collections.abc import Callable, Sequence
from pathlib import Path
from typing import NoReturn, TextIO, cast

from bot.commandline import EXIT_OK, EXIT_PROBLEMS, EXIT_USAGE, CommandError, knowledge_dir
from bot.core import Answer, Engine, KnowledgeError, QuestionTooLong, Topic, load_knowledge
from bot.logs import setup_logging
from bot.settings import parse_log_level

log = logging.getLogger(__name__)


def main(argv: Sequence[str] | None = None) -> int:
    parser = build_parser()
    args = parser.parse_args(argv)
    try:
        setup_logging(args.log_level or _log_level_from_env())
        return int(args.handler(args) or EXIT_OK)
    except CommandError as exc:
        sys.stderr.write(f"showbot: error: {exc}\n")
        return EXIT_USAGE
    except KnowledgeError as exc:
        sys.stderr.write(f"showbot: error: {exc}\n")
        for problem in exc.problems[:20]:
            sys.stderr.write(f"  {problem}\n")
        if len(exc.problems) > 20:
            sys.stderr.write(f"  ... and {len(exc.problems) - 20} more (run `showbot check`)\n")
        return EXIT_USAGE
    except KeyboardInterrupt:
        return 130


def _log_level_from_env() -> str:
    """$SHOWBOT_LOG_LEVEL for the commands that read no settings file (ask, check, ...)."""
    raw = os.environ.get("SHOWBOT_LOG_LEVEL") or "WARNING"
    try:
        return parse_log_level(raw)
    except ValueError:
        raise CommandError(
            f"SHOWBOT_LOG_LEVEL: {raw!r} is not a log level: use DEBUG, INFO, WARNING or ERROR"
        ) from None


def _log_level_option(raw: str) -> str:
    try:
        return parse_log_level(raw)
    except ValueError:
        raise argparse.ArgumentTypeError(
            f"{raw!r} is not a log level: use debug, info, warning or error"
        ) from None


class _Parser(argparse.ArgumentParser):
    """Usage errors as one line that says what to do, exit code 2 (argparse prints the whole
    usage first, which buries the message)."""

    def error(self, message: str) -> NoReturn:
        self.exit(EXIT_USAGE, f"{self.prog}: error: {message} (see `{self.prog} --help`)\n")


def build_parser() -> _Parser:
    common = _Parser(add_help=False)
    common.add_argument(
        "--knowledge",
        metavar="DIR",
        type=Path,
        default=None,
        help="knowledge directory (default: $SHOWBOT_KNOWLEDGE, else the bundled base)",
    )
    common.add_argument(
        "--log-level",
        type=_log_level_option,
        default=None,
        help="debug, info, warning or error (default: $SHOWBOT_LOG_LEVEL, else warning; "
        "info for run and sync)",
    )
    parser = _Parser(
        prog="showbot", description="Answers TV-show status questions, in Discord or here."
    )
    commands = parser.add_subparsers(dest="command", required=True, metavar="COMMAND")

    ask = commands.add_parser("ask", parents=[common], help="answer one question")
    ask.add_argument("question", help="the question, or - to read one question a line from stdin")
    ask.add_argument("--json", action="store_true", help="print one JSON object per answer")
    ask.set_defaults(handler=_ask)

    console = commands.add_parser("console", parents=[common], help="try questions interactively")
    console.set_defaults(handler=_console)

    check = commands.add_parser("check", parents=[common], help="validate a knowledge directory")
    check.add_argument("directory", nargs="?", type=Path, help="directory to check")
    check.set_defaults(handler=_check)

    _add_extra_commands(
        cast("argparse._SubParsersAction[argparse.ArgumentParser]", commands), common
    )
    return parser


def _add_extra_commands(
    commands: argparse._SubParsersAction[argparse.ArgumentParser], common: argparse.ArgumentParser
) -> None:
    """Commands whose work lives in other packages, imported only when used."""
    from bot.commands import register

    register(commands, common)


# -- knowledge --------------------------------------------------------------------------------


def load_engine(args: argparse.Namespace) -> Engine:
    return Engine.from_directory(knowledge_dir(args))


# -- ask / console ----------------------------------------------------------------------------


def _ask(args: argparse.Namespace) -> int:
    engine = load_engine(args)
    render: Callable[[Answer], str] = _as_json if args.json else render_text
    out = _forgiving(sys.stdout)
    if args.question != "-":
        out.write(render(_safe_ask(engine, args.question)) + "\n")
        return EXIT_OK
    for line in _forgiving(sys.stdin):
        out.write(render(_safe_ask(engine, line.rstrip("\n"))) + "\n")
        out.flush()
    return EXIT_OK


def _forgiving(stream: TextIO) -> TextIO:
    """`stream`, replacing what its encoding cannot carry ("�" for bytes that are not UTF-8
    on the way in) instead of ending a batch with a traceback: one bad line gets an answer
    like any other, and the lines after it are still read."""
    if isinstance(stream, io.TextIOWrapper):
        stream.reconfigure(errors="replace")
    return stream


def _safe_ask(engine: Engine, question: str) -> Answer:
    """An over-long question gets a polite refusal, not an exit: batch runs go on."""
    if not question.strip():
        return engine.help()
    try:
        return engine.ask(question)
    except QuestionTooLong as exc:
        return Answer(topic=Topic.HELP, text=str(exc))


def _as_json(answer: Answer) -> str:
    return json.dumps(answer.to_json(), ensure_ascii=False)


def render_text(answer: Answer) -> str:
    """An answer as a person reads it in a terminal."""
    lines = []
    if answer.title:
        lines.append(f"{answer.title}")
        lines.append("-" * min(len(answer.title), 60))
    lines.append(answer.text)
    if answer.facts and answer.topic is Topic.CARD:
        lines.append("")
        lines.extend(f"  {fact.label}: {fact.value}" for fact in answer.facts)
    if answer.freshness:
        lines.append("")
        lines.append(answer.freshness)
        if answer.source and answer.source.url:
            lines.append(answer.source.url)
    return "\n\n".join(["\n".join(lines), *(render_text(other) for other in answer.also)])


def _console(args: argparse.Namespace, stdin: TextIO | None = None) -> int:
    engine = load_engine(args)
    stdin = _forgiving(stdin or sys.stdin)
    interactive = stdin.isatty()
    if interactive:
        with contextlib.suppress(ImportError):
            import readline  # noqa: F401  (line editing and history in input())
    out = _forgiving(sys.stdout)
    out.write(
        f"showbot console: {engine.show_count} shows from {engine.knowledge_dir}\n"
        "Ask a question; :reload re-reads the knowledge base, :quit (or Ctrl-D) leaves.\n"
    )
    while True:
        try:
            line = input("? ") if interactive else stdin.readline()
        except EOFError:
            break
        if not interactive and not line:
            break
        line = line.strip()
        if line in (":quit", ":q", ":exit"):
            break
        if line == ":reload":
            report = engine.reload()
            verdict = "reloaded" if report.ok else "kept the previous base"
            out.write(f"{verdict}: {report.shows} shows, {len(report.errors)} error(s)\n")
            for problem in report.errors[:10]:
                out.write(f"  {problem}\n")
            continue
        if line:
            out.write(render_text(_safe_ask(engine, line)) + "\n\n")
            out.flush()
    return EXIT_OK


# -- check ------------------------------------------------------------------------------------


def _check(args: argparse.Namespace) -> int:
    root = args.directory or knowledge_dir(args)
    result = load_knowledge(root)
    problems = sorted(result.problems, key=lambda p: (p.file, p.line, not p.is_error))
    for problem in problems:
        sys.stdout.write(f"{problem}\n")
    for override in result.overrides:
        sys.stdout.write(f"{override}\n")
    errors, warnings = len(result.errors), len(result.warnings)
    overridden = (
        f", {len(result.overrides)} imported entries overridden by hand-written ones"
        if result.overrides
        else ""
    )
    if result.snapshot is not None:
        snapshot = result.snapshot
        summary = (
            f"{root}: {len(snapshot.shows)} shows in {snapshot.files} files, "
            f"{errors} errors, {warnings} warnings{overridden}"
        )
    else:
        summary = (
            f"{root}: {errors} errors, {warnings} warnings{overridden}; not loadable until fixed"
        )
    sys.stdout.write(summary + "\n")
    return EXIT_PROBLEMS if errors else EXIT_OK


if __name__ == "__main__":
    raise SystemExit(main())
