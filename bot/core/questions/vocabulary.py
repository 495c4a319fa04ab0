"""The word lists the question reader uses, read once from the data files beside it.

Word lists are data, not code: admins and contributors can read and extend them without
touching the reader (`data/*.txt`, one folded word a line; `data/*.yaml`).
"""

from __future__ import annotations

from importlib import resources
from typing import Any

import yaml
from rapidfuzz.distance import OSA

from bot.core.text import fold

_DATA = resources.files("bot.core.questions") / "data"


def read_yaml(name: str) -> Any:
    """A data file read with every scalar as text: YAML 1.1 reads a bare `on`, `no` or `yes` as
    a boolean, and these files list words."""
    return yaml.load((_DATA / name).read_text(encoding="utf-8"), Loader=yaml.BaseLoader)


def _words(name: str) -> frozenset[str]:
    text = (_DATA / name).read_text(encoding="utf-8")
    return frozenset(
        line.strip() for line in text.splitlines() if line.strip() and not line.startswith("#")
    )


def _ranked(name: str) -> dict[str, int]:
    """Words in file order (most frequent first) -> their rank from 0."""
    text = (_DATA / name).read_text(encoding="utf-8")
    words = [
        line.strip() for line in text.splitlines() if line.strip() and not line.startswith("#")
    ]
    return {word: rank for rank, word in reversed(list(enumerate(words)))}


def _networks() -> dict[str, str]:
    """Each spelling of a network (folded) -> the network it names."""
    raw = read_yaml("networks.yaml")
    return {
        fold(str(spelling)): str(name) for name, spellings in raw.items() for spelling in spellings
    }


def _title_places() -> dict[str, frozenset[str]]:
    raw = read_yaml("title_places.yaml")
    return {key: frozenset(str(word) for word in words) for key, words in raw.items()}


def _genre_words() -> dict[str, frozenset[str]]:
    """Each genre (folded) -> the words fans use for it, its own among them."""
    raw = read_yaml("genres.yaml")
    return {
        fold(genre): frozenset(fold(genre).split()) | {fold(str(w)) for w in words}
        for genre, words in raw.items()
    }


def _synonyms() -> dict[str, tuple[str, ...]]:
    """Each spelling -> the spellings it may stand for: one word for one word ("bros" for
    "brothers"), and two name words -> the one word people write for them ("la")."""
    raw = read_yaml("synonyms.yaml")
    found: dict[str, tuple[str, ...]] = {}
    for group in raw:
        spellings = [str(w) for w in group]
        for word in spellings:
            found[word] = tuple(w for w in spellings if w != word and " " not in w)
    return found


def _phrases() -> dict[str, tuple[str, ...]]:
    """One word -> the two-word names it stands for ("la" -> "los angeles")."""
    found: dict[str, tuple[str, ...]] = {}
    for group in read_yaml("synonyms.yaml"):
        spellings = [str(w) for w in group]
        for word in spellings:
            if " " not in word:
                found[word] = tuple(w for w in spellings if " " in w)
    return {word: phrases for word, phrases in found.items() if phrases}


def _shorthand() -> dict[str, str]:
    return {str(short): str(long) for short, long in read_yaml("shorthand.yaml").items()}


def _sounds() -> tuple[tuple[str, str], ...]:
    pairs = [(str(a), str(b)) for a, b in read_yaml("sounds.yaml")]
    return tuple(pairs + [(b, a) for a, b in pairs])


def sounds_like(word: str) -> set[str]:
    """Other spellings of `word` that sound the same: each pair of `data/sounds.yaml` swapped at
    one place ("amfibia" -> "amphibia", "skys" -> "skies", "midnite" -> "midnight")."""
    found = set()
    for typed, said in SOUNDS:
        start = word.find(typed)
        while start >= 0:
            found.add(word[:start] + said + word[start + len(typed) :])
            start = word.find(typed, start + 1)
    found.discard(word)
    return found


def spelled_out(folded: str) -> str:
    """`folded` with chat shorthand written out ("what do u know abt x" -> "... you know
    about x"), for reading what is asked; titles are matched in the words as typed."""
    return " ".join(SHORTHAND.get(word, word) for word in folded.split())


