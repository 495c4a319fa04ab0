"""The start cache: a loaded base kept on disk, so that a restart with unchanged files is fast.

A cold start reads, checks and indexes every knowledge file: seconds at 100,000 shows. After
one, the engine writes what it built (the shows, the people, the characters, their three name
indexes, and each
file's digest and problems) to one file in the bot's state directory. The next start hashes
the knowledge files and, when the key matches, reads that file back in pieces instead, and
seeds the per-file cache with it, so that the first reload re-reads only the files changed.

The key covers the cache format, the Python and PyYAML versions, the engine's own source and
data files (everything under `bot/core`: folding and parsing rules shape what is stored), the
knowledge directory and each file's path and digest. Any change to one of them means a cold load. A
missing, stale, truncated or corrupt cache file is one line in the log and is replaced: it
never stops a start, and never yields a base other than the one the files describe.

The file is a pickle stream, and unpickling runs whatever code the stream names: that is safe
only because the cache lives in the bot's own state directory, which only the bot writes.
Never point the state directory at a folder that others can write to; or turn the cache off
(`SHOWBOT_START_CACHE=off`).
"""

from __future__ import annotations

import contextlib
import copyreg
import dataclasses
import datetime as dt
import functools
import hashlib
import io
import logging
import os
import pickle
import struct
import sys
import tempfile
import time
from collections.abc import Callable, Iterator, Sequence
from pathlib import Path
from types import MappingProxyType
from typing import IO, Any

import yaml

from bot.core.characters import Character
from bot.core.collector import paused_for_load
from bot.core.knowledge import FileCache, file_digest, knowledge_files
from bot.core.matching import NameIndex
from bot.core.models import Credit, PartialDate, Season, Show, Source, Work
from bot.core.schema import FileResult
from bot.core.snapshot import Person, Snapshot

log = logging.getLogger(__name__)

FORMAT = 3
"""Raise when what is stored, or how, changes in a way the engine's source hash would miss."""

_MAGIC = b"showbot start cache\n"
_FRAME = struct.Struct("<cQ")
"""Each frame: a one-letter tag and the length of the pickle that follows."""
_MAX_FRAME = 1 << 30
_CHUNK = 2048
"""Shows (or people) per pickled frame: a frame is a few milliseconds to write or read, so a
cache written while the bot serves never holds the event loop up for long."""
_PROTOCOL = 5
_ENGINE_DIR = Path(__file__).resolve().parent


class _Damaged(Exception):
    """The cache file is not a whole cache of this format."""


class StartCache:
    """One cache file per knowledge directory, in `directory` (the bot's state directory)."""

    def __init__(self, directory: Path) -> None:
        self.directory = directory

    def path_for(self, root: Path) -> Path:
        """The cache file of the knowledge directory `root`."""
        name = hashlib.blake2b(os.fsencode(str(root.resolve())), digest_size=8).hexdigest()
        return self.directory / f"knowledge-{name}.cache"

    def load(self, root: Path, cache: FileCache) -> Snapshot | None:
        """The snapshot stored for `root` when its files and the engine are unchanged, and
        `cache` seeded with each file's content; None (after one line in the log) otherwise,
        for the caller to load the files as usual."""
        started = time.perf_counter()
        files = knowledge_files(root)
        digests = [file_digest(path) for path in files]
        if not files or None in digests:
            return None  # the load reports the unreadable file
        known = list(zip(files, digests, strict=True))
        key = cache_key(root, known)  # type: ignore[arg-type]
        path = self.path_for(root)
        try:
            with paused_for_load(), path.open("rb") as handle:
                snapshot, results = _read(handle, key, root, files, started)
        except FileNotFoundError:
            log.info("no start cache yet for %s: loading the knowledge files", root)
            return None
        except _Stale:
            log.info("start cache %s is of other files or code: loading the files", path)
            return None
        except Exception as exc:  # truncated, corrupt, unreadable: rebuilt, never fatal
            log.warning("start cache %s cannot be used (%s): loading the files", path, _why(exc))
            return None
        for (file, digest), result in zip(known, results, strict=True):
            cache.seed(file, digest, result)  # type: ignore[arg-type]
        log.info(
            "loaded %d shows from %d files in %.2fs (start cache)",
            len(snapshot.shows),
            snapshot.files,
            snapshot.load_seconds,
        )
        return snapshot

    def save(
        self, root: Path, snapshot: Snapshot, known: Sequence[tuple[Path, bytes, FileResult]]
    ) -> bool:
        """Store `snapshot`, loaded from `root` whose files `known` lists in load order with
        their digests and contents; atomically (a whole new file or the old one). False, with a
        warning, when it cannot be written: the bot works without it."""
        if not _describes(snapshot, known):
            log.info("start cache not written: the files changed during the load")
            return False
        key = cache_key(root, [(path, digest) for path, digest, _ in known])
        target = self.path_for(root)
        temporary: str | None = None
        try:
            self.directory.mkdir(parents=True, exist_ok=True)
            handle, temporary = tempfile.mkstemp(prefix=".start-", dir=self.directory)
            with os.fdopen(handle, "wb") as out:
                out.write(_MAGIC)
                for tag, payload in _frames(key, snapshot, known):
                    out.write(_FRAME.pack(tag, len(payload)))
                    out.write(payload)
            os.replace(temporary, target)
            temporary = None
        except OSError as exc:
            log.warning(
                "start cache not written to %s (%s): the bot works, but each start loads "
                "every knowledge file; make the folder writable or set SHOWBOT_START_CACHE=off",
                target,
                exc.strerror or exc,
            )
            return False
        finally:
            if temporary is not None:
                with contextlib.suppress(OSError):
                    os.unlink(temporary)
        log.info("start cache written to %s", target)
        return True


