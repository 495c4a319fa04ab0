"""`showbot init` and `showbot import` from the command line (bot.commands), and the layered
base they make together: the admin's own entry is the one answered from."""

from __future__ import annotations

import csv
from pathlib import Path

import pytest

from bot.cli import main
from bot.commandline import EXIT_OK, EXIT_USAGE


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
