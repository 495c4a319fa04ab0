"""Turning one YAML file into validated `Show`s, with every problem located by file and line.

Admins write these files by hand, so a typo must point at the exact line and say what to do.
Validation never stops at the first problem: `showbot check` lists all of them in one pass.
"""

from __future__ import annotations

import contextlib
import dataclasses
import datetime as dt
import functools
import sys
from collections.abc import Callable
from dataclasses import dataclass
from typing import Any, ClassVar, TypeVar

import yaml
from rapidfuzz import fuzz, process

from bot.core import fields, limits
from bot.core.consistency import contradictions
from bot.core.fastjson import NotJson, ShowLines, read_json
from bot.core.fields import (
    EXTERNAL_SOURCES,
    ID_PATTERN,
    WEB_LINK,
    Field,
    Kind,
    to_partial_date,
)
from bot.core.models import Credit, PartialDate, Season, Show, Source, Status, Work
from bot.core.text import MAX_ID_LENGTH, slugify
from bot.core.yamlparse import TooComplex, Unreadable, _Mapping, parse_yaml

SHOW_FIELDS = list(fields.names(fields.SHOW))
SEASON_FIELDS = fields.names(fields.SEASON)
CREDIT_FIELDS = fields.names(fields.CREDIT)
COMPANY_FIELDS = fields.names(fields.COMPANY)
WORK_FIELDS = fields.names(fields.WORK)
SOURCE_FIELDS = fields.names(fields.SOURCE)
BACKED_FACTS = fields.BACKED_FACTS
_SEASON_FACT = fields.SEASON_FACT
_SHOW_FIELD_NAMES = tuple(SHOW_FIELDS)

_T = TypeVar("_T")
_NAME = limits.MAX_NAME_LENGTH
_SHOWN = 60
"""Characters of a wrong value quoted in a problem's message."""


@dataclass(frozen=True, slots=True)
class Problem:
    """One thing wrong (or suspicious) in the knowledge base."""

    file: str
    line: int
    field: str
    message: str
    severity: str = "error"

    @property
    def is_error(self) -> bool:
        return self.severity == "error"

    def __str__(self) -> str:
        prefix = "" if self.is_error else "warning: "
        return f"{self.file}:{self.line}: {self.field}: {prefix}{self.message}"


class _Shared:
    """One copy of each equal text, date and source built from one file.

    An imported base repeats the same status notes, source titles and links, networks and dates
    thousands of times, and both parsers make a fresh copy of every occurrence; keeping the
    first one makes a 100,000-show base far smaller. These values are immutable, so sharing
    them is safe, and the table dies with the read, so nothing outlives a reload.
    """

    __slots__ = ("_sources", "_values", "keep")

    def __init__(self) -> None:
        self._values: dict[Any, Any] = {}
        self._sources: dict[
            tuple[str | None, str | None, PartialDate | None, tuple[str, ...]], Source
        ] = {}
        self.keep: Callable[[Any, Any], Any] = self._values.setdefault
        """`keep(value, value)` is `value(value)` without a Python call, for hot loops."""

    def value(self, value: _T) -> _T:
        """The first value equal to `value` (a text, a date, a tuple of them) seen so far."""
        return self._values.setdefault(value, value)  # type: ignore[no-any-return]

    def source(
        self,
        url: str | None,
        title: str | None,
        published: PartialDate | None,
        backs: tuple[str, ...] = (),
    ) -> Source:
        """The one `Source` with these fields; looked up before building, as most repeat."""
        key = (url, title, published, backs)
        source = self._sources.get(key)
        if source is None:
            source = self._sources[key] = Source(
                url=url, title=title, published=published, backs=backs
            )
        return source


