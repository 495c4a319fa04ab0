"""The one exception the command line catches to print a clear message instead of a traceback."""

from __future__ import annotations

__all__ = ["ImporterError"]


class ImporterError(Exception):
    """An import cannot run at all (unknown source, unreadable file, wrong columns, bad --out).

    Problems with single rows are not errors: they are reported in ``ImportReport.skipped_rows``.
    """
