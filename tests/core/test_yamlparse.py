"""Parsing a knowledge file's YAML without trusting its shape (bot.core.yamlparse)."""

from __future__ import annotations

import datetime as dt
import textwrap

import pytest

from bot.core.limits import MAX_ALIAS_VALUES, MAX_NESTING
from bot.core.yamlparse import TooComplex, Unreadable, parse_yaml


def billion_laughs(levels: int = 9, use: str = "reasons") -> str:
    """The classic bomb: each anchor is a list of nine aliases of the one before."""
    lines = ["base: &a0 [lol, lol, lol, lol, lol, lol, lol, lol, lol]"]
    lines += [f"x{i}: &a{i} [{', '.join([f'*a{i - 1}'] * 9)}]" for i in range(1, levels + 1)]
    return "\n".join([*lines, "title: Laughs", "status: ended", f"{use}: *a{levels}", ""])


def raised(text: str) -> TooComplex:
    with pytest.raises(TooComplex) as caught:
        parse_yaml(textwrap.dedent(text))
    return caught.value


# -- aliases --------------------------------------------------------------------------------------


def test_aliases_that_expand_into_a_billion_values_are_refused_before_anything_is_built() -> None:
    error = raised(billion_laughs())

    assert f"repeat more than {MAX_ALIAS_VALUES:,} values" in str(error.problem)
    assert error.problem_mark is not None
    assert 2 <= error.problem_mark.line + 1 <= 11  # among the anchors that multiply


def test_aliases_that_repeat_too_much_are_located_where_they_are_used() -> None:
    values = ", ".join(["lol"] * 200)
    many = ", ".join(["*big"] * (MAX_ALIAS_VALUES // 200 + 1))
    error = raised(f"base: &big [{values}]\ntitle: Laughs\nreasons: [{many}]\n")

    assert error.problem_mark is not None
    assert error.problem_mark.line + 1 == 3


def test_a_few_aliases_and_merge_keys_are_read_as_usual() -> None:
    data = parse_yaml(
        textwrap.dedent(
            """\
            shows:
              - &first
                title: First
                genres: &genres [Drama, Comedy]
              - <<: *first
                title: Second
                genres: *genres
            """
        )
    )

    assert [show["title"] for show in data["shows"]] == ["First", "Second"]
    assert data["shows"][1]["genres"] == ["Drama", "Comedy"]


def test_an_alias_inside_its_own_anchor_is_refused_not_followed_for_ever() -> None:
    error = raised("reasons: &loop [one, *loop]\n")

    assert error.problem_mark is not None
    assert error.problem_mark.line + 1 == 1


# -- nesting --------------------------------------------------------------------------------------


@pytest.mark.parametrize("depth", [MAX_NESTING + 1, 500])
def test_lists_nested_too_deep_are_refused_on_their_line(depth: int) -> None:
    error = raised(f"title: Deep\nstatus: ended\nreasons: {'[' * depth}{']' * depth}\n")

    assert f"nest more than {MAX_NESTING} levels deep" in str(error.problem)
    assert error.problem_mark is not None
    assert error.problem_mark.line + 1 == 3


def test_mappings_nested_too_deep_are_refused() -> None:
    depth = MAX_NESTING + 2
    raised("reception: " + "{a: " * depth + "1" + "}" * depth + "\n")


def test_a_show_as_deep_as_the_format_allows_is_read() -> None:
    data = parse_yaml(
        textwrap.dedent(
            """\
            shows:
              - title: Dark
                cast:
                  - name: Louis Hofmann
                    next:
                      - title: 1899
                        note: A Netflix series
            """
        )
    )

    assert data["shows"][0]["cast"][0]["next"][0]["note"] == "A Netflix series"


# -- values YAML cannot build -------------------------------------------------------------------


@pytest.mark.parametrize(
    ("written", "tag"),
    [
        ("!!int lots", "tag:yaml.org,2002:int"),
        ("!!float much", "tag:yaml.org,2002:float"),
        ("!!bool maybe", "tag:yaml.org,2002:bool"),
        ("!!timestamp soon", "tag:yaml.org,2002:timestamp"),
        (
            "!!python/object/apply:os.system [echo]",
            "tag:yaml.org,2002:python/object/apply:os.system",
        ),
        ("!secret token", "!secret"),
    ],
)
def test_a_value_yaml_cannot_build_as_tagged_becomes_an_unreadable_value(
    written: str, tag: str
) -> None:
    data = parse_yaml(f"episodes: {written}\n")

    value = data["episodes"]
    assert isinstance(value, Unreadable)
    assert value.tag == tag
    assert "drop the tag" in str(value)


def test_a_number_too_long_for_python_is_described_by_its_length() -> None:
    data = parse_yaml(f"episodes: {'9' * 5000}\n")

    assert str(data["episodes"]) == "a number of 5000 digits"


def test_an_unreadable_value_is_quoted_short() -> None:
    data = parse_yaml(f"episodes: !!int {'x' * 5000}\n")

    assert len(str(data["episodes"])) < 120


def test_an_impossible_date_stays_text_for_the_checker_to_name() -> None:
    data = parse_yaml("premiered: 2022-13-45\nfinale: 2022-12-31\n")

    assert data == {"premiered": "2022-13-45", "finale": dt.date(2022, 12, 31)}


def test_mappings_remember_their_lines_and_repeated_keys() -> None:
    data = parse_yaml("title: Dark\nstatus: ended\ntitle: Dunkel\n")

    assert data.line == 1
    assert data.key_lines == {"title": 1, "status": 2}
    assert data.duplicate_keys == [("title", 3)]
