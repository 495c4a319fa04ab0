"""Small pieces of English shared by every answer: lists, dates, counts, sentences."""

from __future__ import annotations

import re
from collections.abc import Iterable

from bot.core.answers.model import DateFormat
from bot.core.models import PartialDate
from bot.core.questions import NUMBER_WORDS

FACT_CHARS = 300
"""Longest answer to a single fact, before the freshness line: the fact, then a little context."""


def join(items: Iterable[str]) -> str:
    """'A', 'A and B', 'A, B and C'."""
    items = list(items)
    if len(items) <= 1:
        return "".join(items)
    return ", ".join(items[:-1]) + " and " + items[-1]


def on(date: PartialDate, fmt: DateFormat) -> str:
    """'on 2022-11-08' for a day, 'in 2027' or 'in March 2026' for a year or a month."""
    return f"{'on' if date.is_full else 'in'} {fmt(date)}"


def sentence(text: str) -> str:
    text = text.strip()
    return text if text.endswith((".", "!", "?")) else text + "."


def note(text: str | None) -> str:
    """A note appended as its own sentence, or nothing."""
    return f" {sentence(text)}" if text else ""


def capitalized(text: str) -> str:
    return text[:1].upper() + text[1:]


def count(number: int, noun: str) -> str:
    """'one season', 'two seasons', '12 seasons': small counts in words, as people say them."""
    word = NUMBER_WORDS[number - 1] if 1 <= number <= 10 else str(number)
    return f"{word} {noun}{'' if number == 1 else 's'}"


def digits(number: int, noun: str) -> str:
    """'1 season', '62 episodes': a count asked for, in digits."""
    return f"{number} {noun}{'' if number == 1 else 's'}"


def gap(start: PartialDate | None, end: PartialDate | None) -> str | None:
    """'two months': the time between two full dates, in words."""
    if start is None or end is None or not (start.is_full and end.is_full):
        return None
    days = (end.earliest() - start.earliest()).days
    months = round(days / 30.44)
    if days < 0 or months < 1:
        return None
    if months < 12:
        return count(months, "month")
    return count(round(months / 12), "year")


def possessive(name: str) -> str:
    """A name's possessive: "Dark's", but "The Imperfects'" (a name ending in s), as style
    guides write it for plural-looking titles."""
    return f"{name}'" if name.endswith("s") else f"{name}'s"  # "NCIS's": an acronym


def indefinite(word: str) -> str:
    """'an HBO series', 'an Apple TV+ series', 'a Netflix series'."""
    if word[:2].isupper() and len(word) > 1 and word.split()[0].isupper():
        return "an" if word[0] in "AEFHILMNORSX" else "a"
    return "an" if word[:1].lower() in "aeiou" else "a"


_LABEL_WORDS = {
    "imdb": "IMDb",
    "rotten": "Rotten",
    "tomatoes": "Tomatoes",
    "metacritic": "Metacritic",
    "tvmaze": "TVmaze",
    "tmdb": "TMDB",
}


def score_label(key: str) -> str:
    """'rotten_tomatoes_audience' -> 'Rotten Tomatoes audience'."""
    return " ".join(_LABEL_WORDS.get(word, word) for word in key.split("_"))


_SENTENCE_END = re.compile(r"(?<=[.!?])\s+")


def within(text: str, limit: int = FACT_CHARS) -> str:
    """`text` cut after the last whole sentence that fits in `limit` characters; a first
    sentence longer than that is cut at a word and ends with "..."."""
    if len(text) <= limit:
        return text
    kept = ""
    for part in _SENTENCE_END.split(text):
        candidate = f"{kept} {part}".strip()
        if len(candidate) > limit:
            break
        kept = candidate
    if kept:
        return kept
    cut = text[: limit - 3].rsplit(" ", 1)[0].rstrip(",;:")
    return cut + "..."
