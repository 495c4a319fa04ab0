"""How well one name fits the words of a question, word by word, typos and all.

A name fits a stretch of the question when its words stand there in order: each typed as
written, one or two letters off, spelled by ear ("under the doom"), cut short ("madam sec"),
run together or split apart ("cobrakai", "west world", "f boy"), or an article left out
("notes from underbelly"). Its similarity (0-100) is the share of the name's telling weight
that the question holds, each word counted by how surely the typed word means it, less a
little for every other word inside the stretch. A typo counts for less in a short word than in
a long one, and for much less when the typed word is an everyday English word of its own
("doom" is not a typo of "dome" as surely as "frago" is of "fargo").
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass

from rapidfuzz import fuzz
from rapidfuzz.distance import OSA

from bot.core.questions.vocabulary import (
    COMMON_WORDS,
    ENGLISH_WORDS,
    FUNCTION_WORDS,
    REWORDINGS,
    SHORTHAND,
    SYNONYMS,
    sounds_like,
)
from bot.core.text import ARTICLES, SMALL_WORDS, consonants, same_word, undoubled

EXTRA_TELLING = 0.9
"""Kept per word inside the matched stretch that is not the name's and not a question word."""
EXTRA_FUNCTION = 0.97
"""Kept per question word ("the", "of") inside the matched stretch that is not the name's."""
REORDERED = 0.9
"""Kept when the name's words are all there, but not in order ("live action one piece")."""
RUN_TOGETHER = 0.95
"""A question word that is two name words run together ("cobrakai"), or two that split one."""
FUNCTION_SHARE = 0.35
"""A question word inside a name ("of", "the", "out") weighs this share of its telling words."""
SUBSTITUTED = 0.4
"""A name word replaced by another word in its place ("the last *guy* on earth")."""
REWORDED = 0.9
"""A name word swapped for a word fans use for it ("the last *guy* on earth", `REWORDINGS`):
nearly the word, but only a long, well-known title may rest on it (`Fit.reworded`)."""
LEFT_OUT = 0.7
"""An article inside a name that the question leaves out ("notes from underbelly", "man with
plan"): fans drop them more than any other word."""
SMALL_FOR_SMALL = 0.8
"""A small name word typed as another small word ("devil *of* ohio")."""
EVERYDAY_TYPO = 0.75
"""Kept when the typed word is an everyday word of its own and only close to the name's."""
INFLECTED = 0.96
"""A name word typed with or without a final "s" ("the imperfect", "greys anatomy")."""
SAME_WORD = 0.97
"""A name word written another way ("bros" for "brothers", "dr" for "doctor")."""
SOUNDS_ALIKE = 0.93
"""A name word spelled as it sounds ("amfibia", "midnite", "falling skys"), or with its
vowels wrong ("under the doom", "american idle")."""
CUT_SHORT = 0.8
"""A word cut short ("sec" for "secretary", "chi" for "chicago")."""


def typo_quality(length: int, distance: int) -> float:
    """How surely a word typed `distance` letters off a name word of `length` letters means it."""
    if distance == 0:
        return 1.0
    if distance == 1:
        return 0.93 if length >= 6 else 0.9 if length == 5 else 0.85 if length == 4 else 0.7
    return 0.85 if length >= 9 else 0.8 if length >= 7 else 0.6


@dataclass(frozen=True, slots=True)
class Fit:
    """Where a name stands in the question, and how well it fits there."""

    similarity: float
    start: int
    end: int
    coverage: float
    """The share of the name's weight the question holds (each word by its match quality)."""
    matched: int
    """How many of the name's words were found."""
    exact: bool
    """Every word of the name, as written, side by side."""
    reworded: bool = False
    """A name word was read in a word fans swap for it (`REWORDED`)."""


_Fields = tuple[float, int, int, float, int, bool, bool]
"""A `Fit`'s fields in order (similarity, start, end, coverage, matched, exact, reworded)."""


