"""The word classes the resolver reads a question by, and small helpers over scored candidates
(their stretch of words, their order)."""

from __future__ import annotations

import dataclasses
import re
from collections.abc import Iterable

from bot.core.models import Show
from bot.core.questions import COMMON_WORDS, FUNCTION_WORDS
from bot.core.questions.vocabulary import (
    CHITCHAT_WORDS,
    CUE_WORDS,
    ENGLISH_WORDS,
    TITLE_PLACES,
    genre_words,
)
from bot.core.results import Scored
from bot.core.text import ARTICLES, fold

FRAMING = TITLE_PLACES["framing"]
ASIDES = TITLE_PLACES["asides"]
"""Chat after a title ("dark tourist *tonight*", "*lol*"): no more of it, nor a question's word."""
NOT_TITLE_AFTER = TITLE_PLACES["not_after"]
NOT_BEFORE_TITLE_END = TITLE_PLACES["not_before"]
BESIDE_TITLE = TITLE_PLACES["beside_title"]
POSSESSIVES = NOT_TITLE_AFTER - ARTICLES
"""After these an everyday word is a word even in a message of nothing else: "my friends"."""
DERIVED = TITLE_PLACES["derived"]
KINDS = TITLE_PLACES["kinds"]
ANY_ONE = frozenset({"one", "version", "thing"})

ON = frozenset({"on", "from", "by"})
"""A network's name after these is the network, even where a show has it as its title."""

ARTICLES_A = frozenset({"a", "an"})


def content_word(word: str) -> bool:
    return not (
        word in FUNCTION_WORDS
        or word in CHITCHAT_WORDS
        or word in CUE_WORDS
        or word in BESIDE_TITLE
        or word in FRAMING
        or word in ASIDES
        or word.isdecimal()
    )


TOKEN = re.compile(r"[^\W_]+")


def everyday_word(word: str) -> bool:
    return word in ENGLISH_WORDS or word in CHITCHAT_WORDS or word in FUNCTION_WORDS


def no_phrase_holds(words: Iterable[str]) -> bool:
    """Whether two or more of the words are no common English words, which no everyday phrase
    holds together ("lizzie mcguire", "sunny bunnies"), though the broad word list, which has
    names, knows them all."""
    return sum(w not in COMMON_WORDS and w not in FUNCTION_WORDS for w in words) >= 2


def letter_count(name: str) -> int:
    return len(name) - name.count(" ")


def within(one: Scored, other: Scored) -> bool:
    """Whether `one` stands inside the words `other` was matched on."""
    return other.start <= one.start and one.end <= other.end


def overlap(one: Scored, other: Scored) -> bool:
    return one.start < other.end and other.start < one.end


def capped(scored: Scored, similarity: float) -> Scored:
    """The candidate at most as similar as `similarity`: demoted, never promoted."""
    return with_similarity(scored, min(scored.similarity, similarity))


def with_similarity(scored: Scored, similarity: float) -> Scored:
    if similarity == scored.similarity:
        return scored
    rank = scored.rank + (similarity - scored.similarity)
    return dataclasses.replace(scored, similarity=similarity, rank=rank)


def written_out(scored: Scored) -> bool:
    return scored.exact and scored.similarity >= 99.5


def rank_order(scored: Scored) -> tuple[bool, float, float, float]:
    return (not written_out(scored), -scored.rank, -scored.similarity, -scored.popularity)


def genre_words_of(show: Show) -> frozenset[str]:
    """The words fans use for a show's genres ("kids", "nature", "doc"): said beside a title
    few know, they describe it ("big small & deadly, is it a *nature doc*?")."""
    words: set[str] = set()
    for genre in show.genres:
        named = genre.casefold().replace("-", " ")  # the sources' genres: "Science-Fiction"
        words |= genre_words(named)
    return frozenset(words)


def told_of(said: list[str], show: Show) -> bool:
    """Whether the question names a rare word of what the show is about ("the *windrush*
    one", "the *jazz* club show"), not one of its title ("samurai" of Samurai Jack)."""
    told = set(fold(show.summary or "").split()) - set(fold(show.title).split())
    return any(
        w in told and len(w) >= 4 and w not in COMMON_WORDS and not w.isdecimal() for w in said
    )
