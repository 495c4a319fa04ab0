"""The characters of the base, split out of the casts' role texts (bot.core.characters)."""

from __future__ import annotations

import pytest

from bot.core.characters import characters_of, role_names
from bot.core.models import Credit, Show, Status


@pytest.mark.parametrize(
    ("role", "names"),
    [
        ("Rebecca Bunch", [("Rebecca Bunch",)]),
        (
            'Theodore "T-Bag" Bagwell',
            [("Theodore Bagwell", "Theodore T-Bag Bagwell", "T-Bag Bagwell", "T-Bag")],
        ),
        (
            "Ethan 'Bubblegum' Tate",
            [("Ethan Tate", "Ethan Bubblegum Tate", "Bubblegum Tate", "Bubblegum")],
        ),
        (
            "Deputy Chief Brenda Leigh Johnson",
            [
                (
                    "Brenda Leigh Johnson",
                    "Deputy Chief Brenda Leigh Johnson",
                    "Brenda Johnson",
                    "Chief Johnson",
                )
            ],
        ),
        ("Additional Voices / Santa Claus", [("Santa Claus",)]),
        ("Alexander Grayson / Dracula", [("Alexander Grayson",), ("Dracula",)]),
        ("Paildramon; Ken Ichijouji", [("Paildramon",), ("Ken Ichijouji",)]),
        ("Tony Tony Chopper (voice and face capture)", [("Tony Tony Chopper", "Tony Chopper")]),
        ("Portgas D. Ace (season 3)", [("Portgas D. Ace", "Portgas Ace")]),
        ("Miss Wednesday (Nefertari Vivi)", [("Wednesday", "Miss Wednesday", "Nefertari Vivi")]),
        ("Katherine O'Brien Howser", [("Katherine O'Brien Howser", "Katherine Howser")]),
    ],
)
def test_a_role_text_is_split_into_the_names_fans_use(
    role: str, names: list[tuple[str, ...]]
) -> None:
    assert role_names(role) == names


@pytest.mark.parametrize("role", ["Host", "Judge", "Narrator", "Additional Voices", "Himself"])
def test_a_job_on_the_show_is_no_character(role: str) -> None:
    assert role_names(role) == []


def test_characters_of_one_name_are_one_character_with_every_show_that_casts_it() -> None:
    shows = [
        Show(
            "elementary",
            "Elementary",
            Status.ENDED,
            cast=(Credit("Jonny Lee Miller", "Sherlock Holmes"),),
            popularity=97,
        ),
        Show(
            "baker-street",
            "Baker Street Nights",
            Status.ENDED,
            cast=(Credit("Ian Buchanan", "Detective Sherlock Holmes"), Credit("Amy Li", None)),
            popularity=85,
        ),
    ]

    characters = characters_of(shows)

    (holmes,) = characters
    assert holmes.name == "Sherlock Holmes"
    assert holmes.credits == (("elementary", "Jonny Lee Miller"), ("baker-street", "Ian Buchanan"))
    assert holmes.names == ("Sherlock Holmes", "Detective Sherlock Holmes", "Detective Holmes")


def test_one_character_played_by_two_actors_in_one_show_lists_both() -> None:
    show = Show(
        "the-crown",
        "The Crown",
        Status.ENDED,
        cast=(
            Credit("Claire Foy", "Queen Elizabeth II"),
            Credit("Olivia Colman", "Queen Elizabeth II"),
        ),
        popularity=95,
    )

    (character,) = characters_of([show])

    assert character.credits == (("the-crown", "Claire Foy"), ("the-crown", "Olivia Colman"))


def test_the_roles_of_little_known_shows_are_left_out() -> None:
    show = Show("quiet", "Quiet Hollow", Status.ENDED, cast=(Credit("Ada Brook", "Mina Crane"),))

    assert characters_of([show]) == ()
