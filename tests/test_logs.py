"""Logging (bot.logs): one handler, one line per event, however often it is set up."""

from __future__ import annotations

import io
import logging
from collections.abc import Iterator

import pytest

from bot.logs import setup_logging


@pytest.fixture
def restore_root() -> Iterator[None]:
    root = logging.getLogger()
    handlers, level = list(root.handlers), root.level
    yield
    root.handlers[:] = handlers
    root.setLevel(level)


@pytest.mark.usefixtures("restore_root")
def test_setting_up_twice_prints_each_line_once() -> None:
    first, second = io.StringIO(), io.StringIO()
    setup_logging("INFO", first)
    setup_logging("DEBUG", second)
    logging.getLogger("discord.client").info("logging in")
    assert first.getvalue() == ""
    assert second.getvalue().count("logging in") == 1
    assert logging.getLogger().level == logging.DEBUG


@pytest.mark.usefixtures("restore_root")
def test_a_traceback_stays_on_the_line_of_its_event() -> None:
    out = io.StringIO()
    setup_logging("INFO", out)
    try:
        raise RuntimeError("boom\nsecond line")
    except RuntimeError:
        logging.getLogger("bot.test").exception("it failed")
    text = out.getvalue()
    assert text.count("\n") == 1, text
    assert " ERROR bot.test: it failed | Traceback" in text
    assert "RuntimeError: boom | second line" in text


@pytest.mark.usefixtures("restore_root")
def test_lines_below_the_level_are_dropped() -> None:
    out = io.StringIO()
    setup_logging("warning", out)
    logging.getLogger("bot.test").info("quiet")
    logging.getLogger("bot.test").warning("loud")
    assert "quiet" not in out.getvalue()
    assert "WARNING bot.test: loud" in out.getvalue()
