"""The fast path for imported knowledge files: JSON-style YAML read straight into `Show`s.

`showbot import` writes YAML's JSON-compatible flow style, one show per line, and a 100,000-show
base is a hundred such files. The checker in `bot.core.schema` asks every entry for all its
fields through small methods and builds every value anew; `_FastReader` visits only the keys
present, converts each distinct text once per file, and takes a value only where the checker
would take it without a problem, building the very same objects (tests hold the two to that).
Both read each field by its kind and limits in the table of `bot.core.fields`. For anything
else the reader answers `_SKIP` and the checker reads that show, so the messages live in the
checker alone. This module does not import the checker: `read_json` is handed one.
"""

from __future__ import annotations

import dataclasses
import enum
import functools
import json
import re
from array import array
from collections.abc import Callable, Sized
from typing import Any, Final, Protocol, TypeVar

from bot.core import limits
from bot.core.consistency import contradictions
from bot.core.fields import (
    BACKED_FACTS,
    EXTERNAL_SOURCES,
    ID_PATTERN,
    SEASON_FACT,
    SHOW,
    WEB_LINK,
    Field,
    Kind,
    to_partial_date,
)
from bot.core.models import Credit, PartialDate, Season, Show, Source, Status, Work
from bot.core.text import MAX_ID_LENGTH, slugify
from bot.core.yamlparse import NESTED_TOO_DEEP, _Mapping

_T = TypeVar("_T")
_R = TypeVar("_R")
_R_co = TypeVar("_R_co", covariant=True)


class _Skip(enum.Enum):
    """The fast path's answer for a value it does not take as written: the checker decides."""

    SKIP = enum.auto()


_SKIP: Final = _Skip.SKIP
_STATUSES = {status.value: status for status in Status}
_SCORE_TYPES = (str, int, float)

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
    slots = getattr(cls, "__slots__", ())
    if hasattr(cls, "__post_init__") or sorted(names) != sorted(slots):
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
        {"__slots__": slots, "__init__": namespace["__init__"], "__module__": __name__},
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


def _text_memo(keep: Callable[[str, str], str], longest: int) -> Callable[[Any], Any]:
    """A `_Memo` of texts of at most `longest` characters."""
    return _Memo(lambda value: _text(keep, value, longest)).__getitem__


def _fields(pairs: Any, allowed: frozenset[str]) -> dict[str, Any] | None:
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
    return _SKIP if date is None else keep(date, date)


def _status(value: Any) -> Status | _Skip | None:
    if value is None:
        return None
    return _STATUSES.get(value, _SKIP) if type(value) is str else _SKIP


def _whole(value: Any, minimum: int, maximum: int) -> int | _Skip | None:
    """A whole number the checker accepts (`True` is no number; JSON ints are exact ints)."""
    if value is None:
        return None
    return value if type(value) is int and minimum <= value <= maximum else _SKIP


_Convert = Callable[["_FastReader", Any], Any]
"""How the reader converts one field's JSON value: the value, or `_SKIP`."""


class _Entry:
    """How the reader builds one kind of entry (a season, a cast member ...) from the table:
    a converter for each of its fields, and the model's fields with their defaults."""

    __slots__ = ("defaults", "new", "required", "slots")

    def __init__(self, model: type, entry: tuple[Field, ...]) -> None:
        names = [f.name for f in dataclasses.fields(model)]
        self.slots = {field.name: (names.index(field.name), _converter(field)) for field in entry}
        """Each key: its position among the model's fields, and its converter."""
        self.defaults = [
            None if f.default is dataclasses.MISSING else f.default
            for f in dataclasses.fields(model)
        ]
        self.required = next((names.index(f.name) for f in entry if f.required), None)
        """The one field without which there is no entry (a source has none)."""
        self.new: Callable[..., Any] = _builder(model)


_MODELS: dict[Kind, type] = {
    Kind.SEASONS: Season,
    Kind.CREDITS: Credit,
    Kind.WORKS: Work,
    Kind.SOURCES: Source,
}
"""The model each compound kind's entries are built as."""


