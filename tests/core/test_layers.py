"""Hand-written shows replace the imported entries of the same show (bot.core.layers), and the
loader leaves those entries out of the base (bot.core.knowledge)."""

from __future__ import annotations

import json
import textwrap
from pathlib import Path

from bot.core.knowledge import load_knowledge
from bot.core.layers import IMPORT_HEADER, is_imported, overrides
from bot.core.models import PartialDate, Show, Status


def show(title: str, **facts: object) -> Show:
    values: dict[str, object] = {"id": title.lower().replace(" ", "-"), "status": Status.UNKNOWN}
    values.update(facts)
    return Show(title=title, **values)  # type: ignore[arg-type]


def test_a_shared_external_id_makes_two_entries_one_show() -> None:
    mine = show("Breaking Bad", ids="tvmaze:169")
    imported = show("Breaking Bad", id="breaking-bad-2", ids="tvmaze:169")

    (found,) = overrides([mine], [imported])

    assert (found.imported, found.by) == (imported, mine)
    assert found.reason == "same tvmaze id 169"


def test_imdb_ids_match_with_or_without_leading_zeros() -> None:
    mine = show("Lost", ids="imdb:tt0411008")
    imported = show("Lost", id="lost-2", ids="imdb:tt411008")

    assert [o.imported for o in overrides([mine], [imported])] == [imported]


def test_the_same_title_and_premiere_year_is_the_same_show() -> None:
    mine = show("The Office", premiered=PartialDate(2005, 3, 24), network="NBC")
    imported = show("the office", id="the-office-nbc", premiered=PartialDate(2005))

    (found,) = overrides([mine], [imported])

    assert found.reason == "same title and premiere year (2005)"


def test_an_import_without_a_premiere_matches_by_title_and_network() -> None:
    mine = show("Wu Assassins", network="Netflix", premiered=PartialDate(2019, 8, 8))
    imported = show("Wu Assassins", id="wu-assassins-netflix", network="Netflix")

    (found,) = overrides([mine], [imported])

    assert "same title and network" in found.reason


def test_twins_of_one_title_are_left_alone() -> None:
    mine = show("The Office", premiered=PartialDate(2005), network="NBC")
    other_year = show("The Office", id="the-office-bbc", premiered=PartialDate(2001))
    other_network = show("The Office", id="the-office-2", network="BBC Two")
    unknown = show("The Office", id="the-office-3")

    assert overrides([mine], [other_year, other_network, unknown]) == []


def test_different_ids_of_one_source_are_different_shows_whatever_the_title_and_year() -> None:
    mine = show("Lost", premiered=PartialDate(2004), ids="imdb:tt0411008")
    imported = show("Lost", id="lost-2", premiered=PartialDate(2004), ids="imdb:tt1")

    assert overrides([mine], [imported]) == []


def test_an_override_names_both_entries_where_they_are_and_why() -> None:
    mine = show("Dark", ids="tvmaze:17861", origin="kb/dark.yaml:1")
    imported = show("Dark", id="dark-2", ids="tvmaze:17861", origin="kb/i/s.yaml:7")

    (found,) = overrides([mine], [imported])

    assert str(found) == (
        "kb/i/s.yaml:7: dark-2: overridden by dark (kb/dark.yaml:1): same tvmaze id 17861"
    )


def test_a_file_is_imported_only_when_it_starts_with_the_importers_header() -> None:
    assert is_imported(f"{IMPORT_HEADER}; the next import rewrites this file.\n{{}}".encode())
    assert not is_imported(b"title: Dark\nstatus: ended\n")
    assert not is_imported(f"# my notes\n{IMPORT_HEADER}\n".encode())


# -- loading a layered directory ---------------------------------------------------------------


def imported_file(*shows: dict[str, object]) -> str:
    lines = ",\n".join(json.dumps(s) for s in shows)
    return f'{IMPORT_HEADER}; the next import rewrites this file.\n{{"shows": [\n{lines}\n]}}\n'


def layered_base(root: Path) -> Path:
    (root / "imported").mkdir(parents=True)
    (root / "imported" / "shows-0001.yaml").write_text(
        imported_file(
            {"id": "dark", "title": "Dark", "ids": {"tvmaze": 17861}, "status": "unknown"},
            {"id": "lost", "title": "Lost", "status": "unknown"},
        ),
        encoding="utf-8",
    )
    (root / "dark.yaml").write_text(
        textwrap.dedent(
            """\
            id: dark
            title: Dark
            ids: {tvmaze: 17861}
            network: Netflix
            status: ended
            """
        ),
        encoding="utf-8",
    )
    return root


def test_the_hand_written_entry_is_the_one_loaded_and_its_id_is_no_duplicate(
    tmp_path: Path,
) -> None:
    result = load_knowledge(layered_base(tmp_path))

    assert result.errors == ()
    assert result.snapshot is not None
    assert result.snapshot.by_id["dark"].status is Status.ENDED  # whole, from the hand-written
    assert result.snapshot.by_id["dark"].origin.endswith("dark.yaml:1")
    assert sorted(result.snapshot.by_id) == ["dark", "lost"]
    assert [(o.imported.id, o.by.id) for o in result.overrides] == [("dark", "dark")]
    assert [s.id for s in result.snapshot.overridden] == ["dark"]


def test_without_the_importers_header_two_entries_of_one_id_are_still_an_error(
    tmp_path: Path,
) -> None:
    root = layered_base(tmp_path)
    shard = root / "imported" / "shows-0001.yaml"
    shard.write_text(shard.read_text(encoding="utf-8").split("\n", 1)[1], encoding="utf-8")

    result = load_knowledge(root)

    assert result.snapshot is None
    assert [p.field for p in result.errors] == ["id"]
    assert result.overrides == ()


def test_twins_of_imports_are_no_warning_unless_the_admins_own_show_is_unlabelled(
    tmp_path: Path,
) -> None:
    root = layered_base(tmp_path)
    (root / "imported" / "shows-0002.yaml").write_text(
        imported_file(
            {"id": "lost-2", "title": "Lost", "status": "unknown"},  # twin of an import's Lost
            {"id": "dark-2", "title": "Dark", "network": "ZDF", "status": "unknown"},
            {"id": "fargo-2", "title": "Fargo", "status": "unknown"},
        ),
        encoding="utf-8",
    )
    (root / "fargo.yaml").write_text("id: fargo\ntitle: Fargo\nstatus: ended\n")

    result = load_knowledge(root)

    # Dark (Netflix) is told apart from Dark (ZDF); the admin's Fargo says nothing more
    (warning,) = result.warnings
    assert warning.file.endswith("fargo.yaml")  # where the admin can add the network or year
    assert "also names fargo-2" in warning.message


def test_a_hand_written_id_an_earlier_import_took_for_another_show_says_how_to_fix_it(
    tmp_path: Path,
) -> None:
    root = layered_base(tmp_path)
    (root / "lost.yaml").write_text("id: lost\ntitle: Lost\npremiered: 2021\nstatus: ended\n")

    result = load_knowledge(root)

    (error,) = result.errors
    assert error.file.endswith("lost.yaml")
    assert "import that folder again" in error.message


def test_an_admins_entry_without_a_premiere_matches_an_import_by_title_and_network() -> None:
    mine = show("The Office", network="NBC")
    imported = show(
        "The Office", id="the-office-nbc-2005", network="NBC", premiered=PartialDate(2005)
    )
    other = show(
        "The Office", id="the-office-bbc-two", network="BBC Two", premiered=PartialDate(2001)
    )

    assert [o.imported for o in overrides([mine], [imported, other])] == [imported]
