"""The fast path for imported knowledge files: JSON-style YAML read straight into `Show`s.

`showbot import` writes YAML's JSON-compatible flow style, one show per line, and a 100,000-show
base is a hundred such files. The checker in `bot.core.schema` asks every entry for all nineteen
fields through small methods and builds every value anew; `_FastReader` visits only the keys
present, converts each distinct text once per file, and takes a value only where the checker
would take it without a problem, building the very same objects (tests hold the two to that).
For anything else it answers `_SKIP` and the checker reads that show, so the rules and their
messages live in the checker alone.
"""

from __future__ import annotations

import dataclasses
import enum
import functools
import json
import re
from collections.abc import Callable
from typing import Any, Final, TypeVar

from bot.core import limits
from bot.core.consistency import contradictions
from bot.core.models import Credit, PartialDate, Season, Show, Source, Status, Work
from bot.core.schema import (
    _WEB_LINK,
    COMPANY_FIELDS,
    CREDIT_FIELDS,
    ID_PATTERN,
    SEASON_FIELDS,
    SHOW_FIELDS,
    SOURCE_FIELDS,
    WORK_FIELDS,
    FileResult,
    _as_dicts,
    _check_document,
    _Checker,
    _DuplicateKey,
    _Shared,
    to_partial_date,
)
from bot.core.text import MAX_ID_LENGTH, slugify
from bot.core.yamlparse import NESTED_TOO_DEEP, _Mapping

_T = TypeVar("_T")


class _Skip(enum.Enum):
    """The fast path's answer for a value it does not take as written: the checker decides."""

    SKIP = enum.auto()


_SKIP: Final = _Skip.SKIP
_STATUSES = {status.value: status for status in Status}
_SCORE_TYPES = (str, int, float)
_SEASON_KEYS = frozenset(SEASON_FIELDS)
_CREDIT_KEYS = frozenset(CREDIT_FIELDS)
_COMPANY_KEYS = frozenset(COMPANY_FIELDS)
_WORK_KEYS = frozenset(WORK_FIELDS)
_SOURCE_KEYS = frozenset(SOURCE_FIELDS)

_Pairs = tuple[tuple[str, Any], ...]
"""A JSON object as `json.loads(..., object_pairs_hook=tuple)` returns it."""


def _builder(cls: type[_T]) -> Callable[..., _T]:
    """`cls(*fields)`, about five times faster, for a frozen slotted dataclass.

    A frozen dataclass's `__init__` sets every field through `object.__setattr__`, which costs
    more than all the validation of a typical imported show. A plain class with the very same
    slots sets them with ordinary attribute stores, then becomes a `cls` (CPython allows
    `__class__` assignment between classes of one layout): the object is exactly what
    `cls(*fields)` makes. The `__init__` is generated, like dataclasses' own; `cls` itself is
    returned if its `__init__` does anything more than store the fields.
    """
    names = tuple(f.name for f in dataclasses.fields(cls))  # type: ignore[arg-type]
    if hasattr(cls, "__post_init__") or sorted(names) != sorted(getattr(cls, "__slots__", ())):
        return cls
    source = "\n".join(
        [f"def __init__(self, {', '.join(names)}):"]
        + [f"    self.{name} = {name}" for name in names]
        + ["    self.__class__ = cls"]
    )
    namespace: dict[str, Any] = {"cls": cls}
    exec(source, namespace)
    builder = type(
        f"_{cls.__name__}Builder",
        (),
        {"__slots__": cls.__slots__, "__init__": namespace["__init__"], "__module__": __name__},
    )
    probe = [object() for _ in names]
    try:
        made, built = cls(*probe), builder(*probe)
    except Exception:  # an `__init__` that does more than store, or no `__class__` assignment
        return cls
    if type(built) is not cls or any(getattr(built, n) is not getattr(made, n) for n in names):
        return cls
    return builder


_new_show = _builder(Show)
_new_season = _builder(Season)
_new_credit = _builder(Credit)
_new_work = _builder(Work)
_new_source = _builder(Source)


class _Memo(dict[Any, Any]):
    """Converted values by their JSON text, each text converted once per file by `convert`.

    An imported file repeats its status notes, networks and dates thousands of times, and a
    hit costs one C-level lookup instead of a Python call. Only texts are kept: a text equals
    nothing but the same text, while `True`, `1` and `1.0` are equal keys the checker tells
    apart. A list as the value raises TypeError (it cannot be a key), which is a `_SKIP` too.
    """

    __slots__ = ("convert",)

    def __init__(self, convert: Callable[[Any], Any]) -> None:
        super().__init__()
        self.convert = convert

    def __missing__(self, value: Any) -> Any:
        converted = self.convert(value)
        if type(value) is str:
            self[value] = converted
        return converted


