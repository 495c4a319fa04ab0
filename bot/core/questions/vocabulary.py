"""The word lists the question reader uses, read once from the data files beside it.

Word lists are data, not code: admins and contributors can read and extend them without
touching the reader (`data/*.txt`, one folded word a line; `data/*.yaml`).
"""

from __future__ import annotations

import functools
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


def _countries() -> tuple[dict[str, str], dict[str, str], dict[str, frozenset[str]]]:
    """Each word for a country whose versions people name after a title -> the country; each
    word for any country -> the country; and each country -> its networks."""
    raw = read_yaml("countries.yaml")
    words = {str(word): str(name) for name, entry in raw.items() for word in entry["words"]}
    flags = {name: str(entry.get("versions", "true")).casefold() for name, entry in raw.items()}
    wrong = {name: flag for name, flag in flags.items() if flag not in ("true", "false")}
    if wrong:
        raise ValueError(f"countries.yaml: 'versions' must be true or false, not {wrong}")
    versions = {word: name for word, name in words.items() if flags[name] == "true"}
    networks = {
        str(name): frozenset(str(network) for network in entry["networks"])
        for name, entry in raw.items()
    }
    return versions, words, networks


def _title_places() -> dict[str, frozenset[str]]:
    raw = read_yaml("title_places.yaml")
    return {key: frozenset(str(word) for word in words) for key, words in raw.items()}


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


def _rewordings() -> dict[str, frozenset[str]]:
    """Each word -> the words fans may swap it for in a title ("guy" -> "man", "dude")."""
    found: dict[str, set[str]] = {}
    for group in read_yaml("rewordings.yaml"):
        words = [str(w) for w in group]
        for word in words:
            found.setdefault(word, set()).update(w for w in words if w != word)
    return {word: frozenset(others) for word, others in found.items()}


def _phrases() -> dict[str, tuple[str, ...]]:
    """One word -> the two-word names it stands for ("la" -> "los angeles")."""
    found: dict[str, tuple[str, ...]] = {}
    for group in read_yaml("synonyms.yaml"):
        spellings = [str(w) for w in group]
        for word in spellings:
            if " " not in word:
                found[word] = tuple(w for w in spellings if " " in w)
    return {word: phrases for word, phrases in found.items() if phrases}


def _genres() -> tuple[dict[str, str], frozenset[str]]:
    """Each genre word -> its stem, and the stems the sources seldom record ("~" in the file)."""
    raw = {str(said): str(stem) for said, stem in read_yaml("genres.yaml").items()}
    unsure = frozenset(stem[1:] for stem in raw.values() if stem.startswith("~"))
    return {said: stem.removeprefix("~") for said, stem in raw.items()}, unsure


@functools.lru_cache(maxsize=512)
def genre_words(genre: str) -> frozenset[str]:
    """The words fans use for a genre the sources name (folded: "children" -> "kids", "kid",
    "children"...), its own words among them. Remembered: the sources name few genres."""
    return frozenset(genre.split()) | {
        said for said, stem in GENRES.items() if " " not in said and stem in genre
    }


def _shorthand() -> dict[str, str]:
    return {str(short): str(long) for short, long in read_yaml("shorthand.yaml").items()}


def _sounds() -> tuple[tuple[str, str], ...]:
    pairs = [(str(a), str(b)) for a, b in read_yaml("sounds.yaml")]
    return tuple(pairs + [(b, a) for a, b in pairs])


@functools.lru_cache(maxsize=4096)
def sounds_like(word: str) -> frozenset[str]:
    """Other spellings of `word` that sound the same: each pair of `data/sounds.yaml` swapped at
    one place ("amfibia" -> "amphibia", "skys" -> "skies", "midnite" -> "midnight").
    Remembered: fitting asks it of a mistyped question word once per name word it is compared
    with, and each time it tries every pair."""
    found = set()
    for typed, said in SOUNDS:
        start = word.find(typed)
        while start >= 0:
            found.add(word[:start] + said + word[start + len(typed) :])
            start = word.find(typed, start + 1)
    found.discard(word)
    return frozenset(found)


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
COUNTRIES, COUNTRY_WORDS, COUNTRY_NETWORKS = _countries()
"""Words for a country people name a version by ("uk", "aussie") -> the country; words for
any country ("korean") -> the country; and each country -> the networks (`NETWORKS`' names)
that air its shows."""
TITLE_PLACES = _title_places()
"""Where a title goes in a sentence (`data/title_places.yaml`)."""
SYNONYMS = _synonyms()
"""Words people write for a title's word ("bros" for "brothers")."""
GENRES, UNSURE_GENRES = _genres()
"""Genres as people name them ("true crime", "romcom") -> what a show's genre must hold; and
the kinds the sources seldom give as a genre ("document"), never a "no"."""
REWORDINGS = _rewordings()
"""Words fans swap for a title's word ("guy" for "man"): weaker than `SYNONYMS`."""
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


_REMEMBERED_WORDS = 4096
"""How many respelled words a Respeller remembers (a few hundred kilobytes at most)."""


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
        self._respelled: dict[str, str] = {}
        """Words respelled before: a question is respelled sentence by sentence, and again as
        a whole, and a day's questions share most words. Bounded, emptied when full."""

    def respell(self, word: str) -> str:
        known = self._respelled.get(word)
        if known is None:
            if len(self._respelled) >= _REMEMBERED_WORDS:
                self._respelled.clear()
            known = self._respelled[word] = self._respell(word)
        return known

    def _respell(self, word: str) -> str:
        if len(word) < 4 or word in FUNCTION_WORDS or word in COMMON_WORDS:
            return word
        found = {
            known
            for key in _deletions(word)
            for known in self._by_deletion.get(key, ())
            if OSA.distance(word, known) <= 1
            and word != known + "s"  # "endings" (Happy Endings) is no slip of "ending"
            and _same_opening(word, known)
        }
        return found.pop() if len(found) == 1 else word


def _same_opening(word: str, known: str) -> bool:
    """Whether a word opens as the question word it may be a slip of: people rarely mistype a
    first letter but for swapping the first two ("esason"), so "xcompany" (X Company run
    together) is no "company"."""
    return word[0] == known[0] or word[:2] == known[1::-1]


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
