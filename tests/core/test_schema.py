"""One knowledge file in, validated shows and located problems out (bot.core.schema)."""

from __future__ import annotations

import dataclasses
import gc
import json
import pickle
import textwrap
from collections.abc import Callable

import pytest
import yaml

from bot.core import fastjson, fields, schema
from bot.core.models import PartialDate, Show, Source, Status
from bot.core.schema import FileResult, Problem, read_shows, to_partial_date

FILE = "shows/example.yaml"


def read(text: str) -> FileResult:
    return read_shows(textwrap.dedent(text), FILE)


def only_problem(text: str) -> Problem:
    result = read(text)
    assert len(result.problems) == 1, [str(p) for p in result.problems]
    return result.problems[0]


# -- Problem ------------------------------------------------------------------------------------


def test_problem_prints_as_file_line_field_message() -> None:
    problem = Problem("shows/x.yaml", 7, "status", "is required")

    assert str(problem) == "shows/x.yaml:7: status: is required"


def test_warning_prints_in_the_same_shape_marked_as_a_warning() -> None:
    problem = Problem("shows/x.yaml", 3, "title", "is shared", severity="warning")

    assert str(problem) == "shows/x.yaml:3: title: warning: is shared"
    assert not problem.is_error


# -- valid files --------------------------------------------------------------------------------


def test_a_minimal_show_needs_only_title_and_status() -> None:
    result = read(
        """\
        title: The Imperfects
        status: canceled
        """
    )

    assert result.problems == ()
    (show,) = result.shows
    assert (show.id, show.title, show.status) == (
        "the-imperfects",
        "The Imperfects",
        Status.CANCELED,
    )


def test_a_show_remembers_the_file_and_line_it_came_from() -> None:
    result = read(
        """\
        # a comment first
        title: Dark
        status: ended
        """
    )

    assert result.shows[0].origin == f"{FILE}:2"


def test_every_documented_field_is_read() -> None:
    result = read(
        """\
        id: the-imperfects
        title: The Imperfects
        aliases: [Imperfects]
        network: Netflix
        premiered: 2022-09-08
        finale: 2022-09-08
        status: canceled
        status_date: 2022-11-08
        status_note: Not coming back.
        summary: Three teens turned monsters hunt the scientist who made them.
        genres: [Drama, Science-Fiction]
        episodes: 10
        runtime: 45
        seasons:
          - number: 1
            status: ended
            premiered: 2022-09-08
            episodes: 10
            note: The only season.
          - number: 2
            status: canceled
            release: "2023"
        reasons: [Mixed reviews]
        reception:
          imdb: 6.1
          rotten_tomatoes_audience: 79%
        viewership: [Third most-watched English title]
        outlook: [A cure that is not permanent]
        creators: [Shelley Eriksen, Dennis Heaton]
        companies:
          - name: Nomadic Pictures
            next:
              - title: My Life with the Walter Boys
                year: 2023
                network: Netflix
        cast:
          - name: Iñaki Godoy
            role: Juan
            next:
              - title: One Piece
                year: 2023
                network: Netflix
                note: Luffy
        popularity: 30
        sources:
          - url: https://example.com/imperfects
            title: Canceled
            published: 2024-01-13
            backs: [status, season 2]
        updated: 2024-01-13
        """
    )

    assert result.problems == ()
    (show,) = result.shows
    assert show.aliases == ("Imperfects",)
    assert show.status_date == PartialDate(2022, 11, 8)
    assert [s.number for s in show.seasons] == [1, 2]
    assert show.seasons[0].episodes == 10
    assert show.seasons[1].release == PartialDate(2023)
    assert show.reception == (("imdb", "6.1"), ("rotten_tomatoes_audience", "79%"))
    assert show.companies[0].next[0].title == "My Life with the Walter Boys"
    assert show.cast[0].next[0].describe() == "One Piece (Netflix, 2023)"
    assert show.popularity == 30.0
    assert show.sources[0].published == PartialDate(2024, 1, 13)
    assert show.sources[0].backs == ("status", "season 2")
    assert show.updated == PartialDate(2024, 1, 13)
    assert show.finale == PartialDate(2022, 9, 8)
    assert show.summary == "Three teens turned monsters hunt the scientist who made them."
    assert show.genres == ("Drama", "Science-Fiction")
    assert (show.episodes, show.runtime) == (10, 45)


def test_a_source_backing_an_unknown_fact_is_an_error_with_a_hint() -> None:
    result = read(
        """        title: X
        status: canceled
        sources:
          - title: Variety
            backs: [staus]
        """
    )

    (problem,) = result.problems
    assert problem.field == "sources.backs"
    assert "did you mean `status`?" in problem.message


