"""The short names fans use for titles with a subtitle or a brand in front, derived from the
titles of the whole base.

- "Demon Slayer" for "Demon Slayer: Kimetsu no Yaiba": the part before a colon, when no other
  title starts with it; so too a name of two words or more before a comma ("Dr. Quinn, Medicine
  Woman", "Gomer Pyle, U.S.M.C.").
- "Special Victims Unit" for "Law & Order: Special Victims Unit", "Fool Us" for "Penn & Teller:
  Fool Us": the part after the colon, when several titles share the part before it (a
  franchise); and the franchise's name for its far most popular title, if that is popular
  ("H2O" for "H2O: Just Add Water", not "H2O: Mermaid Adventures").
- "Daredevil" for "Marvel's Daredevil", "Jack Ryan" for "Tom Clancy's Jack Ryan": the part after
  a possessive brand that at least `BRAND_TITLES` titles carry ("Grey's Anatomy" is no brand),
  or written in capitals, as companies are ("Legends of Tomorrow" for "DC's Legends of
  Tomorrow").
- "House of Games" for "Richard Osman's House of Games", "Dragula" for "The Boulet Brothers'
  Dragula": the part after a person's or a group's possessive (a name of two words or more),
  when it names the show on its own: two telling words, or one that is no English word (not
  "Jay Leno's Garage").
- "Miss Fisher" for "Miss Fisher's Murder Mysteries", "Dr Horrible" for "Dr. Horrible's
  Sing-Along Blog": a popular show's hero, named with a rank (`ranks` in
  `bot/core/data/characters.yaml`) before a possessive; never a person's name alone ("Jay
  Leno's Garage": "jay leno" asks about the man).

A popular title with a subtitle is also known by the franchise's initials and the subtitle
("motu revelation", "sw rebels", "ahs coven"): `subtitle_forms`.

A short name that is some show's own title or alias is left to that show: "Friends" stays
Friends, not "Friends: The Reunion"; a common word alone ("USA" of "The Challenge: USA") and a
subtitle that several franchises use ("Where Are They Now?") name nothing. Everything else
about a short name (an everyday word needs a title's place in the sentence, popularity gates)
is judged as for any name.
"""

from __future__ import annotations

import functools
import re
from collections import Counter, defaultdict
from collections.abc import Sequence
from collections.abc import Set as AbstractSet
from importlib import resources

import yaml

from bot.core.names import acronyms
from bot.core.questions.vocabulary import COMMON_WORDS, COUNTRY_WORDS, ENGLISH_WORDS, FUNCTION_WORDS
from bot.core.results import POPULAR
from bot.core.text import ARTICLES, SMALL_WORDS, fold, fold_many

TELLING_LETTERS = 5
"""The shortest word of a title that fans use alone for it ("mindfreak")."""
BRAND_TITLES = 3
"""Titles a possessive must start for it to be a brand ("Marvel's", "Tom Clancy's")."""
OUTSHINES = 1.5
"""A title this many times as popular as every other title of its franchise has the
franchise's name, as copies of one title go to the far most popular
(`bot.core.resolving.DOMINANT`)."""

_MARKS = re.compile(r"[:,'\u2019]|\s[-\u2013\u2014]\s|\sthe (?:animation|series)$", re.IGNORECASE)
_NAMED_THEN = re.compile(r"^((?:[^\W\d_][\w.]* )+[^\W\d_]\w*),\s+(\S.*)$")
"""A name of two words or more, then a comma and what the show is: "Dr. Quinn, Medicine Woman",
"Harvey Birdman, Attorney at Law" (not "Love, Victor": one word is said, not a name; nor "Good
Luck, Charlie", everyday words: `_a_name`)."""
_SUBTITLE = re.compile(r"\s*:\s+|\s+[-\u2013\u2014]\s+")
_FORMAT = re.compile(r"\s+(?=the (?:animation|series)$)", re.IGNORECASE)
_POSSESSIVE = re.compile(
    r"^((?:[^\W\d_][\w.&-]* ){0,2}[^\W\d_][\w.&-]*)(?:['\u2019]s|(?<=s)['\u2019]) (\S.*)$"
)
"""A possessive that opens a title: "Marvel's Daredevil", "The Boulet Brothers' Dragula"."""
_CONTRACTED = FUNCTION_WORDS | {"let"}
"""Words before "'s" that make a contraction, not a possessive: "Let's Dance", "It's Okay"."""
_CAPITALS = re.compile(r"^(?:[A-Z]\.?){2,5}$")
"""A possessive written in capitals is a company's, a brand however few titles carry it:
"DC's", "NASA's", "L.A.'s"."""
_COMPANY = "'S"
"""The kind of split of a title after a company's possessive (beside ":" and "'s")."""
_CHARACTERS = resources.files("bot.core") / "data" / "characters.yaml"
"""The character index's data file, whose `ranks` ("miss", "dr") name a show's hero."""
_NOT_A_NAME = re.compile(r"^(?:the )?(?:season|series|part|vol|volume|chapter|book)? ?\d*$")
"""Subtitles that number a part ("Part 2", "Season 1", "2") name nothing on their own."""


