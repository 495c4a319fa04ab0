"""A restart reads the base an earlier start stored, only while the files and the engine are
the same; anything else is a full load, never a crash or a wrong base (bot.core.startcache)."""

from __future__ import annotations

import json
import logging
import os
import shutil
import subprocess
import sys
import textwrap
from pathlib import Path

import pytest

from bot.core import knowledge, startcache
from bot.core.engine import Engine
from bot.core.fastjson import ShowLines
from bot.core.startcache import StartCache
from tests.conftest import TODAY

QUESTIONS = (
    "will there be a season 2 of the imperfects?",
    "what is the cast of the imperfects doing now?",
    "how many episodes does cobra kai have",
    "when does cobra kia season 6 come out",  # a typo: the deletion index
    "is one piece renewed",
    "cobra kai 6",
    "is my life with the walter boys over",
    "the imperfect",  # two shows by that title: which one?
    "who plays johnny lawrence",  # no show named: the character index
    "who plays tilda",
)
TYPED = ("", "the i", "cob", "one p", "my life w")

TWIN = """\
    id: imperfects-2099
    title: The Imperfects
    network: Example TV
    premiered: 2099-01-01
    status: in_development
    """
"""A second show called "The Imperfects": a warning, and two labelled shows."""


@pytest.fixture
def base(tmp_path: Path, bundled_dir: Path) -> Path:
    root = tmp_path / "knowledge"
    shutil.copytree(bundled_dir, root)
    (root / "twin.yaml").write_text(textwrap.dedent(TWIN), encoding="utf-8")
    return root


@pytest.fixture
def start_cache(tmp_path: Path) -> StartCache:
    return StartCache(tmp_path / "state" / "cache")


def start(root: Path, cache: StartCache | None) -> Engine:
    engine = Engine.from_directory(root, clock=lambda: TODAY, start_cache=cache)
    engine.wait_for_cleanup()
    return engine


def behaviour(engine: Engine) -> tuple[object, ...]:
    """What a user and an admin can see of a loaded base."""
    with engine.reading() as snapshot:
        return (
            snapshot.shows,
            [show.origin for show in snapshot.shows],
            snapshot.people,
            snapshot.characters,
            snapshot.warnings,
            snapshot.labelled,
            snapshot.files,
            [engine.ask(question) for question in QUESTIONS],
            [engine.autocomplete(typed) for typed in TYPED],
        )


def test_a_restart_reads_the_stored_base_and_answers_as_a_cold_load_does(
    base: Path, start_cache: StartCache, caplog: pytest.LogCaptureFixture
) -> None:
    cold = start(base, None)
    first = start(base, start_cache)
    assert start_cache.path_for(base).is_file()
    caplog.set_level(logging.INFO, logger="bot.core")
    restarted = start(base, start_cache)
    assert "(start cache)" in caplog.text
    assert behaviour(restarted) == behaviour(cold) == behaviour(first)
    assert restarted.snapshot.labelled == {"the-imperfects", "imperfects-2099"}
    assert restarted.snapshot.warnings


def test_the_stored_base_is_read_right_by_a_process_with_other_string_hashes(
    base: Path, start_cache: StartCache
) -> None:
    """`hash()` of a string differs from process to process: nothing stored may depend on it."""
    cold = start(base, start_cache)
    script = textwrap.dedent(
        f"""
        import json, logging, sys
        from pathlib import Path
        from bot.core import Engine, StartCache
        logging.basicConfig(level=logging.INFO, format="%(message)s")
        cache = StartCache(Path({str(start_cache.directory)!r}))
        engine = Engine.from_directory(Path({str(base)!r}), start_cache=cache)
        answers = [engine.ask(q).text for q in json.loads(sys.argv[1])]
        completions = [[s.id for s in engine.autocomplete(t)] for t in json.loads(sys.argv[2])]
        print(json.dumps([answers, completions]))
        """
    )
    env = {**os.environ, "PYTHONHASHSEED": "12345"}
    completed = subprocess.run(
        [sys.executable, "-c", script, json.dumps(QUESTIONS), json.dumps(TYPED)],
        capture_output=True,
        text=True,
        env=env,
        check=True,
        cwd=Path(__file__).parents[2],
    )
    answers, completions = json.loads(completed.stdout)
    assert "(start cache)" in completed.stderr
    assert answers == [cold.ask(q).text for q in QUESTIONS]
    assert completions == [[s.id for s in cold.autocomplete(t)] for t in TYPED]


def test_a_changed_file_means_a_full_load_of_the_new_content(
    base: Path, start_cache: StartCache, caplog: pytest.LogCaptureFixture
) -> None:
    start(base, start_cache)
    twin = base / "twin.yaml"
    twin.write_text(twin.read_text().replace("Example TV", "Other TV"), encoding="utf-8")
    caplog.set_level(logging.INFO, logger="bot.core")
    restarted = start(base, start_cache)
    assert "other files or code" in caplog.text
    assert restarted.snapshot.by_id["imperfects-2099"].network == "Other TV"
    assert behaviour(restarted) == behaviour(start(base, None))
    caplog.clear()
    assert start(base, start_cache).snapshot.by_id["imperfects-2099"].network == "Other TV"
    assert "(start cache)" in caplog.text  # the new content was stored in its turn


def test_a_new_or_removed_file_means_a_full_load(base: Path, start_cache: StartCache) -> None:
    start(base, start_cache)
    (base / "twin.yaml").unlink()
    assert "imperfects-2099" not in start(base, start_cache).snapshot.by_id
    (base / "twin.yaml").write_text(textwrap.dedent(TWIN), encoding="utf-8")
    assert "imperfects-2099" in start(base, start_cache).snapshot.by_id


