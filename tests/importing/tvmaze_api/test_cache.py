"""The cache file: a damaged or foreign one is a clear error that says what to do."""

from __future__ import annotations

from pathlib import Path

import pytest

from bot.importing import ImporterError
from bot.importing.tvmaze_api import CACHE_NAME
from bot.importing.tvmaze_api.cache import ShowCache

from .fake_api import show


def test_a_page_and_where_to_go_on_are_kept_together(tmp_path: Path) -> None:
    with ShowCache(tmp_path) as cache:
        cache.store_page([show(1, "Under the Dome"), show(2, "Evil")], "2026-05-28", 1)

    with ShowCache(tmp_path) as cache:
        assert cache.get("next_page") == "1"
        assert [(s.id, s.show["name"], s.detailed) for s in cache.shows()] == [
            (1, "Under the Dome", None),
            (2, "Evil", None),
        ]


def test_the_index_does_not_overwrite_details_of_an_unchanged_show(tmp_path: Path) -> None:
    detailed = dict(show(1, "Under the Dome"), _embedded={"cast": []})
    with ShowCache(tmp_path) as cache:
        cache.store_show(detailed, [], "2026-05-28")
        cache.store_page([show(1, "Under the Dome")], "2026-05-29", 1)

        (cached,) = cache.shows()
    assert "_embedded" in cached.show
    assert cached.fetched == "2026-05-28"


def test_a_damaged_cache_file_is_an_error_that_says_to_delete_it(tmp_path: Path) -> None:
    (tmp_path / CACHE_NAME).write_bytes(b"not a database at all" * 100)

    with pytest.raises(ImporterError, match=r"cannot open the TVMaze cache .* delete it"):
        ShowCache(tmp_path)


def test_a_cache_of_another_format_is_refused(tmp_path: Path) -> None:
    with ShowCache(tmp_path) as cache:
        cache.set("schema", "99")

    with pytest.raises(ImporterError, match=r"cache format 99.*delete it"):
        ShowCache(tmp_path)


def test_an_output_path_that_is_a_file_is_refused(tmp_path: Path) -> None:
    (tmp_path / "out").write_text("")

    with pytest.raises(ImporterError, match="cannot open the TVMaze cache"):
        ShowCache(tmp_path / "out")
