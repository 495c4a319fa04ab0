"""Reading a knowledge directory into an immutable `Snapshot`.

A snapshot is built completely, validated, indexed, and only then handed out; a load with errors
produces no snapshot at all, so the caller keeps serving the last good one ("last good state
wins"). A per-file cache keyed by size and modification time means a reload re-reads only the
files an admin actually changed.
"""

from __future__ import annotations

import contextlib
import ctypes
import datetime as dt
import functools
import gc
import hashlib
import logging
import os
import stat
import sys
import threading
import time
from collections import defaultdict
from collections.abc import Callable, Iterable, Iterator, Mapping, Sequence
from dataclasses import dataclass, field
from pathlib import Path
from types import MappingProxyType

from bot.core import indexworker, limits
from bot.core.compact import dismantle, release, sorted_positions
from bot.core.indexworker import IndexHelper, TitleIndexJob, entry_of
from bot.core.matching import Entry, NameIndex
from bot.core.models import Show, Work
from bot.core.questions import FUNCTION_WORDS
from bot.core.schema import FileResult, Problem, read_shows
from bot.core.text import fold_many

log = logging.getLogger(__name__)

KNOWLEDGE_SUFFIXES = (".yaml", ".yml")


class KnowledgeError(Exception):
    """The knowledge base cannot be used; `problems` says exactly why."""

    def __init__(self, message: str, problems: Sequence[Problem] = ()) -> None:
        super().__init__(message)
        self.problems = tuple(problems)


@dataclass(frozen=True, slots=True)
class Person:
    """Someone (or a company) credited in the base, with everything the base knows they did."""

    name: str
    roles: tuple[tuple[str, str | None], ...]
    """(show id, role) for every show that credits them."""
    next: tuple[Work, ...]


@dataclass(frozen=True)
class Snapshot:
    """One complete, valid, immutable view of the knowledge base."""

    root: Path
    shows: tuple[Show, ...]
    by_id: Mapping[str, Show]
    titles: NameIndex
    people: tuple[Person, ...]
    people_index: NameIndex
    warnings: tuple[Problem, ...]
    files: int
    loaded_at: dt.datetime
    load_seconds: float
    labelled: frozenset[str] = field(repr=False)
    """Ids of the shows whose title another show shares (labelled with network and year)."""
    positions: Mapping[str, int] = field(repr=False, default_factory=dict)
    """Each show's place in `shows` by id: the owner the indexes know it by."""

    def show_label(self, show: Show) -> str:
        """The title, with network and year when another show has the same title."""
        return show.label if show.id in self.labelled else show.title


_FREED_AT_ONCE = 2048
"""Shows freed in one C-level step: each owns a dozen objects, 16,384 of them take 10-25 ms."""
_OWN_REFERENCES = 3
"""References to a snapshot inside `retire`: its caller's, its parameter, getrefcount's own."""


def retire(snapshot: Snapshot, keep: Sequence[NameIndex] = (), wait: float = 2.0) -> bool:
    """Free a snapshot that a reload replaced, a piece at a time; True if it did.

    Freeing 100,000 shows and their indexes in one go is one C-level loop that holds the GIL
    for tens of milliseconds, and the bot's event loop waits for it. Once no question still in
    flight reads the old snapshot (nothing new can reach it after the swap, so its reference
    count can only fall), its parts are let go one at a time and its shows in slices. If a
    reader still holds it after `wait` seconds, that reader frees it as usual. The indexes in
    `keep` (reused by the snapshot that replaced it), and the parts they share, are left whole.
    """
    deadline = time.monotonic() + wait
    while sys.getrefcount(snapshot) > _OWN_REFERENCES:
        if time.monotonic() > deadline:
            return False
        time.sleep(0.001)
    shows = list(snapshot.shows)
    people = list(snapshot.people)
    shared = {id(part) for index in keep for part in vars(index).values()}
    for index in (snapshot.titles, snapshot.people_index):
        if all(index is not reused for reused in keep):
            dismantle(index, spare=shared)
    for name in ("titles", "people_index", "people", "by_id", "positions", "labelled", "shows"):
        object.__setattr__(snapshot, name, None)  # the snapshot is dead: nobody reads it
    release(people, _FREED_AT_ONCE)  # type: ignore[arg-type]
    release(shows, _FREED_AT_ONCE)  # type: ignore[arg-type]
    _return_free_memory()
    return True