class Query:
    """One question, prepared once for all the names it is compared with."""

    __slots__ = (
        "asked",
        "found",
        "frequency",
        "function_words",
        "joined",
        "positions",
        "spelled",
        "stretched",
        "words",
    )

    def __init__(
        self,
        words: Sequence[str | None],
        variants: Sequence[tuple[str, ...]],
        frequency: Callable[[str], int] = lambda word: 0,
        function_words: frozenset[str] = frozenset(),
    ) -> None:
        """`frequency` tells in how many names a word stands: typed, a word of many names most
        likely means itself."""
        self.words = list(words)
        self.frequency = frequency
        self.function_words = function_words
        self.asked = {w for w in words if w is not None}
        positions: dict[str, list[int]] = {}
        for position, word in enumerate(words):
            if word is not None:
                positions.setdefault(word, []).append(position)
        self.positions = positions
        spelled: dict[str, list[int]] = {}
        """Each indexed word the question may mean (misspelt) -> where it stands."""
        for position, options in enumerate(variants):
            word = words[position]
            for option in options:
                if option != word:
                    spelled.setdefault(option, []).append(position)
        self.spelled = spelled
        joined: dict[str, list[int]] = {}
        """Two neighbouring question words run together -> where the first stands."""
        for position in range(len(words) - 1):
            first, second = words[position], words[position + 1]
            if first is not None and second is not None:
                joined.setdefault(first + second, []).append(position)
        self.joined = joined
        self.found: dict[str, list[tuple[int, int, float]]] = {}
        """`options` worked out for a name word already: the names scored for one question
        share many words ("the", a title's words)."""
        self.stretched: dict[str, list[tuple[int, int, float, int]]] = {}
        """`stretches` worked out for a name word already."""

    def options(self, name_word: str) -> list[tuple[int, int, float]]:
        """(start, end, quality) of every stretch of the question that may be `name_word`
        (the list is shared: not to be changed)."""
        found = self.found.get(name_word)
        if found is None:
            found = [(i, i + 1, 1.0) for i in self.positions.get(name_word, ())]
            for i in self.spelled.get(name_word, ()):
                typed = self.words[i]
                assert typed is not None
                found.append((i, i + 1, _typed_as(typed, name_word, self)))
            self.found[name_word] = found
        return found

    def stretches(self, name_word: str) -> list[tuple[int, int, float, int]]:
        """`options` and `split` of a name word, each as (start, end, quality, one name word
        covered); worked out once per question (the list is shared: not to be changed)."""
        found = self.stretched.get(name_word)
        if found is None:
            if not (
                name_word in self.positions or name_word in self.spelled or name_word in self.joined
            ):
                found = []  # most words of most names: the question holds nothing like them
            else:
                found = [(s, e, q, 1) for s, e, q in self.options(name_word)]
                found += [(s, e, q, 1) for s, e, q in self.split(name_word)]
            self.stretched[name_word] = found
        return found

    def split(self, name_word: str) -> list[tuple[int, int, float]]:
        """Two question words that make `name_word` when run together ("west world"); for a
        short name word, only a single letter or a number and a word ("f boy" for "fboy", "pen
        15" for "pen15")."""
        found = self.joined.get(name_word)
        if not found:
            return []  # nearly always: no two words of the question make it
        if len(name_word) < 6:
            found = [i for i in found if self._lettered(i)]
        return [(i, i + 2, RUN_TOGETHER) for i in found]

    def _lettered(self, position: int) -> bool:
        """Whether the question words at `position` and after may be one short name word typed
        apart (`typed_apart`)."""
        first, second = self.words[position], self.words[position + 1]
        return first is not None and second is not None and typed_apart(first, second)

    def text(self, start: int, end: int) -> str:
        return " ".join(w for w in self.words[start:end] if w is not None)


def typed_apart(word: str, following: str) -> bool:
    """Whether two short neighbouring words may be one name word typed apart: a single letter
    split off ("f boy" for "fboy"), or a number of two digits or more after a word ("pen 15"
    for "pen15"; not "season 2")."""
    if (len(word) == 1 and word.isalpha()) or (len(following) == 1 and following.isalpha()):
        return True
    return word.isalpha() and len(following) >= 2 and following.isdecimal()


