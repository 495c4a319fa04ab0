"""Title normalisation, slugs and unique ids for imported shows.

Real catalogues hold many shows with one title ("LEGO Masters" exists in ten countries), so an id
cannot just be the slug of the title. Same-slug shows get the network and premiere year they are
known by in their id and an alias (``LEGO Masters (Fox, 2020)``), which is also how a user would
tell them apart; a numeric suffix is the last resort when the data says nothing more.
"""

from __future__ import annotations

import re
import unicodedata
from collections import defaultdict
from collections.abc import Collection, Iterable

from .entry import Entry

__all__ = ["assign_ids", "normalize_title", "slugify", "spelling_variants"]

#: Latin letters that Unicode decomposition does not reduce to ASCII.
_FOLD = str.maketrans(
    {
        "ß": "ss",
        "æ": "ae",
        "Æ": "AE",
        "œ": "oe",
        "Œ": "OE",
        "ø": "o",
        "Ø": "O",
        "đ": "d",
        "Đ": "D",
        "ð": "d",
        "Ð": "D",
        "ł": "l",
        "Ł": "L",
        "þ": "th",
        "Þ": "TH",
        "ı": "i",
    }
)
_APOSTROPHES = re.compile(r"['’ʼ`´]")
_NOT_SLUG = re.compile(r"[^a-z0-9]+")
_NOT_WORD = re.compile(r"[\W_]+")
_MAX_SLUG = 56
"""Room for a "-network-year" qualifier within the 64-character id limit of the loader."""


def _fold(text: str) -> str:
    if text.isascii():  # most titles; decomposition would change nothing
        return text
    decomposed = unicodedata.normalize("NFKD", text.translate(_FOLD))
    return "".join(ch for ch in decomposed if not unicodedata.combining(ch))


def normalize_title(title: str) -> str:
    """The form two titles must share to be considered the same show.

    Case, accents, punctuation and ``&``/``and`` do not matter; letters of any script are kept, so
    two Cyrillic titles still compare properly.
    """
    text = _APOSTROPHES.sub("", _fold(title).casefold()).replace("&", " and ")
    return " ".join(_NOT_WORD.sub(" ", text).split())


_LONG_VOWEL = re.compile(r"([ou])\1+")
_MIN_RESPELT = 6
"""Shorter titles are not compared by spelling: "zoo"/"zou", "obi"/"oobi", "ot"/"out"."""


def spelling_key(key: str) -> str:
    """A normalised title spelt one way: long vowels short, as romanisations of Japanese
    differ ("shippuuden"/"shippuden" from "Shippūden", "toukyou"/"tokyo"), and British
    spelling American ("colours"/"colors", "civilisations"/"civilizations")."""
    return _LONG_VOWEL.sub(r"\1", key.replace("ou", "o")).replace("z", "s")


def spelling_variants(one: str, other: str) -> bool:
    """Whether two different normalised titles are spellings of one title (:func:`spelling_key`).

    Not translations ("Bom dia, Verônica"), and not titles one letter apart: in the real data
    those are mostly other shows ("Pride"/"Bride and Prejudice", "The Good Life"/"The Good
    Wife", "Happy Ending"/"Happy Endings", "Planet Earth II"/"III"). Whether two spellings
    name the same show is for the evidence to say (merge.py rule 6).
    """
    return (
        one != other
        and min(len(one), len(other)) >= _MIN_RESPELT
        and spelling_key(one) == spelling_key(other)
    )


def slugify(text: str) -> str:
    """Lowercase ASCII slug; empty when the text has no Latin letters or digits at all."""
    text = _APOSTROPHES.sub("", _fold(text).lower()).replace("&", " and ")
    slug = _NOT_SLUG.sub("-", text).strip("-")
    if len(slug) > _MAX_SLUG:
        slug = slug[:_MAX_SLUG].rsplit("-", 1)[0]
    return slug


def _qualifier(entry: Entry) -> str | None:
    """``Fox, 2020``: what tells this show apart from others of the same title."""
    parts = [entry.network, str(entry.year) if entry.year is not None else None]
    text = ", ".join(part for part in parts if part)
    return text or None


def _sort_key(entry: Entry) -> tuple[int, str, str, str]:
    year = entry.year
    return (year if year is not None else 9999, entry.network or "", entry.title, entry.order)


def assign_ids(entries: Iterable[Entry], reserved: Collection[str] = ()) -> None:
    """Give every entry a unique ``id`` (and a disambiguating ``label`` where needed).

    Deterministic: the result depends only on the entries' data, not on their order. ``reserved``
    holds ids already used by other files of the knowledge directory.
    """
    groups: dict[str, list[Entry]] = defaultdict(list)
    for entry in entries:
        groups[slugify(entry.title) or entry.fallback].append(entry)

    used = set(reserved)
    # Shows with a title of their own keep the plain slug; claim those first.
    for base, members in groups.items():
        if len(members) == 1 and base not in used:
            members[0].id, members[0].label = base, None
            used.add(base)

    for base in sorted(groups):
        members = groups[base]
        if len(members) == 1 and members[0].id == base:
            continue
        members.sort(key=_sort_key)
        qualifiers = [_qualifier(member) for member in members]
        shared = {q for q in qualifiers if q is not None and qualifiers.count(q) > 1}
        for member, qualifier in zip(members, qualifiers, strict=True):
            candidate = f"{base}-{slugify(qualifier)}" if qualifier else base
            member.id = _first_free(_fit(candidate.strip("-")), used)
            used.add(member.id)
            # An alias two shows share tells nobody anything; leave it out.
            member.label = (
                f"{member.title} ({qualifier})" if qualifier and qualifier not in shared else None
            )


def _fit(candidate: str, limit: int = 60) -> str:
    """Cut at a hyphen so that even with a "-N" suffix the id stays within 64 characters."""
    if len(candidate) <= limit:
        return candidate
    return candidate[: limit + 1].rsplit("-", 1)[0][:limit].strip("-")


def _first_free(candidate: str, used: Collection[str]) -> str:
    if candidate not in used:
        return candidate
    number = 2
    while f"{candidate}-{number}" in used:
        number += 1
    return f"{candidate}-{number}"