def short_names(
    titles: Sequence[str],
    taken: set[str],
    popularity: Sequence[float] | None = None,
    folded: Sequence[str] | None = None,
) -> list[tuple[str, ...]]:
    """For each title (as written), its short names, folded; `taken` holds every folded title
    and alias of the base, which no short name may be. With `popularity` and `folded` (each
    title's, and each title folded) the far most popular title of a franchise has the
    franchise's name."""
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
    leaders = _leaders(splits, popularity, folded) if popularity and folded else {}
    found: list[tuple[str, ...]] = []
    for position, split in enumerate(splits):
        if split is None:
            found.append(())
            continue
        kind, head, tail, _ = split
        if kind == ":":
            name = head if len(heads[head]) == 1 else tail
        else:
            branded = kind == _COMPANY or (
                len(brands[head]) >= BRAND_TITLES and not _everyday_head(head)
            )
            owned = " " in head and not _a_hero(head) and _distinctive(tail)
            name = tail if branded or owned else ""
        named = [name]
        if name != head and (
            leaders.get(head) == position
            or (
                kind == "'s"
                and popularity is not None
                and popularity[position] >= POPULAR
                and _a_hero(head)
                and len(brands[head]) == 1
            )
        ):
            named.append(head)
        found.append(
            tuple(
                name
                for name in named
                if name
                and (name == head or len(tails[tail]) == 1)  # not "Where Are They Now?"
                and not FUNCTION_WORDS.issuperset(name.split())
                and name not in taken
                and not _NOT_A_NAME.match(name)
                and (" " in name or name not in COMMON_WORDS)  # "USA" of "The Challenge: USA"
            )
        )
    return found


EVERYDAY_RANK = 300
"""A word this common before "'s" is said, not owned: "Life's Too Short" is "life is too
short", no brand "Life" (whose short name would be "too short")."""


def _everyday_head(head: str) -> bool:
    rank = COMMON_WORDS.get(head) if " " not in head else None
    return rank is not None and rank <= EVERYDAY_RANK


def _a_name(words: str) -> bool:
    """Whether words before a comma may be a name: not everyday words only ("Good Luck")."""
    return any(fold(word) not in COMMON_WORDS for word in words.split())


def _distinctive(tail: str) -> bool:
    """Whether what follows a person's or a group's possessive names the show on its own
    ("Richard Osman's *House of Games*", "The Boulet Brothers' *Dragula*"): two telling words,
    or one that is no English word; not "Jay Leno's *Garage*"."""
    telling = [word for word in tail.split() if word not in FUNCTION_WORDS]
    if len(telling) >= 2:
        return True
    return (
        len(telling) == 1 and len(telling[0]) >= TELLING_LETTERS and telling[0] not in ENGLISH_WORDS
    )


def _a_hero(owner: str) -> bool:
    """Whether the folded owner of a possessive is a character with a rank: "miss fisher"."""
    words = owner.split()
    return len(words) >= 2 and words[0] in _ranks()


@functools.cache
def _ranks() -> frozenset[str]:
    """The ranks before a character's name ("miss", "dr", "inspector"), read once a process
    from the character index's data file."""
    raw = yaml.load(_CHARACTERS.read_text(encoding="utf-8"), Loader=yaml.BaseLoader)
    return frozenset(raw["ranks"])


def _leaders(
    splits: Sequence[tuple[str, str, str, str] | None],
    popularity: Sequence[float],
    folded: Sequence[str],
) -> dict[str, int]:
    """Each franchise's (a head shared by titles before a colon) far most popular title, if
    that is popular: `OUTSHINES` times as popular as each other title starting with the
    franchise's name, with a colon or without ("90 Day: The Single Life" is not "90 day",
    which fans say for 90 Day Fiancé)."""
    members: defaultdict[str, list[int]] = defaultdict(list)
    for position, split in enumerate(splits):
        if split is not None and split[0] == ":":
            members[split[1]].append(position)
    leaders = {}
    for head, positions in members.items():
        if len(positions) < 2:
            continue
        top = max(positions, key=popularity.__getitem__)
        if popularity[top] >= POPULAR and all(
            popularity[other] * OUTSHINES <= popularity[top] for other in positions if other != top
        ):
            leaders[head] = top
    return _outshining(leaders, popularity, folded)