def _entry(pairs: Any, allowed: frozenset[str]) -> dict[str, Any] | None:
    """A JSON object as a dict; None when it is no object, repeats a key or has an unknown one."""
    if type(pairs) is not tuple:
        return None
    entry = dict(pairs)
    if len(entry) != len(pairs) or not entry.keys() <= allowed:
        return None
    return entry


def _text(
    keep: Callable[[str, str], str], value: Any, longest: int = limits.MAX_TEXT_LENGTH
) -> str | _Skip | None:
    """A text as the checker keeps it (stripped, not empty, not too long), the first copy
    seen."""
    if value is None:
        return None
    if type(value) is not str:
        return _SKIP
    text = value.strip()
    return keep(text, text) if text and len(text) <= longest else _SKIP


def _name(keep: Callable[[str, str], str], value: Any) -> str | _Skip | None:
    return _text(keep, value, limits.MAX_NAME_LENGTH)


def _date(keep: Callable[[Any, Any], Any], value: Any) -> PartialDate | _Skip | None:
    if value is None:
        return None
    date = to_partial_date(value)
    return _SKIP if date is None else keep(date, date)  # type: ignore[no-any-return]


def _status(value: Any) -> Status | _Skip | None:
    if value is None:
        return None
    return _STATUSES.get(value, _SKIP) if type(value) is str else _SKIP


def _each(
    value: Any,
    allowed: frozenset[str],
    build: Callable[[dict[str, Any]], _T | _Skip],
    most: int = limits.MAX_LIST_ITEMS,
) -> tuple[_T, ...] | _Skip:
    """A list of JSON objects built one by one; `_SKIP` if it is no list, is longer than
    `most` or any item fails."""
    if value is None:
        return ()
    if type(value) is not list or len(value) > most:
        return _SKIP
    out = []
    for item in value:
        entry = _entry(item, allowed)
        built = _SKIP if entry is None else build(entry)
        if built is _SKIP:
            return _SKIP
        out.append(built)
    return tuple(out)


def _whole(value: Any, minimum: int, maximum: int) -> int | _Skip | None:
    """A whole number the checker accepts (`True` is no number; JSON ints are exact ints)."""
    if value is None:
        return None
    return value if type(value) is int and minimum <= value <= maximum else _SKIP


