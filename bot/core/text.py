"""Text normalisation shared by the index and the question parser.

Both sides of every comparison go through the same `fold`, so "Iñaki", "INAKI" and "inaki" are
one string, and "Grey's Anatomy" meets "greys anatomy".
"""

from __future__ import annotations

import re
import unicodedata

# Letters NFKD does not decompose into an ASCII base letter.
_SPECIAL = str.maketrans(
    {
        "ø": "o",
        "Ø": "o",
        "æ": "ae",
        "Æ": "ae",
        "œ": "oe",
        "Œ": "oe",
        "ß": "ss",
        "ł": "l",
        "Ł": "l",
        "đ": "d",
        "Đ": "d",
        "ð": "d",
        "þ": "th",
        "ı": "i",
        "&": " and ",
        "+": " plus ",
    }
)
_APOSTROPHES = re.compile(r"['’`´‘]")
_NON_WORD = re.compile(r"[^\w]+")
_UNDERSCORE = re.compile(r"_+")

ARTICLES = frozenset({"the", "a", "an"})


def fold(text: str) -> str:
    """Lower-case, accent-free, punctuation-free text with single spaces."""
    text = text.translate(_SPECIAL)
    text = unicodedata.normalize("NFKD", text)
    text = "".join(ch for ch in text if not unicodedata.combining(ch))
    text = _APOSTROPHES.sub("", text.casefold())
    text = _NON_WORD.sub(" ", text)
    return _UNDERSCORE.sub(" ", text).strip()


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
    return "-".join(word for word in ascii_words if word)