Weigh = Callable[[str], float]
"""A name word's weight: how telling it is (rare words weigh more, question words little)."""


def fit(name: str, query: Query, weigh: Weigh, function_words: frozenset[str]) -> Fit | None:
    """How `name` (folded, leading article dropped) fits the question, or None if it does
    not appear in it at all."""
    name_words = name.split()
    count = len(name_words)
    weights = [weigh(w) for w in name_words]
    telling = [w for word, w in zip(name_words, weights, strict=True) if word not in function_words]
    if telling and len(telling) < count:
        # A name's small words count for a share of its telling ones: "what on earth" is not
        # found by "earth" alone, nor "7 days out" by "7".
        small = FUNCTION_SHARE * sum(telling) / len(telling)
        weights = [
            small if word in function_words else w
            for word, w in zip(name_words, weights, strict=True)
        ]
    total = sum(weights) or 1.0
    options = [_options(query, name_words, j) for j in range(count)]
    found: _Fields | None = None
    for j, first in enumerate(options):
        for anchor in first:
            placed = _place(options, j, anchor, name_words, query)
            candidate = _score(placed, weights, total, query, function_words, name_words)
            if candidate is not None and (found is None or _better(candidate, found, query)):
                found = candidate
    if found is None:
        return None
    best = Fit(*found)
    if best.matched == count and count > 1 and not best.exact:
        best = _closer(best, name, query, weights, total)
    if best.coverage < 0.97 and count > 1:
        reordered = _reordered(options, weights, total, query, name_words, function_words)
        if reordered is not None and reordered.similarity > best.similarity:
            best = reordered
    return best


def _better(candidate: _Fields, best: _Fields, query: Query) -> bool:
    """Of two places a name fits as well, the later one: a question follows the story that
    names the show in passing ("my boss is such a tyrant lol. anyway was *tyrant* the fx show
    cancelled"); but not a place after "or" or "vs", where a second, longer title starts
    ("primeval vs *primeval new world*")."""
    similarity, start = candidate[0], candidate[1]
    if similarity != best[0]:
        return similarity > best[0]
    before = query.words[start - 1] if start > 0 else None
    return before not in _JOINERS


_JOINERS = frozenset({"and", "or", "vs", "versus", "nor"})


def _options(query: Query, name_words: list[str], j: int) -> list[tuple[int, int, float, int]]:
    """Stretches that may be name word `j` (start, end, quality, name words covered); the list
    may be shared with other names' words (not to be changed)."""
    word = name_words[j]
    found = query.stretches(word)
    if j + 2 > len(name_words):
        return found
    # rarely any: the word and the next ones run together, or a short form of the two
    positions, following = query.positions, name_words[j + 1]
    extra = [(i, i + 1, RUN_TOGETHER, 2) for i in positions.get(word + following, ())]
    if j + 3 <= len(name_words):
        joined = word + following + name_words[j + 2]
        extra += [(i, i + 1, RUN_TOGETHER, 3) for i in positions.get(joined, ())]
    for short in SYNONYMS.get(f"{word} {following}", ()):  # "la", "ny"
        extra += [(i, i + 1, SAME_WORD, 2) for i in positions.get(short, ())]
    return found + extra if extra else found


def _place(
    options: list[list[tuple[int, int, float, int]]],
    first: int,
    anchor: tuple[int, int, float, int],
    name_words: list[str],
    query: Query,
) -> list[tuple[int, int, int, float, int]]:
    """The name's words placed in order from `anchor` (name word `first`): each next word at
    its nearest stretch after the previous one, else the very next question word when it is
    that word mistyped, else left out (an article left out costs little); the words before
    `anchor` likewise, backwards.
    (name word, start, end, quality, words covered)."""
    start, end, quality, size = anchor
    placed = [(first, start, end, quality, size)]
    j = first + size
    while j < len(options):
        following = [o for o in options[j] if o[0] >= end and o[0] - end <= 2]
        if following:
            start, end, quality, size = min(following, key=lambda o: (o[0], -o[2]))
            placed.append((j, start, end, quality, size))
            j += size
            continue
        if name_words[j] in ARTICLES and _next_at(options, j, end):
            placed.append((j, end, end, LEFT_OUT, 1))  # "notes from underbelly"
            j += 1
            continue
        slip = _slip(query, end, name_words[j])
        if slip is None and _reworded(query, end, name_words[j]):
            slip = REWORDED
        if slip is None and _replaced(query, end, options, j):
            slip = SUBSTITUTED
        if slip is None and _small_for_small(query, end, name_words[j], options, j):
            slip = SMALL_FOR_SMALL
        if slip is not None:
            placed.append((j, end, end + 1, slip, 1))
            end += 1
        j += 1
    position = placed[0][1]
    for j in range(first - 1, -1, -1):
        slip = _slip(query, position - 1, name_words[j])
        if slip is None:
            break
        position -= 1
        placed.insert(0, (j, position, position + 1, slip, 1))
    return placed


