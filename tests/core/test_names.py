"""The forms a name is found under: numbers either way, initials, dotted letters, no leading
article (bot.core.names, and through Engine.ask that the index finds a show by them)."""

from __future__ import annotations

from collections.abc import Callable

import pytest

from bot.core.engine import Engine
from bot.core.matching import Entry, NameIndex
from bot.core.names import acronyms, name_forms, number_forms, uncensored, written_words
from bot.core.questions import FUNCTION_WORDS
from tests.catalogue import CATALOGUE, show

MakeEngine = Callable[..., Engine]


OTHERS = CATALOGUE[:-1]


"""Shows whose names the wanted one must stand out from."""


def resolved(engine: Engine, question: str) -> str | None:
    """The id of the show the engine answers about, or None when it refuses."""
    return engine.ask(question).to_json()["show"]  # type: ignore[return-value]


# -- the forms of one name ----------------------------------------------------------------------


@pytest.mark.parametrize(
    ("name", "forms"),
    [
        ("la casa de papel", ["casa de papel"]),
        ("12 monkeys", ["12 monkeys", "twelve monkeys"]),
        ("woodstock 99", ["woodstock 99", "woodstock ninety nine"]),
        ("brooklyn nine nine", ["brooklyn nine nine", "brooklyn 9 9"]),
        ("the 10th kingdom", ["10th kingdom", "tenth kingdom"]),
        (
            "marvel s agents of s h i e l d",
            ["marvel s agents of s h i e l d", "marvel s agents of shield"],
        ),
        ("dark", ["dark"]),
        ("blue planet ii", ["blue planet ii", "blue planet 2", "blue planet two"]),
        ("100 humans", ["100 humans", "one hundred humans"]),
        ("room 104", ["room 104", "room one oh four"]),
        ("1600 penn", ["1600 penn", "sixteen hundred penn"]),
        (
            "school 2015 who are you",
            ["school 2015 who are you", "school twenty fifteen who are you"],
        ),
        (
            "bubblegum crisis tokyo 2040",
            ["bubblegum crisis tokyo 2040", "bubblegum crisis tokyo twenty forty"],
        ),
        ("atlantis 2006", ["atlantis 2006", "atlantis two thousand six"]),
        ("area 1234", ["area 1234"]),  # no year: long numbers are said as digits
        ("i love lucy", ["i love lucy"]),
        ("numb3rs", ["numb3rs", "numbers"]),
        ("b99", ["b99"]),
        ("girls5eva", ["girls5eva"]),  # a 5 for a sound, not a letter
        ("world war two", ["world war two", "world war 2"]),  # "ww2" alone names no one show
        (
            "lost gold of world war ii",
            [
                "lost gold of world war ii",
                "lost gold of world war 2",
                "lost gold of world war two",
                "lost gold of ww2",
            ],
        ),
    ],
)
def test_a_name_is_indexed_without_its_article_with_numbers_both_ways_and_letters_joined(
    name: str, forms: list[str]
) -> None:
    assert [text for text, _ in name_forms(name)] == forms
    assert all(words == text.split() for text, words in name_forms(name))


def test_a_name_without_numbers_has_no_number_forms() -> None:
    assert number_forms(["the", "office"]) == []


@pytest.mark.parametrize(
    ("words", "expected"),
    [
        ("the walking dead", ("twd",)),
        ("brooklyn nine nine", ("bnn", "b99")),
        ("stargate atlantis", ("sga",)),
        ("fullmetal alchemist brotherhood", ("fab", "fmabh", "fmab")),  # not "brother hood"
        ("love death and robots", ("ldar", "ldr")),
        ("dark", ()),
        ("the office", ()),
        ("dark side of the 90s", ()),  # not "ds9": Star Trek: Deep Space Nine's
        ("deep space nine", ("dsn", "ds9")),
    ],
)
def test_the_initials_of_a_title_of_three_to_eight_words(
    words: str, expected: tuple[str, ...]
) -> None:
    assert acronyms(words.split()) == expected


@pytest.mark.parametrize(
    ("title", "initials"),
    [
        ("RuPaul's Drag Race", "rpdr"),  # a capital inside a word starts another
        ("SpongeBob SquarePants", "sbsp"),
        ("The End of the F***ing World", "teotfw"),  # a censored word is one word
    ],
)
def test_initials_count_the_words_as_the_title_is_written(title: str, initials: str) -> None:
    words = written_words(title)

    assert words is not None
    assert initials in acronyms(words)


def test_initials_of_a_title_as_written_need_four_letters(engine_for: MakeEngine) -> None:
    engine = engine_for(show("wanted", "ZeroZeroZero", popularity=90), *OTHERS)

    assert resolved(engine, "zzz how many seasons") is None  # chat, not "zero zero zero"


@pytest.mark.parametrize("title", ["The Walking Dead", "PAW Patrol", "MythBusters", "iZombie"])
def test_titles_written_as_they_fold_or_too_short_for_initials_give_no_other_words(
    title: str,
) -> None:
    assert written_words(title) is None


# -- finding a show by them ---------------------------------------------------------------------


def test_the_initials_of_a_popular_title_find_it(engine_for: MakeEngine) -> None:
    engine = engine_for(show("walter-boys", "My Life with the Walter Boys", popularity=90), *OTHERS)

    assert resolved(engine, "mlwtwb season 2") == "walter-boys"


