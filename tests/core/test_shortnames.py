"""The short names fans use for titles with a subtitle or a brand in front."""

from __future__ import annotations

from collections.abc import Callable

import pytest

from bot.core.engine import Engine
from bot.core.matching import _own_title_goes_on
from bot.core.models import Credit, Show, Status
from bot.core.shortnames import (
    franchise_tails,
    initialled_subtitles,
    short_names,
    subtitle_forms,
    telling_words,
)
from bot.core.text import fold


def names(titles: list[str], taken: tuple[str, ...] = ()) -> dict[str, tuple[str, ...]]:
    return dict(zip(titles, short_names(titles, set(taken)), strict=True))


def test_the_part_before_a_colon_when_no_other_title_starts_with_it() -> None:
    found = names(["Demon Slayer: Kimetsu no Yaiba", "Slayers"])

    assert found["Demon Slayer: Kimetsu no Yaiba"] == ("demon slayer",)


def test_a_name_of_two_words_or_more_before_a_comma() -> None:
    found = names(
        ["Dr. Quinn, Medicine Woman", "Love, Victor", "Murder, She Wrote", "Good Luck, Charlie"]
    )

    assert found == {
        "Dr. Quinn, Medicine Woman": ("dr quinn",),
        "Love, Victor": (),  # one word before the comma is said, not a name
        "Murder, She Wrote": (),
        "Good Luck, Charlie": (),  # everyday words are no name
    }


def test_the_part_after_a_franchise_colon() -> None:
    found = names(
        [
            "Law & Order: Special Victims Unit",
            "Law & Order: Criminal Intent",
            "Star Wars – The Clone Wars",
            "Star Wars: Andor",
        ]
    )

    assert found["Law & Order: Special Victims Unit"] == ("special victims unit",)
    assert found["Law & Order: Criminal Intent"] == ("criminal intent",)
    assert found["Star Wars – The Clone Wars"] == ("the clone wars",)
    assert found["Star Wars: Andor"] == ("andor",)


def test_what_sets_a_franchise_s_series_apart_without_a_colon() -> None:
    titles = [
        "power rangers",
        "power rangers lightspeed rescue",
        "power rangers dino charge",
        "power rangers time force",
        "power rangers 2",
        "big brother",
        "big brother canada zaptrap",
        "big brother zaptrap",
        "big brother over the top",
        "king of",
        "king of stonks",
        "king of queens",
        "king of the hill",
        "gold rush",
        "gold rush baking challenge",
    ]
    found = dict(zip(titles, franchise_tails(titles, set(titles)), strict=True))

    assert found["power rangers lightspeed rescue"] == ("lightspeed rescue",)
    assert found["power rangers dino charge"] == ("dino charge",)
    assert found["big brother zaptrap"] == ("zaptrap",)
    assert found["power rangers time force"] == ()  # everyday words only
    assert found["power rangers 2"] == ()  # a number is no name
    assert found["big brother canada zaptrap"] == ()  # a country says which version
    assert found["big brother over the top"] == ()  # opens with a small word
    assert found["king of stonks"] == ()  # "king of" is no franchise
    assert found["gold rush baking challenge"] == ()  # two titles are no franchise
    assert found["power rangers"] == ()


def test_the_part_after_a_possessive_brand_of_several_titles() -> None:
    found = names(
        ["Marvel's Daredevil", "Marvel's Agent Carter", "Marvel’s Iron Fist", "Grey's Anatomy"]
    )

    assert found["Marvel's Daredevil"] == ("daredevil",)
    assert found["Marvel’s Iron Fist"] == ("iron fist",)
    assert found["Grey's Anatomy"] == ()  # one title is no brand


def test_what_follows_a_person_s_or_a_group_s_possessive_when_it_names_the_show() -> None:
    titles = [
        "Richard Osman's House of Games",
        "The Boulet Brothers' Dragula",
        "Jay Leno's Garage",
        "Grey's Anatomy",
        "Edgar Rice Burroughs' Tarzan and Jane",
        "Tarzan and Jane",
    ]
    found = short_names(titles, {fold(t) for t in titles})
    assert found[:2] == [("house of games",), ("dragula",)]
    assert found[2:4] == [(), ()]  # an English word alone, or a name of one word, is no name
    assert found[4] == ()  # another show's title is left to it


def test_a_franchise_s_name_is_its_far_most_popular_title_s() -> None:
    titles = [
        "H2O: Just Add Water",
        "H2O: Mermaid Adventures",
        "Superman: The Animated Series",
        "Superman: Doomsday",
        "Superman & Lois",
        "Star Wars: Andor",
        "Star Wars: Rebels",
    ]
    popularity = [92.0, 23.0, 85.0, 30.0, 95.0, 97.0, 96.0]

    found = dict(
        zip(
            titles,
            short_names(titles, set(), popularity, [fold(title) for title in titles]),
            strict=True,
        )
    )

    assert found["H2O: Just Add Water"] == ("just add water", "h2o")
    assert found["H2O: Mermaid Adventures"] == ("mermaid adventures",)
    # Superman & Lois, without a colon, is as popular: "superman" names neither
    assert "superman" not in found["Superman: The Animated Series"]
    assert found["Star Wars: Andor"] == ("andor",)  # no title of Star Wars outshines the rest