class _Checker:
    """Collects problems for one file while converting its raw data into models."""

    def __init__(self, file: str, shared: _Shared | None = None) -> None:
        self.file = file
        self.problems: list[Problem] = []
        self.error_count = 0
        self.unlisted = 0
        """Problems past `MAX_FILE_PROBLEMS`: counted, not kept."""
        self.shared = _Shared() if shared is None else shared

    def document(self, data: Any) -> FileResult:
        """A whole file's data: one show, or a `shows:` list."""
        return _check_document(self, data)

    def error(self, line: int, field: str, message: str) -> None:
        self.error_count += 1
        self._add(Problem(self.file, line, field, message))

    def warn(self, line: int, field: str, message: str) -> None:
        self._add(Problem(self.file, line, field, message, "warning"))

    def _add(self, problem: Problem) -> None:
        if len(self.problems) < limits.MAX_FILE_PROBLEMS:
            self.problems.append(problem)
        else:
            self.unlisted += 1

    def result(self, shows: tuple[Show, ...] = ()) -> FileResult:
        """The file's shows and problems, the problems past the limit summed up in one."""
        problems = self.problems
        if self.unlisted:
            last = problems[-1]
            more = Problem(
                self.file,
                last.line,
                "file",
                f"... and {self.unlisted:,} more problems in this file: fix these first",
                "error" if self.error_count else "warning",
            )
            problems = [*problems, more]
        return FileResult(shows, tuple(problems))

    # -- structure ---------------------------------------------------------------------------

    def fields(self, raw: _Mapping, allowed: tuple[str, ...], where: str) -> None:
        self.duplicates(raw, where)
        known = _key_set(allowed)
        key_lines = getattr(raw, "key_lines", None)
        for key, line in key_lines.items() if key_lines is not None else ((k, 1) for k in raw):
            if key not in known:
                hint = _closest(_name(key), allowed)
                suggestion = f" (did you mean `{hint}`?)" if hint else ""
                self.error(
                    line,
                    f"{where}{_name(key)}",
                    f"unknown field{suggestion}; allowed: {', '.join(allowed)}",
                )

    def duplicates(self, raw: dict[Any, Any], where: str) -> None:
        for key, line in getattr(raw, "duplicate_keys", ()):
            self.error(line, f"{where}{_name(key)}", "is given twice in the same entry; keep one")

    def line_of(self, raw: dict[Any, Any], key: str) -> int:
        key_lines = getattr(raw, "key_lines", None)
        return key_lines.get(key, _line(raw)) if key_lines is not None else 1

    def mapping(self, value: Any, line: int, field: str) -> _Mapping | None:
        if isinstance(value, dict):
            return value  # type: ignore[return-value]
        self.error(line, field, f"must be a mapping of fields, not {_kind(value)}")
        return None

    def items(
        self, raw: dict[Any, Any], key: str, where: str = "", *, most: int = limits.MAX_LIST_ITEMS
    ) -> list[Any]:
        """The list under `key`: none at all when it is no list or longer than `most` (so
        that a hostile list costs one problem, not one check per item)."""
        value = raw.get(key)
        if value is None:
            return []
        if not isinstance(value, list):
            field = f"{where}{key}"
            self.error(self.line_of(raw, key), field, f"must be a list, not {_kind(value)}")
            return []
        if len(value) > most:
            self.error(
                self.line_of(raw, key),
                f"{where}{key}",
                f"has {len(value):,} items; at most {most:,} are allowed",
            )
            return []
        return value

    # -- scalars -----------------------------------------------------------------------------

    def text(
        self,
        raw: _Mapping,
        key: str,
        where: str = "",
        *,
        required: bool = False,
        longest: int = limits.MAX_TEXT_LENGTH,
    ) -> str | None:
        value = raw.get(key)
        field = f"{where}{key}"
        if value is None:
            if required:
                self.error(_line(raw), field, "is required")
            return None
        if isinstance(value, bool) or not isinstance(value, str | int | float):
            self.error(self.line_of(raw, key), field, f"must be text, not {_kind(value)}")
            return None
        text = str(value).strip()
        if not text:
            self.error(self.line_of(raw, key), field, "must not be empty")
            return None
        if len(text) > longest:
            self.error(self.line_of(raw, key), field, _too_long(text, longest))
            return None
        return self.shared.value(text)

    def texts(
        self, raw: _Mapping, key: str, *, longest: int = limits.MAX_TEXT_LENGTH
    ) -> tuple[str, ...]:
        out = []
        for item in self.items(raw, key):
            text = item.strip() if isinstance(item, str) else ""
            if not text:
                self.error(self.line_of(raw, key), key, f"items must be text, not {_kind(item)}")
            elif len(text) > longest:
                self.error(self.line_of(raw, key), key, f"an item {_too_long(text, longest)}")
            else:
                out.append(self.shared.value(text))
        return tuple(out)

    def date(self, raw: _Mapping, key: str, where: str = "") -> PartialDate | None:
        value = raw.get(key)
        if value is None:
            return None
        parsed = to_partial_date(value)
        if parsed is None:
            self.error(
                self.line_of(raw, key),
                f"{where}{key}",
                f"{_shown(value)} is not a date; write YYYY-MM-DD, YYYY-MM or YYYY",
            )
            return None
        return self.shared.value(parsed)

    def status(
        self, raw: _Mapping, key: str, where: str = "", *, required: bool = False
    ) -> Status | None:
        value = raw.get(key)
        if value is None:
            if required:
                self.error(_line(raw), f"{where}{key}", f"is required; one of {_statuses()}")
            return None
        if isinstance(value, str):
            with contextlib.suppress(ValueError):
                return Status(value.strip().lower())
        hint = _closest(_name(value), [s.value for s in Status]) if isinstance(value, str) else None
        suggestion = f" (did you mean `{hint}`?)" if hint else ""
        self.error(
            self.line_of(raw, key),
            f"{where}{key}",
            f"unknown status {_shown(value)}{suggestion}; one of {_statuses()}",
        )
        return None

    def integer(
        self, raw: _Mapping, key: str, where: str = "", *, minimum: int, maximum: int
    ) -> int | None:
        value = raw.get(key)
        if value is None:
            return None
        if isinstance(value, bool) or not isinstance(value, int) or not minimum <= value <= maximum:
            self.error(
                self.line_of(raw, key),
                f"{where}{key}",
                f"must be a whole number from {minimum} to {maximum}, not {_shown(value)}",
            )
            return None
        return value

    # -- by the table (bot.core.fields) ------------------------------------------------------

    def value(self, raw: _Mapping, field: Field, where: str = "") -> Any:
        """The value of one field of the table, read as its kind says."""
        key, kind = field.name, field.kind
        if kind is Kind.TEXT or kind is Kind.URL:
            return self.text(raw, key, where, required=field.required, longest=field.longest)
        if kind is Kind.TEXTS:
            return self.texts(raw, key, longest=field.longest)
        if kind is Kind.DATE:
            return self.date(raw, key, where)
        if kind is Kind.STATUS:
            return self.status(raw, key, where, required=field.required)
        if kind is Kind.WHOLE:
            number = self.integer(raw, key, where, minimum=field.lowest, maximum=field.highest)
            if number is None and field.required and key not in raw:
                first = field.lowest
                self.error(_line(raw), f"{where}{key}", f"is required ({first}, {first + 1}, ...)")
            return number
        if kind is Kind.NUMBER:
            return self.number(raw, field)
        return self._compound[kind](self, raw, field, where)

    def values(self, raw: _Mapping, entry: tuple[Field, ...], where: str) -> dict[str, Any]:
        """Every field of one entry (a season, a cast member ...) by the table, in order."""
        self.fields(raw, fields.names(entry), where)
        return {field.name: self.value(raw, field, where) for field in entry}

    def works(self, raw: _Mapping, field: Field, where: str) -> tuple[Work, ...]:
        out = []
        inner = f"{where}{field.name}."
        for item in self.items(raw, field.name, where, most=field.most):
            work = self.mapping(item, self.line_of(raw, field.name), f"{where}{field.name}")
            if work is None:
                continue
            values = self.values(work, field.entries, inner)
            if values["title"]:
                out.append(Work(**values))
        return tuple(out)

    def credits(self, raw: _Mapping, field: Field, where: str = "") -> tuple[Credit, ...]:
        out = []
        key = field.name
        for item in self.items(raw, key, most=field.most):
            entry = self.mapping(item, self.line_of(raw, key), key)
            if entry is None:
                continue
            values = self.values(entry, field.entries, f"{key}.")
            if values["name"]:
                out.append(Credit(**values))
        return tuple(out)

    def seasons(self, raw: _Mapping, field: Field, where: str = "") -> tuple[Season, ...]:
        out: dict[int, Season] = {}
        for item in self.items(raw, field.name, most=field.most):
            entry = self.mapping(item, self.line_of(raw, field.name), field.name)
            if entry is None:
                continue
            values = self.values(entry, field.entries, f"{field.name}.")
            number = values["number"]
            if number is None:
                continue
            if number in out:
                self.error(_line(entry), "seasons.number", f"season {number} is listed twice")
            out[number] = Season(**values)
        return tuple(sorted(out.values(), key=lambda s: s.number))

    def keyed(self, raw: _Mapping, key: str) -> _Mapping | None:
        """The mapping a field holds (scores, ids), its keys checked for repeats; None when
        the field is missing or no mapping (reported)."""
        value = raw.get(key)
        if value is None:
            return None
        entry = self.mapping(value, self.line_of(raw, key), key)
        if entry is not None:
            self.duplicates(entry, f"{key}.")
        return entry

    def reception(
        self, raw: _Mapping, field: Field, where: str = ""
    ) -> tuple[tuple[str, str], ...]:
        key, longest = field.name, field.longest
        entry = self.keyed(raw, key)
        if entry is None:
            return ()
        if len(entry) > field.most:
            self.error(
                self.line_of(raw, key),
                key,
                f"has {len(entry):,} scores; at most {field.most:,} are allowed",
            )
            return ()
        out = []
        for name, score in entry.items():
            line = self.line_of(entry, name)
            where = f"{key}.{_name(name)}"
            if isinstance(score, bool) or not isinstance(score, str | int | float):
                self.error(line, where, f"must be a score or text, not {_kind(score)}")
                continue
            for text in (str(name), str(score)):
                if len(text) > longest:
                    self.error(line, where, _too_long(text, longest))
                    break
            else:
                out.append(self.shared.value((str(name), str(score))))
        return tuple(out)

    def ids(self, raw: _Mapping, field: Field, where: str = "") -> str:
        """`{tvmaze: 169, imdb: tt0903747}`: each outside source's own id for the show, read
        as text ("tvmaze:169 imdb:tt0903747", see `Show.ids`); what imports write and layering
        matches a hand-written show by."""
        key = field.name
        entry = self.keyed(raw, key)
        if entry is None:
            return ""
        out = []
        for name, given in entry.items():
            line = self.line_of(entry, name)
            if name not in EXTERNAL_SOURCES:
                hint = _closest(str(name), EXTERNAL_SOURCES)
                suggestion = f" (did you mean `{hint}`?)" if hint else ""
                self.error(
                    line,
                    f"{key}.{_name(name)}",
                    f"unknown source{suggestion}; one of {', '.join(EXTERNAL_SOURCES)}",
                )
                continue
            where = f"{key}.{name}"
            if isinstance(given, bool) or not isinstance(given, str | int):
                self.error(line, where, f"must be a text or a whole number, not {_kind(given)}")
                continue
            text = str(given).strip()
            if not text:
                self.error(line, where, "is empty; give the id or leave the line out")
            elif len(text) > field.longest:
                self.error(line, where, _too_long(text, field.longest))
            elif len(text.split()) > 1:
                self.error(line, where, f"{_shown(text)} is no id: an id is one word")
            else:
                out.append(f"{name}:{text}")
        return " ".join(out)

    def sources(self, raw: _Mapping, field: Field, where: str = "") -> tuple[Source, ...]:
        out = []
        url_field, title_field, published_field, backs_field = field.entries
        for item in self.items(raw, field.name, most=field.most):
            entry = self.mapping(item, self.line_of(raw, field.name), field.name)
            if entry is None:
                continue
            self.fields(entry, fields.names(field.entries), "sources.")
            errors_before = self.error_count
            url = self.value(entry, url_field, "sources.")
            title = self.value(entry, title_field, "sources.")
            if url is None and title is None and self.error_count == errors_before:
                self.error(_line(entry), "sources", "give a `url` or a `title`")
            elif url is not None and not url.startswith(WEB_LINK):
                self.error(
                    self.line_of(entry, "url"), "sources.url", f"{_shown(url)} is not a web link"
                )
            published = self.value(entry, published_field, "sources.")
            backs = self.value(entry, backs_field, "sources.")
            out.append(self.shared.source(url, title, published, backs))
        return tuple(out)

    def backs(self, raw: _Mapping, field: Field, where: str = "") -> tuple[str, ...]:
        out = []
        for fact in self.texts(raw, field.name, longest=field.longest):
            if fact in BACKED_FACTS or _SEASON_FACT.match(fact):
                out.append(fact)
                continue
            hint = _closest(fact, BACKED_FACTS)
            suggestion = f" (did you mean `{hint}`?)" if hint else ""
            self.error(
                self.line_of(raw, field.name),
                "sources.backs",
                f"unknown fact {_shown(fact)}{suggestion}; one of {', '.join(BACKED_FACTS)}, "
                "or `season N`",
            )
        return self.shared.value(tuple(out))

    def number(self, raw: _Mapping, field: Field) -> float:
        """Any number in the field's range; `lowest` when missing (popularity)."""
        key, lowest, highest = field.name, field.lowest, field.highest
        value = raw.get(key, lowest)
        if (
            isinstance(value, bool)
            or not isinstance(value, int | float)
            or not lowest <= value <= highest  # also False for NaN
        ):
            self.error(
                self.line_of(raw, key),
                key,
                f"must be a number from {lowest} to {highest}, not {_shown(value)}",
            )
            return 0.0
        return float(value)

    _compound: ClassVar[dict[Kind, Callable[[_Checker, _Mapping, Field, str], Any]]] = {
        Kind.SEASONS: seasons,
        Kind.RECEPTION: reception,
        Kind.CREDITS: credits,
        Kind.WORKS: works,
        Kind.SOURCES: sources,
        Kind.BACKS: backs,
        Kind.IDS: ids,
    }
    """The reader of each compound kind (ID is the show's own: see `show`)."""

    # -- a whole show ------------------------------------------------------------------------

    def show(self, raw: Any, line: int) -> Show | None:
        entry = self.mapping(raw, line, "show")
        if entry is None:
            return None
        errors_before = self.error_count
        self.fields(entry, _SHOW_FIELD_NAMES, "")
        title = self.text(entry, "title", required=True, longest=_NAME)
        status = self.status(entry, "status", required=True)
        show_id = self.text(entry, "id")
        if show_id is not None and not ID_PATTERN.match(show_id):
            self.error(
                self.line_of(entry, "id"),
                "id",
                f"{_shown(show_id)} must be a lowercase slug like `the-imperfects`",
            )
        elif show_id is not None and len(show_id) > MAX_ID_LENGTH:
            self.error(
                self.line_of(entry, "id"),
                "id",
                f"is {len(show_id)} characters long; keep it to {MAX_ID_LENGTH}",
            )
        if show_id is None and title:
            show_id = slugify(title)
            if not show_id:
                self.error(_line(entry), "id", f"cannot make an id from {title!r}; add an `id`")
        values: dict[str, Any] = {
            "id": show_id or "",
            "title": title or "",
            "status": status or Status.UNDECIDED,
        }
        for field in fields.SHOW:
            if field.name not in values:
                values[field.name] = self.value(entry, field)
        show = Show(**values, origin=f"{self.file}:{_line(entry)}")
        if self.error_count > errors_before:
            return None
        for where, message in contradictions(show):
            self.warn(self.line_of(entry, where.split(".")[0]), where, message)
        return show