def _outshining(
    leaders: dict[str, int], popularity: Sequence[float], folded: Sequence[str]
) -> dict[str, int]:
    """The leaders that also outshine every title starting with their franchise's name
    without a colon ("Superman & Lois" beside "Superman: The Animated Series")."""
    by_first: defaultdict[str, list[str]] = defaultdict(list)
    for head in leaders:
        by_first[head.partition(" ")[0]].append(head)
    kept = dict(leaders)
    for position, title in enumerate(folded):
        for head in by_first.get(title.partition(" ")[0], ()):
            top = leaders[head]
            if (
                head in kept
                and position != top
                and title.startswith(f"{head} ")
                and popularity[position] * OUTSHINES > popularity[top]
            ):
                del kept[head]
    return kept


def telling_words(
    titles: Sequence[str], popular: Sequence[bool], taken: set[str]
) -> list[tuple[str, ...]]:
    """For each folded title, the word of it that fans use alone for a popular show: its
    first or last word when no other title of the base holds it and it is no English word
    ("mindfreak" for Criss Angel Mindfreak, "darkplace" for Garth Marenghi's Darkplace).
    `taken` holds every folded title and alias of the base, which such a word may not be."""
    counts = Counter(word for title in titles for word in set(title.split()))
    found: list[tuple[str, ...]] = []
    for title, wanted in zip(titles, popular, strict=True):
        words = title.split() if wanted else []
        if words and words[0] in ARTICLES:
            words = words[1:]  # "the borgias" is indexed as "borgias" already
        found.append(
            tuple(
                dict.fromkeys(
                    word
                    for word in (words[0], words[-1])
                    if counts[word] == 1
                    and len(word) >= TELLING_LETTERS
                    and word.isalpha()
                    and word not in ENGLISH_WORDS
                    and word not in taken
                )
            )
            if len(words) >= 2
            else ()
        )
    return found


_GRAMMAR = SMALL_WORDS | {"my", "your", "his", "her", "our", "their", "that", "this", "all"}
"""Words that make a title a phrase ("king of", "all that"), not a franchise's name."""
FRANCHISE_TITLES = 3
"""Titles that must carry a title on, without a colon, for it to be a franchise's name."""


def franchise_tails(titles: Sequence[str], taken: AbstractSet[str]) -> list[tuple[str, ...]]:
    """For each folded title that carries on another title of the base of two words or more,
    as at least `FRANCHISE_TITLES` titles do, the rest of it: "time force" for Power Rangers
    Time Force, "lightspeed rescue" for Power Rangers Lightspeed Rescue. Fans name a
    franchise's series by what sets it apart, colon or not (`short_names` reads the colons).
    Not a rest that numbers a part, names a country ("Big Brother Canada"), opens with a small
    word ("of orange county") or says only what any show could be ("baking challenge"), nor
    one several franchises share or that is some show's title or alias (`taken`)."""
    known = set(titles)
    heads: list[str | None] = []
    for title in titles:
        words = title.split()
        head = None
        for cut in range(len(words) - 1, 1, -1):  # the longest title it carries on
            candidate = " ".join(words[:cut])
            if candidate in known and _GRAMMAR.isdisjoint(words[:cut]):
                head = candidate  # "power rangers", not "king of", "all that", "my love"
                break
        heads.append(head)
    members = Counter(head for head in heads if head is not None)
    rests = [
        title[len(head) + 1 :] if head else "" for title, head in zip(titles, heads, strict=True)
    ]
    shared = Counter(rest for rest in rests if rest)
    found: list[tuple[str, ...]] = []
    for head, rest in zip(heads, rests, strict=True):
        words = rest.split()
        keep = (
            head is not None
            and members[head] >= FRANCHISE_TITLES
            and shared[rest] == 1
            and rest not in taken
            and (words[0] == "the" or words[0] not in FUNCTION_WORDS)  # not "of orange county"
            and all(word.isalpha() for word in words)  # not "2", "synthetic 9060"
            and any(word not in COMMON_WORDS for word in words)  # not "baking challenge"
            and not any(word in COUNTRY_WORDS for word in words)
            and _distinctive(rest)
        )
        found.append((rest,) if keep else ())
    return found


SUBTITLE_WORDS = 4
"""The longest subtitle fans put after a franchise's initials ("twd world beyond")."""