class _FastReader:
    """Builds `Show`s straight from the objects of `json.loads(..., object_pairs_hook=tuple)`.

    The checker asks every entry for all nineteen fields through small methods, though an
    imported show sets about six, and builds every value anew. This visits only the keys
    present and converts each distinct text once per file. It takes a value only where the
    checker would take it without a problem, and builds the very same objects (tests hold the
    two to that); for anything else it answers `_SKIP` and the checker reads that show, so the
    rules and their messages live in the checker alone. A null is a missing value, as there.
    """

    def __init__(self, shared: _Shared, origin: str) -> None:
        keep = self.keep = shared.keep
        self.text_of = _Memo(functools.partial(_text, keep)).__getitem__
        name_of = _Memo(functools.partial(_name, keep)).__getitem__
        self.known_sources: dict[_Pairs, Source] = {}
        """Sources by their JSON object: half of an imported file's sources repeat."""
        self.defaults = [origin if name == "origin" else value for name, value in _DEFAULTS]
        date_of = _Memo(functools.partial(_date, keep)).__getitem__
        memos = {
            "network": name_of,
            "premiered": date_of,
            "finale": date_of,
            "status": _Memo(_status).__getitem__,
            "status_date": date_of,
            "status_note": self.text_of,
            "updated": date_of,
        }
        self.slots = {
            key: (index, convert, memos.get(key)) for key, (index, convert) in _SLOTS.items()
        }
        """Each key: its position among `Show`'s fields, and its converter or its `_Memo`. No
        bound method of the reader in here: the loader pauses the garbage collector and then
        freezes what it built, so a reference cycle would never be freed."""

    def show(self, pairs: Any) -> Show | _Skip:
        if type(pairs) is not tuple or len(dict(pairs)) != len(pairs):
            return _SKIP
        values = self.defaults.copy()
        slots = self.slots
        try:
            for key, value in pairs:
                slot = slots.get(key)
                if slot is None:
                    return _SKIP
                index, convert, memo = slot
                converted = convert(self, value) if memo is None else memo(value)
                if converted is _SKIP:
                    return _SKIP
                values[index] = converted
        except TypeError:  # a list or an object where a text belongs, met by a `_Memo`
            return _SKIP
        title = values[_TITLE]
        if title is None or values[_STATUS] is None:
            return _SKIP
        if values[_ID] is None:
            values[_ID] = slugify(title)
            if not values[_ID]:
                return _SKIP
        show = _new_show(*values)
        if next(contradictions(show), None) is not None:
            return _SKIP  # the checker warns about it, on its line
        return show

    # -- scalars -----------------------------------------------------------------------------

    def show_id(self, value: Any) -> str | _Skip | None:
        if value is None:
            return None
        if type(value) is not str:
            return _SKIP
        show_id = value.strip()
        if len(show_id) > MAX_ID_LENGTH or not ID_PATTERN.match(show_id):
            return _SKIP
        return show_id

    def title(self, value: Any) -> str | _Skip:
        """Not shared: every show has a title of its own."""
        if type(value) is not str:
            return _SKIP
        title = value.strip()
        return title if title and len(title) <= limits.MAX_NAME_LENGTH else _SKIP

    def text(self, value: Any) -> str | _Skip | None:
        return _text(self.keep, value)

    def name(self, value: Any) -> str | _Skip | None:
        return _text(self.keep, value, limits.MAX_NAME_LENGTH)

    def texts(self, value: Any, longest: int = limits.MAX_TEXT_LENGTH) -> tuple[str, ...] | _Skip:
        if value is None:
            return ()
        if type(value) is not list or len(value) > limits.MAX_LIST_ITEMS:
            return _SKIP
        out = []
        for item in value:
            if type(item) is not str:
                return _SKIP
            text = item.strip()
            if not text or len(text) > longest:
                return _SKIP
            out.append(self.keep(text, text))
        texts = tuple(out)
        return self.keep(texts, texts)  # type: ignore[no-any-return]

    def names(self, value: Any) -> tuple[str, ...] | _Skip:
        return self.texts(value, limits.MAX_NAME_LENGTH)

    def date(self, value: Any) -> PartialDate | _Skip | None:
        return _date(self.keep, value)

    def episodes(self, value: Any) -> int | _Skip | None:
        return _whole(value, 0, limits.MAX_EPISODES)

    def runtime(self, value: Any) -> int | _Skip | None:
        return _whole(value, 1, limits.MAX_RUNTIME)

    def popularity(self, value: Any) -> float | _Skip:
        """Missing is 0, but an explicit null is a problem, as in the checker."""
        if type(value) is not float and type(value) is not int:
            return _SKIP
        return float(value) if 0 <= value <= limits.MAX_POPULARITY else _SKIP

    # -- compound fields ---------------------------------------------------------------------

    def seasons(self, value: Any) -> tuple[Season, ...] | _Skip:
        out = _each(value, _SEASON_KEYS, self.season, limits.MAX_SEASONS)
        if out is _SKIP or len({season.number for season in out}) != len(out):
            return _SKIP
        return tuple(sorted(out, key=lambda s: s.number))

    def season(self, entry: dict[str, Any]) -> Season | _Skip:
        fields = (
            _whole(entry.get("number"), 1, limits.MAX_SEASON_NUMBER),
            _status(entry.get("status")),
            self.date(entry.get("premiered")),
            self.date(entry.get("release")),
            _whole(entry.get("episodes"), 0, limits.MAX_EPISODES),
            self.text(entry.get("note")),
        )
        if fields[0] is None or _SKIP in fields:
            return _SKIP
        return _new_season(*fields)

    def reception(self, value: Any) -> tuple[tuple[str, str], ...] | _Skip:
        if value is None:
            return ()
        if (
            type(value) is not tuple
            or len(dict(value)) != len(value)
            or len(value) > limits.MAX_LIST_ITEMS
        ):
            return _SKIP
        out = []
        for name, score in value:
            if type(score) not in _SCORE_TYPES:
                return _SKIP
            pair = (name, str(score))
            if len(name) > limits.MAX_NAME_LENGTH or len(pair[1]) > limits.MAX_NAME_LENGTH:
                return _SKIP
            out.append(self.keep(pair, pair))
        scores = tuple(out)
        return self.keep(scores, scores)  # type: ignore[no-any-return]

    def cast(self, value: Any) -> tuple[Credit, ...] | _Skip:
        return _each(value, _CREDIT_KEYS, self.credit, limits.MAX_CAST)

    def companies(self, value: Any) -> tuple[Credit, ...] | _Skip:
        return _each(value, _COMPANY_KEYS, self.credit)

    def credit(self, entry: dict[str, Any]) -> Credit | _Skip:
        fields = (
            self.name(entry.get("name")),
            self.text(entry.get("role")),  # never given for a company: not allowed
            self.works(entry["next"]) if "next" in entry else (),
        )
        if fields[0] is None or _SKIP in fields:
            return _SKIP
        return _new_credit(*fields)

    def works(self, value: Any) -> tuple[Work, ...] | _Skip:
        return _each(value, _WORK_KEYS, self.work)

    def work(self, entry: dict[str, Any]) -> Work | _Skip:
        fields = (
            self.name(entry.get("title")),
            _whole(entry.get("year"), limits.MIN_WORK_YEAR, limits.MAX_YEAR),
            self.name(entry.get("network")),
            self.text(entry.get("note")),
        )
        if fields[0] is None or _SKIP in fields:
            return _SKIP
        return _new_work(*fields)

    def sources(self, value: Any) -> tuple[Source, ...] | _Skip:
        if value is None:
            return ()
        if type(value) is not list or len(value) > limits.MAX_LIST_ITEMS:
            return _SKIP
        known = self.known_sources
        out = []
        for item in value:
            source = known.get(item) or self.source(item)  # TypeError: a list inside
            if source is _SKIP:
                return _SKIP
            out.append(source)
        return tuple(out)

    def source(self, item: Any) -> Source | _Skip:
        entry = _entry(item, _SOURCE_KEYS)
        if entry is None:
            return _SKIP
        if "backs" in entry:
            return _SKIP  # rare in imports: the checker validates the facts named
        url, title, published = entry.get("url"), entry.get("title"), entry.get("published")
        if url is not None:
            url = _text(self.keep, url, limits.MAX_URL_LENGTH)
            if not isinstance(url, str) or not url.startswith(_WEB_LINK):
                return _SKIP
        if title is not None:
            title = self.text_of(title)
            if title is _SKIP:
                return _SKIP
        elif url is None:
            return _SKIP
        date = self.date(published)
        if date is _SKIP:
            return _SKIP
        source = _new_source(url, title, date, ())
        if type(published) is not int:
            # Only texts inside, which equal nothing but the same texts; a year would also
            # equal the number 2022.0, which is no date.
            self.known_sources[item] = source
        return source