def _next_at(options: list[list[tuple[int, int, float, int]]], j: int, position: int) -> bool:
    """Whether the name's word after word `j` may stand at `position` of the question."""
    return j + 1 < len(options) and any(o[0] == position for o in options[j + 1])


def _reworded(query: Query, position: int, name_word: str) -> bool:
    """Whether the question word at `position` is one fans swap for `name_word` ("guy" for
    "man")."""
    if not 0 <= position < len(query.words):
        return False
    typed = query.words[position]
    return typed is not None and typed in REWORDINGS.get(name_word, ())


def _replaced(
    query: Query, position: int, options: list[list[tuple[int, int, float, int]]], j: int
) -> bool:
    """Whether the question word at `position` stands in for name word `j`: the name's next
    word follows it, or `j` is the name's last word and the name so far is two words or more."""
    if not 0 <= position < len(query.words):
        return False
    typed = query.words[position]
    if typed is None or typed in query.function_words or typed.isdecimal():
        return False
    if j + 1 < len(options):
        return any(o[0] == position + 1 for o in options[j + 1])
    return j >= 2


def _small_for_small(
    query: Query,
    position: int,
    name_word: str,
    options: list[list[tuple[int, int, float, int]]],
    j: int,
) -> bool:
    """'devil *of* ohio' for "devil in ohio": a small word for another, the name going on after."""
    if name_word not in query.function_words or not 0 <= position < len(query.words):
        return False
    typed = query.words[position]
    if typed is None or typed not in query.function_words:
        return False
    return j + 1 < len(options) and any(o[0] == position + 1 for o in options[j + 1])


def _slip(query: Query, position: int, name_word: str) -> float | None:
    """How surely the question word at `position` is `name_word` mistyped, if it may be."""
    if not 0 <= position < len(query.words):
        return None
    typed = query.words[position]
    if typed is None or len(name_word) < 3 or typed == name_word:
        return None
    budget = 1 if len(name_word) < 5 else 2  # "abbie" for "abbey"
    if _by_ear(typed, name_word, query) or cut_short(typed, name_word):
        return _typed_as(typed, name_word, query)
    if abs(len(typed) - len(name_word)) > budget:
        return None
    if OSA.distance(typed, name_word, score_cutoff=budget) > budget:
        return None
    return _typed_as(typed, name_word, query)


def cut_short(typed: str, name_word: str) -> bool:
    """Whether `typed` is `name_word` cut short ("sec" for "secretary", "chi" for "chicago"):
    three letters at least, and three at least left out."""
    return len(typed) >= 3 and len(name_word) >= len(typed) + 3 and name_word.startswith(typed)


def _by_ear(typed: str, name_word: str, query: Query) -> bool:
    """Whether `typed`, a word of its own, may be `name_word` spelled by ear. Not a word no
    name holds: the index offers such a word's spellings a letter or two off itself, and a
    dropped letter ("hauntng") is a typo, not a vowel heard wrong ("hunting")."""
    return (typed in ENGLISH_WORDS or query.frequency(typed) > 0) and sounds_alike(typed, name_word)