@functools.cache
def _malloc_trim() -> Callable[[int], int] | None:
    """glibc's malloc_trim, where there is one (Linux); None elsewhere."""
    try:
        return ctypes.CDLL("libc.so.6").malloc_trim  # type: ignore[no-any-return]
    except (OSError, AttributeError):
        return None


def _return_free_memory() -> None:
    """Hand the memory a freed snapshot leaves back to the system.

    The C allocator keeps freed blocks for reuse, so after a reload that replaced every show
    the bot would keep the memory of two bases; trimming returns what is free (ctypes calls run
    without the GIL, so the event loop goes on meanwhile).
    """
    trim = _malloc_trim()
    if trim is not None:
        trim(0)


@dataclass(frozen=True, slots=True)
class Changes:
    """Ids of the shows a reload added, changed and removed, each in order."""

    added: tuple[str, ...] = ()
    changed: tuple[str, ...] = ()
    removed: tuple[str, ...] = ()


@dataclass(frozen=True, slots=True)
class LoadResult:
    """A snapshot when the base is valid; the problems found either way; and, for a reload,
    what changed."""

    snapshot: Snapshot | None
    problems: tuple[Problem, ...]
    changes: Changes | None = None

    @property
    def errors(self) -> tuple[Problem, ...]:
        return tuple(p for p in self.problems if p.is_error)

    @property
    def warnings(self) -> tuple[Problem, ...]:
        return tuple(p for p in self.problems if not p.is_error)


class FileCache:
    """Validated file contents keyed by path, size and mtime; shared by successive reloads."""

    def __init__(self) -> None:
        self._entries: dict[Path, tuple[bytes, FileResult]] = {}
        self._stamps: dict[Path, tuple[int, int] | None] = {}
        self._helper: IndexHelper | bool | None = None
        """Forks the title index children; False where there can be none."""
        self._lock = threading.Lock()

    def read(self, path: Path, display: str) -> FileResult:
        """The file's validated content, parsed again only when its bytes changed (a hash, not
        the modification time, which misses same-size edits on coarse file systems). Only a
        regular file of at most `MAX_FILE_BYTES` is read (see `_read_regular`)."""
        try:
            data = _read_regular(path)
        except _Refused as exc:
            return FileResult((), (Problem(display, 1, "file", str(exc)),))
        except OSError as exc:
            return FileResult((), (Problem(display, 1, "file", f"cannot be read: {exc.strerror}"),))
        key = hashlib.blake2b(data, digest_size=16).digest()
        with self._lock:
            cached = self._entries.get(path)
        if cached is not None and cached[0] == key:
            with self._lock:
                self._stamps[path] = _stamp(path)  # touched, not changed
            return cached[1]
        result = _decode(data, display)
        with self._lock:
            self._entries[path] = (key, result)
            self._stamps[path] = _stamp(path)
        return result

    def title_index_job(self, files: Sequence[Path]) -> TitleIndexJob | None:
        """A child building the title index of `files` while this load reads them, when it
        reads enough of them again to gain from one. The helper process that forks such
        children is started at the first such load, while this process is still small."""
        if self.bytes_to_read(files) < indexworker.MIN_BYTES:
            return None
        with self._lock:
            if self._helper is None:
                self._helper = IndexHelper.start() or False
            helper = self._helper
        if not helper:
            return None
        job = helper.job(files)
        if job is None:  # the helper is gone: index here from now on
            with self._lock:
                self._helper = False
            helper.close()
        return job

    def bytes_to_read(self, paths: Iterable[Path]) -> int:
        """About how many bytes of `paths` `read` will parse again: those of files never read,
        or of another size or modification time now (a guess, for planning only: `read` itself
        compares contents)."""
        total = 0
        for path in paths:
            stamp = _stamp(path)
            with self._lock:
                known = self._stamps.get(path)
            if stamp is not None and stamp != known:
                total += stamp[0]
        return total

    def forget_missing(self, present: Iterable[Path]) -> None:
        keep = set(present)
        with self._lock:
            for path in [p for p in self._entries if p not in keep]:
                del self._entries[path]
                self._stamps.pop(path, None)