@dataclass(frozen=True, slots=True)
class FileResult:
    """What one knowledge file holds: its valid shows and its problems."""

    shows: tuple[Show, ...]
    problems: tuple[Problem, ...]
    imported: bool = False
    """Written by `showbot import`: its shows give way to hand-written ones (`bot.core.layers`)."""
    lines: ShowLines | None = dataclasses.field(default=None, compare=False, repr=False)
    """The shows by line, for a file written one show a line: the next read of the file
    takes the shows of its unchanged lines from here (`bot.core.fastjson.ShowLines`)."""


def read_shows(text: str, file: str, previous: ShowLines | None = None) -> FileResult:
    """Validate the text of one knowledge file; `previous` is the `lines` of the last read of
    this file, whose shows are taken again for the lines that did not change.

    A file holds one show (a mapping) or many (a mapping whose only key is `shows`). Imported
    bases are written in YAML's JSON-compatible flow style, which the C JSON parser reads about
    thirty times faster than PyYAML; if such a file has any problem it is read again as YAML,
    so every problem still gets its exact line. Any other file is read as YAML only up to
    `MAX_YAML_BYTES`: PyYAML is slow enough that a bigger file would hold a reload up.
    """
    body = _without_leading_comments(text)
    json_style = body.startswith("{")
    if json_style:
        first_line = text.count("\n", 0, len(text) - len(body)) + 1
        try:
            result, lines = read_json(body, first_line, _Checker(file), previous)
        except NotJson:
            json_style = False
        else:
            if result is not None:
                return result if lines is None else dataclasses.replace(result, lines=lines)
    size = None if json_style else _too_big_for_yaml(text)
    if size is not None:
        message = (
            f"is {size:,} bytes of YAML; split it into files of at most "
            f"{limits.MAX_YAML_BYTES:,} bytes (or write it as `showbot import` does)"
        )
        return FileResult((), (Problem(file, 1, "file", message),))
    return _read_yaml(text, file)