@pytest.mark.parametrize(
    ("fields", "field", "words"),
    [
        (
            "status: canceled\nseasons:\n  - number: 2\n    status: renewed",
            "seasons.status",
            "season 2 is `renewed` but the show is `canceled`",
        ),
        (
            "status: canceled\npremiered: 2022-09-08\nstatus_date: 2021-01-01",
            "status_date",
            "before it premiered",
        ),
        (
            "status: ended\npremiered: 2022-09-08\nfinale: 2020-01-01",
            "finale",
            "dated before the premiere",
        ),
        (
            "status: ended\npremiered: 2022-09-08\nseasons:\n  - number: 1\n"
            "    premiered: 2020-01-01",
            "seasons.premiered",
            "before the show did",
        ),
        (
            "status: ended\ncast:\n  - name: A\n    next:\n      - title: X",
            "cast.next",
            "is X itself",
        ),
    ],
    ids=[
        "renewed season of a canceled show",
        "canceled before the premiere",
        "finale before the premiere",
        "season before the show",
        "next work is the show",
    ],
)
def test_facts_that_contradict_each_other_are_warnings(fields: str, field: str, words: str) -> None:
    result = read("title: X\n" + fields + "\n")

    (warning,) = result.problems
    assert not warning.is_error
    assert warning.field == field
    assert words in warning.message
    assert len(result.shows) == 1  # a warning keeps the show


def test_a_shows_list_file_holds_several_shows() -> None:
    result = read(
        """\
        shows:
          - title: The I-Land
            status: ended
          - id: the-order
            title: The Order
            status: canceled
        """
    )

    assert result.problems == ()
    assert [s.id for s in result.shows] == ["the-i-land", "the-order"]
    assert [s.origin for s in result.shows] == [f"{FILE}:2", f"{FILE}:4"]


def test_a_bad_show_in_a_list_does_not_drop_its_neighbours() -> None:
    result = read(
        """\
        shows:
          - title: Good One
            status: ended
          - title: Bad One
            status: sort of
          - title: Good Two
            status: airing
        """
    )

    assert [s.title for s in result.shows] == ["Good One", "Good Two"]
    assert [(p.line, p.field) for p in result.problems] == [(5, "status")]


def test_partial_dates_keep_their_precision() -> None:
    result = read(
        """\
        title: Later
        status: renewed
        premiered: 2022-09
        updated: 2024
        seasons:
          - number: 2
            release: "2027-03"
        """
    )

    show = result.shows[0]
    assert str(show.premiered) == "2022-09"
    assert str(show.updated) == "2024"
    assert str(show.seasons[0].release) == "2027-03"


@pytest.mark.parametrize(
    ("value", "expected"),
    [
        ("2022-09-08", PartialDate(2022, 9, 8)),
        ("2022-09", PartialDate(2022, 9)),
        ("2022", PartialDate(2022)),
        (2022, PartialDate(2022)),
        ("next year", None),
        ("2022-13-45", None),
        ("2022-02-30", None),
        ("22-09-08", None),
        (True, None),
    ],
)
def test_to_partial_date(value: object, expected: PartialDate | None) -> None:
    assert to_partial_date(value) == expected


def test_an_empty_file_is_only_a_warning() -> None:
    problem = only_problem("")

    assert (problem.line, problem.field, problem.is_error) == (1, "file", False)


# -- one broken file per kind of error ----------------------------------------------------------

