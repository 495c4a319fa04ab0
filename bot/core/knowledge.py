"""Reading a knowledge directory into an immutable `Snapshot`.

A snapshot is built completely, validated, indexed, and only then handed out; a load with errors
produces no snapshot at all, so the caller keeps serving the last good one ("last good state
wins"). A per-file cache keyed by a hash of each file's bytes means a reload re-reads only the
files an admin actually changed.
"""

from __future__ import annotations

import dataclasses
import hashlib
import logging
import os
import stat
import threading
import time
from collections.abc import Container, Iterable, Mapping, Sequence
from dataclasses import dataclass
from pathlib import Path

from bot.core import limits
from bot.core.collector import paused_for_load
from bot.core.compact import sorted_positions
from bot.core.fastjson import ShowLines
from bot.core.layers import Override, is_imported, overrides
from bot.core.models import Show
from bot.core.schema import FileResult, Problem, read_shows
from bot.core.snapshot import Snapshot, build_snapshot
from bot.core.text import fold_many

log = logging.getLogger(__name__)

KNOWLEDGE_SUFFIXES = (".yaml", ".yml")


class KnowledgeError(Exception):
    """The knowledge base cannot be used; `problems` says exactly why."""

    def __init__(self, message: str, problems: Sequence[Problem] = ()) -> None:
        super().__init__(message)
        self.problems = tuple(problems)


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
    overrides: tuple[Override, ...] = ()
    """Imported entries a hand-written entry replaces, in load order."""

    @property
    def errors(self) -> tuple[Problem, ...]:
        return tuple(p for p in self.problems if p.is_error)

    @property
    def warnings(self) -> tuple[Problem, ...]:
        return tuple(p for p in self.problems if not p.is_error)


class FileCache:
    """Validated file contents keyed by path and a hash of the bytes; shared by reloads."""

    def __init__(self) -> None:
        self._entries: dict[Path, tuple[bytes, FileResult]] = {}
        self._lock = threading.Lock()

    def read(
        self, path: Path, display: str, running: Mapping[str, Show] | None = None
    ) -> FileResult:
        """The file's validated content, parsed again only when its bytes changed (a hash, not
        the modification time, which misses same-size edits on coarse file systems). Only a
        regular file of at most `MAX_FILE_BYTES` is read (see `_read_regular`).

        A show parsed again that equals one of `running` (the base being served, by id) is
        that object: a reload that re-reads unchanged shows keeps one copy of each, not two
        at its peak. A file rewritten with most of its lines as they were (a fresh import)
        takes the shows of those lines from its last read instead of reading them again."""
        try:
            data = _read_regular(path)
        except _Refused as exc:
            return FileResult((), (Problem(display, 1, "file", str(exc)),))
        except OSError as exc:
            return FileResult((), (Problem(display, 1, "file", f"cannot be read: {exc.strerror}"),))
        key = content_digest(data)
        with self._lock:
            cached = self._entries.get(path)
        if cached is not None and cached[0] == key:
            return cached[1]
        result = _decode(data, display, cached[1].lines if cached is not None else None)
        if is_imported(data):
            result = dataclasses.replace(result, imported=True)
        if running:
            result = _reusing(result, running)
        with self._lock:
            self._entries[path] = (key, result)
        return result

    def seed(self, path: Path, digest: bytes, result: FileResult) -> None:
        """Remember `result` as the content of `path` whose bytes hash to `digest` (what the
        start cache read back), so that a reload reads the file again only once it changed."""
        with self._lock:
            self._entries[path] = (digest, result)

    def known(self) -> list[tuple[Path, bytes, FileResult]]:
        """Every remembered file, its digest and content, in the order they were read."""
        with self._lock:
            return [(path, digest, result) for path, (digest, result) in self._entries.items()]

    def forget_missing(self, present: Iterable[Path]) -> None:
        keep = set(present)
        with self._lock:
            for path in [p for p in self._entries if p not in keep]:
                del self._entries[path]


def content_digest(data: bytes) -> bytes:
    """The hash a file's bytes are known by: the same bytes, the same digest, in any process."""
    return hashlib.blake2b(data, digest_size=16).digest()


def file_digest(path: Path) -> bytes | None:
    """`content_digest` of the file's bytes; None when `FileCache.read` would refuse the file
    or could not read it (a load then reports why)."""
    try:
        return content_digest(_read_regular(path))
    except (_Refused, OSError):
        return None


def _reusing(result: FileResult, running: Mapping[str, Show]) -> FileResult:
    """`result` with each show equal to the running base's show of that id replaced by it, in
    its `lines` too: a line read again unchanged then gives the running show itself, which
    needs no comparing."""
    shows = tuple(
        old
        if (old := running.get(show.id)) is not None and (old is show or not _differs(old, show))
        else show
        for show in result.shows
    )
    lines = result.lines
    if lines is not None:
        pairs = zip(result.shows, shows, strict=True)
        replaced = {id(read): kept for read, kept in pairs if read is not kept}
        lines = lines.replacing(replaced) if replaced else lines
    return dataclasses.replace(result, shows=shows, lines=lines)


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
    with paused_for_load():
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
    return _read_and_build(root, files, cache, previous, started)