def _without_leading_comments(text: str) -> str:
    """The text after any leading `#` comment lines (JSON itself has no comments)."""
    start = 0
    while True:
        while start < len(text) and text[start] in " \t\r\n":
            start += 1
        if not text.startswith("#", start):
            return text[start:]
        end = text.find("\n", start)
        if end < 0:
            return ""
        start = end + 1


def _line(raw: Any) -> int:
    """Where a mapping starts (every mapping of both readers knows it); 1 for a plain dict."""
    return getattr(raw, "line", 1)


def _read_yaml(text: str, file: str) -> FileResult:
    checker = _Checker(file)
    try:
        data = parse_yaml(text)
    except TooComplex as exc:
        checker.error(_mark_line(exc), "yaml", str(exc.problem))
        return checker.result()
    except yaml.YAMLError as exc:
        reason = getattr(exc, "problem", None) or str(exc)
        checker.error(_mark_line(exc), "yaml", f"syntax error: {_clipped(str(reason))}")
        return checker.result()
    if data is None:
        checker.warn(1, "file", "is empty")
        return checker.result()
    return _check_document(checker, data)


def _mark_line(exc: yaml.YAMLError) -> int:
    mark = getattr(exc, "problem_mark", None)
    return mark.line + 1 if mark is not None else 1


