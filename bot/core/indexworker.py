"""Building the title index of a big base on the second core, while this process reads the files.

Loading 100,000 shows is two long steps, one after the other: reading and checking the files,
then indexing the titles; each takes over a second, and Python runs one of them at a time. A
forked child reads the same files on its own (titles, aliases, popularity, network and year
only: no checking, so it is quicker than the full read), builds the title index, and sends it
back through a pipe in pickled pieces. Meanwhile this process reads and checks everything, and
builds the rest of the snapshot. The index is used only if the child's view of every show
equals the checked one, so a file edited between the two reads, or any difference between the
quick read and the checker, costs time (the index is then built here), never correctness.

The children are forked by an `IndexHelper`, itself forked at the first big load (the bot's
start, before its event loop and threads). A child runs only this module's code on data it
already has: it takes no lock another thread might hold (no logging, no imports), starts no
thread, and leaves with `os._exit`. Where there is no `fork` (Windows), the index is built in
this process.
"""

from __future__ import annotations

import contextlib
import gc
import json
import logging
import os
import pickle
import select
import signal
import socket
import threading
import time
import warnings
import weakref
from collections.abc import Iterator, Sequence
from pathlib import Path
from typing import Any

from bot.core.compact import release
from bot.core.matching import Entry, NameIndex, title_vocabulary, typo_table
from bot.core.models import Show
from bot.core.questions import FUNCTION_WORDS
from bot.core.schema import read_shows, to_partial_date
from bot.core.text import fold, fold_many

log = logging.getLogger(__name__)

MIN_BYTES = 8_000_000
"""Loads that read and check less than this (about 20,000 imported shows) index here: a child
reads every file, and sending the index back costs more than it saves on a small base."""
TIMEOUT = 60.0
"""Seconds to wait for the child once this process is ready for the index."""
_SLICE = 16384
_HEADER = 8
_CHUNK = 1 << 20
_MAX_FD = os.sysconf("SC_OPEN_MAX") if hasattr(os, "sysconf") else 1 << 16


CAST_CONTEXT = 15
"""Cast members whose names and roles point at a show ("who plays *harry bosch*")."""


def context_of(show: Show) -> tuple[str, ...]:
    """Words that point at the show when a question names them: its network, its first year,
    its top-billed cast's names and roles."""
    year = str(show.premiered.year) if show.premiered else ""
    people = [part for c in show.cast[:CAST_CONTEXT] for part in (c.name, c.role) if part]
    return _context(show.network or "", year, people)


def _context(network: str, year: str, people: list[str]) -> tuple[str, ...]:
    """The network and year as written, and the words of the cast's names and roles (not the
    question words: "the", "dr")."""
    if not people:
        return (
            (network, year)
            if network and year
            else (network,)
            if network
            else ((year,) if year else ())
        )
    telling = dict.fromkeys(
        word
        for part in people
        for word in fold(part).split()
        if len(word) >= 3 and word not in FUNCTION_WORDS
    )
    return tuple(part for part in (network, year, *telling) if part)


def entry_of(show: Show) -> Entry:
    """What the title index knows of a show."""
    names = (show.title, *show.aliases) if show.aliases else (show.title,)
    return Entry(names, show.popularity, context_of(show))


class IndexHelper:
    """A small process, forked at the first big load, that forks a child for each title index.

    Forking the bot itself during a reload would be slow: it then holds the base it replaces,
    and both processes would copy on write the pages they touch. The helper is forked while
    this process is still small, so its children start small; usually that is at the bot's
    start, before its event loop and threads, and in any case the helper and its children take
    no lock another thread could have held. It leaves when this process closes its socket, or
    ends.
    """

    def __init__(self) -> None:
        ours, theirs = socket.socketpair()
        try:
            with warnings.catch_warnings():
                # Python 3.12+ warns that forking a threaded process may deadlock the child if
                # it takes a lock another thread held; the helper and its children take none.
                warnings.simplefilter("ignore", DeprecationWarning)
                pid = os.fork()
        except OSError:
            ours.close()
            theirs.close()
            raise
        if pid == 0:
            _serve(theirs)
        theirs.close()
        self._lock = threading.Lock()
        self.pid = pid
        self._socket = ours
        self._finalizer = weakref.finalize(self, _stop_helper, ours, pid)

    @classmethod
    def start(cls) -> IndexHelper | None:
        """A new helper; None where processes cannot be forked."""
        if not hasattr(os, "fork") or not hasattr(socket, "send_fds"):
            return None
        try:
            return cls()
        except OSError as exc:
            log.warning("no helper process for title indexes (%s); indexing here", exc)
            return None

    def job(self, files: Sequence[Path]) -> TitleIndexJob | None:
        """Have a child index `files`; None if the helper is gone."""
        read_end, write_end = os.pipe()
        request = pickle.dumps([str(path) for path in files], pickle.HIGHEST_PROTOCOL)
        message = len(request).to_bytes(_HEADER, "big") + request
        try:
            with self._lock:  # one request at a time on the stream
                sent = socket.send_fds(self._socket, [message], [write_end])
                self._socket.sendall(message[sent:])
        except OSError as exc:
            os.close(read_end)
            log.warning("the title index helper is gone (%s); indexing here", exc)
            return None
        finally:
            os.close(write_end)
        return TitleIndexJob(read_end)

    def close(self) -> None:
        self._finalizer()