def _stamp(path: Path) -> tuple[int, int] | None:
    """A file's size and modification time, None when it cannot be read."""
    try:
        status = path.stat()
    except OSError:
        return None
    return status.st_size, status.st_mtime_ns


def knowledge_files(root: Path) -> list[Path]:
    """Every *.yaml / *.yml file under `root`, recursively, in a stable order.

    A link to a file inside `root` is listed as the file it leads to, once however many links
    lead there. A link leading outside (or nowhere) and anything that is no regular file (a
    named pipe, a device) are listed as they are, for `FileCache.read` to refuse with a
    message: the bot reads nothing outside its knowledge directory, and a pipe would hang it.
    Links to folders are not followed.
    """
    if not root.exists():
        raise KnowledgeError(f"knowledge directory {root} does not exist")
    if not root.is_dir():
        raise KnowledgeError(f"knowledge directory {root} is not a directory")
    real_root = root.resolve()
    found: list[Path] = []
    for folder, subfolders, files in os.walk(root):
        subfolders[:] = sorted(d for d in subfolders if not d.startswith("."))
        found.extend(
            _link_resolved(Path(folder) / name, root, real_root)
            for name in sorted(files)
            if name.endswith(KNOWLEDGE_SUFFIXES) and not name.startswith(".")
        )
    return list(dict.fromkeys(found))


def _link_resolved(path: Path, root: Path, real_root: Path) -> Path:
    """`path`, or for a link to an existing file inside `root` that file (under `root`)."""
    if not path.is_symlink():
        return path
    target = path.resolve()
    if target.exists() and target.is_relative_to(real_root):
        return root / target.relative_to(real_root)
    return path


class _Refused(Exception):
    """A knowledge file the loader will not read; the message says why and what to do."""


_KINDS = (
    (stat.S_ISDIR, "a folder"),
    (stat.S_ISFIFO, "a named pipe"),
    (stat.S_ISCHR, "a device"),
    (stat.S_ISBLK, "a device"),
    (stat.S_ISSOCK, "a socket"),
)
_OPEN_FLAGS = (
    os.O_RDONLY
    | getattr(os, "O_NOFOLLOW", 0)  # a link swapped in after the check is not followed
    | getattr(os, "O_NONBLOCK", 0)  # nor does a pipe swapped in block the open
    | getattr(os, "O_NOCTTY", 0)
    | getattr(os, "O_BINARY", 0)
)


def _read_regular(path: Path) -> bytes:
    """The bytes of `path` when it is a regular file (not a link) of at most `MAX_FILE_BYTES`;
    raises `_Refused` otherwise, without opening what is not a regular file.

    `knowledge_files` already replaced links to files inside the knowledge directory by those
    files, so a link here leads outside or nowhere. Its target is not named in the message:
    the problems of a reload are shown in Discord.
    """
    status = os.lstat(path)
    if stat.S_ISLNK(status.st_mode):
        raise _Refused(
            "is a link leading outside the knowledge directory (or nowhere), so it is not "
            "read; copy the file into the directory instead"
        )
    _check_regular(status)
    descriptor = os.open(path, _OPEN_FLAGS)
    with open(descriptor, "rb") as handle:
        _check_regular(os.fstat(descriptor))  # what was opened is what was checked
        data = handle.read(limits.MAX_FILE_BYTES + 1)
    if len(data) > limits.MAX_FILE_BYTES:
        raise _Refused(_too_big(len(data)))
    return data