def test_a_popular_show_s_hero_named_with_a_rank_is_its_short_name() -> None:
    titles = [
        "Miss Fisher's Murder Mysteries",
        "Dr. Horrible's Sing-Along Blog",
        "Jay Leno's Garage",
        "Mrs. Brown's Boys",
    ]
    popularity = [92.0, 80.0, 94.0, 40.0]

    found = short_names(titles, set(), popularity, [fold(title) for title in titles])

    assert found[0] == ("miss fisher",)
    assert found[1] == ("dr horrible",)
    assert found[2] == ()  # a man's name: "jay leno" asks about him
    assert found[3] == ()  # not popular: nobody calls it by a nickname


def test_a_possessive_in_capitals_is_a_company_s_brand_however_few_titles_carry_it() -> None:
    found = names(["DC's Legends of Tomorrow", "NASA's Unexplained Files", "Kim's Convenience"])

    assert found["DC's Legends of Tomorrow"] == ("legends of tomorrow",)
    assert found["NASA's Unexplained Files"] == ("unexplained files",)
    assert found["Kim's Convenience"] == ()  # a person's, of one title


def test_contractions_are_no_brands() -> None:
    titles = ["Let's Dance", "Let's Make a Deal", "Let's Fight Ghost", "It's Okay"]

    assert all(not short for short in short_names(titles, set()))


def test_a_short_name_that_is_another_shows_title_is_left_to_it() -> None:
    found = names(["Friends: The Reunion", "Friends"], taken=("friends",))

    assert found["Friends: The Reunion"] == ()


def test_numbered_parts_and_common_words_name_nothing() -> None:
    found = names(
        [
            "Money Heist: Part 2",
            "The Challenge: USA",
            "The Challenge: Battle of the Seasons",
            "HIStory: 2",
            "HIStory: Season 3",
        ]
    )

    assert found["Money Heist: Part 2"] == ("money heist",)
    assert found["The Challenge: USA"] == ()
    assert found["The Challenge: Battle of the Seasons"] == ("battle of the seasons",)
    assert found["HIStory: 2"] == found["HIStory: Season 3"] == ()


def test_a_subtitle_several_franchises_use_names_nothing() -> None:
    titles = [
        "My 600-Lb. Life: Where Are They Now?",
        "My 600-Lb. Life: Extra",
        "House Hunters: Where Are They Now?",
        "House Hunters: Renovation",
    ]

    found = names(titles)

    assert found["My 600-Lb. Life: Where Are They Now?"] == ()
    assert found["House Hunters: Renovation"] == ("renovation",)


def test_a_word_of_a_popular_title_that_no_other_title_holds_is_its_short_name() -> None:
    titles = ["garth marenghis darkplace", "the borgias", "dark matter", "into the dark"]

    found = telling_words(titles, [True, True, True, False], set(titles))

    assert found[0] == ("darkplace",)  # a word of no other title, and no English word
    assert found[1] == ()  # "borgias" is the title already, without its article
    assert found[2] == ()  # "dark", "matter": English words
    assert found[3] == ()  # not popular: nobody calls it by one word


def test_a_telling_word_of_a_popular_title_finds_it(engine_for: Callable[..., Engine]) -> None:
    engine = engine_for(
        Show(
            id="darkplace",
            title="Garth Marenghi's Darkplace",
            status=Status.ENDED,
            popularity=90,
            cast=(Credit("Richard Ayoade", "Dean Learner"),),
        ),
        Show(id="dark", title="Dark", status=Status.ENDED, network="Netflix", popularity=88),
    )

    answer = engine.ask("who plays dean learner in darkplace")

    assert answer.show is not None
    assert answer.show.id == "darkplace"


def test_a_title_named_for_its_format_is_known_by_the_rest() -> None:
    titles = ["SWORDGAI The Animation", "TharnType The Series", "Kiss The Series"]

    assert names(titles) == {
        "SWORDGAI The Animation": ("swordgai",),
        "TharnType The Series": ("tharntype",),
        "Kiss The Series": (),  # a word of its own names nothing
    }


def test_an_everyday_word_before_s_is_no_brand() -> None:
    titles = ["Life's Too Short", "Life's a Beach", "Life's Little Miracles", "Life's Work"]

    assert names(titles) == dict.fromkeys(titles, ())  # "life is too short", not a brand


