"""Remapping the fan set's labels after an importer change merged two shows."""

from __future__ import annotations

import pytest

from scripts.remap_fan_ids import label_ids, remap, rewrite

TOP = {"title": "TVMaze top shows", "url": "https://www.kaggle.com/x"}
SERIES = {"title": "TVMaze series", "url": "https://www.tvmaze.com/shows/488"}
OLD = {
    "naruto-shippuden": {"id": "naruto-shippuden", "title": "Naruto: Shippūden", "sources": [TOP]},
    "naruto-shippuuden": {
        "id": "naruto-shippuuden",
        "title": "Naruto: Shippuuden",
        "ids": {"tvmaze": "488"},
        "sources": [SERIES],
    },
}
NEW = {
    "naruto-shippuden": {
        "id": "naruto-shippuden",
        "title": "Naruto: Shippūden",
        "aliases": ["Naruto: Shippuuden"],
        "ids": {"tvmaze": "488"},
        "sources": [TOP, SERIES],
    }
}


def test_a_label_of_a_merged_show_points_at_the_show_that_holds_it() -> None:
    labels = ["naruto-shippuuden", "naruto-shippuden", "the-office-nbc-2005"]

    assert remap(labels, OLD, NEW) == {"naruto-shippuuden": "naruto-shippuden"}


def test_a_label_no_show_holds_is_reported() -> None:
    with pytest.raises(LookupError, match="naruto-shippuuden: 0 shows hold it"):
        remap(["naruto-shippuuden"], OLD, {"naruto-shippuden": OLD["naruto-shippuden"]})


def test_only_the_ids_of_show_and_also_are_rewritten_and_listed_once() -> None:
    line = (
        '- {q: "is naruto-shippuuden, show: naruto-shippuuden, good", '
        'show: ["naruto-shippuden", "naruto-shippuuden"], also: [naruto-shippuuden], '
        'fact: ["naruto-shippuuden"]}\n'
    )
    mapping = {"naruto-shippuuden": "naruto-shippuden"}

    assert rewrite(line, mapping) == (
        '- {q: "is naruto-shippuuden, show: naruto-shippuuden, good", '
        'show: ["naruto-shippuden"], also: [naruto-shippuden], fact: ["naruto-shippuuden"]}\n'
    )
    assert label_ids(line) == ["naruto-shippuden", "naruto-shippuuden", "naruto-shippuuden"]
