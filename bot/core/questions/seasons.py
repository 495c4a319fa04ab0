"""Season mentions in a question: "s2", "season two", "2nd season", "part 3", "series 2",
"s2 volume 1", "s02e05", "the final season", "next season".

A mention is cut out of the words and leaves a break, so no title is matched across it. Digits of
other scripts ("season ٣", "s፩") arrive as 0-9 (`fold` writes them so); numerals that are not
digits ("Ⅻ", "፲") are words, never a season.
"""

from __future__ import annotations

import enum
import re
from dataclasses import dataclass

from bot.core.questions.vocabulary import NUMBER_WORDS, ORDINAL_WORDS

MAX_SEASON = 99
"""No show has more seasons than this; a bigger number is a year or an episode, not a season."""


class SeasonRef(enum.Enum):
    """A season named by its place rather than its number; the show decides which it is."""

    FINAL = "final"
    NEXT = "next"


@dataclass(frozen=True, slots=True)
class Seasons:
    """What the question says about seasons."""

    number: int | None
    """The season number mentioned last ("i loved s1, will there be a s2")."""
    ref: SeasonRef | None
    """"the final season", "next season": resolved against the show's seasons."""
    text: str
    """The folded question with every mention replaced by " | "."""


_WORD = (
    r"(?:seasons?|seaso|seasn|seaon|sesaon|saeson|ssn|szn|sn|series|temporada|saison|staffel"
    r"|sezon|part|pt|volume|vol|book)"
)
_NUMBER = "|".join(NUMBER_WORDS)
_ORDINAL = "|".join(ORDINAL_WORDS)
_DIGITS = r"0*([1-9][0-9]?)"
_TAIL = r"(?: (?:part|pt|volume|vol|book|ep|episode|e) ?[0-9]+)?"
"""A part or an episode after a season ("s2 volume 1", "season 4 part 2", "s2 ep 5")."""
_PATTERNS = (
    re.compile(rf"\b{_WORD} ?{_DIGITS}{_TAIL}\b"),
    re.compile(rf"\bs{_DIGITS}(?: ?e ?[0-9]+|ep ?[0-9]+)?{_TAIL}\b"),
    re.compile(rf"\b{_WORD} ({_NUMBER}){_TAIL}\b"),
    re.compile(rf"\b([1-9][0-9]?) ?(?:st|nd|rd|th) {_WORD}\b"),
    re.compile(rf"\b({_ORDINAL}) {_WORD}\b"),
)
_REFERENCES = (
    (SeasonRef.FINAL, re.compile(r"\b(?:the )?(?:final|last) (?:season|series|part|chapter)\b")),
    (
        SeasonRef.NEXT,
        re.compile(
            r"\b(?:the )?(?:next|new|upcoming|newest|latest new|coming) "
            r"(?:season|series|part)\b"  # not "still making new seasons": any season
        ),
    ),
)
_UNREAD = re.compile(r"\bs[0-9]+(?: ?e ?[0-9]+|ep ?[0-9]+)?\b")
"""'s0', 's100', 's99999e1': the shape of a season whose number no show has. It is cut out like
any mention (it names no title) but read as no season."""
_PROGRESS = re.compile(
    r"\b(?:(?:after|through|thru|finished|finishing|rewatched|rewatching|binged|started|up to"
    r"|(?:currently|now|still|only) on) (?:the )?"
    r"|(?:im|i am|were|we are|shes|she is|hes|he is|theyre|they are)(?: \w+)? on (?:the )?"
    r"(?:\w+ ){0,4})$"
)
"""Words that put a mention in the asker's story, not the question: "why did it end *after*
season 7", "is it over? *im on* season 2", "*she's on* total divas season 2 already", "*we're
on* the last season now"."""
_MENTIONED = re.compile(rf"\b(?:{_WORD}|chapter|s[0-9])")
"""What every mention above holds, at a word's start: a season word ("season", "part",
"chapter" of `_REFERENCES`) or "s" and a digit. Four texts in five have none, and one search
for it costs a seventh of the seven that find nothing in them."""
_NUMBERS = {word: number for number, word in enumerate(NUMBER_WORDS, start=1)}
_ORDINALS = {word: number for number, word in enumerate(ORDINAL_WORDS, start=1)}


def find_seasons(folded: str) -> Seasons:
    """The seasons `folded` (a folded question) mentions, and the text without them."""
    if not _MENTIONED.search(folded):
        return Seasons(number=None, ref=None, text=folded)  # most texts: nothing to read
    spans: list[tuple[int, int, int]] = []
    for pattern in _PATTERNS:
        for match in pattern.finditer(folded):
            number = _number(match.group(1))
            if number is not None:
                spans.append((match.start(), match.end(), number))
    # "s6 part 3" is season 6: a mention inside a longer one is part of it
    found = [
        (start, number)
        for start, end, number in spans
        if not any(s <= start and end <= e and e - s > end - start for s, e, _ in spans)
        and not _PROGRESS.search(folded, 0, start)
    ]
    ref = None
    for kind, pattern in _REFERENCES:
        named = pattern.search(folded)
        if named:
            ref = None if _PROGRESS.search(folded, 0, named.start()) else kind
            folded = pattern.sub(" | ", folded)
            break
    if spans:  # nearly every question names no season: nothing to cut
        for pattern in _PATTERNS:
            folded = pattern.sub(_cut, folded)
    folded = _UNREAD.sub(" | ", folded)
    number = max(found)[1] if found else None  # "on season 3 now, is season 4 out": the last
    return Seasons(number=number, ref=None if number is not None else ref, text=folded)


def _cut(match: re.Match[str]) -> str:
    return " | " if _number(match.group(1)) is not None else match.group(0)


def _number(token: str) -> int | None:
    if token.isascii() and token.isdigit():
        number = int(token)
        return number if 1 <= number <= MAX_SEASON else None
    return _NUMBERS.get(token) or _ORDINALS.get(token)