BROKEN = {
    "yaml syntax error": (
        """\
        title: The Order
        status: canceled
          network: Netflix
        """,
        3,
        "yaml",
        "syntax error",
    ),
    "missing title": (
        """\
        id: no-title
        status: canceled
        """,
        1,
        "title",
        "is required",
    ),
    "missing status": (
        """\
        title: No Status
        network: Netflix
        """,
        1,
        "status",
        "is required",
    ),
    "aliases not a list": (
        """\
        title: Skins
        status: ended
        aliases: Skins UK
        """,
        3,
        "aliases",
        "must be a list, not text",
    ),
    "alias not text": (
        """\
        title: Skins
        status: ended
        aliases: [Skins UK, [nested]]
        """,
        3,
        "aliases",
        "items must be text",
    ),
    "popularity negative": (
        """\
        title: Dark
        status: ended
        popularity: -3
        """,
        3,
        "popularity",
        "must be a number from 0 to 100, not -3",
    ),
    "season number 0": (
        """\
        title: Dark
        status: ended
        seasons:
          - number: 0
        """,
        4,
        "seasons.number",
        "must be a whole number from 1 to 999, not 0",
    ),
    "season without a number": (
        """\
        title: Dark
        status: ended
        seasons:
          - episodes: 8
        """,
        4,
        "seasons.number",
        "is required",
    ),
    "season listed twice": (
        """\
        title: Dark
        status: ended
        seasons:
          - number: 1
          - number: 1
        """,
        5,
        "seasons.number",
        "season 1 is listed twice",
    ),
    "episodes not a number": (
        """\
        title: Dark
        status: ended
        seasons:
          - number: 1
            episodes: ten
        """,
        5,
        "seasons.episodes",
        "must be a whole number from 0 to 100000, not 'ten'",
    ),
    "impossible date": (
        """\
        title: Dark
        status: ended
        premiered: 2022-13-45
        """,
        3,
        "premiered",
        "'2022-13-45' is not a date; write YYYY-MM-DD, YYYY-MM or YYYY",
    ),
    "date in words": (
        """\
        title: Dark
        status: renewed
        status_date: next year
        """,
        3,
        "status_date",
        "'next year' is not a date",
    ),
    "bad season date": (
        """\
        title: Dark
        status: renewed
        seasons:
          - number: 4
            release: soon
        """,
        5,
        "seasons.release",
        "'soon' is not a date",
    ),
    "unknown status": (
        """\
        title: Dark
        status: on hiatus
        """,
        2,
        "status",
        "unknown status 'on hiatus'; one of in_development, airing, returning, renewed, "
        "undecided, unknown, canceled, ended",
    ),
    "misspelt status": (
        """\
        title: Dark
        status: cancelled
        """,
        2,
        "status",
        "unknown status 'cancelled' (did you mean `canceled`?)",
    ),
    "duplicate key": (
        """\
        title: Dark
        status: ended
        title: Dunkel
        """,
        3,
        "title",
        "is given twice in the same entry",
    ),
    "id not a slug": (
        """\
        id: The Order
        title: The Order
        status: canceled
        """,
        1,
        "id",
        "must be a lowercase slug",
    ),
    "cast member without a name": (
        """\
        title: Dark
        status: ended
        cast:
          - role: Jonas
        """,
        4,
        "cast.name",
        "is required",
    ),
    "work without a title": (
        """\
        title: Dark
        status: ended
        cast:
          - name: Louis Hofmann
            next:
              - year: 2023
        """,
        6,
        "cast.next.title",
        "is required",
    ),
    "source that is not a link": (
        """\
        title: Dark
        status: ended
        sources:
          - url: ftp://example.com/dark
        """,
        4,
        "sources.url",
        "is not a web link",
    ),
    "file that is a list": (
        """\
        - title: Dark
        """,
        1,
        "file",
        "must hold a show (a mapping) or `shows:` (a list)",
    ),
    "shows beside other keys": (
        """\
        network: Netflix
        shows: []
        """,
        1,
        "shows",
        "must be the file's only key; move network into a show",
    ),
}


@pytest.mark.parametrize(("text", "line", "field", "message"), BROKEN.values(), ids=BROKEN.keys())
def test_a_broken_file_names_its_file_line_field_and_problem(
    text: str, line: int, field: str, message: str
) -> None:
    problem = only_problem(text)

    assert problem.is_error
    assert (problem.file, problem.line, problem.field) == (FILE, line, field)
    assert message in problem.message
    assert str(problem).startswith(f"{FILE}:{line}: {field}: ")


# -- hostile and accidental files: a located problem, never an exception ------------------------

LAUGHS = "\n".join(
    ["base: &a0 [lol, lol, lol, lol, lol, lol, lol, lol, lol]"]
    + [f"x{i}: &a{i} [{', '.join([f'*a{i - 1}'] * 9)}]" for i in range(1, 10)]
    + ["title: Laughs", "status: ended", "episodes: *a9"]
)


def show_with(*lines: str) -> str:
    return "\n".join(["title: Dark", "status: ended", *lines, ""])