def _too_big_for_yaml(text: str) -> int | None:
    """The size in bytes of a text too big to read as block YAML, else None."""
    if len(text) <= limits.MAX_YAML_BYTES // 4:  # four bytes a character at most
        return None
    size = len(text.encode("utf-8", "surrogatepass"))
    return size if size > limits.MAX_YAML_BYTES else None


def _check_document(checker: _Checker, data: Any) -> FileResult:
    if not isinstance(data, dict):
        checker.error(
            1, "file", f"must hold a show (a mapping) or `shows:` (a list), not {_kind(data)}"
        )
        return checker.result()
    if "shows" in data:
        checker.duplicates(data, "")
        if len(data) != 1:
            others = ", ".join(_name(k) for k in data if k != "shows")
            checker.error(
                _line(data), "shows", f"must be the file's only key; move {others} into a show"
            )
        raw_shows = checker.items(data, "shows", most=sys.maxsize)  # as many as the size allows
        line = checker.line_of(data, "shows")
        shows = [checker.show(raw, getattr(raw, "line", line)) for raw in raw_shows]
    else:
        shows = [checker.show(data, _line(data))]
    return checker.result(tuple(s for s in shows if s is not None))


def _kind(value: Any) -> str:
    names: dict[type, str] = {dict: "a mapping", _Mapping: "a mapping", list: "a list", str: "text"}
    if value is None:
        return "nothing"
    if isinstance(value, bool):
        return "true/false"
    if isinstance(value, int | float):
        return f"the number {_shown(value)}"
    if isinstance(value, Unreadable):
        return str(value)
    return names.get(type(value), type(value).__name__)