def sounds_alike(typed: str, name_word: str) -> bool:
    """Whether `typed` may be `name_word` spelled by ear: the same first letter and consonants,
    other vowels ("doom" for "dome", "idle" for "idol", "manner" for "manor", "bear" for
    "bare"), a letter at most doubled or not."""
    return (
        typed != name_word
        and len(typed) >= 3
        and len(name_word) >= 3
        and abs(len(typed) - len(name_word)) <= 2
        and typed[0] == name_word[0]
        and consonants(typed) == consonants(name_word)
    )


RARE_SPELLING = 2
"""Names at most that hold a spelling for a sound-alike spelling to be what it means, when
many more names hold that ("nite", one name, for "night")."""
COMMONER = 4
"""How many times more names hold the sound-alike spelling than the typed one."""


def respelled_rare(typed: str, typed_names: int, meant_names: int) -> bool:
    """Whether `typed`, which `typed_names` names hold, is a spelling that sounds the same as
    one `meant_names` names hold, respelled: always when no name holds it; when one or two do,
    if many more hold the other and `typed` is no everyday word, which people type as meant
    ("nite" for "night", not "knew" for "new")."""
    return typed_names == 0 or (
        typed_names <= RARE_SPELLING
        and meant_names >= COMMONER * typed_names
        and typed not in COMMON_WORDS
        and typed not in FUNCTION_WORDS
    )


def _typed_as(typed: str, name_word: str, query: Query) -> float:
    """How surely `typed` means `name_word`: a plural or a possessive for the other
    ("imperfect", "greys"), a typo (less surely for a word that is a word of its own)."""
    if typed + "s" == name_word or name_word + "s" == typed:
        return INFLECTED
    if len(typed) > 1 and SHORTHAND.get(typed) == name_word:
        return 1.0  # "doom at *ur* service": chat's spelling of the word, as typed
    if name_word in SYNONYMS.get(typed, ()) or same_word(typed, name_word):
        return SAME_WORD
    if typed in REWORDINGS.get(name_word, ()):
        return REWORDED
    if cut_short(typed, name_word):
        return CUT_SHORT
    if name_word in sounds_like(typed) and respelled_rare(
        typed, query.frequency(typed), query.frequency(name_word)
    ):
        return SOUNDS_ALIKE  # "amfibia"; "nite court", though a title or two has "nite"
    distance = OSA.distance(typed, name_word)
    if distance > 1 and _by_ear(typed, name_word, query):
        quality = SOUNDS_ALIKE
    elif distance == 2 and undoubled(typed) == undoubled(name_word):
        quality = typo_quality(len(name_word), 1)  # "gommora": one slip, the doubling moved
    else:
        quality = typo_quality(len(name_word), distance)
    if typed in ENGLISH_WORDS or _a_name_word(typed, name_word, query):
        quality *= EVERYDAY_TYPO
    return quality


def _a_name_word(typed: str, name_word: str, query: Query) -> bool:
    """Whether `typed` is a word of names nearly as often as `name_word` ("reacher" is a title
    of its own); "oder", in a few German titles, is "order" mistyped."""
    own = query.frequency(typed)
    return bool(own) and own * 4 >= query.frequency(name_word)


def _score(
    placed: list[tuple[int, int, int, float, int]],
    weights: list[float],
    total: float,
    query: Query,
    function_words: frozenset[str],
    name_words: list[str],
) -> _Fields | None:
    """How the placed words fit, as a `Fit`'s fields (a Fit is made only of the best place)."""
    words, count = query.words, len(name_words)
    start, end = placed[0][1], placed[-1][2]
    covered: set[int] = set()
    held = 0.0
    matched = 0
    swapped = False
    for j, s, e, quality, size in placed:
        covered.update(range(s, e))
        held += quality * sum(weights[j : j + size])
        matched += size
        if quality == REWORDED:
            swapped = True
    kept = 1.0
    for position in range(start, end):
        if position in covered:
            continue
        word = words[position]
        if word is None:
            return None  # a season mention cuts the name in two
        short = len(word) <= 2  # "w" for "with", "n" for "and"
        kept *= EXTRA_FUNCTION if word in function_words or short else EXTRA_TELLING
    coverage = held / total
    exact = (
        matched == count
        and all(q == 1.0 and size == 1 for _, _, _, q, size in placed)
        and end - start == count
    )
    swaps = _swaps(placed, words, name_words) if swapped else 0  # rarely: few titles
    if swaps and (
        swaps > 1
        or matched < 2
        or any(quality not in (1.0, REWORDED, LEFT_OUT) for _, _, _, quality, _ in placed)
    ):
        return None  # one word swapped in a title otherwise typed as written, or nothing
    if _another_number(name_words, query, start, end):
        return None  # "zoey 102" is no slip of Zoey 101: another number is another show
    return (100.0 * coverage * kept, start, end, coverage, matched, exact, swaps == 1)