class _Stale(Exception):
    """The cache file is of other knowledge files or another engine."""


def cache_key(root: Path, files: Sequence[tuple[Path, bytes]]) -> bytes:
    """What a stored base must have been built from to be used: the format, this Python and
    PyYAML, the engine's code and data, the directory, and each file's path and digest, in
    load order."""
    digest = hashlib.blake2b(digest_size=16)
    digest.update(f"{FORMAT}\0{sys.implementation.cache_tag}\0{yaml.__version__}\0".encode())
    digest.update(engine_digest())
    digest.update(os.fsencode(str(root)) + b"\0")
    for path, content in files:
        digest.update(os.fsencode(str(path)) + b"\0" + content)
    return digest.digest()


@functools.cache
def engine_digest() -> bytes:
    """A hash of every source and data file of the engine (bot/core), read once a process."""
    digest = hashlib.blake2b(digest_size=16)
    for path in sorted(_ENGINE_DIR.rglob("*")):
        if path.is_file() and "__pycache__" not in path.parts and path.suffix != ".pyc":
            digest.update(path.relative_to(_ENGINE_DIR).as_posix().encode() + b"\0")
            digest.update(hashlib.blake2b(path.read_bytes(), digest_size=16).digest())
    return digest.digest()


def _describes(snapshot: Snapshot, known: Sequence[tuple[Path, bytes, FileResult]]) -> bool:
    """Whether the files' contents, in order, are exactly the snapshot's shows and the
    imported shows it left out (`Snapshot.overridden`)."""
    position, shows = 0, snapshot.shows
    left_out, overridden = 0, snapshot.overridden
    for _, _, result in known:
        for show in result.shows:
            if position < len(shows) and shows[position] is show:
                position += 1
            elif left_out < len(overridden) and overridden[left_out] is show:
                left_out += 1
            else:
                return False
    return position == len(shows) and left_out == len(overridden) and len(known) == snapshot.files


def _dropped(snapshot: Snapshot, known: Sequence[tuple[Path, bytes, FileResult]]) -> list[int]:
    """The positions, among all the files' shows in order, of the shows left out."""
    left_out = {id(show) for show in snapshot.overridden}
    shows = (show for _, _, result in known for show in result.shows)
    return [i for i, show in enumerate(shows) if id(show) in left_out] if left_out else []


def _frames(
    key: bytes, snapshot: Snapshot, known: Sequence[tuple[Path, bytes, FileResult]]
) -> Iterator[tuple[bytes, bytes]]:
    """The cache file's frames: key, description, shows, people, characters, the three
    indexes, the end."""
    yield b"K", pickle.dumps((FORMAT, key), _PROTOCOL)
    meta = {
        "files": [
            (str(path), len(result.shows), result.problems, result.imported)
            for path, _, result in known
        ],
        "dropped": _dropped(snapshot, known),
        "warnings": snapshot.warnings,
        "labelled": sorted(snapshot.labelled),
        "labels": dict(snapshot.labels),
        "shows": len(snapshot.shows),
        "people": len(snapshot.people),
        "characters": len(snapshot.characters),
    }
    yield b"M", pickle.dumps(meta, _PROTOCOL)
    every = [show for _, _, result in known for show in result.shows]
    for start in range(0, len(every), _CHUNK):
        yield b"S", _dumps(every[start : start + _CHUNK])
    for start in range(0, len(snapshot.people), _CHUNK):
        yield b"P", _dumps(snapshot.people[start : start + _CHUNK])
    for start in range(0, len(snapshot.characters), _CHUNK):
        yield b"C", _dumps(snapshot.characters[start : start + _CHUNK])
    for piece in snapshot.titles.pieces():
        yield b"T", piece
    for piece in snapshot.people_index.pieces():
        yield b"I", piece
    for piece in snapshot.character_index.pieces():
        yield b"R", piece
    yield b"E", pickle.dumps(len(every), _PROTOCOL)


