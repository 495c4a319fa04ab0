"""The admin reports: what a reload did, what is loaded, what people asked for in vain."""

from __future__ import annotations

import dataclasses

from bot.chat import limits
from bot.chat.cogs.admin import (
    LINE_CHARS,
    MAX_LISTED,
    misses_message,
    reload_message,
    status_message,
)
from bot.chat.embeds import notice_embed
from bot.core.engine import Engine, ReloadReport
from bot.core.schema import Problem

ROOT = "/srv/knowledge"


def problem(message: str, severity: str = "error", file: str = f"{ROOT}/shows/a.yaml") -> Problem:
    return Problem(file, 3, "status", message, severity)


def test_a_reload_lists_what_changed() -> None:
    report = ReloadReport(True, 12, added=("new-show",), changed=("old-show",), seconds=0.25)
    assert reload_message(report, ROOT, 11) == (
        "Reloaded 12 shows in 0.25 s.\nAdded (1): new-show\nChanged (1): old-show"
    )


def test_a_reload_that_changed_nothing_says_so_with_its_warnings() -> None:
    report = ReloadReport(True, 12, problems=(problem("looks odd", "warning"),))
    text = reload_message(report, ROOT, 12)
    assert "Nothing changed." in text
    assert "1 warning(s), e.g. `shows/a.yaml:3: status: warning: looks odd`" in text


def test_a_failed_reload_names_file_and_line_relative_to_the_base() -> None:
    report = ReloadReport(False, 12, problems=(problem("unknown status 'cancelled'"),))
    text = reload_message(report, ROOT, 12)
    assert text.startswith(
        "Reload failed with 1 error(s); still serving the previous base (12 shows)."
    )
    assert "shows/a.yaml:3: status: unknown status 'cancelled'" in text
    assert ROOT not in text


def test_a_failed_reload_with_many_long_errors_fits_one_message() -> None:
    errors = tuple(problem("x" * 5000 + " ``` end") for _ in range(40))
    text = reload_message(ReloadReport(False, 12, problems=errors), ROOT, 12)
    listed = text.split("```")[1].strip().split("\n")
    assert len(listed) == MAX_LISTED
    assert all(len(line) <= LINE_CHARS for line in listed)
    assert text.endswith(f"... and {40 - MAX_LISTED} more: run `showbot check`.")
    assert len(text) <= limits.EMBED_DESCRIPTION, "the code block is never cut open"
    assert notice_embed(text).description == text


def test_the_status_says_what_is_loaded_from_where(small_engine: Engine) -> None:
    text = status_message(small_engine.snapshot)
    assert text.startswith("**2** shows from 2 file(s) in `")
    assert "Loaded <t:" in text


def test_the_status_counts_the_imported_entries_hand_written_ones_replace(
    small_engine: Engine,
) -> None:
    snapshot = dataclasses.replace(small_engine.snapshot, overridden=small_engine.snapshot.shows)

    assert "2 imported entries replaced by hand-written ones" in status_message(snapshot)
    assert "replaced" not in status_message(small_engine.snapshot)


def test_misses_are_escaped_and_short() -> None:
    text = misses_message([("m*a*s*h @everyone", 3), ("y" * 600, 1)])
    lines = text.split("\n")
    assert lines[1] == "3× m\\*a\\*s\\*h @\u200beveryone"
    assert len(lines[2]) <= len("1× ") + LINE_CHARS
    assert misses_message([]) == "No unanswered titles recorded for this server."