@pytest.mark.parametrize(
    ("title", "typed"),
    [
        ("Stargate Atlantis", "sga"),  # a word made of two gives an initial to each
        ("Warehouse 13", "wh13"),
        ("The Powerpuff Girls", "ppg"),
        ("Masters of the Universe: Revelation", "motu"),  # the name before the colon
        ("Rick and Morty", "r&m"),  # "&" between letters is the initial of "and"
        ("Rizzoli & Isles", "R & I"),
        ("RuPaul's Drag Race", "rpdr"),  # "RuPaul" gives two initials
        ("The End of the F***ing World", "teotfw"),  # "F***ing" gives one
        ("Fullmetal Alchemist: Brotherhood", "fmab"),  # a dictionary word gives one
        ("Demon Slayer: Kimetsu no Yaiba", "kny"),  # the subtitle's
    ],
)
def test_the_initials_fans_type_for_popular_titles_find_them(
    engine_for: MakeEngine, title: str, typed: str
) -> None:
    engine = engine_for(show("wanted", title, popularity=95), *OTHERS)

    assert resolved(engine, f"{typed} how many seasons") == "wanted"


def test_the_initials_of_an_obscure_title_s_subtitle_are_no_name(engine_for: MakeEngine) -> None:
    engine = engine_for(show("wanted", "Demon Slayer: Kimetsu no Yaiba", popularity=40), *OTHERS)

    assert resolved(engine, "kny how many seasons") is None


def test_the_initials_of_a_franchise_title_s_own_name_find_it(engine_for: MakeEngine) -> None:
    franchise = [
        show(f"star-wars-{n}", f"Star Wars: {name}", popularity=60)
        for n, name in enumerate(("Andor", "Rebels", "Resistance"))
    ]
    wanted = show("wanted", "Star Wars: The Clone Wars", popularity=95)
    engine = engine_for(wanted, *franchise, *OTHERS)

    assert resolved(engine, "how many episodes of tcw") == "wanted"


@pytest.mark.parametrize(
    ("title", "typed"),
    [("Third Watch", "3rd watch"), ("The 10th Kingdom", "the tenth kingdom")],
)
def test_an_ordinal_written_in_digits_or_in_words_is_the_same(
    engine_for: MakeEngine, title: str, typed: str
) -> None:
    engine = engine_for(show("wanted", title, popularity=80), *OTHERS)

    assert resolved(engine, f"{typed} how many episodes") == "wanted"


@pytest.mark.parametrize(
    ("title", "written"),
    [
        ("The End of the F***ing World", ("The End of the fucking World",)),
        ("Don't Trust the B---- in Apartment 23", ("Don't Trust the bitch in Apartment 23",)),
        ("$#*! My Dad Says", ()),  # a mask that shows no letter fits any word
        ("Spider-Man", ()),
        ("M*A*S*H", ()),
    ],
)
def test_a_masked_word_of_a_title_is_written_out_when_one_word_fits(
    title: str, written: tuple[str, ...]
) -> None:
    assert uncensored(title) == written


def test_a_title_with_a_letter_apart_is_found_from_its_first_words(
    engine_for: MakeEngine,
) -> None:
    engine = engine_for(show("wanted", "How It's Made", popularity=80), *OTHERS)

    assert resolved(engine, "is how it s made still on") == "wanted"


def test_a_title_with_a_masked_word_is_found_as_fans_type_it(engine_for: MakeEngine) -> None:
    engine = engine_for(show("wanted", "The End of the F***ing World", popularity=90), *OTHERS)

    assert resolved(engine, "end of the fucking world cast") == "wanted"


@pytest.mark.parametrize(
    ("title", "typed"),
    [
        ("Lost Gold of World War II", "lost gold of ww2"),
        ("Lost Gold of World War II", "lost gold of wwii"),
        ("Apocalypse: World War One", "apocalypse ww1"),
    ],
)
def test_a_world_war_shortened_as_fans_write_it_finds_the_title(
    engine_for: MakeEngine, title: str, typed: str
) -> None:
    engine = engine_for(show("wanted", title, popularity=60), *OTHERS)

    assert resolved(engine, f"{typed} rating?") == "wanted"


@pytest.mark.parametrize(
    ("title", "typed"),
    [("Twenty-Five Twenty-One", "2521"), ("9-1-1", "911")],
)
def test_a_title_s_numbers_written_as_one_number_find_it(
    engine_for: MakeEngine, title: str, typed: str
) -> None:
    engine = engine_for(show("wanted", title, popularity=80), *OTHERS)

    assert resolved(engine, f"{typed} season 2?") == "wanted"


@pytest.mark.parametrize(
    ("title", "typed"),
    [("P-Valley", "pvalley"), ("The X-Files", "xfiles"), ("Cobra Kai", "cobrakai")],
)
def test_a_title_with_a_letter_before_a_word_is_a_name_run_together(title: str, typed: str) -> None:
    index = NameIndex([Entry((title,), 90.0)], FUNCTION_WORDS)

    assert index.named(typed) == [0]


@pytest.mark.parametrize(
    ("title", "typed"), [("I Deal", "ideal"), ("Is It", "isit"), ("Cobra K Ai", "cobrakai")]
)
def test_words_run_together_that_make_a_word_or_hold_letters_inside_are_no_name(
    title: str, typed: str
) -> None:
    index = NameIndex([Entry((title,), 90.0)], FUNCTION_WORDS)

    assert index.named(typed) == []


def test_numbers_that_read_as_one_year_are_no_title(engine_for: MakeEngine) -> None:
    engine = engine_for(show("twenty-twelve", "Twenty Twelve", popularity=90), *OTHERS)

    assert resolved(engine, "what came out in 2012") is None


def test_a_name_is_found_without_its_foreign_article(engine_for: MakeEngine) -> None:
    assert resolved(engine_for(*OTHERS), "casa de papel renewed?") == "money-heist"