def _check_regular(status: os.stat_result) -> None:
    if not stat.S_ISREG(status.st_mode):
        kind = next((name for test, name in _KINDS if test(status.st_mode)), "no regular file")
        raise _Refused(f"is {kind}, not a file; only regular files are read")
    if status.st_size > limits.MAX_FILE_BYTES:
        raise _Refused(_too_big(status.st_size))


def _too_big(size: int) -> str:
    return (
        f"is {size:,} bytes or more; at most {limits.MAX_FILE_BYTES:,} are read, so split it "
        "into several files"
    )


def load_knowledge(
    root: Path | Sequence[Path],
    cache: FileCache | None = None,
    previous: Snapshot | None = None,
) -> LoadResult:
    """Read and validate `root` (or several roots, read as one base); the snapshot is None when
    any error was found.

    `previous` is the snapshot a reload replaces: its name indexes are reused when every name
    they were built from is unchanged (the common reload: statuses and dates edited).
    Raises KnowledgeError only when a directory itself is missing or unreadable.
    """
    with _collector_paused():
        return _load(root, cache, previous)


def _load(
    root: Path | Sequence[Path], cache: FileCache | None, previous: Snapshot | None
) -> LoadResult:
    started = time.perf_counter()
    roots = [root] if isinstance(root, Path) else list(root)
    root = roots[0]
    files = [path for folder in roots for path in knowledge_files(folder)]
    if not files:
        problem = Problem(str(root), 1, "file", "holds no *.yaml or *.yml knowledge files")
        return LoadResult(None, (problem,))
    cache = cache or FileCache()
    cache.forget_missing(files)
    job = cache.title_index_job(files)
    try:
        return _read_and_build(root, files, cache, previous, job, started)
    finally:
        if job is not None:
            job.cancel()


def _read_and_build(
    root: Path,
    files: list[Path],
    cache: FileCache,
    previous: Snapshot | None,
    job: TitleIndexJob | None,
    started: float,
) -> LoadResult:
    shows: list[Show] = []
    problems: list[Problem] = []
    for path in files:
        result = cache.read(path, str(path))
        shows.extend(result.shows)
        problems.extend(result.problems)
    folded = fold_many([name for show in shows for name in (show.title, *show.aliases)])
    problems.extend(_cross_file_problems(shows, folded))
    if any(p.is_error for p in problems):
        return LoadResult(None, tuple(problems))
    # Before the snapshot, whose title index may be a child's: comparing 100,000 shows then
    # fills the wait for it.
    diff = changes(previous.by_id, shows) if previous is not None else None
    snapshot = build_snapshot(
        root,
        shows,
        warnings=problems,
        files=len(files),
        started=started,
        folded=folded,
        previous=previous,
        job=job,
    )
    return LoadResult(snapshot, tuple(problems), diff)


def build_snapshot(
    root: Path,
    shows: Sequence[Show],
    *,
    warnings: Sequence[Problem] = (),
    files: int = 0,
    started: float | None = None,
    folded: Sequence[str] | None = None,
    previous: Snapshot | None = None,
    job: TitleIndexJob | None = None,
) -> Snapshot:
    """Index valid shows into a snapshot (also used by tests and the benchmark).

    `folded` is every show's title and aliases, folded, in order, when the caller has them.
    An index of `previous` is reused when what it was built from is unchanged; `job` is a
    title index being built in a child process.
    """
    started = time.perf_counter() if started is None else started
    ordered = tuple(shows)
    if folded is None:
        folded = fold_many([name for show in ordered for name in (show.title, *show.aliases)])
    people = _people(ordered)
    if previous is not None and _same_names(previous.people, people):
        people_index = previous.people_index
    else:
        entries = [Entry((p.name,)) for p in people]
        people_index = NameIndex(entries, FUNCTION_WORDS, completion=False, short_forms=False)
        release(entries)  # type: ignore[arg-type]
    first_with_title: dict[str, str] = {}
    labelled: set[str] = set()
    position = 0
    for show in ordered:
        first = first_with_title.setdefault(folded[position], show.id)
        if first != show.id:
            labelled.update((first, show.id))
        position += 1 + len(show.aliases)
    ids = [show.id for show in ordered]
    titles = _title_index(ordered, folded, previous, job)  # last: a child may be building it
    snapshot = Snapshot(
        root=root,
        shows=ordered,
        by_id=MappingProxyType({show.id: show for show in ordered}),
        titles=titles,
        people=people,
        people_index=people_index,
        warnings=tuple(warnings),
        files=files,
        loaded_at=dt.datetime.now(dt.UTC),
        load_seconds=time.perf_counter() - started,
        labelled=frozenset(labelled),
        positions=MappingProxyType({show_id: i for i, show_id in enumerate(ids)}),
    )
    log.info("loaded %d shows from %d files in %.2fs", len(ordered), files, snapshot.load_seconds)
    return snapshot


