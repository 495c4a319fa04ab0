"""Text normalisation shared by the index and the question parser.

Both sides of every comparison go through the same `fold`, so "Iñaki", "INAKI" and "inaki" are
one string, and "Grey's Anatomy" meets "greys anatomy".
"""

from __future__ import annotations

import functools
import re
import unicodedata
from collections.abc import Callable, Container
from itertools import pairwise

_IGNORABLE = re.compile(
    "[\u00ad\u034f\u061c\u115f\u1160\u17b4\u17b5\u180b-\u180f\u200b-\u200f\u202a-\u202e"
    "\u2060-\u206f\u3164\ufe00-\ufe0f\ufeff\uffa0\ufff0-\ufff8\U0001bca0-\U0001bca3"
    "\U0001d173-\U0001d17a\U000e0000-\U000e0fff]+"
)
"""Unicode's default-ignorable code points (zero-width spaces and joiners, direction marks, the
byte order mark, variation selectors, tags, Hangul fillers): they show nothing, so
"imper\u200bfects" is "imperfects", not two words."""

_LAST_DIGIT = 0x1FFFF
"""No digit of Unicode lies past this code point (a test checks it), so the table below is built
in a few milliseconds rather than by walking all 1.1 million."""
_DIGITS = {
    code: str(unicodedata.digit(chr(code)))
    for code in range(0x80, _LAST_DIGIT + 1)
    if chr(code).isdigit()
}
"""Digits of every script -> 0-9 ("٣", "௫", "፩", "❸" -> "3", "5", "1", "3"): a number reads the
same however it is written, and no reader meets a digit `int` refuses."""
_SPECIAL = str.maketrans(
    {
        "ø": "o",
        "æ": "ae",
        "œ": "oe",
        "ł": "l",
        "đ": "d",
        "ð": "d",
        "þ": "th",
        "ı": "i",
        **{chr(code): digit for code, digit in _DIGITS.items()},
    }
)
"""What `fold` writes for casefolded characters that NFKD leaves without an ASCII base."""

_APOSTROPHES = re.compile(r"['’`´‘]")
_NON_WORD = re.compile(r"[^\w]+")
_UNDERSCORE = re.compile(r"_+")

ARTICLES = frozenset({"the", "a", "an"})
SMALL_WORDS = ARTICLES | {"of", "and", "or", "to", "in", "on", "at", "for", "by", "with", "from"}
"""The articles, prepositions and conjunctions that join a name's words ("murder *of* laci
peterson"), which say nothing of the show themselves."""
_REMEMBERED_FOLDS = 4096
"""Texts whose folded form `fold` remembers (a few hundred kB at most)."""
_REMEMBERED_WORDS = 4096
"""Words whose American spelling `american` remembers."""


def visible(text: str) -> str:
    """`text` without the characters that show nothing: a question reads as it looks."""
    return _IGNORABLE.sub("", text)


_AND_INITIALS = re.compile(r"(?<![^\W\d_])([^\W\d_]) ?& ?([^\W\d_])(?![^\W\d_])")
"""Two single letters joined by "&": initials of a title with "and" ("r&m", "R & I")."""


def and_initials(text: str, keep: Container[str] = ()) -> str:
    """`text` with "x&y" written as the initials it is, "and" included: "r&m" -> "ram"; not
    the names in `keep` (folded: "a and e" for the network A&E)."""
    return _AND_INITIALS.sub(lambda m: m[0] if fold(m[0]) in keep else f"{m[1]}a{m[2]}", text)


def initials_with_and(text: str, keep: Container[str] = ()) -> list[str]:
    """The "x&y" initials in `text`, folded and with "and" included ("ram" for "R&M"); not
    the names in `keep`."""
    return [fold(f"{m[1]}a{m[2]}") for m in _AND_INITIALS.finditer(text) if fold(m[0]) not in keep]


def _spell_symbols(text: str) -> str:
    """Symbols that stand for words, as the words: "Rizzoli & Isles", "My Only 12%"."""
    return text.replace("&", " and ").replace("+", " plus ").replace("%", " percent ")


@functools.lru_cache(maxsize=_REMEMBERED_FOLDS)
def fold(text: str) -> str:
    """Lower-case, accent-free, punctuation-free text with single spaces; every digit 0-9.

    Folding folded text changes nothing, so a folded question word can be looked up in a
    folded index. Remembered for the last few thousand texts: answering one question folds
    a dozen texts, most of them folded for earlier questions too (the titles, people and
    genres of the shows fans ask about), each in four regex passes."""
    text = text.casefold()
    if not text.isascii():
        text = _accentless(_unseen(text))
    text = _APOSTROPHES.sub("", _spell_symbols(text))
    return _NON_WORD.sub(" ", _UNDERSCORE.sub(" ", text)).strip()


_SEPARATOR = "\x1f"
_BATCH = 1024
_NON_WORD_KEEP_SEPARATOR = re.compile(r"[^\w\x1f]+")
_ASCII_FOLD = bytes(
    c + 32 if 65 <= c <= 90 else c if chr(c).isalnum() or c == 0x1F else 32 for c in range(128)
).ljust(256, b" ")
"""For ASCII text: upper case to lower, every character but letters, digits and the
separator to a space (what `fold` does to ASCII once "&", "+" and apostrophes are dealt with)."""


def fold_many(texts: list[str]) -> list[str]:
    """`fold` for many texts at once, which is what makes indexing 100,000 titles take a
    fraction of a second rather than several.

    Most titles are ASCII, and for them bytes methods do in single C-level passes over a batch
    what the regexes do character class by character class; the others go through the regexes,
    also a batch at a time.
    """
    other_positions = [i for i, text in enumerate(texts) if not text.isascii()]
    if not other_positions:
        return _batched(_fold_ascii, texts)
    others = [texts[i] for i in other_positions]
    folded = _batched(_fold_ascii, [text if text.isascii() else "" for text in texts])
    for position, text in zip(other_positions, _batched(_fold_unicode, others), strict=True):
        folded[position] = text
    return folded


