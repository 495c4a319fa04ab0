"""`showbot import`: the live TVMaze source beside the CSV ones, and its clear usage errors."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest

from bot.cli import main as showbot
from tests.importing.tvmaze_api.fake_api import FakeTVMaze, show


@pytest.fixture
def api() -> Iterator[FakeTVMaze]:
    with FakeTVMaze() as fake:
        fake.add(show(1, "Under the Dome", "Ended", ended="2015-09-10"), show(2, "Evil"))
        yield fake


def test_import_tvmaze_api_builds_a_base_check_accepts_then_refreshes_it(
    api: FakeTVMaze, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    out = tmp_path / "kb" / "tvmaze"

    assert showbot(["import", "tvmaze-api", "--api-url", api.url, "--out", str(out)]) == 0
    first = capsys.readouterr()
    assert "tvmaze-api build: 1 index page(s), 1 show(s) fetched" in first.out
    assert "index pages: 1" in first.err
    assert "details: 1/1" in first.err
    assert showbot(["check", str(tmp_path / "kb")]) == 0
    assert "2 shows in 1 files, 0 errors" in capsys.readouterr().out

    api.requests.clear()
    assert showbot(["import", "tvmaze-api", "--api-url", api.url, "--out", str(out)]) == 0
    assert "tvmaze-api refresh: 0 show(s) fetched in 1 request(s)" in capsys.readouterr().out
    assert list(api.requests) == ["/updates/shows?since=day"]


def test_import_into_a_base_keeps_clear_of_the_ids_its_other_files_use(
    api: FakeTVMaze, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    kb = tmp_path / "kb"
    kb.mkdir()
    (kb / "evil.yaml").write_text("id: evil\ntitle: Evil\nstatus: renewed\n")
    monkeypatch.setenv("SHOWBOT_KNOWLEDGE", str(kb))

    assert showbot(["import", "tvmaze-api", "--api-url", api.url, "--out", str(kb / "tv")]) == 0
    assert showbot(["check", str(kb)]) == 0


def test_an_unreachable_api_is_one_clear_error_that_says_the_work_is_kept(
    api: FakeTVMaze, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    api.fail("/shows?page=0", "403")  # refused: not worth a retry
    code = showbot(["import", "tvmaze-api", "--api-url", api.url, "--out", str(tmp_path / "kb")])

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
    assert showbot(["import", *argv, "--out", str(tmp_path / "kb")]) == 2
    assert message in capsys.readouterr().err


def test_a_since_that_is_not_a_date_is_refused(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    with pytest.raises(SystemExit):
        showbot(["import", "tvmaze-api", "--since", "last week", "--out", str(tmp_path)])
    assert "'last week' is not a date like 2026-12-01" in capsys.readouterr().err