_DEFAULTS = tuple(
    (f.name, None if f.default is dataclasses.MISSING else f.default)
    for f in dataclasses.fields(Show)
)
"""`Show`'s fields in order, with their defaults (None for the three it requires)."""
_FIELD_NAMES = [name for name, _ in _DEFAULTS]
_ID, _TITLE, _STATUS = (_FIELD_NAMES.index(key) for key in ("id", "title", "status"))
_CONVERTERS: dict[str, Callable[[_FastReader, Any], Any] | None] = {
    "id": _FastReader.show_id,
    "title": _FastReader.title,
    "aliases": _FastReader.names,
    "network": None,
    "premiered": None,
    "finale": None,
    "status": None,
    "status_date": None,
    "status_note": None,
    "summary": _FastReader.text,
    "genres": _FastReader.names,
    "seasons": _FastReader.seasons,
    "episodes": _FastReader.episodes,
    "runtime": _FastReader.runtime,
    "reasons": _FastReader.texts,
    "reception": _FastReader.reception,
    "viewership": _FastReader.texts,
    "outlook": _FastReader.texts,
    "creators": _FastReader.names,
    "companies": _FastReader.companies,
    "cast": _FastReader.cast,
    "popularity": _FastReader.popularity,
    "sources": _FastReader.sources,
    "updated": None,
}
"""How the reader converts each key; None where a per-file `_Memo` does it."""
_SLOTS = {key: (_FIELD_NAMES.index(key), _CONVERTERS[key]) for key in SHOW_FIELDS}


class NotJson(ValueError):
    """The text is no JSON (or nests too deeply for the JSON parser)."""