def _stop_helper(helper_socket: socket.socket, pid: int) -> None:
    helper_socket.close()  # the helper reads the end of its socket and leaves
    with contextlib.suppress(ChildProcessError):
        os.waitpid(pid, 0)


def _serve(requests: socket.socket) -> None:
    """The helper's whole life: a child per request, until the socket closes."""
    status = 1
    try:
        # No collection here: it could finalize an inherited socket or file object whose
        # descriptor number, closed below, now belongs to a job's pipe.
        gc.disable()
        _leave_the_parent_behind(requests.fileno())
        signal.signal(signal.SIGCHLD, signal.SIG_IGN)  # children are reaped by the system
        while True:
            head, fds, _, _ = socket.recv_fds(requests, _HEADER, 1)
            if not head or not fds:
                break  # this process closed the socket (or ended)
            head += _receive_exactly(requests, _HEADER - len(head))
            body = _receive_exactly(requests, int.from_bytes(head, "big"))
            files = [Path(name) for name in pickle.loads(body)]
            if os.fork() == 0:
                requests.close()
                _run_child(files, fds[0])
            os.close(fds[0])
        status = 0
    finally:
        os._exit(status)


def _leave_the_parent_behind(keep: int) -> None:
    """Close every descriptor the helper inherited but its socket and the standard streams
    (the bot's gateway sockets, event loop, pipes of jobs in flight, other helpers' sockets:
    a copy held here would keep them open), and take back the default signal handlers that an
    event loop may have installed."""
    os.closerange(3, keep)
    os.closerange(keep + 1, _MAX_FD)
    for number in (signal.SIGINT, signal.SIGTERM):
        signal.signal(number, signal.SIG_DFL)
    with contextlib.suppress(ValueError):
        signal.set_wakeup_fd(-1)


def _receive_exactly(requests: socket.socket, size: int) -> bytes:
    data = b""
    while len(data) < size:
        more = requests.recv(size - len(data))
        if not more:
            raise EOFError
        data += more
    return data


class TitleIndexJob:
    """A title index being built in a child; `result` collects it."""

    def __init__(self, pipe: int) -> None:
        self._pipe = pipe
        """The read end, read with `os.read`: no buffer that `select` would not see."""
        self._done = False

    def result(
        self, entries: Sequence[Entry], folded: Sequence[str], timeout: float = TIMEOUT
    ) -> NameIndex | None:
        """The child's index if it indexed exactly `entries`; None (and a log line saying why)
        when it did not, failed, or took longer than `timeout`.

        The child leaves out the typo table; it is built here from `folded` (the names, folded)
        while the child works, which would otherwise be time spent waiting."""
        vocabulary = title_vocabulary(folded)
        table = typo_table(vocabulary)
        try:
            index = self._receive(entries, time.monotonic() + timeout)
        except _Refused as refused:
            log.info("title index built here instead: %s", refused)
            return None
        except Exception:  # a garbled piece: never a reason to fail the load
            log.warning(
                "title index built here instead: the child's index is unreadable", exc_info=True
            )
            return None
        finally:
            self.cancel()
        if not index.take_typo_table(vocabulary, table):
            log.info("typo table built again: the child's index holds other words")
            index.build_typo_table()
        return index

    def cancel(self) -> None:
        """Stop listening: a child still at work stops when it finds nobody reading."""
        if not self._done:
            self._done = True
            os.close(self._pipe)

    def _receive(self, entries: Sequence[Entry], deadline: float) -> NameIndex:
        frames = self._frames(deadline)
        count = next(frames, None)
        if count is None or pickle.loads(count) != len(entries):
            raise _Refused("the child's files hold another number of shows")
        for start in range(0, len(entries), _SLICE):
            piece = next(frames, None)
            if piece is None or pickle.loads(piece) != list(entries[start : start + _SLICE]):
                raise _Refused("the child read other names, popularity or networks")
        return NameIndex.from_pieces(frames)

    def _frames(self, deadline: float) -> Iterator[bytes]:
        """The child's frames, up to its end mark; raises _Refused if it breaks off."""
        while True:
            header = self._read(_HEADER, deadline)
            size = int.from_bytes(header, "big")
            if size == 0:
                return
            yield self._read(size, deadline)

    def _read(self, size: int, deadline: float) -> bytes:
        chunks = []
        waiting = select.poll()
        waiting.register(self._pipe, select.POLLIN)
        while size:
            remaining = deadline - time.monotonic()
            if remaining <= 0 or not waiting.poll(remaining * 1000):
                raise _Refused("the child took too long")
            chunk = os.read(self._pipe, min(size, _CHUNK))
            if not chunk:
                raise _Refused("the child stopped before sending the whole index")
            chunks.append(chunk)
            size -= len(chunk)
        return b"".join(chunks)


