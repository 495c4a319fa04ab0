"""Season mentions as fans write them (bot.core.questions.seasons)."""

from __future__ import annotations

import pytest

from bot.core.questions import SeasonRef, parse_question


@pytest.mark.parametrize(
    ("question", "season"),
    [
        ("game of thrones part 2", 2),
        ("money heist part 5 release", 5),
        ("love death robots vol 3 when", 3),
        ("stranger things volume 2", 2),
        ("avatar book 3 cast", 3),
        ("line of duty series 6", 6),
        ("stranger things s4 volume 1", 4),
        ("cobra kai season 6 part 3 release date", 6),
        ("the order s02e05", 2),
        ("the order s2 ep 5 when", 2),
        ("the order s2e1000", 2),
        ("the order s2 episode 1234", 2),
        ("imperfects seson 2", 2),
        ("season two of the order", 2),
        ("the 3rd season of dark", 3),
        ("the third season of dark", 3),
    ],
)
def test_season_words(question: str, season: int) -> None:
    assert parse_question(question).season == season


@pytest.mark.parametrize(
    ("question", "ref"),
    [
        ("when does the final season of the order come out", SeasonRef.FINAL),
        ("is the last season of cobra kai out", SeasonRef.FINAL),
        ("is there a next season of dark", SeasonRef.NEXT),
        ("the bake off new series", SeasonRef.NEXT),
    ],
)
def test_seasons_named_by_their_place(question: str, ref: SeasonRef) -> None:
    parsed = parse_question(question)

    assert parsed.season is None
    assert parsed.season_ref is ref


@pytest.mark.parametrize(
    "question",
    ["dark season 100", "is the order on part time", "cobra kai season Ⅻ", "season ፲ of dark"],
)
def test_what_is_no_season_number_is_not_read_as_one(question: str) -> None:
    assert parse_question(question).season is None


@pytest.mark.parametrize(
    "question", ["cobra kai s100", "is cobra kai s0 out", "cobra kai s99999999999999999999e9"]
)
def test_a_season_no_show_has_is_cut_out_of_the_title_words(question: str) -> None:
    parsed = parse_question(question)

    assert parsed.season is None
    assert "cobra" in parsed.words
    assert not [w for w in parsed.words if w is not None and w.startswith("s") and w[1:2].isdigit()]


@pytest.mark.parametrize(
    ("question", "season"),
    [
        ("the order season ٣", 3),
        ("is cobra kai s۶ out", 6),
        ("cobra kai season ፩", 1),
        ("season ２ of dark", 2),
        ("one piece s❸", 3),
        ("season ௧௨ of the order", 12),
    ],
)
def test_a_season_in_the_digits_of_another_script_is_read(question: str, season: int) -> None:
    assert parse_question(question).season == season


@pytest.mark.parametrize(
    "question",
    [
        "why did younger end after season 7",
        "is 12 monkeys over? im on season 2 rn",
        "is search party over?? just finished season 2",
        "how many seasons are there, we're on season 5 now",
        "pramface is it over? rewatched the first series in a weekend",
        "my sister is hooked, she's on total divas season 2 already. how many seasons are there",
        "we're on the last season now, is the show actually over??",
        "is this old house still making new seasons",
    ],
)
def test_a_season_in_the_askers_story_is_not_the_one_asked(question: str) -> None:
    asked = parse_question(question)
    assert (asked.season, asked.season_ref) == (None, None)


def test_the_season_asked_after_one_watched_is_read() -> None:
    assert parse_question("im on season 3 now, is season 4 out").season == 4


def test_a_season_cuts_the_words_so_no_title_spans_it() -> None:
    assert parse_question("dark s2 cast").words == ("dark", None, "cast")