def read_json(body: str, file: str, first_line: int = 1) -> FileResult | None:
    """The file's shows when it is JSON without any problem; None sends it to the YAML reader,
    which locates the problems. Raises `NotJson` when it is no JSON at all.

    Objects come back as tuples of pairs (as cheap for the C parser as dicts, and they keep
    repeated keys visible); `_FastReader` takes the shows it can, the checker the others. A
    file too big to read again as YAML in good time (`MAX_YAML_BYTES`) has its problems
    located here instead, on the line where their show starts (`body` starts on
    `first_line` of the file): in an imported file each show is one line.
    """
    try:
        data = json.loads(body, object_pairs_hook=tuple)
    except (ValueError, RecursionError) as exc:
        raise NotJson(str(exc)) from exc
    checker = _Checker(file)
    try:
        if len(data) == 1 and data[0][0] == "shows" and type(data[0][1]) is list:
            shows = _fast_shows(data[0][1], checker)
        elif all(key != "shows" for key, _ in data):
            shows = _fast_shows([data], checker)
        else:
            result = _check_document(checker, _as_dicts(data))
            shows = None if result.problems else result.shows
    except (_DuplicateKey, RecursionError):  # RecursionError: nested too deeply to convert
        shows = None
    if shows is not None:
        return FileResult(shows, ())
    if len(body) <= limits.MAX_YAML_BYTES:
        return None
    return _located(body, data, file, first_line)


_SHOWS_START = re.compile(r'\s*\{\s*"shows"\s*:\s*\[\s*')
_SPACE = re.compile(r"\s*")


def _located(body: str, data: Any, file: str, first_line: int) -> FileResult:
    """The problems of a JSON file, each on the line where its show starts."""
    checker = _Checker(file)
    lines = _show_lines(body, first_line)
    raw_shows = data[0][1] if lines is not None else []
    if lines is None or len(lines) != len(raw_shows):
        raw_shows, lines = [data], [first_line]
    shows = []
    for raw, line in zip(raw_shows, lines, strict=True):
        try:
            entry = _at_line(raw, line)
        except _TooDeep:
            checker.error(line, "yaml", NESTED_TOO_DEEP)
            continue
        if raw is data:  # no `shows:` list of one show a line: the whole document at once
            return _check_document(checker, entry)
        show = checker.show(entry, line)
        if show is not None:
            shows.append(show)
    return checker.result(tuple(shows))


def _show_lines(body: str, first_line: int) -> list[int] | None:
    """The line each show of a `{"shows": [...]}` document starts on; None for another shape.
    The C scanner skips over each show (a second parse, only for a file with problems)."""
    start = _SHOWS_START.match(body)
    if start is None:
        return None
    scan = json.JSONDecoder().raw_decode
    position, line, counted = start.end(), first_line, 0
    lines: list[int] = []
    while not body.startswith("]", position):
        line += body.count("\n", counted, position)
        counted = position
        lines.append(line)
        try:
            _, position = scan(body, position)
        except ValueError:
            return None
        position = _SPACE.match(body, position).end()  # type: ignore[union-attr]
        if body.startswith(",", position):
            position = _SPACE.match(body, position + 1).end()  # type: ignore[union-attr]
        elif not body.startswith("]", position):
            return None
    return lines


class _TooDeep(Exception):
    """Lists and mappings nest past `limits.MAX_NESTING`."""


def _at_line(value: Any, line: int, depth: int = 1) -> Any:
    """JSON data as the checker's mappings, every key written on `line` (repeats kept)."""
    if depth > limits.MAX_NESTING:
        raise _TooDeep
    if type(value) is tuple:
        mapping = _Mapping()
        mapping.line, mapping.key_lines, mapping.duplicate_keys = line, {}, []
        for key, item in value:
            if key in mapping:
                mapping.duplicate_keys.append((key, line))
            else:
                mapping.key_lines[key] = line
            mapping[key] = _at_line(item, line, depth + 1)
        return mapping
    if type(value) is list:
        return [_at_line(item, line, depth + 1) for item in value]
    return value


def _fast_shows(raw_shows: list[Any], checker: _Checker) -> tuple[Show, ...] | None:
    """The shows of a JSON file, each read by `_FastReader` or else by the checker; None at the
    first problem."""
    reader = _FastReader(checker.shared, f"{checker.file}:1")
    shows = []
    for raw in raw_shows:
        show = reader.show(raw)
        if show is _SKIP:
            checked = checker.show(_as_dicts(raw), 1)
            if checked is None or checker.problems:
                return None
            show = checked
        shows.append(show)
    return tuple(shows)