def test_a_popular_subtitled_title_is_named_by_its_franchise_initials_and_subtitle() -> None:
    titles = [
        "Masters of the Universe: Revelation",
        "The Great British Baking Show: Holidays",
        "Demon Slayer: Kimetsu no Yaiba",
        "Star Wars: Rebels",
    ]

    found = subtitle_forms(titles, [91.0, 85.0, 94.0, 60.0])

    assert found[0] == "motu revelation"
    assert found[1] == "gbbs holidays"  # a long name's article is left out
    assert 2 not in found  # "ds": no franchise, and a name too short to abbreviate
    assert 3 not in found  # not popular: nobody abbreviates it


def test_a_franchise_of_two_words_is_abbreviated_when_several_popular_titles_share_it() -> None:
    titles = ["Star Wars: Rebels", "Star Wars: Andor", "Tiger King: Murder, Mayhem and Madness"]

    found = subtitle_forms(titles, [96.0, 97.0, 91.0])

    assert found == {0: "sw rebels", 1: "sw andor"}


def test_a_subtitle_form_that_is_a_name_in_the_base_is_left_to_its_show() -> None:
    found = subtitle_forms(["Star Wars: Rebels", "Star Wars: Andor"], [96.0, 97.0], {"sw rebels"})

    assert found == {1: "sw andor"}


def test_a_title_without_a_subtitle_or_with_a_numbered_part_has_no_subtitle_forms() -> None:
    titles = ["Grey's Anatomy", "Money Heist: Part 2", "Friends: The Reunion", "Cobra Kai"]

    assert not subtitle_forms(titles, [90.0] * len(titles))


def test_a_popular_title_is_named_by_its_franchise_and_its_subtitle_s_initials() -> None:
    titles = [
        "Star Trek: Deep Space Nine",
        "Law & Order: Special Victims Unit",
        "Star Trek: The Next Generation",
        "Money Heist: Korea - Joint Economic Area",
        "Star Trek: Enterprise",
        "Star Trek: Lower Decks",
    ]

    found = initialled_subtitles(titles, [90.0, 90.0, 90.0, 90.0, 90.0, 60.0])

    assert found == {0: "star trek ds9", 1: "law and order svu", 2: "star trek tng"}


@pytest.mark.parametrize(
    ("title", "typed"),
    [
        ("Masters of the Universe: Revelation", "motu revelation part 2"),
        ("The Walking Dead: World Beyond", "twd world beyond"),
        ("Star Trek: Deep Space Nine", "star trek ds9"),
    ],
)
def test_a_popular_show_is_found_by_its_franchise_initials_and_subtitle(
    engine_for: Callable[..., Engine], title: str, typed: str
) -> None:
    engine = engine_for(
        Show(id="wanted", title=title, status=Status.ENDED, popularity=90),
        Show(id="dark", title="Dark", status=Status.ENDED, network="Netflix", popularity=88),
    )

    answer = engine.ask(f"{typed} cast?")

    assert answer.show is not None
    assert answer.show.id == "wanted"


def test_a_show_of_a_company_s_brand_is_found_by_the_rest_of_its_title(
    engine_for: Callable[..., Engine],
) -> None:
    engine = engine_for(
        Show(id="wanted", title="DC's Legends of Tomorrow", status=Status.ENDED, popularity=95),
        Show(id="dark", title="Dark", status=Status.ENDED, network="Netflix", popularity=88),
    )

    answer = engine.ask("is legends of tomorrow cancelled")

    assert answer.show is not None
    assert answer.show.id == "wanted"


def test_a_franchise_s_name_finds_its_far_most_popular_show(
    engine_for: Callable[..., Engine],
) -> None:
    engine = engine_for(
        Show(id="wanted", title="H2O: Just Add Water", status=Status.ENDED, popularity=92),
        Show(id="other", title="H2O: Mermaid Adventures", status=Status.ENDED, popularity=23),
        Show(id="dark", title="Dark", status=Status.ENDED, network="Netflix", popularity=88),
    )

    answer = engine.ask("h2o how many seasons")

    assert answer.show is not None
    assert answer.show.id == "wanted"


def test_a_popular_show_is_found_by_its_hero_s_name(engine_for: Callable[..., Engine]) -> None:
    engine = engine_for(
        Show(
            id="wanted", title="Miss Fisher's Murder Mysteries", status=Status.ENDED, popularity=92
        ),
        Show(id="dark", title="Dark", status=Status.ENDED, network="Netflix", popularity=88),
    )

    answer = engine.ask("miss fisher how many seasons")

    assert answer.show is not None
    assert answer.show.id == "wanted"


@pytest.mark.parametrize(
    ("title", "longer", "own"),
    [
        ("legend of vox machina", "vox machina", True),
        ("death walker with nick groff", "nick groff", False),  # the host's name
        ("legend of vox machina", "vox populi", False),
    ],
)
def test_a_short_name_is_carried_on_only_by_its_own_title(
    title: str, longer: str, own: bool
) -> None:
    assert _own_title_goes_on(title, longer) is own
