"""The title index built by a forked child while this process reads the files
(bot.core.indexworker)."""

from __future__ import annotations

import json
import logging
import os
import select
import signal
import time
from collections.abc import Callable, Iterator
from pathlib import Path

import pytest

import bot.core.indexworker as worker
from bot.core.engine import Engine
from bot.core.indexworker import IndexHelper, entry_of, quick_entries
from bot.core.knowledge import FileCache, build_snapshot, knowledge_files, load_knowledge
from bot.core.matching import Entry, NameIndex
from bot.core.text import fold_many

pytestmark = pytest.mark.skipif(not hasattr(os, "fork"), reason="no fork on this platform")

CURATED = """\
id: the-imperfects
title: The Imperfects
aliases: [Imperfects]
network: Netflix
premiered: 2022-09-08
status: canceled
popularity: 40
"""


def _imported(number: int) -> dict[str, object]:
    show: dict[str, object] = {
        "id": f"show-{number}",
        "title": f" Show Number {number} ",
        "status": "undecided",
        "popularity": number % 7,
    }
    if number % 3 == 0:
        show["aliases"] = [f"SN{number}", f"  The {number} Show "]
    if number % 4 == 0:
        show["network"] = "HBO" if number % 8 else 1899
    if number % 5 == 0:
        show["premiered"] = [2019, "2020-05", "2021-02-03", "2022"][number % 4]
    return show


@pytest.fixture
def base(tmp_path: Path) -> Path:
    """An imported shard in JSON style beside a hand-written YAML file."""
    root = tmp_path / "kb"
    root.mkdir()
    shows = [_imported(n) for n in range(1, 400)]
    (root / "shows-0001.yaml").write_text(json.dumps({"shows": shows}, indent=0))
    (root / "the-imperfects.yaml").write_text(CURATED)
    return root


