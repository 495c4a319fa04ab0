"""`showbot init DIR` copies the bundled base into a folder the admin owns (bot.starter)."""

from __future__ import annotations

from pathlib import Path

import pytest

from bot.commandline import CommandError
from bot.core.knowledge import load_knowledge
from bot.starter import init_base


def test_the_copy_holds_every_bundled_show_and_the_format_reference(
    bundled_dir: Path, tmp_path: Path
) -> None:
    written = init_base(tmp_path / "kb", bundled_dir)

    assert (tmp_path / "kb" / "README.md").read_text() == (bundled_dir / "README.md").read_text()
    copied = load_knowledge(tmp_path / "kb").snapshot
    bundled = load_knowledge(bundled_dir).snapshot
    assert copied is not None
    assert bundled is not None
    assert copied.shows == bundled.shows
    assert all(path.is_relative_to(tmp_path / "kb") for path in written)


def test_an_empty_folder_may_be_used(bundled_dir: Path, tmp_path: Path) -> None:
    (tmp_path / "kb").mkdir()

    assert init_base(tmp_path / "kb", bundled_dir)


def test_a_folder_with_files_is_never_overwritten(bundled_dir: Path, tmp_path: Path) -> None:
    (tmp_path / "kb").mkdir()
    (tmp_path / "kb" / "mine.yaml").write_text("title: Mine\nstatus: ended\n")

    with pytest.raises(CommandError, match="not empty"):
        init_base(tmp_path / "kb", bundled_dir)

    assert [p.name for p in (tmp_path / "kb").iterdir()] == ["mine.yaml"]


def test_a_file_in_the_way_is_a_clear_error(bundled_dir: Path, tmp_path: Path) -> None:
    (tmp_path / "kb").write_text("notes")

    with pytest.raises(CommandError, match="not a folder"):
        init_base(tmp_path / "kb", bundled_dir)


def test_only_knowledge_files_and_docs_are_copied(tmp_path: Path) -> None:
    bundled = tmp_path / "bundled"
    (bundled / "__pycache__").mkdir(parents=True)
    (bundled / "__pycache__" / "x.pyc").write_bytes(b"\0")
    (bundled / ".hidden.yaml").write_text("title: Hidden\nstatus: ended\n")
    (bundled / "dark.yaml").write_text("title: Dark\nstatus: ended\n")

    written = init_base(tmp_path / "kb", bundled)

    assert [p.name for p in written] == ["dark.yaml"]