def _converter(field: Field) -> _Convert:
    """The reader's conversion of one field of the table, by its kind: a closure over the
    field's limits (about twice as fast to call as a `functools.partial` with keywords)."""
    kind, convert = field.kind, _CONVERTERS.get(field.kind)
    if convert is not None:
        return convert
    longest, most, lowest, highest = field.longest, field.most, field.lowest, field.highest
    if kind is Kind.TEXT:
        return lambda reader, value: _text(reader.keep, value, longest)
    if kind is Kind.URL:
        return lambda reader, value: _FastReader.url(reader, value, longest)
    if kind is Kind.TEXTS:
        return lambda reader, value: _FastReader.texts(reader, value, longest, most)
    if kind is Kind.WHOLE:
        return lambda reader, value: _whole(value, lowest, highest)
    if kind is Kind.NUMBER:
        return lambda reader, value: _FastReader.number(reader, value, lowest, highest)
    if kind is Kind.RECEPTION:
        return lambda reader, value: _FastReader.reception(reader, value, longest, most)
    if kind is Kind.IDS:
        return lambda reader, value: _FastReader.ids(reader, value, longest)
    entry = _Entry(_MODELS[kind], field.entries)
    if kind is Kind.SOURCES:
        return lambda reader, value: _FastReader.sources(reader, value, entry, most)
    if kind is Kind.SEASONS:
        return lambda reader, value: _FastReader.seasons(reader, value, entry, most)
    return lambda reader, value: _FastReader.entries(reader, value, entry, most)


