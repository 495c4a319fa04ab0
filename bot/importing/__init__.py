"""CSV importers that build a knowledge directory from public TV data.

The command line calls :func:`run_import` (``showbot import SOURCE FILE --out DIR``) and
:func:`list_sources` (for its help text); everything else in this package is internal.
Nothing here imports ``discord``, and from ``bot.core`` only the contract's field list: the
output is the knowledge YAML format itself (issue 2, section 2), which the loader validates.
"""

from __future__ import annotations

from .errors import ImporterError
from .importer import ImportReport, run_import
from .sources import SourceSpec, list_sources
from .writer import SHOWS_PER_FILE

__all__ = [
    "SHOWS_PER_FILE",
    "ImportReport",
    "ImporterError",
    "SourceSpec",
    "list_sources",
    "run_import",
]
