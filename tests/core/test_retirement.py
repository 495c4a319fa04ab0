"""Taking apart a snapshot that a reload replaced (bot.core.retirement)."""

from __future__ import annotations

from pathlib import Path

from bot.core.knowledge import load_knowledge
from bot.core.retirement import retire


def test_a_retired_snapshot_is_taken_apart(small_dir: Path) -> None:
    snapshot = load_knowledge(small_dir).snapshot
    assert snapshot is not None

    retire(snapshot)

    assert snapshot.titles is None
    assert snapshot.shows is None


def test_retiring_a_snapshot_leaves_whole_the_indexes_its_successor_reuses(
    small_dir: Path,
) -> None:
    beta = small_dir / "more" / "beta.yml"
    beta.write_text(beta.read_text().replace("popularity: 20", "popularity: 90"))  # its roles
    old = load_knowledge(small_dir).snapshot
    assert old is not None
    new = load_knowledge(small_dir, previous=old).snapshot
    assert new is not None
    assert new.titles is old.titles

    retire(old, keep=(new.titles, new.people_index, new.character_index))

    assert old.titles is None
    assert old.character_index is None
    assert new.titles.rank(["alpha", "station"])[0].owner == 0
    assert len(new.people_index) == len(new.people)
    assert len(new.character_index) == len(new.characters)
    assert new.character_index.named("pilot") == [0]
