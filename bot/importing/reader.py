"""Streaming CSV reading with the line numbers an admin needs to find a bad row.

Rows are yielded one at a time (the file is never read into memory), each with the physical line
it starts on in the file, header = line 1, so that a report like "line 8422: no title" can be
looked up in any editor even when earlier cells contain line breaks.
"""

from __future__ import annotations

import csv
import logging
from collections.abc import Callable, Iterator, Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import TextIO

from .errors import ImporterError

__all__ = ["BadRow", "Row", "count_rows", "read_rows"]

log = logging.getLogger(__name__)

#: How often (in rows) the progress callback is called.
PROGRESS_EVERY = 1000


@dataclass(frozen=True, slots=True)
class Row:
    line: int
    cells: dict[str, str]


@dataclass(frozen=True, slots=True)
class BadRow:
    """A row that could not even be split into cells; it is reported, not dropped."""

    line: int
    reason: str


def _open(path: Path) -> TextIO:
    # utf-8-sig drops a BOM (spreadsheet exports); surrogateescape lets us report an undecodable
    # row by its line instead of aborting the whole import at the first bad byte.
    return path.open(encoding="utf-8-sig", errors="surrogateescape", newline="")


def count_rows(path: Path, limit: int | None = None) -> int:
    """Data rows in the file (not lines: quoted cells may span lines), for progress totals."""
    with _open(path) as handle:
        reader = csv.reader(handle)
        next(reader, None)
        total = 0
        try:
            for record in reader:
                if record:
                    total += 1
                    if limit is not None and total >= limit:
                        break
        except csv.Error:
            pass  # read_rows reports it with its line number
    return total


def _undecodable(cells: Sequence[str]) -> bool:
    try:
        "".join(cells).encode("utf-8")
    except UnicodeEncodeError:
        return True
    return False


def read_rows(
    path: Path,
    required: Sequence[str],
    *,
    limit: int | None = None,
    progress: Callable[[int, int], None] | None = None,
) -> Iterator[Row | BadRow]:
    """Yield every data row of ``path`` as a :class:`Row` or, when unreadable, a :class:`BadRow`.

    ``required`` columns must all be in the header (else :class:`ImporterError`: probably the wrong
    SOURCE for this file). At most ``limit`` rows are yielded. ``progress(done, total)`` is called
    every :data:`PROGRESS_EVERY` rows and once at the end.
    """
    total = count_rows(path, limit) if progress is not None else 0
    with _open(path) as handle:
        reader = csv.reader(handle)
        try:
            header = [name.strip() for name in next(reader)]
        except StopIteration:
            raise ImporterError(f"{path}: the file is empty (no header line)") from None
        except csv.Error as exc:
            raise ImporterError(f"{path}:1: unreadable header: {exc}") from None
        missing = [name for name in required if name not in header]
        if missing:
            raise ImporterError(
                f"{path}: missing column(s) {', '.join(map(repr, missing))}; the header is "
                f"{','.join(header)!r}. Is this the right SOURCE for this file?"
            )
        width = len(header)
        done = 0
        end_line = reader.line_num
        while limit is None or done < limit:
            start = end_line + 1
            try:
                cells = next(reader)
            except StopIteration:
                break
            except csv.Error as exc:
                end_line = reader.line_num
                done += 1
                yield BadRow(start, f"malformed CSV: {exc}")
                continue
            end_line = reader.line_num
            if not cells:
                continue  # a blank line carries no row
            done += 1
            if len(cells) != width:
                yield BadRow(start, f"malformed row: {len(cells)} cells, the header has {width}")
            elif _undecodable(cells):
                yield BadRow(start, "malformed row: not valid UTF-8")
            else:
                yield Row(start, dict(zip(header, cells, strict=True)))
            if progress is not None and done % PROGRESS_EVERY == 0:
                progress(done, max(total, done))
        if progress is not None and (done == 0 or done % PROGRESS_EVERY):
            progress(done, max(total, done))
        log.debug("%s: read %d rows", path, done)
