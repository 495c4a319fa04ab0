"""Reading a knowledge directory into an immutable snapshot (bot.core.knowledge)."""

from __future__ import annotations

import dataclasses
import json
import os
from collections.abc import Callable
from pathlib import Path

import pytest

import bot.core.knowledge as knowledge_module
from bot.core import limits
from bot.core.knowledge import (
    FileCache,
    KnowledgeError,
    knowledge_files,
    load_knowledge,
)
from bot.core.models import Show, Status
from bot.core.schema import FileResult, Problem

BUNDLED_IDS = {
    "the-imperfects",
    "the-i-land",
    "the-order",
    "wu-assassins",
    "cobra-kai",
    "devil-in-ohio",
    "one-piece-2023",
    "my-life-with-the-walter-boys",
}

MakeBase = Callable[[dict[str, str]], Path]


# -- the shipped base ---------------------------------------------------------------------------


def test_every_shipped_file_loads_without_errors_or_warnings(bundled_dir: Path) -> None:
    result = load_knowledge(bundled_dir)

    assert [str(p) for p in result.problems] == []
    assert result.snapshot is not None


def test_the_shipped_base_holds_the_documented_shows(bundled_dir: Path) -> None:
    snapshot = load_knowledge(bundled_dir).snapshot

    assert snapshot is not None
    assert set(snapshot.by_id) >= BUNDLED_IDS


def test_every_shipped_show_has_its_imdb_id_and_its_tvmaze_id_where_the_data_has_one(
    bundled_dir: Path,
) -> None:
    snapshot = load_knowledge(bundled_dir).snapshot

    assert snapshot is not None
    ids = {show.id: dict(show.external_ids()) for show in snapshot.shows}
    assert all(known.get("imdb", "").startswith("tt") for known in ids.values()), ids
    # ../shared/data has no TVMaze id for these three (newer than its TVMaze files)
    without = {"the-imperfects", "one-piece-2023", "my-life-with-the-walter-boys"}
    assert {show_id for show_id, known in ids.items() if "tvmaze" not in known} == without


def test_every_shipped_show_names_its_sources_and_when_it_was_checked(bundled_dir: Path) -> None:
    snapshot = load_knowledge(bundled_dir).snapshot

    assert snapshot is not None
    undocumented = [s.id for s in snapshot.shows if not s.sources or s.updated is None]
    assert undocumented == []
    assert all(src.url for show in snapshot.shows for src in show.sources)


# -- loading a directory ------------------------------------------------------------------------


def test_files_are_found_recursively_in_a_stable_order(small_dir: Path) -> None:
    (small_dir / "notes.txt").write_text("not knowledge")
    (small_dir / ".draft.yaml").write_text("title: [broken")

    files = knowledge_files(small_dir)

    assert [f.relative_to(small_dir).as_posix() for f in files] == ["alpha.yaml", "more/beta.yml"]


def test_a_directory_is_loaded_into_one_snapshot(small_dir: Path) -> None:
    result = load_knowledge(small_dir)

    assert result.problems == ()
    snapshot = result.snapshot
    assert snapshot is not None
    assert [s.id for s in snapshot.shows] == ["alpha", "beta-road"]
    assert snapshot.files == 2
    assert snapshot.root == small_dir


def test_several_directories_load_as_one_base(small_dir: Path, knowledge: MakeBase) -> None:
    extra = knowledge({"gamma.yaml": "title: Gamma\nstatus: airing\n"})

    snapshot = load_knowledge([small_dir, extra]).snapshot

    assert snapshot is not None
    assert set(snapshot.by_id) == {"alpha", "beta-road", "gamma"}


def test_the_snapshot_cannot_be_changed(small_dir: Path) -> None:
    snapshot = load_knowledge(small_dir).snapshot
    assert snapshot is not None

    with pytest.raises(TypeError):
        snapshot.by_id["intruder"] = snapshot.shows[0]  # type: ignore[index]
    with pytest.raises(dataclasses.FrozenInstanceError):
        snapshot.shows[0].status = Status.RENEWED  # type: ignore[misc]
    with pytest.raises(dataclasses.FrozenInstanceError):
        snapshot.shows = ()  # type: ignore[misc]