HOSTILE = {
    "billion laughs": (LAUGHS, 5, "yaml", "aliases (`*name`) repeat more than 10,000 values"),
    "a tag on a number": (
        show_with("episodes: !!int lots"),
        3,
        "episodes",
        "not `!!int lots` (which YAML cannot read as !!int: drop the tag)",
    ),
    "a tag on a date": (show_with("premiered: !!timestamp soon"), 3, "premiered", "is not a date"),
    "a python tag": (
        show_with("summary: !!python/object/apply:os.system [echo hi]"),
        3,
        "summary",
        "must be text, not `!!python/object/apply:os.system [...]`",
    ),
    "a tag on a status": (show_with().replace("ended", "!!bool maybe"), 2, "status", "!!bool"),
    "a 5,000-digit number": (
        show_with(f"episodes: {'9' * 5000}"),
        3,
        "episodes",
        "must be a whole number from 0 to 100000, not a number of 5000 digits",
    ),
    "a 4,300-digit season number": (
        show_with("seasons:", f"  - number: {'1' * 4300}"),
        4,
        "seasons.number",
        "must be a whole number from 1 to 999, not a number of 4300 digits",
    ),
    "a 500-deep list": (
        show_with(f"reasons: {'[' * 500}{']' * 500}"),
        3,
        "yaml",
        "nest more than 16 levels deep",
    ),
    "a 500-deep JSON list": (
        '{"title": "Dark", "status": "ended",\n"reasons": ' + "[" * 500 + "]" * 500 + "}\n",
        2,
        "yaml",
        "nest more than 16 levels deep",
    ),
    "too many seasons": (
        show_with("seasons:", *(f"  - number: {n}" for n in range(1, 502))),
        3,
        "seasons",
        "has 501 items; at most 500 are allowed",
    ),
    "too many aliases": (
        show_with(f"aliases: [{', '.join(f'A{i}' for i in range(101))}]"),
        3,
        "aliases",
        "has 101 items; at most 100 are allowed",
    ),
    "a huge cast": (
        show_with("cast:", *(f"  - name: P{i}" for i in range(1001))),
        3,
        "cast",
        "has 1,001 items; at most 1,000 are allowed",
    ),
    "a long summary": (
        show_with(f"summary: {'word ' * 2001}"),
        3,
        "summary",
        "is 10,004 characters long; at most 10,000 are allowed",
    ),
    "a long title": (
        show_with().replace("Dark", "D" * 201),
        1,
        "title",
        "is 201 characters long; at most 200 are allowed",
    ),
    "a long alias": (
        show_with(f"aliases: [{'A' * 201}]"),
        3,
        "aliases",
        "an item is 201 characters long",
    ),
    "a long link": (
        show_with("sources:", f"  - url: https://example.com/{'a' * 2048}"),
        4,
        "sources.url",
        "is 2,068 characters long; at most 2,048 are allowed",
    ),
    "popularity past 100": (
        show_with("popularity: 101"),
        3,
        "popularity",
        "must be a number from 0 to 100, not 101",
    ),
    "popularity not a number": (
        show_with("popularity: .nan"),
        3,
        "popularity",
        "must be a number from 0 to 100, not nan",
    ),
    "a day-long runtime": (show_with("runtime: 1441"), 3, "runtime", "from 1 to 1440"),
    "a work from the future": (
        show_with("cast:", "  - name: A", "    next:", "      - title: W", "        year: 2201"),
        7,
        "cast.next.year",
        "must be a whole number from 1900 to 2200, not 2201",
    ),
    "a line break in a field's name": (
        show_with('"sta\\ntus": ended'),
        3,
        "'sta\\ntus'",
        "unknown field",
    ),
    "a line break in an unreadable value": (
        show_with("episodes: !!int |", "  one", "  two"),
        3,
        "episodes",
        "`!!int 'one\\ntwo\\n'`",
    ),
    "a long unknown field": (
        show_with(f"{'x' * 1000}: 1"),
        3,
        "x" * 57 + "...",
        "unknown field",
    ),
}


@pytest.mark.parametrize(("text", "line", "field", "message"), HOSTILE.values(), ids=HOSTILE.keys())
def test_a_hostile_file_gets_one_located_problem(
    text: str, line: int, field: str, message: str
) -> None:
    problem = only_problem(text)

    assert problem.is_error
    assert (problem.line, problem.field) == (line, field)
    assert message in problem.message
    assert len(problem.message) < 300


