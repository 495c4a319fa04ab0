"""The characters of the base: who plays whom, found by the character's name alone.

A cast's `role` is free text written by importers and admins: several characters at once
("Alexander Grayson / Vlad Tepes / Dracula"), a nickname in quotes ("Enoch \\"Nucky\\"
Thompson"), a rank before the name ("Deputy Chief Brenda Leigh Johnson"), a note on how it was
played ("Tony Tony Chopper (voice and face capture)"), or a job rather than a character
("Host"). `role_names` splits such a text into the names fans use, and `characters_of` groups
every credit of the base by character, so that "who plays nucky thompson" can be answered with
no show named. The index over those names is built with the snapshot, like the people index.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass
from functools import cache
from importlib import resources

import yaml

from bot.core.compact import release
from bot.core.matching import Entry, NameIndex
from bot.core.models import Show
from bot.core.questions import FUNCTION_WORDS
from bot.core.results import POPULAR
from bot.core.text import fold_many

_DATA = resources.files("bot.core") / "data" / "characters.yaml"
_PARTS = re.compile(r"\s*[/;|]\s*")
"""Between the several characters one actor plays in one show."""
_QUOTED = re.compile(r"[\"“”]([^\"“”]*)[\"“”]|(?<!\w)['‘]([^'‘’]+)['’](?!\w)")
_BRACKETED = re.compile(r"\(([^)]*)\)?")
_SPACES = re.compile(r"\s+")
_MARKED = re.compile(r"[\"“”'‘’(]")
"""A nickname or a note in a role: only then is it taken apart."""


@dataclass(frozen=True, slots=True)
class Words:
    """The word lists of data/characters.yaml (folded)."""

    not_characters: frozenset[str]
    ranks: frozenset[str]
    credit_notes: frozenset[str]


@cache
def words() -> Words:
    """The data file, read once a process."""
    raw = yaml.load(_DATA.read_text(encoding="utf-8"), Loader=yaml.BaseLoader)
    return Words(*(frozenset(raw[key]) for key in ("not_characters", "ranks", "credit_notes")))


@dataclass(frozen=True, slots=True)
class Character:
    """One character of the base (one name, once folded), with every show that casts it."""

    name: str
    """The plain name as first written, without rank, nickname or note ("Enoch Thompson";
    "Nucky Thompson" is among `names`)."""
    names: tuple[str, ...]
    """Every name the character is indexed under, as written."""
    credits: tuple[tuple[str, str], ...]
    """(show id, actor) for every cast entry that plays it, in the base's order."""


def role_names(role: str) -> list[tuple[str, ...]]:
    """The characters a role text names, each as its names, the plain name first (no rank,
    nickname or note: what tells two characters apart): `Theodore "T-Bag" Bagwell` ->
    [("Theodore Bagwell", "Theodore T-Bag Bagwell", "T-Bag Bagwell", "T-Bag")]. Jobs ("Host",
    "Additional Voices") name no character."""
    return [names for part in _PARTS.split(role) if (names := _part_names(part))]


def _part_names(part: str) -> tuple[str, ...]:
    listed = words()
    if _MARKED.search(part) is None:  # most roles: a plain name, no nickname or note
        plain = full = _clean(part)
        nicknames: list[str] = []
    else:
        nicknames = [a or b for a, b in _QUOTED.findall(part)]
        for note in _BRACKETED.findall(part):
            if note.strip() and not listed.credit_notes.intersection(_rough(note).split()):
                nicknames.append(note)  # "Miss Wednesday (Nefertari Vivi)": another name
        plain = _clean(_BRACKETED.sub(" ", _QUOTED.sub(" ", part)))
        full = _clean(_BRACKETED.sub(" ", _QUOTED.sub(r" \1\2 ", part)))
    if not plain or _rough(plain) in listed.not_characters:
        return ()
    core = plain.split()
    ranks: list[str] = []
    while len(core) > 1 and core[0].lower().rstrip(".") in listed.ranks:
        ranks.append(core.pop(0))
    names = [" ".join(core), plain, full]
    if len(core) > 2:
        names.append(f"{core[0]} {core[-1]}")  # "Sheldon Cooper" for Sheldon Lee Cooper
    if ranks and len(core) > 1:
        names.append(f"{ranks[-1]} {core[-1]}")  # "Dr. House" for Dr. Gregory House
    for nickname in map(_clean, nicknames):
        if len(core) > 1:
            names.append(f"{nickname} {core[-1]}")  # "Nucky Thompson"
        names.append(nickname)
    kept: list[str] = []
    for name in names:
        rough = _rough(name)
        if len(rough) > 1 and rough not in FUNCTION_WORDS and name not in kept:
            kept.append(name)
    return tuple(kept)


def _rough(text: str) -> str:
    """Nearly `fold`, at a fraction of its cost, for the checks made on every role of the
    base: lower case, no dots, hyphens as spaces ("Co-Host" is "co host")."""
    return " ".join(text.casefold().replace(".", "").replace("-", " ").split())


def _clean(text: str) -> str:
    return _SPACES.sub(" ", text).strip(" ,-")


def characters_of(shows: Sequence[Show]) -> tuple[Character, ...]:
    """Every character the casts of popular shows name, once per folded name, with every show
    that casts it. Fans name a character without its show only when the show is popular
    (`POPULAR`): the others' roles would cost memory (some 10 MB at 100,000 shows) and risk
    a guess."""
    parts: list[tuple[str, str, tuple[str, ...]]] = []
    for show in shows:  # most shows credit no role: test before making anything
        if show.popularity < POPULAR:
            continue
        for credit in show.cast:
            if credit.role:
                parts.extend((show.id, credit.name, names) for names in role_names(credit.role))
    keys = fold_many([names[0] for _, _, names in parts])
    found: dict[str, tuple[str, list[str], list[tuple[str, str]]]] = {}
    for (show_id, actor, names), key in zip(parts, keys, strict=True):
        entry = found.get(key)
        if entry is None:
            found[key] = (names[0], list(names), [(show_id, actor)])
            continue
        entry[1].extend(name for name in names if name not in entry[1])
        if (show_id, actor) not in entry[2]:
            entry[2].append((show_id, actor))
    return tuple(
        Character(name=name, names=tuple(names), credits=tuple(credits))
        for name, names, credits in found.values()
    )


def character_index(
    characters: Sequence[Character], previous: tuple[Sequence[Character], NameIndex] | None
) -> NameIndex:
    """The name index of `characters`: the previous one when it was built from the very same
    names (a reload that changed no role), else a new one."""
    if previous is not None and _same_names(previous[0], characters):
        return previous[1]
    entries = [Entry(c.names) for c in characters]
    folded = fold_many([name for c in characters for name in c.names])
    index = NameIndex(entries, FUNCTION_WORDS, folded=folded, completion=False, short_forms=False)
    release(entries)
    return index


def _same_names(old: Sequence[Character], new: Sequence[Character]) -> bool:
    return len(old) == len(new) and all(
        before.names == after.names for before, after in zip(old, new, strict=True)
    )