def _read_and_build(
    root: Path,
    files: list[Path],
    cache: FileCache,
    previous: Snapshot | None,
    started: float,
) -> LoadResult:
    shows: list[Show] = []
    problems: list[Problem] = []
    imported: list[Show] = []
    for path in files:
        result = cache.read(path, str(path), previous.by_id if previous is not None else None)
        shows.extend(result.shows)
        problems.extend(result.problems)
        if result.imported:
            imported.extend(result.shows)
    replaced = _layered(shows, imported) if imported else []
    if replaced:
        dropped = {id(override.imported) for override in replaced}
        shows = [show for show in shows if id(show) not in dropped]
    folded = fold_many([name for show in shows for name in (show.title, *show.aliases)])
    problems.extend(_cross_file_problems(shows, folded, {id(show) for show in imported}))
    if any(p.is_error for p in problems):
        return LoadResult(None, tuple(problems), overrides=tuple(replaced))
    diff = changes(previous.by_id, shows) if previous is not None else None
    snapshot = build_snapshot(
        root,
        shows,
        warnings=problems,
        files=len(files),
        started=started,
        folded=folded,
        previous=previous,
        overridden=tuple(override.imported for override in replaced),
    )
    return LoadResult(snapshot, tuple(problems), diff, tuple(replaced))


def _layered(shows: Sequence[Show], imported: Sequence[Show]) -> list[Override]:
    """The imported shows (of `shows`) that a hand-written show of `shows` replaces."""
    from_imports = {id(show) for show in imported}
    return overrides([show for show in shows if id(show) not in from_imports], imported)


def _decode(data: bytes, display: str, previous: ShowLines | None = None) -> FileResult:
    """The file's shows and problems (`previous`: see `read_shows`). Whatever goes wrong
    inside the checker becomes a problem of this file: one file must not stop `showbot check`
    with a traceback, nor a reload."""
    try:
        text = data.decode("utf-8")
    except UnicodeDecodeError as exc:
        return FileResult((), (Problem(display, 1, "file", f"is not UTF-8 text ({exc.reason})"),))
    try:
        return read_shows(text, display, previous)
    except Exception as exc:  # RecursionError and MemoryError too: reported, not raised
        log.debug("checking %s failed", display, exc_info=True)
        reason = f"{type(exc).__name__}: {exc}"[:200]
        message = f"could not be checked ({reason}); please report this as a bug in showbot"
        return FileResult((), (Problem(display, 1, "file", message),))


def _cross_file_problems(
    shows: Sequence[Show], folded: Sequence[str], imported: Container[int] = ()
) -> list[Problem]:
    """Duplicate ids are errors; a title or alias claimed by two shows is a warning, on the
    admin's own file, unless every show claiming it was imported (`imported` holds their
    `id()`: the data sets hold real twins the admin can do nothing about) or, beside imported
    ones, the admin's shows have a network or year to be told apart by when the bot asks.

    `folded` holds every show's title and aliases, folded, in order."""
    problems = []
    first_by_id: dict[str, Show] = {}
    for show in shows:
        first = first_by_id.setdefault(show.id, show)
        if first is not show:
            mine_first = id(show) in imported and id(first) not in imported
            here, other = (first, show) if mine_first else (show, first)
            file, line = _split_origin(here.origin)  # an admin's own file, when one is involved
            problems.append(
                Problem(
                    file,
                    line,
                    "id",
                    f"{show.id!r} is already used by {other.origin}; ids must be unique"
                    + _renaming_hint(first, show, imported),
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
        # the warning stands where the admin can act: their own file, when one is involved
        mine = next((i for i, owner in enumerate(owners) if id(owner) not in imported), None)
        if mine is None:
            continue
        if any(id(o) in imported for o in owners) and _labelled(owners, imported):
            continue  # beside an import's show: the "which one" labels tell them apart
        owners = [owners[mine], *owners[:mine], *owners[mine + 1 :]]
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


def _renaming_hint(first: Show, show: Show, imported: Container[int]) -> str:
    """What resolves a clash between a hand-written id and an imported one: the next import
    gives its show an id no other file uses (a different show of the same title keeps both)."""
    if (id(first) in imported) == (id(show) in imported):
        return ""
    return (
        " (import that folder again: an import gives its shows ids your files do not use; "
        "or give this entry the show's `ids` if both are the same show)"
    )


def _labelled(shows: Sequence[Show], imported: Container[int]) -> bool:
    """Whether every hand-written show of `shows` has a network or premiere year for its
    "Title (Network, year)" label: imported twins get one from their data or external id."""
    return all(show.label != show.title for show in shows if id(show) not in imported)


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
