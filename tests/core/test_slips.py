"""The slips people make typing a word, and the changes that make another word."""

from __future__ import annotations

import pytest

from bot.core.slips import one_slip


@pytest.mark.parametrize(
    ("typed", "meant"),
    [
        ("spooksvile", "spooksville"),  # a doubled letter typed once
        ("pacfic", "pacific"),  # a letter dropped
        ("hosue", "house"),  # two letters swapped
        ("rase", "race"),  # a sound written another way
        ("titen", "titan"),  # a vowel for a vowel
        ("nelson", "nellson"),  # a letter doubled
        ("kandy", "candy"),  # a sound written another way, even first
    ],
)
def test_slips_people_make(typed: str, meant: str) -> None:
    assert one_slip(typed, meant)


@pytest.mark.parametrize(
    ("typed", "meant"),
    [
        ("landman", "sandman"),  # another first letter from across the keyboard
        ("boots", "roots"),
        ("frieren", "frieden"),  # even from the key beside it
        ("andor", "endor"),  # a vowel first is another word
        ("pacific", "pacific"),  # no slip at all
        ("pcfic", "pacific"),  # two slips
        ("ost", "lost"),  # the first letter dropped
    ],
)
def test_changes_that_make_another_word(typed: str, meant: str) -> None:
    assert not one_slip(typed, meant)