class _FastReader:
    """Builds `Show`s straight from the objects of `json.loads(..., object_pairs_hook=tuple)`.

    The checker asks every entry for all of its fields, though an imported show sets about
    six, and builds every value anew. This visits only the keys present and converts each
    distinct text once per file. It takes a value only where the checker would take it without
    a problem, and builds the very same objects (tests hold the two to that); for anything else
    it answers `_SKIP` and the checker reads that show, so the messages live in the checker
    alone. Both read the fields by their kind in the table (`bot.core.fields`). A null is a
    missing value, as there.
    """

    def __init__(self, keep: Callable[[Any, Any], Any], file: str) -> None:
        self.keep = keep
        self.file = file
        self.known_sources: dict[_Pairs, Source] = {}
        """Sources by their JSON object: half of an imported file's sources repeat."""
        self.defaults = [value for _, value in _DEFAULTS]
        date_of = _Memo(functools.partial(_date, keep)).__getitem__
        status_of = _Memo(_status).__getitem__
        texts_of: dict[int, Callable[[Any], Any]] = {}
        slots = {}
        for field in SHOW:
            memo = None
            if field.kind is Kind.TEXT:
                memo = texts_of.get(field.longest)
                if memo is None:
                    memo = texts_of[field.longest] = _text_memo(keep, field.longest)
            elif field.kind is Kind.DATE:
                memo = date_of
            elif field.kind is Kind.STATUS:
                memo = status_of
            slots[field.name] = (_INDEX[field.name], _SHOW_CONVERTERS[field.name], memo)
        self.slots = slots
        """Each key: its position among `Show`'s fields, and its converter or its `_Memo`. No
        bound method of the reader in here, so that the reader is no reference cycle."""

    def show(self, pairs: Any, line: int) -> Show | _Skip:
        """The show of one JSON object starting on `line`, or `_SKIP`."""
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
                    return _Skip.SKIP  # not `_SKIP`: mypy narrows that name to the Any it met
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
        values[_ORIGIN] = f"{self.file}:{line}"
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

    def text(self, value: Any, longest: int = limits.MAX_TEXT_LENGTH) -> str | _Skip | None:
        return _text(self.keep, value, longest)

    def texts(
        self, value: Any, longest: int = limits.MAX_TEXT_LENGTH, most: int = limits.MAX_LIST_ITEMS
    ) -> tuple[str, ...] | _Skip:
        if value is None:
            return ()
        if type(value) is not list or len(value) > most:
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

    def date(self, value: Any) -> PartialDate | _Skip | None:
        return _date(self.keep, value)

    def status(self, value: Any) -> Status | _Skip | None:
        return _status(value)

    def whole(self, value: Any, lowest: int, highest: int) -> int | _Skip | None:
        return _whole(value, lowest, highest)

    def number(self, value: Any, lowest: int, highest: int) -> float | _Skip:
        """Missing is the default, but an explicit null is a problem, as in the checker."""
        if type(value) is not float and type(value) is not int:
            return _SKIP
        return float(value) if lowest <= value <= highest else _SKIP

    # -- compound fields ---------------------------------------------------------------------

    def entries(self, value: Any, entry: _Entry, most: int) -> tuple[Any, ...] | _Skip:
        """A list of entries built by the table; `_SKIP` if it is no list, is longer than
        `most` or any entry fails."""
        if value is None:
            return ()
        if type(value) is not list or len(value) > most:
            return _SKIP
        out = []
        for item in value:
            built = self.entry(item, entry)
            if built is _SKIP:
                return _Skip.SKIP
            out.append(built)
        return tuple(out)

    def entry(self, pairs: Any, entry: _Entry) -> Any:
        """One entry built by the table, visiting only the keys present; or `_SKIP`."""
        if type(pairs) is not tuple or len(dict(pairs)) != len(pairs):
            return _SKIP
        values = entry.defaults.copy()
        slots = entry.slots
        for key, value in pairs:
            slot = slots.get(key)
            if slot is None:
                return _SKIP
            index, convert = slot
            converted = convert(self, value)
            if converted is _SKIP:
                return _SKIP
            values[index] = converted
        required = entry.required
        if required is not None and values[required] is None:
            return _SKIP
        return entry.new(*values)

    def seasons(self, value: Any, entry: _Entry, most: int) -> tuple[Season, ...] | _Skip:
        out = self.entries(value, entry, most)
        if out is _SKIP or len({season.number for season in out}) != len(out):
            return _SKIP
        return tuple(sorted(out, key=lambda s: s.number))

    def reception(self, value: Any, longest: int, most: int) -> tuple[tuple[str, str], ...] | _Skip:
        if value is None:
            return ()
        if type(value) is not tuple or len(dict(value)) != len(value) or len(value) > most:
            return _SKIP
        out = []
        for name, score in value:
            if type(score) not in _SCORE_TYPES:
                return _SKIP
            pair = (name, str(score))
            if len(name) > longest or len(pair[1]) > longest:
                return _SKIP
            out.append(self.keep(pair, pair))
        scores = tuple(out)
        return self.keep(scores, scores)  # type: ignore[no-any-return]

    def ids(self, value: Any, longest: int) -> str | _Skip:
        if value is None:
            return ""
        if type(value) is not tuple or len(dict(value)) != len(value):
            return _SKIP
        out = []
        for name, given in value:
            if name not in EXTERNAL_SOURCES or type(given) not in (str, int):
                return _SKIP
            text = str(given).strip()
            if not text or len(text) > longest or len(text.split()) > 1:
                return _SKIP
            out.append(f"{name}:{text}")
        return " ".join(out)

    def sources(self, value: Any, entry: _Entry, most: int) -> tuple[Source, ...] | _Skip:
        if value is None:
            return ()
        if type(value) is not list or len(value) > most:
            return _SKIP
        known = self.known_sources
        out = []
        for item in value:
            key = _hashable(item)  # TypeError (a list or object inside): no source
            source = known.get(key) or self.source(item, key, entry)
            if source is _SKIP:
                return _SKIP
            out.append(source)
        return tuple(out)

    def source(self, item: Any, key: Any, entry: _Entry) -> Source | _Skip:
        source = self.entry(item, entry)
        if source is _SKIP or (source.url is None and source.title is None):
            return _SKIP
        if all(type(value) is not int for name, value in item if name == "published"):
            # Only texts inside, which equal nothing but the same texts; a year would also
            # equal the number 2022.0, which is no date.
            self.known_sources[key] = source
        return source  # type: ignore[no-any-return]

    def url(self, value: Any, longest: int) -> str | _Skip | None:
        url = _text(self.keep, value, longest)
        return url if url is None or (url is not _SKIP and url.startswith(WEB_LINK)) else _SKIP

    def backs(self, value: Any) -> tuple[str, ...] | _Skip:
        """The facts a source backs, as every import writes them; a fact the format does not
        know is left to the checker, which names it."""
        if value is None:
            return ()
        if type(value) is not list:
            return _SKIP
        for fact in value:
            if type(fact) is not str or not (fact in BACKED_FACTS or SEASON_FACT.match(fact)):
                return _SKIP
        facts = tuple(value)
        return self.keep(facts, facts)  # type: ignore[no-any-return]


def _hashable(item: Any) -> Any:
    """A source object as a key: its `backs` list as a tuple (every import writes one)."""
    if type(item) is not tuple:
        return item
    return tuple((k, tuple(v) if k == "backs" and type(v) is list else v) for k, v in item)