def test_people_are_indexed_across_shows(small_dir: Path) -> None:
    snapshot = load_knowledge(small_dir).snapshot
    assert snapshot is not None

    (jo,) = [p for p in snapshot.people if p.name == "Jo Marsh"]
    assert jo.roles == (("alpha", "Captain"), ("beta-road", "Pilot"))
    assert [w.title for w in jo.next] == ["Beta Road"]


def test_two_shows_with_one_title_are_labelled_with_network_and_year(knowledge: MakeBase) -> None:
    root = knowledge(
        {
            "us.yaml": "id: office-us\ntitle: The Office\nnetwork: NBC\npremiered: 2005\n"
            "status: ended\n",
            "uk.yaml": "id: office-uk\ntitle: The Office\nnetwork: BBC\npremiered: 2001\n"
            "status: ended\n",
            "dark.yaml": "title: Dark\nnetwork: Netflix\nstatus: ended\n",
        }
    )
    snapshot = load_knowledge(root).snapshot
    assert snapshot is not None

    labels = {show.id: snapshot.show_label(show) for show in snapshot.shows}
    assert labels == {
        "office-us": "The Office (NBC, 2005)",
        "office-uk": "The Office (BBC, 2001)",
        "dark": "Dark",
    }


# -- problems across files ----------------------------------------------------------------------


def test_an_id_used_in_two_files_is_an_error(knowledge: MakeBase) -> None:
    root = knowledge(
        {
            "a.yaml": "id: dark\ntitle: Dark\nstatus: ended\n",
            "b.yaml": "# copy\n\nid: dark\ntitle: Dark Matter\nstatus: canceled\n",
        }
    )

    result = load_knowledge(root)

    assert result.snapshot is None
    (problem,) = result.errors
    assert (problem.file, problem.line, problem.field) == (str(root / "b.yaml"), 3, "id")
    assert f"'dark' is already used by {root / 'a.yaml'}:1" in problem.message


def test_a_title_claimed_by_two_shows_is_only_a_warning(knowledge: MakeBase) -> None:
    root = knowledge(
        {
            "a.yaml": "id: office-us\ntitle: The Office\nstatus: ended\n",
            "b.yaml": "id: office-uk\ntitle: The Office\nstatus: ended\n",
        }
    )

    result = load_knowledge(root)

    assert result.snapshot is not None
    (warning,) = result.problems
    assert not warning.is_error
    assert (warning.file, warning.line, warning.field) == (str(root / "a.yaml"), 1, "title")
    assert "'the office' also names office-uk" in warning.message
    assert result.snapshot.warnings == (warning,)


def test_an_alias_that_is_another_shows_title_is_a_warning(knowledge: MakeBase) -> None:
    root = knowledge(
        {
            "a.yaml": "title: Money Heist\nstatus: ended\n",
            "b.yaml": "title: La Casa de Papel Korea\naliases: [Money Heist]\nstatus: ended\n",
        }
    )

    result = load_knowledge(root)

    assert result.snapshot is not None
    assert [(p.field, p.is_error) for p in result.problems] == [("title", False)]
    assert "also names la-casa-de-papel-korea" in result.problems[0].message


def test_one_broken_file_stops_the_whole_load_and_every_file_is_reported(
    knowledge: MakeBase,
) -> None:
    root = knowledge(
        {
            "a.yaml": "title: Fine\nstatus: ended\n",
            "b.yaml": "title: Broken\nstatus: maybe\n",
            "c.yaml": "title: Also Broken\nstatus: ended\npopularity: -1\n",
        }
    )

    result = load_knowledge(root)

    assert result.snapshot is None
    assert [(Path(p.file).name, p.line, p.field) for p in result.errors] == [
        ("b.yaml", 2, "status"),
        ("c.yaml", 3, "popularity"),
    ]


def test_a_file_that_is_not_utf8_is_reported_not_raised(knowledge: MakeBase) -> None:
    root = knowledge({"ok.yaml": "title: Fine\nstatus: ended\n"})
    (root / "latin1.yaml").write_bytes("title: Café\nstatus: ended\n".encode("latin-1"))

    result = load_knowledge(root)

    assert result.snapshot is None
    (problem,) = result.errors
    assert (problem.file, problem.line, problem.field) == (str(root / "latin1.yaml"), 1, "file")
    assert "is not UTF-8 text" in problem.message