class _Refused(Exception):
    """The child's index cannot be used."""


def _run_child(files: Sequence[Path], write_end: int) -> None:
    """The child's whole life: index the files, send the index, leave without cleanup (the
    parent's objects are the parent's to tidy)."""
    status = 1
    try:
        with os.fdopen(write_end, "wb") as out:
            entries = quick_entries(files)
            folded = fold_many([name for names, _, _ in entries for name in names])
            named = [Entry(*e) for e in entries]
            # The parent builds the typo table meanwhile: it would wait for this child anyway.
            index = NameIndex(named, FUNCTION_WORDS, folded=folded, typos=False)
            release(folded)  # type: ignore[arg-type]
            frames = [pickle.dumps(len(entries), pickle.HIGHEST_PROTOCOL)]
            frames += [
                pickle.dumps(entries[start : start + _SLICE], pickle.HIGHEST_PROTOCOL)
                for start in range(0, len(entries), _SLICE)
            ]
            frames += index.pieces()
            # Only now: the parent reads once it has checked the files, and a full pipe would
            # have held the child up until then.
            for frame in frames:
                out.write(len(frame).to_bytes(_HEADER, "big"))
                out.write(frame)
            out.write((0).to_bytes(_HEADER, "big"))
        status = 0
    finally:
        os._exit(status)


def quick_entries(files: Sequence[Path]) -> list[tuple[tuple[str, ...], float, tuple[str, ...]]]:
    """What the title index needs of every show in `files`, read without checking: JSON-style
    files by the C parser and a few dictionary lookups per show, others by the checker."""
    entries = []
    for path in files:
        text = path.read_bytes().decode("utf-8")
        shows = _json_shows(text)
        if shows is None:
            entries.extend(tuple(entry_of(show)) for show in read_shows(text, str(path)).shows)
        else:
            entries.extend(_quick_entry(show) for show in shows)
    return entries


def _json_shows(text: str) -> list[dict[str, Any]] | None:
    body = text.lstrip()
    if not body.startswith("{"):
        return None
    try:
        data = json.loads(body)
    except ValueError:
        return None
    if list(data) == ["shows"] and isinstance(data["shows"], list):
        return data["shows"]  # type: ignore[no-any-return]
    return [data]


def _quick_entry(show: dict[str, Any]) -> tuple[tuple[str, ...], float, tuple[str, ...]]:
    title = str(show["title"]).strip()
    aliases = show.get("aliases") or ()
    names = (title, *(alias.strip() for alias in aliases)) if aliases else (title,)
    network = show.get("network")
    network = str(network).strip() if network is not None else ""
    premiered = show.get("premiered")
    date = to_partial_date(premiered) if premiered is not None else None
    year = str(date.year) if date is not None else ""
    people = [
        str(part).strip()
        for member in (show.get("cast") or ())[:CAST_CONTEXT]
        if isinstance(member, dict)
        for part in (member.get("name"), member.get("role"))
        if part and str(part).strip()
    ]
    return names, float(show.get("popularity") or 0.0), _context(network, year, people)