_CONVERTERS: dict[Kind, _Convert] = {
    Kind.ID: _FastReader.show_id,
    Kind.DATE: _FastReader.date,
    Kind.STATUS: _FastReader.status,
    Kind.BACKS: _FastReader.backs,
}
"""The kinds converted without a setting of their field."""
_DEFAULTS = tuple(
    (f.name, None if f.default is dataclasses.MISSING else f.default)
    for f in dataclasses.fields(Show)
)
"""`Show`'s fields in order, with their defaults (None for the three it requires)."""
_INDEX = {name: index for index, (name, _) in enumerate(_DEFAULTS)}
_ID, _TITLE, _STATUS, _ORIGIN = (_INDEX[key] for key in ("id", "title", "status", "origin"))
_SHOW_CONVERTERS = {field.name: _converter(field) for field in SHOW}
_SOURCE_FIELDS = {
    field.name: field for field in next(f for f in SHOW if f.name == "sources").entries
}
_URL, _SOURCE_TITLE = _SOURCE_FIELDS["url"], _SOURCE_FIELDS["title"]


class NotJson(ValueError):
    """The text is no JSON (or nests too deeply for the JSON parser)."""


class _Sharing(Protocol):
    @property
    def keep(self) -> Callable[[Any, Any], Any]: ...


class Checker(Protocol[_R_co]):
    """What the fast path asks of the checker (`bot.core.schema`), which it does not import:
    the shows it does not take, and a file's result."""

    @property
    def file(self) -> str: ...

    @property
    def problems(self) -> Sized: ...

    @property
    def shared(self) -> _Sharing: ...

    def error(self, line: int, field: str, message: str) -> None: ...

    def show(self, raw: Any, line: int) -> Show | None: ...

    def document(self, data: Any) -> _R_co: ...

    def result(self, shows: tuple[Show, ...] = ()) -> _R_co: ...


@dataclasses.dataclass(frozen=True, slots=True)
class ShowLines:
    """What the fast path read from each line of a file written one show a line (the layout of
    `showbot import`), for the next read of that file to take the shows of unchanged lines.

    A fresh import rewrites every file, and most of its lines are the shows as they were.
    Reading each again, then comparing it field by field with the running show to keep one
    copy, made a reload cost as much as a cold start. Lines are known by `hash()`: 64 bits,
    the same text always the same number within the process, and never stored on disk (the
    start cache keeps none of this).
    """

    file: str
    first: int
    """The line of the file the first show is on."""
    hashes: array[int]
    """Each line's `hash()`, its trailing comma included."""
    shows: tuple[Show | None, ...]
    """The show the fast path read from each line; None where the checker read it (it may
    have warned: that line is read again)."""

    def show(self, position: int, line_hash: int) -> Show | None:
        """The show read from line `position` (of the shows) when it had this hash."""
        if position < len(self.shows) and self.hashes[position] == line_hash:
            return self.shows[position]
        return None

    def replacing(self, by: dict[int, Show]) -> ShowLines:
        """The same lines, each show whose `id()` is in `by` replaced by `by`'s show (the
        running base's equal one, which the next reload then meets as itself)."""
        shows = tuple(None if s is None else by.get(id(s), s) for s in self.shows)
        return dataclasses.replace(self, shows=shows)


def read_json(
    body: str, first_line: int, checker: Checker[_R], previous: ShowLines | None = None
) -> tuple[_R | None, ShowLines | None]:
    """The file's shows when it is JSON without any problem; None sends it to the YAML reader,
    which locates the problems on their own lines. Raises `NotJson` when it is no JSON at all.
    With the result come its `ShowLines` when the file is written one show a line; the shows
    of lines unchanged since `previous` (the last read of this file) are taken from there.

    Objects come back as tuples of pairs (as cheap for the C parser as dicts, and they keep
    repeated keys visible); `_FastReader` takes the shows it can, the checker the others, each
    show with the line its object starts on (`body` starts on `first_line` of the file). A
    file too big to read again as YAML in good time (`MAX_YAML_BYTES`) has its problems
    located here instead, on the line where their show starts: in an imported file each show
    is one line.
    """
    small = len(body) <= limits.MAX_YAML_BYTES
    by_line = _one_show_a_line(body, first_line, checker.file, previous)
    hashes = None
    if by_line is not None:
        items, hashes = by_line
        shows = list(zip(items, range(first_line + 1, first_line + 1 + len(items)), strict=True))
    else:
        try:
            data = json.loads(body, object_pairs_hook=tuple)
        except (ValueError, RecursionError) as exc:
            raise NotJson(str(exc)) from exc
        if len(data) == 1 and data[0][0] == "shows" and type(data[0][1]) is list:
            count = len(data[0][1])
            shows = list(zip(data[0][1], _show_lines(body, first_line, count), strict=True))
        elif any(key == "shows" for key, _ in data):
            return _document(data, first_line, checker, small), None
        else:
            shows = [(data, first_line)]
    reader = _FastReader(checker.shared.keep, checker.file)
    out = []
    read: list[Show | None] = []
    """Per show (per line, when `hashes`), what the fast path read."""
    for raw, line in shows:
        show = raw if isinstance(raw, Show) else reader.show(raw, line)
        read.append(None if show is _SKIP else show)
        if show is _SKIP:
            try:
                checked = checker.show(_at_line(raw, line), line)
            except _TooDeep:
                checker.error(line, "yaml", NESTED_TOO_DEEP)
                checked = None
            if small and checker.problems:
                return None, None
            if checked is None:
                continue
            show = checked
        out.append(show)
    lines = None if hashes is None else ShowLines(checker.file, first_line + 1, hashes, tuple(read))
    return checker.result(tuple(out)), lines