def _batched(fold_batch: Callable[[list[str]], list[str]], texts: list[str]) -> list[str]:
    """Batches keep each C-level pass short, so a reload in a worker thread never holds the
    GIL (and stalls the bot's event loop) for long."""
    if len(texts) <= _BATCH:
        return fold_batch(texts)
    return [f for i in range(0, len(texts), _BATCH) for f in fold_batch(texts[i : i + _BATCH])]


def _joined(texts: list[str]) -> str:
    joined = _SEPARATOR.join(texts)
    if joined.count(_SEPARATOR) != len(texts) - 1:  # a text holds the separator itself
        joined = _SEPARATOR.join(t.replace(_SEPARATOR, " ") for t in texts)
    return joined


def _fold_ascii(texts: list[str]) -> list[str]:
    if not texts:
        return []
    data = _spell_symbols(_joined(texts)).encode("ascii")
    data = data.translate(_ASCII_FOLD, b"'`")
    return [" ".join(part.split()) for part in data.decode("ascii").split(_SEPARATOR)]


def _fold_unicode(texts: list[str]) -> list[str]:
    if not texts:
        return []
    # Only the parts that are not ASCII go through the character-by-character steps; the rest
    # is done on the whole batch in single C-level passes.
    joined = _joined(texts).casefold()
    if not joined.isascii():
        joined = _SEPARATOR.join(
            part if part.isascii() else _accentless(part)
            for part in _unseen(joined).split(_SEPARATOR)
        )
    joined = _APOSTROPHES.sub("", _spell_symbols(joined))
    joined = _NON_WORD_KEEP_SEPARATOR.sub(" ", _UNDERSCORE.sub(" ", joined))
    return [part.strip() for part in joined.split(_SEPARATOR)]


def _unseen(folded: str) -> str:
    """Casefolded text without invisible characters and apostrophes; the apostrophes go before
    NFKD, which makes "´" a space and an accent."""
    return _IGNORABLE.sub("", _APOSTROPHES.sub("", folded))


def _accentless(folded: str) -> str:
    """Casefolded text without accents, its special letters and digits in ASCII."""
    text = unicodedata.normalize("NFKD", folded)
    text = "".join(ch for ch in text if not unicodedata.combining(ch))
    if not text.isascii():  # most Latin text is by now
        text = text.translate(_SPECIAL)
    # NFKD writes some letters in capitals ("ℌ" -> "H"), and special letters may lose an accent
    return text.casefold()


def tokens(text: str) -> list[str]:
    """The folded words of `text`."""
    return fold(text).split()


def drop_leading_article(words: list[str] | tuple[str, ...]) -> tuple[str, ...]:
    """'the imperfects' and 'imperfects' name the same show; keep a lone article."""
    if len(words) > 1 and words[0] in ARTICLES:
        return tuple(words[1:])
    return tuple(words)


def slugify(text: str) -> str:
    """The default id of a show: its folded title joined by hyphens (may be empty)."""
    ascii_words = (word.encode("ascii", "ignore").decode() for word in tokens(text))
    slug = "-".join(word for word in ascii_words if word)
    if len(slug) > MAX_ID_LENGTH:
        slug = slug[: MAX_ID_LENGTH + 1].rsplit("-", 1)[0][:MAX_ID_LENGTH]
    return slug


MAX_ID_LENGTH = 64
"""Ids travel in Discord autocomplete values and button ids, which allow 100 characters."""


def same_word(one: str, other: str) -> bool:
    """Whether two words are one word spelled the British and the American way ("travellers",
    "travelers"; "colour", "color"; "theatre", "theater"; "organise", "organize")."""
    return one != other and american(one) == american(other)


@functools.lru_cache(maxsize=_REMEMBERED_WORDS)
def american(word: str) -> str:
    """A word as Americans spell it ("travellers" -> "travelers"). Remembered: six regex
    passes per word, and the words of the shows asked about come back question after
    question."""
    for british, american in _SPELLINGS:
        word = british.sub(american, word)
    return word


_SPELLINGS = tuple(
    (re.compile(pattern), american)
    for pattern, american in (
        (r"(?<=[aeiou])ll(?=(?:ed|er|ers|ing)$)", "l"),
        (r"(?<=[^aeiou])our(?=s?$)", "or"),
        (r"(?<=[^aeiou])re(?=s?$)", "er"),
        (r"is(?=(?:e|ed|es|ing|ation|ations)$)", "iz"),
        (r"ys(?=(?:e|ed|es|ing)$)", "yz"),
        (r"ogue(?=s?$)", "og"),
    )
)
"""British spellings and the American ones they become."""


_VOWELS = frozenset("aeiou")


def undoubled(word: str) -> str:
    """A word with each doubled letter once ("gommora" and "gomorra" -> "gomora"): fans double
    the wrong letter of a title's word as often as they drop or add one."""
    return "".join(letter for i, letter in enumerate(word) if not i or word[i - 1] != letter)


def consonants(word: str) -> str:
    """The sound frame of a word: its first letter, then its consonants, doubled letters once
    ("manner" and "manor" -> "mnr", "doom" and "dome" -> "dm"). Fans who spell a title's word
    by ear get its vowels wrong far more often than its consonants."""
    if not word:
        return word
    kept = [word[0]]
    for previous, letter in pairwise(word):
        if letter != previous and letter not in _VOWELS:
            kept.append(letter)
    return "".join(kept)
