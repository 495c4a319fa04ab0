"""``run_import``: one CSV file of a known SOURCE into a knowledge directory.

The steps are deliberately separate: read rows (streaming, with line numbers), turn each into an
entry or a reported problem, merge with what the directory already holds, assign ids, write
shards. Only the entries are held in memory, never the file or the YAML text of the whole base.
"""

from __future__ import annotations

import logging
import time
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path

from .entry import Entry
from .errors import ImporterError
from .fields import RowError
from .ids import assign_ids
from .merge import merge_entries
from .reader import BadRow, read_rows
from .sources import DATASETS_BY_TITLE, get_source
from .writer import load_existing, write_shards
from .yamlio import gc_paused

__all__ = ["ImportReport", "run_import"]

log = logging.getLogger(__name__)


@dataclass(frozen=True, slots=True)
class ImportReport:
    """What an import did; ``rows_read == imported + filtered + skipped``."""

    source: str
    file: Path
    out: Path
    rows_read: int
    """Data rows read from the file (the header and blank lines not counted), at most --limit."""
    imported: int
    """Rows that became a show or added to one."""
    merged: int
    """Of those, rows merged into a show that already existed (earlier import or earlier row)."""
    shows_written: int
    """Shows in the directory's shard files after the import (earlier imports included)."""
    filtered: int
    """Rows outside the source's scope on purpose, such as Netflix movies. Not errors."""
    skipped_rows: tuple[tuple[int, str], ...]
    """``(line, reason)`` for every row that could not be imported; line 1 is the header."""
    files: tuple[Path, ...]
    seconds: float

    @property
    def skipped(self) -> int:
        return len(self.skipped_rows)

    def summary(self) -> str:
        """One line for the command line."""
        filtered = f", {self.filtered} out of scope" if self.filtered else ""
        return (
            f"{self.source}: read {self.rows_read} rows, imported {self.imported} "
            f"({self.merged} merged){filtered}, skipped {self.skipped}; "
            f"{self.shows_written} shows in {len(self.files)} file(s) in {self.out} "
            f"({self.seconds:.1f} s)"
        )


def run_import(
    source: str,
    file: Path,
    out: Path,
    limit: int | None = None,
    progress: Callable[[int, int], None] | None = None,
    merge: bool = True,
    base: Path | None = None,
) -> ImportReport:
    """Import ``file`` (a CSV in the SOURCE format ``source``) into the directory ``out``.

    With ``merge`` (the default) the shows earlier imports wrote to ``out`` are kept and the same
    show coming from this file is merged into them, so importing several sources one after the
    other builds one base. Without it, this import replaces them. Duplicate rows of the file
    itself are merged either way. Hand-written YAML files in ``out`` are never touched, and no
    imported show takes the id of a show in any other file of the knowledge base ``base``
    (by default the folder above ``out`` that ``showbot init`` made: ``writer.base_of``).

    ``progress(done, total)`` is called about every 1,000 rows. Raises :class:`ImporterError`
    when the import cannot run at all; bad rows are reported in the result instead.
    """
    with gc_paused():
        return _run(source, Path(file), Path(out), limit, progress, merge, base)


def _run(
    source: str,
    file: Path,
    out: Path,
    limit: int | None,
    progress: Callable[[int, int], None] | None,
    merge: bool,
    base: Path | None,
) -> ImportReport:
    started = time.perf_counter()
    spec = get_source(source)
    if limit is not None and limit < 0:
        raise ImporterError(f"--limit must be 0 or more, not {limit}")
    if not file.is_file():
        raise ImporterError(f"{file}: no such file")
    existing, reserved = load_existing(out, DATASETS_BY_TITLE, merge=merge, base=base)

    rows: list[Entry] = []
    skipped: list[tuple[int, str]] = []
    read = filtered = 0
    try:
        for item in read_rows(file, spec.columns, limit=limit, progress=progress):
            read += 1
            if isinstance(item, BadRow):
                skipped.append((item.line, item.reason))
                continue
            try:
                entry = spec.parse(item.cells, item.line)
            except RowError as exc:
                skipped.append((item.line, str(exc)))
                continue
            if entry is None:
                filtered += 1
            else:
                rows.append(entry)
    except OSError as exc:
        raise ImporterError(f"{file}: cannot read: {exc}") from exc
    for line, reason in skipped:
        log.debug("%s:%d: skipped: %s", file, line, reason)

    imported = len(rows)
    read_at = time.perf_counter()
    merged = merge_entries(existing, rows, spec.name)
    assign_ids(existing, reserved)
    merged_at = time.perf_counter()
    try:
        files = write_shards(out, existing)
    except OSError as exc:
        raise ImporterError(f"{out}: cannot write: {exc}") from exc
    log.debug(
        "timings: load+read %.2f s, merge+ids %.2f s, write %.2f s",
        read_at - started,
        merged_at - read_at,
        time.perf_counter() - merged_at,
    )

    report = ImportReport(
        source=spec.name,
        file=file,
        out=out,
        rows_read=read,
        imported=imported,
        merged=merged,
        shows_written=len(existing),
        filtered=filtered,
        skipped_rows=tuple(skipped),
        files=tuple(files),
        seconds=time.perf_counter() - started,
    )
    log.info("%s", report.summary())
    return report