_HEAD = '{"shows": [\n'
_TAIL = "\n]}"
_JSON_SPACE = " \t\n\r"
_LINE = json.JSONDecoder(object_pairs_hook=tuple).raw_decode


def _one_show_a_line(
    body: str, first_line: int, file: str, previous: ShowLines | None
) -> tuple[list[Any], array[int]] | None:
    """For a file written exactly as `showbot import` writes it (`{"shows": [`, one value a
    line, each but the last followed by a comma, `]}`), each line's value, as `json.loads`
    of the whole would give it (the same C parser, a line at a time), or the show read from
    that line before when the line is unchanged since `previous`; and each line's hash. None
    for any other layout, or a line that is not one JSON value: the whole is parsed then."""
    end = body.rfind(_TAIL)
    if (
        end < len(_HEAD)
        or not body.startswith(_HEAD)
        or body[end + len(_TAIL) :].strip(_JSON_SPACE)
    ):
        return None
    lines = body[len(_HEAD) : end].split("\n")
    hashes = array("q", map(hash, lines))
    if previous is not None and (previous.file != file or previous.first != first_line + 1):
        previous = None  # its shows' origins name another file or line
    items: list[Any] = []
    last = len(lines) - 1
    for position, line in enumerate(lines):
        comma = position < last
        if line.endswith(",") is not comma:
            return None
        known = previous.show(position, hashes[position]) if previous is not None else None
        if known is not None:
            items.append(known)
            continue
        try:
            value, stop = _LINE(line)
        except (ValueError, RecursionError):
            return None
        if stop != len(line) - comma:
            return None
        items.append(value)
    return items, hashes


def _document(data: Any, first_line: int, checker: Checker[_R], small: bool) -> _R | None:
    """A JSON document of another shape than `{"shows": [...]}`, for the checker to read
    whole; all its problems on its first line."""
    try:
        document = _at_line(data, first_line)
    except _TooDeep:
        if small:
            return None
        checker.error(first_line, "yaml", NESTED_TOO_DEEP)
        return checker.result()
    result = checker.document(document)
    return None if small and checker.problems else result


_SPACE = "[ \\t\\n\\r]*"
_SHOWS_START = re.compile(f'{_SPACE}\\{{{_SPACE}"shows"{_SPACE}:{_SPACE}\\[{_SPACE}')
_NEXT = re.compile(f"{_SPACE},{_SPACE}")
_DECODER = json.JSONDecoder()


def _show_lines(body: str, first_line: int, count: int) -> list[int]:
    """The line each of the `count` shows of a valid `{"shows": [...]}` document starts on.

    `showbot import` writes one show a line, which two counts over the text confirm: as many
    line breaks in the list as shows, and every line of it starting an object. Another layout
    is scanned show by show, a second parse (for hand-made and pretty-printed files only).
    """
    start = _SHOWS_START.match(body)
    if start is None:  # `"shows"` written with escapes: no line to tell
        return [first_line] * count
    position, last = start.end(), body.rfind("]")
    line = first_line + body.count("\n", 0, position)
    if (
        body.count("\n", position, last) == count
        and body.count("\n{", position, last) == count - 1
        and body.startswith("{", position)
    ):
        return list(range(line, line + count))
    scan, counted = _DECODER.raw_decode, position
    lines = []
    for _ in range(count):
        line += body.count("\n", counted, position)
        lines.append(line)
        counted = position
        _, position = scan(body, position)
        after = _NEXT.match(body, position)
        position = after.end() if after is not None else position
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
