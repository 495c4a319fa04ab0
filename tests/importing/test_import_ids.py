"""Ids: slugs of titles, and distinct ids and aliases for shows that share a title."""

from __future__ import annotations

import pytest

from bot.importing import run_import
from bot.importing.ids import normalize_title, slugify, spelling_variants


@pytest.mark.parametrize(
    ("title", "slug"),
    [
        ("Breaking Bad", "breaking-bad"),
        ("Hell's Kitchen", "hells-kitchen"),
        ("Law & Order: UK", "law-and-order-uk"),
        ("Iñaki's Café Señor", "inakis-cafe-senor"),
        ("Straße der Ærø", "strasse-der-aero"),
        ("Marcus Welby, M.D.", "marcus-welby-m-d"),
        ("Великолепный век", ""),
        ("Running Man 런닝맨", "running-man"),
    ],
)
def test_slugs_are_lowercase_ascii(title: str, slug: str) -> None:
    assert slugify(title) == slug


def test_titles_compare_without_case_accents_or_punctuation() -> None:
    assert normalize_title("The Office!") == normalize_title("the  office")
    assert normalize_title("Señor & Me") == normalize_title("Senor and me")
    assert normalize_title("Великолепный век") == "великолепныи век"


@pytest.mark.parametrize(
    ("one", "other", "variants"),
    [
        ("Naruto: Shippūden", "Naruto: Shippuuden", True),
        ("Oriento Kyūkō Satsujin Jiken", "Oriento Kyuukou Satsujin Jiken", True),
        ("True Colors", "True Colours", True),
        ("The Circle Brasil", "The Circle Brazil", True),
        ("Good Morning, Verônica", "Bom dia, Verônica", False),  # a translation
        ("Leyla and Mecnun", "Leyla ile Mecnun", False),
        ("Pride and Prejudice", "Bride and Prejudice", False),  # one letter, another show
        ("Happy Ending", "Happy Endings", False),
        ("Planet Earth II", "Planet Earth III", False),
        ("Zoo", "Zou", False),  # too short to tell
        ("Dark", "Dark", False),  # the same title: not a variant, for the title rules
    ],
)
def test_spelling_variants_are_romanisations_and_british_spellings(
    one: str, other: str, variants: bool
) -> None:
    assert spelling_variants(normalize_title(one), normalize_title(other)) is variants


LEGO = [
    {"Name": "LEGO Masters", "End Date": "2/5/2020", "Network": "FOX"},
    {"Name": "LEGO Masters", "End Date": "4/23/2017", "Network": "Channel 4"},
    {"Name": "LEGO Masters", "End Date": "", "Network": ""},
]


def test_same_title_shows_get_network_and_year_in_id_and_alias(top_csv, tmp_path, load_shows):
    run_import("tvmaze-top", top_csv(LEGO), tmp_path / "kb")

    shows = {show["id"]: show.get("aliases") for show in load_shows(tmp_path / "kb")}
    assert shows == {
        "lego-masters-channel-4-2017": ["LEGO Masters (Channel 4, 2017)"],
        "lego-masters-fox-2020": ["LEGO Masters (FOX, 2020)"],
        # Nothing is known to tell this one apart: it keeps the plain slug and no alias.
        "lego-masters": None,
    }


def test_still_colliding_ids_get_a_numeric_suffix_and_no_shared_alias(
    top_csv, tmp_path, load_shows
):
    rows = [
        {"Name": "Twins", "End Date": "3/1/2005", "Network": "WB"},
        {"Name": "Twins", "End Date": "9/1/2005", "Network": "WB"},
    ]

    run_import("tvmaze-top", top_csv(rows), tmp_path / "kb")

    shows = {show["id"]: show.get("aliases") for show in load_shows(tmp_path / "kb")}
    assert shows == {"twins-wb-2005": None, "twins-wb-2005-2": None}


def test_a_title_with_no_other_show_keeps_its_plain_slug(top_csv, tmp_path, load_shows):
    rows = [LEGO[0], {"Name": "Lost", "End Date": "9/22/2004", "Network": "ABC"}]

    run_import("tvmaze-top", top_csv(rows), tmp_path / "kb")

    assert sorted(show["id"] for show in load_shows(tmp_path / "kb")) == ["lego-masters", "lost"]


def test_ids_of_hand_written_files_are_not_taken(top_csv, tmp_path, load_shows):
    out = tmp_path / "kb"
    (out / "mine").mkdir(parents=True)
    (out / "mine" / "lost.yaml").write_text("id: lost\ntitle: Lost\nstatus: ended\n")
    rows = [{"Name": "Lost", "End Date": "9/22/2004", "Network": "ABC"}]

    run_import("tvmaze-top", top_csv(rows), out)

    (show,) = load_shows(out)
    assert show["id"] == "lost-abc-2004"
    assert show["aliases"] == ["Lost (ABC, 2004)"]
    assert (out / "mine" / "lost.yaml").read_text() == "id: lost\ntitle: Lost\nstatus: ended\n"


def test_ids_of_every_file_of_the_base_above_out_are_not_taken(top_csv, tmp_path, load_shows):
    base = tmp_path / "kb"
    (base / "shows").mkdir(parents=True)
    (base / "README.md").write_text("# The knowledge base format\n\nshowbot answers ...\n")
    (base / "shows" / "lost.yaml").write_text("id: lost\ntitle: Lost\nstatus: ended\n")
    rows = [{"Name": "Lost", "End Date": "9/22/2004", "Network": "ABC"}]

    run_import("tvmaze-top", top_csv(rows), base / "imported")

    (show,) = load_shows(base / "imported")
    assert show["id"] == "lost-abc-2004"
    assert (base / "shows" / "lost.yaml").read_text() == "id: lost\ntitle: Lost\nstatus: ended\n"


def test_folders_above_out_that_are_no_knowledge_base_are_not_read(top_csv, tmp_path, load_shows):
    (tmp_path / "lost.yaml").write_text("id: lost\ntitle: Lost\nstatus: ended\n")
    rows = [{"Name": "Lost", "End Date": "9/22/2004", "Network": "ABC"}]

    run_import("tvmaze-top", top_csv(rows), tmp_path / "imported")

    assert [show["id"] for show in load_shows(tmp_path / "imported")] == ["lost"]


def test_the_base_can_be_named(top_csv, tmp_path, load_shows):
    (tmp_path / "mine").mkdir()
    (tmp_path / "mine" / "lost.yaml").write_text("id: lost\ntitle: Lost\nstatus: ended\n")
    rows = [{"Name": "Lost", "End Date": "9/22/2004", "Network": "ABC"}]

    run_import("tvmaze-top", top_csv(rows), tmp_path / "imported", base=tmp_path)

    assert [show["id"] for show in load_shows(tmp_path / "imported")] == ["lost-abc-2004"]


def test_ids_do_not_depend_on_row_order(top_csv, tmp_path, load_shows):
    run_import("tvmaze-top", top_csv(LEGO, name="a.csv"), tmp_path / "a")
    run_import("tvmaze-top", top_csv(LEGO[::-1], name="b.csv"), tmp_path / "b")

    assert load_shows(tmp_path / "a") == load_shows(tmp_path / "b")
