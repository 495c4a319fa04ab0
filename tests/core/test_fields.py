"""The table of the knowledge format (bot.core.fields): the README documents exactly its fields,
with their types and limits, and the models hold exactly its fields."""

from __future__ import annotations

import dataclasses
import json
import re
from pathlib import Path

import pytest
import yaml

from bot.core import fields, limits
from bot.core.fields import Field, Kind
from bot.core.models import Credit, Season, Show, Source, Work
from bot.core.schema import read_shows

README = Path(__file__).resolve().parents[2] / "knowledge" / "README.md"
_TABLE = re.compile(r"^<!-- fields: (\w+) -->\n\| field .*\n\|---.*\n((?:\|.*\n)+)", re.MULTILINE)
_ROW = re.compile(r"^\| `(\w+)` \| ([^|]+) \| (\*\*yes\*\*|no) \| [^|]+ \|$")


def documented() -> dict[str, list[tuple[str, str, bool]]]:
    """The README's field tables: entry -> (field, type, required) in order."""
    tables = {}
    for entry, rows in _TABLE.findall(README.read_text(encoding="utf-8")):
        parsed = []
        for row in rows.splitlines():
            match = _ROW.match(row)
            assert match is not None, f"a row of the {entry} table is not `field | type | ...`"
            name, kind, required = match.groups()
            parsed.append((name, kind, required == "**yes**"))
        tables[entry] = parsed
    return tables


def tabled(entry: tuple[Field, ...]) -> list[tuple[str, str, bool]]:
    return [(field.name, field.described(), field.required) for field in entry]


def test_the_readme_documents_every_kind_of_entry_and_no_other() -> None:
    assert documented().keys() == fields.ENTRIES.keys()


@pytest.mark.parametrize("entry", fields.ENTRIES)
def test_the_readme_gives_every_field_with_its_type_and_limits(entry: str) -> None:
    assert documented()[entry] == tabled(fields.ENTRIES[entry])


def test_a_fields_limits_are_those_admins_read_in_the_limits_table() -> None:
    show = dict(zip(fields.names(fields.SHOW), fields.SHOW, strict=True))

    assert show["title"].longest == limits.MAX_NAME_LENGTH
    assert show["summary"].longest == limits.MAX_TEXT_LENGTH
    assert show["cast"].most == limits.MAX_CAST
    assert show["seasons"].most == limits.MAX_SEASONS
    assert show["runtime"].highest == limits.MAX_RUNTIME
    assert fields.SEASON[0].highest == limits.MAX_SEASON_NUMBER
    assert show["network"].described() == "text (up to 200 characters)"
    assert show["episodes"].described() == "whole number 0-100,000"


@pytest.mark.parametrize(
    ("entry", "model", "unlisted"),
    [
        (fields.SHOW, Show, {"origin"}),
        (fields.SEASON, Season, set()),
        (fields.CREDIT, Credit, set()),
        (fields.COMPANY, Credit, {"role"}),
        (fields.WORK, Work, set()),
        (fields.SOURCE, Source, set()),
    ],
)
def test_every_field_of_the_table_is_a_field_of_its_model(
    entry: tuple[Field, ...], model: type, unlisted: set[str]
) -> None:
    model_fields = {f.name for f in dataclasses.fields(model)}

    assert set(fields.names(entry)) == model_fields - unlisted


def test_every_compound_field_names_the_fields_of_its_entries() -> None:
    compound = (Kind.SEASONS, Kind.CREDITS, Kind.WORKS, Kind.SOURCES)
    for entry in fields.ENTRIES.values():
        for field in entry:
            assert bool(field.entries) == (field.kind in compound), field.name


def past_limits(field: Field) -> list[tuple[object, int]]:
    """Values of `field` just past each of its limits in the table, with the limit."""
    longest, most = field.longest, field.most
    if field.kind in (Kind.TEXT, Kind.ID):
        return [("x" * (longest + 1), longest)]
    if field.kind is Kind.TEXTS:
        return [(["x" * (longest + 1)], longest), ([f"x{n}" for n in range(most + 1)], most)]
    if field.kind in (Kind.WHOLE, Kind.NUMBER):
        return [(field.lowest - 1, field.lowest), (field.highest + 1, field.highest)]
    if field.kind is Kind.RECEPTION:
        return [
            ({f"site{n}": 1 for n in range(most + 1)}, most),
            ({"s": "9" * (longest + 1)}, longest),
        ]
    if field.kind in (Kind.SEASONS, Kind.CREDITS, Kind.SOURCES):
        return [([{}] * (most + 1), most)]
    return []


LIMITED = [
    pytest.param(field.name, value, limit, id=f"{field.name}-{limit}")
    for field in fields.SHOW
    for value, limit in past_limits(field)
]


def flow(show: dict[str, object]) -> str:
    return '{"shows": [\n' + json.dumps(show) + "\n]}\n"


@pytest.mark.parametrize(("name", "value", "limit"), LIMITED)
def test_both_readers_refuse_a_value_past_a_limit_of_the_table(
    name: str, value: object, limit: int
) -> None:
    show = {"title": "Dark", "status": "ended", name: value}
    imported = read_shows(flow(show), "shows/x.yaml")
    block = read_shows(yaml.safe_dump(show), "shows/x.yaml")

    assert imported.shows == block.shows == ()
    assert [(p.field, p.message) for p in imported.problems] == [
        (p.field, p.message) for p in block.problems
    ]
    (problem,) = imported.problems
    assert problem.field.startswith(name)
    assert str(limit) in problem.message.replace(",", "")
