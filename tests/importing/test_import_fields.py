"""Checked parsing of single CSV cells (bot.importing.fields)."""

from __future__ import annotations

import pytest

from bot.importing.fields import SUMMARY_CHARS, RowError, clean_summary, parse_list


def test_a_summary_loses_its_html_and_entities() -> None:
    assert clean_summary("<p><b>Walter</b> cooks &amp; sells.</p>") == "Walter cooks & sells."


def test_a_long_summary_is_cut_after_a_whole_sentence() -> None:
    text = "A teacher turns to crime. " * 40

    cut = clean_summary(text)

    assert len(cut) <= SUMMARY_CHARS
    assert cut.endswith("crime.")


def test_an_empty_summary_is_empty() -> None:
    assert clean_summary("") == ""
    assert clean_summary(None) == ""


def test_a_list_cell_is_read() -> None:
    assert parse_list("['Drama', 'Crime', ' ']", "Genres") == ["Drama", "Crime"]
    assert parse_list("", "Genres") == []


@pytest.mark.parametrize("cell", ["Drama, Crime", "['Drama'", "[1, 2]", "{'a': 1}"])
def test_a_list_cell_that_is_no_list_stops_its_row(cell: str) -> None:
    with pytest.raises(RowError, match="bad list in 'Genres'"):
        parse_list(cell, "Genres")
