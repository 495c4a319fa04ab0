"""`showbot init` and `showbot import` from the command line (bot.commands): the layered base
they make together (the admin's own entry is the one answered from), and the live TVMaze source
beside the CSV ones, with its clear usage errors."""

from __future__ import annotations

import csv
from collections.abc import Iterator
from pathlib import Path

import pytest

from bot.cli import main
from bot.commandline import EXIT_OK, EXIT_USAGE
from tests.importing.tvmaze_api.fake_api import FakeTVMaze, show


@pytest.fixture(autouse=True)
def no_knowledge_env(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.delenv("SHOWBOT_KNOWLEDGE", raising=False)


def netflix_csv(path: Path) -> Path:
    """Two rows of the Netflix catalogue: one a bundled show holds, one it does not."""
    header = ["show_id", "type", "title", "director", "cast", "country", "date_added"]
    header += ["release_year", "rating", "duration", "listed_in", "description"]
    rows = [
        ["s1", "TV Show", "The Order", "", "Jake Manley", "", "18-Jun-20", "2020", "", "2 Seasons"],
        ["s2", "TV Show", "Dark", "", "Louis Hofmann", "", "1-Dec-17", "2020", "", "3 Seasons"],
    ]
    with path.open("w", encoding="utf-8", newline="") as handle:
        writer = csv.writer(handle)
        writer.writerow(header)
        writer.writerows([*row, "", ""] for row in rows)
    return path


def test_init_writes_a_base_and_says_how_to_point_the_bot_at_it(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    code = main(["init", str(tmp_path / "kb")])

    assert code == EXIT_OK
    out = capsys.readouterr().out
    assert f"SHOWBOT_KNOWLEDGE={tmp_path / 'kb'}" in out
    assert "showbot import" in out
    assert (tmp_path / "kb" / "shows" / "the-order.yaml").is_file()


def test_init_into_a_folder_with_files_is_a_usage_error(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    (tmp_path / "kb").mkdir()
    (tmp_path / "kb" / "notes.txt").write_text("mine")

    assert main(["init", str(tmp_path / "kb")]) == EXIT_USAGE
    assert "never overwrites" in capsys.readouterr().err


def test_a_hand_written_show_beats_the_imported_one_and_check_says_so(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    kb = tmp_path / "kb"
    main(["init", str(kb)])
    imported = kb / "imported"
    csv_file = str(netflix_csv(tmp_path / "n.csv"))
    assert main(["import", "netflix", csv_file, "--out", str(imported)]) == EXIT_OK
    assert main(["import", "netflix", csv_file, "--out", str(imported)]) == EXIT_OK
    order = (kb / "shows" / "the-order.yaml").read_text()
    capsys.readouterr()

    assert main(["check", str(kb)]) == EXIT_OK
    out = capsys.readouterr().out
    assert "the-order-netflix: overridden by the-order" in out
    assert out.endswith("1 imported entries overridden by hand-written ones\n")

    main(["ask", "--knowledge", str(kb), "is the order cancelled"])
    answer = capsys.readouterr().out
    assert answer.startswith("The Order\n")
    assert "canceled The Order on 2020-11-14" in answer  # the bundled file, not the catalogue
    main(["ask", "--knowledge", str(kb), "is dark renewed"])
    assert "I don't have a confirmed status for Dark" in capsys.readouterr().out
    assert (kb / "shows" / "the-order.yaml").read_text() == order  # untouched by re-importing


@pytest.fixture
def api() -> Iterator[FakeTVMaze]:
    with FakeTVMaze() as fake:
        fake.add(show(1, "Under the Dome", "Ended", ended="2015-09-10"), show(2, "Evil"))
        yield fake


def test_import_tvmaze_api_builds_a_base_check_accepts_then_refreshes_it(
    api: FakeTVMaze, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    out = tmp_path / "kb" / "tvmaze"

    assert main(["import", "tvmaze-api", "--api-url", api.url, "--out", str(out)]) == 0
    first = capsys.readouterr()
    assert "tvmaze-api build: 1 index page(s), 1 show(s) fetched" in first.out
    assert "index pages: 1" in first.err
    assert "details: 1/1" in first.err
    assert main(["check", str(tmp_path / "kb")]) == 0
    assert "2 shows in 1 files, 0 errors" in capsys.readouterr().out

    api.requests.clear()
    assert main(["import", "tvmaze-api", "--api-url", api.url, "--out", str(out)]) == 0
    assert "tvmaze-api refresh: 0 show(s) fetched in 1 request(s)" in capsys.readouterr().out
    assert list(api.requests) == ["/updates/shows?since=day"]


def test_import_into_a_base_keeps_clear_of_the_ids_its_other_files_use(
    api: FakeTVMaze, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    kb = tmp_path / "kb"
    kb.mkdir()
    (kb / "evil.yaml").write_text("id: evil\ntitle: Evil\nstatus: renewed\n")
    monkeypatch.setenv("SHOWBOT_KNOWLEDGE", str(kb))

    assert main(["import", "tvmaze-api", "--api-url", api.url, "--out", str(kb / "tv")]) == 0
    assert main(["check", str(kb)]) == 0


def test_an_unreachable_api_is_one_clear_error_that_says_the_work_is_kept(
    api: FakeTVMaze, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    api.fail("/shows?page=0", "403")  # refused: not worth a retry
    code = main(["import", "tvmaze-api", "--api-url", api.url, "--out", str(tmp_path / "kb")])

    err = capsys.readouterr().err
    assert code == 2
    assert "/shows?page=0: HTTP 403" in err
    assert "run the same command again to continue" in err


@pytest.mark.parametrize(
    ("argv", "message"),
    [
        (["tvmaze-api", "file.csv"], "tvmaze-api reads no file"),
        (["tvmaze-titles"], "tvmaze-titles reads a CSV file"),
        (["tvmaze-titles", "f.csv", "--since", "2026-01-01"], "are for tvmaze-api only"),
        (["tvmaze-api", "--api-url", "localhost:8080"], "is not an http(s) URL"),
        (["tvmaze-api", "--since", "2026-01-01"], "--since needs a finished build"),
    ],
)
def test_import_usage_mistakes_are_explained(
    argv: list[str], message: str, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    assert main(["import", *argv, "--out", str(tmp_path / "kb")]) == 2
    assert message in capsys.readouterr().err


def test_a_since_that_is_not_a_date_is_refused(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    with pytest.raises(SystemExit):
        main(["import", "tvmaze-api", "--since", "last week", "--out", str(tmp_path)])
    assert "'last week' is not a date like 2026-12-01" in capsys.readouterr().err