def test_a_big_file_of_block_yaml_is_refused_before_it_is_parsed(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    def unexpected(text: str) -> None:
        raise AssertionError("a file past the limit was parsed")

    monkeypatch.setattr(schema, "parse_yaml", unexpected)
    text = show_with(*(f"# {'padding ' * 100}" for _ in range(700)))

    problem = only_problem(text)
    assert (problem.line, problem.field) == (1, "file")
    assert "bytes of YAML; split it into files of at most 524,288 bytes" in problem.message


def test_a_big_imported_file_is_read_whatever_its_size() -> None:
    shows = [{"title": f"Show {i}", "status": "ended", "summary": "x" * 500} for i in range(1200)]
    text = flow_style(*shows)
    assert len(text) > 512 * 1024

    result = read_shows(text, FILE)

    assert result.problems == ()
    assert len(result.shows) == 1200


def big_import(odd: str) -> str:
    """An imported file past `MAX_YAML_BYTES` (1,200 shows), the JSON `odd` its second show."""
    shows = [{"title": f"Show {i}", "status": "ended", "summary": "x" * 500} for i in range(1200)]
    lines = [json.dumps(show) for show in shows]
    return "\n".join(["# Written by `showbot import`.", '{"shows": [', lines[0] + ","]) + (
        "\n" + odd + ",\n" + ",\n".join(lines[1:]) + "\n]}\n"
    )


SEASONS = json.dumps([{"number": n} for n in range(1, 100_001)])


@pytest.mark.parametrize(
    ("odd", "field", "message"),
    [
        (
            '{"title": "Long", "status": "ended", "seasons": ' + SEASONS + "}",
            "seasons",
            "has 100,000 items; at most 500 are allowed",
        ),
        ('{"title": "Twice", "status": "ended", "status": "airing"}', "status", "is given twice"),
        (
            '{"title": "Deep", "status": "ended", "reasons": ' + "[" * 20 + "]" * 20 + "}",
            "yaml",
            "nest more than 16 levels deep",
        ),
    ],
    ids=["seasons", "key twice", "nesting"],
)
def test_a_problem_in_a_big_imported_file_is_located_on_its_shows_line_without_yaml(
    odd: str, field: str, message: str, monkeypatch: pytest.MonkeyPatch
) -> None:
    def unexpected(text: str) -> None:
        raise AssertionError("a big imported file was read again as YAML")

    monkeypatch.setattr(schema, "parse_yaml", unexpected)

    result = read_shows(big_import(odd), FILE)

    (problem,) = result.problems
    assert (problem.line, problem.field) == (4, field)  # a comment, `{"shows": [`, a show
    assert message in problem.message
    assert len(result.shows) == 1200


def test_problems_past_the_limit_are_counted_not_listed() -> None:
    result = read(show_with(*(f"field{i}: 1" for i in range(150))))

    assert len(result.problems) == 101
    assert result.problems[-1].message.startswith("... and 50 more problems in this file")


def test_an_unknown_field_suggests_the_field_it_resembles() -> None:
    problems = read(
        """\
        title: Dark
        stauts: ended
        """
    ).problems

    typo = next(p for p in problems if p.field == "stauts")
    assert typo.line == 2
    assert "unknown field (did you mean `status`?)" in typo.message
    assert "allowed: id, title" in typo.message


def test_an_unknown_field_deep_in_a_show_is_named_with_its_path() -> None:
    problem = only_problem(
        """\
        title: Dark
        status: ended
        cast:
          - name: Louis Hofmann
            nmae: Jonas
        """
    )

    assert (problem.line, problem.field) == (5, "cast.nmae")
    assert "did you mean `name`?" in problem.message


def test_a_show_with_an_error_is_not_loaded() -> None:
    result = read(
        """\
        title: Dark
        status: ended
        popularity: lots
        """
    )

    assert result.shows == ()


def test_every_problem_in_a_file_is_reported_not_just_the_first() -> None:
    result = read(
        """\
        title: Dark
        status: ended
        aliases: Dunkel
        premiered: next year
        popularity: -1
        """
    )

    assert sorted((p.line, p.field) for p in result.problems) == [
        (3, "aliases"),
        (4, "premiered"),
        (5, "popularity"),
    ]


def test_every_broken_show_in_a_list_is_reported() -> None:
    result = read(
        """\
        shows:
          - title: One
            status: nope
          - status: ended
          - title: Three
            status: ended
            seasons:
              - number: 0
        """
    )

    assert sorted((p.line, p.field) for p in result.problems) == [
        (3, "status"),
        (4, "title"),
        (8, "seasons.number"),
    ]
    assert [s.title for s in result.shows] == []


def test_a_yaml_date_and_a_quoted_date_mean_the_same() -> None:
    unquoted = read("title: A\nstatus: ended\npremiered: 2022-09-08\n").shows[0]
    quoted = read("title: A\nstatus: ended\npremiered: '2022-09-08'\n").shows[0]

    assert unquoted.premiered == quoted.premiered == PartialDate(2022, 9, 8)


def test_a_file_with_two_shows_keys_is_an_error() -> None:
    result = read(
        """\
        shows:
          - title: First Block
            status: ended
        shows:
          - title: Second Block
            status: ended
        """
    )

    assert [(p.line, p.field) for p in result.problems] == [(4, "shows")]


def test_a_reception_score_given_twice_is_an_error() -> None:
    problem = only_problem(
        """\
        title: Dark
        status: ended
        reception:
          imdb: 8.7
          imdb: 9.1
        """
    )

    assert (problem.line, problem.field) == (5, "reception.imdb")


def test_external_ids_are_read_as_text_whether_written_as_numbers_or_text() -> None:
    result = read(
        """\
        title: Breaking Bad
        status: ended
        ids: {tvmaze: 169, imdb: tt0903747}
        """
    )

    assert result.problems == ()
    assert result.shows[0].ids == "tvmaze:169 imdb:tt0903747"
    assert result.shows[0].external_ids() == (("tvmaze", "169"), ("imdb", "tt0903747"))


def test_an_unknown_external_id_source_is_an_error_with_a_did_you_mean() -> None:
    problem = only_problem(
        """\
        title: Breaking Bad
        status: ended
        ids:
          tvmaze: 169
          imbd: tt0903747
        """
    )

    assert (problem.line, problem.field) == (5, "ids.imbd")
    assert "did you mean `imdb`" in problem.message


@pytest.mark.parametrize(
    ("value", "says"),
    [
        ("[169]", "text or a whole number"),
        ("true", "text or a whole number"),
        ("''", "empty"),
        ("'tt 0903747'", "an id is one word"),
    ],
)
def test_an_external_id_that_is_no_text_or_whole_number_is_an_error(value: str, says: str) -> None:
    problem = only_problem(f"title: Dark\nstatus: ended\nids:\n  tvmaze: {value}\n")

    assert (problem.line, problem.field) == (4, "ids.tvmaze")
    assert says in problem.message


def test_external_ids_must_be_a_mapping() -> None:
    problem = only_problem("title: Dark\nstatus: ended\nids: tt5753856\n")

    assert (problem.line, problem.field) == (3, "ids")


def test_a_yaml_merge_key_may_be_overridden() -> None:
    result = read(
        """\
        shows:
          - &first
            title: First
            status: canceled
            network: Netflix
          - <<: *first
            title: Second
        """
    )

    assert result.problems == ()
    assert [(s.title, s.network) for s in result.shows] == [
        ("First", "Netflix"),
        ("Second", "Netflix"),
    ]


# -- imported (flow-style) files ------------------------------------------------------------------

IMPORTED_SHOW = {
    "id": "the-imperfects",
    "title": "The Imperfects",
    "aliases": ["Imperfects"],
    "ids": {"tvmaze": 53647, "imdb": "tt14502728"},
    "network": "Netflix",
    "premiered": "2022-09-08",
    "status": "canceled",
    "status_date": "2022-11-08",
    "status_note": "Not coming back.",
    "finale": "2022-09-08",
    "summary": "Three teens turned monsters.",
    "genres": ["Drama", "Science-Fiction"],
    "episodes": 10,
    "runtime": 45,
    "seasons": [
        {"number": 2, "status": "canceled", "release": "2023"},
        {"number": 1, "status": "ended", "premiered": "2022-09-08", "episodes": 10, "note": "One."},
    ],
    "reasons": ["Mixed reviews"],
    "reception": {"imdb": 6.1, "rotten_tomatoes_audience": "79%"},
    "viewership": ["Third most-watched English title"],
    "outlook": ["A cure that is not permanent"],
    "creators": ["Shelley Eriksen", "Dennis Heaton"],
    "companies": [{"name": "Nomadic Pictures", "next": [{"title": "My Life", "year": 2023}]}],
    "cast": [
        {"name": "Iñaki Godoy", "role": "Juan", "next": [{"title": "One Piece", "network": "N"}]}
    ],
    "popularity": 30,
    "sources": [
        {
            "url": "https://example.com/a",
            "title": "Canceled",
            "published": "2024-01-13",
            "backs": ["status", "season 1"],  # as every import writes them
        }
    ],
    "updated": "2024-01",
}


def flow_style(*shows: dict[str, object]) -> str:
    """A file as `showbot import` writes it: JSON-compatible flow style, one show per line."""
    lines = ",\n".join(json.dumps(show) for show in shows)
    return f'# Written by `showbot import`.\n{{"shows": [\n{lines}\n]}}\n'


def block_style(*shows: dict[str, object]) -> str:
    return yaml.safe_dump({"shows": list(shows)}, allow_unicode=True, sort_keys=False)


def test_an_imported_file_gives_the_same_shows_as_block_yaml() -> None:
    neighbour = {"title": "Dark", "status": "ended", "popularity": 2.5}
    flow = read_shows(flow_style(IMPORTED_SHOW, neighbour), FILE)
    block = read_shows(block_style(IMPORTED_SHOW, neighbour), FILE)

    assert flow.problems == block.problems == ()
    assert flow.shows == block.shows
    assert [s.number for s in flow.shows[0].seasons] == [1, 2]
    assert [s.origin for s in flow.shows] == [f"{FILE}:3", f"{FILE}:4"]  # a comment, `{"shows": [`


def test_an_imported_show_remembers_the_line_its_object_starts_on() -> None:
    backed = {
        "title": "Backed",
        "status": "ended",
        "sources": [{"title": "T", "backs": ["status"]}],
    }
    shows = [{"title": "Dark", "status": "ended"}, backed, {"title": "Lost", "status": "ended"}]
    text = "# Written by hand.\n\n" + json.dumps({"shows": shows}, indent=2) + "\n"
    starts = [n for n, line in enumerate(text.splitlines(), 1) if line == "    {"]

    result = read_shows(text, FILE)

    assert result.problems == ()
    assert len(starts) == 3  # the show read by the checker (`backs`) too
    assert [s.origin for s in result.shows] == [f"{FILE}:{n}" for n in starts]


def test_an_imported_file_of_one_show_starts_it_after_the_comments() -> None:
    text = "# one show\n# in JSON style\n" + json.dumps({"title": "Dark", "status": "ended"})

    (show,) = read_shows(text, FILE).shows

    assert show.origin == f"{FILE}:3"


def test_imported_shows_with_text_around_them_are_read_as_yaml() -> None:
    text = flow_style({"title": "Dark", "status": "ended"}) + "# a comment after the list\n"

    (show,) = read_shows(text, FILE).shows

    assert show.origin == f"{FILE}:3"


MISSING = object()
IMPORT_VARIANTS: list[dict[str, object]] = [
    {"title": 24},
    {"title": " Dark "},
    {"title": ""},
    {"title": MISSING},
    {"status": "Ended "},
    {"status": None},
    {"status": ["ended"]},
    {"id": None},
    {"id": " dark "},
    {"id": "Dark"},
    {"id": "a" * 65},
    {"id": MISSING, "title": "!!!"},
    {"network": 4},
    {"network": ""},
    {"network": None},
    {"aliases": "A"},
    {"aliases": [" A ", "B"]},
    {"aliases": [1]},
    {"premiered": 2022},
    {"premiered": 2022.0},
    {"premiered": "2022-13-45"},
    {"popularity": None},
    {"popularity": -1},
    {"popularity": True},
    {"reception": {"imdb": True}},
    {"reception": {}},
    {"reception": []},
    {"seasons": [{"number": 1}, {"number": 1}]},
    {"seasons": [{"number": None}]},
    {"seasons": [{"number": True}]},
    {"seasons": [{"number": 1, "status": "Renewed", "extra": 1}]},
    {"seasons": [{"number": 1, "status": "Renewed"}]},
    {"cast": [{"role": "Jonas"}]},
    {"cast": [{"name": "A", "next": [{"title": "W", "year": 1800}]}]},
    {"cast": [{"name": "A", "next": None}]},
    {"companies": [{"name": "C", "role": "producer"}]},
    {"sources": [{"url": "ftp://example.com"}]},
    {"sources": [{"url": " https://example.com/b "}]},
    {"sources": [{"title": "T", "published": 2024}]},
    {"sources": [{"title": "T", "published": 2024.0}]},
    {"sources": [{"title": "T", "url": None}]},
    {"sources": [{}]},
    {"stauts": "ended"},
    # past the limits (bot.core.limits): the fast path hands them to the checker
    {"title": "T" * 201},
    {"network": "N" * 201},
    {"aliases": ["A" * 201]},
    {"aliases": [f"A{i}" for i in range(101)]},
    {"summary": "S" * 10_001},
    {"reasons": ["R" * 10_001]},
    {"popularity": 101},
    {"popularity": 100.5},
    {"runtime": 1441},
    {"episodes": 100_001},
    {"episodes": int("9" * 4300)},
    {"seasons": [{"number": 1000}]},
    {"seasons": [{"number": 1, "episodes": 100_001}]},
    {"seasons": [{"number": n} for n in range(1, 502)]},
    {"cast": [{"name": f"P{i}"} for i in range(1001)]},
    {"cast": [{"name": "P" * 201}]},
    {"cast": [{"name": "A", "next": [{"title": "W", "year": 2201}]}]},
    {"companies": [{"name": f"C{i}"} for i in range(101)]},
    {"reception": {"imdb": "9" * 201}},
    {"ids": {"imbd": "tt1"}},
    {"ids": {"tvmaze": True}},
    {"ids": {"tvmaze": 1.5}},
    {"ids": {"tvmaze": " "}},
    {"ids": {"imdb": "t" * 201}},
    {"ids": ["tvmaze"]},
    {"ids": {"tvmaze": " 169 "}},
    {"ids": None},
    {"reception": {f"site{i}": 1 for i in range(101)}},
    {"sources": [{"url": "https://example.com/" + "a" * 2048}]},
    {"sources": [{"title": f"T{i}"} for i in range(101)]},
]


@pytest.mark.parametrize("change", IMPORT_VARIANTS, ids=lambda change: repr(change)[:40])
def test_an_imported_file_follows_the_same_rules_as_block_yaml(change: dict[str, object]) -> None:
    show = {**IMPORTED_SHOW, **change}
    show = {key: value for key, value in show.items() if value is not MISSING}
    neighbour = {"title": "Dark", "status": "ended"}
    flow = read_shows(flow_style(neighbour, show), FILE)
    block = read_shows(block_style(neighbour, show), FILE)

    assert flow.shows == block.shows
    assert [(p.field, p.message) for p in flow.problems] == [
        (p.field, p.message) for p in block.problems
    ]


def test_a_problem_in_an_imported_file_is_located_on_its_line() -> None:
    text = flow_style({"title": "Good", "status": "ended"}, {"title": "Bad", "status": "sort of"})

    (problem,) = read_shows(text, FILE).problems
    assert (problem.line, problem.field) == (4, "status")
    assert problem.message.startswith("unknown status 'sort of'")


def test_a_key_given_twice_in_an_imported_file_is_located_on_its_line() -> None:
    text = (
        '{"shows": [\n{"title": "A", "status": "ended"},\n'
        '{"title": "B", "status": "ended", "status": "airing"}\n]}\n'
    )

    (problem,) = read_shows(text, FILE).problems
    assert (problem.line, problem.field) == (3, "status")
    assert "is given twice" in problem.message


def test_typical_imported_shows_never_reach_the_line_by_line_checker(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    def unexpected(*args: object) -> None:
        raise AssertionError("the fast path handed a valid imported show to the checker")

    monkeypatch.setattr(schema._Checker, "show", unexpected)
    result = read_shows(flow_style(IMPORTED_SHOW, {"title": "Dark", "status": "ended"}), FILE)

    assert len(result.shows) == 2
    assert set(IMPORTED_SHOW) == set(fields.names(fields.SHOW))  # every field of the table


def test_imported_shows_are_ordinary_frozen_shows() -> None:
    (show,) = read_shows(flow_style(IMPORTED_SHOW), FILE).shows

    assert type(show) is Show
    assert type(show.sources[0]) is Source
    assert pickle.loads(pickle.dumps(show)) == show
    assert hash(show) == hash(pickle.loads(pickle.dumps(show)))
    with pytest.raises(dataclasses.FrozenInstanceError):
        show.title = "Other"  # type: ignore[misc]


# -- one copy of each repeated value ------------------------------------------------------------


@pytest.mark.parametrize("style", [flow_style, block_style])
def test_shows_of_one_file_share_their_repeated_texts_and_sources(
    style: Callable[..., str],
) -> None:
    note = "Status unverified: the TVMaze show index lists only the title."
    source = {"title": "TVMaze show index", "url": "https://example.com/tvmaze"}
    shows = [
        {
            "title": title,
            "status": "undecided",
            "network": "Netflix",
            "status_note": note,
            "sources": [dict(source)],
            "updated": "2022-10",
        }
        for title in ("One", "Two")
    ]
    first, second = read_shows(style(*shows), FILE).shows

    assert first.status_note == note
    assert first.status_note is second.status_note
    assert first.network is second.network
    assert first.sources[0] is second.sources[0]
    assert first.updated is second.updated


@pytest.mark.parametrize(
    ("year", "decimal", "field"),
    [
        ({"premiered": 2024}, {"premiered": 2024.0}, "premiered"),
        (
            {"sources": [{"title": "T", "published": 2024}]},
            {"sources": [{"title": "T", "published": 2024.0}]},
            "sources.published",
        ),
    ],
)
def test_a_year_and_the_same_number_with_a_decimal_point_are_told_apart(
    year: dict[str, object], decimal: dict[str, object], field: str
) -> None:
    text = flow_style(
        {"title": "A", "status": "ended", **year}, {"title": "B", "status": "ended", **decimal}
    )

    (problem,) = read_shows(text, FILE).problems
    assert (problem.line, problem.field) == (4, field)
    assert problem.message.startswith("2024.0 is not a date")


def test_the_fast_constructor_is_used_only_where_it_builds_the_same_object() -> None:
    @dataclasses.dataclass(frozen=True, slots=True)
    class Plain:
        name: str
        year: int | None = None

    @dataclasses.dataclass(frozen=True, slots=True)
    class Checked:
        name: str

        def __post_init__(self) -> None:
            assert self.name

    @dataclasses.dataclass(frozen=True, slots=True, init=False)
    class Upper:
        name: str

        def __init__(self, name: str) -> None:
            object.__setattr__(self, "name", name.upper())

    @dataclasses.dataclass(frozen=True, slots=True, init=False)
    class Wrapped:
        name: tuple[object, ...]

        def __init__(self, name: object) -> None:
            object.__setattr__(self, "name", (name,))

    built = fastjson._builder(Plain)("Dark", 2017)
    assert type(built) is Plain
    assert built == Plain("Dark", 2017)
    assert fastjson._builder(Checked) is Checked
    assert fastjson._builder(Upper) is Upper
    assert fastjson._builder(Wrapped) is Wrapped


@pytest.mark.parametrize(
    "text",
    [
        flow_style(IMPORTED_SHOW, {"title": "Dark", "status": "ended"}),
        flow_style({"title": 24, "status": "Ended"}),  # read by the checker
        flow_style({"title": "Dark", "status": "sort of"}),  # read again as YAML
        block_style(IMPORTED_SHOW),
    ],
    ids=["imported", "checked", "problem", "block"],
)
def test_reading_a_file_leaves_no_reference_cycles(text: str) -> None:
    """The loader pauses the garbage collector and then freezes what it built: anything left in
    a cycle by a read would never be freed."""
    gc.collect()
    gc.disable()
    try:
        read_shows(text, FILE)
        assert gc.collect() == 0
    finally:
        gc.enable()