FUNCTION_WORDS = _words("function_words.txt")
"""Words of questions rather than of titles: a name matched only by these is probably not meant."""
COMMON_WORDS = _ranked("common_english.txt")
"""Everyday English words -> frequency rank: a title made of them must be used as a title."""
ENGLISH_WORDS = _words("english_words.txt")
"""The 30,000 most frequent English words: a typed word among them most likely means itself."""
CHITCHAT_WORDS = _words("chitchat.txt")
"""Words of small talk: a message of only these asks nothing about a show."""
QUESTION_OPENERS = _words("question_openers.txt")
"""Words that open a question even when nothing else in it is a cue ("is brews brothers funny")."""
WH_WORDS = frozenset(
    {"what", "whats", "who", "whos", "how", "hows", "why", "when", "where", "which"}
)
"""Words that ask, wherever they stand in a message; an answer to them opens with no yes or no."""
ABBREVIATIONS = _words("abbreviations.txt")
"""Words a full stop ends without ending the sentence ("mr. robot")."""
SYNONYM_PHRASES = _phrases()
"""One word -> the names of two words it stands for ("la" -> "los angeles", "ny" -> "new york")."""
NETWORKS = _networks()
"""Spellings of networks people name ("hbo max", "prime") -> the network."""
TITLE_PLACES = _title_places()
"""Where a title goes in a sentence (`data/title_places.yaml`)."""
GENRE_WORDS = _genre_words()
"""A genre's name in the sources -> the words fans use for it ("children" -> "kids")."""
SYNONYMS = _synonyms()
"""Words people write for a title's word ("bros" for "brothers")."""
SHORTHAND = _shorthand()
"""Chat shorthand -> the words it stands for ("u" -> "you"), for reading what is asked."""
SOUNDS = _sounds()
"""Pairs of spellings that sound alike ("f", "ph"), both ways round."""

NUMBER_WORDS = [
    "one",
    "two",
    "three",
    "four",
    "five",
    "six",
    "seven",
    "eight",
    "nine",
    "ten",
    "eleven",
    "twelve",
    "thirteen",
    "fourteen",
    "fifteen",
    "sixteen",
    "seventeen",
    "eighteen",
    "nineteen",
    "twenty",
]
"""Numbers as people write them, from one; answers use them too ("two months")."""
ORDINAL_WORDS = [
    "first",
    "second",
    "third",
    "fourth",
    "fifth",
    "sixth",
    "seventh",
    "eighth",
    "ninth",
    "tenth",
    "eleventh",
    "twelfth",
    "thirteenth",
    "fourteenth",
    "fifteenth",
    "sixteenth",
    "seventeenth",
    "eighteenth",
    "nineteenth",
    "twentieth",
]


def _deletions(word: str) -> set[str]:
    return {word[:i] + word[i + 1 :] for i in range(len(word))} | {word}


class Respeller:
    """Puts back question words typed one letter off ("premeire", "cancled", "seson", "epsiodes"),
    so that cue phrases and season mentions still read. Only words of four letters or more that
    are neither everyday English nor a question word themselves are respelled, into words of
    five letters or more, and never a plural into its singular."""

    def __init__(self, words: frozenset[str]) -> None:
        self._by_deletion: dict[str, list[str]] = {}
        for word in words:
            if len(word) >= 5 and word.isalpha():
                for key in _deletions(word):
                    self._by_deletion.setdefault(key, []).append(word)

    def respell(self, word: str) -> str:
        if len(word) < 4 or word in FUNCTION_WORDS or word in COMMON_WORDS:
            return word
        found = {
            known
            for key in _deletions(word)
            for known in self._by_deletion.get(key, ())
            if OSA.distance(word, known) <= 1
            and word != known + "s"  # "endings" (Happy Endings) is no slip of "ending"
        }
        return found.pop() if len(found) == 1 else word


CUE_WORDS = frozenset(
    [
        "season",
        "seasons",
        "episode",
        "episodes",
        "cancel",
        "canceled",
        "cancelled",
        "cancellation",
        "renewed",
        "renewal",
        "release",
        "released",
        "releasing",
        "premiere",
        "premiered",
        "finale",
        "ending",
        "network",
        "channel",
        "streaming",
        "rating",
        "ratings",
        "reviews",
        "creator",
        "created",
        "actors",
        "actress",
        "character",
        "played",
        "playing",
        "coming",
        "return",
        "returning",
        "finished",
        "confirmed",
        "announced",
        "upcoming",
        "minutes",
        "summary",
        "synopsis",
        "genre",
        "production",
        "company",
        "viewers",
        "netflix",
        "explained",
        "still",
        "series",
        "miniseries",
        "documentary",
    ]
)
"""Question words people misspell often enough to be put back ("seson", "cancled")."""
RESPELLER = Respeller(CUE_WORDS)