def _shown(value: Any) -> str:
    """A wrong value as a message quotes it: short, whatever its size."""
    if isinstance(value, Unreadable):
        return str(value)
    if isinstance(value, int) and not isinstance(value, bool) and abs(value) >= 10**_SHOWN:
        return f"a number of {len(str(abs(value)))} digits"
    if not isinstance(value, str | int | float | dt.date | None):
        return _kind(value)
    text = repr(value)
    return text if len(text) <= _SHOWN else text[: _SHOWN - 4] + "...'"


def _name(key: Any) -> str:
    """A mapping key as a field's name in a message."""
    text = str(key) if isinstance(key, str | int | float | Unreadable) else _kind(key)
    if not text.isprintable():  # a line break in a key must not break the problem's line
        text = repr(text)
    return text if len(text) <= _SHOWN else text[: _SHOWN - 3] + "..."


def _clipped(text: str) -> str:
    return text if len(text) <= 4 * _SHOWN else text[: 4 * _SHOWN - 3] + "..."


def _too_long(text: str, longest: int) -> str:
    return f"is {len(text):,} characters long; at most {longest:,} are allowed"


@functools.cache
def _key_set(names: tuple[str, ...]) -> frozenset[str]:
    """The allowed keys as a set: every key of every entry is looked up in it."""
    return frozenset(names)


def _statuses() -> str:
    return ", ".join(s.value for s in Status)


def _closest(word: str, choices: tuple[str, ...] | list[str]) -> str | None:
    found = process.extractOne(word.lower(), choices, scorer=fuzz.ratio, score_cutoff=70)
    return found[0] if found else None