def _read(
    handle: IO[bytes], key: bytes, root: Path, files: Sequence[Path], started: float
) -> tuple[Snapshot, list[FileResult]]:
    """The snapshot and per-file contents stored in `handle`; raises `_Stale` when its key is
    not `key`, `_Damaged` (or whatever unpickling raises) when it is not a whole cache."""
    if handle.read(len(_MAGIC)) != _MAGIC:
        raise _Damaged("not a start cache of this format")
    frames = _Frames(handle)
    if pickle.loads(frames.take(b"K")) != (FORMAT, key):
        raise _Stale
    meta = pickle.loads(frames.take(b"M"))
    shows: list[Show] = []
    for payload in frames.run(b"S"):
        shows.extend(pickle.loads(payload))
    people: list[Person] = []
    for payload in frames.run(b"P"):
        people.extend(pickle.loads(payload))
    characters: list[Character] = []
    for payload in frames.run(b"C"):
        characters.extend(pickle.loads(payload))
    titles = NameIndex.from_pieces(frames.run(b"T"))
    people_index = NameIndex.from_pieces(frames.run(b"I"))
    character_index = NameIndex.from_pieces(frames.run(b"R"))
    if pickle.loads(frames.take(b"E")) != len(shows) or handle.read(1):
        raise _Damaged("its end is not where it should be")
    stored_files = meta["files"]
    dropped = set(meta["dropped"])
    if (
        [name for name, _, _, _ in stored_files] != [str(path) for path in files]
        or sum(count for _, count, _, _ in stored_files) != len(shows)
        or not all(0 <= position < len(shows) for position in dropped)
        or len(shows) - len(dropped) != meta["shows"]
        or len(titles) != meta["shows"]
        or len(people) != meta["people"]
        or len(people_index) != len(people)
        or len(characters) != meta["characters"]
        or len(character_index) != len(characters)
    ):
        raise _Damaged("its parts do not fit together")
    every = tuple(shows)
    del shows
    results, position = [], 0
    for _, count, problems, imported in stored_files:
        results.append(FileResult(every[position : position + count], problems, imported))
        position += count
    if dropped:
        ordered = tuple(show for i, show in enumerate(every) if i not in dropped)
        overridden = tuple(every[i] for i in sorted(dropped))
    else:
        ordered, overridden = every, ()
    snapshot = Snapshot(
        root=root,
        shows=ordered,
        by_id=MappingProxyType({show.id: show for show in ordered}),
        titles=titles,
        people=tuple(people),
        people_index=people_index,
        characters=tuple(characters),
        character_index=character_index,
        warnings=tuple(meta["warnings"]),
        files=len(files),
        loaded_at=dt.datetime.now(dt.UTC),
        load_seconds=time.perf_counter() - started,
        labelled=frozenset(meta["labelled"]),
        labels=MappingProxyType(meta["labels"]),
        positions=MappingProxyType({show.id: i for i, show in enumerate(ordered)}),
        overridden=overridden,
    )
    return snapshot, results


class _Frames:
    """Reads frames one at a time, so each piece is unpickled as it comes."""

    def __init__(self, handle: IO[bytes]) -> None:
        self._handle = handle
        self._next: tuple[bytes, bytes] | None = None

    def _peek(self) -> tuple[bytes, bytes]:
        if self._next is None:
            head = self._handle.read(_FRAME.size)
            if len(head) < _FRAME.size:
                raise _Damaged("it ends early")
            tag, size = _FRAME.unpack(head)
            if size > _MAX_FRAME:
                raise _Damaged("a frame is too long")
            payload = self._handle.read(size)
            if len(payload) < size:
                raise _Damaged("it ends early")
            self._next = (tag, payload)
        return self._next

    def take(self, tag: bytes) -> bytes:
        """The next frame, which must be a `tag` frame."""
        found, payload = self._peek()
        if found != tag:
            raise _Damaged(f"a {tag!r} frame is missing")
        self._next = None
        return payload

    def run(self, tag: bytes) -> Iterator[bytes]:
        """The `tag` frames that come next, up to the first of another tag."""
        while self._peek()[0] == tag:
            yield self.take(tag)


def _constructor_reducer(cls: type) -> Callable[[Any], tuple[type, tuple[Any, ...]]]:
    """Pickle a frozen dataclass as its constructor and field values: unpickling then calls
    the generated `__init__` once, nearly twice as fast as the per-field default for frozen
    classes with slots."""
    names = tuple(f.name for f in dataclasses.fields(cls))
    if not all(f.init for f in dataclasses.fields(cls)):
        raise TypeError(f"{cls.__name__} has fields its constructor does not take")

    def reduce(obj: Any) -> tuple[type, tuple[Any, ...]]:
        return cls, tuple([getattr(obj, name) for name in names])

    return reduce


_DISPATCH: dict[Any, Any] = {
    **copyreg.dispatch_table,
    **{
        cls: _constructor_reducer(cls)
        for cls in (Show, Season, PartialDate, Source, Credit, Work, Person, Character)
    },
}


def _dumps(values: Sequence[object]) -> bytes:
    out = io.BytesIO()
    pickler = pickle.Pickler(out, _PROTOCOL)
    pickler.dispatch_table = _DISPATCH
    pickler.dump(tuple(values))
    return out.getvalue()


def _why(exc: BaseException) -> str:
    return f"{type(exc).__name__}: {exc}"[:200]