def _title_index(
    shows: Sequence[Show],
    folded: Sequence[str],
    previous: Snapshot | None,
    job: TitleIndexJob | None,
) -> NameIndex:
    """The title index of `shows`: the previous one when nothing it knows changed, its name
    structures with new popularity and context when only those changed, else a new one (from
    the child process of `job` when it has one)."""
    names_kept, owners_kept = _unchanged(previous.shows, shows) if previous else (False, False)
    if names_kept and owners_kept:
        return previous.titles  # type: ignore[union-attr]
    entries = [entry_of(show) for show in shows]
    if names_kept:
        index = previous.titles.with_owners(entries)  # type: ignore[union-attr]
    else:
        index = (job and job.result(entries, folded)) or NameIndex(
            entries, FUNCTION_WORDS, folded=folded
        )
    release(entries)  # type: ignore[arg-type]
    return index


def _unchanged(old: Sequence[Show], new: Sequence[Show]) -> tuple[bool, bool]:
    """Whether, show by show, the names are the same; and the popularity and context words too.
    A Python loop (a tenth of a second for 100,000 shows, the event loop free to run) against
    seconds to build the title index again."""
    if len(old) != len(new):
        return False, False
    owners_kept = True
    for before, after in zip(old, new, strict=True):
        if before is after:
            continue
        if before.title != after.title or before.aliases != after.aliases:
            return False, False
        owners_kept = owners_kept and (
            before.popularity == after.popularity
            and before.network == after.network
            and before.premiered == after.premiered
        )
    return True, owners_kept


def _same_names(old: Sequence[Person], new: Sequence[Person]) -> bool:
    """Whether the people index of `old` fits `new` (it knows their names only)."""
    return len(old) == len(new) and all(
        before.name == after.name for before, after in zip(old, new, strict=True)
    )


@contextlib.contextmanager
def _collector_paused() -> Iterator[None]:
    """Building 100,000 shows makes millions of small objects; letting the cyclic garbage
    collector rescan them all every few thousand allocations doubles the load time. Nothing
    built here forms cycles, so one collection afterwards is enough."""
    was_enabled = gc.isenabled()
    gc.disable()
    try:
        yield
    finally:
        # Move what was built out of the collector's sight: a full collection would otherwise
        # walk millions of snapshot objects and pause the bot's event loop for a third of a
        # second. They are freed by reference counting when a reload replaces them.
        gc.freeze()
        if was_enabled:
            gc.enable()


def _decode(data: bytes, display: str) -> FileResult:
    """The file's shows and problems. Whatever goes wrong inside the checker becomes a problem
    of this file: one file must not stop `showbot check` with a traceback, nor a reload."""
    try:
        text = data.decode("utf-8")
    except UnicodeDecodeError as exc:
        return FileResult((), (Problem(display, 1, "file", f"is not UTF-8 text ({exc.reason})"),))
    try:
        return read_shows(text, display)
    except Exception as exc:  # RecursionError and MemoryError too: reported, not raised
        log.debug("checking %s failed", display, exc_info=True)
        reason = f"{type(exc).__name__}: {exc}"[:200]
        message = f"could not be checked ({reason}); please report this as a bug in showbot"
        return FileResult((), (Problem(display, 1, "file", message),))


