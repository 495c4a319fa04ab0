"""The short names fans use for titles with a subtitle or a brand in front, derived from the
titles of the whole base.

- "Demon Slayer" for "Demon Slayer: Kimetsu no Yaiba": the part before a colon, when no other
  title starts with it.
- "Special Victims Unit" for "Law & Order: Special Victims Unit", "Fool Us" for "Penn & Teller:
  Fool Us": the part after the colon, when several titles share the part before it (a
  franchise).
- "Daredevil" for "Marvel's Daredevil", "Jack Ryan" for "Tom Clancy's Jack Ryan": the part after
  a possessive brand that at least `BRAND_TITLES` titles carry ("Grey's Anatomy" is no brand).

A short name that is some show's own title or alias is left to that show: "Friends" stays
Friends, not "Friends: The Reunion"; a common word alone ("USA" of "The Challenge: USA") and a
subtitle that several franchises use ("Where Are They Now?") name nothing. Everything else
about a short name (an everyday word needs a title's place in the sentence, popularity gates)
is judged as for any name.
"""

from __future__ import annotations

import re
from collections import defaultdict
from collections.abc import Sequence

from bot.core.questions.vocabulary import COMMON_WORDS, FUNCTION_WORDS
from bot.core.text import fold_many

BRAND_TITLES = 3
"""Titles a possessive must start for it to be a brand ("Marvel's", "Tom Clancy's")."""

_MARKS = re.compile(r"[:'\u2019]|\s[-\u2013\u2014]\s")
_SUBTITLE = re.compile(r"\s*:\s+|\s+[-\u2013\u2014]\s+")
_POSSESSIVE = re.compile(r"^((?:[^\W\d_][\w.&-]* ){0,2}[^\W\d_][\w.&-]*)['\u2019]s (\S.*)$")
_CONTRACTED = FUNCTION_WORDS | {"let"}
"""Words before "'s" that make a contraction, not a possessive: "Let's Dance", "It's Okay"."""
_NOT_A_NAME = re.compile(r"^(?:the )?(?:season|series|part|vol|volume|chapter|book)? ?\d*$")
"""Subtitles that number a part ("Part 2", "Season 1", "2") name nothing on their own."""


def short_names(titles: Sequence[str], taken: set[str]) -> list[tuple[str, ...]]:
    """For each title (as written), its short names, folded; `taken` holds every folded title
    and alias of the base, which no short name may be."""
    heads: defaultdict[str, set[str]] = defaultdict(set)
    brands: defaultdict[str, set[str]] = defaultdict(set)
    tails: defaultdict[str, set[str]] = defaultdict(set)
    splits = _splits(titles)
    for split in splits:
        if split is None:
            continue
        kind, head, tail, whole = split
        (heads if kind == ":" else brands)[head].add(whole)
        tails[tail].add(head)
    found: list[tuple[str, ...]] = []
    for split in splits:
        if split is None:
            found.append(())
            continue
        kind, head, tail, _ = split
        if kind == ":":
            name = head if len(heads[head]) == 1 else tail
        else:
            name = tail if len(brands[head]) >= BRAND_TITLES else ""
        useful = (
            name
            and (name == head or len(tails[tail]) == 1)  # not "Where Are They Now?", "Reunion"
            and not FUNCTION_WORDS.issuperset(name.split())
            and name not in taken
            and not _NOT_A_NAME.match(name)
            and (" " in name or name not in COMMON_WORDS)  # "USA" of "The Challenge: USA"
        )
        found.append((name,) if useful else ())
    return found


def _splits(titles: Sequence[str]) -> list[tuple[str, str, str, str] | None]:
    """Each title's (":" or "'s", folded head, folded tail, folded whole title), or None; the
    parts are folded together, which is many times faster than one by one."""
    raw: list[tuple[int, str, str, str]] = []
    for position, title in enumerate(titles):
        if _MARKS.search(title) is None:
            continue
        parts = _SUBTITLE.split(title, maxsplit=1)
        if len(parts) == 2:
            raw.append((position, ":", parts[0], parts[1]))
            continue
        match = _POSSESSIVE.match(title)
        if match is not None:
            raw.append((position, "'s", match.group(1), match.group(2)))
    folded = fold_many([part for _, _, head, tail in raw for part in (head, tail)])
    wholes = fold_many([titles[position] for position, _, _, _ in raw])
    splits: list[tuple[str, str, str, str] | None] = [None] * len(titles)
    for number, (position, kind, _, _) in enumerate(raw):
        head, tail = folded[2 * number], folded[2 * number + 1]
        if head and tail and not (kind == "'s" and head in _CONTRACTED):
            splits[position] = (kind, head, tail, wholes[number])
    return splits