def _another_number(name_words: list[str], query: Query, start: int, end: int) -> bool:
    """Whether the name holds a number the question lacks while another number stands where
    the name was found or right after it ("zoey *102*")."""
    numbers = [w for w in name_words if w.isdecimal()]
    if not numbers or any(n in query.asked for n in numbers):
        return False
    typed = [w for w in query.words[start : end + 1] if w is not None and w.isdecimal()]
    return bool(typed) and "".join(typed) != "".join(numbers)  # "2521", "911": the same


def _swaps(
    placed: list[tuple[int, int, int, float, int]],
    words: list[str | None],
    name_words: list[str],
) -> int:
    """How many placed name words stand as words fans swap for them (`REWORDED` may also be
    a typo's quality)."""
    return sum(
        quality == REWORDED and words[s] in REWORDINGS.get(name_words[j], ())
        for j, s, _, quality, _ in placed
    )


def _closer(best: Fit, name: str, query: Query, weights: list[float], total: float) -> Fit:
    """A multi-word name found whole but typed with slips: letters compared as a whole may say
    it better than word by word ("under the doom" is "under the dome")."""
    typed = query.text(best.start, best.end)
    if [w for w in name.split() if w.isdecimal()] != [w for w in typed.split() if w.isdecimal()]:
        return best  # "zoey 102" is no slip of Zoey 101: another number is another show
    letters = 0.98 * fuzz.ratio(name, typed)
    if letters <= best.similarity:
        return best
    return Fit(
        letters,
        best.start,
        best.end,
        max(best.coverage, letters / 100),
        best.matched,
        False,
        best.reworded,
    )


_DROPPED = SMALL_WORDS
"""The small words of a name that a question naming it in another order may leave out."""
_REORDERED_TELLING = 3
"""Telling words a name in another order must show when it leaves a small word out."""


def _reordered(
    options: list[list[tuple[int, int, float, int]]],
    weights: list[float],
    total: float,
    query: Query,
    name_words: list[str],
    function_words: frozenset[str],
) -> Fit | None:
    """Every word of the name, but not in order ("live action one piece", "devil of ohio"); a
    small word of it may be left out ("laci peterson murder" for The Murder of Laci Peterson,
    "susan calman cruising" for Cruising with Susan Calman)."""
    count = len(name_words)
    picked = []
    telling: set[int] = set()
    held = 0.0
    dropped = False
    for option, word, weight in zip(options, name_words, weights, strict=True):
        if not option:
            if word in _DROPPED and count > 2:
                held += weight  # the order changed, which costs enough (`REORDERED`)
                dropped = True
                continue
            return None
        if word not in function_words:
            # one question word is never two of the name's: "late late show" takes two
            # "late"s, "light the night" is not "right"
            option = [o for o in option if o[0] not in telling]
            if not option:
                return None
        best = max(option, key=lambda o: o[2])
        if word not in function_words:
            telling.add(best[0])
        picked.append(best)
        held += best[2] * weight
    if dropped and len(telling) < _REORDERED_TELLING:
        return None  # "the house doctor" is no Doctor in the House: two words make a phrase
    start = min(o[0] for o in picked)
    end = max(o[1] for o in picked)
    if end - start > count or None in query.words[start:end]:
        return None  # only the name's words, in another order
    coverage = held / total
    return Fit(100.0 * coverage * REORDERED, start, end, coverage, len(picked), False)
