"""The fast path for imported files (bot.core.fastjson): each show on the line its object
starts on, whatever the layout of the file."""

from __future__ import annotations

import json
from collections.abc import Callable

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


IMPORTED = st.lists(
    st.fixed_dictionaries(
        {"title": st.from_regex(r"[A-Z][a-z]{2,8}", fullmatch=True), "status": st.just("ended")},
        optional={"popularity": st.sampled_from([10, 50, "lots"])},  # "lots": the checker's
    ),
    min_size=1,
    max_size=6,
    unique_by=lambda show: show["title"],
)
EDITS = st.sampled_from(
    [
        lambda lines: lines,  # rewritten as it was
        lambda lines: lines[1:],  # a show removed: every line after it moves up
        lambda lines: [lines[0].replace("ended", "airing"), *lines[1:]],
        lambda lines: [*lines[:-1], lines[-1] + ","],  # a comma too many: no JSON
        lambda lines: [*lines, '{"title": "Late", "status": "ended"}'],  # the last loses its end
        lambda lines: [lines[-1], *lines[:-1]],
        lambda lines: [line.rstrip(",") for line in lines],  # commas lost
        lambda lines: [lines[0] + " ", *lines[1:]],
    ]
)


def imported(lines: list[str], header: str = "") -> str:
    return header + '{"shows": [\n' + ",\n".join(lines) + "\n]}\n"


@given(IMPORTED, EDITS, st.sampled_from(["", "# a header\n"]))
def test_a_file_read_again_with_its_last_reading_is_read_as_if_anew(
    shows: list[dict[str, object]], edit: Callable[[list[str]], list[str]], header: str
) -> None:
    lines = [json.dumps(show) for show in shows]
    before = read_shows(imported(lines), FILE)
    text = imported(edit(lines), header)

    again = read_shows(text, FILE, before.lines)

    assert again == read_shows(text, FILE)  # the same shows and the same problems
    assert [s.origin for s in again.shows] == [s.origin for s in read_shows(text, FILE).shows]


def test_the_show_of_an_unchanged_line_is_taken_not_read_again() -> None:
    lines = [json.dumps({"title": t, "status": "ended"}) for t in ("Dark", "Lost", "Fargo")]
    before = read_shows(imported(lines), FILE)
    lines[1] = lines[1].replace("ended", "airing")

    again = read_shows(imported(lines) + "\n", FILE, before.lines)

    dark, lost, fargo = again.shows
    assert dark is before.shows[0]
    assert fargo is before.shows[2]
    assert lost is not before.shows[1]
    assert lost.status.value == "airing"


def test_a_line_that_moved_is_read_again_for_its_new_line() -> None:
    lines = [json.dumps({"title": t, "status": "ended"}) for t in ("Dark", "Lost")]
    before = read_shows(imported(lines), FILE)

    again = read_shows(imported(lines, "# moved down a line\n"), FILE, before.lines)

    assert [s.origin for s in again.shows] == [f"{FILE}:3", f"{FILE}:4"]
    assert read_shows(imported(lines), "other.yaml", before.lines).shows[0].origin == (
        "other.yaml:2"
    )


def test_only_the_layout_showbot_import_writes_is_read_a_line_at_a_time() -> None:
    shows = [{"title": "Dark", "status": "ended"}]
    assert read_shows(imported([json.dumps(shows[0])]), FILE).lines is not None
    assert read_shows(json.dumps({"shows": shows}), FILE).lines is None
    assert read_shows(json.dumps({"shows": shows}, indent=1), FILE).lines is None