def test_changed_engine_code_means_a_full_load(
    base: Path, start_cache: StartCache, monkeypatch: pytest.MonkeyPatch
) -> None:
    start(base, start_cache)
    reads = _count_reads(monkeypatch)
    start(base, start_cache)
    assert reads == []
    monkeypatch.setattr(startcache, "engine_digest", lambda: b"other folding rules")
    start(base, start_cache)
    assert len(reads) == len(knowledge.knowledge_files(base))


@pytest.mark.parametrize(
    "damage",
    [
        pytest.param(lambda data: data[: len(data) // 2], id="truncated"),
        pytest.param(lambda data: data[:-3], id="its-end-cut"),
        pytest.param(lambda data: b"", id="empty"),
        pytest.param(lambda data: data[:40] + b"\x00" * 200 + data[240:], id="overwritten"),
        pytest.param(lambda data: os.urandom(len(data)), id="noise"),
        pytest.param(lambda data: data + b"more", id="too-long"),
    ],
)
def test_a_damaged_cache_file_means_a_full_load_and_a_new_file(
    base: Path,
    start_cache: StartCache,
    caplog: pytest.LogCaptureFixture,
    damage: object,
) -> None:
    cold = start(base, start_cache)
    path = start_cache.path_for(base)
    path.write_bytes(damage(path.read_bytes()))  # type: ignore[operator]
    caplog.set_level(logging.INFO, logger="bot.core")
    restarted = start(base, start_cache)
    assert "cannot be used" in caplog.text
    assert behaviour(restarted) == behaviour(cold)
    caplog.clear()
    start(base, start_cache)
    assert "(start cache)" in caplog.text


def test_an_unwritable_cache_folder_warns_and_the_bot_works(
    base: Path, tmp_path: Path, caplog: pytest.LogCaptureFixture
) -> None:
    blocked = tmp_path / "state"
    blocked.write_text("a file where the folder should be")
    cache = StartCache(blocked / "cache")
    caplog.set_level(logging.INFO, logger="bot.core")
    engine = start(base, cache)
    assert "start cache not written" in caplog.text
    assert "SHOWBOT_START_CACHE=off" in caplog.text
    answer = engine.ask("will there be a season 2 of the imperfects on netflix?")
    assert answer.text.startswith("No")
    assert start(base, cache).show_count == engine.show_count


def test_the_first_reload_after_a_cached_start_reads_only_the_changed_file(
    base: Path, start_cache: StartCache, monkeypatch: pytest.MonkeyPatch
) -> None:
    start(base, start_cache)
    reads = _count_reads(monkeypatch)
    engine = start(base, start_cache)
    assert reads == []
    twin = base / "twin.yaml"
    twin.write_text(twin.read_text().replace("Example TV", "Other TV"), encoding="utf-8")
    report = engine.reload()
    assert report.ok
    assert report.changed == ("imperfects-2099",)
    assert reads == [str(twin)]
    assert engine.snapshot.by_id["imperfects-2099"].network == "Other TV"


IMPORTED = (
    "# Written by `showbot import`; the next import rewrites this file.\n"
    '{"shows": [\n'
    '{"id": "the-imperfects", "title": "The Imperfects", "ids": {"imdb": "tt14502728"}, '
    '"status": "unknown"},\n'
    '{"id": "lost", "title": "Lost", "status": "unknown"}\n'
    "]}\n"
)
"""An import holding a show a hand-written file replaces, and one it does not."""


def test_a_layered_base_is_stored_with_the_imported_entries_it_replaces_left_out(
    base: Path, start_cache: StartCache, monkeypatch: pytest.MonkeyPatch
) -> None:
    (base / "imported").mkdir()
    shard = base / "imported" / "shows-0001.yaml"
    shard.write_text(IMPORTED, encoding="utf-8")
    cold = start(base, None)
    start(base, start_cache)
    reads = _count_reads(monkeypatch)
    restarted = start(base, start_cache)

    assert reads == []
    assert behaviour(restarted) == behaviour(cold)
    assert [s.origin for s in restarted.snapshot.overridden] == [f"{shard}:3"]
    assert restarted.snapshot.by_id["the-imperfects"].status.value == "canceled"
    # the first reload after a cached start still knows the shard is an import
    (base / "twin.yaml").unlink()
    report = restarted.reload()
    assert report.ok
    assert restarted.snapshot.by_id["the-imperfects"].status.value == "canceled"
    assert "lost" in restarted.snapshot.by_id


def test_a_base_with_errors_is_not_stored(
    knowledge_dir_with_error: Path, start_cache: StartCache
) -> None:
    with pytest.raises(knowledge.KnowledgeError):
        start(knowledge_dir_with_error, start_cache)
    assert not start_cache.path_for(knowledge_dir_with_error).exists()


@pytest.fixture
def knowledge_dir_with_error(tmp_path: Path) -> Path:
    root = tmp_path / "broken"
    root.mkdir()
    (root / "bad.yaml").write_text("id: bad\ntitle: Bad\nstatus: sideways\n", encoding="utf-8")
    return root


def _count_reads(monkeypatch: pytest.MonkeyPatch) -> list[str]:
    """The files parsed from now on (a file the per-file cache knows is not parsed)."""
    reads: list[str] = []
    decode = knowledge._decode

    def counting(data: bytes, display: str, previous: ShowLines | None = None) -> object:
        reads.append(display)
        return decode(data, display, previous)

    monkeypatch.setattr(knowledge, "_decode", counting)
    return reads