def subtitle_forms(
    titles: Sequence[str],
    popularity: Sequence[float],
    taken: AbstractSet[str] = frozenset(),
) -> dict[int, str]:
    """The name fans make of a popular title's head's initials and its subtitle ("motu
    revelation", "sw rebels"), by the title's position: for a head of three words or more,
    or one that several popular titles share ("ds kimetsu no yaiba" is nobody's). Only for
    popular titles (nobody abbreviates the others), whose few extra names cost little; never
    a name of `taken` (every folded title and alias of the base), left to its show."""
    subtitled = _popular_subtitled(titles, popularity)
    shared = Counter(head for _, head, _ in subtitled)
    found: dict[int, str] = {}
    for position, head, tail in subtitled:
        words = tail.split()
        bare = words[1:] if words[0] in ARTICLES and len(words) > 1 else words
        head_words = head.split()
        initials = _head_initials(head_words)
        name = f"{initials} {' '.join(bare)}"
        if (
            initials
            and len(bare) <= SUBTITLE_WORDS
            and (len(head_words) >= 3 or shared[head] >= 2)
            and not FUNCTION_WORDS.issuperset(bare)
            and not _NOT_A_NAME.match(tail)
            and name not in taken
        ):
            found[position] = name
    return found


def initialled_subtitles(
    titles: Sequence[str],
    popularity: Sequence[float],
    taken: AbstractSet[str] = frozenset(),
) -> dict[int, str]:
    """The name fans make of a popular title's head and its subtitle's initials ("star trek
    ds9", "law and order svu", "star trek tng"), by the title's position: for a subtitle of
    three words, its initials with numbers as digits when it has any. Only for popular titles,
    never a name of `taken`."""
    found: dict[int, str] = {}
    for position, head, tail in _popular_subtitled(titles, popularity):
        words = tail.split()
        made = acronyms(words) if len(words) == 3 else ()  # longer ones are seldom said so
        if not made or not head:
            continue
        initials = next((a for a in made if any(c.isdecimal() for c in a)), made[0])
        name = f"{head} {initials}"
        if name not in taken:
            found[position] = name
    return found


def _popular_subtitled(
    titles: Sequence[str], popularity: Sequence[float]
) -> list[tuple[int, str, str]]:
    """(position, folded head, folded subtitle) of each popular title with a subtitle: only
    titles fans know well enough to abbreviate get names made of their parts."""
    wanted = [position for position, known in enumerate(popularity) if known >= POPULAR]
    splits = _splits([titles[position] for position in wanted])
    return [
        (position, split[1], split[2])
        for position, split in zip(wanted, splits, strict=True)
        if split is not None and split[0] == ":"
    ]


def _head_initials(words: list[str]) -> str:
    """The initials of a franchise's name, without a leading article when it has three words
    more ("twd"; "gbbs"); none ("") for a name of one word."""
    if len(words) < 2 or not all(word.isalnum() for word in words):
        return ""
    initials = "".join(word if word.isdecimal() else word[0] for word in words)
    return initials[1:] if words[0] in ARTICLES and len(words) >= 4 else initials


def _splits(titles: Sequence[str]) -> list[tuple[str, str, str, str] | None]:
    """Each title's (":", "'s" or `_COMPANY`, folded head, folded tail, folded whole title),
    or None; the parts are folded together, which is many times faster than one by one."""
    raw: list[tuple[int, str, str, str]] = []
    for position, title in enumerate(titles):
        if _MARKS.search(title) is None:
            continue
        parts = _SUBTITLE.split(title, maxsplit=1)
        if len(parts) != 2:
            # "SWORDGAI The Animation", "TharnType The Series": a format named after the title
            parts = _FORMAT.split(title, maxsplit=1)[:2]
        if len(parts) == 2:
            raw.append((position, ":", parts[0], parts[1]))
            continue
        named = _NAMED_THEN.match(title)
        if named is not None and _a_name(named.group(1)):
            raw.append((position, ":", named.group(1), named.group(2)))
            continue
        match = _POSSESSIVE.match(title)
        if match is not None:
            owner = match.group(1)
            kind = _COMPANY if _CAPITALS.match(owner) else "'s"
            raw.append((position, kind, owner, match.group(2)))
    folded = fold_many([part for _, _, head, tail in raw for part in (head, tail)])
    wholes = fold_many([titles[position] for position, _, _, _ in raw])
    splits: list[tuple[str, str, str, str] | None] = [None] * len(titles)
    for number, (position, kind, _, _) in enumerate(raw):
        head, tail = folded[2 * number], folded[2 * number + 1]
        if head and tail and not (kind != ":" and head in _CONTRACTED):
            splits[position] = (kind, head, tail, wholes[number])
    return splits