# -- only regular files inside the directory are read ----------------------------------------

GOOD = {"good.yaml": "title: Fine\nstatus: ended\n"}


def only_error(root: Path) -> Problem:
    result = load_knowledge(root)
    assert result.snapshot is None
    (problem,) = result.errors
    return problem


@pytest.mark.skipif(not hasattr(os, "mkfifo"), reason="no named pipes here")
def test_a_named_pipe_is_refused_without_being_opened(knowledge: MakeBase) -> None:
    root = knowledge(GOOD)
    os.mkfifo(root / "x.yaml")  # opening it to read would wait for a writer for ever

    problem = only_error(root)

    assert (problem.file, problem.line, problem.field) == (str(root / "x.yaml"), 1, "file")
    assert problem.message == "is a named pipe, not a file; only regular files are read"


def test_a_link_leading_outside_the_directory_is_refused_and_never_read(
    knowledge: MakeBase, tmp_path: Path
) -> None:
    secret = tmp_path / "elsewhere" / "secret.yaml"
    secret.parent.mkdir()
    secret.write_text("SECRET-TOKEN: hunter2\n")
    root = knowledge(GOOD)
    (root / "shows.yaml").symlink_to(secret)

    problem = only_error(root)

    assert (problem.file, problem.field) == (str(root / "shows.yaml"), "file")
    assert "is a link leading outside the knowledge directory" in problem.message
    assert "SECRET" not in str(problem)
    assert "elsewhere" not in str(problem)


def test_a_link_to_a_device_is_refused(knowledge: MakeBase) -> None:
    root = knowledge(GOOD)
    (root / "zero.yaml").symlink_to(os.devnull)

    assert "is a link leading outside" in only_error(root).message


def test_a_link_leading_nowhere_is_refused(knowledge: MakeBase) -> None:
    root = knowledge(GOOD)
    (root / "gone.yaml").symlink_to(root / "missing.yaml")

    assert "is a link leading outside the knowledge directory (or nowhere)" in (
        only_error(root).message
    )


def test_a_link_to_a_file_inside_the_directory_is_read_as_that_file_once(
    knowledge: MakeBase,
) -> None:
    root = knowledge({**GOOD, "drafts/next.txt": "title: Linked\nstatus: ended\n"})
    (root / "linked.yaml").symlink_to(Path("drafts") / "next.txt")
    (root / "again.yaml").symlink_to(root / "good.yaml")

    result = load_knowledge(root)

    assert result.problems == ()
    assert result.snapshot is not None
    assert sorted(show.title for show in result.snapshot.shows) == ["Fine", "Linked"]
    assert knowledge_files(root) == [root / "good.yaml", root / "drafts" / "next.txt"]


