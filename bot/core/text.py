"""Text normalisation shared by the index and the question parser.

Both sides of every comparison go through the same `fold`, so "Iñaki", "INAKI" and "inaki" are
one string, and "Grey's Anatomy" meets "greys anatomy".
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Callable

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
_SPECIAL_CHARACTER = re.compile("[" + re.escape("".join(map(chr, _SPECIAL))) + "]")


def _special(match: re.Match[str]) -> str:
    return _SPECIAL[ord(match.group())]  # type: ignore[return-value]


_APOSTROPHES = re.compile(r"['’`´‘]")
_NON_WORD = re.compile(r"[^\w]+")
_UNDERSCORE = re.compile(r"_+")

ARTICLES = frozenset({"the", "a", "an"})


def fold(text: str) -> str:
    """Lower-case, accent-free, punctuation-free text with single spaces."""
    text = _APOSTROPHES.sub("", _strip_accents(text.translate(_SPECIAL)).casefold())
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
    data = _joined(texts).encode("ascii").replace(b"&", b" and ").replace(b"+", b" plus ")
    data = data.translate(_ASCII_FOLD, b"'`")
    return [" ".join(part.split()) for part in data.decode("ascii").split(_SEPARATOR)]


def _fold_unicode(texts: list[str]) -> list[str]:
    if not texts:
        return []
    # `translate` walks every character in Python-level steps; the regex finds the few special
    # ones in one C-level pass. Accents are stripped text by text, and only where there are any.
    joined = _SPECIAL_CHARACTER.sub(_special, _joined(texts))
    if not joined.isascii():
        joined = _SEPARATOR.join(
            part if part.isascii() else _strip_accents(part) for part in joined.split(_SEPARATOR)
        )
    joined = _APOSTROPHES.sub("", joined.casefold())
    joined = _NON_WORD_KEEP_SEPARATOR.sub(" ", _UNDERSCORE.sub(" ", joined))
    return [part.strip() for part in joined.split(_SEPARATOR)]


def _strip_accents(text: str) -> str:
    if text.isascii():
        return text
    text = unicodedata.normalize("NFKD", text)
    return "".join(ch for ch in text if not unicodedata.combining(ch))


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