@pytest.fixture
def always_fork(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(worker, "MIN_BYTES", 0)


@pytest.fixture
def child_indexes(monkeypatch: pytest.MonkeyPatch) -> list[NameIndex]:
    """Every index a child delivered (and this process used)."""
    delivered: list[NameIndex] = []
    real = worker.TitleIndexJob.result

    def recorded(self: worker.TitleIndexJob, *args: object, **kwargs: object) -> object:
        index = real(self, *args, **kwargs)  # type: ignore[arg-type]
        if index is not None:
            delivered.append(index)
        return index

    monkeypatch.setattr(worker.TitleIndexJob, "result", recorded)
    return delivered


def _same_index(one: NameIndex, other: NameIndex) -> bool:
    parts, others = vars(one), vars(other)
    if parts.keys() != others.keys():
        return False
    return all(
        bytes(value._table) == bytes(others[name]._table)
        if name == "_deletions"
        else value == others[name]
        for name, value in parts.items()
    )


def test_the_child_builds_the_index_this_process_would(
    base: Path,
    always_fork: None,
    child_indexes: list[NameIndex],
    caplog: pytest.LogCaptureFixture,
) -> None:
    caplog.set_level(logging.INFO, logger="bot.core.indexworker")

    snapshot = load_knowledge(base).snapshot

    assert snapshot is not None
    assert child_indexes == [snapshot.titles]
    assert "built here instead" not in caplog.text
    assert "typo table built again" not in caplog.text
    here = build_snapshot(base, snapshot.shows)
    assert _same_index(snapshot.titles, here.titles)
    best = snapshot.titles.rank(["imperfects"])[0]
    assert snapshot.shows[best.owner].id == "the-imperfects"


def test_the_quick_read_sees_every_show_as_the_checker_does(base: Path) -> None:
    snapshot = load_knowledge(base).snapshot
    assert snapshot is not None

    assert quick_entries(knowledge_files(base)) == [
        tuple(entry_of(show)) for show in snapshot.shows
    ]


def _folded(entries: list[Entry]) -> list[str]:
    return fold_many([name for entry in entries for name in entry.names])


@pytest.fixture
def start_helper() -> Iterator[Callable[[], IndexHelper]]:
    """Start helpers that are closed when the test ends."""
    started: list[IndexHelper] = []

    def start() -> IndexHelper:
        helper = IndexHelper.start()
        assert helper is not None
        started.append(helper)
        return helper

    yield start
    for helper in started:
        helper.close()


def test_an_index_of_other_names_is_not_used(
    base: Path,
    always_fork: None,
    caplog: pytest.LogCaptureFixture,
    start_helper: Callable[[], IndexHelper],
) -> None:
    caplog.set_level(logging.INFO, logger="bot.core.indexworker")
    snapshot = load_knowledge(base).snapshot
    assert snapshot is not None
    entries = [entry_of(show) for show in snapshot.shows]
    entries[7] = entries[7]._replace(popularity=99.0)  # the file changed between the reads
    job = start_helper().job(knowledge_files(base))
    assert job is not None

    assert job.result(entries, _folded(entries)) is None
    assert "the child read other names" in caplog.text


def test_a_child_that_fails_leaves_the_index_to_this_process(
    base: Path,
    always_fork: None,
    monkeypatch: pytest.MonkeyPatch,
    caplog: pytest.LogCaptureFixture,
) -> None:
    caplog.set_level(logging.INFO, logger="bot.core.indexworker")

    def broken(files: object) -> list[object]:
        raise OSError("disk gone")

    monkeypatch.setattr(worker, "quick_entries", broken)

    snapshot = load_knowledge(base).snapshot

    assert snapshot is not None
    assert "stopped before sending the whole index" in caplog.text
    assert snapshot.shows[snapshot.titles.rank(["imperfects"])[0].owner].id == "the-imperfects"


def test_a_child_that_takes_too_long_is_given_up_and_the_helper_serves_on(
    base: Path,
    always_fork: None,
    monkeypatch: pytest.MonkeyPatch,
    caplog: pytest.LogCaptureFixture,
    start_helper: Callable[[], IndexHelper],
) -> None:
    real = worker.quick_entries

    def slow(files: list[Path]) -> list[object]:
        time.sleep(3)
        return real(files)  # type: ignore[return-value]

    monkeypatch.setattr(worker, "quick_entries", slow)
    helper = start_helper()  # its children read slowly
    monkeypatch.setattr(worker, "quick_entries", real)
    files = knowledge_files(base)
    slow = helper.job(files)
    assert slow is not None

    with caplog.at_level(logging.INFO, logger="bot.core.indexworker"):
        assert slow.result([], [], timeout=0.2) is None
    assert "the child took too long" in caplog.text

    snapshot = load_knowledge(base).snapshot
    assert snapshot is not None
    entries = [entry_of(show) for show in snapshot.shows]
    late = helper.job(files)
    assert late is not None
    assert late.result(entries, _folded(entries), timeout=30) is not None
    helper.close()


def test_small_loads_are_indexed_without_a_child(base: Path) -> None:
    assert FileCache().title_index_job(knowledge_files(base)) is None


def test_a_reload_that_reads_enough_again_is_indexed_by_a_child(
    base: Path,
    always_fork: None,
    monkeypatch: pytest.MonkeyPatch,
    child_indexes: list[NameIndex],
) -> None:
    engine = Engine.from_directory(base)
    jobs: list[object] = []
    real_job = IndexHelper.job

    def counted(self: IndexHelper, files: list[Path]) -> object:
        jobs.append(files)
        return real_job(self, files)

    monkeypatch.setattr(IndexHelper, "job", counted)
    shard = base / "shows-0001.yaml"
    shard.write_text(shard.read_text().replace("Show Number 12 ", "Twelve Monkeys Revisited"))

    report = engine.reload()

    assert len(jobs) == 1
    assert child_indexes[-1] is engine.snapshot.titles
    assert report.ok
    assert report.changed == ("show-12",)
    found = engine.ask("is twelve monkeys revisited renewed")
    assert found.show is not None
    assert found.show.id == "show-12"
    assert engine.ask("is show number 13 renewed").show is not None


def test_a_garbled_index_from_the_child_is_not_used(
    base: Path, always_fork: None, monkeypatch: pytest.MonkeyPatch
) -> None:
    def garbled(cls: type[NameIndex], pieces: object) -> NameIndex:
        raise ValueError("unpickling stack underflow")

    monkeypatch.setattr(NameIndex, "from_pieces", classmethod(garbled))

    snapshot = load_knowledge(base).snapshot

    assert snapshot is not None
    assert snapshot.shows[snapshot.titles.rank(["imperfects"])[0].owner].id == "the-imperfects"


def test_a_helper_that_died_leaves_the_index_to_this_process(
    base: Path, caplog: pytest.LogCaptureFixture, start_helper: Callable[[], IndexHelper]
) -> None:
    helper = start_helper()
    os.kill(helper.pid, signal.SIGKILL)
    os.waitpid(helper.pid, 0)

    assert helper.job(knowledge_files(base)) is None
    assert "the title index helper is gone" in caplog.text


def test_a_typo_table_for_other_words_is_built_again(
    base: Path, always_fork: None, monkeypatch: pytest.MonkeyPatch, caplog: pytest.LogCaptureFixture
) -> None:
    caplog.set_level(logging.INFO, logger="bot.core.indexworker")
    monkeypatch.setattr(worker, "title_vocabulary", lambda folded: ["not", "these", "words"])

    snapshot = load_knowledge(base).snapshot

    assert snapshot is not None
    assert "typo table built again" in caplog.text
    assert _same_index(snapshot.titles, build_snapshot(base, snapshot.shows).titles)
    best = snapshot.titles.rank(["imperfcts"])[0]  # a typo
    assert snapshot.shows[best.owner].id == "the-imperfects"


def test_a_helper_holds_none_of_this_process_s_descriptors(
    start_helper: Callable[[], IndexHelper],
) -> None:
    read_end, write_end = os.pipe()  # a socket or a job's pipe, open when the helper starts
    start_helper()
    os.close(write_end)

    waiting = select.poll()
    waiting.register(read_end, select.POLLIN)
    assert waiting.poll(2000)  # the end of the pipe is seen at once: no copy in the helper
    assert os.read(read_end, 1) == b""
    os.close(read_end)


def test_a_given_up_child_stops_once_it_finds_nobody_reading(
    base: Path,
    always_fork: None,
    start_helper: Callable[[], IndexHelper],
) -> None:
    helper = start_helper()
    job = helper.job(knowledge_files(base))
    assert job is not None
    job.cancel()

    time.sleep(1.0)  # ample for a 400-show base
    children = Path(f"/proc/{helper.pid}/task/{helper.pid}/children")
    if not children.exists():
        pytest.skip("no /proc children list here")
    assert children.read_text().split() == []