def test_a_file_past_the_size_limit_is_refused_unread(
    knowledge: MakeBase, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(limits, "MAX_FILE_BYTES", 1_000)
    root = knowledge({**GOOD, "big.yaml": "title: Big\nstatus: ended\n" + "# padding\n" * 200})

    problem = only_error(root)

    assert (Path(problem.file).name, problem.line, problem.field) == ("big.yaml", 1, "file")
    assert problem.message == (
        "is 2,025 bytes or more; at most 1,000 are read, so split it into several files"
    )


def test_a_failure_inside_the_checker_becomes_a_problem_of_that_file(
    knowledge: MakeBase, monkeypatch: pytest.MonkeyPatch
) -> None:
    def crash(text: str, file: str, previous: object = None) -> FileResult:
        raise RecursionError("maximum recursion depth exceeded")

    monkeypatch.setattr(knowledge_module, "read_shows", crash)
    root = knowledge(GOOD)

    problem = only_error(root)

    assert (Path(problem.file).name, problem.field) == ("good.yaml", "file")
    assert problem.message.startswith("could not be checked (RecursionError: maximum recursion")


def test_an_empty_directory_is_an_error_not_an_empty_base(tmp_path: Path) -> None:
    result = load_knowledge(tmp_path)

    assert result.snapshot is None
    (problem,) = result.errors
    assert (problem.file, problem.field) == (str(tmp_path), "file")
    assert "holds no *.yaml or *.yml knowledge files" in problem.message


def test_a_missing_directory_raises_knowledge_error(tmp_path: Path) -> None:
    with pytest.raises(KnowledgeError, match="does not exist"):
        load_knowledge(tmp_path / "missing")


def test_a_file_given_as_the_directory_raises_knowledge_error(small_dir: Path) -> None:
    with pytest.raises(KnowledgeError, match="is not a directory"):
        load_knowledge(small_dir / "alpha.yaml")


def test_shows_built_in_memory_equal_shows_loaded_from_yaml(knowledge: MakeBase) -> None:
    root = knowledge({"dark.yaml": "title: Dark\nstatus: ended\n"})

    snapshot = load_knowledge(root).snapshot

    assert snapshot is not None
    assert snapshot.shows == (Show(id="dark", title="Dark", status=Status.ENDED),)


def test_a_reload_keeps_the_running_object_of_a_show_that_did_not_change(
    knowledge: MakeBase,
) -> None:
    root = knowledge(
        {"a.yaml": "title: Alpha\nstatus: airing\n", "b.yaml": "title: Beta\nstatus: airing\n"}
    )
    cache = FileCache()
    first = load_knowledge(root, cache).snapshot
    assert first is not None
    (root / "a.yaml").write_text("title: Alpha\nstatus: airing\n\n")  # re-saved, same show
    (root / "b.yaml").write_text("title: Beta\nstatus: ended\n")

    result = load_knowledge(root, cache, previous=first)

    assert result.snapshot is not None
    alpha, beta = result.snapshot.by_id["alpha"], result.snapshot.by_id["beta"]
    assert alpha is first.by_id["alpha"]
    assert beta is not first.by_id["beta"]
    assert beta.status is Status.ENDED
    assert result.changes is not None
    assert result.changes.changed == ("beta",)


def test_a_show_that_becomes_popular_gets_its_initials_at_the_next_full_load(
    knowledge: MakeBase,
) -> None:
    walter_boys = "title: My Life with the Walter Boys\nstatus: airing\npopularity: {}\n"
    root = knowledge(
        {"walter.yaml": walter_boys.format(50), "dark.yaml": "title: Dark\nstatus: ended\n"}
    )
    cache = FileCache()
    before = load_knowledge(root, cache).snapshot
    assert before is not None
    assert before.titles.rank(["mlwtwb"]) == []  # nobody abbreviates a little-known title

    (root / "walter.yaml").write_text(walter_boys.format(90))
    reloaded = load_knowledge(root, cache, previous=before).snapshot
    restarted = load_knowledge(root).snapshot

    assert reloaded is not None
    assert reloaded.titles is not before.titles  # new popularity, the same name structures
    assert restarted is not None
    assert [s.name for s in restarted.titles.rank(["mlwtwb"])] == ["mlwtwb"]


def test_a_rewritten_import_reads_only_its_changed_lines_and_loads_as_from_scratch(
    knowledge: MakeBase,
) -> None:
    shows = [{"title": title, "status": "airing"} for title in ("Alpha", "Beta", "Gamma")]

    def written() -> str:
        return '{"shows": [\n' + ",\n".join(json.dumps(show) for show in shows) + "\n]}\n"

    root = knowledge({"imported.yaml": written()})
    cache = FileCache()
    first = load_knowledge(root, cache).snapshot
    assert first is not None
    shows[1]["status"] = "ended"
    (root / "imported.yaml").write_text(written())  # a fresh import: every line written again

    result = load_knowledge(root, cache, previous=first)

    assert result.snapshot is not None
    assert result.changes is not None
    assert result.changes.changed == ("beta",)
    assert result.snapshot.by_id["alpha"] is first.by_id["alpha"]
    assert result.snapshot.by_id["gamma"] is first.by_id["gamma"]
    fresh = load_knowledge(root).snapshot
    assert fresh is not None
    assert result.snapshot.shows == fresh.shows
