"""Checked parsing of single CSV cells.

Public data sets are messy; a cell we cannot read must stop its row (reported with the line
number) rather than become a wrong fact in the knowledge base. Every parser here therefore either
returns a clean value, returns ``None`` for an empty cell, or raises :class:`RowError` with a reason
an admin can act on.
"""

from __future__ import annotations

import ast
import datetime as dt
import html
import re

__all__ = [
    "RowError",
    "clean_summary",
    "clean_text",
    "parse_day_month_year",
    "parse_float",
    "parse_int",
    "parse_list",
    "parse_month_day_year",
    "parse_year",
    "require_title",
]

#: Dates outside this range are typos, not history: TV started in the 1920s.
_MIN_YEAR = 1900
_MAX_YEAR = 2100

_MONTHS = {
    name: number
    for number, names in enumerate(
        (
            ("jan", "january"),
            ("feb", "february"),
            ("mar", "march"),
            ("apr", "april"),
            ("may",),
            ("jun", "june"),
            ("jul", "july"),
            ("aug", "august"),
            ("sep", "sept", "september"),
            ("oct", "october"),
            ("nov", "november"),
            ("dec", "december"),
        ),
        start=1,
    )
    for name in names
}

_MDY = re.compile(r"(\d{1,2})/(\d{1,2})/(\d{4})")
_D_MON_YY = re.compile(r"(\d{1,2})-([A-Za-z]{3,9})-(\d{2}|\d{4})")
_MONTH_D_YYYY = re.compile(r"([A-Za-z]{3,9})\.? (\d{1,2}), (\d{4})")


class RowError(ValueError):
    """A row cannot be imported; the message is the reason shown to the admin."""


def clean_text(value: str | None) -> str:
    """Collapse runs of whitespace (including newlines inside quoted cells) to one space."""
    return " ".join(value.split()) if value else ""


_TAG = re.compile(r"<[^>]{0,200}>")
_SENTENCE_END = re.compile(r"(?<=[.!?])\s+(?=[A-Z\"'(])")
SUMMARY_CHARS = 600
"""Longer summaries are cut at the last sentence that fits: answers quote a sentence or two."""


def clean_summary(value: str | None) -> str:
    """A summary as plain text: HTML tags and entities gone, cut after a whole sentence."""
    text = clean_text(html.unescape(_TAG.sub(" ", value or "")))
    if len(text) <= SUMMARY_CHARS:
        return text
    kept = ""
    for sentence in _SENTENCE_END.split(text):
        if len(kept) + len(sentence) + 1 > SUMMARY_CHARS:
            break
        kept = f"{kept} {sentence}".strip()
    return kept or text[: SUMMARY_CHARS - 3].rsplit(" ", 1)[0] + "..."


def parse_list(value: str | None, column: str) -> list[str]:
    """``['Drama', 'Crime']``, as the TVMaze export writes lists; an empty cell is no items."""
    raw = clean_text(value)
    if not raw:
        return []
    try:
        items = ast.literal_eval(raw)
    except (ValueError, SyntaxError):
        raise RowError(f"bad list in {column!r}: {raw[:40]!r} (expected ['A', 'B'])") from None
    if not isinstance(items, list) or not all(isinstance(i, str) for i in items):
        raise RowError(f"bad list in {column!r}: {raw[:40]!r} (expected ['A', 'B'])")
    return [clean_text(i) for i in items if clean_text(i)]


def require_title(value: str | None, column: str) -> str:
    title = clean_text(value)
    if not title:
        raise RowError(f"no title ({column!r} is empty)")
    return title


def _make_date(year: int, month: int, day: int, column: str, raw: str) -> dt.date:
    if not _MIN_YEAR <= year <= _MAX_YEAR:
        raise RowError(f"bad date in {column!r}: {raw!r} (year out of range)")
    try:
        return dt.date(year, month, day)
    except ValueError:
        raise RowError(f"bad date in {column!r}: {raw!r} (no such day)") from None


def parse_month_day_year(value: str | None, column: str) -> dt.date | None:
    """``M/D/YYYY`` as the TVMaze Kaggle export writes it (``1/20/2008``)."""
    raw = clean_text(value)
    if not raw:
        return None
    match = _MDY.fullmatch(raw)
    if match is None:
        raise RowError(f"bad date in {column!r}: {raw!r} (expected M/D/YYYY)")
    month, day, year = (int(part) for part in match.groups())
    return _make_date(year, month, day, column, raw)


def parse_day_month_year(value: str | None, column: str) -> dt.date | None:
    """``25-Sep-21`` (the Netflix export), and ``September 25, 2021`` which some rows use.

    Month names are matched by hand rather than with ``strptime("%b")`` so the result does not
    depend on the machine's locale. Two-digit years follow ``strptime``: 00-68 are 2000-2068.
    """
    raw = clean_text(value)
    if not raw:
        return None
    if match := _D_MON_YY.fullmatch(raw):
        day_text, month_text, year_text = match.groups()
    elif match := _MONTH_D_YYYY.fullmatch(raw):
        month_text, day_text, year_text = match.groups()
    else:
        raise RowError(f"bad date in {column!r}: {raw!r} (expected D-Mon-YY)")
    month = _MONTHS.get(month_text.casefold())
    if month is None:
        raise RowError(f"bad date in {column!r}: {raw!r} (unknown month)")
    year = int(year_text)
    if len(year_text) == 2:
        year += 2000 if year <= 68 else 1900
    return _make_date(year, month, int(day_text), column, raw)


def parse_year(value: str | None, column: str) -> int | None:
    raw = clean_text(value)
    if not raw:
        return None
    if not raw.isdigit() or not _MIN_YEAR <= int(raw) <= _MAX_YEAR:
        raise RowError(f"bad year in {column!r}: {raw!r}")
    return int(raw)


def parse_int(
    value: str | None, column: str, *, minimum: int = 0, maximum: int | None = None
) -> int | None:
    raw = clean_text(value)
    if not raw:
        return None
    # "5.0" happens when a spreadsheet touched the file; accept it, but not "5.5".
    text = raw[:-2] if raw.endswith(".0") else raw
    if not text.isdigit():
        raise RowError(f"bad number in {column!r}: {raw!r}")
    number = int(text)
    if number < minimum or (maximum is not None and number > maximum):
        limit = f"{minimum}..{maximum}" if maximum is not None else f">= {minimum}"
        raise RowError(f"bad number in {column!r}: {raw!r} (expected {limit})")
    return number


def parse_float(value: str | None, column: str, *, minimum: float, maximum: float) -> float | None:
    raw = clean_text(value)
    if not raw:
        return None
    try:
        number = float(raw)
    except ValueError:
        raise RowError(f"bad number in {column!r}: {raw!r}") from None
    if not minimum <= number <= maximum:  # also rejects nan
        raise RowError(f"bad number in {column!r}: {raw!r} (expected {minimum}..{maximum})")
    return number
