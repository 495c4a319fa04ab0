"""The limits of a knowledge file, as the checker reads them and admins read them
(bot.core.limits and knowledge/README.md)."""

from __future__ import annotations

import re
from pathlib import Path

from bot.core import limits

README = Path(__file__).resolve().parents[2] / "knowledge" / "README.md"
_ROW = re.compile(r"^\| `([A-Z_]+)` \| ([0-9,]+) \| (.+) \|$", re.MULTILINE)


def documented() -> dict[str, int]:
    """The README's table of limits: name -> value."""
    return {
        name: int(value.replace(",", ""))
        for name, value, _ in _ROW.findall(README.read_text(encoding="utf-8"))
    }


def defined() -> dict[str, int]:
    return {
        name: value
        for name, value in vars(limits).items()
        if name.isupper() and isinstance(value, int)
    }


def test_every_limit_is_documented_for_admins_with_its_value() -> None:
    assert documented() == defined()


def test_the_limits_agree_with_each_other() -> None:
    assert limits.MAX_YAML_BYTES < limits.MAX_FILE_BYTES
    assert limits.MIN_YEAR <= limits.MIN_WORK_YEAR < limits.MAX_YEAR
    assert limits.MAX_SEASONS <= limits.MAX_SEASON_NUMBER
    assert limits.MAX_NAME_LENGTH < limits.MAX_TEXT_LENGTH
