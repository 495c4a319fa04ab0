"""The fast path for imported files (bot.core.fastjson): each show on the line its object
starts on, whatever the layout of the file."""

from __future__ import annotations

import json

from hypothesis import given
from hypothesis import strategies as st

from bot.core.schema import read_shows

FILE = "shows/imported.yaml"

SHOWS = st.lists(
    st.fixed_dictionaries(
        {"title": st.from_regex(r"[A-Z][a-z]{2,8}", fullmatch=True), "status": st.just("ended")},
        optional={
            "aliases": st.lists(st.sampled_from(["A {b}", "[c]", "d\n"]), max_size=2),
            "seasons": st.lists(st.builds(lambda n: {"number": n}, st.integers(1, 3)), max_size=1),
        },
    ),
    min_size=1,
    max_size=6,
    unique_by=lambda show: show["title"],
)
GAPS = st.sampled_from([",", ",\n", "\n,", ", \n\n ", ",\r\n", "\n\n,\n"])


def laid_out(
    shows: list[dict[str, object]], gaps: list[str], indent: int | None
) -> tuple[str, list[int]]:
    """A `shows:` file with `gaps` between the shows, and the line each show starts on."""
    text, starts = '# imported\n{"shows": [\n', []
    for number, show in enumerate(shows):
        if number:
            text += gaps[number % len(gaps)]
        starts.append(text.count("\n") + 1)
        text += json.dumps(show, indent=indent)
    return text + "\n]}\n", starts


@given(SHOWS, st.lists(GAPS, min_size=1), st.sampled_from([None, 2]))
def test_every_imported_show_remembers_the_line_its_object_starts_on(
    shows: list[dict[str, object]], gaps: list[str], indent: int | None
) -> None:
    text, starts = laid_out(shows, gaps, indent)

    result = read_shows(text, FILE)

    assert result.problems == ()
    assert [show.origin for show in result.shows] == [f"{FILE}:{line}" for line in starts]


def test_shows_written_on_one_line_all_start_on_it() -> None:
    shows = [{"title": "Dark", "status": "ended"}, {"title": "Lost", "status": "ended"}]
    text = json.dumps({"shows": shows})

    result = read_shows(text, FILE)

    assert [show.origin for show in result.shows] == [f"{FILE}:1", f"{FILE}:1"]


def test_a_problem_in_a_big_pretty_printed_file_is_located_on_its_shows_line() -> None:
    shows = [{"title": f"Show {i}", "status": "ended", "summary": "x" * 500} for i in range(1200)]
    shows[600]["status"] = "sort of"
    text = json.dumps({"shows": shows}, indent=1)
    lines = text.splitlines()
    title = next(n for n, line in enumerate(lines) if '"Show 600"' in line)
    assert lines[title - 1].strip() == "{"  # the show's object starts a line before its title

    (problem,) = read_shows(text, FILE).problems

    assert (problem.line, problem.field) == (title, "status")  # lines count from 1