def _cross_file_problems(shows: Sequence[Show], folded: Sequence[str]) -> list[Problem]:
    """Duplicate ids are errors; a title or alias claimed by two shows is a warning.

    `folded` holds every show's title and aliases, folded, in order."""
    problems = []
    first_by_id: dict[str, Show] = {}
    for show in shows:
        first = first_by_id.setdefault(show.id, show)
        if first is not show:
            file, line = _split_origin(show.origin)
            problems.append(
                Problem(
                    file,
                    line,
                    "id",
                    f"{show.id!r} is already used by {first.origin}; ids must be unique",
                )
            )
    first_claims: dict[str, Show] = {}
    shared: dict[str, list[Show]] = {}
    names = iter(folded)
    for show in shows:
        own = (
            {next(names) for _ in range(1 + len(show.aliases))} if show.aliases else (next(names),)
        )
        for name in own:
            first = first_claims.setdefault(name, show)
            if first is not show:
                shared.setdefault(name, [first]).append(show)
    for name, owners in shared.items():
        others = ", ".join(o.id for o in owners[1:4]) + (" ..." if len(owners) > 4 else "")
        file, line = _split_origin(owners[0].origin)
        problems.append(
            Problem(
                file,
                line,
                "title",
                f"{name!r} also names {others}; the bot will ask which one is meant "
                "(add an alias with the network or year to tell them apart)",
                "warning",
            )
        )
    return problems


def changes(old: Mapping[str, Show], new: Sequence[Show]) -> Changes:
    """What a reload changed. Python-level loops and sliced sorts: set operations over 100,000
    ids are single C calls that would stall the event loop."""

    def in_order(ids: list[str]) -> tuple[str, ...]:
        return tuple(ids[i] for i in sorted_positions(ids))

    present = {show.id for show in new}
    return Changes(
        added=in_order([show.id for show in new if show.id not in old]),
        changed=in_order(
            [
                show.id
                for show in new
                if (before := old.get(show.id)) is not None
                and before is not show
                and _differs(before, show)
            ]
        ),
        removed=in_order([show_id for show_id in old if show_id not in present]),
    )


def _differs(before: Show, after: Show) -> bool:
    """`before != after`, the fields a re-import changes most first: comparing two shows field
    by field costs microseconds, and a reload may compare 100,000 of them."""
    return (
        before.popularity != after.popularity
        or before.status is not after.status
        or before != after
    )


def _split_origin(origin: str) -> tuple[str, int]:
    file, _, line = origin.rpartition(":")
    return file, int(line) if line.isdigit() else 1


def _people(shows: Sequence[Show]) -> tuple[Person, ...]:
    """Everyone credited, once per folded name, with every show and next work of theirs."""
    roles: dict[str, list[tuple[str, str | None]]] = defaultdict(list)
    works: dict[str, list[Work]] = defaultdict(list)
    names: dict[str, str] = {}
    credits: list[tuple[str, str, str | None, tuple[Work, ...]]] = []
    for show in shows:  # most shows credit nobody: test before making anything
        if show.cast:
            credits.extend((show.id, c.name, c.role, c.next) for c in show.cast)
        if show.companies:
            credits.extend((show.id, c.name, None, c.next) for c in show.companies)
        if show.creators:
            credits.extend((show.id, name, "creator", ()) for name in show.creators)
    keys = fold_many([name for _, name, _, _ in credits])
    for (show_id, name, role, next_works), key in zip(credits, keys, strict=True):
        names.setdefault(key, name)
        if (show_id, role) not in roles[key]:
            roles[key].append((show_id, role))
        if next_works:
            works[key].extend(w for w in next_works if w not in works[key])
    return tuple(
        Person(name=names[key], roles=tuple(roles[key]), next=tuple(works[key])) for key in names
    )
