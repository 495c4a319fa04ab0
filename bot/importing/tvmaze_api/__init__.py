"""The live TVMaze feed: ``showbot import tvmaze-api --out DIR`` builds, then refreshes, a base.

Unlike the CSV sources this one reads TVMaze's public API (CC BY-SA 4.0), keeps what it read
in a cache in ``DIR`` and, on later runs, fetches only the shows that changed. The command line
and the bot's scheduled refresh call :func:`run_api_import` with an :class:`ApiClient`.
"""

from __future__ import annotations

from .build import ApiImportReport, Progress, run_api_import
from .cache import CACHE_NAME
from .client import DEFAULT_API_URL, ApiClient, ApiError, ImportCancelled
from .mapping import LIVE

__all__ = [
    "CACHE_NAME",
    "DEFAULT_API_URL",
    "LIVE",
    "ApiClient",
    "ApiError",
    "ApiImportReport",
    "ImportCancelled",
    "Progress",
    "run_api_import",
]
